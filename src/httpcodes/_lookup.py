"""Finding a status code from a number, a name or a phrase, and classifying.

Hot paths first: an exact ``int`` or an exact text key takes one dictionary
probe.  Everything else (int subclasses, ``__index__`` objects, text that
needs normalising, errors) goes through the slower ``_find``.
"""

from . import _status
from ._errors import unknown_number, unknown_text
from ._keys import ASCII_SPACE, MAX_KEY_LENGTH, as_int, as_text, normalize
from ._status import StatusClass, StatusCode, class_of, fallback_of

# Annotations that Python evaluates at run time are written as strings: this
# module is imported by "import httpcodes", which does without
# "from __future__ import annotations" (importing __future__ costs about
# 0.1 ms of start-up, issue 14).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, SupportsIndex, TypeVar, overload

    from ._errors import UnknownStatusError

    _T = TypeVar("_T")

    #: What ``lookup`` and ``get`` accept.
    StatusKey = int | str | SupportsIndex


def _build_index() -> "dict[int | str, StatusCode]":
    # Every code as an int and as text, and every name, phrase and older
    # phrase both as written and normalised, so that the common spellings
    # ("Not Found", "NOT_FOUND", "not found", "404") hit on the first probe.
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


def _index() -> "dict[int | str, StatusCode]":
    if not _INDEX:
        _INDEX.update(_build_index())
    return _INDEX


# Bound by assignment, not by "from ._status import _BY_CODE": CPython 3.12+
# compiles "name.get(...)" on an imported name as a module attribute load,
# which costs a bound-method allocation on every call.
_BY_CODE: "Final" = _status._BY_CODE


def _parse(key: "object") -> "int | str":
    """``key`` as a plain int or str, reading the caller's object once."""
    if isinstance(key, str):
        return as_text(key)
    return as_int(key, "key", "an int or str")


def _find(key: "int | str") -> "StatusCode | None":
    """The member a parsed key names, ``None`` if none."""
    if type(key) is int:
        return _BY_CODE.get(key)
    assert isinstance(key, str)  # for mypy: _parse gives int or str
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


def _unknown(key: "object", parsed: "int | str") -> "UnknownStatusError":
    """The error for a key that names nothing, from its parsed form."""
    if type(parsed) is int:
        return unknown_number(key, parsed, fallback_of(parsed))
    assert isinstance(parsed, str)
    text = parsed.strip(ASCII_SPACE)
    if len(parsed) > MAX_KEY_LENGTH or not text.isascii():
        return unknown_text(key, parsed)
    if text.isdigit():
        if len(text) == 3:
            return unknown_number(key, int(text), fallback_of(int(text)))
        return unknown_text(key, parsed)
    return unknown_text(key, parsed, _suggest(text))


def _suggest(text: "str") -> "tuple[str, ...]":
    """Reason phrases whose keys are close to ``text``, best first."""
    # Imported here: only a failed text lookup needs it, and it costs more
    # to import than the rest of the package.
    from difflib import get_close_matches  # noqa: PLC0415

    index = _index()
    words = [
        k for k in index if isinstance(k, str) and k == normalize(k) and not k.isdigit()
    ]
    found: list[str] = []
    for match in get_close_matches(normalize(text), words, n=5, cutoff=0.6):
        phrase = index[match].phrase
        if phrase not in found:
            found.append(phrase)
    return tuple(found[:3])


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
        member = _BY_CODE.get(key)
        if member is not None:
            return member
    elif type(key) is str and len(key) <= MAX_KEY_LENGTH:
        member = _INDEX.get(key)
        if member is not None:
            return member
    parsed = _parse(key)
    member = _find(parsed)
    if member is None:
        raise _unknown(key, parsed)
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


def classify(code: "int | SupportsIndex") -> "StatusClass":
    """The class of any status code from 100 to 599, registered or not.

    RFC 9110, Section 15: the first digit defines the class.

    Raises:
        UnknownStatusError: ``code`` is outside 100 to 599 (a ``ValueError``).
        TypeError: ``code`` is not an int (see ``lookup`` for what counts).

    >>> classify(471)
    <StatusClass.CLIENT_ERROR: 4>
    """
    number = as_int(code, "status code")
    status_class = class_of(number)
    if status_class is None:
        raise unknown_number(code, number, None)
    return status_class


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
    number = as_int(code, "status code")
    member = _BY_CODE.get(number)
    if member is None:
        member = fallback_of(number)
        if member is None:
            raise unknown_number(code, number, None)
    return member
