"""Check a WSGI application's responses as it sends them (PEP 3333).

Wrap the application; every request and response passes through
unchanged, and each response is checked against the rules of its status
code (``httpcodes.check_response``).  What it breaks goes to ``report``, or
is issued as a ``httpcodes.ResponseWarning``:

>>> from wsgiref.util import setup_testing_defaults
>>> from httpcodes.wsgi import ResponseChecker
>>> def app(environ, start_response):
...     start_response("405 Method Not Allowed", [("Content-Type", "text/plain")])
...     return [b"Use GET."]
>>> seen = []
>>> checked = ResponseChecker(app, report=lambda finding, exchange: seen.append(
...     (exchange.method, exchange.path, exchange.status, finding.rule)))
>>> environ = {"REQUEST_METHOD": "DELETE", "PATH_INFO": "/items/1"}
>>> setup_testing_defaults(environ)
>>> list(checked(environ, lambda status, headers, exc_info=None: None))
[b'Use GET.']
>>> seen
[('DELETE', '/items/1', 405, '405-allow-missing')]

docs/middleware.md shows the set-up for Flask and Django, and what is
checked when.
"""

from __future__ import annotations

from httpcodes import Exchange as _Exchange
from httpcodes import RequirementLevel as _RequirementLevel
from httpcodes import check_response as _check_response
from httpcodes._checking import Options as _Options
from httpcodes._checking import application as _application

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any, Literal

    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

    from httpcodes import Finding
    from httpcodes._checking import Level

__all__ = ["ResponseChecker"]


class ResponseChecker:
    """A WSGI application that runs ``app`` and checks each response it
    sends.

    ``report(finding, exchange)`` is called with each ``Finding`` and the
    ``Exchange`` it was found in; without ``report``, each finding is issued
    as a ``httpcodes.ResponseWarning``.  ``ignore`` is a collection of rule
    names never to report (``{"4xx-explanation-missing"}``); ``min_level``
    the least serious level reported (a ``RequirementLevel`` or its value:
    ``"SHOULD"`` leaves out NOTE); ``lang`` the language of a warning's
    text, ``"en"`` or ``"ko"``.

    A response is checked as soon as what it is settles: at its first
    non-empty chunk of content, at the end of its content, or when the
    server closes it, whichever comes first; an empty first chunk has its
    status and fields checked at once, and its content when that settles.
    Content is never buffered, and a list the application returns is
    handed on as it is.
    """

    __slots__ = ("_options", "app")

    def __init__(
        self,
        app: WSGIApplication,
        *,
        report: Callable[[Finding, _Exchange], object] | None = None,
        ignore: Iterable[str] = (),
        min_level: Level = _RequirementLevel.NOTE,
        lang: Literal["en", "ko"] = "en",
    ) -> None:
        _application(app, "a WSGI")
        self.app = app
        self._options = _Options(ignore, min_level, lang, report)

    def __call__(
        self, environ: WSGIEnvironment, start_response: StartResponse
    ) -> Iterable[bytes]:
        response = _Response(self._options, environ, start_response)
        return response.follow(self.app(environ, response.start_response))


class _Response:
    """One response on its way: what the application has said so far."""

    __slots__ = (
        "content",
        "done",
        "environ",
        "headers",
        "options",
        "reported",
        "server",
        "status",
    )

    def __init__(
        self, options: _Options, environ: WSGIEnvironment, server: StartResponse
    ) -> None:
        self.options = options
        self.environ = environ
        self.server = server
        self.status: object = None
        self.headers: Any = ()
        self.content = False  # write() has sent a non-empty chunk
        self.done = False  # the response has been checked with what it is
        # What a look at the fields alone reported, before the content was
        # known (an empty first chunk); None before any look.
        self.reported: tuple[Finding, ...] | None = None

    def start_response(
        self, status: str, headers: list[tuple[str, str]], *exc_info: Any
    ) -> Callable[[bytes], object]:
        # The last call counts: an application that fails after starting
        # may call again, with exc_info, to send an error instead.  What it
        # passes goes to the server as it came, exc_info included.
        self.status = status
        self.headers = headers
        server_write = self.server(status, headers, *exc_info)

        def write(data: bytes) -> object:
            if data:
                self.content = True
            return server_write(data)

        return write

    def follow(self, result: Iterable[bytes]) -> Iterable[bytes]:
        """``result``, or a stand-in that watches its content go by."""
        if self.status is not None:
            if self.content:  # settled by write()
                return self.settle(result, True)
            if type(result) is list or type(result) is tuple:
                # All there already: nothing to wait for, nothing to wrap,
                # and a server that counts the chunks (wsgiref writes
                # Content-Length for one) sees the same object.
                return self.settle(result, any(result))
            # A file the server sends by its own means: wrapping it would
            # take that away, so its content is left unknown.
            wrapper = self.environ.get("wsgi.file_wrapper")
            if isinstance(wrapper, type) and isinstance(result, wrapper):
                return self.settle(result, None)
        return _Body(result, self)

    def settle(
        self, result: Iterable[bytes], has_content: bool | None
    ) -> Iterable[bytes]:
        """Check the response before the server holds ``result``, and hand
        it on; if the check raises (a warning made an error, a report that
        fails), the server never gets ``result``, so it is closed here:
        PEP 3333 has close() called however the request ends."""
        try:
            self.finish(has_content)
        except BaseException:
            close = getattr(result, "close", None)
            if close is not None:
                close()
            raise
        return result

    def glance(self) -> None:
        """Report what the status and fields show, before the content is
        known.  A test client that reads one chunk to learn the status and
        leaves an empty body unread (werkzeug's) still gets these."""
        self.reported = self.findings(None)
        self.issue(self.reported)

    def finish(self, has_content: bool | None) -> None:
        """Check the response now that its content is known (or known to
        stay unknown), and report what a glance did not."""
        self.done = True
        earlier = self.reported
        if earlier is None:
            self.issue(self.findings(has_content))
        elif has_content is not None:
            self.issue(tuple(f for f in self.findings(has_content) if f not in earlier))

    def findings(self, has_content: bool | None) -> tuple[Finding, ...]:
        """What the response breaks, less what the options leave out."""
        code = _code(self.status)
        if code is None:
            return ()
        environ = self.environ
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "HEAD":
            # Servers and frameworks drop content sent to HEAD themselves
            # (werkzeug, gunicorn, uvicorn): it is not the client's to see.
            has_content = None
        try:
            found = _check_response(
                code,
                self.headers,
                method=method,
                has_content=has_content,
                request_headers=_request_headers(environ),
            )
        except (TypeError, ValueError):
            # Headers that are not pairs of str, or a method that is not a
            # token: no HTTP response can come of them, and the server's
            # own WSGI checks say so.
            return ()
        return self.options.keep(found)

    def issue(self, findings: tuple[Finding, ...]) -> None:
        if findings:
            environ = self.environ
            exchange = _Exchange(
                environ.get("REQUEST_METHOD", "GET"),
                _path(environ),
                _code(self.status),  # type: ignore[arg-type]
                tuple((name, value) for name, value in self.headers),
                tuple(
                    (name.title(), value) for name, value in _request_headers(environ)
                ),
            )
            self.options.issue(findings, exchange, stacklevel=2)


class _Body:
    """The application's iterable, chunk by chunk, as the server asks."""

    __slots__ = ("_iterator", "_response", "_result")

    def __init__(self, result: Iterable[bytes], response: _Response) -> None:
        self._result = result
        self._response = response
        self._iterator: Iterator[bytes] | None = None

    def __iter__(self) -> _Body:
        return self

    def __next__(self) -> bytes:
        iterator = self._iterator
        if iterator is None:
            iterator = self._iterator = iter(self._result)
        response = self._response
        try:
            chunk = next(iterator)
        except StopIteration:
            if not response.done:
                response.finish(response.content)
            raise
        if not response.done:
            if chunk:
                response.finish(True)
            elif response.reported is None and response.status is not None:
                response.glance()
        return chunk

    def close(self) -> None:
        # PEP 3333: the server calls close() when the request is over,
        # however it ended; the application's own close() comes first.
        close = getattr(self._result, "close", None)
        if close is not None:
            close()
        response = self._response
        if not response.done:
            # Cut short before any content: whether there was to be some
            # is not known.
            response.finish(True if response.content else None)


def _code(status: object) -> int | None:
    """The three digits that start a WSGI status string, as an int."""
    if type(status) is not str:
        return None
    digits = status[:3]
    if (
        len(digits) == 3
        and digits.isascii()
        and digits.isdigit()
        and (len(status) == 3 or status[3] == " ")
    ):
        return int(digits)
    return None


def _request_headers(environ: WSGIEnvironment) -> list[tuple[str, str]]:
    """The request's fields, from the CGI-style keys of the environ: the
    names as CGI spells them (``IF-NONE-MATCH``), which check_response
    matches without regard to case."""
    fields = [
        (key[5:].replace("_", "-"), value)
        for key, value in environ.items()
        if type(key) is str and key.startswith("HTTP_")
    ]
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        value = environ.get(key)
        if value:
            fields.append((key.replace("_", "-"), value))
    return fields


def _path(environ: WSGIEnvironment) -> str:
    """The request's path as the client wrote it, decoded from UTF-8 where
    it can be: PEP 3333 hands it over as its bytes read as ISO-8859-1."""
    script = environ.get("SCRIPT_NAME", "")
    path = environ.get("PATH_INFO", "")
    if type(script) is not str or type(path) is not str:
        return ""
    whole = script + path
    try:
        return whole.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return whole


del TYPE_CHECKING
