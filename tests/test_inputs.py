"""The input policy (docs/api.md, "Input policy"), walked over every public
callable with hostile input.

Each slot puts one value into one argument of one public callable, the other
arguments valid.  Whatever the value, the call returns or raises one of the
documented kinds (``TypeError``, ``ValueError``, ``LookupError``); the error
message, and every ``Finding`` message of a result, quotes at most a bounded
excerpt of the input; and nothing the caller's object defines is called:
the trapped types below raise ``Tripwire``, a ``BaseException`` that no
``except Exception`` can swallow, from every method they have.

The linear-time half of the policy is measured, not tested: ``tools/bench.py
--inputs`` times 10 MB inputs per MB (docs/performance.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from types import SimpleNamespace
from typing import Any

import pytest

import httpcodes
from httpcodes import (
    Finding,
    FollowUp,
    RedirectPolicy,
    Registration,
    RequirementLevel,
    StatusClass,
    StatusCode,
    check_response,
    classify,
    compare,
    follow_redirect,
    get,
    guidance,
    is_retryable,
    lookup,
    messages,
    parse_retry_after,
    parse_status_line,
    redirect_method,
    resolve,
    search,
    status_line,
    testing,
    unofficial,
)
from httpcodes import asgi as asgi_module
from httpcodes import wsgi as wsgi_module
from httpcodes.cli import main

# The longest stretch of a long input a message may quote (docs/api.md: 80
# characters, then the size of the rest), and the longest message an error
# may carry: the excerpt is quoted as Python writes a str, where a character
# may take up to six ("\\ud800").
EXCERPT = 80
MESSAGE_BOUND = 1000
# A Finding carries the rule's own explanation besides the quoted value.
FINDING_BOUND = 1600
# The command line's whole output for one hostile argument.
OUTPUT_BOUND = 4000


class Tripwire(BaseException):
    """A method of the caller's object was called."""


def _trip(*args: object, **kwargs: object) -> Any:
    raise Tripwire


# What a class needs to exist and to be an instance of its base.
_UNTRAPPED = frozenset(
    {
        "__new__",
        "__init__",
        "__getattribute__",
        "__class__",
        "__init_subclass__",
        "__subclasshook__",
        "__setattr__",
        "__delattr__",
        "__dir__",
        "__sizeof__",
        "__class_getitem__",
        "__getnewargs__",
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
    }
)


def _trapped(base: type) -> type:
    """A subclass of ``base`` all of whose methods raise ``Tripwire``."""
    namespace = {
        name: _trip
        for name in dir(base)
        if name not in _UNTRAPPED and callable(getattr(base, name))
    }
    return type(f"Trapped{base.__name__.title()}", (base,), namespace)


TrappedStr: Any = _trapped(str)
TrappedInt: Any = _trapped(int)
# Not an int, str or anything the functions take; every protocol a reader
# might try (repr, str, format, len, iteration, truth, equality, hashing).
Trapped: Any = _trapped(object)

LONG = 100_000


def _text_values() -> dict[str, Any]:
    return {
        "long letters": "x" * LONG,
        "long digits": "4" * LONG,
        "long spaces then 404": " " * LONG + "404",
        "long NULs": "\x00" * LONG,
        "long Hangul": "찾" * LONG,
        "long emoji": "\U0001f600" * LONG,
        "long CRLFs": "\r\n" * LONG,
        "long commas": "," * LONG,
        "long quotes": '"' * LONG,
        "long angle brackets": "<" * LONG,
        "long semicolons and equals": ";a=" * LONG,
        "CRLF injection": "GET\r\nX-Injected: 1",
        "Arabic-Indic digits": "\u0664\u0660\u0664",
        "full-width digits": "\uff14\uff10\uff14",
        "lone surrogate": "\ud800",
        "empty": "",
        "trapped str 404": TrappedStr("404"),
        "trapped str GET": TrappedStr("GET"),
        "trapped long str": TrappedStr("x" * LONG),
    }


def _other_values() -> dict[str, Any]:
    return {
        "huge int": 10**5000,
        "huge negative int": -(10**5000),
        "2**64": 2**64,
        "-1": -1,
        "0": 0,
        "True": True,
        "None": None,
        "404.0": 404.0,
        "nan": math.nan,
        "inf": math.inf,
        "bytes": b"404",
        "long bytes": b"x" * LONG,
        "bytearray": bytearray(b"GET"),
        "complex": 404j,
        "list": [404],
        "dict": {"x": "y"},
        "trapped int 404": TrappedInt(404),
        "trapped huge int": TrappedInt(10**5000),
        "trapped object": Trapped(),
    }


VALUES: dict[str, Any] = {**_text_values(), **_other_values()}


@dataclass(frozen=True)
class Slot:
    """One argument of one public callable: ``call(value)`` puts ``value``
    there; ``target`` names the callable as the coverage check counts it."""

    target: str
    argument: str
    call: Callable[[Any], object]
    # Any text here gets an answer, never an error: a field value, a header
    # name, a get() key.
    answers_text: bool = False


def _enum_slots(cls: type[Enum]) -> list[Slot]:
    name = cls.__name__
    return [
        Slot(f"{name}()", "value", cls),
        Slot(f"{name}[]", "name", lambda v: cls[v]),
    ]


def _header_slot(status: int, header: str) -> Slot:
    return Slot(
        "check_response",
        f"{header} of a {status}",
        lambda v: check_response(status, {header: v}),
        answers_text=True,
    )


def _after(prefix: str, value: object) -> Any:
    """``prefix`` and the text ``value`` holds; anything else as it is."""
    if isinstance(value, str):
        return prefix + str.__str__(value)
    return value


def _wsgi_app(environ: Any, start_response: Any) -> list[bytes]:
    return []


async def _asgi_app(scope: Any, receive: Any, send: Any) -> None:
    """Never called: the slots walk the constructor."""


def _checker_slots(target: str, make: Callable[..., object]) -> list[Slot]:
    """Each option of a middleware: the application and the keywords."""
    return [
        Slot(target, "app", make),
        Slot(target, "report", lambda v: make(_wsgi_app, report=v)),
        Slot(target, "ignore", lambda v: make(_wsgi_app, ignore=v)),
        Slot(target, "a rule name in ignore", lambda v: make(_wsgi_app, ignore=[v])),
        Slot(target, "min_level", lambda v: make(_wsgi_app, min_level=v)),
        Slot(target, "lang", lambda v: make(_wsgi_app, lang=v)),
    ]


def _response(**changed: object) -> SimpleNamespace:
    """A test client's response, as httpcodes.testing reads it: a 200 with
    content, to GET, which breaks no rule."""
    attributes: dict[str, object] = {
        "status_code": 200,
        "headers": {"Content-Type": "text/plain"},
        "content": b"fine",
        "request": SimpleNamespace(method="GET", headers={"Host": "a.example"}),
    }
    return SimpleNamespace(**{**attributes, **changed})


def _helper_slots(target: str, check: Callable[..., object]) -> list[Slot]:
    """Each argument of a test helper, and each attribute it reads."""
    return [
        Slot(target, "response", check),
        Slot(
            target,
            "a response's status_code",
            lambda v: check(_response(status_code=v)),
        ),
        Slot(target, "a response's headers", lambda v: check(_response(headers=v))),
        Slot(target, "a response's content", lambda v: check(_response(content=v))),
        Slot(
            target,
            "a response's data",
            lambda v: check(_response(content=None, data=v)),
        ),
        Slot(
            target,
            "a response's request method",
            lambda v: check(_response(request=SimpleNamespace(method=v, headers={}))),
        ),
        Slot(
            target,
            "a response's request headers",
            lambda v: check(
                _response(request=SimpleNamespace(method="GET", headers=v))
            ),
        ),
        Slot(target, "method", lambda v: check(_response(), method=v)),
        Slot(
            target, "request_headers", lambda v: check(_response(), request_headers=v)
        ),
        Slot(target, "ignore", lambda v: check(_response(), ignore=v)),
        Slot(target, "a rule name in ignore", lambda v: check(_response(), ignore=[v])),
        Slot(target, "min_level", lambda v: check(_response(), min_level=v)),
    ]


SLOTS: list[Slot] = [
    Slot("lookup", "key", lookup),
    Slot("get", "key", get, answers_text=True),
    Slot("classify", "status", classify),
    Slot("resolve", "status", resolve),
    *_enum_slots(StatusCode),
    *_enum_slots(StatusClass),
    *_enum_slots(Registration),
    *_enum_slots(RedirectPolicy),
    *_enum_slots(RequirementLevel),
    Slot("StatusCode.describe", "lang", StatusCode.NOT_FOUND.describe),
    Slot("follow_redirect", "status", lambda v: follow_redirect(v, "GET")),
    Slot("follow_redirect", "method", lambda v: follow_redirect(302, v)),
    Slot("follow_redirect", "policy", lambda v: follow_redirect(302, "POST", policy=v)),
    Slot("redirect_method", "status", lambda v: redirect_method(v, "GET")),
    Slot("redirect_method", "method", lambda v: redirect_method(303, v)),
    Slot("redirect_method", "policy", lambda v: redirect_method(301, "POST", policy=v)),
    Slot("FollowUp", "method", lambda v: FollowUp(v, True)),
    Slot("FollowUp", "keep_body", lambda v: FollowUp("GET", v)),
    Slot("check_response", "status", check_response),
    Slot("check_response", "headers", lambda v: check_response(200, v)),
    Slot(
        "check_response",
        "a header name",
        lambda v: check_response(405, [(v, "")]),
        answers_text=True,
    ),
    Slot(
        "check_response",
        "request_headers",
        lambda v: check_response(304, request_headers=v),
    ),
    Slot(
        "check_response",
        "a request field",
        lambda v: check_response(206, request_headers={"Range": v}),
        answers_text=True,
    ),
    Slot(
        "check_response",
        "a request's Upgrade",
        lambda v: check_response(
            101, {"Upgrade": "h2c"}, request_headers={"Upgrade": v}
        ),
        answers_text=True,
    ),
    Slot("check_response", "method", lambda v: check_response(200, method=v)),
    Slot("check_response", "has_content", lambda v: check_response(204, has_content=v)),
    _header_slot(301, "Location"),
    _header_slot(201, "Location"),
    _header_slot(405, "Allow"),
    _header_slot(503, "Retry-After"),
    _header_slot(429, "Retry-After"),
    _header_slot(206, "Content-Range"),
    _header_slot(416, "Content-Range"),
    _header_slot(451, "Link"),
    _header_slot(206, "Content-Type"),
    _header_slot(401, "WWW-Authenticate"),
    _header_slot(407, "Proxy-Authenticate"),
    _header_slot(304, "ETag"),
    _header_slot(200, "Age"),
    _header_slot(200, "Cache-Control"),
    _header_slot(200, "Content-Length"),
    _header_slot(200, "Date"),
    _header_slot(200, "Expires"),
    _header_slot(200, "Last-Modified"),
    _header_slot(200, "Vary"),
    _header_slot(200, "Link"),
    _header_slot(200, "X-Anything"),
    _header_slot(405, "Allow"),
    Slot("is_retryable", "status", lambda v: is_retryable(v, "GET")),
    Slot("is_retryable", "method", lambda v: is_retryable(503, v)),
    Slot("parse_retry_after", "value", parse_retry_after),
    Slot("parse_retry_after", "now", lambda v: parse_retry_after("5", now=v)),
    Slot("status_line", "status", status_line),
    Slot("status_line", "version", lambda v: status_line(200, version=v)),
    Slot("parse_status_line", "line", parse_status_line),
    Slot("search", "query", search),
    Slot("search", "limit", lambda v: search("not found", limit=v)),
    Slot("guidance", "status", guidance),
    Slot("compare", "first status", compare),
    Slot("compare", "second status", lambda v: compare(404, v)),
    Slot("unofficial.lookup", "status", unofficial.lookup),
    Slot("messages.message", "key", lambda v: messages.message(v, "en")),
    Slot(
        "messages.message", "lang", lambda v: messages.message("note.unregistered", v)
    ),
    Slot("messages.particle", "word", lambda v: messages.particle(v, "은/는")),
    Slot("messages.particle", "pair", lambda v: messages.particle("요청", v)),
    *_checker_slots("wsgi.ResponseChecker", wsgi_module.ResponseChecker),
    *_checker_slots("asgi.ResponseChecker", asgi_module.ResponseChecker),
    *_helper_slots("testing.findings", testing.findings),
    *_helper_slots("testing.assert_conforms", testing.assert_conforms),
    Slot(
        "testing.assert_conforms",
        "lang",
        lambda v: testing.assert_conforms(_response(), lang=v),
    ),
    Slot("cli.main", "argv", main),
    Slot("cli.main", "a key", lambda v: main([v])),
    Slot("cli.main", "a search query", lambda v: main(["search", v])),
    Slot("cli.main", "a header", lambda v: main(["check", "301", "-H", v])),
    Slot(
        "cli.main",
        "a Location",
        lambda v: main(["check", "301", "-H", _after("Location: ", v)]),
    ),
    Slot("cli.main", "a method", lambda v: main(["redirect", "303", v])),
    Slot("cli.main", "--lang", lambda v: main(["--lang", v, "404"])),
    Slot("cli.main", "a key, JSON", lambda v: main(["--json", v])),
]

# Public callables no slot walks, and why.
NOT_WALKED = {
    # Results the library builds and hands out: frozen records whose
    # constructors store what they are given, typed, and check nothing
    # (FollowUp, which a caller may build to compare with, checks; it is
    # walked above).
    "Comparison": "a result record",
    "FieldRule": "a result record",
    "Finding": "a result record",
    "Guidance": "a result record",
    "Match": "a result record",
    "StatusLine": "a result record",
    "unofficial.UnofficialCode": "a result record",
    "unofficial.Vendor": "a result record",
    "Exchange": "a result record",
    # The errors: raised by the library, with a message it wrote.
    "StatusTypeError": "an exception class",
    "UnknownStatusError": "an exception class",
    # Issued by the middleware, with a text it wrote.
    "ResponseWarning": "a warning class",
}


def _public_callables() -> set[str]:
    names = set()
    for module, prefix in (
        (httpcodes, ""),
        (messages, "messages."),
        (unofficial, "unofficial."),
        (wsgi_module, "wsgi."),
        (asgi_module, "asgi."),
        (testing, "testing."),
    ):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, Enum):
                names |= {f"{prefix}{name}()", f"{prefix}{name}[]"}
            elif callable(value):
                names.add(prefix + name)
    for name in dir(StatusCode):
        public = not name.startswith("_") and name not in dir(int)
        if public and callable(getattr(StatusCode.OK, name)):
            names.add(f"StatusCode.{name}")
    return names | {"cli.main"}


def test_every_public_callable_is_walked_or_excused() -> None:
    walked = {slot.target for slot in SLOTS}
    public = _public_callables()
    assert walked <= public, "a slot names a callable that is not public"
    assert not walked & NOT_WALKED.keys(), "a callable is both walked and excused"
    missing = public - walked - NOT_WALKED.keys()
    assert not missing, f"public callables nobody walks: {sorted(missing)}"


def _bounded(text: str, value: object, bound: int) -> None:
    assert len(text) <= bound, f"{len(text)} characters: {text[:200]!r}..."
    if isinstance(value, str) and str.__len__(value) > EXCERPT:
        stretch = str.__getitem__(value, slice(EXCERPT + 1))
        quoted = repr(stretch)[1:-1]
        assert quoted not in text, "more than the excerpt of the input is quoted"
        if quoted == stretch:  # else its characters are escaped where quoted
            assert stretch not in text, "more than the excerpt of the input is shown"


def _check(slot: Slot, value: object) -> None:
    if slot.answers_text and isinstance(value, str):
        _check_answer(slot.call(value), value)
        return
    try:
        result = slot.call(value)
    except (TypeError, ValueError, LookupError) as error:
        # A UnicodeError is a ValueError, but one the policy rules out: it
        # would mean text went where only ASCII or UTF-8 can.
        _bounded(str(error), value, MESSAGE_BOUND)
        if isinstance(error, UnicodeError):
            pytest.fail(f"{type(error).__name__}: {str(error)[:200]}")
        return
    _check_answer(result, value)


def _check_answer(result: object, value: object) -> None:
    if isinstance(result, tuple):
        for finding in result:
            if isinstance(finding, Finding):
                _bounded(finding.message, value, FINDING_BOUND)
                _bounded(finding.message_ko, value, FINDING_BOUND)


@pytest.mark.parametrize("label", list(VALUES))
@pytest.mark.parametrize(
    "slot",
    [s for s in SLOTS if not s.target.startswith("cli.")],
    ids=lambda s: f"{s.target}:{s.argument}",
)
def test_hostile_input_gets_an_answer_or_a_documented_bounded_error(
    slot: Slot, label: str
) -> None:
    _check(slot, VALUES[label])


@pytest.mark.parametrize("label", list(VALUES))
@pytest.mark.parametrize(
    "slot",
    [s for s in SLOTS if s.target.startswith("cli.")],
    ids=lambda s: f"{s.target}:{s.argument}",
)
def test_the_command_line_answers_hostile_arguments_in_bounded_output(
    slot: Slot, label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    value = VALUES[label]
    try:
        status = slot.call(value)
    except TypeError as error:
        # A program passed main() something that is no list of str: a
        # TypeError to it, before the command runs.
        _bounded(str(error), value, MESSAGE_BOUND)
        assert not isinstance(value, str) or slot.argument == "argv"
        return
    out, err = capsys.readouterr()
    assert status in (0, 1, 2), (status, err[:500])
    assert "internal error" not in err, err[:500]
    assert "Traceback" not in err, err[:500]
    _bounded(err, value, OUTPUT_BOUND)
    _bounded(_without_echo(slot, out, value), value, OUTPUT_BOUND)


def _without_echo(slot: Slot, out: str, value: object) -> str:
    """The output less the one place where the command line gives back, as
    the subject of its answer, an argument it accepted: the ``key`` of each
    JSON record, and a valid method in ``redirect`` (docs/cli.md)."""
    if slot.argument == "a key, JSON":
        records = json.loads(out)
        for record in records:
            del record["key"]
        return json.dumps(records, ensure_ascii=False)
    if slot.argument == "a method" and isinstance(value, str):
        return out.replace(str.__str__(value), "", 1)
    return out


# Long values shaped to pass deep into each field-value reader: a grammar
# that matches at the start and keeps matching, or numbers past what Python
# reads as an int.
SHAPED = [
    (206, "Content-Range", "bytes " + "9" * LONG + "-1/2"),
    (206, "Content-Range", "bytes 0-" + "9" * LONG + "/" + "9" * LONG),
    (206, "Content-Range", "bytes 0-1/" + "0" * LONG + "1"),
    (416, "Content-Range", "bytes */" + "9" * LONG),
    (416, "Content-Range", "bytes 0-1/" + "9" * LONG),
    (503, "Retry-After", "9" * LONG),
    (503, "Retry-After", "0" * LONG + "7"),
    (503, "Retry-After", "Fri, 31 Dec 9999 23:59:60 GMT"),
    (503, "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT" + " " * LONG),
    (503, "Retry-After", "Sun, " + "0" * LONG + " Nov 1994 08:49:37 GMT"),
    (301, "Location", "http://example.com/" + "a" * LONG),
    (301, "Location", "http://example.com/" + "%" * LONG),
    (301, "Location", "http://[" + ":" * LONG),
    (301, "Location", "/" + "%4" * LONG),
    (405, "Allow", "GET, " * (LONG // 5)),
    (405, "Allow", "GET" + ", " * LONG),
    (405, "Allow", '"' * LONG),
    (451, "Link", '<x>; rel="' + "blocked-by " * (LONG // 11)),
    (451, "Link", "<x>" + '; rel="a"' * (LONG // 9)),
    (451, "Link", "<" * LONG),
    (200, "Content-Type", "multipart/byteranges" + ";" * LONG),
    (200, "Content-Type", "text/plain" + '; a="' + "\\" * LONG),
    (200, "Cache-Control", "max-age=" + "9" * LONG),
    (200, "Cache-Control", "a, " * (LONG // 3)),
    (200, "Cache-Control", 'a="' + "\\" * LONG),
    (200, "Content-Length", "9" * LONG),
    (200, "Age", "0" * LONG + "1"),
    (200, "ETag", 'W/"' + "x" * LONG + '"'),
    (200, "Vary", "a, " * (LONG // 3)),
    (200, "Date", "Sun, 06 Nov " + "1" * LONG),
    (200, "Link", "<x>" + "; a" * (LONG // 3)),
    (401, "WWW-Authenticate", "Basic " + "a=b, " * (LONG // 5)),
    (401, "WWW-Authenticate", "Basic " + "a" * LONG + "="),
    (401, "WWW-Authenticate", 'Basic realm="' + "\\" * LONG),
]


@pytest.mark.parametrize(
    ("status", "header", "value"),
    SHAPED,
    ids=[f"{status}-{header}-{i}" for i, (status, header, _) in enumerate(SHAPED)],
)
def test_long_field_values_that_keep_matching_are_read_with_bounded_findings(
    status: int, header: str, value: str
) -> None:
    _check_answer(check_response(status, {header: value}), value)


def test_a_huge_content_range_position_is_shown_by_its_size() -> None:
    (finding,) = check_response(206, {"Content-Range": "bytes " + "9" * 5000 + "-1/2"})
    assert "the first 99999999999999999999... (a number of 5000 digits)" in (
        finding.message
    )
    assert (
        "시작 위치 99999999999999999999... (5000자리 수)보다 작음" in finding.message_ko
    )


def test_the_trapped_types_do_trip() -> None:
    # The checks above are only as good as the traps: each one fires.
    for value in (TrappedStr("x"), TrappedInt(4), Trapped()):
        for probe in (repr, str, hash):
            with pytest.raises(Tripwire):
                probe(value)
    with pytest.raises(Tripwire):
        len(TrappedStr("x"))
    with pytest.raises(Tripwire):
        bool(TrappedInt(4))
    with pytest.raises(Tripwire):
        TrappedStr("GET").strip()
    with pytest.raises(Tripwire):
        _ = TrappedInt(4) == 4
    with pytest.raises(Tripwire):
        format(Trapped(), "")


def test_a_lookup_of_long_text_quotes_an_excerpt_and_the_size() -> None:
    with pytest.raises(httpcodes.UnknownStatusError) as info:
        lookup("x" * LONG)
    assert f"{LONG - EXCERPT} more characters" in str(info.value)


def test_a_huge_int_is_described_by_its_size() -> None:
    number = 10**5000
    with pytest.raises(httpcodes.UnknownStatusError) as info:
        status_line(number)
    assert f"an int of {number.bit_length()} bits" in str(info.value)
    assert "4300" not in str(info.value)


def test_a_trapped_str_is_read_as_the_text_it_stores() -> None:
    assert lookup(TrappedStr("404")) is StatusCode.NOT_FOUND
    assert redirect_method(303, TrappedStr("POST")) == "GET"
    assert parse_retry_after(TrappedStr("120")) == 120.0
    assert search(TrappedStr("not found"))[0].code is StatusCode.NOT_FOUND
    assert messages.particle(TrappedStr("요청"), TrappedStr("이/가")) == "요청이"


def test_a_trapped_int_is_read_as_the_number_it_stores() -> None:
    assert StatusCode(TrappedInt(404)) is StatusCode.NOT_FOUND
    assert classify(TrappedInt(503)) is StatusClass.SERVER_ERROR
    assert status_line(TrappedInt(404)) == "HTTP/1.1 404 Not Found"
    assert is_retryable(TrappedInt(503), "GET") is True


def test_a_str_enum_takes_its_values_only() -> None:
    assert RedirectPolicy("rfc9110") is RedirectPolicy.RFC9110
    with pytest.raises(
        TypeError, match="RedirectPolicy value must be a str, not NoneType"
    ):
        RedirectPolicy(None)
    with pytest.raises(ValueError, match="use one of 'fetch', 'rfc9110', 'legacy'"):
        RedirectPolicy("x" * LONG)
    with pytest.raises(KeyError, match="is not a member name of RedirectPolicy"):
        RedirectPolicy["x" * LONG]


def test_the_message_catalogue_refuses_unknown_keys_briefly() -> None:
    with pytest.raises(KeyError, match=r"more characters\) in the catalogue"):
        messages.message("x" * LONG, "en")
    with pytest.raises(TypeError, match="word must be an int or str, not float"):
        messages.particle(4.0, "은/는")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="has too many digits to write"):
        messages.particle(10**5000, "은/는")


def test_search_refuses_a_document_for_a_query() -> None:
    with pytest.raises(
        ValueError, match="1001 characters long; a query is at most 1000 characters"
    ):
        search("a" * 1001)
    # The longest query allowed is examined in full.
    assert search("not found".ljust(1000))[0].code is StatusCode.NOT_FOUND
