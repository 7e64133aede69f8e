"""The static view of httpcodes/__init__.py, for type checkers and editors.

__init__.py imports most public names on first use (PEP 562), which static
tools cannot follow; here each one is the import it stands for, so that
mypy, pyright and Jedi know every name with its real type and a misspelled
one is an error.  Written by python tools/generate.py from __init__.py;
tests/test_generated.py fails when it drifts.
"""

# BEGIN GENERATED imports: python tools/generate.py
from ._choosing.guidance import Comparison as Comparison
from ._choosing.guidance import Guidance as Guidance
from ._choosing.guidance import compare as compare
from ._choosing.guidance import guidance as guidance
from ._choosing.search import Match as Match
from ._choosing.search import search as search
from ._classes import StatusClass as StatusClass
from ._classes import classify as classify
from ._data.codes import REGISTRY_DATE as REGISTRY_DATE
from ._errors import StatusTypeError as StatusTypeError
from ._errors import UnknownStatusError as UnknownStatusError
from ._http.exchanges import Exchange as Exchange
from ._http.exchanges import ResponseWarning as ResponseWarning
from ._http.redirects import FollowUp as FollowUp
from ._http.redirects import RedirectPolicy as RedirectPolicy
from ._http.redirects import follow_redirect as follow_redirect
from ._http.redirects import redirect_method as redirect_method
from ._http.responses import FieldRule as FieldRule
from ._http.responses import Finding as Finding
from ._http.responses import RequirementLevel as RequirementLevel
from ._http.responses import check_response as check_response
from ._http.retry import is_retryable as is_retryable
from ._http.retry import parse_retry_after as parse_retry_after
from ._http.status_line import StatusLine as StatusLine
from ._http.status_line import parse_status_line as parse_status_line
from ._http.status_line import status_line as status_line
from ._lookup import get as get
from ._lookup import lookup as lookup
from ._lookup import resolve as resolve
from ._registration import Registration as Registration
from ._status import StatusCode as StatusCode

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
# END GENERATED imports

__version__: str
