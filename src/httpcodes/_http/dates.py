"""What an HTTP-date names (RFC 9110, Section 5.6.7).

The grammar of its three forms is ``_abnf.parse_http_date``; this module
gives a date its meaning: the instant, the century of a two-digit year, the
leap second, and whether the day and its name agree.  Read by
``parse_retry_after`` and by ``check_response``'s check of ``Retry-After``.
"""

from __future__ import annotations

from datetime import MINYEAR, datetime, timedelta, timezone

from .._abnf import DAY_NAMES, LONG_DAY_NAMES, MONTHS, parse_http_date
from .._errors import excerpt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from .._abnf import DateForm, HttpDate


#: What a date before or after what ``datetime`` holds is read as: the first
#: and the last instant it can hold, in UTC (years 1 and 9999).  The grammar
#: allows the years 0000 to 9999, and a leap second on 31 December 9999
#: goes past the end.
FAR_PAST: Final = datetime.min.replace(tzinfo=timezone.utc)
FAR_FUTURE: Final = datetime.max.replace(tzinfo=timezone.utc)

_DAYS_IN_MONTH: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    # calendar.monthrange() needs a year datetime holds; the grammar's
    # year 0000 is a leap year of the proleptic Gregorian calendar.
    if month == 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def http_date_moment(
    value: str, now: datetime
) -> tuple[datetime, DateForm, bool | None]:
    """The instant an HTTP-date names, in UTC; which of the three forms it
    is written in; and whether its day name fits the day (None when the day
    lies outside what ``datetime`` holds, where it cannot be told).

    ``ValueError`` if it is no HTTP-date, or names a time of day or a day
    that does not exist (25:00:00, 30 Feb).  A day name that does not fit
    the day is no reason to refuse it: the day says when, and the name is
    redundant.  A date outside what ``datetime`` holds is ``FAR_PAST`` or
    ``FAR_FUTURE``.  ``now`` decides the century of a two-digit
    rfc850-date year.
    """
    date = parse_http_date(value)
    if date is None:
        raise ValueError(
            f"{excerpt(value)} is not an HTTP-date; expected the IMF-fixdate"
            " form 'Sun, 06 Nov 1994 08:49:37 GMT' or one of the two obsolete"
            " forms (RFC 9110, Section 5.6.7)"
        )
    # Seconds go up to 60 for a leap second (RFC 9110, Section 5.6.7), which
    # datetime cannot hold, so the time of day is added as a timedelta.
    if date.hour > 23 or date.minute > 59 or date.second > 60:
        raise ValueError(
            f"{excerpt(value)} has no such time of day"
            f" {date.hour:02}:{date.minute:02}:{date.second:02}; hours go to 23,"
            " minutes to 59 and seconds to 60"
        )
    year = date.year
    if date.form == "rfc850-date":
        year = _century(date, now.astimezone(timezone.utc))
    month = MONTHS[date.month - 1]
    if not 1 <= date.day <= _days_in(year, date.month):
        raise ValueError(
            f"{excerpt(value)} names a day that does not exist"
            f" ({date.day} {month} {year})"
        )
    if year < MINYEAR:
        return FAR_PAST, date.form, None
    day = datetime(year, date.month, date.day, tzinfo=timezone.utc)
    names = LONG_DAY_NAMES if date.form == "rfc850-date" else DAY_NAMES
    fits = date.day_name == names[day.weekday()]
    try:
        moment = day + timedelta(
            hours=date.hour, minutes=date.minute, seconds=date.second
        )
    except OverflowError:  # past the end of 9999, by a leap second
        moment = FAR_FUTURE
    return moment, date.form, fits


def _century(date: HttpDate, now: datetime) -> int:
    """The year of a two-digit rfc850-date year, by RFC 9110, Section 5.6.7:
    "a timestamp that appears to be more than 50 years in the future" means
    the most recent year in the past with those two digits.  The timestamp is
    compared whole, not its year alone: on 3 December 2026, 31 Dec 76 is more
    than 50 years away, so it is 1976."""
    limit = (now.year + 50, now.month, now.day, now.hour, now.minute, now.second)
    year = now.year // 100 * 100 + 100 + date.year
    when = (date.month, date.day, date.hour, date.minute, date.second)
    while (year, *when) > limit:
        year -= 100
    return year
