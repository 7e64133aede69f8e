"""Which code to send: each code's guidance, and what tells confused codes apart.

The facts live in ``_data.py`` (the guidance columns of ``CODES`` and the
``CONFUSIONS`` table); this module turns them into records on first use, so
that ``import httpcodes`` pays nothing for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import _data
from ._lookup import lookup
from ._status import StatusCode

__all__ = ["Comparison", "Guidance", "compare", "guidance"]


@dataclass(frozen=True, slots=True)
class Guidance:
    """When to send a code, what to send instead, and the words for it.

    ``use_when`` and ``use_instead`` (with their Korean ``_ko`` twins) are
    one or two sentences each; ``see_also`` holds the codes this one is most
    often confused with; ``keywords`` and ``keywords_ko`` are the words
    people use for the situation, which ``httpcodes.search`` matches.
    """

    code: StatusCode
    use_when: str
    use_when_ko: str
    use_instead: str
    use_instead_ko: str
    see_also: tuple[StatusCode, ...]
    keywords: tuple[str, ...]
    keywords_ko: tuple[str, ...]

    __module__ = "httpcodes"


@dataclass(frozen=True, slots=True)
class Comparison:
    """What tells a group of commonly confused codes apart.

    ``codes`` is the recorded group, in code order, which may be larger than
    the codes asked about (401 and 403 are one pair; 302, 303 and 307 one
    group). ``distinction`` and ``distinction_ko`` say it in two or three
    sentences; ``reference`` names the RFC sections it rests on.
    """

    codes: tuple[StatusCode, ...]
    distinction: str
    distinction_ko: str
    reference: str

    __module__ = "httpcodes"


_by_code: dict[int, Guidance] = {}


def guidance(status: int | str) -> Guidance:
    """The guidance for a registered code, found as ``lookup()`` finds it.

    >>> guidance(429).use_instead
    'If the whole server is overloaded or down for maintenance, 503.'
    >>> [code.code for code in guidance("Conflict").see_also]
    [412, 422, 400]
    """
    member = lookup(status)
    if not _by_code:
        for row in _data.CODES:
            code = StatusCode(row["code"])
            _by_code[row["code"]] = Guidance(
                code=code,
                use_when=row["use_when"],
                use_when_ko=row["use_when_ko"],
                use_instead=row["use_instead"],
                use_instead_ko=row["use_instead_ko"],
                see_also=tuple(StatusCode(other) for other in row["see_also"]),
                keywords=row["keywords"],
                keywords_ko=row["keywords_ko"],
            )
    return _by_code[member.code]


def compare(*statuses: int | str) -> Comparison | None:
    """The recorded distinction between two or more codes, or ``None``.

    Each status is found as ``lookup()`` finds it. The answer is the
    smallest recorded group that contains all of them; ``None`` when no
    group does (the codes are then not commonly confused, and each one's
    ``guidance()`` says when to use it).

    >>> compare(403, 401).codes
    (<StatusCode.UNAUTHORIZED: 401>, <StatusCode.FORBIDDEN: 403>)
    >>> [code.code for code in compare(302, 307).codes]
    [302, 303, 307]
    >>> compare(200, 500) is None
    True
    """
    if len(statuses) < 2:
        raise TypeError(f"compare() needs at least two codes, got {len(statuses)}")
    wanted = {lookup(status).code for status in statuses}
    if len(wanted) < 2:
        raise ValueError(
            f"compare() needs two different codes, got only {wanted.pop()}"
        )
    groups = [row for row in _data.CONFUSIONS if wanted <= set(row["codes"])]
    if not groups:
        return None
    row = min(groups, key=lambda row: len(row["codes"]))
    return Comparison(
        codes=tuple(StatusCode(code) for code in sorted(row["codes"])),
        distinction=row["distinction"],
        distinction_ko=row["distinction_ko"],
        reference=row["reference"],
    )
