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
from ._redirects import FollowUp, RedirectPolicy, follow_redirect, redirect_method
from ._status import Registration, StatusClass, StatusCode

__version__ = "0.1.0"

__all__ = [
    "REGISTRY_DATE",
    "FollowUp",
    "RedirectPolicy",
    "Registration",
    "StatusClass",
    "StatusCode",
    "UnknownStatusError",
    "__version__",
    "classify",
    "follow_redirect",
    "get",
    "lookup",
    "redirect_method",
    "resolve",
]
