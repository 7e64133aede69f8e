"""What an HTTP-date names (RFC 9110, Section 5.6.7).

The grammar of its three forms is ``_abnf.parse_http_date``; this module
gives a date its meaning: the instant, the century of a two-digit year, the
leap second, and whether the day and its name agree.  Read by
``parse_retry_after`` and by ``check_response``'s check of ``Retry-After``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .._abnf import DAY_NAMES, LONG_DAY_NAMES, MONTHS, parse_http_date
from .._errors import excerpt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._abnf import DateForm


def http_date_moment(value: str, now: datetime) -> tuple[datetime, DateForm]:
    """The instant an HTTP-date names, in UTC, and which of the three forms
    it is written in; ``ValueError`` if it is none of them, or names a day
    or a time of day that does not exist, or a day name that does not fit.

    ``now`` decides the century of a two-digit rfc850-date year.
    """
    date = parse_http_date(value)
    if date is None:
        raise ValueError(
            f"{excerpt(value)} is not an HTTP-date; expected the IMF-fixdate"
            " form 'Sun, 06 Nov 1994 08:49:37 GMT' or one of the two obsolete"
            " forms (RFC 9110, Section 5.6.7)"
        )
    year = date.year
    if date.form == "rfc850-date":
        # RFC 9110, Section 5.6.7: a two-digit year that would put the date
        # more than 50 years in the future means the most recent past year
        # with those last two digits; so take the latest year with those
        # digits that is at most 50 years ahead of now.
        year += now.year // 100 * 100 + 100
        while year > now.year + 50:
            year -= 100
    # Seconds go up to 60 for a leap second (RFC 9110, Section 5.6.7), which
    # datetime cannot hold, so the time of day is added as a timedelta.
    if date.hour > 23 or date.minute > 59 or date.second > 60:
        raise ValueError(
            f"{excerpt(value)} has no such time of day"
            f" {date.hour:02}:{date.minute:02}:{date.second:02}; hours go to 23,"
            " minutes to 59 and seconds to 60"
        )
    month = MONTHS[date.month - 1]
    try:
        day = datetime(year, date.month, date.day, tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(
            f"{excerpt(value)} names a day that does not exist"
            f" ({date.day} {month} {year})"
        ) from None
    names = LONG_DAY_NAMES if date.form == "rfc850-date" else DAY_NAMES
    if date.day_name != names[day.weekday()]:
        raise ValueError(
            f"{excerpt(value)} is inconsistent: {date.day} {month} {year} is a"
            f" {LONG_DAY_NAMES[day.weekday()]}"
        )
    moment = day + timedelta(hours=date.hour, minutes=date.minute, seconds=date.second)
    return moment, date.form
