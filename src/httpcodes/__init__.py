"""httpcodes: the IANA HTTP status code registry, in English and Korean.

>>> from httpcodes import StatusCode, lookup
>>> lookup("not found") is StatusCode.NOT_FOUND
True
>>> StatusCode.NOT_FOUND.phrase_ko
'찾을 수 없음'
"""

from __future__ import annotations

from ._data import REGISTRY_DATE
from ._errors import UnknownStatusError
from ._lookup import classify, get, lookup, resolve
from ._status import Registration, StatusClass, StatusCode

__version__ = "0.1.0"

__all__ = [
    "REGISTRY_DATE",
    "Registration",
    "StatusClass",
    "StatusCode",
    "UnknownStatusError",
    "__version__",
    "classify",
    "get",
    "lookup",
    "resolve",
]
