"""Finding a status code from a number, a name or a phrase.

Hot paths first: an exact ``int``, or an exact ``str`` that is a key of the
index, takes one dictionary probe and nothing else.  Everything else (int
subclasses, ``__index__`` objects, text that needs normalising, errors) goes
through the slower ``_parse`` and ``_find``, which read the key with
``_keys``.  ``import httpcodes`` loads this module but not ``_keys`` or
``_errors``: the slow paths import them on first use, which costs one
``sys.modules`` probe on later calls (docs/performance.md, issue 14).
"""

from . import _status
from ._status import StatusCode, fallback_of, read_number

# Annotations that Python evaluates at run time are written as strings: this
# module is imported by "import httpcodes", which does without
# "from __future__ import annotations" (importing __future__ costs about
# 0.1 ms of start-up, issue 14).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, SupportsIndex, TypeVar, overload

    _T = TypeVar("_T")

    #: What ``lookup`` and ``get`` accept.
    StatusKey = int | str | SupportsIndex


def _build_index() -> "dict[int | str, StatusCode]":
    # Every code as an int and as text, and every name, phrase and older
    # phrase both as written and normalised, so that the common spellings
    # ("Not Found", "NOT_FOUND", "not found", "404") hit on the first probe.
    from ._keys import normalize  # noqa: PLC0415 - see the module docstring

    index: dict[int | str, StatusCode] = {}
    for name, member in StatusCode.__members__.items():
        index[member.code] = member
        for key in (str(member.code), name, member.phrase, *member.aliases):
            index[key] = member
            index[normalize(key)] = member
    return index


# Filled on the first text lookup, not at import (issue 14): "import
# httpcodes; lookup(404)" never needs it, and building it normalises some
# three hundred keys. The hot paths below probe it as it is; a miss on the
# empty index falls through to _find, which fills it.
_INDEX: "Final[dict[int | str, StatusCode]]" = {}

# The length of the index's longest key, 0 until it is filled.  The hot path
# probes the index only with text no longer than that: longer text cannot
# match as it is, and is never hashed there (a huge key costs no time; the
# slow path refuses it by _keys.MAX_KEY_LENGTH before reading it).
_longest_key = 0


def _index() -> "dict[int | str, StatusCode]":
    global _longest_key  # noqa: PLW0603 - set once, when the index is filled
    if not _INDEX:
        _INDEX.update(_build_index())
        _longest_key = max(len(key) for key in _INDEX if isinstance(key, str))
    return _INDEX


# Bound by assignment, not by "from ._status import _BY_CODE": CPython 3.12+
# compiles "name.get(...)" on an imported name as a module attribute load,
# which costs a bound-method allocation on every call.
_BY_CODE: "Final" = _status._BY_CODE


def _parse(key: "object") -> "int | str":
    """``key`` as a plain int or str, reading the caller's object once."""
    from ._keys import as_int, as_text  # noqa: PLC0415 - see the module docstring

    if isinstance(key, str):
        return as_text(key)
    return as_int(key, "key", "an int or str")


def _find(key: "int | str") -> "StatusCode | None":
    """The member a parsed key names, ``None`` if none."""
    if type(key) is int:
        return _BY_CODE.get(key)
    assert isinstance(key, str)  # for mypy: _parse gives int or str
    from ._keys import ASCII_SPACE, MAX_KEY_LENGTH, normalize  # noqa: PLC0415

    if len(key) > MAX_KEY_LENGTH:
        return None
    member = _index().get(key)
    if member is not None or not key.isascii():
        # Only ASCII text is normalised: str.lower() would turn the
        # Kelvin sign in "O\u212a" into "k" and match "OK".
        return member
    text = key.strip(ASCII_SPACE)
    folded = normalize(text)
    if folded.isdigit() and folded != text:
        # Folding separators must not make a number: "-404" is a sign.
        return None
    return _INDEX.get(folded)


def lookup(key: "StatusKey") -> "StatusCode":
    """Return the registered status code that ``key`` names.

    ``key`` is an int (any ``int`` subclass, or an object with
    ``__index__``; never a ``bool``), a string of three ASCII digits, or a
    member name, reason phrase or older phrase, matched without regard to
    case, surrounding ASCII white space, or the difference between spaces,
    hyphens and underscores.

    Raises:
        UnknownStatusError: ``key`` is well-typed but names no registered
            code.  For text, the message suggests close phrases.
        TypeError: ``key`` is of another type (``float``, ``bytes``,
            ``None``, ``bool``, ...).

    >>> lookup(404)
    <StatusCode.NOT_FOUND: 404>
    >>> lookup("payload too large").phrase
    'Content Too Large'
    """
    # The exact types first: the index matches by equality, so 404.0 and
    # True would hit too, and a subclass could answer with its own __hash__.
    if type(key) is int:
        # A subscript in try costs fewer instructions than .get() and a None
        # check (15% of this call, docs/performance.md); an unregistered
        # number is an error anyway, so the rare KeyError costs nothing that
        # matters.
        try:
            return _BY_CODE[key]
        except KeyError:
            pass
    elif type(key) is str and len(key) <= _longest_key:
        member = _INDEX.get(key)
        if member is not None:
            return member
    parsed = _parse(key)
    member = _find(parsed)
    if member is None:
        from ._errors import unknown_key  # noqa: PLC0415 - see the module docstring

        raise unknown_key(key, parsed)
    return member


# The overloads live under TYPE_CHECKING because importing typing at run
# time would add milliseconds to every start-up.
if TYPE_CHECKING:

    @overload
    def get(key: "StatusKey") -> "StatusCode | None": ...
    @overload
    def get(key: "StatusKey", default: "_T") -> "StatusCode | _T": ...


def get(key: "StatusKey", default: "object" = None) -> "object":
    """Like ``lookup``, but return ``default`` when nothing matches.

    Raises ``TypeError`` for a key of the wrong type, as ``lookup`` does:
    a wrong type is a bug in the caller, not a miss.

    >>> get(299) is None
    True
    """
    if type(key) is int:
        return _BY_CODE.get(key, default)
    member = _find(_parse(key))
    return default if member is None else member


def resolve(code: "int | SupportsIndex") -> "StatusCode":
    """The member a client should treat ``code`` as.

    RFC 9110, Section 15: a client that does not recognise a status code
    must treat it as the ``x00`` code of its class.  So a registered code
    gives its own member and an unregistered one the first code of its
    class: ``resolve(471)`` is ``StatusCode.BAD_REQUEST``.

    Raises:
        UnknownStatusError: ``code`` is outside 100 to 599 (a ``ValueError``).
        TypeError: ``code`` is not an int.

    >>> resolve(299)
    <StatusCode.OK: 200>
    """
    number = code if type(code) is int else read_number(code)
    member = _BY_CODE.get(number)
    if member is None:
        member = fallback_of(number)
        if member is None:
            from ._errors import unknown_number  # noqa: PLC0415

            raise unknown_number(code, number, None)
    return member
