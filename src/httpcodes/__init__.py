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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._guidance import Comparison, Guidance, compare, guidance
    from ._search import Match, search
else:
    # Names whose machinery is loaded on first use (PEP 562), so that
    # `import httpcodes` does not pay for it. Type checkers see the imports
    # above instead, so a misspelled name is still an error for them.
    _LAZY = {
        "Comparison": "_guidance",
        "Guidance": "_guidance",
        "compare": "_guidance",
        "guidance": "_guidance",
        "Match": "_search",
        "search": "_search",
    }

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'httpcodes' has no attribute {name!r}")
        from importlib import import_module  # noqa: PLC0415

        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


del TYPE_CHECKING


__version__ = "0.1.0"

__all__ = [
    "REGISTRY_DATE",
    "Comparison",
    "FollowUp",
    "Guidance",
    "Match",
    "RedirectPolicy",
    "Registration",
    "StatusClass",
    "StatusCode",
    "UnknownStatusError",
    "__version__",
    "classify",
    "compare",
    "follow_redirect",
    "get",
    "guidance",
    "lookup",
    "redirect_method",
    "resolve",
    "search",
]
