"""status_line and parse_status_line against RFC 9112, Section 4."""

from __future__ import annotations

import dataclasses

import pytest

from httpcodes import StatusCode, StatusLine, parse_status_line, status_line

from .facts import REGISTRY


def _registry_phrase(code: int) -> str:
    """The reason phrase of the IANA snapshot; 306 and 418 have none there,
    and docs/design.md explains the library's choice."""
    chosen = {306: "Switch Proxy", 418: "I'm a Teapot"}
    if code in chosen:
        return chosen[code]
    return REGISTRY[code].description.split(" (")[0]


@pytest.mark.parametrize("code", list(StatusCode), ids=str)
def test_status_line_over_the_registry(code: StatusCode) -> None:
    expected = f"HTTP/1.1 {code.value} {_registry_phrase(code.value)}"
    assert status_line(code) == expected
    assert status_line(code.value) == expected


@pytest.mark.parametrize("code", list(StatusCode), ids=str)
def test_round_trip_over_the_registry(code: StatusCode) -> None:
    parsed = parse_status_line(status_line(code, version="HTTP/1.0"))
    assert parsed == StatusLine("HTTP/1.0", code.value, _registry_phrase(code), code)
    assert parsed.status is code


def test_status_line_for_unregistered_codes_keeps_the_space() -> None:
    assert status_line(299) == "HTTP/1.1 299 "
    assert status_line(599, version="HTTP/1.0") == "HTTP/1.0 599 "


@pytest.mark.parametrize(
    ("version", "error"),
    [
        ("HTTP/2", ValueError),
        ("HTTP/1.10", ValueError),
        ("http/1.1", ValueError),
        ("HTTP/1.1 ", ValueError),
        ("HTTP/١.١", ValueError),
        ("", ValueError),
        (1.1, TypeError),
        (None, TypeError),
    ],
)
def test_status_line_bad_version(version: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="version"):
        status_line(200, version=version)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "error"),
    [(True, TypeError), (200.0, TypeError), ("200", TypeError), (600, ValueError)],
)
def test_status_line_bad_status(status: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        status_line(status)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HTTP/1.1 200 OK", StatusLine("HTTP/1.1", 200, "OK", StatusCode.OK)),
        ("HTTP/1.1 200 ", StatusLine("HTTP/1.1", 200, "", StatusCode.OK)),
        ("HTTP/1.0 404 Nope", StatusLine("HTTP/1.0", 404, "Nope", StatusCode(404))),
        ("HTTP/1.1 471 Custom", StatusLine("HTTP/1.1", 471, "Custom", None)),
        ("HTTP/1.1 100 ", StatusLine("HTTP/1.1", 100, "", StatusCode.CONTINUE)),
        ("HTTP/1.1 599 ", StatusLine("HTTP/1.1", 599, "", None)),
        ("HTTP/9.9 200 OK", StatusLine("HTTP/9.9", 200, "OK", StatusCode.OK)),
        ("HTTP/1.1 200  OK ", StatusLine("HTTP/1.1", 200, " OK ", StatusCode.OK)),
        ("HTTP/1.1 200 A\tB", StatusLine("HTTP/1.1", 200, "A\tB", StatusCode.OK)),
        # obs-text: octets 0x80-0xFF, as ISO-8859-1 decoding gives them.
        (
            "HTTP/1.1 200 Tsch\xfcss",
            StatusLine("HTTP/1.1", 200, "Tsch\xfcss", StatusCode.OK),
        ),
        (
            "HTTP/1.1 200 \x80\xff",
            StatusLine("HTTP/1.1", 200, "\x80\xff", StatusCode.OK),
        ),
        ("HTTP/1.1 200 ~!", StatusLine("HTTP/1.1", 200, "~!", StatusCode.OK)),
    ],
)
def test_parse_valid_lines(line: str, expected: StatusLine) -> None:
    assert parse_status_line(line) == expected


# Columns counted by hand, from 1: "HTTP/1.1" is 1-8, the SP 9, the code
# 10-12, the SP 13, the reason from 14.
@pytest.mark.parametrize(
    ("line", "column", "what"),
    [
        ("", 1, "the version must be"),
        ("HTTP/1.1", 9, "expected one SP after the version"),
        (" HTTP/1.1 200 OK", 1, "the version must be"),
        ("\ufeffHTTP/1.1 200 OK", 1, "the version must be"),
        ("http/1.1 200 OK", 1, "case-sensitive"),
        ("HTTP/11 200 OK", 1, "the version must be"),
        ("HTTP/1.1\t200 OK", 9, "expected one SP after the version"),
        ("HTTP/1.1  200 OK", 10, "three digits"),
        ("HTTP/1.1 20 OK", 10, "three digits"),
        ("HTTP/1.1 2OO OK", 10, "three digits"),
        ("HTTP/1.1 ٢٠٠ OK", 10, "three digits"),
        ("HTTP/1.1 +20 OK", 10, "three digits"),
        ("HTTP/1.1 099 Low", 10, "outside 100 to 599"),
        ("HTTP/1.1 600 High", 10, "outside 100 to 599"),
        ("HTTP/1.1 2000 OK", 13, "expected one SP after the status code"),
        ("HTTP/1.1 200", 13, "found the end of the line"),
        ("HTTP/1.1 200\tOK", 13, "expected one SP after the status code"),
        ("HTTP/1.1 200 OK\r\n", 16, "CR is not allowed"),
        ("HTTP/1.1 200 OK\n", 16, "LF is not allowed"),
        ("HTTP/1.1 200 O\rK", 15, "CR is not allowed"),
        ("HTTP/1.1\r\n200 OK", 9, "CR is not allowed"),
        ("HTTP/1.1 200 OK\x00", 16, "control character U+0000"),
        ("HTTP/1.1 200 OK\x7f", 16, "control character U+007F"),
        ("HTTP/1.1 200 OK\x0b", 16, "control character U+000B"),
        ("HTTP/1.1 200 \u4e2d", 14, "is not an octet"),
        ("HTTP/1.1 200 \u00e9\u0301", 15, "is not an octet"),
    ],
)
def test_parse_invalid_lines(line: str, column: int, what: str) -> None:
    with pytest.raises(ValueError, match="invalid status line") as info:
        parse_status_line(line)
    message = str(info.value)
    assert f"at column {column}:" in message
    assert what in message
    assert repr(line) in message


@pytest.mark.parametrize("line", [b"HTTP/1.1 200 OK", None, 200, bytearray(b"x")])
def test_parse_refuses_non_text(line: object) -> None:
    with pytest.raises(TypeError, match="line must be a str"):
        parse_status_line(line)  # type: ignore[arg-type]


def test_bytes_hint() -> None:
    with pytest.raises(TypeError, match="decode bytes as ISO-8859-1"):
        parse_status_line(b"HTTP/1.1 200 OK")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "error", "message"),
    [
        (
            b"HTTP/1.1 200 OK",
            TypeError,
            "line must be a str, not bytes (b'HTTP/1.1 200 OK');"
            " decode bytes as ISO-8859-1 first",
        ),
        (
            "HTTP/1.1 200 O\rK",
            ValueError,
            "invalid status line 'HTTP/1.1 200 O\\rK' at column 15: CR is not"
            " allowed in a status line; pass the line without its CRLF terminator",
        ),
        (
            "HTTP/1.1 200 O\u0100K",
            ValueError,
            "invalid status line 'HTTP/1.1 200 O\u0100K' at column 15: '\u0100'"
            " (U+0100) is not an octet; decode the line as ISO-8859-1 so that"
            " obs-text octets stay %x80-FF",
        ),
        (
            "HTTP/1.1 200 O\x7fK",
            ValueError,
            "invalid status line 'HTTP/1.1 200 O\\x7fK' at column 15: the control"
            " character U+007F is not allowed in a reason phrase",
        ),
    ],
    ids=["bytes", "CR", "not an octet", "control"],
)
def test_whole_error_messages(
    line: object, error: type[Exception], message: str
) -> None:
    """Each message whole: what was wrong, where, and what would be right."""
    with pytest.raises(error) as info:
        parse_status_line(line)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_status_line_record_is_immutable() -> None:
    parsed = parse_status_line("HTTP/1.1 200 OK")
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.code = 404  # type: ignore[misc]
    assert hash(parsed) == hash(parse_status_line("HTTP/1.1 200 OK"))
