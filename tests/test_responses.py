"""Response requirements: the data against the RFC text, and check_response."""

from __future__ import annotations

import dataclasses
import email
import http.client
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import httpcodes
from httpcodes import (
    FieldRule,
    Finding,
    RequirementLevel,
    StatusCode,
    check_response,
)
from httpcodes._data.codes import RESPONSE_FIELDS

from .facts import IndexLike, has_hangul

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

# Every requirement, written out by hand from the RFC text (not from the data
# module): applies to, field ("-" for the content), level, condition ("-" for
# none) and the section the level is stated in.
#
# RFC 9110 9.3.2   HEAD: the server MUST NOT send content in the response.
# RFC 9110 15.2    1xx: terminated by the header section, cannot contain
#                  content (recorded as MUST NOT, framing: RFC 9112 6.3).
# RFC 9110 8.6     MUST NOT send Content-Length in 1xx or 204, nor in a 2xx
#                  to CONNECT.
# RFC 9112 6.1     MUST NOT send Transfer-Encoding in 1xx or 204, nor in a
#                  2xx to CONNECT.
# RFC 9110 15.2.2  101: MUST generate an Upgrade field.
# RFC 9110 15.3.2  201: the created resource is identified by Location if
#                  present (no keyword: MAY).
# RFC 9110 15.3.5  204: cannot contain content.
# RFC 9110 15.3.6  205: MUST NOT generate content.
# RFC 9110 15.3.7  206: MUST generate Date, Cache-Control, ETag, Expires,
#                  Content-Location, Vary if a 200 would have had them.
# RFC 9110 15.3.7.1 single part: MUST generate Content-Range.
# RFC 9110 15.3.7.2 multipart: MUST NOT generate Content-Range in the header
#                  section.
# RFC 9110 10.2.2  3xx: Location refers to the preferred target (no keyword).
# RFC 9110 10.2.3  3xx: Retry-After is the minimum wait (no keyword).
# RFC 9110 15.4.1  300: SHOULD generate Location if there is a preferred choice.
# RFC 9110 15.4.2/3/8/9  301, 302, 307, 308: SHOULD generate Location.
# RFC 9110 15.4.5  304: MUST generate Content-Location, Date, ETag, Vary,
#                  Cache-Control, Expires if a 200 would have had them; SHOULD
#                  NOT generate other representation metadata; cannot contain
#                  content.
# RFC 9110 15.5 / 15.6  4xx, 5xx: except for HEAD, SHOULD send a representation
#                  explaining the error.
# RFC 9110 15.5.2  401: MUST send WWW-Authenticate.
# RFC 9110 15.5.6  405: MUST generate Allow.
# RFC 9110 15.5.8  407: MUST send Proxy-Authenticate.
# RFC 9110 15.5.14 413: if temporary, SHOULD generate Retry-After.
# RFC 9110 15.5.17 416 to a byte-range request: SHOULD generate Content-Range.
# RFC 9110 15.5.22 426: MUST send Upgrade.
# RFC 6585 4       429: MAY include Retry-After.
# RFC 7725 4       451: SHOULD include a Link with rel="blocked-by".
# RFC 9110 15.6.4  503: MAY send Retry-After.
EXPECTED = """
all | -                  | MUST NOT   | head        | RFC 9110, Section 9.3.2
1xx | -                  | MUST NOT   | -           | RFC 9110, Section 15.2
1xx | Content-Length     | MUST NOT   | -           | RFC 9110, Section 8.6
1xx | Transfer-Encoding  | MUST NOT   | -           | RFC 9112, Section 6.1
101 | Upgrade            | MUST       | -           | RFC 9110, Section 15.2.2
2xx | Content-Length     | MUST NOT   | connect     | RFC 9110, Section 8.6
2xx | Transfer-Encoding  | MUST NOT   | connect     | RFC 9112, Section 6.1
201 | Location           | MAY        | -           | RFC 9110, Section 15.3.2
204 | -                  | MUST NOT   | -           | RFC 9110, Section 15.3.5
204 | Content-Length     | MUST NOT   | -           | RFC 9110, Section 8.6
204 | Transfer-Encoding  | MUST NOT   | -           | RFC 9112, Section 6.1
205 | -                  | MUST NOT   | -           | RFC 9110, Section 15.3.6
206 | Cache-Control      | MUST       | in-200      | RFC 9110, Section 15.3.7
206 | Content-Location   | MUST       | in-200      | RFC 9110, Section 15.3.7
206 | Content-Range      | MUST       | single-part | RFC 9110, Section 15.3.7.1
206 | Content-Range      | MUST NOT   | multipart   | RFC 9110, Section 15.3.7.2
206 | Date               | MUST       | in-200      | RFC 9110, Section 15.3.7
206 | ETag               | MUST       | in-200      | RFC 9110, Section 15.3.7
206 | Expires            | MUST       | in-200      | RFC 9110, Section 15.3.7
206 | Vary               | MUST       | in-200      | RFC 9110, Section 15.3.7
3xx | Location           | MAY        | -           | RFC 9110, Section 10.2.2
3xx | Retry-After        | MAY        | -           | RFC 9110, Section 10.2.3
300 | Location           | SHOULD     | preferred   | RFC 9110, Section 15.4.1
301 | Location           | SHOULD     | -           | RFC 9110, Section 15.4.2
302 | Location           | SHOULD     | -           | RFC 9110, Section 15.4.3
304 | -                  | MUST NOT   | -           | RFC 9110, Section 15.4.5
304 | Cache-Control      | MUST       | in-200      | RFC 9110, Section 15.4.5
304 | Content-Encoding   | SHOULD NOT | -           | RFC 9110, Section 15.4.5
304 | Content-Language   | SHOULD NOT | -           | RFC 9110, Section 15.4.5
304 | Content-Location   | MUST       | in-200      | RFC 9110, Section 15.4.5
304 | Content-Type       | SHOULD NOT | -           | RFC 9110, Section 15.4.5
304 | Date               | MUST       | in-200      | RFC 9110, Section 15.4.5
304 | ETag               | MUST       | in-200      | RFC 9110, Section 15.4.5
304 | Expires            | MUST       | in-200      | RFC 9110, Section 15.4.5
304 | Vary               | MUST       | in-200      | RFC 9110, Section 15.4.5
307 | Location           | SHOULD     | -           | RFC 9110, Section 15.4.8
308 | Location           | SHOULD     | -           | RFC 9110, Section 15.4.9
4xx | -                  | SHOULD     | not-head    | RFC 9110, Section 15.5
401 | WWW-Authenticate   | MUST       | -           | RFC 9110, Section 15.5.2
405 | Allow              | MUST       | -           | RFC 9110, Section 15.5.6
407 | Proxy-Authenticate | MUST       | -           | RFC 9110, Section 15.5.8
413 | Retry-After        | SHOULD     | temporary   | RFC 9110, Section 15.5.14
416 | Content-Range      | SHOULD     | byte-range  | RFC 9110, Section 15.5.17
426 | Upgrade            | MUST       | -           | RFC 9110, Section 15.5.22
429 | Retry-After        | MAY        | -           | RFC 6585, Section 4
451 | Link               | SHOULD     | -           | RFC 7725, Section 4
5xx | -                  | SHOULD     | not-head    | RFC 9110, Section 15.6
503 | Retry-After        | MAY        | -           | RFC 9110, Section 15.6.4
"""

# The name of each rule above, in the same order (docs/responses.md).
EXPECTED_RULES = """
head-content-forbidden
1xx-content-forbidden
1xx-content-length-forbidden
1xx-transfer-encoding-forbidden
101-upgrade-missing
connect-2xx-content-length-forbidden
connect-2xx-transfer-encoding-forbidden
201-location-optional
204-content-forbidden
204-content-length-forbidden
204-transfer-encoding-forbidden
205-content-forbidden
206-cache-control-missing
206-content-location-missing
206-content-range-missing
206-multipart-content-range-forbidden
206-date-missing
206-etag-missing
206-expires-missing
206-vary-missing
3xx-location-optional
3xx-retry-after-optional
300-location-missing
301-location-missing
302-location-missing
304-content-forbidden
304-cache-control-missing
304-content-encoding-forbidden
304-content-language-forbidden
304-content-location-missing
304-content-type-forbidden
304-date-missing
304-etag-missing
304-expires-missing
304-vary-missing
307-location-missing
308-location-missing
4xx-explanation-missing
401-www-authenticate-missing
405-allow-missing
407-proxy-authenticate-missing
413-retry-after-missing
416-content-range-missing
426-upgrade-missing
429-retry-after-optional
451-blocked-by-missing
5xx-explanation-missing
503-retry-after-optional
"""


def _expected() -> list[tuple[str, str | None, str, str | None, str]]:
    rows = []
    for line in EXPECTED.strip().splitlines():
        applies, field, level, when, reference = (c.strip() for c in line.split("|"))
        rows.append(
            (
                applies,
                None if field == "-" else field,
                level,
                None if when == "-" else when,
                reference,
            )
        )
    return rows


ROWS = _expected()
RULE_NAMES = EXPECTED_RULES.split()
KEY = {(r[0], r[1], r[2], r[3]): r[4] for r in ROWS}
ROW_IDS = [f"{a}-{f or 'content'}-{lv}-{w or 'always'}" for a, f, lv, w, _ in ROWS]


def _assert_korean_style(text: str) -> None:
    """docs/style.ko.md, sections 2 and 6: Korean sentences, no period after
    the last one, never both particle forms."""
    assert has_hangul(text)
    assert not text.endswith(".")
    for both in ("은(는)", "이(가)", "을(를)", "(으)로"):
        assert both not in text
    assert ".." not in text


# -- the data against the hand-written table ----------------------------------


def test_data_has_exactly_the_expected_rules_in_order() -> None:
    data = [
        (r["applies_to"], r["field"], r["level"], r["when"], r["reference"])
        for r in RESPONSE_FIELDS
    ]
    assert data == ROWS
    assert [r["rule"] for r in RESPONSE_FIELDS] == RULE_NAMES


@pytest.mark.parametrize("name", RULE_NAMES)
def test_rule_names_follow_the_convention(name: str) -> None:
    # docs/responses.md: kebab case, ending in what the rule asks.
    assert name == name.lower()
    assert " " not in name
    assert "_" not in name
    assert name.endswith(("-missing", "-forbidden", "-optional"))


def test_rule_names_are_unique() -> None:
    from httpcodes._http.responses import CHECKS

    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert not set(RULE_NAMES) & set(CHECKS)
    assert [r.rule for r in StatusCode.METHOD_NOT_ALLOWED.response_fields][-1] == (
        "405-allow-missing"
    )


@pytest.mark.parametrize("row", RESPONSE_FIELDS, ids=ROW_IDS)
def test_rule_notes_are_well_formed(row: dict[str, object]) -> None:
    note, note_ko = row["note"], row["note_ko"]
    assert isinstance(note, str)
    assert isinstance(note_ko, str)
    assert note.endswith("."), "English notes are sentences"
    assert note == note.strip()
    assert "  " not in note
    _assert_korean_style(note_ko)


@pytest.mark.parametrize("code", list(StatusCode), ids=str)
def test_every_member_has_its_rules(code: StatusCode) -> None:
    keys = {"all", f"{code.value // 100}xx", str(code.value)}
    expected = [
        (applies, field, level, when, reference)
        for applies, field, level, when, reference in ROWS
        if applies in keys
    ]
    rules = code.response_fields
    assert isinstance(rules, tuple)
    assert all(isinstance(rule, FieldRule) for rule in rules)
    got = [(r.applies_to, r.header, str(r.level), r.when, r.reference) for r in rules]
    assert got == expected
    assert code.response_fields is rules  # built once


def test_response_fields_examples() -> None:
    allow = StatusCode.METHOD_NOT_ALLOWED.response_fields[-1]
    assert allow.header == "Allow"
    assert allow.level is RequirementLevel.MUST
    assert allow.reference == "RFC 9110, Section 15.5.6"
    assert StatusCode.OK.response_fields[0].when == "head"
    assert [r.applies_to for r in StatusCode.OK.response_fields] == [
        "all",
        "2xx",
        "2xx",
    ]


def test_records_are_immutable() -> None:
    rule = StatusCode.METHOD_NOT_ALLOWED.response_fields[-1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.level = RequirementLevel.MAY  # type: ignore[misc]
    finding = check_response(405)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "fine"  # type: ignore[misc]
    assert hash(finding) == hash(check_response(405)[0])


def test_requirement_level() -> None:
    # Most serious first (docs/responses.md, "Levels").
    assert [m.value for m in RequirementLevel] == [
        "MUST",
        "MUST NOT",
        "CONTRADICTION",
        "SHOULD",
        "SHOULD NOT",
        "NOTE",
        "MAY",
    ]
    assert [m.rank for m in RequirementLevel] == [1, 1, 2, 3, 3, 4, 5]
    level: str = RequirementLevel.MUST_NOT  # a str, usable where one is expected
    assert level == "MUST NOT"
    assert str(RequirementLevel.SHOULD_NOT) == "SHOULD NOT"
    assert f"{RequirementLevel.MAY:>4}" == " MAY"


# -- conforming and non-conforming responses, one pair per rule ----------------

# A value that satisfies each field, for the "conforming" side.
GOOD_VALUES = {
    "Allow": "GET, HEAD",
    "Cache-Control": "max-age=60",
    "Content-Encoding": "gzip",
    "Content-Language": "en",
    "Content-Length": "0",
    "Content-Location": "/doc",
    "Content-Range": "bytes 0-9/100",
    "Content-Type": "text/plain",
    "Date": "Sun, 06 Nov 1994 08:49:37 GMT",
    "ETag": '"abc"',
    "Expires": "Sun, 06 Nov 1994 09:49:37 GMT",
    "Link": '<https://blocker.example/>; rel="blocked-by"',
    "Location": "https://example.com/next",
    "Proxy-Authenticate": 'Basic realm="proxy"',
    "Retry-After": "120",
    "Transfer-Encoding": "chunked",
    "Upgrade": "websocket",
    "Vary": "Accept",
    "WWW-Authenticate": 'Basic realm="api"',
}
UNKNOWABLE = {"in-200", "temporary", "preferred"}
CHECKED = [r for r in ROWS if r[2] != "MAY" and r[3] not in UNKNOWABLE]
CHECKED_IDS = [
    f"{a}-{f or 'content'}-{lv}-{w or 'always'}" for a, f, lv, w, _ in CHECKED
]


def _codes(applies: str) -> list[int]:
    """Codes to try a rule on: the code; for a class, a registered and an
    unregistered one (an unregistered code is checked by its class)."""
    if applies == "all":
        return [200, 404, 299]
    if applies.endswith("xx"):
        digit = int(applies[0])
        return [digit * 100, digit * 100 + 99]
    return [int(applies)]


def _setting(code: int, when: str | None) -> tuple[str, dict[str, str]]:
    """The method and base headers that make ``when`` hold for ``code``."""
    method = {"head": "HEAD", "connect": "CONNECT"}.get(when or "", "GET")
    base: dict[str, str] = {}
    if when == "multipart":
        base["Content-Type"] = "multipart/byteranges; boundary=XYZ"
    # Satisfy the other rules of the code, so that each case isolates one.
    for applies, field, level, rule_when, _ in ROWS:
        if field is None or level not in ("MUST", "SHOULD"):
            continue
        if rule_when in UNKNOWABLE or applies not in (str(code),):
            continue
        if field == "Content-Range" and when == "multipart":
            continue
        base[field] = (
            "bytes */100"
            if (field, code) == ("Content-Range", 416)
            else "bytes 0-9/100"
            if field == "Content-Range"
            else GOOD_VALUES[field]
        )
    return method, base


def _request(when: str | None) -> dict[str, str]:
    """The request fields that make ``when`` hold: a byte-range request
    shows only in its Range."""
    return {"Range": "bytes=0-9"} if when == "byte-range" else {}


def _cases() -> Iterator[tuple[int, tuple[str, str | None, str, str | None, str]]]:
    for row in CHECKED:
        for code in _codes(row[0]):
            yield code, row


CASES = list(_cases())
CASE_IDS = [
    f"{code}-{a}-{f or 'content'}-{lv}-{w or 'always'}"
    for code, (a, f, lv, w, _) in CASES
]


def _matching(
    findings: tuple[Finding, ...], field: str | None, level: str, reference: str
) -> list[Finding]:
    return [
        f
        for f in findings
        if f.header == field and f.level == level and f.reference == reference
    ]


@pytest.mark.parametrize(("code", "row"), CASES, ids=CASE_IDS)
def test_rule_is_reported_when_broken(
    code: int, row: tuple[str, str | None, str, str | None, str]
) -> None:
    _, field, level, when, reference = row
    method, headers = _setting(code, when)
    request = _request(when)
    required = level in ("MUST", "SHOULD")
    if field is None:
        findings = check_response(
            code,
            headers,
            method=method,
            has_content=not required,
            request_headers=request,
        )
    else:
        if required:
            headers.pop(field, None)
        else:
            headers[field] = GOOD_VALUES[field]
        findings = check_response(code, headers, method=method, request_headers=request)
    found = _matching(findings, field, level, reference)
    assert len(found) == 1, findings
    assert found[0].rule == RULE_NAMES[ROWS.index(row)]
    assert str(code) in found[0].message
    assert str(code) in found[0].message_ko
    assert level in found[0].message
    _assert_korean_style(found[0].message_ko)


@pytest.mark.parametrize(("code", "row"), CASES, ids=CASE_IDS)
def test_rule_is_quiet_when_kept(
    code: int, row: tuple[str, str | None, str, str | None, str]
) -> None:
    _, field, level, when, reference = row
    method, headers = _setting(code, when)
    request = _request(when)
    required = level in ("MUST", "SHOULD")
    if field is None:
        findings = check_response(
            code,
            headers,
            method=method,
            has_content=required,
            request_headers=request,
        )
    else:
        if not required:
            headers.pop(field, None)
        findings = check_response(code, headers, method=method, request_headers=request)
    assert _matching(findings, field, level, reference) == []


@pytest.mark.parametrize(
    ("code", "method", "headers"),
    [
        (200, "GET", {"Content-Type": "text/html", "Content-Length": "10"}),
        (201, "POST", {"Location": "/items/7"}),
        (204, "PUT", {"ETag": '"v2"'}),
        (206, "GET", {"Content-Range": "bytes 0-9/100", "Content-Length": "10"}),
        (301, "GET", {"Location": "https://example.org/"}),
        (304, "GET", {"ETag": '"v2"', "Date": "Sun, 06 Nov 1994 08:49:37 GMT"}),
        (401, "GET", {"WWW-Authenticate": "Bearer"}),
        (405, "DELETE", {"Allow": ""}),
        (416, "GET", {"Content-Range": "bytes */47022"}),
        (429, "POST", {"Retry-After": "3600"}),
        (503, "GET", {"Retry-After": "Fri, 31 Dec 1999 23:59:59 GMT"}),
    ],
)
def test_conforming_responses(code: int, method: str, headers: dict[str, str]) -> None:
    has_content = code not in (204, 304) and method != "HEAD"
    assert check_response(code, headers, method=method, has_content=has_content) == ()


def test_conditions_the_response_cannot_show_are_not_reported() -> None:
    # 304 without the 200 fields, 413 and 300 without their conditional
    # fields: whether the rule applied cannot be told from the response.
    assert check_response(304) == ()
    assert check_response(413) == ()
    assert check_response(300) == ()
    assert check_response(206, {"Content-Range": "bytes 0-0/1"}) == ()


def test_may_rules_are_never_reported() -> None:
    assert check_response(503) == ()
    assert check_response(429) == ()
    assert check_response(201) == ()
    assert check_response(303, {"Location": "/other"}) == ()


def test_a_303_without_location_is_a_contradiction() -> None:
    # RFC 9110, Section 15.4.4 puts no keyword on 303's Location, but defines
    # the code by it.
    (finding,) = check_response(303)
    assert finding.rule == "303-location-missing"
    assert finding.level is RequirementLevel.CONTRADICTION
    assert finding.header == "Location"
    assert finding.reference == "RFC 9110, Section 15.4.4"


def test_content_is_unchecked_without_has_content() -> None:
    assert check_response(204) == ()
    assert check_response(500) == ()
    assert check_response(200, method="HEAD") == ()


def test_head_rule_reports_content_for_every_code() -> None:
    for code in (200, 404, 500, 299, 399):
        findings = check_response(code, method="HEAD", has_content=True)
        findings = tuple(f for f in findings if f.rule != "status-unregistered")
        assert [f.reference for f in findings] == ["RFC 9110, Section 9.3.2"]
        assert "to HEAD" in findings[0].message
        assert "HEAD 요청에 대한" in findings[0].message_ko


def test_error_without_explanation_is_a_should() -> None:
    (finding,) = check_response(404, has_content=False)
    assert finding.level is RequirementLevel.SHOULD
    assert finding.header is None
    assert finding.reference == "RFC 9110, Section 15.5"
    # HEAD responses carry no content, so the rule does not apply.
    assert check_response(404, method="HEAD", has_content=False) == ()


@pytest.mark.parametrize(
    "link",
    [
        '<https://isp.example/>; rel="blocked-by"',
        "<https://isp.example/>; rel=blocked-by",
        '<https://isp.example/>; REL="Blocked-By"',
        '<https://a.example/>; rel="help", <https://isp.example/>; rel="blocked-by"',
        '<https://isp.example/>; rel="preload blocked-by"',
    ],
)
def test_451_with_a_blocked_by_link(link: str) -> None:
    assert check_response(451, {"Link": link}, has_content=True) == ()


@pytest.mark.parametrize(
    "link",
    [
        '<https://isp.example/>; rel="help"',
        '<https://isp.example/>; rel="blocked-by-not"',
        "<https://isp.example/blocked-by>",
    ],
)
def test_451_without_a_blocked_by_link(link: str) -> None:
    (finding,) = check_response(451, {"Link": link}, has_content=True)
    assert (finding.header, finding.level) == ("Link", RequirementLevel.SHOULD)
    assert finding.reference == "RFC 7725, Section 4"


def test_header_names_are_case_insensitive() -> None:
    assert check_response(405, {"allow": "GET"}) == ()
    assert check_response(405, [("ALLOW", "GET")]) == ()
    assert [f.header for f in check_response(204, [("content-length", "0")])] == [
        "Content-Length"
    ]


def test_headers_as_pairs_mapping_and_message() -> None:
    message = email.message_from_string(
        "Allow: GET\r\n\r\n", _class=http.client.HTTPMessage
    )
    assert check_response(405, message) == ()
    assert check_response(405, (("Allow", "GET"),)) == ()
    pairs = iter([["Allow", "GET"]])  # lists work as pairs too
    assert check_response(405, pairs) == ()  # type: ignore[arg-type]


def test_status_code_member_and_unregistered_code() -> None:
    assert check_response(StatusCode.METHOD_NOT_ALLOWED) == check_response(405)
    assert check_response(IndexLike(405)) == check_response(405)
    # 499 is unregistered: the 4xx rules apply, and nothing of 405's; the
    # status itself is noted.
    assert [f.rule for f in check_response(499, has_content=True)] == [
        "status-unregistered"
    ]
    assert [f.reference for f in check_response(499, has_content=False)] == [
        "RFC 9110, Section 15.5",
        "RFC 9110, Section 15",
    ]
    assert [f.header for f in check_response(199, {"Content-Length": "0"})] == [
        "Content-Length",
        None,
    ]


def test_messages_read_well() -> None:
    (finding,) = check_response(405)
    assert finding.message == (
        "A 405 response MUST carry Allow, and this one has none. Allow lists"
        " the methods the target resource supports now; it may be empty"
        " (RFC 9110, Section 10.2.1)."
    )
    assert finding.message_ko == (
        "405 응답에는 Allow 헤더가 있어야 하는데(MUST) 없음. Allow 헤더는 대상"
        " 리소스가 지금 지원하는 메서드를 나열함. 빈 값일 수도 있음"
        " (RFC 9110, Section 10.2.1)"
    )


# -- field values ---------------------------------------------------------------

# A status with which each field has a meaning (RFC 9110, Sections 10.2.2
# and 14.4) and no other rule is broken.
HOME = {
    "Location": 302,
    "Content-Range": 206,
    "Allow": 405,
    "Retry-After": 503,
}


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Location", "https://example.com/a?b=c#d"),
        ("Location", "/relative/path"),
        ("Location", "../up"),
        ("Location", "//example.com/x"),
        ("Location", "?query"),
        ("Location", "/caf%C3%A9"),
        ("Location", "urn:isbn:0451450523"),
        ("Location", "http://[2001:db8::1]/"),
        ("Location", ""),
        ("Retry-After", "0"),
        ("Retry-After", "120"),
        ("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ("Allow", ""),
        ("Allow", "GET"),
        ("Allow", "GET,HEAD , PUT"),
        ("Allow", "PROPFIND, X-CUSTOM"),
        ("Content-Range", "bytes 0-0/1"),
        ("Content-Range", "bytes 42-1233/1234"),
        ("Content-Range", "bytes 42-1233/*"),
        ("Content-Range", "items 0-9/100"),
    ],
)
def test_well_formed_values(header: str, value: str) -> None:
    # A status that gives the field a meaning and needs nothing else, so
    # only the value checks can speak.
    assert check_response(HOME[header], {header: value}) == ()


@pytest.mark.parametrize(
    ("header", "value", "reason"),
    [
        ("Location", "/a b", "a space at position 3"),
        ("Location", "/a\tb", "control character U+0009"),
        ("Location", "/a\r\nSet-Cookie: x", "control character U+000D"),
        ("Location", "/café", "'é' at position 5"),
        ("Location", "/a<b>", "'<' at position 3"),
        ("Location", "/100%", "'%' at position 5"),
        ("Location", "/%zz", "'%' at position 2"),
        ("Location", "/a#b#c", "more than one '#'"),
        ("Location", "1http://x", "'1http' before the first ':'"),
        ("Retry-After", "soon", "neither delay-seconds"),
        ("Retry-After", "-1", "neither delay-seconds"),
        ("Retry-After", "1.5", "neither delay-seconds"),
        ("Allow", "GET,,HEAD", "empty list element"),
        ("Allow", "GET HEAD", "'GET HEAD' is not a method name"),
        ("Allow", "GET, ", "empty list element"),
        ("Content-Range", "bytes 500-499/1234", "last position 499 is before"),
        ("Content-Range", "bytes 0-1234/1234", "complete length 1234 is not greater"),
        ("Content-Range", "bytes=0-9/10", "expected 'bytes first-last/length'"),
        ("Content-Range", "bytes 0-9", "expected 'bytes first-last/length'"),
        ("Content-Range", "bytes -5/10", "expected 'bytes first-last/length'"),
    ],
)
def test_malformed_values(header: str, value: str, reason: str) -> None:
    (finding,) = check_response(HOME[header], {header: value})
    assert finding.rule == f"{header.lower()}-malformed"
    assert finding.level is RequirementLevel.MUST_NOT
    assert finding.header == header
    assert reason in finding.message
    # Spaces and tabs around a field value are not part of it.
    assert repr(value.strip(" \t")) in finding.message
    assert repr(value.strip(" \t")) in finding.message_ko
    assert "RFC 9110, Section 2.2" in finding.message
    _assert_korean_style(finding.message_ko)


def test_malformed_value_references() -> None:
    refs = {
        "Allow": "RFC 9110, Section 10.2.1",
        "Location": "RFC 9110, Section 10.2.2",
        "Retry-After": "RFC 9110, Section 10.2.3",
        "Content-Range": "RFC 9110, Section 14.4",
    }
    for header, reference in refs.items():
        (finding,) = check_response(HOME[header], {header: "a b"})
        assert finding.reference == reference


def test_content_range_in_its_context() -> None:
    (finding,) = check_response(416, {"Content-Range": "bytes 0-9/100"})
    assert finding.level is RequirementLevel.SHOULD
    assert finding.reference == "RFC 9110, Section 14.4"
    (finding,) = check_response(206, {"Content-Range": "bytes */100"})
    assert finding.level is RequirementLevel.MUST
    assert finding.reference == "RFC 9110, Section 15.3.7.1"
    assert check_response(416, {"Content-Range": "bytes */100"}) == ()


@pytest.mark.parametrize("header", ["Location", "Retry-After", "Content-Range"])
def test_a_single_value_field_sent_twice(header: str) -> None:
    value = {"Location": "/a", "Retry-After": "1", "Content-Range": "bytes 0-4/5"}[
        header
    ]
    findings = check_response(HOME[header], [(header, value), (header.lower(), value)])
    assert [(f.header, f.reference, f.rule) for f in findings] == [
        (header, "RFC 9110, Section 5.3", "field-repeated")
    ]
    assert findings[0].level is RequirementLevel.MUST_NOT


def test_allow_may_be_sent_as_several_lines() -> None:
    assert check_response(405, [("Allow", "GET"), ("Allow", "HEAD")]) == ()


# -- bad arguments --------------------------------------------------------------


@pytest.mark.parametrize("status", [True, 404.0, "404", None, b"404"])
def test_status_must_be_an_int(status: object) -> None:
    with pytest.raises(TypeError, match="status must be an int"):
        check_response(status)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [99, 600, 0, -404, 1000])
def test_status_must_be_in_range(status: int) -> None:
    with pytest.raises(ValueError, match="from 100 to 599"):
        check_response(status)


@pytest.mark.parametrize(
    "headers",
    ["Allow: GET", b"Allow: GET", 5, [("Allow",)], ["Allow"], [("Allow", "GET", "x")]],
    ids=repr,
)
def test_headers_must_be_pairs(headers: object) -> None:
    with pytest.raises(TypeError, match="header"):
        check_response(405, headers)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "headers", [{"Allow": 1}, {b"Allow": "GET"}, [("Allow", None)]], ids=repr
)
def test_header_names_and_values_must_be_str(headers: object) -> None:
    with pytest.raises(TypeError, match="in headers must be a str, not"):
        check_response(405, headers)  # type: ignore[arg-type]


def test_method_and_has_content_are_checked() -> None:
    with pytest.raises(TypeError, match="method must be a str"):
        check_response(200, method=b"GET")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not an HTTP method"):
        check_response(200, method="GET\r\n")
    with pytest.raises(ValueError, match="is not an HTTP method"):
        check_response(200, method="")
    with pytest.raises(TypeError, match="has_content must be a bool or None"):
        check_response(200, has_content=1)  # type: ignore[arg-type]


# -- packaging: lazy, typed -------------------------------------------------------

LAZY = [
    "FieldRule",
    "Finding",
    "RequirementLevel",
    "StatusLine",
    "check_response",
    "is_retryable",
    "parse_retry_after",
    "parse_status_line",
    "status_line",
]


def test_import_httpcodes_does_not_load_the_new_modules() -> None:
    code = (
        "import sys, httpcodes\n"
        "print(sorted(m for m in sys.modules if m.startswith('httpcodes')"
        " or m in ('dataclasses', 'datetime', 'collections.abc', 're')))\n"
        "httpcodes.StatusCode.OK.phrase\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = eval(out)  # a list literal printed by the child
    assert "httpcodes._status" in loaded  # the names below are real modules
    for module in ("_http.responses", "_http.retry", "_http.status_line", "_abnf"):
        assert f"httpcodes.{module}" not in loaded
    assert "dataclasses" not in loaded
    assert "datetime" not in loaded


@pytest.mark.parametrize("name", LAZY)
def test_lazy_names_are_exported(name: str) -> None:
    assert name in httpcodes.__all__
    assert name in dir(httpcodes)
    assert getattr(httpcodes, name) is getattr(httpcodes, name)


def test_unknown_attribute_is_still_an_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'lookpu'"):
        httpcodes.lookpu  # type: ignore[attr-defined]  # noqa: B018


CLIENT = """
import httpcodes
from httpcodes import StatusCode, check_response

reveal_type(check_response(405))
reveal_type(StatusCode.OK.response_fields)
reveal_type(httpcodes.is_retryable(503, "GET"))
httpcodes.lookpu
check_response("404")
"""


def test_type_checkers_see_the_lazy_names(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api", reason="mypy is a dev dependency")
    client = tmp_path / "client.py"
    client.write_text(CLIENT, encoding="utf-8")
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--show-error-codes", str(client)]
    )
    output = stdout + stderr
    assert status == 1, output
    assert "httpcodes._http.responses.Finding, ...]" in output
    assert "httpcodes._http.responses.FieldRule, ...]" in output
    assert 'Revealed type is "bool"' in output
    assert 'Module has no attribute "lookpu"' in output
    assert 'Argument 1 to "check_response" has incompatible type "str"' in output
    assert output.count("error:") == 2, output


@pytest.mark.parametrize(
    "value",
    ["Fri, 31 Dec 9999 23:59:60 GMT", "Sat, 01 Jan 0000 00:00:00 GMT", "9" * 5000],
    ids=lambda v: v[:16],
)
def test_a_date_datetime_cannot_hold_is_no_crash(value: str) -> None:
    """A response read off the network cannot crash a checker (issue 19)."""
    assert check_response(503, {"Retry-After": value}) == ()


# -- the form of Content-Range in a 206 and a 416 (RFC 9110, Sections 15.3.7.1
# -- and 15.5.17) ------------------------------------------------------------------


def _range_findings(code: int, *values: str) -> list[tuple[str, str | None, str]]:
    fields = [("Content-Range", value) for value in values]
    found = check_response(code, fields, has_content=True)
    return [(f.rule, f.header, f.message) for f in found if f.rule != "field-conflict"]


def test_the_form_of_content_range_is_named_with_its_field_and_value() -> None:
    assert _range_findings(416, "bytes 0-1/10") == [
        (
            "416-content-range-form",
            "Content-Range",
            "A 416 response SHOULD give Content-Range as an unsatisfied-range"
            " such as 'bytes */1234', not 'bytes 0-1/10'.",
        )
    ]
    assert _range_findings(206, "bytes */10") == [
        (
            "206-content-range-form",
            "Content-Range",
            "A 206 response MUST give in Content-Range the range it encloses,"
            " such as 'bytes 0-499/1234', not 'bytes */10'.",
        )
    ]


@pytest.mark.parametrize("code", [206, 416])
def test_a_content_range_outside_its_grammar_is_not_judged_for_its_form(
    code: int,
) -> None:
    """A value that breaks the grammar is reported as such, once; each value
    is judged on its own."""
    rules = [rule for rule, _, _ in _range_findings(code, "bytes 5-1/10")]
    assert rules == ["content-range-malformed"]
    both = _range_findings(416, "bytes 5-1/10", "bytes 0-1/10")
    assert [rule for rule, _, _ in both] == [
        "content-range-malformed",
        "416-content-range-form",
    ]
