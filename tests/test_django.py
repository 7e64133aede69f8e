"""Django (issue 21): its WSGI application behind httpcodes.wsgi under
wsgiref's server, its ASGI application behind httpcodes.asgi under httpx's
ASGI transport, and its test client's responses read by httpcodes.testing.

Django's settings are process-wide: this module configures them, once,
with its own views as the URL configuration.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import django
import httpx
import pytest
import requests
from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseNotModified,
    StreamingHttpResponse,
)
from django.urls import path

from httpcodes.testing import assert_conforms, findings

from .reports import Reports
from .servers import wsgi_server


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"a page")


def refuse(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"not that", status=405)


def not_allowed(request: HttpRequest) -> HttpResponse:
    return HttpResponseNotAllowed(["GET"])


def not_modified(request: HttpRequest) -> HttpResponse:
    return HttpResponseNotModified()


def stream(request: HttpRequest) -> StreamingHttpResponse:
    status = int(str(request.GET.get("status", "204")))
    return StreamingHttpResponse(iter([b"a", b"b"]), status=status)


async def _chunks() -> AsyncIterator[bytes]:
    yield b"a"
    yield b"b"


async def astream(request: HttpRequest) -> StreamingHttpResponse:
    return StreamingHttpResponse(_chunks(), status=204)


urlpatterns = [
    path("page", page),
    path("refuse", refuse),
    path("not-allowed", not_allowed),
    path("not-modified", not_modified),
    path("stream", stream),
    path("astream", astream),
]

if not settings.configured:
    settings.configure(
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["*"],
        SECRET_KEY="only for the tests",
        DEBUG=False,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )
    django.setup()

from django.core.asgi import get_asgi_application  # noqa: E402 - needs settings
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.test import Client  # noqa: E402

from httpcodes import asgi, wsgi  # noqa: E402


def test_the_wsgi_application_behind_the_checker() -> None:
    report = Reports()
    django_application: Any = get_wsgi_application()
    application = wsgi.ResponseChecker(django_application, report=report)
    with wsgi_server(application) as base, requests.Session() as session:
        assert session.get(f"{base}/page", timeout=10).text == "a page"
        assert report.calls == []
        # Django's own 405 carries Allow, but no word of explanation.
        assert session.post(f"{base}/not-allowed", timeout=10).status_code == 405
        assert session.delete(f"{base}/refuse", timeout=10).text == "not that"
        assert session.get(f"{base}/stream", timeout=10).status_code == 204
    assert report.rules == [
        "4xx-explanation-missing",
        "405-allow-missing",
        "204-content-forbidden",
    ]
    paths = [exchange.path for _, exchange in report.calls]
    assert paths == ["/not-allowed", "/refuse", "/stream"]


def test_the_asgi_application_behind_the_checker() -> None:
    report = Reports()
    application = asgi.ResponseChecker(get_asgi_application(), report=report)

    async def requests_() -> list[int]:
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://a.example"
        ) as client:
            return [
                (await client.get("/page")).status_code,
                (await client.post("/not-allowed")).status_code,
                (await client.delete("/refuse")).status_code,
                (await client.get("/astream")).status_code,
            ]

    assert asyncio.run(requests_()) == [200, 405, 405, 204]
    assert report.rules == [
        "4xx-explanation-missing",
        "405-allow-missing",
        "204-content-forbidden",
    ]


# -- the test client ----------------------------------------------------------------


def test_the_test_clients_responses_are_read() -> None:
    client: Any = Client()
    assert findings(client.get("/page")) == ()
    assert [f.rule for f in findings(client.post("/not-allowed"))] == [
        "4xx-explanation-missing"
    ]
    assert [f.rule for f in findings(client.delete("/refuse"))] == ["405-allow-missing"]
    # The request comes from the response's wsgi_request.
    assert [f.rule for f in findings(client.get("/not-modified"))] == [
        "304-unconditional"
    ]
    conditional = client.get("/not-modified", headers={"If-None-Match": '"v1"'})
    assert findings(conditional) == ()
    assert findings(client.head("/page")) == ()


def test_a_streaming_responses_content_is_not_read() -> None:
    response: Any = Client().get("/stream", {"status": "409"})
    assert response.streaming
    # Whether it has content is not known without reading it, so the
    # missing explanation is not reported; the stream is left whole.
    assert findings(response) == ()
    assert b"".join(response.streaming_content) == b"ab"


def test_assert_conforms_on_the_test_clients_response() -> None:
    client: Any = Client()
    assert_conforms(client.get("/page"))
    assert_conforms(client.post("/not-allowed"), ignore={"4xx-explanation-missing"})
    assert_conforms(client.post("/not-allowed"), min_level="MUST")
    with pytest.raises(AssertionError, match=r"^DELETE, answered 405 - problems"):
        assert_conforms(client.delete("/refuse"))
