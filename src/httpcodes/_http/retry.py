"""When repeating a request can help, and how long ``Retry-After`` says to wait.

Imported on first use of ``httpcodes.is_retryable`` or
``httpcodes.parse_retry_after``, not by ``import httpcodes``.
docs/responses.md compares these answers with urllib3's ``Retry`` defaults.

>>> is_retryable(503, "GET"), is_retryable(503, "POST"), is_retryable(425, "POST")
(True, False, True)
>>> parse_retry_after("120")
120.0
"""

from __future__ import annotations

from datetime import datetime, timezone

from .._abnf import is_delay_seconds, strip_ows
from .._arguments import method as read_method
from .._arguments import status as read_status
from .._arguments import text
from .._errors import excerpt, wrong_type
from .._recipe import public
from .dates import FAR_FUTURE, NoInstant, http_date_moment

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, SupportsIndex

__all__ = ["is_retryable", "parse_retry_after"]

# RFC 9110, Section 9.2.2: PUT, DELETE and the safe methods (GET, HEAD,
# OPTIONS, TRACE, Section 9.2.1) are idempotent.  Method names are
# case-sensitive (Section 9.1), so "get" is not GET.
IDEMPOTENT_METHODS: Final = frozenset(
    {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}
)

# Codes whose definition says the request was not acted on, so that sending
# it again is safe whatever the method:
# 408  the server never received the whole request (RFC 9110, Section 15.5.9);
# 421  the client MAY retry "whether or not the request method is idempotent",
#      over another connection (RFC 9110, Section 15.5.20);
# 425  the server would not risk processing early data; the user agent SHOULD
#      retry, outside early data (RFC 8470, Section 5.2).
_NOT_PROCESSED: Final = frozenset({408, 421, 425})

# Codes where a later attempt can succeed but the first attempt may have had
# an effect, or where the RFC gives no leave to repeat an unsafe request:
# 429  too many requests; wait, then retry (RFC 6585, Section 4);
# 502, 504  a gateway or proxy failed; the upstream server may have acted on
#      the request (RFC 9110, Sections 15.6.3 and 15.6.5);
# 503  temporary overload or maintenance (RFC 9110, Section 15.6.4).
# Only idempotent methods are repeated (RFC 9110, Section 9.2.2: a client
# SHOULD NOT automatically retry a non-idempotent request).
_TRANSIENT: Final = frozenset({429, 502, 503, 504})


@public
def is_retryable(status: int | SupportsIndex, method: str) -> bool:
    """Whether sending the same request again can succeed and is safe.

    True for 408, 421 and 425 with any method (the request was not acted
    on), and for 429, 502, 503 and 504 with an idempotent method (GET, HEAD,
    OPTIONS, TRACE, PUT, DELETE; case-sensitive).  False for every other code.

    >>> is_retryable(502, "PUT"), is_retryable(502, "PATCH"), is_retryable(500, "GET")
    (True, False, False)
    """
    code = read_status(status)
    name = read_method(method)
    if code in _NOT_PROCESSED:
        return True
    return code in _TRANSIENT and name in IDEMPOTENT_METHODS


@public
def parse_retry_after(value: str, *, now: datetime | None = None) -> float:
    """Seconds to wait, from a ``Retry-After`` field value.

    ``value`` is delay-seconds (``"120"``, leading zeros allowed) or an
    HTTP-date in any of the three formats a recipient must accept (RFC 9110,
    Sections 10.2.3 and 5.6.7), a leap second included; spaces and tabs
    around it are ignored.  A date in the past gives 0.0; a day name that
    does not fit its date is ignored, the date says when.  A delay or a date
    beyond the last instant ``datetime`` holds (the end of the year 9999,
    UTC) is clamped to it: the answer is then the seconds from ``now`` until
    that instant, never an error.  ``now`` is the time to count from, a
    timezone-aware ``datetime``; the default is the current time.
    ``ValueError`` for any other value (with the reason), or for a naive
    ``now``; ``TypeError`` if ``value`` is not a str or ``now`` not a
    ``datetime``.

    >>> from datetime import datetime, timezone
    >>> now = datetime(1994, 11, 6, 8, 48, 37, tzinfo=timezone.utc)
    >>> parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=now)
    60.0
    >>> parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now=now)
    60.0
    >>> parse_retry_after("Sun Nov  6 08:49:37 1994", now=now)
    60.0
    """
    field = strip_ows(text(value, "Retry-After value"))
    if now is None:
        now = datetime.now(timezone.utc)
    elif not isinstance(now, datetime):
        raise TypeError(wrong_type("now", "a datetime", now))
    elif now.utcoffset() is None:
        raise ValueError(
            "now must be timezone-aware, not naive;"
            " pass for example datetime.now(timezone.utc)"
        )
    horizon = (FAR_FUTURE - now).total_seconds()
    if is_delay_seconds(field):
        # delay-seconds = 1*DIGIT (RFC 9110, Section 10.2.3).  Leading zeros
        # say nothing ("007" is 7 s); a number of more digits than the
        # horizon has is past it, whatever the digits (and is never handed
        # to int(), which refuses more than 4300 of them).
        digits = field.lstrip("0") or "0"
        if len(digits) > len(str(int(horizon))):
            return horizon
        return min(float(int(digits)), horizon)
    if not field:
        raise ValueError(
            "Retry-After value is empty; expected delay-seconds such as '120'"
            " or an HTTP-date such as 'Sun, 06 Nov 1994 08:49:37 GMT'"
        )
    try:
        moment, _ = http_date_moment(field, now)
    except NoInstant as error:
        raise ValueError(
            f"Retry-After value {excerpt(field)} is an HTTP-date that names no"
            f" instant: {error} (RFC 9110, Section 5.6.7)"
        ) from None
    except ValueError:
        if field.isdigit():
            raise ValueError(
                f"Retry-After value {excerpt(field)} is not valid: delay-seconds"
                " is written in ASCII digits 0-9 (RFC 9110, Section 10.2.3)"
            ) from None
        if field[0] in "+-" or field.replace(".", "", 1).isdigit():
            raise ValueError(
                f"Retry-After value {excerpt(field)} is not valid: delay-seconds"
                " is a whole number of seconds, without sign or fraction"
                " (RFC 9110, Section 10.2.3)"
            ) from None
        raise ValueError(
            f"Retry-After value {excerpt(field)} is neither delay-seconds such as"
            " '120' nor an HTTP-date such as 'Sun, 06 Nov 1994 08:49:37 GMT'"
            " (RFC 9110, Section 10.2.3)"
        ) from None
    return max(0.0, (moment - now).total_seconds())
