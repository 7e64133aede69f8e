"""httpcodes: the IANA HTTP status code registry, in English and Korean.

>>> from httpcodes import StatusCode, lookup
>>> lookup("not found") is StatusCode.NOT_FOUND
True
>>> StatusCode.NOT_FOUND.phrase_ko
'찾을 수 없음'

The public API is every name in ``__all__``, and the modules
``httpcodes.unofficial`` (codes vendors use that IANA does not register),
``httpcodes.messages`` (the words, in English and Korean),
``httpcodes.wsgi`` and ``httpcodes.asgi`` (middleware that checks an app's
responses) and ``httpcodes.testing`` (the same check on a test client's
responses).  docs/api.md documents each of them.
"""

# The lazy names of __all__ come from __getattr__ below, which pyright does
# not follow here; __init__.pyi declares them all for every static tool.
# pyright: reportUnsupportedDunderAll=false

import sys as _sys  # built in, always loaded

from ._lookup import get, lookup, resolve
from ._status import StatusCode

__version__ = "0.1.0"

# Names whose modules are loaded on first use (PEP 562), so that
# "import httpcodes" loads only StatusCode and the lookups: each module costs
# a file read and an unmarshal, and each enum class a build
# (docs/performance.md).  Static tools see every name with its real type:
# __init__.pyi, next to this file, imports them all (python tools/generate.py
# writes it from this table; tests/test_generated.py checks it).
_LAZY = {
    "REGISTRY_DATE": "_data.codes",
    "StatusTypeError": "_errors",
    "UnknownStatusError": "_errors",
    "StatusClass": "_classes",
    "classify": "_classes",
    "Registration": "_registration",
    "FollowUp": "_http.redirects",
    "RedirectPolicy": "_http.redirects",
    "follow_redirect": "_http.redirects",
    "redirect_method": "_http.redirects",
    "is_retryable": "_http.retry",
    "parse_retry_after": "_http.retry",
    "FieldRule": "_http.responses",
    "Finding": "_http.responses",
    "RequirementLevel": "_http.responses",
    "check_response": "_http.responses",
    "Exchange": "_http.exchanges",
    "ResponseWarning": "_http.exchanges",
    "StatusLine": "_http.status_line",
    "parse_status_line": "_http.status_line",
    "status_line": "_http.status_line",
    "Match": "_choosing.search",
    "search": "_choosing.search",
    "Comparison": "_choosing.guidance",
    "Guidance": "_choosing.guidance",
    "compare": "_choosing.guidance",
    "guidance": "_choosing.guidance",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'httpcodes' has no attribute {name!r}")
    # __import__ rather than importlib.import_module: importing importlib
    # (and warnings, on 3.10) would cost 0.4 ms on the first lazy name.
    __import__(f"{__name__}.{module}")
    value = getattr(_sys.modules[f"{__name__}.{module}"], name)
    # Published in one assignment: a second thread asking at the same time
    # finds the same object either way.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "REGISTRY_DATE",
    "Comparison",
    "Exchange",
    "FieldRule",
    "Finding",
    "FollowUp",
    "Guidance",
    "Match",
    "RedirectPolicy",
    "Registration",
    "RequirementLevel",
    "ResponseWarning",
    "StatusClass",
    "StatusCode",
    "StatusLine",
    "StatusTypeError",
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
