"""httpcodes: the IANA HTTP status code registry, in English and Korean.

>>> from httpcodes import StatusCode, lookup
>>> lookup("not found") is StatusCode.NOT_FOUND
True
>>> StatusCode.NOT_FOUND.phrase_ko
'찾을 수 없음'
"""

from ._data import REGISTRY_DATE
from ._errors import UnknownStatusError
from ._lookup import classify, get, lookup, resolve
from ._status import Registration, StatusClass, StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._redirects import FollowUp, RedirectPolicy, follow_redirect, redirect_method

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

# The redirect helpers import dataclasses, which costs more than the rest of
# the package (issue 14), so they load on first use (PEP 562).  Hidden from
# type checkers, which see the imports above instead, so that a misspelled
# name such as httpcodes.lookpu stays a type error.
if not TYPE_CHECKING:
    _LAZY = {
        "FollowUp": "_redirects",
        "RedirectPolicy": "_redirects",
        "follow_redirect": "_redirects",
        "redirect_method": "_redirects",
    }

    def __getattr__(name):
        module_name = _LAZY.get(name)
        if module_name is None:
            raise AttributeError(f"module 'httpcodes' has no attribute {name!r}")
        from importlib import import_module  # noqa: PLC0415 - on first use only

        value = getattr(import_module(f"httpcodes.{module_name}"), name)
        globals()[name] = value
        return value

    def __dir__():
        return sorted({*globals(), *_LAZY})

    del TYPE_CHECKING
