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

import re
from datetime import datetime, timedelta, timezone

from ._keys import as_int
from ._redirects import _checked_method

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal, SupportsIndex

    DateFormat = Literal["IMF-fixdate", "rfc850-date", "asctime-date"]

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


def is_retryable(status: int | SupportsIndex, method: str) -> bool:
    """Whether sending the same request again can succeed and is safe.

    True for 408, 421 and 425 with any method (the request was not acted
    on), and for 429, 502, 503 and 504 with an idempotent method (GET, HEAD,
    OPTIONS, TRACE, PUT, DELETE; case-sensitive).  False for every other code.

    >>> is_retryable(502, "PUT"), is_retryable(502, "PATCH"), is_retryable(500, "GET")
    (True, False, False)
    """
    code = _checked_status(status)
    name = _checked_method(method)
    if code in _NOT_PROCESSED:
        return True
    return code in _TRANSIENT and name in IDEMPOTENT_METHODS


def _checked_status(status: object) -> int:
    code = as_int(status, "status")
    if not 100 <= code <= 599:
        raise ValueError(
            f"{code} is not a valid HTTP status code: status codes are"
            " three-digit numbers from 100 to 599"
        )
    return code


# -- HTTP-date (RFC 9110, Section 5.6.7) --------------------------------------

_DAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_DAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_TIME = r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + ")"
# The grammar is case-sensitive and fixes every space: no re.IGNORECASE and no
# \s, so "sun, 06 nov 1994 ..." and doubled spaces are refused.
_FORMATS: Final = (
    (
        "IMF-fixdate",
        re.compile(
            r"(?P<day_name>"
            + "|".join(_DAY_NAMES)
            + r"), (?P<day>[0-9]{2}) "
            + _MONTH
            + r" (?P<year>[0-9]{4}) "
            + _TIME
            + r" GMT",
            re.ASCII,
        ),
    ),
    (
        "rfc850-date",
        re.compile(
            r"(?P<day_name>"
            + "|".join(_LONG_DAY_NAMES)
            + r"), (?P<day>[0-9]{2})-"
            + _MONTH
            + r"-(?P<year>[0-9]{2}) "
            + _TIME
            + r" GMT",
            re.ASCII,
        ),
    ),
    (
        "asctime-date",
        re.compile(
            r"(?P<day_name>"
            + "|".join(_DAY_NAMES)
            + r") "
            + _MONTH
            + r" (?P<day>[0-9]{2}| [0-9]) "
            + _TIME
            + r" (?P<year>[0-9]{4})",
            re.ASCII,
        ),
    ),
)


def parse_http_date(value: str, now: datetime) -> tuple[datetime, DateFormat]:
    """The instant an HTTP-date names, in UTC, and which of the three formats
    it is written in; ``ValueError`` if it is none of them.

    ``now`` decides the century of a two-digit rfc850-date year.
    """
    found = next(
        (
            (form, match)
            for form, pattern in _FORMATS
            if (match := pattern.fullmatch(value)) is not None
        ),
        None,
    )
    if found is None:
        raise ValueError(
            f"{value!r} is not an HTTP-date; expected the IMF-fixdate form"
            " 'Sun, 06 Nov 1994 08:49:37 GMT' or one of the two obsolete forms"
            " (RFC 9110, Section 5.6.7)"
        )
    form, match = found
    year = int(match["year"])
    if form == "rfc850-date":
        # RFC 9110, Section 5.6.7: a two-digit year that would put the date
        # more than 50 years in the future means the most recent past year
        # with those last two digits; so take the latest year with those
        # digits that is at most 50 years ahead of now.
        year += now.year // 100 * 100 + 100
        while year > now.year + 50:
            year -= 100
    month = _MONTHS.index(match["month"]) + 1
    hour, minute, second = (int(match[k]) for k in ("hour", "minute", "second"))
    # Seconds go up to 60 for a leap second (RFC 9110, Section 5.6.7), which
    # datetime cannot hold, so the time of day is added as a timedelta.
    if hour > 23 or minute > 59 or second > 60:
        raise ValueError(
            f"{value!r} has no such time of day {hour:02}:{minute:02}:{second:02};"
            " hours go to 23, minutes to 59 and seconds to 60"
        )
    try:
        day = datetime(year, month, int(match["day"]), tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(
            f"{value!r} names a day that does not exist"
            f" ({match['day'].strip()} {match['month']} {year})"
        ) from None
    names = _LONG_DAY_NAMES if form == "rfc850-date" else _DAY_NAMES
    if match["day_name"] != names[day.weekday()]:
        raise ValueError(
            f"{value!r} is inconsistent: {match['day'].strip()} {match['month']}"
            f" {year} is a {_LONG_DAY_NAMES[day.weekday()]}"
        )
    moment = day + timedelta(hours=hour, minutes=minute, seconds=second)
    return moment, form  # type: ignore[return-value]


def parse_retry_after(value: str, *, now: datetime | None = None) -> float:
    """Seconds to wait, from a ``Retry-After`` field value.

    ``value`` is delay-seconds (``"120"``) or an HTTP-date in any of the three
    formats a recipient must accept (RFC 9110, Sections 10.2.3 and 5.6.7);
    spaces and tabs around it are ignored.  A date in the past gives 0.0.
    ``now`` is the time to count from, a timezone-aware ``datetime``; the
    default is the current time.  ``ValueError`` for any other value, or for a
    naive ``now``; ``TypeError`` if ``value`` is not a str or ``now`` not a
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
    if not isinstance(value, str):
        raise TypeError(
            f"Retry-After value must be a str, not {type(value).__name__} ({value!r})"
        )
    if now is None:
        now = datetime.now(timezone.utc)
    elif not isinstance(now, datetime):
        raise TypeError(f"now must be a datetime, not {type(now).__name__} ({now!r})")
    elif now.utcoffset() is None:
        raise ValueError(
            f"now must be timezone-aware, not naive ({now!r});"
            " pass for example datetime.now(timezone.utc)"
        )
    text = value.strip(" \t")
    if text.isascii() and text.isdigit():
        # delay-seconds = 1*DIGIT (RFC 9110, Section 10.2.3).
        try:
            return float(int(text))
        except OverflowError:
            raise ValueError(f"Retry-After delay {text!r} is too large") from None
    if not text:
        raise ValueError(
            "Retry-After value is empty; expected delay-seconds such as '120'"
            " or an HTTP-date such as 'Sun, 06 Nov 1994 08:49:37 GMT'"
        )
    try:
        moment, _ = parse_http_date(text, now)
    except ValueError as error:
        if text.isdigit():
            raise ValueError(
                f"Retry-After value {value!r} is not valid: delay-seconds is"
                " written in ASCII digits 0-9 (RFC 9110, Section 10.2.3)"
            ) from None
        if text[0] in "+-" or text.replace(".", "", 1).isdigit():
            raise ValueError(
                f"Retry-After value {value!r} is not valid: delay-seconds is a"
                " whole number of seconds, without sign or fraction"
                " (RFC 9110, Section 10.2.3)"
            ) from None
        raise ValueError(
            f"Retry-After value {value!r} is neither delay-seconds nor an"
            f" HTTP-date: {error}"
        ) from None
    return max(0.0, (moment - now).total_seconds())
