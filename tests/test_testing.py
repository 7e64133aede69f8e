"""httpcodes.testing (issue 21): findings() and assert_conforms() read the
responses of the clients people test with, each by the attributes it has:
requests and http.client against wsgiref's server, httpx through its WSGI
transport, Starlette's test client, Flask's and aiohttp's.  (Django's test
client is in test_django.py.)"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterable
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import flask
import httpx
import pytest
import requests
from aiohttp import web
from aiohttp.test_utils import TestClient as AiohttpClient
from aiohttp.test_utils import TestServer

with warnings.catch_warnings():
    # Starlette < 1 warns, when its test client is imported, that it
    # prefers httpx2 to httpx; the test dependencies bring both.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from httpcodes import RequirementLevel
from httpcodes.testing import assert_conforms, findings

from .servers import wsgi_server

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment


def rules(response: Any, **options: Any) -> list[str]:
    return [finding.rule for finding in findings(response, **options)]


# One small application, served to each client: each path a response.
RESPONSES: dict[str, tuple[str, list[tuple[str, str]], bytes]] = {
    "/page": ("200 OK", [("Content-Type", "text/plain")], b"a page"),
    "/refuse": ("405 Method Not Allowed", [("Content-Type", "text/plain")], b"no"),
    "/empty-conflict": ("409 Conflict", [("Content-Length", "0")], b""),
    "/moved": ("301 Moved Permanently", [("Content-Length", "0")], b""),
    "/not-modified": ("304 Not Modified", [], b""),
    "/aged-twice": ("200 OK", [("Age", "5"), ("Age", "5")], b"x"),
}


def app(env: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
    status, headers, content = RESPONSES[env["PATH_INFO"]]
    start_response(status, headers)
    return [content]


# -- requests and http.client, against a real server ---------------------------------


def test_requests_responses() -> None:
    with wsgi_server(app) as base, requests.Session() as session:
        assert rules(session.get(f"{base}/page", timeout=10)) == []
        assert rules(session.delete(f"{base}/refuse", timeout=10)) == [
            "405-allow-missing"
        ]
        assert rules(session.get(f"{base}/empty-conflict", timeout=10)) == [
            "4xx-explanation-missing"
        ]
        assert rules(
            session.get(f"{base}/moved", timeout=10, allow_redirects=False)
        ) == ["301-location-missing"]
        # The request requests sent is read: it had no condition.
        assert rules(session.get(f"{base}/not-modified", timeout=10)) == [
            "304-unconditional"
        ]
        conditional = session.get(
            f"{base}/not-modified", headers={"If-None-Match": '"v1"'}, timeout=10
        )
        assert rules(conditional) == []
        # requests joins a repeated field into one value.
        assert rules(session.get(f"{base}/aged-twice", timeout=10)) == ["age-malformed"]
        # A HEAD response has no content: nothing to explain, nothing extra.
        assert rules(session.head(f"{base}/empty-conflict", timeout=10)) == []


def test_requests_responses_to_fields_given_as_bytes() -> None:
    # requests takes a field value as str or bytes, and its prepared request
    # keeps bytes as they were given; they are read as HTTP/1.1 reads a
    # field line, each byte one character (RFC 9112, Section 5), not
    # refused as if the test had passed request_headers wrong.
    with wsgi_server(app) as base, requests.Session() as session:
        conditional = session.get(
            f"{base}/not-modified", headers={"If-None-Match": b'"v1"'}, timeout=10
        )
        assert rules(conditional) == []
        assert_conforms(conditional)
        unconditional = session.get(
            f"{base}/not-modified", headers={"X-Trace": b"\xe9t\xe9"}, timeout=10
        )
        assert rules(unconditional) == ["304-unconditional"]


def test_http_client_responses_take_the_method_from_the_test() -> None:
    with wsgi_server(app) as base:
        request = urllib.request.Request(f"{base}/refuse", method="DELETE")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=10)
    # http.client keeps neither the request nor, unread, the content.
    with info.value as error:
        assert rules(error, method="DELETE") == ["405-allow-missing"]


# -- httpx, Starlette's test client ---------------------------------------------------


def test_httpx_responses_keep_each_field_line() -> None:
    with httpx.Client(
        transport=httpx.WSGITransport(app=app), base_url="http://a.example"
    ) as client:
        assert rules(client.get("/page")) == []
        assert rules(client.delete("/refuse")) == ["405-allow-missing"]
        # httpx keeps the two field lines apart (multi_items).
        assert rules(client.get("/aged-twice")) == ["field-repeated"]
        assert rules(client.get("/not-modified")) == ["304-unconditional"]


def test_an_unread_httpx_stream_leaves_the_content_unknown() -> None:
    with (
        httpx.Client(
            transport=httpx.WSGITransport(app=app), base_url="http://a.example"
        ) as client,
        client.stream("GET", "/empty-conflict") as response,
    ):
        assert rules(response) == []
        response.read()
        assert rules(response) == ["4xx-explanation-missing"]


def test_a_hand_made_httpx_response_without_a_request() -> None:
    response = httpx.Response(405, content=b"no")
    assert rules(response) == ["405-allow-missing"]  # read as GET, alone


async def refuse(request: Request) -> Response:
    return Response("no", status_code=405)


def test_starlette_test_client_responses() -> None:
    routes = [Route("/refuse", refuse, methods=["GET", "DELETE"])]
    with TestClient(Starlette(routes=routes)) as client:
        assert rules(client.delete("/refuse")) == ["405-allow-missing"]
        assert rules(client.post("/refuse")) == []  # Starlette's own 405


# -- Flask and werkzeug ----------------------------------------------------------------


def test_flask_test_client_responses() -> None:
    flask_app = flask.Flask("tested")

    @flask_app.route("/refuse", methods=["GET", "DELETE"])
    def refuse() -> flask.Response:
        return flask.Response("no", status=405)

    @flask_app.route("/stream")
    def stream() -> flask.Response:
        return flask.Response(iter([b"a", b"b"]), status=409)

    client = flask_app.test_client()
    assert rules(client.delete("/refuse")) == ["405-allow-missing"]
    assert rules(client.post("/refuse")) == []  # Flask's own 405
    assert rules(client.get("/refuse", headers={"If-None-Match": '"x"'})) == [
        "405-allow-missing"
    ]
    streamed = client.get("/stream")
    assert rules(streamed) == []
    assert streamed.data == b"ab"


# -- aiohttp -------------------------------------------------------------------------


def test_aiohttp_responses() -> None:
    async def refuse(request: web.Request) -> web.Response:
        return web.Response(status=405, text="no")

    async def conflict(request: web.Request) -> web.Response:
        return web.Response(status=409)

    async def requests_() -> list[list[str]]:
        aiohttp_app = web.Application()
        aiohttp_app.router.add_route("*", "/refuse", refuse)
        aiohttp_app.router.add_get("/conflict", conflict)
        async with AiohttpClient(TestServer(aiohttp_app)) as client:
            found = []
            response = await client.delete("/refuse")
            found.append(rules(response))  # before the content is read
            await response.read()
            found.append(rules(response))
            found.append(rules(await client.get("/conflict")))
            return found

    assert asyncio.run(requests_()) == [
        ["405-allow-missing"],
        ["405-allow-missing"],
        ["4xx-explanation-missing"],
    ]


# -- the arguments -------------------------------------------------------------------


def shaped(**attributes: Any) -> SimpleNamespace:
    return SimpleNamespace(**attributes)


def test_method_and_request_headers_given_win_over_the_responses() -> None:
    request = shaped(method="GET", headers={"Host": "a.example"})
    response = shaped(status_code=304, headers={}, content=b"", request=request)
    assert rules(response) == ["304-unconditional"]
    assert rules(response, request_headers={"If-None-Match": '"v1"'}) == []
    # A 304 to POST is a contradiction whatever the request carries.
    assert rules(response, method="POST") == ["304-unconditional"]
    assert rules(response, request_headers=()) == []  # no request: not checked


def test_the_method_given_is_the_one_checked() -> None:
    request = shaped(method="DELETE", headers={"Host": "a.example"})
    response = shaped(
        status_code=405,
        headers={"Allow": "GET", "Content-Type": "text/plain"},
        content=b"no",
        request=request,
    )
    assert rules(response) == []
    assert rules(response, method="GET") == ["405-allow-lists-method"]
    assert_conforms(response)
    with pytest.raises(AssertionError, match="405-allow-lists-method"):
        assert_conforms(response, method="GET")


def test_assert_conforms_takes_the_request_headers_given() -> None:
    request = shaped(method="GET", headers={"Host": "a.example"})
    response = shaped(status_code=304, headers={}, content=b"", request=request)
    with pytest.raises(AssertionError, match="304-unconditional"):
        assert_conforms(response)
    assert_conforms(response, request_headers={"If-None-Match": '"v1"'})


@pytest.mark.parametrize(
    "name", ["request", "wsgi_request", "asgi_request", "request_info"]
)
def test_the_request_is_found_under_each_clients_name(name: str) -> None:
    response = shaped(
        status_code=405,
        headers={"Allow": "PUT", "Content-Type": "text/plain"},
        content=b"no",
        **{name: shaped(method="PUT", headers={"Host": "a.example"})},
    )
    assert rules(response) == ["405-allow-lists-method"]


def test_a_method_kept_on_the_response_is_read_when_no_request_is() -> None:
    """aiohttp's ClientResponse keeps the method itself."""
    response = shaped(
        status=405,
        headers={"Allow": "PUT", "Content-Type": "text/plain"},
        content=b"no",
        method="PUT",
    )
    host = {"Host": "a.example"}
    assert rules(response, request_headers=host) == ["405-allow-lists-method"]
    del response.method
    assert rules(response, request_headers=host) == []


def test_a_response_without_a_status_is_refused_by_what_it_lacks() -> None:
    with pytest.raises(TypeError) as info:
        findings(shaped(headers={}))
    assert str(info.value) == (
        "response must have a status_code (requests, httpx, werkzeug, Django)"
        " or a status (aiohttp), not SimpleNamespace"
    )


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (shaped(total_bytes=1, is_eof=lambda: True), []),
        (shaped(total_bytes=0, is_eof=lambda: True), ["4xx-explanation-missing"]),
        (shaped(total_bytes=0, is_eof=lambda: False), []),
        (shaped(total_bytes=0), []),
        (shaped(total_bytes=0, is_eof=True), []),
    ],
    ids=["one byte", "ended empty", "not ended", "no is_eof", "is_eof not callable"],
)
def test_an_aiohttp_stream_counts_what_arrived(
    stream: SimpleNamespace, expected: list[str]
) -> None:
    assert rules(shaped(status=409, headers={}, content=stream)) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ["4xx-explanation-missing"]),
        (bytearray(b""), ["4xx-explanation-missing"]),
        (memoryview(b""), ["4xx-explanation-missing"]),
        (b"x", []),
        (bytearray(b"x"), []),
        (memoryview(b"x"), []),
        (b"why", []),
        ("not bytes", []),
        (None, []),
    ],
    ids=repr,
)
def test_content_is_read_when_it_is_bytes(content: object, expected: list[str]) -> None:
    assert rules(shaped(status_code=409, headers={}, content=content)) == expected


def test_data_and_body_are_read_too() -> None:
    assert rules(shaped(status_code=409, headers={}, data=b"")) == [
        "4xx-explanation-missing"
    ]
    assert rules(shaped(status_code=409, headers={}, body=b"")) == [
        "4xx-explanation-missing"
    ]


def test_an_attribute_that_refuses_to_be_read_is_left_out() -> None:
    class Unread:
        status_code = 409

        @property
        def headers(self) -> dict[str, str]:
            return {}

        @property
        def content(self) -> bytes:
            raise RuntimeError("not read yet")

        @property
        def request(self) -> object:
            raise RuntimeError("no request")

    assert rules(Unread()) == []


def test_the_status_attribute_for_aiohttp_shapes() -> None:
    assert rules(shaped(status=405, headers={}, content=b"x", method="PUT")) == [
        "405-allow-missing"
    ]


def test_ignore_and_min_level() -> None:
    response = shaped(status_code=405, headers={"Location": "/x"}, content=b"")
    assert rules(response) == [
        "4xx-explanation-missing",
        "405-allow-missing",
        "location-without-meaning",
    ]
    assert rules(response, ignore={"405-allow-missing"}) == [
        "4xx-explanation-missing",
        "location-without-meaning",
    ]
    assert rules(response, min_level=RequirementLevel.SHOULD) == [
        "4xx-explanation-missing",
        "405-allow-missing",
    ]
    assert rules(response, min_level="MUST") == ["405-allow-missing"]
    assert rules(response, min_level="MAY") == rules(response)


def test_assert_conforms_lists_each_finding() -> None:
    response = shaped(
        status_code=405,
        headers={"Location": "/x"},
        content=b"",
        request=shaped(method="PUT", headers={}),
    )
    with pytest.raises(AssertionError) as info:
        assert_conforms(response, ignore=["4xx-explanation-missing"])
    assert str(info.value) == (
        "PUT, answered 405 - problems found: 2\n"
        "  405-allow-missing (RFC 9110, Section 15.5.6): A 405 response MUST"
        " carry Allow, and this one has none. Allow lists the methods the"
        " target resource supports now; it may be empty (RFC 9110, Section"
        " 10.2.1).\n"
        "  location-without-meaning (RFC 9110, Section 10.2.2): Location has a"
        " defined meaning only in 201 and 3xx responses; in a 405 response it"
        " has none, so clients read it differently or not at all (RFC 9110,"
        " Section 10.2.2)."
    )
    assert_conforms(response, min_level="CONTRADICTION", ignore={"405-allow-missing"})


def test_assert_conforms_in_korean() -> None:
    response = shaped(status_code=204, headers={}, content=b"x")
    with pytest.raises(AssertionError) as info:
        assert_conforms(response, lang="ko")
    assert str(info.value) == (
        "GET 요청, 204 응답 - 발견된 문제: 1건\n"
        "  204-content-forbidden (RFC 9110, Section 15.3.5): 204 응답에는 본문이"
        " 있어서는 안 되는데(MUST NOT) 있음. 204 응답은 헤더 섹션에서 끝나므로"
        " 본문이 들어갈 자리가 없음"
    )


@pytest.mark.parametrize(
    ("response", "pattern"),
    [
        ("a response", r"^response must have a status_code .* not str$"),
        (
            shaped(headers={}),
            r"^response must have a status_code .* not SimpleNamespace$",
        ),
        (
            shaped(status_code=404),
            r"^response must have headers, .* not SimpleNamespace$",
        ),
        (
            shaped(status_code="404", headers={}),
            r"status_code must be an int, not str$",
        ),
        (shaped(status=True, headers={}), r"status must be an int, not bool$"),
        (shaped(status_code=404, headers="Allow: GET"), r"^headers must be a mapping"),
    ],
    ids=repr,
)
def test_what_is_no_response_is_a_type_error(response: object, pattern: str) -> None:
    with pytest.raises(TypeError, match=pattern):
        findings(response)
    with pytest.raises(TypeError, match=pattern):
        assert_conforms(response)


def test_a_status_outside_the_range_is_check_responses_error() -> None:
    with pytest.raises(ValueError, match="600 is not an HTTP status code"):
        findings(shaped(status_code=600, headers={}))
