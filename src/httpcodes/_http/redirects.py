"""What a client does with a redirect: the method and content of the follow-up.

Three rule sets, because the standards and the clients disagree:

- ``fetch``: the WHATWG Fetch standard, "HTTP-redirect fetch", which browsers
  implement.
- ``rfc9110``: RFC 9110, Section 15.4, read strictly.
- ``legacy``: the method rule of requests and httpx.

docs/redirects.md sets the three side by side, with the clients that follow
each.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum

from .._arguments import flag, text
from .._arguments import method as read_method
from .._arguments import status as read_status
from .._errors import excerpt
from .._lookup import get
from .._recipe import close, public, record
from .._status import StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final, Literal, SupportsIndex

    PolicyName = Literal["fetch", "rfc9110", "legacy"]


class RedirectPolicy(str, Enum):
    """Which rules decide the method after a redirect.

    The members are strings, and every function that takes a policy also
    takes the plain string: ``policy="fetch"`` is ``RedirectPolicy.FETCH``.
    """

    FETCH = "fetch"
    """The WHATWG Fetch standard, as browsers implement it (the default)."""

    RFC9110 = "rfc9110"
    """RFC 9110, Section 15.4, read strictly: only 303 changes the method."""

    LEGACY = "legacy"
    """The method rule of the requests and httpx libraries."""

    __module__ = "httpcodes"

    def __str__(self) -> str:
        return self.value

    def __format__(self, format_spec: str) -> str:
        return self.value.__format__(format_spec)


close(RedirectPolicy)

# RFC 9110, Section 15.4: when the method becomes GET or HEAD and the content
# is dropped, the headers that describe the content go with it.  (Fetch keeps
# a shorter list, the "request-body-header names"; Content-Length and
# Transfer-Encoding follow from having no body at all.)
_CONTENT_HEADERS: Final = frozenset(
    {
        "Content-Encoding",
        "Content-Language",
        "Content-Location",
        "Content-Type",
        "Content-Length",
        "Transfer-Encoding",
    }
)

# Fetch, "normalize a method": these six are matched case-insensitively and
# upper-cased; every other method (PATCH among them) is left as written.
_FETCH_NORMALIZED: Final = frozenset(
    {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"}
)

_MOVED_PERMANENTLY: Final = StatusCode.MOVED_PERMANENTLY
_SEE_OTHER: Final = StatusCode.SEE_OTHER


@record
class FollowUp:
    """The follow-up request after a redirect: an immutable record.

    Attributes:
        method: the method to use, an RFC 9110 token (Section 9.1).
        keep_body: True when the content is sent again, which is exactly when
            the method did not change.
        drop_headers: the headers that describe the content, to remove
            when the content is dropped (RFC 9110, Section 15.4):
            Content-Encoding, Content-Language, Content-Location,
            Content-Type, Content-Length and Transfer-Encoding.  Empty when
            the content is kept.  Derived from ``keep_body``.
    """

    __module__ = "httpcodes"

    method: str
    keep_body: bool
    drop_headers: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # The plain text of a str subclass, as every argument is read.
        object.__setattr__(self, "method", read_method(self.method))
        flag(self.keep_body, "keep_body")
        headers = frozenset() if self.keep_body else _CONTENT_HEADERS
        # The one write to a frozen record: the field derived from keep_body.
        object.__setattr__(self, "drop_headers", headers)


def _redirect(status: object) -> StatusCode:
    """The followable redirect ``status`` names, or an error saying why not."""
    code = read_status(status)
    member = get(code)
    if member is None or not member.is_followable_redirect:
        raise ValueError(
            f"{code} is not a redirect a client follows; the followable"
            f" redirects are {_followable()}"
        )
    return member


def _followable() -> str:
    # From the data, where the set of followable redirects is written once.
    return ", ".join(str(m.code) for m in StatusCode if m.is_followable_redirect)


# Which followable redirects may change the method is read from the data
# (StatusCode.preserves_method: 307 and 308 never do).  Of the others, 303
# is the one whose purpose is a GET (RFC 9110, Section 15.4.4); 301 and 302
# change POST only "for historical reasons" (Sections 15.4.2 and 15.4.3),
# and the rule sets differ exactly there.


def _fetch(code: StatusCode, method: str) -> tuple[str, str]:
    """WHATWG Fetch: returns (method as normalised, method after redirect)."""
    upper = method.upper()
    if upper in _FETCH_NORMALIZED:
        method = upper
    if code.preserves_method:
        return method, method
    # Fetch, HTTP-redirect fetch: "if status is 301 or 302 and method is
    # POST, or status is 303 and method is not GET or HEAD", the request
    # becomes a GET without a body.
    if code is _SEE_OTHER:
        return method, "HEAD" if method == "HEAD" else "GET"
    return method, "GET" if method == "POST" else method


def _rfc9110(code: StatusCode, method: str) -> tuple[str, str]:
    """RFC 9110 read strictly; methods are case-sensitive (Section 9.1)."""
    # Section 15.4.4: after a 303 the user agent retrieves the other URI with
    # GET (or HEAD, if that was the method).  Sections 15.4.2 and 15.4.3
    # only *allow* POST to become GET after 301 and 302; the strict reading
    # keeps the method.
    if code is _SEE_OTHER and method != "HEAD":
        return method, "GET"
    return method, method


def _legacy(code: StatusCode, method: str) -> tuple[str, str]:
    """requests and httpx: upper-case, then their rebuild-method rule."""
    method = method.upper()
    if code.preserves_method or method == "HEAD":
        return method, method
    # 302 and 303 turn everything but HEAD into GET; 301 only POST.
    if code is _MOVED_PERMANENTLY:
        return method, "GET" if method == "POST" else method
    return method, "GET"


# Keyed by the policies' plain values: "fetch" and RedirectPolicy.FETCH (a
# str subclass, read as the text it holds) find the same rule.
_RULES: Final[dict[str, Callable[[StatusCode, str], tuple[str, str]]]] = {
    RedirectPolicy.FETCH.value: _fetch,
    RedirectPolicy.RFC9110.value: _rfc9110,
    RedirectPolicy.LEGACY.value: _legacy,
}


def _rule(policy: object) -> Callable[[StatusCode, str], tuple[str, str]]:
    name = text(policy, "policy")
    rule = _RULES.get(name)
    if rule is None:
        choices = ", ".join(repr(p.value) for p in RedirectPolicy)
        raise ValueError(
            f"unknown redirect policy {excerpt(name)}; use one of {choices}"
        )
    return rule


@public
def follow_redirect(
    status: int | SupportsIndex,
    method: str,
    *,
    policy: RedirectPolicy | PolicyName = RedirectPolicy.FETCH,
) -> FollowUp:
    """How to make the follow-up request after redirect ``status``.

    Returns the method, whether to send the content again, and which content
    headers to drop when it is not.

    Raises:
        ValueError: ``status`` is not 301, 302, 303, 307 or 308
            (``UnknownStatusError`` if it is no status code at all);
            ``method`` is not an RFC 9110 token (empty, spaces, CR or LF,
            non-ASCII); ``policy`` is not one of "fetch", "rfc9110",
            "legacy".
        TypeError: ``status`` is not an int (``StatusTypeError``: ``bool``
            and ``float`` included), or ``method`` or ``policy`` is not a
            string.

    >>> follow_redirect(302, "POST")
    FollowUp(method='GET', keep_body=False)
    >>> follow_redirect(307, "POST")
    FollowUp(method='POST', keep_body=True)
    """
    rule = _rule(policy)
    before, after = rule(_redirect(status), read_method(method))
    return FollowUp(after, after == before)


@public
def redirect_method(
    status: int | SupportsIndex,
    method: str,
    *,
    policy: RedirectPolicy | PolicyName = RedirectPolicy.FETCH,
) -> str:
    """The method of the follow-up request after redirect ``status``.

    Same arguments and errors as ``follow_redirect``.

    >>> redirect_method(303, "PUT")
    'GET'
    >>> redirect_method(301, "POST", policy="rfc9110")
    'POST'
    """
    return _rule(policy)(_redirect(status), read_method(method))[1]
