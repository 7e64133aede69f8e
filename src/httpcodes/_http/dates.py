"""What an HTTP-date names (RFC 9110, Section 5.6.7).

The grammar of its three forms is ``_abnf.parse_http_date``; this module
gives a date its meaning: the instant, the century of a two-digit year, the
leap second, and whether the day and its name agree.  Read by
``parse_retry_after`` and by ``check_response``'s checks of ``Retry-After``,
``Date``, ``Last-Modified`` and ``Expires``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .._abnf import DAY_NAMES, LONG_DAY_NAMES, MONTHS, parse_http_date
from .._errors import excerpt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    from .._abnf import DateForm, HttpDate

    DateFault = Literal["time", "day", "weekday"]


def date_fault(date: HttpDate, now: datetime) -> DateFault | None:
    """What is wrong with the meaning of a date that matches the grammar:
    "time" (no such time of day), "day" (no such day), "weekday" (the day
    name does not fit the day), or None.

    The first two leave the value naming no instant; the third does not:
    a recipient goes by the date, and the name only misleads a reader.
    ``now`` decides the century of a two-digit rfc850-date year.  Worked
    out with integers, without building a datetime: ``check_response``
    asks for every date field it sees.
    """
    if date.hour > 23 or date.minute > 59 or date.second > 60:
        return "time"
    year, month, day = _year(date, now), date.month, date.day
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if year < 1 or not 1 <= day <= _MONTH_DAYS[month - 1] + (leap and month == 2):
        return "day"
    # The day of the week, Monday = 0, by Sakamoto's method: a month offset
    # table, with January and February counted in the year before.
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


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_OFFSETS = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)


def _year(date: HttpDate, now: datetime) -> int:
    year = date.year
    if date.form == "rfc850-date":
        # RFC 9110, Section 5.6.7: a two-digit year that would put the date
        # more than 50 years in the future means the most recent past year
        # with those last two digits; so take the latest year with those
        # digits that is at most 50 years ahead of now.
        year += now.year // 100 * 100 + 100
        while year > now.year + 50:
            year -= 100
    return year


def _instant(date: HttpDate, now: datetime) -> tuple[datetime | None, DateFault | None]:
    # Seconds go up to 60 for a leap second (RFC 9110, Section 5.6.7), which
    # datetime cannot hold, so the time of day is added as a timedelta.
    if date.hour > 23 or date.minute > 59 or date.second > 60:
        return None, "time"
    try:
        day = datetime(_year(date, now), date.month, date.day, tzinfo=timezone.utc)
    except ValueError:
        return None, "day"
    moment = day + timedelta(hours=date.hour, minutes=date.minute, seconds=date.second)
    names = LONG_DAY_NAMES if date.form == "rfc850-date" else DAY_NAMES
    if date.day_name != names[day.weekday()]:
        return moment, "weekday"
    return moment, None


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
    moment, fault = _instant(date, now)
    if fault == "time":
        raise ValueError(
            f"{excerpt(value)} has no such time of day"
            f" {date.hour:02}:{date.minute:02}:{date.second:02}; hours go to 23,"
            " minutes to 59 and seconds to 60"
        )
    year = _year(date, now)
    month = MONTHS[date.month - 1]
    if fault == "day":
        raise ValueError(
            f"{excerpt(value)} names a day that does not exist"
            f" ({date.day} {month} {year})"
        )
    assert moment is not None
    if fault == "weekday":
        raise ValueError(
            f"{excerpt(value)} is inconsistent: {date.day} {month} {year} is a"
            f" {LONG_DAY_NAMES[moment.weekday()]}"
        )
    return moment, date.form
