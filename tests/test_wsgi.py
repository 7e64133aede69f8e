"""httpcodes.wsgi.ResponseChecker (issue 21): everything passes through
unchanged, content is watched without being buffered, each response is
checked once, when what it is has settled, and what it breaks goes to the
report or is issued as a ResponseWarning.  Raw WSGI applications under
wsgiref's validator and server, and a Flask application with its own test
client.  (Django's WSGI application is in test_django.py.)"""

from __future__ import annotations

import io
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any
from wsgiref.util import FileWrapper, setup_testing_defaults
from wsgiref.validate import validator

import flask
import pytest
import requests

from httpcodes import Exchange, Finding, RequirementLevel, ResponseWarning
from httpcodes._checking import Options
from httpcodes.wsgi import ResponseChecker

from .reports import Reports
from .servers import wsgi_server

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

ALLOW_MISSING = (
    "405-allow-missing (RFC 9110, Section 15.5.6): A 405 response MUST carry"
    " Allow, and this one has none. Allow lists the methods the target"
    " resource supports now; it may be empty (RFC 9110, Section 10.2.1)."
)


def environ(method: str = "GET", path: str = "/", **extra: Any) -> dict[str, Any]:
    """A request's environ, as wsgiref's server would build it."""
    env: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        # wsgiref's validator reads it whether it is there or not.
        "SCRIPT_NAME": "",
        **extra,
    }
    setup_testing_defaults(env)
    return env


class Server:
    """The server's side of one request: what start_response and write
    received."""

    def __init__(self) -> None:
        self.started: list[tuple[str, list[tuple[str, str]], tuple[Any, ...]]] = []
        self.written: list[bytes] = []

    def start_response(
        self, status: str, headers: list[tuple[str, str]], *exc_info: Any
    ) -> Callable[[bytes], object]:
        self.started.append((status, headers, exc_info))
        return self.written.append


def serve(app: Any, env: WSGIEnvironment) -> tuple[Server, list[bytes], object]:
    """One request as a server makes it: call, iterate, close."""
    server = Server()
    result = app(env, server.start_response)
    try:
        body = list(result)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    return server, body, result


def responding(
    status: str, headers: list[tuple[str, str]], body: Iterable[bytes]
) -> Callable[[WSGIEnvironment, StartResponse], Iterable[bytes]]:
    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        start_response(status, headers)
        return body

    return app


# -- what passes through --------------------------------------------------------


def test_a_conforming_response_passes_through_under_the_validator() -> None:
    """wsgiref's validator on both sides: the checker is a WSGI application
    to the server and a server to the application, by PEP 3333's rules."""
    headers = [("Content-Type", "text/plain"), ("Content-Length", "5")]
    report = Reports()
    app = validator(
        ResponseChecker(
            validator(responding("200 OK", headers, [b"he", b"llo"])), report=report
        )
    )
    server, body, _ = serve(app, environ())
    assert server.started == [("200 OK", headers, ())]
    assert body == [b"he", b"llo"]
    assert report.calls == []


def test_the_status_headers_and_list_reach_the_server_as_the_same_objects() -> None:
    headers = [("Content-Type", "text/plain")]
    chunks = [b"hello"]
    app = ResponseChecker(responding("200 OK", headers, chunks))
    server = Server()
    result = app(environ(), server.start_response)
    # A list is all there already: handed on as it is, so a server that
    # counts its chunks (wsgiref sets Content-Length for one) still can.
    assert result is chunks
    assert server.started[0][1] is headers


def test_a_405_without_allow_is_reported_with_its_exchange() -> None:
    report = Reports()
    app = ResponseChecker(
        responding("405 Method Not Allowed", [("Content-Type", "text/plain")], [b"no"]),
        report=report,
    )
    env = environ("DELETE", "/items/1", QUERY_STRING="token=secret")
    env["HTTP_IF_MATCH"] = '"v1"'
    env["CONTENT_TYPE"] = "application/json"
    serve(app, env)
    assert report.rules == ["405-allow-missing"]
    finding, exchange = report.calls[0]
    assert finding.level is RequirementLevel.MUST
    assert finding.header == "Allow"
    assert exchange == Exchange(
        "DELETE",
        "/items/1",
        405,
        (("Content-Type", "text/plain"),),
        (
            ("Host", "127.0.0.1"),
            ("If-Match", '"v1"'),
            ("Content-Type", "application/json"),
        ),
    )


def test_without_a_report_a_finding_is_a_warning_naming_the_exchange() -> None:
    app = ResponseChecker(
        responding("405 Method Not Allowed", [("Content-Type", "text/plain")], [b"no"])
    )
    with pytest.warns(ResponseWarning) as caught:
        serve(app, environ("DELETE", "/items/1", QUERY_STRING="token=secret"))
    (record,) = caught
    assert str(record.message) == f"DELETE '/items/1', answered 405: {ALLOW_MISSING}"
    assert "secret" not in str(record.message)
    warning = record.message
    assert isinstance(warning, ResponseWarning)
    assert warning.finding is not None
    assert warning.finding.rule == "405-allow-missing"
    assert warning.exchange is not None
    assert warning.exchange.path == "/items/1"


def test_a_warning_is_attributed_to_the_middleware_module() -> None:
    """Attributed to the middleware's module, which a warnings filter can name."""
    app = ResponseChecker(responding("405 Method Not Allowed", [], [b"no"]))
    with pytest.warns(ResponseWarning) as caught:
        serve(app, environ("DELETE", "/items/1"))
    (record,) = caught
    assert record.filename.endswith("wsgi.py")


class _Text(str):
    """A str subclass: read as the text it stores."""


@pytest.mark.parametrize("lang", ["ko", _Text("ko")], ids=["str", "str subclass"])
def test_a_warning_in_korean(lang: Any) -> None:
    app = ResponseChecker(responding("204 No Content", [], [b"x"]), lang=lang)
    with pytest.warns(ResponseWarning) as caught:
        serve(app, environ("PUT", "/a"))
    assert [str(r.message) for r in caught] == [
        "PUT '/a' 요청, 204 응답: 204-content-forbidden (RFC 9110, Section 15.3.5):"
        " 204 응답에는 본문이 있어서는 안 되는데(MUST NOT) 있음. 204 응답은 헤더"
        " 섹션에서 끝나므로 본문이 들어갈 자리가 없음"
    ]


def test_a_warning_made_an_error_stops_the_response_and_the_app_is_closed() -> None:
    closed = []

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        try:
            start_response("204 No Content", [])
            yield b"x"
        finally:
            closed.append(True)

    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with pytest.raises(ResponseWarning, match="204-content-forbidden"):
            serve(ResponseChecker(app), environ())
    assert closed == [True]


def _closable_file(closes: list[str]) -> FileWrapper:
    class File(io.BytesIO):
        def close(self) -> None:
            closes.append("file")
            super().close()

    return FileWrapper(File(b"no"))


class _WrittenBody:
    """What an application that wrote its content returns: nothing more to
    send, and a close() to be called."""

    def __init__(self, closes: list[str]) -> None:
        self.closes = closes

    def __iter__(self) -> Iterator[bytes]:
        return iter(())

    def close(self) -> None:
        self.closes.append("body")


@pytest.mark.parametrize("how", ["write", "file"])
def test_a_warning_made_an_error_before_the_server_has_the_result_closes_it(
    how: str,
) -> None:
    # PEP 3333: close() is called however the request ends.  A response
    # settled when the application returns (content written, a file for the
    # server) is checked before the server holds the result; a warning
    # made an error there must not leave it unclosed (Django's close() ends
    # the request: signals, database connections).
    closes: list[str] = []
    # Held here, so that the garbage collector cannot close them instead.
    results: list[Iterable[bytes]] = [_closable_file(closes), _WrittenBody(closes)]

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        write = start_response(
            "405 Method Not Allowed", [("Content-Type", "text/plain")]
        )
        if how == "file":
            return results[0]
        write(b"no")
        return results[1]

    env = environ("DELETE")
    env["wsgi.file_wrapper"] = FileWrapper
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with pytest.raises(ResponseWarning, match="405-allow-missing"):
            ResponseChecker(app)(env, Server().start_response)
    assert closes == ["file" if how == "file" else "body"]


# -- content watched, not buffered ------------------------------------------------


def test_streaming_stays_lazy_and_the_check_comes_with_the_first_content() -> None:
    steps: list[str] = []
    report = Reports()

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        start_response("204 No Content", [])
        steps.append("first")
        yield b"a"
        steps.append("second")
        yield b"b"

    result = ResponseChecker(app, report=report)(environ(), Server().start_response)
    assert steps == []  # nothing runs before the server asks
    iterator = iter(result)
    assert next(iterator) == b"a"
    assert steps == ["first"]
    assert report.rules == ["204-content-forbidden"]  # known now: there is content
    assert next(iterator) == b"b"
    assert steps == ["first", "second"]
    assert report.rules == ["204-content-forbidden"]  # once, not per chunk
    with pytest.raises(StopIteration):
        next(iterator)


def test_an_empty_first_chunk_has_the_fields_checked_and_the_content_later() -> None:
    report = Reports()

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        start_response("405 Method Not Allowed", [("Content-Length", "0")])
        yield b""

    result = ResponseChecker(app, report=report)(environ(), Server().start_response)
    iterator = iter(result)
    assert next(iterator) == b""
    # The status and fields, at once; whether there is content is not
    # known yet.
    assert report.rules == ["405-allow-missing"]
    with pytest.raises(StopIteration):
        next(iterator)
    # Now it is: the content rule joins, and nothing is reported twice.
    assert report.rules == ["405-allow-missing", "4xx-explanation-missing"]


def test_content_written_through_write_counts() -> None:
    report = Reports()
    server = Server()

    def app(env: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        write = start_response("204 No Content", [])
        write(b"old style")
        return []

    serve(ResponseChecker(app, report=report), environ())
    result = ResponseChecker(app, report=report)(environ(), server.start_response)
    assert server.written == [b"old style"]
    assert result == []
    assert report.rules == ["204-content-forbidden", "204-content-forbidden"]


def test_close_is_passed_on_once_and_settles_an_unfinished_response() -> None:
    closes = []
    report = Reports()

    class Body:
        def __iter__(self) -> Iterator[bytes]:
            yield b""
            yield b"never reached"

        def close(self) -> None:
            closes.append(True)

    app = ResponseChecker(
        responding("405 Method Not Allowed", [], Body()), report=report
    )
    result = app(environ(), Server().start_response)
    assert next(iter(result)) == b""
    close: Callable[[], None] = result.close  # type: ignore[attr-defined]
    close()
    assert closes == [True]
    # Whether content was to come is not known: only the missing Allow is
    # reported, not the missing explanation.
    assert report.rules == ["405-allow-missing"]


def test_a_file_the_server_sends_itself_is_handed_on_as_it_is() -> None:
    report = Reports()
    file = FileWrapper(io.BytesIO(b"data"))
    app = ResponseChecker(responding("204 No Content", [], file), report=report)
    env = environ()
    env["wsgi.file_wrapper"] = FileWrapper
    result = app(env, Server().start_response)
    assert result is file
    assert report.calls == []  # its content is not seen, so not judged


def test_start_response_gets_exc_info_untouched_and_the_last_status_counts() -> None:
    report = Reports()

    def app(env: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "text/plain")])
        try:
            raise RuntimeError("failed before sending")
        except RuntimeError:
            start_response("405 Method Not Allowed", [], sys.exc_info())
        return [b"failed"]

    server, body, _ = serve(ResponseChecker(app, report=report), environ())
    assert server.started[0][2] == ()
    (exc_type, error, _traceback) = server.started[1][2][0]
    assert exc_type is RuntimeError
    assert str(error) == "failed before sending"
    assert body == [b"failed"]
    assert report.rules == ["405-allow-missing"]


def test_an_exception_of_the_app_propagates_untouched_and_nothing_is_checked() -> None:
    report = Reports()
    failure = ValueError("boom")

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        # A generator: the exception comes with the first chunk.
        start_response("204 No Content", [])
        if env["REQUEST_METHOD"] == "GET":
            raise failure
        yield b""

    result = ResponseChecker(app, report=report)(environ(), Server().start_response)
    with pytest.raises(ValueError, match="boom") as info:
        next(iter(result))
    assert info.value is failure
    assert report.calls == []


def test_content_sent_to_head_is_not_judged() -> None:
    """Servers and frameworks drop it; the fields still are judged."""
    report = Reports()
    app = ResponseChecker(
        responding("405 Method Not Allowed", [], [b"dropped by the server"]),
        report=report,
    )
    serve(app, environ("HEAD"))
    assert report.rules == ["405-allow-missing"]


@pytest.mark.parametrize(
    ("status", "headers"),
    [
        ("two hundred", []),
        ("20 OK", []),
        ("2000 OK", []),
        ("600 Beyond", []),
        (None, []),
        ("200 OK", [(b"Content-Type", b"text/plain")]),
        ("200 OK", [("Content-Type",)]),
    ],
    ids=repr,
)
def test_a_response_no_server_would_send_passes_unchecked(
    status: Any, headers: Any
) -> None:
    report = Reports()
    app = ResponseChecker(responding(status, headers, [b"x"]), report=report)
    server, body, _ = serve(app, environ())
    assert server.started == [(status, headers, ())]
    assert body == [b"x"]
    assert report.calls == []


def test_a_method_that_is_no_token_passes_unchecked() -> None:
    report = Reports()
    app = ResponseChecker(responding("204 No Content", [], [b"x"]), report=report)
    serve(app, environ("GE T"))
    assert report.calls == []


# -- what the request says ---------------------------------------------------------


def test_the_request_fields_come_from_the_environ() -> None:
    report = Reports()
    app = ResponseChecker(responding("304 Not Modified", [], []), report=report)
    serve(app, environ())
    assert report.rules == ["304-unconditional"]
    report.calls.clear()
    serve(app, environ(HTTP_IF_NONE_MATCH='"v1"'))
    assert report.calls == []


def test_an_environ_without_method_or_path_is_read_as_get_and_no_path() -> None:
    report = Reports()
    app = ResponseChecker(
        responding("405 Method Not Allowed", [], [b"no"]), report=report
    )
    serve(app, {"PATH_INFO": 7})
    (_, exchange), *_ = report.calls
    assert (exchange.method, exchange.path, exchange.request_headers) == ("GET", "", ())


def test_the_path_is_decoded_from_utf8_and_the_script_name_kept() -> None:
    report = Reports()
    app = ResponseChecker(
        responding("405 Method Not Allowed", [], [b"no"]), report=report
    )
    # PEP 3333 gives the path's bytes read as ISO-8859-1.
    path = "/상품/1".encode().decode("latin-1")
    serve(app, environ("POST", path, SCRIPT_NAME="/shop"))
    assert report.calls[0][1].path == "/shop/상품/1"
    report.calls.clear()
    serve(app, environ("POST", "/\xff"))  # no UTF-8: kept as it came
    assert report.calls[0][1].path == "/\xff"


# -- choosing what to report -------------------------------------------------------


def test_ignore_and_min_level_choose_the_findings() -> None:
    def app(env: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        start_response("405 Method Not Allowed", [("Location", "/x")])
        return []

    every = Reports()
    serve(ResponseChecker(app, report=every), environ())
    assert every.rules == [
        "4xx-explanation-missing",
        "405-allow-missing",
        "location-without-meaning",
    ]
    ignoring = Reports()
    serve(
        ResponseChecker(app, report=ignoring, ignore={"405-allow-missing"}), environ()
    )
    assert ignoring.rules == ["4xx-explanation-missing", "location-without-meaning"]
    should = Reports()
    serve(ResponseChecker(app, report=should, min_level="SHOULD"), environ())
    assert should.rules == ["4xx-explanation-missing", "405-allow-missing"]
    must = Reports()
    serve(ResponseChecker(app, report=must, min_level=RequirementLevel.MUST), environ())
    assert must.rules == ["405-allow-missing"]


def _finding(header: str, rule: str) -> Finding:
    return Finding(RequirementLevel.MUST, header, "RFC 9110", "m", "m", rule)


@pytest.mark.parametrize(
    "header",
    [
        "Date",
        "server",
        "CONNECTION",
        "Keep-Alive",
        "Transfer-Encoding",
        "Content-Length",
    ],
)
def test_a_field_the_server_adds_is_not_reported_missing(header: str) -> None:
    options = Options((), "NOTE", "en")
    missing = _finding(header, f"304-{header.lower()}-missing")
    malformed = _finding(header, f"{header.lower()}-malformed")
    assert options.keep([missing, malformed]) == (malformed,)


def test_a_field_the_app_adds_is_reported_missing() -> None:
    options = Options((), "NOTE", "en")
    missing = _finding("ETag", "304-etag-missing")
    assert options.keep([missing]) == (missing,)


# -- a real server, a real client ------------------------------------------------


def test_under_wsgirefs_server_with_requests() -> None:
    report = Reports()

    def app(env: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        if env["PATH_INFO"] == "/missing-allow":
            start_response("405 Method Not Allowed", [("Content-Type", "text/plain")])
            return [b"no"]
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"fine"]

    with (
        wsgi_server(ResponseChecker(app, report=report)) as base,
        requests.Session() as session,
    ):
        fine = session.get(f"{base}/fine", timeout=10)
        refused = session.delete(f"{base}/missing-allow", timeout=10)
    assert (fine.status_code, fine.text) == (200, "fine")
    assert (refused.status_code, refused.text) == (405, "no")
    # wsgiref added Date and Server, which the app is right to leave out.
    assert "Date" in fine.headers
    assert report.rules == ["405-allow-missing"]
    assert report.calls[0][1].method == "DELETE"


# -- Flask -------------------------------------------------------------------------


def flask_app() -> flask.Flask:
    app = flask.Flask("checked")

    @app.route("/page")
    def page() -> str:
        return "a page"

    @app.route("/refuse", methods=["GET", "DELETE"])
    def refuse() -> flask.Response:
        return flask.Response("not that", status=405)

    @app.route("/empty-error")
    def empty_error() -> tuple[str, int]:
        return "", 409

    @app.route("/stream")
    def stream() -> flask.Response:
        return flask.Response(iter([b"a", b"b"]), status=200)

    @app.route("/moved")
    def moved() -> flask.Response:
        return flask.Response("", status=301)

    return app


@pytest.fixture
def flask_report() -> tuple[flask.Flask, Reports]:
    app = flask_app()
    report = Reports()
    app.wsgi_app = ResponseChecker(app.wsgi_app, report=report)  # type: ignore[method-assign]
    return app, report


def test_flask_responses_that_conform_report_nothing(
    flask_report: tuple[flask.Flask, Reports],
) -> None:
    app, report = flask_report
    client = app.test_client()
    assert client.get("/page").text == "a page"
    assert client.get("/stream").data == b"ab"
    assert client.head("/page").status_code == 200
    # Flask's own 405 and 404 carry what they must.
    assert client.post("/page").status_code == 405
    assert client.get("/nowhere").status_code == 404
    assert report.calls == []


def test_flask_responses_that_break_rules_are_reported(
    flask_report: tuple[flask.Flask, Reports],
) -> None:
    app, report = flask_report
    client = app.test_client()
    assert client.delete("/refuse").status_code == 405
    # An empty body: the test client reads its first chunk, b"", and the
    # status and fields are checked at once...
    assert client.get("/moved").status_code == 301
    assert report.rules == ["405-allow-missing", "301-location-missing"]
    report.calls.clear()
    response = client.get("/empty-error")
    assert response.status_code == 409
    assert report.calls == []
    # ...and the content when the test reads it.
    assert response.data == b""
    assert report.rules == ["4xx-explanation-missing"]


def test_flask_findings_come_while_the_test_client_runs_the_request() -> None:
    """The test client reads the first chunk to learn the status, and that
    settles the check: a test that reads only the status is checked."""
    app = flask_app()
    app.wsgi_app = ResponseChecker(app.wsgi_app)  # type: ignore[method-assign]
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with pytest.raises(ResponseWarning, match="405-allow-missing"):
            app.test_client().delete("/refuse")


# -- what the environ and the status say ---------------------------------------------


def test_a_status_of_three_digits_alone_is_read() -> None:
    report = Reports()
    app = ResponseChecker(responding("204", [], [b"x"]), report=report)
    serve(app, environ())
    assert report.rules == ["204-content-forbidden"]
    report.calls.clear()
    serve(ResponseChecker(responding("2045 x", [], [b"x"]), report=report), environ())
    assert report.calls == []


def test_the_exchange_takes_the_script_and_path_and_the_body_fields() -> None:
    report = Reports()
    app = ResponseChecker(responding("204 No Content", [], [b"x"]), report=report)
    env = environ("POST", CONTENT_TYPE="text/plain", CONTENT_LENGTH="5")
    env["SCRIPT_NAME"] = "/app"
    del env["PATH_INFO"]
    serve(app, env)
    (_, exchange), *_ = report.calls
    assert exchange.path == "/app"
    fields = dict(exchange.request_headers)
    assert (fields["Content-Type"], fields["Content-Length"]) == ("text/plain", "5")


@pytest.mark.parametrize("kind", [list, tuple])
def test_a_list_or_tuple_result_reaches_the_server_as_it_is(
    kind: type[list[bytes]] | type[tuple[bytes, ...]],
) -> None:
    body = kind([b"a page"])
    app = responding("200 OK", [("Content-Type", "text/plain")], body)
    _, _, result = serve(ResponseChecker(app), environ())
    assert result is body


def test_a_warning_made_an_error_on_a_list_result_is_raised_as_it_is() -> None:
    """A list has no close(): nothing to close, and nothing else raised."""
    app = ResponseChecker(responding("204 No Content", [], [b"x"]))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with pytest.raises(ResponseWarning, match="204-content-forbidden"):
            serve(app, environ())


def cut_short(app: Any, chunks: int) -> Reports:
    """One request that the server stops after ``chunks`` chunks, each of
    which must be empty: what the checker reported."""
    report = Reports()
    result = ResponseChecker(app, report=report)(environ(), Server().start_response)
    read = iter(result)
    assert [next(read) for _ in range(chunks)] == [b""] * chunks
    result.close()  # type: ignore[attr-defined]  # PEP 3333: the server calls it
    return report


@pytest.mark.parametrize(
    ("written", "rules"), [(b"x", ["204-content-forbidden"]), (b"", [])]
)
def test_content_written_before_a_body_cut_short_is_judged(
    written: bytes, rules: list[str]
) -> None:
    """An application that writes, then yields: when the server stops after
    the first (empty) chunk, what write() sent is all the content known."""

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        write = start_response("204 No Content", [])
        if written:
            write(written)
        yield b""
        yield b"never read"

    assert cut_short(app, 1).rules == rules


def test_an_empty_chunk_before_start_response_does_not_hide_the_fields() -> None:
    """The status is not known before start_response: a glance then has
    nothing to look at, and the look after it still reports the fields."""

    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        yield b""
        start_response("401 Unauthorized", [])
        yield b""
        yield b"never read"

    assert cut_short(app, 2).rules == ["401-www-authenticate-missing"]


def test_a_glance_at_the_fields_reports_them_once_however_many_empty_chunks() -> None:
    def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterator[bytes]:
        start_response("401 Unauthorized", [])
        yield b""
        yield b""
        yield b"never read"

    assert cut_short(app, 2).rules == ["401-www-authenticate-missing"]
