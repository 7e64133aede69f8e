"""Check an ASGI application's responses as it sends them (ASGI 3).

Wrap the application; every message passes through unchanged, and each
HTTP response is checked against the rules of its status code
(``httpcodes.check_response``) once the application has sent it.  What it
breaks goes to ``report``, or is issued as a ``httpcodes.ResponseWarning``:

>>> import asyncio
>>> from httpcodes.asgi import ResponseChecker
>>> async def app(scope, receive, send):
...     await send({"type": "http.response.start", "status": 204,
...                 "headers": [(b"content-length", b"2")]})
...     await send({"type": "http.response.body", "body": b"ok"})
>>> seen = []
>>> def report(finding, exchange):
...     seen.append(finding.rule)
>>> checked = ResponseChecker(app, report=report)
>>> scope = {"type": "http", "method": "PUT", "path": "/items/1", "headers": []}
>>> async def receive(): return {"type": "http.request", "body": b""}
>>> async def send(message): pass
>>> asyncio.run(checked(scope, receive, send))
>>> seen
['204-content-forbidden', '204-content-length-forbidden']

Scopes other than ``http`` (``lifespan``, ``websocket``) go straight to the
application.  docs/middleware.md shows the set-up for Starlette, FastAPI
and Django, and what is checked when.
"""

from __future__ import annotations

from contextlib import suppress as _suppress

from httpcodes import Exchange as _Exchange
from httpcodes import RequirementLevel as _RequirementLevel
from httpcodes import check_response as _check_response
from httpcodes._checking import Options as _Options
from httpcodes._checking import application as _application

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterable, MutableMapping
    from typing import Any, Literal

    from httpcodes import Finding
    from httpcodes._checking import Level

    # The shapes of the ASGI specification, as Starlette spells them.
    Scope = MutableMapping[str, Any]
    Message = MutableMapping[str, Any]
    Receive = Callable[[], Awaitable[Message]]
    Send = Callable[[Message], Awaitable[None]]
    ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

__all__ = ["ResponseChecker"]


class ResponseChecker:
    """An ASGI application that runs ``app`` and checks each HTTP response
    it sends.

    ``report(finding, exchange)`` is called with each ``Finding`` and the
    ``Exchange`` it was found in; without ``report``, each finding is issued
    as a ``httpcodes.ResponseWarning``.  ``ignore`` is a collection of rule
    names never to report (``{"4xx-explanation-missing"}``); ``min_level``
    the least serious level reported (a ``RequirementLevel`` or its value:
    ``"SHOULD"`` leaves out NOTE); ``lang`` the language of a warning's
    text, ``"en"`` or ``"ko"``.

    A response is checked when the application returns, after its last
    message has gone to the server, so that a warning turned into an error
    is raised outside the application.  Content is never buffered; a
    response the application did not finish, or that ended in an
    exception, is not checked.
    """

    __slots__ = ("_options", "app")

    def __init__(
        self,
        app: ASGIApp,
        *,
        report: Callable[[Finding, _Exchange], object] | None = None,
        ignore: Iterable[str] = (),
        min_level: Level = _RequirementLevel.NOTE,
        lang: Literal["en", "ko"] = "en",
    ) -> None:
        _application(app, "an ASGI")
        self.app = app
        self._options = _Options(ignore, min_level, lang, report)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        response = _Response()

        async def watch(message: Message) -> None:
            response.see(message)
            await send(message)

        await self.app(scope, receive, watch)
        if response.status is not None:
            response.finish(scope, self._options)


class _Response:
    """One response on its way: what the application has sent so far."""

    __slots__ = ("complete", "content", "headers", "status", "unknown")

    def __init__(self) -> None:
        self.status: object = None
        self.headers: Any = ()
        self.content = False  # a non-empty body has been sent
        self.unknown = False  # a file went by (zero-copy), its size not seen
        self.complete = False  # the last body message has been sent

    def see(self, message: Message) -> None:
        kind = message.get("type")
        if kind == "http.response.start":
            self.status = message.get("status")
            headers = message.get("headers", ())
            if type(headers) is not list and type(headers) is not tuple:
                # ASGI's headers are any iterable of pairs: an iterator read
                # by the server would leave nothing to check.  The same
                # pairs, as a list, go on in the same message.
                with _suppress(TypeError):  # not iterable: the server refuses it
                    headers = message["headers"] = list(headers)
            self.headers = headers
        elif kind == "http.response.body":
            if message.get("body"):
                self.content = True
            if not message.get("more_body", False):
                self.complete = True
        elif kind == "http.response.zerocopy":
            # The server sends a file whose size is not seen here; an empty
            # last body message after it does not make the response empty.
            # ("http.response.pathsend", the other file extension, needs no
            # case: it is the last message, and no body message completes
            # the response after it, so its content stays unknown too.)
            self.unknown = True

    def finish(self, scope: Scope, options: _Options) -> None:
        """Check the response and report what it breaks."""
        method = scope.get("method", "GET")
        has_content: bool | None
        if method == "HEAD":
            # Servers drop content sent to HEAD themselves (uvicorn,
            # hypercorn, daphne): it is not the client's to see.
            has_content = None
        elif self.content:
            has_content = True
        elif self.unknown or not self.complete:
            has_content = None
        else:
            has_content = False
        try:
            headers = _text_pairs(self.headers)
            request_headers = _text_pairs(scope.get("headers", ()))
            findings = _check_response(
                self.status,  # type: ignore[arg-type]
                headers,
                method=method,
                has_content=has_content,
                request_headers=request_headers,
            )
        except (TypeError, ValueError):
            # A status that is not an int from 100 to 599, headers that are
            # not pairs of bytes, a method that is not a token: no HTTP
            # response can come of them, and the server refuses them itself.
            return
        kept = options.keep(findings)
        if kept:
            path = scope.get("path", "")
            exchange = _Exchange(
                method,
                path if type(path) is str else "",
                int(self.status),  # type: ignore[call-overload]
                tuple(headers),
                tuple(request_headers),
            )
            options.issue(kept, exchange, stacklevel=1)


def _text_pairs(fields: Iterable[Any]) -> list[tuple[str, str]]:
    """ASGI's header pairs of bytes as text: each byte one character, as
    HTTP/1.1 reads field lines (RFC 9112, Section 5).  ``TypeError`` for
    anything else."""
    pairs = []
    for name, value in fields:
        if not isinstance(name, (bytes, bytearray)) or not isinstance(
            value, (bytes, bytearray)
        ):
            raise TypeError("ASGI header names and values are bytes")
        pairs.append((bytes(name).decode("latin-1"), bytes(value).decode("latin-1")))
    return pairs


del TYPE_CHECKING
