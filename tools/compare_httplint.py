"""Compare ``check_response`` with httplint on a corpus of HTTP exchanges.

httplint (https://github.com/mnot/httplint, the linter behind REDbot) is an
optional tool dependency, never a runtime one::

    pip install httplint
    python tools/compare_httplint.py            # the agreement table
    python tools/compare_httplint.py --details  # and every disagreement
    python tools/compare_httplint.py --quick    # fewer timing rounds

The corpus is built here, deterministically, from the exchanges in
``corpus()``: every registered code and a few unregistered ones with a
conforming request and response, then variants that break one rule each
(a request without the field the status answers, a field on the wrong
status, a malformed value, a repeated field), and values that are right but
easy to get wrong.  The same exchanges go to both tools.

Each finding of either tool is reduced to a *topic* (``syntax:etag``,
``request:206``, ``status:unregistered``, ...) so that the two can be
matched; ``TOPICS`` says which httplint note is which topic.  httplint's
notes of level "bad" or "warning" count; its "info" and "good" notes are
explanations, not problems.  Notes about topics httpcodes does not check at
all (caching, CORS, content, cookies, security policies ...) are counted
apart, as out of scope.

Timing: ``check_response`` on every exchange against httplint linting the
same request and response (building its request and response linters,
feeding the headers and content), each the best of several rounds, per
exchange.  The script reports; it does not judge, and exits 0 either way.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    import httpcodes
except ImportError:  # not installed: fall back to the checkout's src/
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import httpcodes

from httpcodes import Finding, StatusCode, check_response

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Exchange:
    """One request and its response; ``request`` empty when not known."""

    label: str
    status: int
    headers: Pairs
    method: str = "GET"
    request: Pairs = ()
    content: bytes = b""


# -- the corpus ---------------------------------------------------------------

DATE = "Sun, 06 Nov 1994 08:49:37 GMT"
BASE_REQUEST: Pairs = (
    ("Host", "www.example.com"),
    ("User-Agent", "compare/1.0"),
    ("Accept", "*/*"),
)

# What a conforming exchange with each code carries beside the base fields:
# response fields, request fields, method.
NEEDS: dict[int, tuple[Pairs, Pairs, str]] = {
    100: ((), (("Expect", "100-continue"),), "PUT"),
    101: (
        (("Upgrade", "websocket"), ("Connection", "Upgrade")),
        (("Upgrade", "websocket"), ("Connection", "Upgrade")),
        "GET",
    ),
    201: ((("Location", "/items/7"),), (), "POST"),
    202: ((), (), "POST"),
    204: ((), (), "PUT"),
    206: ((("Content-Range", "bytes 0-9/100"),), (("Range", "bytes=0-9"),), "GET"),
    300: ((("Location", "/doc.en"),), (), "GET"),
    301: ((("Location", "https://www.example.com/new"),), (), "GET"),
    302: ((("Location", "/elsewhere"),), (), "GET"),
    303: ((("Location", "/result/1"),), (), "POST"),
    304: ((("ETag", '"v1"'),), (("If-None-Match", '"v1"'),), "GET"),
    305: ((("Location", "http://proxy.example/"),), (), "GET"),
    307: ((("Location", "/temp"),), (), "POST"),
    308: ((("Location", "/perm"),), (), "PUT"),
    401: ((("WWW-Authenticate", 'Basic realm="api"'),), (), "GET"),
    405: ((("Allow", "GET, HEAD"),), (), "DELETE"),
    406: ((), (("Accept-Language", "fr"),), "GET"),
    407: ((("Proxy-Authenticate", 'Basic realm="proxy"'),), (), "GET"),
    412: ((), (("If-Match", '"v2"'),), "PUT"),
    416: ((("Content-Range", "bytes */100"),), (("Range", "bytes=200-300"),), "GET"),
    417: ((), (("Expect", "something-else"),), "POST"),
    426: ((("Upgrade", "HTTP/2.0"), ("Connection", "Upgrade")), (), "GET"),
    451: ((("Link", '<https://blocker.example/>; rel="blocked-by"'),), (), "GET"),
}


def _content(status: int, method: str) -> bytes:
    if method == "HEAD" or status < 200 or status in (204, 304):
        return b""
    if status == 206:
        return b"0123456789"
    return b"<p>hello</p>"


def _exchange(
    label: str,
    status: int,
    extra: Pairs = (),
    *,
    method: str | None = None,
    request: Pairs | None = None,
    drop: tuple[str, ...] = (),
    content_type: str = "text/html; charset=utf-8",
) -> Exchange:
    """A conforming exchange for ``status``, with ``extra`` response fields
    added (a name already present is replaced) and the fields in ``drop``
    taken out."""
    needs, needs_request, needs_method = NEEDS.get(status, ((), (), "GET"))
    verb = method or needs_method
    content = _content(status, verb)
    fields: list[tuple[str, str]] = [("Date", DATE), ("Server", "origin/1.0")]
    if content:
        fields.append(("Content-Type", content_type))
        fields.append(("Content-Length", str(len(content))))
    if status >= 200:
        fields.append(("Cache-Control", "max-age=60"))
    fields.extend(needs)
    names = {name.lower() for name, _ in extra}
    fields = [(n, v) for n, v in fields if n.lower() not in names]
    fields.extend(extra)
    fields = [(n, v) for n, v in fields if n not in drop]
    asked = BASE_REQUEST + needs_request if request is None else request
    return Exchange(label, status, tuple(fields), verb, asked, content)


UNREGISTERED = (199, 299, 399, 499, 599, 520)

# Values that are right, though easy to get wrong (neither tool should
# speak), and values that are wrong, each with the field it goes in.
GOOD_VALUES: tuple[tuple[str, str], ...] = (
    ("ETag", 'W/"v1"'),
    ("ETag", '""'),
    ("ETag", '"a-b_c.d"'),
    ("Cache-Control", "no-cache, no-store, must-revalidate"),
    ("Cache-Control", 'private="Set-Cookie", max-age=0'),
    ("Cache-Control", "public, max-age=31536000, immutable"),
    ("Cache-Control", "s-maxage=30, stale-while-revalidate=60"),
    ("Vary", "Accept-Encoding, Accept-Language"),
    ("Vary", "*"),
    ("Link", "</style.css>; rel=preload; as=style"),
    ("Link", '<https://a.example/>; rel="next", <https://a.example/p1>; rel="prev"'),
    ("Link", "<https://a.example/x,y>; rel=alternate; hreflang=de"),
    ("Content-Type", "application/json"),
    ("Content-Type", 'multipart/form-data; boundary="a b"'),
    ("Content-Type", "text/plain;charset=us-ascii"),
    ("Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT"),
    ("Expires", "Sun, 06 Nov 1994 09:49:37 GMT"),
    ("Age", "0"),
    ("Content-Language", "en, ko"),
    ("X-Request-Id", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"),
)
BAD_VALUES: tuple[tuple[str, str], ...] = (
    ("ETag", "v1"),
    ("ETag", '"v 1"'),
    ("ETag", 'w/"v1"'),
    ("ETag", '"v1'),
    ("Content-Length", "12, 12"),
    ("Content-Length", "-1"),
    ("Content-Length", "1e3"),
    ("Content-Length", "twelve"),
    ("Date", "06 Nov 1994 08:49:37 GMT"),
    ("Date", "Sunday, 06-Nov-94 08:49:37 GMT"),
    ("Date", "Sun Nov  6 08:49:37 1994"),
    ("Date", "Sun, 06 Nov 1994 08:49:37 UTC"),
    ("Date", "sun, 06 nov 1994 08:49:37 GMT"),
    ("Date", "Sun, 31 Feb 1994 08:49:37 GMT"),
    ("Date", "Sun, 06 Nov 1994 25:49:37 GMT"),
    ("Last-Modified", "yesterday"),
    ("Last-Modified", "1994-11-06T08:49:37Z"),
    ("Last-Modified", "Sunday, 06-Nov-94 08:49:37 GMT"),
    ("Expires", "0"),
    ("Expires", "-1"),
    ("Expires", "Thu, 01 Jan 1970 00:00:00"),
    ("Cache-Control", "max-age=abc"),
    ("Cache-Control", 'max-age="60"'),
    ("Cache-Control", "max-age"),
    ("Cache-Control", "no-cache no-store"),
    ("Cache-Control", "max-age = 60"),
    ("Cache-Control", "private,,max-age=0"),
    ("Cache-Control", 's-maxage="10"'),
    ("Vary", "Accept Encoding"),
    ("Vary", "Accept-Encoding,"),
    ("Vary", "User-Agent; q=1"),
    ("Link", "https://a.example/; rel=next"),
    ("Link", "<https://a.example/> rel=next"),
    ("Link", '<https://a.example/>; rel="next'),
    ("Link", "<https://a.example/a b>; rel=next"),
    ("Link", "<https://a.example/>; =next"),
    ("Content-Type", "text"),
    ("Content-Type", "text/html; charset"),
    ("Content-Type", "text/html charset=utf-8"),
    ("Content-Type", "text /html"),
    ("Content-Type", "text/html; charset=utf 8"),
    ("Age", "-5"),
    ("Age", "1.5"),
    ("Location", "/a b"),
    ("Location", "/caf\u00e9"),
    ("Location", "http://[::1"),
    ("Retry-After", "soon"),
    ("Retry-After", "1.5"),
    ("Allow", "GET HEAD"),
    ("Allow", "GET,,HEAD"),
    ("Content-Range", "bytes 0-9"),
    ("Content-Range", "bytes 9-0/100"),
    ("X-Broken", "a\x00b"),
    ("X-Broken", "line\x0bfeed"),
)
CHALLENGES_GOOD: tuple[str, ...] = (
    'Basic realm="api"',
    "Bearer",
    'Bearer realm="example", error="invalid_token"',
    "Negotiate a87421000492aa874209af8bc028",
    'Basic realm="a", Bearer realm="b"',
    'Newauth realm=apps, type=1, title="Login to \\"apps\\""',
    'Digest realm="x", qop="auth,auth-int", nonce="abc"',
)
CHALLENGES_BAD: tuple[str, ...] = (
    "Basic a b",
    'Basic realm="api',
    "realm=api",
    "Basic realm=api,",
    "Bearer abc==, realm=x",
    "Basic realm=a b",
)


def corpus() -> list[Exchange]:  # noqa: PLR0912 - one list, built in order
    """Every exchange, in a fixed order."""
    out: list[Exchange] = []
    codes = [member.code for member in StatusCode] + list(UNREGISTERED)
    # 1. A conforming exchange for every code, and the same without the
    #    request (the request-dependent rules then say nothing).
    for code in codes:
        out.append(_exchange(f"{code} conforming", code))
    for code in codes:
        base = _exchange(f"{code} without request", code)
        out.append(
            Exchange(base.label, code, base.headers, base.method, (), base.content)
        )
    # 2. The request does not show what the status answers.
    for code in (100, 101, 206, 304, 406, 412, 416, 417):
        out.append(_exchange(f"{code} to a plain request", code, request=BASE_REQUEST))
    out.append(_exchange("304 to a POST", 304, method="POST"))
    out.append(
        _exchange(
            "304 with If-Match only",
            304,
            request=(*BASE_REQUEST, ("If-Match", '"v1"')),
        )
    )
    out.append(
        _exchange(
            "412 with If-Range only",
            412,
            request=(*BASE_REQUEST, ("If-Range", '"v1"')),
        )
    )
    out.append(_exchange("406 without Accept", 406, request=(("Host", "a.example"),)))
    out.append(
        _exchange(
            "417 to 100-continue",
            417,
            request=(*BASE_REQUEST, ("Expect", "100-continue")),
        )
    )
    out.append(_exchange("101 to another protocol", 101, (("Upgrade", "h2c"),)))
    out.append(
        _exchange(
            "101 to a protocol version",
            101,
            (("Upgrade", "HTTP/2.0"),),
            request=(
                *BASE_REQUEST,
                ("Upgrade", "HTTP/2.0, websocket"),
                ("Connection", "Upgrade"),
            ),
        )
    )
    out.append(_exchange("405 allowing the method", 405, (("Allow", "GET, DELETE"),)))
    out.append(
        _exchange(
            "405 allowing HEAD to HEAD", 405, (("Allow", "GET, HEAD"),), method="HEAD"
        )
    )
    for method in ("GET", "HEAD", "OPTIONS", "PUT"):
        out.append(_exchange(f"201 to {method}", 201, method=method))
    out.append(
        _exchange(
            "206 to a Range with another unit",
            206,
            (("Content-Range", "items 0-9/100"),),
            request=(*BASE_REQUEST, ("Range", "items=0-9")),
        )
    )
    # 3. Fields on a status that gives them no meaning, fields missing.
    for code in (200, 202, 204, 304, 400, 404, 500):
        out.append(_exchange(f"Location on {code}", code, (("Location", "/x"),)))
    for code in (200, 404, 304, 500):
        out.append(
            _exchange(
                f"Content-Range on {code}", code, (("Content-Range", "bytes 0-9/100"),)
            )
        )
    for code in (301, 302, 303, 307, 308):
        out.append(_exchange(f"{code} without Location", code, drop=("Location",)))
    for code, field in (
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (426, "Upgrade"),
        (101, "Upgrade"),
        (206, "Content-Range"),
        (416, "Content-Range"),
        (451, "Link"),
        (201, "Location"),
    ):
        out.append(_exchange(f"{code} without {field}", code, drop=(field,)))
    out.append(
        _exchange(
            "451 with another Link",
            451,
            (("Link", '<https://a.example/>; rel="help"'),),
        )
    )
    out.append(
        _exchange(
            "206 multipart with Content-Range",
            206,
            content_type="multipart/byteranges; boundary=THIS",
        )
    )
    out.append(_exchange("206 with */length", 206, (("Content-Range", "bytes */100"),)))
    out.append(
        _exchange("416 with a range", 416, (("Content-Range", "bytes 0-9/100"),))
    )
    out.append(
        _exchange(
            "416 with an items range",
            416,
            (("Content-Range", "items 0-9/100"),),
            request=(*BASE_REQUEST, ("Range", "items=200-300")),
        )
    )
    out.append(
        _exchange(
            "416 without Content-Range to no Range",
            416,
            drop=("Content-Range",),
            request=BASE_REQUEST,
        )
    )
    for field, value in (
        ("Content-Type", "text/plain"),
        ("Content-Encoding", "gzip"),
        ("Content-Language", "en"),
    ):
        out.append(_exchange(f"304 with {field}", 304, ((field, value),)))
    out.append(_exchange("304 without Date", 304, drop=("Date",)))
    for code in (100, 204):
        out.append(
            _exchange(f"{code} with Content-Length", code, (("Content-Length", "0"),))
        )
        out.append(
            _exchange(
                f"{code} with Transfer-Encoding",
                code,
                (("Transfer-Encoding", "chunked"),),
            )
        )
    out.append(
        _exchange(
            "200 to CONNECT with Content-Length",
            200,
            (("Content-Length", "0"),),
            method="CONNECT",
        )
    )
    # 4. Field values, good and bad, in a 200 (and the status that gives
    #    Location, Retry-After, Allow and Content-Range their meaning).
    home = {"Location": 302, "Retry-After": 503, "Allow": 405, "Content-Range": 206}
    for field, value in GOOD_VALUES + BAD_VALUES:
        out.append(
            _exchange(f"{field}: {value!r}", home.get(field, 200), ((field, value),))
        )
    for value in CHALLENGES_GOOD + CHALLENGES_BAD:
        out.append(
            _exchange(
                f"WWW-Authenticate: {value!r}", 401, (("WWW-Authenticate", value),)
            )
        )
        out.append(
            _exchange(
                f"Proxy-Authenticate: {value!r}", 407, (("Proxy-Authenticate", value),)
            )
        )
    # 5. Dates whose day name does not fit, and good dates in Retry-After.
    for field in ("Date", "Last-Modified", "Expires"):
        out.append(
            _exchange(
                f"{field} on the wrong weekday",
                200,
                ((field, "Mon, 06 Nov 1994 08:49:37 GMT"),),
            )
        )
    out.append(
        _exchange(
            "Retry-After on the wrong weekday",
            503,
            (("Retry-After", "Mon, 06 Nov 1994 08:49:37 GMT"),),
        )
    )
    out.append(
        _exchange(
            "Retry-After rfc850-date",
            503,
            (("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"),),
        )
    )
    out.append(_exchange("Retry-After IMF-fixdate", 503, (("Retry-After", DATE),)))
    out.append(_exchange("Retry-After seconds on 429", 429, (("Retry-After", "3600"),)))
    # 6. Fields that hold one value, sent twice.
    for field, first, second in (
        ("Content-Type", "text/html", "text/plain"),
        ("Content-Type", "text/html", "text/html"),
        ("ETag", '"a"', '"b"'),
        ("Last-Modified", DATE, "Sat, 05 Nov 1994 08:49:37 GMT"),
        ("Location", "/a", "/b"),
        ("Age", "1", "2"),
        ("Expires", DATE, DATE),
    ):
        status = 302 if field == "Location" else 200
        base = _exchange(f"{field} twice", status, ((field, first),))
        out.append(
            Exchange(
                base.label,
                status,
                (*base.headers, (field, second)),
                base.method,
                base.request,
                base.content,
            )
        )
    # 7. Field names that are not tokens.
    for name in ("X Bad", "X-Bad:", "X(Bad)"):
        out.append(_exchange(f"field name {name!r}", 200, ((name, "1"),)))
    return out


# -- running httplint -------------------------------------------------------------


def _linters() -> tuple[Any, Any]:
    try:
        module = importlib.import_module("httplint")
    except ImportError:
        sys.exit("httplint is not installed: pip install httplint")
    return module.HttpRequestLinter, module.HttpResponseLinter


def _encode(pairs: Pairs) -> list[tuple[bytes, bytes]]:
    return [(n.encode("latin-1"), v.encode("latin-1", "replace")) for n, v in pairs]


def run_httplint(exchange: Exchange, linters: tuple[Any, Any]) -> Any:
    request_linter, response_linter = linters
    request = None
    if exchange.request:
        request = request_linter()
        request.process_request_topline(
            exchange.method.encode(), b"http://www.example.com/", b"HTTP/1.1"
        )
        request.process_headers(_encode(exchange.request))
        request.finish_content(True)
    response = response_linter(_related=request)
    response.process_response_topline(b"HTTP/1.1", str(exchange.status).encode(), b"")
    response.process_headers(_encode(exchange.headers))
    response.feed_content(exchange.content)
    response.finish_content(True)
    return response


def run_httpcodes(exchange: Exchange) -> tuple[Finding, ...]:
    return check_response(
        exchange.status,
        exchange.headers,
        method=exchange.method,
        has_content=bool(exchange.content),
        request_headers=exchange.request,
    )


# -- topics: what each finding is about ---------------------------------------------

# httplint notes by class name: the topic, with {field} for the field the
# note names.  A note not listed is out of scope (httpcodes does not check
# what it is about).
TOPICS: dict[str, str] = {
    "BAD_SYNTAX": "syntax:{field}",
    "BAD_SYNTAX_DETAILED": "syntax:{field}",
    "BAD_DATE_SYNTAX": "syntax:{field}",
    "CL_BAD_SYNTAX": "syntax:{field}",
    "AGE_NOT_INT": "syntax:{field}",
    "AGE_NEGATIVE": "syntax:{field}",
    "CC_BAD_VALUE_TYPE": "syntax:{field}",
    "CC_QUOTED_VALUE": "syntax:{field}",
    "CC_MISSING_VALUE": "syntax:{field}",
    "ENTITY_TAG_WEAK_CASE": "syntax:{field}",
    "CONTENT_RANGE_MISSING_SLASH": "syntax:{field}",
    "RANGE_INVALID": "syntax:{field}",
    "CONTENT_RANGE_SATISFIED_IN_416": "syntax:{field}",
    "CONTENT_RANGE_UNSATISFIED_BAD_SC": "syntax:{field}",
    "FIELD_VALUE_ENCODING": "syntax:{field}",
    "LOCATION_BAD_URI": "syntax:{field}",
    "FIELD_NAME_BAD_SYNTAX": "syntax:field-name",
    "DATE_OBSOLETE": "date-obsolete:{field}",
    "SINGLE_HEADER_REPEAT": "repeated:{field}",
    "STATUS_NONSTANDARD": "status:unregistered",
    "STATUS_DEPRECATED": "status:deprecated",
    "STATUS_RESERVED": "status:reserved",
    "STATUS_IM_A_TEAPOT": "status:reserved",
    "UNEXPECTED_CONTINUE": "request:100",
    "UPGRADE_NOT_REQUESTED": "request:101",
    "CREATED_SAFE_METHOD": "request:201",
    "PARTIAL_NOT_REQUESTED": "request:206",
    "STATUS_405_METHOD_IN_ALLOW": "request:405",
    "STATUS_406_WITHOUT_NEGOTIATION": "request:406",
    "STATUS_412_WITHOUT_PRECONDITION": "request:412",
    "STATUS_416_WITHOUT_RANGE": "request:416",
    "STATUS_417_WITHOUT_EXPECT": "request:417",
    "STATUS_417_WITH_100_CONTINUE": "request:417-continue",
    "LOCATION_UNDEFINED": "meaning:location",
    "CONTENT_RANGE_MEANINGLESS": "meaning:content-range",
    "REDIRECT_WITHOUT_LOCATION": "missing:location",
    "CREATED_WITHOUT_LOCATION": "missing:location",
    "PARTIAL_WITHOUT_RANGE": "missing:content-range",
    "STATUS_416_WITHOUT_CONTENT_RANGE": "missing:content-range",
    "NO_DATE_304": "missing:date",
    "HEADER_SHOULD_NOT_BE_IN_304": "forbidden:{field}",
    "CONNECT_TUNNEL_FRAMING": "forbidden:{field}",
    "CONTENT_NOT_ALLOWED": "forbidden:content",
}

# httpcodes rules that are not named after the topic they share.
_RULE_TOPICS: dict[str, str] = {
    "field-name-invalid": "syntax:field-name",
    "status-unregistered": "status:unregistered",
    "status-deprecated": "status:deprecated",
    "status-reserved": "status:reserved",
    "location-without-meaning": "meaning:location",
    "content-range-without-meaning": "meaning:content-range",
    "303-location-missing": "missing:location",
    "206-content-range-form": "syntax:content-range",
    "416-content-range-form": "syntax:content-range",
}


def httpcodes_topic(finding: Finding) -> str:  # noqa: PLR0911
    rule = finding.rule
    field = (finding.header or "content").lower()
    if rule in _RULE_TOPICS:
        return _RULE_TOPICS[rule]
    if rule.endswith("-malformed") or rule == "field-value-invalid":
        return f"syntax:{field}"
    if rule == "http-date-obsolete":
        return f"date-obsolete:{field}"
    if rule == "http-date-weekday":
        return f"date-weekday:{field}"
    if rule in ("field-repeated", "field-conflict"):
        return f"repeated:{field}"
    code = rule.split("-", 1)[0]
    if rule.endswith(("-not-requested", "-not-offered", "-unconditional")) or rule in (
        "201-safe-method",
        "405-allow-lists-method",
        "406-no-negotiation",
        "412-no-precondition",
        "417-no-expectation",
    ):
        return f"request:{code}"
    if rule.endswith("-missing"):
        return f"missing:{field}"
    if rule.endswith("-forbidden"):
        return f"forbidden:{field}"
    return f"other:{rule}"


def httplint_topics(response: Any) -> tuple[set[str], set[str]]:
    """The topics of httplint's problem notes in scope, and the class names
    of those out of scope."""
    topics, others = set(), set()
    for note in response.notes:
        if note.level.name not in ("BAD", "WARN"):
            continue
        name = type(note).__name__
        template = TOPICS.get(name)
        if template is None:
            others.add(name)
            continue
        field = str(note.vars.get("field_name") or "").lower()
        if name == "HEADER_SHOULD_NOT_BE_IN_304":
            field = str(note.vars.get("headers", "")).strip("-`* \n").lower()
        topics.add(template.format(field=field))
    return topics, others


# -- the run ----------------------------------------------------------------------


def _best(function: Any, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list disagreements")
    parser.add_argument("--quick", action="store_true", help="fewer timing rounds")
    args = parser.parse_args(argv)
    linters = _linters()
    exchanges = corpus()

    both: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    where: defaultdict[str, list[str]] = defaultdict(list)
    for exchange in exchanges:
        mine = {httpcodes_topic(f) for f in run_httpcodes(exchange)}
        found, others = httplint_topics(run_httplint(exchange, linters))
        outside.update(others)
        for name in others:
            where[f"out of scope    {name}"].append(exchange.label)
        for topic in mine | found:
            kind = topic.split(":", 1)[0]
            if topic in mine and topic in found:
                both[kind] += 1
            elif topic in mine:
                ours[kind] += 1
                where[f"httpcodes only  {topic}"].append(exchange.label)
            else:
                theirs[kind] += 1
                where[f"httplint only   {topic}"].append(exchange.label)

    print(f"httpcodes {httpcodes.__version__}, httplint {_version()}:")
    print(f"{len(exchanges)} exchanges\n")
    print("| topic | both | httpcodes only | httplint only |")
    print("|---|---|---|---|")
    for kind in sorted(set(both) | set(ours) | set(theirs)):
        print(f"| {kind} | {both[kind]} | {ours[kind]} | {theirs[kind]} |")
    total = (sum(both.values()), sum(ours.values()), sum(theirs.values()))
    print(f"| **all** | {total[0]} | {total[1]} | {total[2]} |")
    print(
        f"\nhttplint, out of scope: {sum(outside.values())} notes of"
        f" {len(outside)} kinds ({', '.join(sorted(outside))})"
    )
    if args.details:
        print()
        for key in sorted(where):
            labels = where[key]
            print(f"{key}: {len(labels)}: {'; '.join(labels[:6])}")

    rounds = 3 if args.quick else 7
    repeat = 10 if args.quick else 50

    def ours_all() -> None:
        for _ in range(repeat):
            for exchange in exchanges:
                run_httpcodes(exchange)

    def theirs_all() -> None:
        for exchange in exchanges:
            run_httplint(exchange, linters)

    mine_time = _best(ours_all, rounds) / (repeat * len(exchanges))
    their_time = _best(theirs_all, rounds) / len(exchanges)
    print(
        f"\nper exchange: check_response {mine_time * 1e6:.1f} us, httplint"
        f" {their_time * 1e6:.1f} us, ratio {mine_time / their_time:.3f}"
    )
    return 0


def _version() -> str:
    try:
        return str(importlib.import_module("httplint").__version__)
    except ImportError:  # pragma: no cover - main() has checked
        return "?"


if __name__ == "__main__":
    sys.exit(main())
