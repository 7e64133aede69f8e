"""What an HTTP-date names (RFC 9110, Section 5.6.7).

The grammar of its three forms is ``_abnf.parse_http_date``; this module
gives a date its meaning: the century of a two-digit year, whether the day
and the time of day exist, whether the day name fits the day, the leap
second, and the instant.  Read by ``parse_retry_after`` and by
``check_response``'s checks of ``Retry-After``, ``Date``, ``Last-Modified``
and ``Expires``.
"""

from __future__ import annotations

from datetime import MINYEAR, datetime, timedelta, timezone

from .._abnf import DAY_NAMES, LONG_DAY_NAMES, MONTHS, parse_http_date
from .._errors import excerpt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal

    from .._abnf import DateForm, HttpDate

    DateFault = Literal["time", "day", "weekday"]


#: What a date before or after what ``datetime`` holds is read as: the first
#: and the last instant it can hold, in UTC (years 1 and 9999).  The grammar
#: allows the years 0000 to 9999, and a leap second on 31 December 9999
#: goes past the end.
FAR_PAST: Final = datetime.min.replace(tzinfo=timezone.utc)
FAR_FUTURE: Final = datetime.max.replace(tzinfo=timezone.utc)

_DAYS_IN_MONTH: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Sakamoto's month offsets, for the day of the week.
_MONTH_OFFSETS: Final = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)


def year_of(date: HttpDate, now: datetime) -> int:
    """The year a date names: its four digits, or, for the two digits of an
    rfc850-date, the century RFC 9110, Section 5.6.7 gives them: "a
    timestamp that appears to be more than 50 years in the future" means the
    most recent year in the past with those two digits.  The timestamp is
    compared whole, not its year alone: on 3 December 2026, 31 Dec 76 is more
    than 50 years away, so it is 1976."""
    if date.form != "rfc850-date":
        return date.year
    now = now.astimezone(timezone.utc)
    limit = (now.year + 50, now.month, now.day, now.hour, now.minute, now.second)
    year = now.year // 100 * 100 + 100 + date.year
    when = (date.month, date.day, date.hour, date.minute, date.second)
    while (year, *when) > limit:
        year -= 100
    return year


def _days_in(year: int, month: int) -> int:
    # calendar.monthrange() needs a year datetime holds; the grammar's
    # year 0000 is a leap year of the proleptic Gregorian calendar.
    if month == 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def date_fault(date: HttpDate, now: datetime) -> DateFault | None:
    """What is wrong with the meaning of a date that matches the grammar:
    "time" (no such time of day), "day" (no such day), "weekday" (the day
    name does not fit the day), or None.

    The first two leave the value naming no instant; the third does not: a
    recipient goes by the date, and the name only misleads a human reader.
    ``now`` decides the century of a two-digit year.  Worked out in
    integers, for every year the grammar allows (0000 to 9999), without a
    datetime: ``check_response`` asks for every date field it sees.
    """
    # Seconds go up to 60, for a leap second (RFC 9110, Section 5.6.7).
    if date.hour > 23 or date.minute > 59 or date.second > 60:
        return "time"
    year, month, day = year_of(date, now), date.month, date.day
    if not 1 <= day <= _days_in(year, month):
        return "day"
    # The day of the week by Sakamoto's method (Sunday = 0), January and
    # February counted in the year before; floor division keeps it right
    # for year 0000 too.
    shifted = year - (month < 3)
    sunday_first = (
        shifted
        + shifted // 4
        - shifted // 100
        + shifted // 400
        + _MONTH_OFFSETS[month - 1]
        + day
    ) % 7
    names = LONG_DAY_NAMES if date.form == "rfc850-date" else DAY_NAMES
    if date.day_name != names[(sunday_first - 1) % 7]:
        return "weekday"
    return None


class NoInstant(ValueError):
    """An HTTP-date by its grammar that names no instant: a time of day or
    a day that does not exist.  The message says which, without the
    value, which the caller quotes."""


def http_date_moment(value: str, now: datetime) -> tuple[datetime, DateForm]:
    """The instant an HTTP-date names, in UTC, and which of the three forms
    it is written in.

    ``ValueError`` if it is no HTTP-date, ``NoInstant`` if it names a time
    of day or a day that does not exist (25:00:00, 30 Feb).  A day name
    that does not fit the day is no reason to refuse it: the day says when,
    and the name is redundant.  A date outside what ``datetime`` holds is
    ``FAR_PAST`` or ``FAR_FUTURE``.  ``now`` decides the century of a
    two-digit year.
    """
    date = parse_http_date(value)
    if date is None:
        raise ValueError(
            f"{excerpt(value)} is not an HTTP-date; expected the IMF-fixdate"
            " form 'Sun, 06 Nov 1994 08:49:37 GMT' or one of the two obsolete"
            " forms (RFC 9110, Section 5.6.7)"
        )
    fault = date_fault(date, now)
    if fault == "time":
        raise NoInstant(
            f"no such time of day {date.hour:02}:{date.minute:02}:{date.second:02}"
            " (hours go to 23, minutes to 59 and seconds to 60)"
        )
    year = year_of(date, now)
    if fault == "day":
        raise NoInstant(f"no such day {date.day} {MONTHS[date.month - 1]} {year}")
    if year < MINYEAR:
        return FAR_PAST, date.form
    # datetime cannot hold a leap second, so the time of day is added to the
    # day as a timedelta: 23:59:60 is the first instant of the next day.
    day = datetime(year, date.month, date.day, tzinfo=timezone.utc)
    try:
        moment = day + timedelta(
            hours=date.hour, minutes=date.minute, seconds=date.second
        )
    except OverflowError:  # past the end of 9999, by a leap second
        moment = FAR_FUTURE
    return moment, date.form
