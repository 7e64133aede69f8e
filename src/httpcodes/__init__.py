"""httpcodes: the IANA HTTP status code registry, in English and Korean.

>>> from httpcodes import StatusCode, lookup
>>> lookup("not found") is StatusCode.NOT_FOUND
True
>>> StatusCode.NOT_FOUND.phrase_ko
'찾을 수 없음'
"""

from ._lookup import get, lookup, resolve
from ._status import StatusCode

__version__ = "0.1.0"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._classes import StatusClass, classify
    from ._data import REGISTRY_DATE
    from ._errors import UnknownStatusError
    from ._guidance import Comparison, Guidance, compare, guidance
    from ._redirects import FollowUp, RedirectPolicy, follow_redirect, redirect_method
    from ._registration import Registration
    from ._responses import FieldRule, Finding, RequirementLevel, check_response
    from ._retry import is_retryable, parse_retry_after
    from ._search import Match, search
    from ._status_line import StatusLine, parse_status_line, status_line
else:
    # Names whose modules are loaded on first use (PEP 562), so that
    # "import httpcodes" loads only StatusCode and the lookups (issue 14;
    # each module costs a file read and an unmarshal, and each enum class a
    # build: docs/performance.md).  Type checkers see the real imports above
    # instead, so a misspelled name such as httpcodes.lookpu stays a type
    # error for them.
    _LAZY = {
        "StatusClass": "_classes",
        "classify": "_classes",
        "REGISTRY_DATE": "_data",
        "UnknownStatusError": "_errors",
        "Registration": "_registration",
        "FollowUp": "_redirects",
        "RedirectPolicy": "_redirects",
        "follow_redirect": "_redirects",
        "redirect_method": "_redirects",
        "Comparison": "_guidance",
        "Guidance": "_guidance",
        "compare": "_guidance",
        "guidance": "_guidance",
        "FieldRule": "_responses",
        "Finding": "_responses",
        "RequirementLevel": "_responses",
        "check_response": "_responses",
        "is_retryable": "_retry",
        "parse_retry_after": "_retry",
        "Match": "_search",
        "search": "_search",
        "StatusLine": "_status_line",
        "parse_status_line": "_status_line",
        "status_line": "_status_line",
    }

    import sys as _sys  # built in, always loaded

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'httpcodes' has no attribute {name!r}")
        # __import__ rather than importlib.import_module: importing importlib
        # (and warnings, on 3.10) would cost 0.4 ms on the first lazy name.
        __import__(f"{__name__}.{module}")
        value = getattr(_sys.modules[f"{__name__}.{module}"], name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


del TYPE_CHECKING

__all__ = [
    "REGISTRY_DATE",
    "Comparison",
    "FieldRule",
    "Finding",
    "FollowUp",
    "Guidance",
    "Match",
    "RedirectPolicy",
    "Registration",
    "RequirementLevel",
    "StatusClass",
    "StatusCode",
    "StatusLine",
    "UnknownStatusError",
    "__version__",
    "check_response",
    "classify",
    "compare",
    "follow_redirect",
    "get",
    "guidance",
    "is_retryable",
    "lookup",
    "parse_retry_after",
    "parse_status_line",
    "redirect_method",
    "resolve",
    "search",
    "status_line",
]
