"""Which code to send: each code's guidance, and what tells confused codes apart.

The facts live in ``_data/codes.py`` (the guidance columns of ``CODES`` and
the ``CONFUSIONS`` table); this module turns them into records on first use,
so that ``import httpcodes`` pays nothing for them.
"""

from __future__ import annotations

from .._arguments import number
from .._data.codes import CODES, CONFUSIONS
from .._lookup import lookup
from .._recipe import public, record
from .._status import StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import SupportsIndex

__all__ = ["Comparison", "Guidance", "compare", "guidance"]


@record
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


@record
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


# Every code's guidance, built on the first call and published in one
# assignment: a thread that asks first at the same time as another builds
# its own table, and never reads one that is half filled.
_GUIDANCE: dict[int, Guidance] | None = None


def _all_guidance() -> dict[int, Guidance]:
    global _GUIDANCE  # noqa: PLW0603 - built once, published in one assignment
    table = _GUIDANCE
    if table is None:
        table = _GUIDANCE = {
            row["code"]: Guidance(
                code=StatusCode(row["code"]),
                use_when=row["use_when"],
                use_when_ko=row["use_when_ko"],
                use_instead=row["use_instead"],
                use_instead_ko=row["use_instead_ko"],
                see_also=tuple(StatusCode(other) for other in row["see_also"]),
                keywords=row["keywords"],
                keywords_ko=row["keywords_ko"],
            )
            for row in CODES
        }
    return table


def _registered(status: object) -> StatusCode:
    """The registered code a status argument names (a number, as every
    function but ``lookup`` and ``get`` takes it)."""
    return lookup(number(status))


@public
def guidance(status: int | SupportsIndex) -> Guidance:
    """The guidance for a registered code.

    Raises ``UnknownStatusError`` for a number that is not registered and
    ``StatusTypeError`` for anything but an int; to find a code by name or
    phrase, pass ``lookup("conflict")``.

    >>> guidance(429).use_instead
    'If the whole server is overloaded or down for maintenance, 503.'
    >>> [code.code for code in guidance(409).see_also]
    [412, 422, 400]
    """
    return _all_guidance()[_registered(status).code]


@public
def compare(*statuses: int | SupportsIndex) -> Comparison | None:
    """The recorded distinction between two or more codes, or ``None``.

    Each status is a registered code, as ``guidance`` takes it.  The answer
    is the smallest recorded group that contains all of them; ``None`` when
    no group does (the codes are then not commonly confused, and each one's
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
    wanted = {_registered(status).code for status in statuses}
    if len(wanted) < 2:
        raise ValueError(
            f"compare() needs two different codes, got only {wanted.pop()}"
        )
    groups = [row for row in CONFUSIONS if wanted <= set(row["codes"])]
    if not groups:
        return None
    row = min(groups, key=lambda row: len(row["codes"]))
    return Comparison(
        codes=tuple(StatusCode(code) for code in sorted(row["codes"])),
        distinction=row["distinction"],
        distinction_ko=row["distinction_ko"],
        reference=row["reference"],
    )
