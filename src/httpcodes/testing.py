"""Check the responses of test clients against the rules of their status
code (``httpcodes.check_response``), in a test:

>>> from types import SimpleNamespace
>>> from httpcodes.testing import assert_conforms, findings
>>> request = SimpleNamespace(method="DELETE", headers={})
>>> response = SimpleNamespace(
...     status_code=405, headers={"Content-Type": "text/plain"},
...     content=b"Use GET.", request=request)
>>> [finding.rule for finding in findings(response)]
['405-allow-missing']
>>> assert_conforms(response, lang="ko")
Traceback (most recent call last):
  ...
AssertionError: DELETE 요청, 405 응답 - 발견된 문제: 1건
  405-allow-missing (RFC 9110, Section 15.5.6): 405 응답에는 Allow 헤더가
  있어야 하는데(MUST) 없음. Allow 헤더는 대상 리소스가 지금 지원하는 메서드를
  나열함. 빈 값일 수도 있음 (RFC 9110, Section 10.2.1)

The response is read by the attributes it has, not by its type, so no
client library is imported; docs/middleware.md lists the shape of each
client's response (requests, httpx and Starlette's TestClient, Flask and
werkzeug, Django, aiohttp) and what is read from it.
"""

from __future__ import annotations

from httpcodes import RequirementLevel as _RequirementLevel
from httpcodes import check_response as _check_response
from httpcodes._checking import Options as _Options
from httpcodes.messages import message as _message

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, Literal, Protocol

    from httpcodes import Finding
    from httpcodes._checking import Level

    class _SupportsItems(Protocol):
        """A mapping, or anything else with ``items()``."""

        def items(self) -> Iterable[tuple[str, str]]: ...

    # What check_response takes for request_headers.
    Headers = _SupportsItems | Iterable[tuple[str, str]]

__all__ = ["assert_conforms", "findings"]


# The response is typed as any object: it is read by the attributes it has,
# and the clients' own types say little (Django has none, and a type
# checker that reads its source infers a request for a response).


def findings(
    response: object,
    *,
    method: str | None = None,
    request_headers: Headers | None = None,
    ignore: Iterable[str] = (),
    min_level: Level = _RequirementLevel.NOTE,
) -> tuple[Finding, ...]:
    """What ``response`` breaks of the rules for its status code, as
    ``check_response`` finds it, less the ``ignore``d rules and the levels
    below ``min_level``.

    The status, the header fields, whether there is content, and the
    request's method and fields are read from the response
    (docs/middleware.md, "Test clients"); ``method`` and
    ``request_headers``, when given, are used instead of the request's.
    ``TypeError`` for an object without a status or headers, and the
    errors of ``check_response`` for what it cannot take.
    """
    options = _Options(ignore, min_level, "en")
    return options.keep(_read(response, method, request_headers)[2])


def assert_conforms(
    response: object,
    *,
    method: str | None = None,
    request_headers: Headers | None = None,
    ignore: Iterable[str] = (),
    min_level: Level = _RequirementLevel.NOTE,
    lang: Literal["en", "ko"] = "en",
) -> None:
    """``AssertionError`` listing each of ``findings(response, ...)``, one
    line each, in ``lang`` ("en" or "ko"); nothing when there is none."""
    __tracebackhide__ = True  # pytest shows the test's line, not this one
    options = _Options(ignore, min_level, lang)
    method, status, found = _read(response, method, request_headers)
    kept = options.keep(found)
    if kept:
        heading = _message("label.answer", options.lang, method=method, status=status)
        count = _message("text.findings", options.lang, count=len(kept))
        lines = [f"{heading} - {count}", *(f"  {options.tell(f)}" for f in kept)]
        raise AssertionError("\n".join(lines))


def _read(
    response: object, method: Any, request_headers: Any
) -> tuple[str, int, tuple[Finding, ...]]:
    """The method, the status and what ``check_response`` finds."""
    status = _status(response)
    headers = getattr(response, "headers", None)
    if headers is None:
        raise TypeError(
            f"response must have headers, as a test client's response has,"
            f" not {type(response).__name__}"
        )
    request = _request(response)
    if method is None:
        method = _optional(request, "method") if request is not None else None
        if not isinstance(method, str):
            method = _optional(response, "method")  # aiohttp keeps it here too
        if method is None:
            method = "GET"
    if request_headers is None:
        request_headers = _request_fields(request)
    found = _check_response(
        status,
        _field_lines(headers),
        method=method,
        has_content=_has_content(response),
        request_headers=_field_lines(request_headers),
    )
    # check_response took the method: a str that is a token.
    return str.__str__(method), status, found


def _status(response: object) -> int:
    """The response's status code, as a plain int."""
    for name in ("status_code", "status"):
        value = getattr(response, name, None)
        if value is None:
            continue
        # werkzeug's "status" is the whole status line; its status_code,
        # read first, is the number.
        if isinstance(value, int) and not isinstance(value, bool):
            return int.__index__(value)
        raise TypeError(
            f"the response's {name} must be an int, not {type(value).__name__}"
        )
    raise TypeError(
        "response must have a status_code (requests, httpx, werkzeug, Django)"
        f" or a status (aiohttp), not {type(response).__name__}"
    )


def _optional(thing: object, name: str) -> Any:
    """An attribute that may be missing, or may refuse to be read: httpx's
    ``request`` of a response built by hand, ``content`` of a response not
    read yet, Django's ``content`` of a streaming response."""
    try:
        return getattr(thing, name, None)
    except Exception:
        return None


def _request(response: object) -> Any:
    """The request the response answers, if the response keeps it: one with
    a ``method`` (Django's ``request`` is a dict of the test's arguments;
    its ``wsgi_request`` or ``asgi_request`` is the request)."""
    for name in ("request", "wsgi_request", "asgi_request", "request_info"):
        request = _optional(response, name)
        if request is not None and isinstance(_optional(request, "method"), str):
            return request
    return None


def _request_fields(request: Any) -> Any:
    """The fields of the request the response keeps, ``()`` if none.

    requests takes a field value as str or bytes, and its prepared request
    keeps bytes as the test gave them: those are read as HTTP/1.1 reads a
    field line, each byte one character (RFC 9112, Section 5), where
    check_response would refuse them as request_headers the test passed
    wrong."""
    headers = _optional(request, "headers") if request is not None else None
    if headers is None:
        return ()
    items = _optional(headers, "items")
    if callable(_optional(headers, "multi_items")) or not callable(items):
        return headers
    pairs = list(headers.items())
    if not any(isinstance(part, bytes) for pair in pairs for part in pair):
        return headers
    return [
        tuple(
            part.decode("latin-1") if isinstance(part, bytes) else part for part in pair
        )
        for pair in pairs
    ]


def _field_lines(headers: Any) -> Any:
    """Every field line of ``headers``: httpx joins a repeated field in
    ``items()``, and keeps them apart in ``multi_items()``."""
    multi_items = _optional(headers, "multi_items")
    if callable(multi_items):
        return multi_items()
    return headers


def _has_content(response: object) -> bool | None:
    """Whether the response has content; ``None`` when it cannot be seen
    without reading what the test has not read."""
    for name in ("content", "data", "body"):
        value = _optional(response, name)
        # The stored length, whatever a subclass says its length is.
        if isinstance(value, bytes):
            return bytes.__len__(value) > 0
        if isinstance(value, bytearray):
            return bytearray.__len__(value) > 0
        if isinstance(value, memoryview):
            return value.nbytes > 0
    # aiohttp: content is the stream, which counts what arrived.
    stream = _optional(response, "content")
    arrived = _optional(stream, "total_bytes")
    if type(arrived) is int:
        if arrived > 0:
            return True
        is_eof = _optional(stream, "is_eof")
        if callable(is_eof) and is_eof() is True:
            return False
    return None


del TYPE_CHECKING
