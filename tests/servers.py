"""Real servers on the loopback interface, for the tests that need a client
to talk HTTP to an application: wsgiref's, in a thread of the test process,
serving until the test is done."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication


class _QuietHandler(WSGIRequestHandler):
    """No access log on the test's standard error."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def wsgi_server(app: WSGIApplication) -> Iterator[str]:
    """``app`` served by wsgiref on 127.0.0.1, at a free port; yields the
    base URL, and stops the server when the block ends."""
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
