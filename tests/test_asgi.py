"""httpcodes.asgi.ResponseChecker (issue 21): every message passes through
as it comes, other scopes go straight to the application, and each HTTP
response is checked once the application returns.  Raw ASGI applications
driven by asyncio, and Starlette and FastAPI applications with Starlette's
test client.  (Django's ASGI application is in test_django.py.)"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

import pytest

with warnings.catch_warnings():
    # Starlette < 1 warns, when its test client is imported, that it
    # prefers httpx2 to httpx; the test dependencies bring both.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

import fastapi
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from httpcodes import Exchange, ResponseWarning
from httpcodes.asgi import ResponseChecker

from .reports import Reports

Message = MutableMapping[str, Any]
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def http_scope(
    method: str = "GET",
    path: str = "/",
    headers: list[tuple[bytes, bytes]] | None = None,
) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"token=secret",
        "root_path": "",
        "headers": [(b"host", b"a.example")] if headers is None else headers,
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 5000),
    }


async def _receive() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def drive(app: App, scope: Scope) -> list[Message]:
    """One request, as a server runs it: what the server was sent."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    async def run() -> None:
        await app(scope, _receive, send)

    asyncio.run(run())
    return sent


def sending(*messages: Message) -> App:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        for message in messages:
            await send(message)

    return app


def start(status: Any, headers: Any = ()) -> Message:
    return {"type": "http.response.start", "status": status, "headers": list(headers)}


def body(content: bytes = b"", *, more: bool = False) -> Message:
    return {"type": "http.response.body", "body": content, "more_body": more}


# -- what passes through ------------------------------------------------------------


def test_every_message_reaches_the_server_as_the_same_object_in_order() -> None:
    messages = [
        start(200, [(b"content-type", b"text/plain")]),
        body(b"he", more=True),
        body(b"llo"),
    ]
    report = Reports()
    sent = drive(ResponseChecker(sending(*messages), report=report), http_scope())
    assert len(sent) == 3
    assert all(s is m for s, m in zip(sent, messages, strict=True))
    assert report.calls == []


@pytest.mark.parametrize("kind", [list, tuple])
def test_header_pairs_in_a_list_or_tuple_reach_the_server_untouched(
    kind: type[list[Any]] | type[tuple[Any, ...]],
) -> None:
    headers = kind([(b"allow", b"GET")])
    message: Message = {
        "type": "http.response.start",
        "status": 405,
        "headers": headers,
    }
    report = Reports()
    app = sending(message, body(b"no"))
    sent = drive(ResponseChecker(app, report=report), http_scope())
    assert sent[0]["headers"] is headers
    assert report.rules == ["405-allow-lists-method"]


def test_header_pairs_given_as_an_iterator_are_read_and_reach_the_server() -> None:
    # ASGI types "headers" as an iterable of pairs (uvicorn and hypercorn
    # take any): read once by the server, a generator would leave nothing
    # for the check, whose 405 would then lack the Allow it has.
    pairs = [(b"allow", b"GET"), (b"content-type", b"text/plain")]
    message: Message = {
        "type": "http.response.start",
        "status": 405,
        "headers": (pair for pair in pairs),
    }
    report = Reports()
    sent = drive(
        ResponseChecker(sending(message, body(b"Use GET.")), report=report),
        http_scope("DELETE"),
    )
    assert sent[0] is message
    assert list(sent[0]["headers"]) == pairs
    assert report.calls == []


def test_each_message_goes_on_before_the_app_continues() -> None:
    """Nothing is held back: streaming stays streaming."""
    seen_by_server: list[int] = []
    sent: list[Message] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(start(200))
        seen_by_server.append(len(sent))
        await send(body(b"a", more=True))
        seen_by_server.append(len(sent))
        await send(body(b"b"))
        seen_by_server.append(len(sent))

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(ResponseChecker(app)(http_scope(), _receive, send))
    assert seen_by_server == [1, 2, 3]


@pytest.mark.parametrize("kind", ["lifespan", "websocket"])
def test_other_scopes_go_straight_to_the_app(kind: str) -> None:
    got: list[tuple[object, object, object]] = []
    report = Reports()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        got.append((scope, receive, send))

    async def send(message: Message) -> None:
        raise AssertionError("nothing is sent")

    scope = {"type": kind, "asgi": {"version": "3.0"}}
    asyncio.run(ResponseChecker(app, report=report)(scope, _receive, send))
    assert got == [(scope, _receive, send)]
    assert got[0][2] is send
    assert report.calls == []


def test_an_exception_of_the_app_propagates_untouched_and_nothing_is_checked() -> None:
    failure = ValueError("boom")
    report = Reports()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(start(204))
        await send(body(b"x"))
        raise failure

    with pytest.raises(ValueError, match="boom") as info:
        drive(ResponseChecker(app, report=report), http_scope())
    assert info.value is failure
    assert report.calls == []


# -- what is checked ----------------------------------------------------------------


def test_a_204_with_content_is_reported_with_its_exchange() -> None:
    report = Reports()
    app = sending(start(204, [(b"content-length", b"2")]), body(b"ok"))
    drive(ResponseChecker(app, report=report), http_scope("PUT", "/items/1"))
    assert report.rules == ["204-content-forbidden", "204-content-length-forbidden"]
    assert report.calls[0][1] == Exchange(
        "PUT", "/items/1", 204, (("content-length", "2"),), (("host", "a.example"),)
    )


def test_without_a_report_a_finding_is_a_warning_naming_the_exchange() -> None:
    app = sending(start(405, [(b"content-type", b"text/plain")]), body(b"no"))
    with pytest.warns(ResponseWarning) as caught:
        drive(ResponseChecker(app), http_scope("DELETE", "/상품/1"))
    (record,) = caught
    assert str(record.message) == (
        "DELETE '/상품/1', answered 405: 405-allow-missing (RFC 9110, Section"
        " 15.5.6): A 405 response MUST carry Allow, and this one has none. Allow"
        " lists the methods the target resource supports now; it may be empty"
        " (RFC 9110, Section 10.2.1)."
    )


def test_a_warning_is_attributed_to_the_middleware_module() -> None:
    """Attributed to the middleware's module, which a warnings filter can name."""
    app = sending(start(405), body(b"no"))
    with pytest.warns(ResponseWarning) as caught:
        drive(ResponseChecker(app), http_scope("DELETE", "/items/1"))
    (record,) = caught
    assert record.filename.endswith("asgi.py")


def test_a_warning_made_an_error_is_raised_after_the_app_is_done() -> None:
    finished = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(start(204))
        await send(body(b"x"))
        finished.append(True)

    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with pytest.raises(ResponseWarning, match="204-content-forbidden"):
            drive(ResponseChecker(app), http_scope())
    assert finished == [True]


def test_no_content_is_known_when_the_last_body_message_is_empty() -> None:
    report = Reports()
    app = sending(start(409), body(b"", more=True), body(b""))
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.rules == ["4xx-explanation-missing"]


def test_an_unfinished_response_has_its_fields_checked_not_its_content() -> None:
    report = Reports()
    drive(ResponseChecker(sending(start(405)), report=report), http_scope())
    assert report.rules == ["405-allow-missing"]


def test_a_response_whose_last_body_message_never_came_is_not_judged_empty() -> None:
    report = Reports()
    app = sending(start(409), body(b"", more=True))
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.calls == []


def test_a_body_message_without_more_body_is_the_last() -> None:
    report = Reports()
    app = sending(start(409), {"type": "http.response.body"})
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.rules == ["4xx-explanation-missing"]


def test_a_file_sent_by_path_is_content_not_seen() -> None:
    report = Reports()
    app = sending(start(204), {"type": "http.response.pathsend", "path": "/etc/hosts"})
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.calls == []


def test_a_file_sent_by_zero_copy_is_content_not_seen() -> None:
    """The zero-copy extension sends a file the middleware cannot measure:
    an empty last body message after it does not make the response empty."""
    report = Reports()
    zerocopy = {"type": "http.response.zerocopy", "file": 3, "more_body": True}
    app = sending(start(409), zerocopy, body(b""))
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.calls == []
    report.calls.clear()
    drive(ResponseChecker(sending(start(409), body(b"")), report=report), http_scope())
    assert report.rules == ["4xx-explanation-missing"]


def test_a_start_message_without_headers_is_a_response_without_fields() -> None:
    report = Reports()
    app = sending({"type": "http.response.start", "status": 405}, body(b"no"))
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.rules == ["405-allow-missing"]


def test_content_sent_to_head_is_not_judged() -> None:
    report = Reports()
    app = sending(start(405), body(b"dropped by the server"))
    drive(ResponseChecker(app, report=report), http_scope("HEAD"))
    assert report.rules == ["405-allow-missing"]


def test_the_request_fields_come_from_the_scope() -> None:
    report = Reports()
    app = sending(start(304), body())
    drive(ResponseChecker(app, report=report), http_scope())
    assert report.rules == ["304-unconditional"]
    report.calls.clear()
    headers = [(b"host", b"a.example"), (b"if-none-match", b'"v1"')]
    drive(ResponseChecker(app, report=report), http_scope(headers=headers))
    assert report.calls == []


@pytest.mark.parametrize(
    "response",
    [
        start("204"),
        start(204.0),
        start(600),
        start(True),
        start(204, [("content-length", "2")]),
        start(204, [(b"content-length",)]),
        start(204, [(b"x-count", 5)]),
        start(204, [("x-count", b"5")]),
        {"type": "http.response.start", "status": 204, "headers": 5},
    ],
    ids=repr,
)
def test_a_response_no_server_would_send_passes_unchecked(response: Message) -> None:
    report = Reports()
    app = sending(response, body(b"x"))
    sent = drive(ResponseChecker(app, report=report), http_scope())
    assert sent[0] is response
    assert report.calls == []


def test_a_scope_without_method_or_path_is_read_as_get_and_no_path() -> None:
    report = Reports()
    app = sending(start(405), body(b"no"))
    for scope in ({"type": "http", "path": 7}, {"type": "http"}):
        report.calls.clear()
        drive(ResponseChecker(app, report=report), scope)
        (_, exchange), *_ = report.calls
        read = (exchange.method, exchange.path, exchange.request_headers)
        assert read == ("GET", "", ())


def test_ignore_and_min_level_choose_the_findings() -> None:
    app = sending(start(405, [(b"location", b"/x")]), body())
    rules = []
    options: dict[str, Any]
    for options in (
        {},
        {"ignore": ["405-allow-missing"]},
        {"min_level": "SHOULD"},
        {"min_level": "MUST", "ignore": ()},
    ):
        report = Reports()
        drive(ResponseChecker(app, report=report, **options), http_scope())
        rules.append(report.rules)
    assert rules == [
        ["4xx-explanation-missing", "405-allow-missing", "location-without-meaning"],
        ["4xx-explanation-missing", "location-without-meaning"],
        ["4xx-explanation-missing", "405-allow-missing"],
        ["405-allow-missing"],
    ]


# -- Starlette and FastAPI ------------------------------------------------------------


async def page(request: Request) -> Response:
    return PlainTextResponse("a page")


async def refuse(request: Request) -> Response:
    return Response("not that", status_code=405)


async def stream(request: Request) -> Response:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    return StreamingResponse(chunks(), status_code=204)


async def echo(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_text(await websocket.receive_text())
    await websocket.close()


def starlette_app(report: Reports, events: list[str]) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        events.append("startup")
        yield
        events.append("shutdown")

    app = Starlette(
        routes=[
            Route("/page", page),
            Route("/refuse", refuse, methods=["GET", "DELETE"]),
            Route("/stream", stream),
            WebSocketRoute("/echo", echo),
        ],
        lifespan=lifespan,
    )
    app.add_middleware(ResponseChecker, report=report)
    return app


def test_starlette_passes_lifespan_websockets_and_conforming_responses() -> None:
    report = Reports()
    events: list[str] = []
    with TestClient(starlette_app(report, events)) as client:
        assert events == ["startup"]
        assert client.get("/page").text == "a page"
        assert client.head("/page").status_code == 200
        # Starlette's own 405 and 404 carry what they must.
        assert client.post("/page").status_code == 405
        assert client.get("/nowhere").status_code == 404
        with client.websocket_connect("/echo") as websocket:
            websocket.send_text("hello")
            assert websocket.receive_text() == "hello"
    assert events == ["startup", "shutdown"]
    assert report.calls == []


def test_starlette_responses_that_break_rules_are_reported() -> None:
    report = Reports()
    with TestClient(starlette_app(report, [])) as client:
        assert client.delete("/refuse").text == "not that"
        assert client.get("/stream").status_code == 204
    assert report.rules == ["405-allow-missing", "204-content-forbidden"]
    assert [exchange.path for _, exchange in report.calls] == ["/refuse", "/stream"]


def test_starlette_with_warnings_made_errors_fails_the_request() -> None:
    app = Starlette(routes=[Route("/refuse", refuse, methods=["DELETE"])])
    app.add_middleware(ResponseChecker)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseWarning)
        with TestClient(app) as client, pytest.raises(ResponseWarning) as info:
            client.delete("/refuse")
    assert info.value.finding is not None
    assert info.value.finding.rule == "405-allow-missing"


def test_fastapi_responses_are_checked() -> None:
    report = Reports()
    app = fastapi.FastAPI()

    @app.get("/items", status_code=201)
    def created_by_a_get() -> dict[str, str]:
        return {"id": "1"}

    @app.get("/items/{item_id}")
    def item(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    app.add_middleware(ResponseChecker, report=report, min_level="SHOULD")
    with TestClient(app) as client:
        assert client.get("/items/1").json() == {"id": 1}
        assert client.get("/items/x").status_code == 422
        assert client.delete("/items/1").status_code == 405
        assert report.calls == []
        assert client.get("/items").status_code == 201
    assert report.rules == ["201-safe-method"]
