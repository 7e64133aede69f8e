"""is_retryable and parse_retry_after against RFC 9110, RFC 6585 and RFC 8470."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from httpcodes import StatusCode, is_retryable, parse_retry_after

from .facts import IndexLike

# By hand from the RFCs: codes whose request was not acted on, retryable with
# any method (RFC 9110 15.5.9, 15.5.20; RFC 8470 5.2) ...
ANY_METHOD = {408, 421, 425}
# ... and codes retryable with an idempotent method only (RFC 6585 4;
# RFC 9110 15.6.3, 15.6.4, 15.6.5 with 9.2.2).
IDEMPOTENT_ONLY = {429, 502, 503, 504}
# RFC 9110, Section 9.2.2: PUT, DELETE and the safe methods of 9.2.1.
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]
NOT_IDEMPOTENT = ["POST", "PATCH", "CONNECT", "PROPFIND", "get", "Put"]

UTC = timezone.utc
NOW = datetime(1994, 11, 6, 8, 49, 37, tzinfo=UTC)


@pytest.mark.parametrize("code", list(StatusCode), ids=str)
@pytest.mark.parametrize("method", IDEMPOTENT + NOT_IDEMPOTENT)
def test_is_retryable_over_the_registry(code: StatusCode, method: str) -> None:
    expected = code.value in ANY_METHOD or (
        code.value in IDEMPOTENT_ONLY and method in IDEMPOTENT
    )
    assert is_retryable(code, method) is expected
    assert is_retryable(int(code), method) is expected


@pytest.mark.parametrize("code", [199, 299, 399, 499, 599, 520])
def test_unregistered_codes_are_not_retryable(code: int) -> None:
    assert is_retryable(code, "GET") is False


def test_is_retryable_examples() -> None:
    assert is_retryable(503, "GET")
    assert not is_retryable(503, "POST")
    assert is_retryable(425, "POST")
    assert is_retryable(IndexLike(504), "DELETE")
    assert not is_retryable(500, "GET")
    assert not is_retryable(413, "GET")


@pytest.mark.parametrize(
    ("status", "method", "error"),
    [
        (True, "GET", TypeError),
        (503.0, "GET", TypeError),
        ("503", "GET", TypeError),
        (600, "GET", ValueError),
        (99, "GET", ValueError),
        (503, None, TypeError),
        (503, b"GET", TypeError),
        (503, "", ValueError),
        (503, "G ET", ValueError),
    ],
)
def test_is_retryable_bad_arguments(
    status: object, method: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        is_retryable(status, method)  # type: ignore[arg-type]


# -- parse_retry_after ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("120", 120.0),
        ("007", 7.0),
        (" 120", 120.0),
        ("120\t", 120.0),
        ("86400000", 86400000.0),
    ],
)
def test_delay_seconds(value: str, seconds: float) -> None:
    assert parse_retry_after(value) == seconds


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        # IMF-fixdate, rfc850-date and asctime-date (RFC 9110, Section 5.6.7).
        ("Sun, 06 Nov 1994 08:49:37 GMT", datetime(1994, 11, 6, 8, 49, 37)),
        ("Sunday, 06-Nov-94 08:49:37 GMT", datetime(1994, 11, 6, 8, 49, 37)),
        ("Sun Nov  6 08:49:37 1994", datetime(1994, 11, 6, 8, 49, 37)),
        ("Sun Nov 06 08:49:37 1994", datetime(1994, 11, 6, 8, 49, 37)),
        ("Mon, 07 Nov 1994 08:49:37 GMT", datetime(1994, 11, 7, 8, 49, 37)),
        ("Tue, 29 Feb 2000 00:00:00 GMT", datetime(2000, 2, 29)),
        ("Fri, 31 Dec 1999 23:59:59 GMT", datetime(1999, 12, 31, 23, 59, 59)),
    ],
)
def test_http_dates(value: str, moment: datetime) -> None:
    before = moment.replace(tzinfo=UTC) - timedelta(seconds=90)
    assert parse_retry_after(value, now=before) == 90.0


def test_a_date_in_the_past_is_zero() -> None:
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT") == 0.0
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=NOW) == 0.0
    later = NOW + timedelta(days=1)
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=later) == 0.0


def test_default_now_is_the_current_time() -> None:
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") > 200 * 365 * 86400


def test_leap_second() -> None:
    now = datetime(2016, 12, 31, 23, 59, 0, tzinfo=UTC)
    assert parse_retry_after("Sat, 31 Dec 2016 23:59:60 GMT", now=now) == 60.0


def test_now_in_another_time_zone() -> None:
    seoul = timezone(timedelta(hours=9))
    now = datetime(1994, 11, 6, 17, 48, 37, tzinfo=seoul)  # 08:48:37 UTC
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=now) == 60.0


@pytest.mark.parametrize(
    ("now_year", "value", "year"),
    [
        # RFC 9110, Section 5.6.7: a two-digit year more than 50 years in the
        # future is the most recent past year with those digits.
        (2026, "Friday, 01-Jan-99 00:00:00 GMT", 1999),
        (2026, "Wednesday, 01-Jan-70 00:00:00 GMT", 2070),
        (2026, "Thursday, 01-Jan-26 00:00:00 GMT", 2026),
        (1994, "Sunday, 06-Nov-94 08:49:37 GMT", 1994),
        (1994, "Saturday, 01-Jan-00 00:00:00 GMT", 2000),
        (1994, "Monday, 01-Jan-45 00:00:00 GMT", 1945),
    ],
)
def test_two_digit_years(now_year: int, value: str, year: int) -> None:
    now = datetime(now_year, 1, 1, tzinfo=UTC)
    parsed = datetime(year, *_month_day_time(value), tzinfo=UTC)
    expected = max(0.0, (parsed - now).total_seconds())
    assert parse_retry_after(value, now=now) == expected


def _month_day_time(value: str) -> tuple[int, int, int, int, int]:
    date, time = value.split(" ")[1:3]
    day, month, _ = date.split("-")
    hour, minute, second = (int(part) for part in time.split(":"))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    months += ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return months.index(month) + 1, int(day), hour, minute, second


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("soon", "neither delay-seconds such as .120. nor an HTTP-date"),
        ("-1", "without sign or fraction"),
        ("+1", "without sign or fraction"),
        ("1.5", "without sign or fraction"),
        ("1e3", "neither delay-seconds such as .120. nor an HTTP-date"),
        ("١٢٠", "ASCII digits"),
        ("１２０", "ASCII digits"),
        ("1_000", "neither delay-seconds such as .120. nor an HTTP-date"),
        ("sun, 06 nov 1994 08:49:37 gmt", "nor an HTTP-date such as"),
        ("Sun, 06 Nov 1994 08:49:37 UTC", "nor an HTTP-date such as"),
        ("Sun, 06 Nov 1994 08:49:37 +0000", "nor an HTTP-date such as"),
        ("Sun,  06 Nov 1994 08:49:37 GMT", "nor an HTTP-date such as"),
        ("Sun, 6 Nov 1994 08:49:37 GMT", "nor an HTTP-date such as"),
        ("Sun Nov 6 08:49:37 1994", "nor an HTTP-date such as"),
        ("Sun, 06 Nov 94 08:49:37 GMT", "nor an HTTP-date such as"),
        ("Sun, 06 Nov 1994 08:49 GMT", "nor an HTTP-date such as"),
        ("Sun, 30 Feb 1994 08:49:37 GMT", "names no instant: no such day"),
        ("Sun, 06 Nov 1994 24:00:00 GMT", "no such time of day"),
        ("Sun, 06 Nov 1994 08:60:00 GMT", "no such time of day"),
        ("Sun, 06 Nov 1994 08:49:61 GMT", "no such time of day"),
        ("2026-01-01T00:00:00Z", "nor an HTTP-date such as"),
        ("120 seconds", "neither delay-seconds such as .120. nor an HTTP-date"),
    ],
)
def test_invalid_values(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_retry_after(value, now=NOW)


def test_bad_argument_types() -> None:
    with pytest.raises(TypeError, match="must be a str, not bytes"):
        parse_retry_after(b"120")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str, not int"):
        parse_retry_after(120)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="now must be a datetime"):
        parse_retry_after("120", now="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="now must be timezone-aware"):
        parse_retry_after("120", now=datetime(2026, 1, 1))


# -- any grammatical date answers (issue 19) ---------------------------------------

NOW = datetime(2026, 12, 3, 12, 0, 0, tzinfo=UTC)
# The last instant datetime holds, written out rather than taken from the
# code: the clamp that parse_retry_after documents.
END_OF_9999 = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
HORIZON = (END_OF_9999 - NOW).total_seconds()


@pytest.mark.parametrize(
    "value",
    [
        "Fri, 31 Dec 9999 23:59:60 GMT",  # a leap second past the end
        "Friday, 31-Dec-99 23:59:60 GMT",  # only when read in 9999: not here
        "9" * 5000,
        "9" * 400,
        "0" * 5000 + "9" * 13,
        str(10**12),
    ],
    ids=lambda v: v[:20],
)
def test_what_datetime_cannot_hold_is_clamped_to_its_end(value: str) -> None:
    answer = parse_retry_after(value, now=NOW)
    if value.startswith("Friday"):
        assert answer == 0.0  # 1999, the most recent year with those digits
    else:
        assert answer == HORIZON


def test_leading_zeros_past_pythons_digit_limit_are_read() -> None:
    assert parse_retry_after("0" * 4300 + "7", now=NOW) == 7.0
    assert parse_retry_after("0" * 10_000, now=NOW) == 0.0
    assert parse_retry_after("000120", now=NOW) == 120.0


def test_the_last_representable_second_is_no_clamp() -> None:
    answer = parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now=NOW)
    assert answer == HORIZON - 0.999999


def test_year_zero_is_the_far_past() -> None:
    assert parse_retry_after("Sat, 01 Jan 0000 00:00:00 GMT", now=NOW) == 0.0


@pytest.mark.parametrize(
    ("value", "year"),
    [
        # 50 years and 28 days ahead of NOW: "more than 50 years in the
        # future", so the past century (RFC 9110, Section 5.6.7), although the
        # year alone (2076) is exactly 50 years ahead.
        ("Friday, 31-Dec-76 00:00:00 GMT", 1976),
        # 50 years less two days ahead: that year itself.
        ("Tuesday, 01-Dec-76 00:00:00 GMT", 2076),
    ],
)
def test_the_fifty_year_rule_compares_whole_timestamps(value: str, year: int) -> None:
    parsed = datetime(year, *_month_day_time(value), tzinfo=UTC)
    expected = max(0.0, (parsed - NOW).total_seconds())
    assert parse_retry_after(value, now=NOW) == expected


def test_a_day_name_that_does_not_fit_is_ignored() -> None:
    """The date says when; the day name is redundant, and a wrong one is no
    reason to leave a client without an answer."""
    now = datetime(1994, 11, 6, 8, 48, 37, tzinfo=UTC)
    assert parse_retry_after("Mon, 06 Nov 1994 08:49:37 GMT", now=now) == 60.0


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Sun, 30 Feb 1994 08:49:37 GMT", "names no instant: no such day"),
        ("Sun, 06 Nov 1994 24:00:00 GMT", "names no instant: no such time of day"),
        ("Sun, 06 Nov 1994 23:59:61 GMT", "names no instant: no such time of day"),
        ("Sat, 29 Feb 2025 00:00:00 GMT", "names no instant: no such day"),
    ],
)
def test_a_day_or_time_that_does_not_exist_is_refused(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_retry_after(value, now=NOW)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Retry-After value 'Sun, 06 Nov 1994 24:00:00 GMT' is an HTTP-date"
            " that names no instant: no such time of day 24:00:00 (hours go to"
            " 23, minutes to 59 and seconds to 60) (RFC 9110, Section 5.6.7)",
        ),
        (
            "Tue, 30 Feb 2024 08:00:00 GMT",
            "Retry-After value 'Tue, 30 Feb 2024 08:00:00 GMT' is an HTTP-date"
            " that names no instant: no such day 30 Feb 2024 (RFC 9110,"
            " Section 5.6.7)",
        ),
        (
            "Sunday, 31-Apr-94 08:00:00 GMT",
            "Retry-After value 'Sunday, 31-Apr-94 08:00:00 GMT' is an HTTP-date"
            " that names no instant: no such day 31 Apr 1994 (RFC 9110,"
            " Section 5.6.7)",
        ),
        (
            "in a minute",
            "Retry-After value 'in a minute' is neither delay-seconds such as"
            " '120' nor an HTTP-date such as 'Sun, 06 Nov 1994 08:49:37 GMT'"
            " (RFC 9110, Section 10.2.3)",
        ),
    ],
)
def test_what_a_refused_date_says(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"^Retry-After value ") as info:
        parse_retry_after(value, now=NOW)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("value", "exists"),
    [
        # The Gregorian rule: every fourth year, but not a century year,
        # unless it divides by 400.
        ("Thu, 29 Feb 1900 00:00:00 GMT", False),
        ("Tue, 29 Feb 2000 00:00:00 GMT", True),
        ("Thu, 29 Feb 2024 00:00:00 GMT", True),
        ("Wed, 29 Feb 2023 00:00:00 GMT", False),
        ("Mon, 29 Feb 2100 00:00:00 GMT", False),
        ("Tue, 29 Feb 2400 00:00:00 GMT", True),
    ],
)
def test_the_29th_of_february(value: str, exists: bool) -> None:
    if exists:
        assert parse_retry_after(value, now=FAR_BACK) > 0
    else:
        with pytest.raises(ValueError, match="names no instant: no such day"):
            parse_retry_after(value, now=FAR_BACK)


FAR_BACK = datetime(1800, 1, 1, tzinfo=UTC)


def test_the_first_day_datetime_holds_is_no_clamp() -> None:
    now = datetime(1, 1, 1, 0, 0, 10, tzinfo=UTC)
    # Year 0001 is the first datetime holds: read as itself, ten seconds
    # before now, so a wait of zero; one minute later is 50 seconds ahead.
    assert parse_retry_after("Mon, 01 Jan 0001 00:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("Mon, 01 Jan 0001 00:01:00 GMT", now=now) == 50.0


def test_the_fifty_years_are_counted_from_now_in_utc() -> None:
    # 23:00 on 31 December 2026 in New York is 04:00 on 1 January 2027 in
    # UTC: 1 January 2077 is then less than 50 years ahead, so it is 2077.
    new_york = timezone(timedelta(hours=-5))
    now = datetime(2026, 12, 31, 23, 0, tzinfo=new_york)
    wait = parse_retry_after("Friday, 01-Jan-77 00:00:00 GMT", now=now)
    assert wait == (datetime(2077, 1, 1, tzinfo=UTC) - now).total_seconds()


def test_exactly_fifty_years_ahead_is_not_more_than_fifty() -> None:
    now = datetime(2026, 12, 3, 10, 0, 0, tzinfo=UTC)
    wait = parse_retry_after("Thursday, 03-Dec-76 10:00:00 GMT", now=now)
    assert wait == (datetime(2076, 12, 3, 10, tzinfo=UTC) - now).total_seconds()


def test_the_fifty_year_rule_holds_in_any_century() -> None:
    """RFC 9110, Section 5.6.7: a two-digit year more than 50 years ahead is
    the most recent past year with those digits; 00 seen from mid-6050 is
    6100, 49.6 years ahead."""
    now = datetime(6050, 6, 1, tzinfo=timezone.utc)
    ahead = datetime(6100, 1, 1, tzinfo=timezone.utc) - now
    value = "Saturday, 01-Jan-00 00:00:00 GMT"
    assert parse_retry_after(value, now=now) == ahead.total_seconds()
