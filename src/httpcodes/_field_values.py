"""Grammar checks for the values of the response fields httpcodes knows.

Each check takes a field value (leading and trailing spaces and tabs already
removed) and returns ``None`` when the value matches the field's grammar, or
an (English, Korean) pair saying what is wrong.  Used by ``check_response``;
RFC 9110, Section 2.2: a sender MUST NOT generate protocol elements that do
not match the grammar.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ._korean import particle
from ._retry import parse_http_date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal

    Problem = tuple[str, str] | None

# RFC 9110, Section 5.6.2.
_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")

# RFC 3986, Section 2: the characters a URI-reference may contain, besides
# "%" followed by two hex digits.
_URI_CHARS: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    "-._~:/?#[]@!$&'()*+,;="
)
_SCHEME: Final = re.compile(r"[A-Za-z][A-Za-z0-9+\-.]*")
_PERCENT: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")

# RFC 9110, Section 14.4.
_CONTENT_RANGE: Final = re.compile(
    r"(?P<unit>[!#$%&'*+\-.^_`|~0-9A-Za-z]+) "
    r"(?:(?P<first>[0-9]+)-(?P<last>[0-9]+)/(?P<length>[0-9]+|\*)"
    r"|\*/(?P<unsatisfied>[0-9]+))",
    re.ASCII,
)

# The obsolete HTTP-date forms as Korean text names them (docs/style.ko.md:
# no lowercase English words in Korean sentences).
_FORM_KO: Final = {"rfc850-date": "RFC 850", "asctime-date": "ANSI C asctime()"}

# A fixed instant for reading two-digit years: only whether a value parses
# matters here, not when it falls.
_ANY_TIME: Final = datetime(2000, 1, 1, tzinfo=timezone.utc)


def check_location(value: str) -> Problem:  # noqa: PLR0911
    """Location = URI-reference (RFC 9110, Section 10.2.2; RFC 3986)."""
    for position, char in enumerate(value, 1):
        if char in _URI_CHARS or char == "%":
            continue
        if char == " ":
            return (
                f"a space at position {position}; write it as %20",
                f"{position}번째 글자가 공백임. %20으로 써야 함",
            )
        if not char.isprintable() or ord(char) < 0x20 or ord(char) == 0x7F:
            return (
                f"the control character U+{ord(char):04X} at position {position}",
                f"{position}번째 글자가 제어 문자 U+{ord(char):04X}임",
            )
        return (
            f"{char!r} at position {position}, which a URI cannot contain"
            " unencoded; percent-encode it (RFC 3986, Section 2.1)",
            f"{position}번째 글자는 URI에 그대로 쓸 수 없음 ({char!r})."
            " 퍼센트 인코딩해야 함 (RFC 3986, Section 2.1)",
        )
    bad = _PERCENT.search(value)
    if bad is not None:
        return (
            f"a '%' at position {bad.start() + 1} not followed by two hex digits",
            f"{bad.start() + 1}번째 글자 '%' 뒤에 16진수 두 자리가 없음",
        )
    if value.count("#") > 1:
        return (
            "more than one '#'; a URI has at most one fragment",
            "URI에는 프래그먼트가 하나까지만 올 수 있는데 '#' 문자가 둘 이상임",
        )
    head = re.split(r"[/?#]", value, maxsplit=1)[0]
    if ":" in head and not _SCHEME.fullmatch(head.split(":", 1)[0]):
        return (
            f"{head.split(':', 1)[0]!r} before the first ':' is not a URI scheme",
            f"첫 ':' 문자 앞의 값이 URI 스킴이 아님 ({head.split(':', 1)[0]!r})",
        )
    return None


def check_allow(value: str) -> Problem:
    """Allow = #method (RFC 9110, Section 10.2.1); empty is allowed."""
    if not value:
        return None
    for element in value.split(","):
        method = element.strip(" \t")
        if not method:
            return (
                "an empty list element; a sender MUST NOT generate one"
                " (RFC 9110, Section 5.6.1.1)",
                "빈 목록 요소가 있음. 보내는 쪽은 빈 요소를 만들지 않아야 함"
                " (RFC 9110, Section 5.6.1.1)",
            )
        if not _TOKEN.fullmatch(method):
            return (
                f"{method!r} is not a method name (a token, RFC 9110, Section 9.1)",
                f"메서드 이름(토큰)이 아닌 값이 있음"
                f" ({method!r}, RFC 9110, Section 9.1)",
            )
    return None


def check_retry_after(value: str) -> Problem:
    """Retry-After = HTTP-date / delay-seconds, with the date in IMF-fixdate
    form, the only one a sender may generate (RFC 9110, Section 5.6.7)."""
    if value.isascii() and value.isdigit():
        return None
    try:
        _, form = parse_http_date(value, _ANY_TIME)
    except ValueError:
        return (
            "neither delay-seconds (a whole number of seconds) nor an HTTP-date"
            " such as 'Sun, 06 Nov 1994 08:49:37 GMT'",
            "초 단위 정수도 HTTP-date(예: 'Sun, 06 Nov 1994 08:49:37 GMT')도 아님",
        )
    if form != "IMF-fixdate":
        return (
            f"an obsolete {form}; a sender MUST generate the IMF-fixdate form"
            " 'Sun, 06 Nov 1994 08:49:37 GMT' (RFC 9110, Section 5.6.7)",
            f"옛 {_FORM_KO[form]} 형식임. 보내는 쪽은 IMF-fixdate 형식"
            "('Sun, 06 Nov 1994 08:49:37 GMT')으로 써야 함 (RFC 9110, Section 5.6.7)",
        )
    return None


def content_range_kind(value: str) -> Literal["range", "unsatisfied"] | Problem:
    """Content-Range (RFC 9110, Section 14.4): "range" for a range-resp,
    "unsatisfied" for an unsatisfied-range, or what is wrong."""
    match = _CONTENT_RANGE.fullmatch(value)
    if match is None:
        return (
            "expected 'bytes first-last/length', 'bytes first-last/*' or"
            " 'bytes */length'",
            "'bytes 처음-끝/길이', 'bytes 처음-끝/*', 'bytes */길이' 중 하나여야 함",
        )
    if match["unsatisfied"] is not None:
        return "unsatisfied"
    first, last = int(match["first"]), int(match["last"])
    if last < first:
        return (
            f"the last position {last} is before the first {first}",
            f"끝 위치 {particle(last, '이/가')} 처음 위치 {first}보다 앞임",
        )
    if match["length"] != "*" and int(match["length"]) <= last:
        return (
            f"the complete length {match['length']} is not greater than the last"
            f" position {last}",
            f"전체 길이 {particle(match['length'], '이/가')}"
            f" 끝 위치 {last}보다 크지 않음",
        )
    return "range"
