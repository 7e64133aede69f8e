"""check_response beside its request: the rules of issue 20, each reported
when broken and quiet when kept, the grammar of the fields it reads, and
the rule names docs/responses.md lists."""

from __future__ import annotations

import random
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from httpcodes import RequirementLevel, check_response
from httpcodes._abnf import (
    DAY_NAMES,
    MONTHS,
    cache_directives,
    is_challenge_list,
    is_entity_tag,
    is_link,
    media_type,
    parse_http_date,
    uri_reference_problem,
    vary_fault,
)
from httpcodes._http.dates import date_fault
from httpcodes._http.responses import CHECKS

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

DOCS = Path(__file__).resolve().parents[1] / "docs"
HOST = {"Host": "a.example"}
MUST = RequirementLevel.MUST
MUST_NOT = RequirementLevel.MUST_NOT
CONTRADICTION = RequirementLevel.CONTRADICTION
NOTE = RequirementLevel.NOTE

# -- what the request shows ---------------------------------------------------

# status, response fields, method, request fields, the rule broken.
BROKEN = [
    (101, {"Upgrade": "websocket"}, "GET", HOST, "101-protocol-not-offered"),
    (
        101,
        {"Upgrade": "h2c"},
        "GET",
        {"Upgrade": "websocket"},
        "101-protocol-not-offered",
    ),
    (
        101,
        {"Upgrade": "HTTP/3.0"},
        "GET",
        {"Upgrade": "HTTP/2.0"},
        "101-protocol-not-offered",
    ),
    (201, {"Location": "/a"}, "GET", HOST, "201-safe-method"),
    (201, {}, "OPTIONS", HOST, "201-safe-method"),
    (206, {"Content-Range": "bytes 0-1/2"}, "GET", HOST, "206-range-not-requested"),
    (304, {}, "GET", HOST, "304-unconditional"),
    (304, {}, "POST", {"If-None-Match": '"a"'}, "304-unconditional"),
    (304, {}, "GET", {"If-Match": '"a"'}, "304-unconditional"),
    (405, {"Allow": "GET, DELETE"}, "DELETE", HOST, "405-allow-lists-method"),
    (405, [("Allow", "GET"), ("Allow", "PUT")], "PUT", HOST, "405-allow-lists-method"),
    (406, {}, "GET", HOST, "406-no-negotiation"),
    (412, {}, "PUT", HOST, "412-no-precondition"),
    (412, {}, "GET", {"If-Range": '"a"', "Range": "bytes=0-1"}, "412-no-precondition"),
    (416, {"Content-Range": "bytes */2"}, "GET", HOST, "416-range-not-requested"),
    (417, {}, "POST", HOST, "417-no-expectation"),
]
# The same statuses, with requests that show what they answer.
KEPT = [
    (101, {"Upgrade": "websocket"}, "GET", {"Upgrade": "WebSocket"}),
    (101, {"Upgrade": "HTTP/2.0"}, "GET", {"Upgrade": "HTTP/2.0, websocket"}),
    (101, {"Upgrade": "websocket/13"}, "GET", {"Upgrade": "websocket"}),
    (201, {"Location": "/a"}, "POST", HOST),
    (201, {}, "PUT", HOST),
    (206, {"Content-Range": "bytes 0-1/2"}, "GET", {"Range": "bytes=0-1"}),
    (304, {}, "GET", {"If-None-Match": '"a"'}),
    (304, {}, "HEAD", {"If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT"}),
    (405, {"Allow": "GET, HEAD"}, "DELETE", HOST),
    (405, {"Allow": "get"}, "GET", HOST),  # methods are case-sensitive
    (406, {}, "GET", {"Accept": "application/json"}),
    (406, {}, "GET", {"Accept-Datetime": "Sun, 06 Nov 1994 08:49:37 GMT"}),
    (412, {}, "PUT", {"If-Match": '"a"'}),
    (412, {}, "PUT", {"If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:37 GMT"}),
    (412, {}, "PROPPATCH", {"If": "(<urn:x>)"}),
    (416, {"Content-Range": "bytes */2"}, "GET", {"Range": "bytes=5-"}),
    (417, {}, "POST", {"Expect": "x-thing"}),
]


@pytest.mark.parametrize(("status", "headers", "method", "request_", "rule"), BROKEN)
def test_the_request_shows_a_contradiction(
    status: int,
    headers: dict[str, str],
    method: str,
    request_: dict[str, str],
    rule: str,
) -> None:
    findings = check_response(status, headers, method=method, request_headers=request_)
    found = [f for f in findings if f.rule == rule]
    assert len(found) == 1, findings
    expected = MUST_NOT if rule == "101-protocol-not-offered" else CONTRADICTION
    assert found[0].level is expected
    assert str(status) in found[0].message
    assert str(status) in found[0].message_ko
    # Without the request, the rule says nothing: unknown is not wrong.
    assert rule not in [f.rule for f in check_response(status, headers, method=method)]


@pytest.mark.parametrize(("status", "headers", "method", "request_"), KEPT)
def test_the_request_shows_what_the_status_answers(
    status: int, headers: dict[str, str], method: str, request_: dict[str, str]
) -> None:
    findings = check_response(status, headers, method=method, request_headers=request_)
    assert [
        f for f in findings if f.rule in CHECKS and "request" in _group(f.rule)
    ] == []


def _group(rule: str) -> str:
    request_rules = {rule for _, _, _, _, rule in BROKEN}
    return "request" if rule in request_rules else "other"


def test_request_headers_take_the_shapes_of_headers() -> None:
    import email
    import http.client

    message = email.message_from_string(
        "Range: bytes=0-1\r\n\r\n", _class=http.client.HTTPMessage
    )
    for request_ in (message, {"Range": "bytes=0-1"}, [("range", "bytes=0-1")]):
        assert (
            check_response(
                206, {"Content-Range": "bytes 0-1/2"}, request_headers=request_
            )
            == ()
        )


@pytest.mark.parametrize(
    "request_", ["Range: bytes=0-1", 5, [("Range",)], {"Range": 1}]
)
def test_request_headers_of_the_wrong_type(request_: object) -> None:
    with pytest.raises(TypeError, match="request_headers"):
        check_response(206, request_headers=request_)  # type: ignore[arg-type]


def test_416_content_range_is_asked_only_of_a_byte_range_request() -> None:
    rule = "416-content-range-missing"
    assert rule not in [f.rule for f in check_response(416)]
    assert rule not in [f.rule for f in check_response(416, request_headers=HOST)]
    items = {"Range": "items=0-5"}
    assert rule not in [f.rule for f in check_response(416, request_headers=items)]
    (finding,) = check_response(416, request_headers={"Range": "BYTES=5-"})
    assert finding.rule == rule
    assert finding.level is RequirementLevel.SHOULD


def test_the_416_unsatisfied_form_is_for_byte_ranges() -> None:
    (finding,) = check_response(416, {"Content-Range": "bytes 0-9/100"})
    assert finding.rule == "416-content-range-form"
    assert check_response(416, {"Content-Range": "items 0-9/100"}) == ()


# -- the status, and fields it gives a meaning or none ------------------------------


@pytest.mark.parametrize(
    ("status", "rule", "reference"),
    [
        (102, "status-deprecated", "RFC 2518, Section 10.1"),
        (305, "status-deprecated", "RFC 9110, Section 15.4.6"),
        (510, "status-deprecated", "RFC 2774, Section 7"),
        (306, "status-reserved", "RFC 9110, Section 15.4.7"),
        (418, "status-reserved", "RFC 9110, Section 15.5.19"),
        (299, "status-unregistered", "RFC 9110, Section 15"),
        (599, "status-unregistered", "RFC 9110, Section 15"),
        (103, None, None),
        (104, None, None),  # temporary, not deprecated
        (200, None, None),
    ],
)
def test_the_status_itself(
    status: int, rule: str | None, reference: str | None
) -> None:
    findings = [f for f in check_response(status) if f.rule.startswith("status-")]
    if rule is None:
        assert findings == []
        return
    (finding,) = findings
    assert (finding.rule, finding.level, finding.reference) == (rule, NOTE, reference)
    assert finding.header is None
    assert str(status) in finding.message_ko


@pytest.mark.parametrize(
    ("status", "field", "rule"),
    [
        (200, "Location", "location-without-meaning"),
        (404, "Location", "location-without-meaning"),
        (202, "Location", "location-without-meaning"),
        (200, "Content-Range", "content-range-without-meaning"),
        (304, "Content-Range", "content-range-without-meaning"),
    ],
)
def test_a_field_without_meaning(status: int, field: str, rule: str) -> None:
    value = {"Location": "/x", "Content-Range": "bytes 0-1/2"}[field]
    (finding,) = check_response(status, {field: value})
    assert (finding.rule, finding.level, finding.header) == (rule, NOTE, field)


@pytest.mark.parametrize(
    ("status", "field"),
    [(201, "Location"), (300, "Location"), (304, "Location"), (399, "Location")],
)
def test_a_field_with_meaning(status: int, field: str) -> None:
    rules = [f.rule for f in check_response(status, {field: "/x"})]
    assert "location-without-meaning" not in rules


# -- field lines and values -------------------------------------------------------

# field, value, rule.
MALFORMED = [
    ("Content-Length", "12, 12", "content-length-malformed"),
    ("Content-Length", "-1", "content-length-malformed"),
    ("ETag", "v1", "etag-malformed"),
    ("ETag", '"v 1"', "etag-malformed"),
    ("ETag", 'w/"v1"', "etag-malformed"),
    ("Date", "06 Nov 1994 08:49:37 GMT", "date-malformed"),
    ("Date", "Sun, 31 Feb 1994 08:49:37 GMT", "date-malformed"),
    ("Date", "Sun, 06 Nov 1994 24:00:00 GMT", "date-malformed"),
    ("Last-Modified", "yesterday", "last-modified-malformed"),
    ("Expires", "0", "expires-malformed"),
    ("Age", "-5", "age-malformed"),
    ("Cache-Control", "max-age=abc", "cache-control-malformed"),
    ("Cache-Control", 'max-age="60"', "cache-control-malformed"),
    ("Cache-Control", "max-age", "cache-control-malformed"),
    ("Cache-Control", "no-cache no-store", "cache-control-malformed"),
    ("Cache-Control", "private,,max-age=0", "cache-control-malformed"),
    ("Vary", "Accept Encoding", "vary-malformed"),
    ("Vary", "Accept,", "vary-malformed"),
    ("Link", "https://a.example/; rel=next", "link-malformed"),
    ("Link", "<https://a.example/> rel=next", "link-malformed"),
    ("Link", "<https://a.example/a b>", "link-malformed"),
    ("Content-Type", "text", "content-type-malformed"),
    ("Content-Type", "text/html; charset", "content-type-malformed"),
    ("WWW-Authenticate", "Basic a b", "www-authenticate-malformed"),
    ("WWW-Authenticate", "realm=x", "www-authenticate-malformed"),
    ("WWW-Authenticate", "Bearer abc==, realm=x", "www-authenticate-malformed"),
    ("Proxy-Authenticate", 'Basic realm="x', "proxy-authenticate-malformed"),
    ("X-Custom", "a\x00b", "field-value-invalid"),
    ("X-Custom", "a\r\nb", "field-value-invalid"),
    ("X-Custom", "\u0100", "field-value-invalid"),
]


@pytest.mark.parametrize(("field", "value", "rule"), MALFORMED)
def test_a_malformed_value(field: str, value: str, rule: str) -> None:
    findings = [f for f in check_response(200, {field: value}) if f.rule == rule]
    assert len(findings) == 1
    (finding,) = findings
    assert finding.level is MUST_NOT
    assert finding.header == field
    assert repr(value)[1:-1][:20] in finding.message or rule == "field-value-invalid"


WELL_FORMED = [
    ("Content-Length", "0"),
    ("ETag", 'W/"v1"'),
    ("ETag", '""'),
    ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
    ("Date", "Sat, 31 Dec 2016 23:59:60 GMT"),  # a leap second
    ("Expires", "Thu, 29 Feb 2024 00:00:00 GMT"),
    ("Age", "0"),
    ("Cache-Control", 'no-cache="Set-Cookie, Vary", max-age=0, public'),
    ("Cache-Control", 's-maxage=30, stale-while-revalidate=60, x-ext="a,b"'),
    ("Vary", "*"),
    ("Vary", "Accept-Encoding, accept-language"),
    ("Link", '</a,b>; rel=preload; as=style, <https://x.example/>; rel="next"'),
    ("Link", "<x>; rel"),
    ("Content-Type", 'multipart/byteranges; boundary="a b"'),
    ("Content-Type", "text/plain;;charset=utf-8"),
    ("WWW-Authenticate", 'Basic realm="a", Bearer realm="b", error="x"'),
    ("WWW-Authenticate", "Negotiate abc+/def=="),
    ("WWW-Authenticate", "Bearer"),
    ("Proxy-Authenticate", 'Basic realm = "proxy"'),
    ("X-Custom", "tab\there, obs-text \u00e9"),
]


@pytest.mark.parametrize(("field", "value"), WELL_FORMED)
def test_a_well_formed_value(field: str, value: str) -> None:
    assert check_response(200, {field: value}) == ()


def test_a_field_name_that_is_not_a_token() -> None:
    (finding,) = check_response(200, {"Bad Name": "x"})
    assert (finding.rule, finding.level, finding.header) == (
        "field-name-invalid",
        MUST_NOT,
        "Bad Name",
    )


@pytest.mark.parametrize(
    ("field", "first", "second", "rule"),
    [
        ("Content-Type", "text/html", "text/plain", "field-conflict"),
        ("ETag", '"a"', '"b"', "field-conflict"),
        ("Content-Length", "5", "5", "field-repeated"),
        (
            "Date",
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "field-repeated",
        ),
    ],
)
def test_a_single_value_field_twice(
    field: str, first: str, second: str, rule: str
) -> None:
    findings = check_response(200, [(field, first), (field.upper(), second)])
    assert [(f.rule, f.level, f.header) for f in findings] == [(rule, MUST_NOT, field)]


def test_a_list_field_may_come_twice() -> None:
    assert check_response(200, [("Vary", "Accept"), ("Vary", "Origin")]) == ()
    assert (
        check_response(
            200, [("Cache-Control", "no-store"), ("Cache-Control", "no-cache")]
        )
        == ()
    )


# -- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["Date", "Last-Modified", "Expires", "Retry-After"])
def test_a_weekday_that_does_not_fit_is_a_note(field: str) -> None:
    # 6 November 1994 was a Sunday: the grammar matches, the day name does
    # not fit; worth a note, not a grammar violation.
    status = 503 if field == "Retry-After" else 200
    (finding,) = check_response(status, {field: "Mon, 06 Nov 1994 08:49:37 GMT"})
    assert (finding.rule, finding.level) == ("http-date-weekday", NOTE)


@pytest.mark.parametrize(
    "value", ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]
)
@pytest.mark.parametrize("field", ["Date", "Last-Modified", "Retry-After"])
def test_an_obsolete_date_form(field: str, value: str) -> None:
    status = 503 if field == "Retry-After" else 200
    (finding,) = check_response(status, {field: value})
    assert (finding.rule, finding.level) == ("http-date-obsolete", MUST)
    assert finding.reference == "RFC 9110, Section 5.6.7"


def test_date_fault_agrees_with_the_calendar() -> None:
    # datetime, not the code under test, says which days exist and their
    # weekday.
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rnd = random.Random(20)
    for _ in range(5000):
        year, month, day = rnd.randint(1, 9999), rnd.randint(1, 12), rnd.randint(1, 31)
        name = rnd.choice(DAY_NAMES)
        text = f"{name}, {day:02} {MONTHS[month - 1]} {year:04} 12:00:00 GMT"
        date = parse_http_date(text)
        assert date is not None
        try:
            real = datetime(year, month, day)
        except ValueError:
            assert date_fault(date, now) == "day", text
            continue
        expected = None if DAY_NAMES[real.weekday()] == name else "weekday"
        assert date_fault(date, now) == expected, text


# -- the grammar, directly -------------------------------------------------------------


def test_grammar_readers() -> None:
    assert is_entity_tag('"x"')
    assert is_entity_tag('W/"x"')
    assert not is_entity_tag("W/x")
    assert media_type("Text/HTML; q=1") == "text/html"
    assert media_type("text/html; q=") is None
    assert cache_directives('A=1, b="x,y"') == [("a", "1"), ("b", '"x,y"')]
    assert cache_directives("a=") is None
    assert vary_fault("a, *") is None
    assert vary_fault("a, b c") == "b c"
    assert is_challenge_list("A, B x=1, y=2, C tok68==")
    assert not is_challenge_list("")
    assert not is_challenge_list("A tok68==, x=1")
    assert is_link("<a>")
    assert not is_link("<a>;")
    assert uri_reference_problem("http://[::1]:8080/p") is None
    assert uri_reference_problem("http://[::1/") == ("character", 8, 1)
    assert uri_reference_problem("/p?q=[1]") == ("character", 6, 1)


# RFC 3986, Section 3.2.2: "[" and "]" belong only around an IP-literal
# host, right after "//" (and any userinfo "@"), followed by nothing, a port
# or the end of the authority.  Positions count from 1.
BRACKETS = [
    ("http://[::1]/", None),
    ("http://[::1]:8080/x", None),
    ("http://user@[::1]:80/", None),
    ("//[v1.x]/a", None),
    ("http://[::1]?q", None),
    ("http://[::1]#f", None),
    ("http://[::1]:", None),
    ("http://[::1]x/", ("character", 8, 1)),
    ("http://[::1]:8a/", ("character", 8, 1)),
    ("http://[::1]@x/", ("character", 8, 1)),
    ("http://a/[x]", ("character", 10, 1)),
    ("http://[::1]/]", ("character", 14, 1)),
    ("http://a]/", ("character", 9, 1)),
    ("http://a[::1]/", ("character", 9, 1)),
    ("/[x]", ("character", 2, 1)),
    ("/a//[::1]/", ("character", 5, 1)),
    ("?//[::1]", ("character", 4, 1)),
]


@pytest.mark.parametrize(("value", "problem"), BRACKETS)
def test_brackets_stand_only_around_an_ip_literal(
    value: str, problem: tuple[str, int, int] | None
) -> None:
    assert uri_reference_problem(value) == problem


@pytest.mark.parametrize("size", [1_000, 100_000])
def test_the_readers_do_not_backtrack(size: int) -> None:
    # Long hostile values get an answer (a finding), not a hang or an error.
    for field, value in [
        ("Link", "<" * size),
        ("WWW-Authenticate", "a " + "=" * size),
        ("Cache-Control", '"' * size),
        ("Vary", "," * size),
        ("Content-Type", "a/b" + ";" * size),
        ("Location", "[" * size),
    ]:
        findings = check_response(200, {field: value})
        assert all(f.level.rank <= 4 for f in findings)


# -- the rules docs/responses.md lists ------------------------------------------------

_ROW = re.compile(r"^\| `([a-z0-9-]+)` \| ([A-Z ]+) \| ([^|]+) \| `([^`]+)` \|", re.M)
# What the reference column says where the status code's own reference is
# given (docs/style.ko.md: no English words in Korean text).
_OWN_REFERENCE = {
    "responses.md": "the code's own",
    "responses.ko.md": "코드 자체의 참조",
}


@pytest.mark.parametrize("page", ["responses.md", "responses.ko.md"])
def test_every_check_is_documented_with_a_running_example(page: str) -> None:
    import shlex

    rows = _ROW.findall((DOCS / page).read_text(encoding="utf-8"))
    documented = {
        rule: (level, reference.strip(), example)
        for rule, level, reference, example in rows
    }
    assert set(documented) == set(CHECKS), set(documented) ^ set(CHECKS)
    for rule, (level, reference, example) in documented.items():
        expected_level, expected_reference = CHECKS[rule]
        assert level == str(expected_level), rule
        assert reference == (expected_reference or _OWN_REFERENCE[page]), rule
        words = shlex.split(example)
        assert words[:2] == ["httpcodes", "check"], example
        status, headers, request_, method = int(words[2]), [], [], "GET"
        for flag, value in zip(words[3::2], words[4::2], strict=True):
            name, _, field = value.partition(":")
            if flag == "-H":
                headers.append((name, field.strip()))
            elif flag == "-R":
                request_.append((name, field.strip()))
            else:
                assert flag == "--method", example
                method = value
        findings = check_response(
            status, headers, method=method, request_headers=request_
        )
        assert rule in [f.rule for f in findings], example


# -- what each finding says, word for word ----------------------------------------
#
# The words are the catalogue's (src/httpcodes/_data/messages.py), read and
# frozen here: a finding that names the wrong field, value or method fails.

WORDED = [
    (
        101,
        {"Upgrade": "h2c"},
        {"Host": "a"},
        "GET",
        "101-protocol-not-offered",
        "Upgrade",
        "A 101 response switches protocols, and the request has no Upgrade. A"
        " server MUST NOT switch to a protocol that the client did not offer in"
        " Upgrade (RFC 9110, Section 7.8).",
    ),
    (
        101,
        {"Upgrade": "websocket/13"},
        {"Upgrade": "h2c, foo/2"},
        "GET",
        "101-protocol-not-offered",
        "Upgrade",
        "A 101 response switches to 'websocket/13', which the request's Upgrade"
        " ('h2c, foo/2') does not offer. A server MUST NOT switch to a protocol"
        " that the client did not offer (RFC 9110, Section 7.8).",
    ),
    (
        201,
        {"Location": "/x"},
        {"Host": "a"},
        "GET",
        "201-safe-method",
        None,
        "A 201 response says that the request created a resource, but GET is a"
        " safe method, one that asks for no change on the server (RFC 9110,"
        " Sections 9.2.1 and 15.3.2).",
    ),
    (
        405,
        [("Allow", "GET"), ("allow", "POST")],
        {"Host": "a"},
        "POST",
        "405-allow-lists-method",
        "Allow",
        "A 405 response refuses the method POST, but its Allow lists POST among"
        " the methods the resource supports ('GET, POST') (RFC 9110, Section"
        " 15.5.6).",
    ),
    (
        200,
        {"Date": "Sunday, 06-Nov-94 08:49:37 GMT"},
        (),
        "GET",
        "http-date-obsolete",
        "Date",
        "The Date value 'Sunday, 06-Nov-94 08:49:37 GMT' is in the obsolete"
        " rfc850-date form; a sender MUST generate HTTP-dates as IMF-fixdate,"
        " such as 'Sun, 06 Nov 1994 08:49:37 GMT' (RFC 9110, Section 5.6.7).",
    ),
    (
        200,
        {"Expires": "Mon, 06 Nov 1994 08:49:37 GMT"},
        (),
        "GET",
        "http-date-weekday",
        "Expires",
        "The Expires value 'Mon, 06 Nov 1994 08:49:37 GMT' names a day of the"
        " week that does not fit its date. The grammar allows it, and recipients"
        " go by the date, but a person reading it is misled (RFC 9110, Section"
        " 5.6.7).",
    ),
    (
        200,
        {"Vary": "a, , b"},
        (),
        "GET",
        "vary-malformed",
        "Vary",
        "The Vary value 'a, , b' does not match its grammar: an empty list"
        " element (RFC 9110, Section 5.6.1.1). A sender MUST NOT generate it"
        " (RFC 9110, Section 2.2).",
    ),
]


@pytest.mark.parametrize("case", WORDED, ids=[case[4] for case in WORDED])
def test_what_a_finding_says(case: tuple[Any, ...]) -> None:
    status, headers, request_, method, rule, header, message = case
    findings = check_response(status, headers, method=method, request_headers=request_)
    assert [(f.rule, f.header, f.message) for f in findings] == [
        (rule, header, message)
    ]


def test_protocol_names_in_upgrade_compare_without_case() -> None:
    # RFC 9110, Section 7.8: protocol names are case-insensitive.
    assert (
        check_response(101, {"Upgrade": "H2C"}, request_headers={"Upgrade": "h2c"})
        == ()
    )


def test_the_range_unit_is_what_precedes_the_first_equals_sign() -> None:
    # RFC 9110, Section 14.2: ranges-specifier = range-unit "=" range-set; an
    # other-range may hold "=", the unit never does.
    findings = check_response(416, {}, request_headers={"Range": "bytes=0-1=2"})
    assert "416-content-range-missing" in {f.rule for f in findings}
    assert check_response(416, {}, request_headers={"Range": "items=0-1=2"}) == ()


@pytest.mark.parametrize(
    ("method", "request_", "says", "says_ko"),
    [
        ("GET", {"If-Match": '"a"'}, "this GET request has neither", "이 GET 요청에는"),
        ("HEAD", HOST, "this HEAD request has neither", "이 HEAD 요청에는"),
        ("POST", {"If-None-Match": '"a"'}, "this is a POST request", "이 요청은 POST"),
    ],
)
def test_a_304_says_what_its_request_lacks(
    method: str, request_: dict[str, str], says: str, says_ko: str
) -> None:
    """The review of issue 22, item 13: a conditional GET that has neither
    If-None-Match nor If-Modified-Since is told so, not that it is no
    conditional request; a request of another method is told its method."""
    (finding,) = check_response(304, method=method, request_headers=request_)
    assert finding.rule == "304-unconditional"
    assert says in finding.message
    assert says_ko in finding.message_ko
    lacks = "두 헤더가 모두 없음" in finding.message_ko
    assert lacks is (method != "POST"), finding.message_ko


@pytest.mark.parametrize(
    ("upgrade", "shown"), [("websocket", "'websocket'"), ("h2c/1", "'h2c/1'")]
)
def test_a_protocol_not_offered_is_named_with_what_was(
    upgrade: str, shown: str
) -> None:
    request = {"Upgrade": "HTTP/2.0, foo", "Connection": "upgrade"}
    (finding,) = check_response(
        101, {"Upgrade": upgrade, "Connection": "upgrade"}, request_headers=request
    )
    assert finding.message == (
        f"A 101 response switches to {shown}, which the request's Upgrade"
        " ('HTTP/2.0, foo') does not offer. A server MUST NOT switch to a"
        " protocol that the client did not offer (RFC 9110, Section 7.8)."
    )


def _malformed(header: str, value: str, why: str, section: str) -> str:
    return (
        f"The {header} value {value!r} does not match its grammar: {why}"
        f" ({section}). A sender MUST NOT generate it (RFC 9110, Section 2.2)."
    )


EMPTY = "an empty list element"


@pytest.mark.parametrize(
    ("code", "header", "value", "message"),
    [
        (
            200,
            "Link",
            "<a>, , <b>",
            _malformed("Link", "<a>, , <b>", EMPTY, "RFC 9110, Section 5.6.1.1"),
        ),
        (200, "Link", "<a,,b>; rel=x", None),  # commas inside <...> separate nothing
        (
            401,
            "WWW-Authenticate",
            'Basic realm="x", , Bearer',
            _malformed(
                "WWW-Authenticate",
                'Basic realm="x", , Bearer',
                EMPTY,
                "RFC 9110, Section 5.6.1.1",
            ),
        ),
        (
            200,
            "Cache-Control",
            "max-age",
            _malformed(
                "Cache-Control",
                "max-age",
                "max-age takes delta-seconds, a whole number of seconds in the"
                " token form, not ''",
                "RFC 9111, Section 1.2.2",
            ),
        ),
    ],
)
def test_a_list_field_says_what_in_it_breaks_the_grammar(
    code: int, header: str, value: str, message: str | None
) -> None:
    fields = {header: value, "Content-Type": "text/plain"}
    found = [f.message for f in check_response(code, fields, has_content=True)]
    assert found == ([] if message is None else [message])


@pytest.mark.parametrize(
    ("digits", "shown"),
    [(80, "9" * 80), (81, "9" * 20 + "... (a number of 81 digits)")],
)
def test_a_position_is_quoted_whole_up_to_80_digits(digits: int, shown: str) -> None:
    value = f"bytes {'9' * digits}-1/*"
    (finding,) = check_response(
        206, {"Content-Range": value, "Content-Type": "text/plain"}, has_content=True
    )
    assert finding.message.endswith(
        f"the last position 1 is before the first {shown}. A sender MUST NOT"
        " generate it (RFC 9110, Section 2.2)."
    )


@pytest.mark.parametrize(
    ("value", "form_ko"),
    [
        ("Sunday, 06-Nov-94 08:49:37 GMT", "RFC 850"),
        ("Sun Nov  6 08:49:37 1994", "ANSI C asctime()"),
    ],
)
def test_an_obsolete_date_form_is_named_in_korean_words(
    value: str, form_ko: str
) -> None:
    (finding,) = check_response(
        200, {"Date": value, "Content-Type": "text/plain"}, has_content=True
    )
    assert finding.rule == "http-date-obsolete"
    assert finding.message_ko == (
        f"Date 헤더 값({value!r})이 옛 {form_ko} 형식임. 보내는 쪽은 HTTP-date를"
        " 'Sun, 06 Nov 1994 08:49:37 GMT' 같은 IMF-fixdate 형식으로 만들어야 함"
        "(MUST, RFC 9110, Section 5.6.7)"
    )


def _messages(headers: Any) -> list[tuple[str, str]]:
    found = check_response(200, headers, has_content=True)
    return [(f.rule, f.message) for f in found if f.rule != "content-type-missing"]


def test_a_field_value_names_its_first_bad_character_and_where_it_is() -> None:
    assert _messages({"X-A": "fine", "X-B": "ab\x01c"}) == [
        (
            "field-value-invalid",
            "The X-B value 'ab\\x01c' holds U+0001 at position 3; a field value"
            " holds only visible characters, spaces, tabs and obs-text, and CR,"
            " LF and NUL in one are dangerous. A sender MUST NOT generate it"
            " (RFC 9110, Sections 2.2 and 5.5).",
        )
    ]


def test_a_single_field_sent_twice_is_named_repeated_or_conflicting() -> None:
    twice = [("Content-Length", "5"), ("Content-Length", "5")]
    assert _messages(twice) == [
        (
            "field-repeated",
            "Content-Length is sent 2 times; it holds a single value, so a"
            " sender MUST NOT generate more than one field line.",
        )
    ]
    apart = [("Content-Length", "5"), ("Content-Length", "6")]
    assert _messages(apart) == [
        (
            "field-conflict",
            "Content-Length is sent 2 times with different values; it holds a"
            " single value, so a recipient cannot tell which one holds, and a"
            " sender MUST NOT generate more than one field line (RFC 9110,"
            " Section 5.3).",
        )
    ]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (
            5,
            "headers must be a mapping or an iterable of (name, value) pairs,"
            " not int (5)",
        ),
        ([5], "each of the headers must be a (name, value) pair, not int (5)"),
        (
            [("a",)],
            "each of the headers must be a (name, value) pair, not tuple"
            " (a tuple object)",
        ),
    ],
)
def test_headers_of_the_wrong_shape_are_refused_by_what_they_are(
    headers: Any, message: str
) -> None:
    with pytest.raises(TypeError) as info:
        check_response(200, headers)
    assert str(info.value) == message


def test_the_rules_for_a_code_are_gathered_once_from_all_its_class_and_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from httpcodes._http import responses

    monkeypatch.setattr(responses, "_RULES_BY_CODE", {})
    rules = responses.rules_for(405)
    assert rules is responses.rules_for(405)
    kinds = {rule.applies_to for rule in rules}
    assert kinds == {"all", "4xx", "405"}
    assert any(r.header == "Allow" and r.level == RequirementLevel.MUST for r in rules)
    assert all(rule.applies_to not in ("3xx", "404") for rule in rules)


def test_an_unregistered_code_is_named_with_what_a_client_makes_of_it() -> None:
    (finding,) = check_response(599, {})
    assert finding.message == (
        "599 is not registered with IANA, so a client that does not know it"
        " treats it as 500 (RFC 9110, Section 15)."
    )
    assert finding.message_ko == (
        "599는 IANA에 등록되지 않은 코드라서 이 코드를 모르는 클라이언트는"
        " 500으로 처리함 (RFC 9110, Section 15)"
    )


def test_content_range_outside_206_and_416_names_the_code_it_came_with() -> None:
    headers = {"Content-Range": "bytes 0-1/2", "Content-Type": "text/plain"}
    assert _messages(headers) == [
        (
            "content-range-without-meaning",
            "Content-Range has a defined meaning only in 206 and 416 responses;"
            " in a 200 response it has none, and a cache or client may misread"
            " it (RFC 9110, Section 14.4).",
        )
    ]


def test_a_value_keeps_what_is_not_ows_at_its_ends() -> None:
    """OWS is spaces and tabs only (RFC 9110, Section 5.6.3): a vertical tab
    at the end is part of the value, and no field value may hold it."""
    assert [rule for rule, _ in _messages({"X-A": "a\x0b"})] == ["field-value-invalid"]


def test_every_field_is_checked_after_one_with_a_grammar_of_its_own() -> None:
    found = _messages({"Allow": "GET", "X-B": "ab\x01c"})
    assert [rule for rule, _ in found] == ["field-value-invalid"]
    # and every value of a field, after one that is delay-seconds
    twice = _messages([("Retry-After", "120"), ("Retry-After", "soon")])
    assert [rule for rule, _ in twice] == ["field-conflict", "retry-after-malformed"]


def test_the_protocols_offered_on_several_lines_are_listed_together() -> None:
    request = [("Upgrade", "h2c"), ("Upgrade", "foo"), ("Connection", "upgrade")]
    (finding,) = check_response(
        101, {"Upgrade": "websocket", "Connection": "upgrade"}, request_headers=request
    )
    assert "the request's Upgrade ('h2c, foo') does not offer" in finding.message
