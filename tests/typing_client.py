"""A client of httpcodes as a type checker sees it; checked by mypy --strict.

Nothing here runs in the tests; test_typing.py runs mypy on it and on a
copy with mistakes in it.
"""

from __future__ import annotations

from httpcodes import StatusClass, StatusCode, classify, get, lookup, resolve


def handler() -> tuple[int, str]:
    status: StatusCode = StatusCode.NOT_FOUND
    same: StatusCode = StatusCode(404)
    found: StatusCode = lookup("not found")
    maybe: StatusCode | None = get(299)
    either: StatusCode | int = get(299, 0)
    cls: StatusClass = classify(471)
    fallback: StatusCode = resolve(471)
    code: int = status.code
    phrase: str = found.phrase
    korean: str = same.describe("ko")
    expires: str | None = fallback.registration_expires
    aliases: tuple[str, ...] = status.aliases
    label: str = cls.label_ko
    assert maybe is None or either or expires or aliases or label or korean
    return code, phrase
