"""Finding a status code from a number, a name or a phrase, and classifying.

Hot paths first: an exact ``int`` or an exact text key takes one dictionary
probe.  Everything else (int subclasses, ``__index__`` objects, text that
needs normalising, errors) goes through the slower ``_find``.
"""

from __future__ import annotations

from . import _status
from ._errors import UnknownStatusError
from ._status import StatusClass, StatusCode, _as_int, unknown_code_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, SupportsIndex, TypeVar, overload

    _T = TypeVar("_T")

    #: What ``lookup`` and ``get`` accept.
    StatusKey = int | str | SupportsIndex


def _normalize(text: str) -> str:
    """Fold case and treat spaces, hyphens and underscores alike.

    ``"Non-Authoritative Information"``, ``"NON_AUTHORITATIVE_INFORMATION"``
    and ``"non authoritative  information"`` all become
    ``"non authoritative information"``.
    """
    return " ".join(text.replace("-", " ").replace("_", " ").lower().split())


def _build_index() -> dict[int | str, StatusCode]:
    # Every code as an int and as text, and every name, phrase and older
    # phrase both as written and normalised, so that the common spellings
    # ("Not Found", "NOT_FOUND", "not found", "404") hit on the first probe.
    index: dict[int | str, StatusCode] = {}
    for name, member in StatusCode.__members__.items():
        index[member.code] = member
        for key in (str(member.code), name, member.phrase, *member.aliases):
            index[key] = member
            index[_normalize(key)] = member
    return index


_INDEX: Final = _build_index()

# Bound by assignment, not by "from ._status import _BY_CODE": CPython 3.12+
# compiles "name.get(...)" on an imported name as a module attribute load,
# which costs a bound-method allocation on every call.
_BY_CODE: Final = _status._BY_CODE
_CLASS_BY_DIGIT: Final = _status._CLASS_BY_DIGIT

# str.strip() with no argument also strips Unicode spaces; keys are ASCII.
_ASCII_SPACE: Final = " \t\n\r\f\v"


def _find(key: object) -> StatusCode | None:
    """The member ``key`` names, ``None`` if none; ``TypeError`` if ill-typed."""
    if isinstance(key, str):
        member = _INDEX.get(str(key))
        if member is not None or not key.isascii():
            # Only ASCII text is normalised: str.lower() would turn the
            # Kelvin sign in "O\u212a" into "k" and match "OK".
            return member
        text = key.strip(_ASCII_SPACE)
        folded = _normalize(text)
        if folded.isdigit() and folded != text:
            # Folding separators must not make a number: "-404" is a sign.
            return None
        return _INDEX.get(folded)
    if isinstance(key, StatusCode):
        return key
    return _BY_CODE.get(_as_int(key, "key", "an int or str"))


def _unknown(key: object) -> UnknownStatusError:
    if not isinstance(key, str):
        return unknown_code_error(key, _as_int(key, "key", "an int or str"))
    text = key.strip(_ASCII_SPACE)
    if not text.isascii():
        return UnknownStatusError(
            key,
            f"{key!r} is not a registered HTTP status code: keys are ASCII"
            " digits, member names or reason phrases",
        )
    if text.isdigit():
        if len(text) == 3:
            return unknown_code_error(key, int(text))
        return UnknownStatusError(
            key,
            f"{key!r} is not a registered HTTP status code: a status code"
            " is written as exactly three digits",
        )
    suggestions = _suggest(text)
    hint = ""
    if suggestions:
        hint = "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
    return UnknownStatusError(
        key,
        f"{key!r} is not a registered HTTP status code, name or phrase{hint}",
        suggestions,
    )


def _suggest(text: str) -> tuple[str, ...]:
    """Reason phrases whose keys are close to ``text``, best first."""
    # Imported here: only a failed text lookup needs it, and it costs more
    # to import than the rest of the package.
    from difflib import get_close_matches  # noqa: PLC0415

    words = [
        k
        for k in _INDEX
        if isinstance(k, str) and k == _normalize(k) and not k.isdigit()
    ]
    found: list[str] = []
    for match in get_close_matches(_normalize(text), words, n=5, cutoff=0.6):
        phrase = _INDEX[match].phrase
        if phrase not in found:
            found.append(phrase)
    return tuple(found[:3])


def lookup(key: StatusKey) -> StatusCode:
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
    try:
        hit = _INDEX[key]  # type: ignore[index]
    except (KeyError, TypeError):  # TypeError: an unhashable key
        pass
    else:
        # The index matches by equality, so 404.0 and True would hit too;
        # only the exact types may take this path.
        if type(key) is int or type(key) is str:
            return hit
    member = _find(key)
    if member is None:
        raise _unknown(key)
    return member


# The overloads live under TYPE_CHECKING because importing typing at run
# time would add milliseconds to every start-up.
if TYPE_CHECKING:

    @overload
    def get(key: StatusKey) -> StatusCode | None: ...
    @overload
    def get(key: StatusKey, default: _T) -> StatusCode | _T: ...


def get(key: StatusKey, default: object = None) -> object:
    """Like ``lookup``, but return ``default`` when nothing matches.

    Raises ``TypeError`` for a key of the wrong type, as ``lookup`` does:
    a wrong type is a bug in the caller, not a miss.

    >>> get(299) is None
    True
    """
    if type(key) is int:
        return _BY_CODE.get(key, default)
    member = _find(key)
    return default if member is None else member


def classify(code: int | SupportsIndex) -> StatusClass:
    """The class of any status code from 100 to 599, registered or not.

    RFC 9110, Section 15: the first digit defines the class.

    Raises:
        ValueError: ``code`` is outside 100 to 599.
        TypeError: ``code`` is not an int (see ``lookup`` for what counts).

    >>> classify(471)
    <StatusClass.CLIENT_ERROR: 4>
    """
    number = code if type(code) is int else _as_int(code, "status code")
    if 100 <= number <= 599:
        return _CLASS_BY_DIGIT[number // 100]
    raise ValueError(
        f"{number} is not a valid HTTP status code:"
        " status codes are three-digit numbers from 100 to 599"
    )


def resolve(code: int | SupportsIndex) -> StatusCode:
    """The member a client should treat ``code`` as.

    RFC 9110, Section 15: a client that does not recognise a status code
    must treat it as the ``x00`` code of its class.  So a registered code
    gives its own member and an unregistered one the first code of its
    class: ``resolve(471)`` is ``StatusCode.BAD_REQUEST``.

    Raises:
        ValueError: ``code`` is outside 100 to 599.
        TypeError: ``code`` is not an int.

    >>> resolve(299)
    <StatusCode.OK: 200>
    """
    number = code if type(code) is int else _as_int(code, "status code")
    member = _BY_CODE.get(number)
    if member is not None:
        return member
    return _BY_CODE[classify(number) * 100]
