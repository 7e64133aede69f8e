"""A response seen where it was made: the ``Exchange`` record a middleware
hands its report, and ``ResponseWarning``, the warning a finding is issued
as when there is no report.

``httpcodes.wsgi`` and ``httpcodes.asgi`` build them; they live here, below
the public API, so that ``import httpcodes`` can name them
(``pytest -W error::httpcodes.ResponseWarning`` looks the category up
there) without loading the middleware.  Imported on first use.

>>> from httpcodes import Exchange, ResponseWarning
>>> seen = Exchange("GET", "/items", 405, (("Content-Type", "text/plain"),), ())
>>> seen.status, seen.path
(405, '/items')
>>> issubclass(ResponseWarning, UserWarning)
True
"""

from __future__ import annotations

from .._recipe import record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .responses import Finding


@record
class Exchange:
    """One request and the response that answered it, as a middleware saw
    them: the request's ``method`` and ``path`` (the query string left out:
    it may carry tokens, and reports end up in logs), the response's
    ``status`` and ``headers``, and the request's ``request_headers``, each
    a tuple of ``(name, value)`` pairs of ``str`` in the order they came.
    """

    __module__ = "httpcodes"

    method: str
    path: str
    status: int
    headers: tuple[tuple[str, str], ...]
    request_headers: tuple[tuple[str, str], ...]


class ResponseWarning(UserWarning):
    """A response broke a rule of its status code.

    Issued by ``httpcodes.wsgi.ResponseChecker`` and
    ``httpcodes.asgi.ResponseChecker`` for each finding they are not given a
    ``report`` for.  The text names the method, the path, the status, the
    rule and what was found; ``finding`` is the ``Finding`` and
    ``exchange`` the ``Exchange`` it was found in (``None`` when the
    warning was made by hand).  A ``UserWarning``, so it is shown by
    default; ``-W error::httpcodes.ResponseWarning`` makes it an error.
    """

    __module__ = "httpcodes"

    finding: Finding | None
    exchange: Exchange | None

    def __init__(
        self,
        message: str,
        finding: Finding | None = None,
        exchange: Exchange | None = None,
    ) -> None:
        super().__init__(message)
        self.finding = finding
        self.exchange = exchange

    # BaseException pickles as type(self)(*self.args), which would drop the
    # finding and the exchange; rebuild from all three, keeping any later
    # state (__notes__, attributes a caller added).
    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.args[0], self.finding, self.exchange),
            self.__dict__,
        )


del TYPE_CHECKING
