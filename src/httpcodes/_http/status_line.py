"""The HTTP/1.1 status line: writing one and parsing one strictly.

RFC 9112, Section 4; the grammar is in ``_abnf`` (``is_http_version``,
``is_reason_octet``).  Imported on first use, not by ``import httpcodes``.

>>> status_line(404)
'HTTP/1.1 404 Not Found'
>>> parse_status_line("HTTP/1.1 404 Not Found").status
<StatusCode.NOT_FOUND: 404>
"""

from __future__ import annotations

from .._abnf import (
    first_non_reason_octet,
    is_digits,
    is_http_version,
    is_reason_octet,
)
from .._arguments import status as read_status
from .._arguments import text as read_text
from .._errors import excerpt, wrong_type
from .._lookup import get
from .._range import class_digit
from .._recipe import public, record
from .._status import StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import SupportsIndex

__all__ = ["StatusLine", "parse_status_line", "status_line"]


@record
class StatusLine:
    """A parsed status line: ``version`` (``"HTTP/1.1"``), ``code`` (an int),
    ``reason`` (the reason phrase, possibly empty) and ``status`` (the
    registered ``StatusCode``, or ``None`` for an unregistered code)."""

    __module__ = "httpcodes"

    version: str
    code: int
    reason: str
    status: StatusCode | None


@public
def status_line(status: int | SupportsIndex, *, version: str = "HTTP/1.1") -> str:
    """The status line for ``status``, without the CRLF that ends it.

    The reason phrase is the registry's; an unregistered code (100 to 599)
    gets none, and the line ends with the space RFC 9112, Section 4 requires
    even then.  ``version`` must be ``HTTP/`` DIGIT ``.`` DIGIT.

    >>> status_line(299)
    'HTTP/1.1 299 '
    >>> status_line(200, version="HTTP/1.0")
    'HTTP/1.0 200 OK'
    """
    code = read_status(status)
    version = read_text(version, "version")
    if not is_http_version(version):
        raise ValueError(
            f"{excerpt(version)} is not an HTTP/1.x version; expected 'HTTP/' DIGIT '.'"
            " DIGIT such as 'HTTP/1.1' (RFC 9112, Section 2.3); HTTP/2 and HTTP/3"
            " have no status line"
        )
    member = get(code)
    return f"{version} {code} {member.phrase if member is not None else ''}"


def _reason_error(char: str) -> str | None:
    """Why ``char`` cannot be in a reason phrase, or None if it can."""
    if is_reason_octet(char):
        return None
    point = ord(char)
    if char in "\r\n":
        return (
            f"{'CR' if char == chr(13) else 'LF'} is not allowed in a status line;"
            " pass the line without its CRLF terminator"
        )
    if point > 0xFF:
        return (
            f"{char!r} (U+{point:04X}) is not an octet; decode the line as"
            " ISO-8859-1 so that obs-text octets stay %x80-FF"
        )
    return f"the control character U+{point:04X} is not allowed in a reason phrase"


def _checked_line(line: object) -> str:
    if isinstance(line, (bytes, bytearray)):
        hint = "; decode bytes as ISO-8859-1 first"
        raise TypeError(wrong_type("line", "a str", line, hint))
    return read_text(line, "line")


@public
def parse_status_line(line: str) -> StatusLine:
    """Parse a status line strictly by RFC 9112, Section 4.

    ``line`` is the line without its CRLF; it must be text (decode the bytes
    as ISO-8859-1).  Every separator is exactly one SP, the version is
    ``HTTP/`` DIGIT ``.`` DIGIT, the code three ASCII digits from 100 to 599,
    and the reason phrase only HTAB, SP, visible ASCII and obs-text.  The SP
    after the code is required even without a reason phrase.  ``ValueError``
    says what is wrong and at which column (counting from 1).

    >>> parse_status_line("HTTP/1.1 299 ")
    StatusLine(version='HTTP/1.1', code=299, reason='', status=None)
    >>> parse_status_line("HTTP/1.1 200  OK").reason
    ' OK'
    >>> parse_status_line("HTTP/1.1 2OO OK")
    Traceback (most recent call last):
      ...
    ValueError: invalid status line 'HTTP/1.1 2OO OK' at column 10: the status
    code must be three digits, found '2OO'
    """
    line = _checked_line(line)

    def fail(column: int, what: str) -> ValueError:
        return ValueError(
            f"invalid status line {excerpt(line)} at column {column}: {what}"
        )

    ends = [index for index in (line.find("\r"), line.find("\n")) if index >= 0]
    if ends:
        column = min(ends) + 1
        raise fail(column, str(_reason_error(line[column - 1])))
    version = line[:8]
    if not is_http_version(version):
        raise fail(
            1,
            "the version must be 'HTTP/' DIGIT '.' DIGIT, such as 'HTTP/1.1'"
            f" (case-sensitive), found {version!r}",
        )
    if line[8:9] != " ":
        raise fail(9, f"expected one SP after the version, found {line[8:9]!r}")
    digits = line[9:12]
    if len(digits) != 3 or not is_digits(digits):
        raise fail(10, f"the status code must be three digits, found {digits!r}")
    code = int(digits)
    if class_digit(code) is None:
        raise fail(
            10,
            f"{code} is outside 100 to 599, the range of valid status codes"
            " (RFC 9110, Section 15)",
        )
    if line[12:13] != " ":
        found = repr(line[12:13]) if line[12:13] else "the end of the line"
        raise fail(
            13,
            "expected one SP after the status code (required even without a"
            f" reason phrase), found {found}",
        )
    reason = line[13:]
    index = first_non_reason_octet(reason)
    if index >= 0:
        raise fail(14 + index, str(_reason_error(reason[index])))
    return StatusLine(version, code, reason, get(code))
