"""Finding a registered status code from a number, a name or a phrase.

``lookup``, ``get`` and ``resolve``.  Hot paths first: an exact ``int``, or an
exact ``str`` that is a key of the index, takes one dictionary probe and
nothing else.  Everything else (int subclasses, ``__index__`` objects, text
that needs normalising, errors) goes through ``_find``, which reads the key
with ``_arguments``.  ``import httpcodes`` loads this module but not
``_arguments`` or ``_errors``: the slow paths import them on first use.

The matching rule for text, as docs/api.md states it: surrounding ASCII white
space is ignored, and ASCII text is compared without regard to case or to
the difference between spaces, hyphens and underscores (``normalize``).
Other text matches only a Korean title (``phrase_ko``) exactly as the
library writes it: nothing about it is folded, so no character can turn
into another on the way.
"""

from ._range import fallback
from ._recipe import public
from ._status import StatusCode, unknown_number

# Annotations that Python evaluates at run time are written as strings: this
# module is imported by "import httpcodes" (see _status.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final, SupportsIndex, TypeVar, overload

    from ._errors import UnknownStatusError

    _T = TypeVar("_T")

    #: What ``lookup`` and ``get`` accept.
    StatusKey = int | str | SupportsIndex

#: The longest text key examined.  The longest name or phrase in the registry
#: has 33 characters; 100 leaves room for padding and doubled separators.
MAX_KEY_LENGTH: "Final" = 100

#: What is stripped around a text key: the ASCII white space of
#: str.isspace(), without the information separators \x1c to \x1f.
ASCII_SPACE: "Final" = " \t\n\r\f\v"

# Every code by number (the enum's own table, aliases resolved).
_BY_NUMBER: "dict[object, StatusCode]" = StatusCode._value2member_map_  # type: ignore[assignment]

# Every key that text can name a code by, filled on the first text lookup
# rather than at import ("import httpcodes; lookup(404)" never needs it, and
# building it normalises some three hundred keys); it is built aside and
# published in one assignment, so a thread never sees half of it.
_TEXT: "dict[str, StatusCode]" = {}

# What the hot paths probe: every number, and once _TEXT is built every text
# key too, in one table, so that an exact int or str takes one probe.
_INDEX: "dict[object, StatusCode]" = dict(_BY_NUMBER)


def normalize(text: "str") -> "str":
    """Fold ASCII case and make each run of separators one space.

    ``"Non-Authoritative Information"``, ``"NON_AUTHORITATIVE_INFORMATION"``
    and ``"non authoritative  information"`` all become
    ``"non authoritative information"``.  Only space, hyphen and underscore
    separate words; a tab or a control character inside a key stays, so the
    key matches nothing.  Separators at either end are dropped.
    """
    words = text.replace("-", " ").replace("_", " ").lower().split(" ")
    return " ".join(word for word in words if word)


def _text_index() -> "dict[str, StatusCode]":
    global _TEXT, _INDEX  # built once, published in one assignment
    index = _TEXT
    if not index:
        # Every code as three-digit text, every name, old name, phrase and
        # older phrase, each both as written and normalised: the common
        # spellings ("Not Found", "NOT_FOUND", "not found", "404") hit on the
        # first probe.  The phrases and older phrases come with the enum,
        # so text lookups never load the data module.
        index = {}
        for name, member in StatusCode.__members__.items():
            for key in (str(member._value_), name, member.phrase, *member.aliases):
                index[key] = member
                index[normalize(key)] = member
        hot: dict[object, StatusCode] = dict(_BY_NUMBER)
        hot.update(index)
        _TEXT, _INDEX = index, hot
    return index


# Every Korean title, exactly as written, to its member: filled on the first
# lookup of text that is not ASCII, which is the only kind that can match
# one (reading the titles loads the data module, which a number or an ASCII
# key never needs).  Built aside and published in one assignment.
_KOREAN: "dict[str, StatusCode]" = {}


def _korean_titles() -> "dict[str, StatusCode]":
    global _KOREAN  # noqa: PLW0603 - built once, published in one assignment
    titles = _KOREAN
    if not titles:
        titles = _KOREAN = {member.phrase_ko: member for member in StatusCode}
    return titles


def _find(key: "int | str") -> "StatusCode | None":
    """The member a plain int or str names, ``None`` if none."""
    if type(key) is int:
        return _BY_NUMBER.get(key)
    assert isinstance(key, str)  # for type checkers: _read gives int or str
    if len(key) > MAX_KEY_LENGTH:
        return None
    index = _text_index()
    member = index.get(key)
    if member is not None:
        return member
    if not key.isascii():
        # Only ASCII text is normalised: str.lower() would turn the
        # Kelvin sign in "O\u212a" into "k" and match "OK".  Other text
        # can only be a Korean title, compared as it is.
        return _korean_titles().get(key.strip(ASCII_SPACE))
    text = key.strip(ASCII_SPACE)
    folded = normalize(text)
    if folded.isdigit() and folded != text:
        # Folding separators must not make a number: "-404" is a sign.
        return None
    return index.get(folded)


# The readers of the arguments the hot paths do not take (int subclasses such
# as http.HTTPStatus members, __index__ objects, str subclasses, wrong types),
# imported when the first such argument arrives ("import httpcodes" does
# without them) and kept here: an import statement costs about a microsecond
# every time it runs.
_readers: "tuple[Callable[[object], int | str], Callable[[object], int]] | None" = None


def _argument_readers() -> (
    "tuple[Callable[[object], int | str], Callable[[object], int]]"
):
    global _readers  # noqa: PLW0603 - imported once, on first use
    readers = _readers
    if readers is None:
        from ._arguments import key, status  # noqa: PLC0415 - see above

        readers = _readers = (key, status)
    return readers


def _read(key: "object") -> "int | str":
    """``key`` as a plain int or str, reading the caller's object once."""
    if type(key) is int or type(key) is str:
        return key
    return _argument_readers()[0](key)


@public
def lookup(key: "StatusKey") -> "StatusCode":
    """Return the registered status code that ``key`` names.

    ``key`` is a number (an ``int``, any ``int`` subclass, or an object
    with ``__index__``; never a ``bool``), a string of three ASCII digits,
    or a member name, reason phrase or older phrase, matched without regard
    to case, surrounding ASCII white space, or the difference between
    spaces, hyphens and underscores.  A Korean title (``phrase_ko``, such
    as ``"찾을 수 없음"``) matches too, exactly as written, surrounding
    ASCII white space aside; ``search()`` finds codes by other Korean words.

    Raises:
        UnknownStatusError: ``key`` is well-typed but names no registered
            code.  For text, the message suggests close phrases.
        StatusTypeError: ``key`` is of another type (``float``, ``bytes``,
            ``None``, ``bool``, ...).

    Both are ``ValueError``, as ``http.HTTPStatus`` raises.

    >>> lookup(404)
    <StatusCode.NOT_FOUND: 404>
    >>> lookup("payload too large").phrase
    'Content Too Large'
    """
    # The exact types first: a dictionary matches by equality, so 404.0 and
    # True would hit too, and a subclass could answer with its own __hash__.
    kind = type(key)
    if kind is int or kind is str:
        # A subscript in try costs fewer instructions than .get() and a None
        # check; a miss goes on to the slow path anyway.
        try:
            return _INDEX[key]
        except KeyError:
            pass
    elif kind is StatusCode:
        return key  # type: ignore[return-value]
    parsed = _read(key)
    member = _find(parsed)
    if member is None:
        raise unknown_key(key, parsed)
    return member


# The overloads live under TYPE_CHECKING because importing typing at run
# time would add milliseconds to every start-up.
if TYPE_CHECKING:

    @overload
    def get(key: "StatusKey") -> "StatusCode | None": ...
    @overload
    def get(key: "StatusKey", default: "_T") -> "StatusCode | _T": ...


@public
def get(key: "StatusKey", default: "object" = None) -> "object":
    """Like ``lookup``, but return ``default`` when nothing matches.

    Raises ``StatusTypeError`` for a key of the wrong type, as ``lookup``
    does: a wrong type is a bug in the caller, not a miss.

    >>> get(299) is None
    True
    """
    kind = type(key)
    if kind is int:
        return _BY_NUMBER.get(key, default)
    if kind is str:
        member = _INDEX.get(key)
        if member is not None:
            return member
    elif kind is StatusCode:
        return key
    member = _find(_read(key))
    return default if member is None else member


@public
def resolve(status: "int | SupportsIndex") -> "StatusCode":
    """The member a client should treat ``status`` as.

    RFC 9110, Section 15: a client that does not recognise a status code
    must treat it as the ``x00`` code of its class.  So a registered code
    gives its own member and an unregistered one the first code of its
    class: ``resolve(471)`` is ``StatusCode.BAD_REQUEST``.

    Raises:
        UnknownStatusError: ``status`` is outside 100 to 599.
        StatusTypeError: ``status`` is not an int.

    >>> resolve(299)
    <StatusCode.OK: 200>
    """
    if type(status) is int:
        member = _BY_NUMBER.get(status)
        if member is None:
            treated_as = fallback(status)
            if treated_as is not None:
                member = _BY_NUMBER[treated_as]
        if member is not None:
            return member
    elif type(status) is StatusCode:
        return status
    # Not an exact int, or not a status code: read it as every function
    # does, which says what is wrong with it.
    code = _argument_readers()[1](status)
    member = _BY_NUMBER.get(code)
    if member is None:
        treated_as = fallback(code)
        assert treated_as is not None  # read_status takes 100 to 599 only
        member = _BY_NUMBER[treated_as]
    return member


# -- what a failed lookup says --------------------------------------------------


def unknown_key(key: "object", parsed: "int | str") -> "UnknownStatusError":
    """The error for a key that ``lookup`` found nothing for, from the
    plain int or str it was read as."""
    if type(parsed) is int:
        return unknown_number(key, parsed)
    from ._errors import UnknownStatusError, excerpt  # noqa: PLC0415 - error path

    assert isinstance(parsed, str)
    text = parsed.strip(ASCII_SPACE)
    suggestions: tuple[str, ...] = ()
    if len(parsed) > MAX_KEY_LENGTH:
        reason = f": keys are at most {MAX_KEY_LENGTH} characters"
    elif not text.isascii():
        suggestions = _suggest_korean(text)
        reason = (
            ": keys are ASCII digits, member names, reason phrases or exact"
            " Korean titles; search() finds codes by other words"
        )
        if suggestions:
            choices = " or ".join(repr(s) for s in suggestions)
            reason += f"; did you mean {choices}?"
    elif text.isdigit():
        if len(text) == 3:
            return unknown_number(key, int(text))
        reason = ": a status code is written as exactly three digits"
    else:
        suggestions = _suggest(text)
        if suggestions:
            choices = " or ".join(repr(s) for s in suggestions)
            reason = f", name or phrase; did you mean {choices}?"
        else:
            reason = ", name or phrase"
    return UnknownStatusError(
        key,
        f"{excerpt(parsed)} is not a registered HTTP status code{reason}",
        suggestions,
    )


def _suggest_korean(text: "str") -> "tuple[str, ...]":
    """Korean titles close to ``text`` (a title typed without its spaces,
    or with a particle), best first."""
    from difflib import get_close_matches  # noqa: PLC0415 - error path

    titles = list(_korean_titles())
    return tuple(get_close_matches(text, titles, n=3, cutoff=0.6))


def _suggest(text: "str") -> "tuple[str, ...]":
    """Reason phrases whose keys are close to ``text``, best first."""
    # Imported here: only a failed text lookup needs it, and difflib costs
    # more to import than the rest of the package.
    from difflib import get_close_matches  # noqa: PLC0415

    index = _text_index()
    words = [k for k in index if k == normalize(k) and not k.isdigit()]
    found: list[str] = []
    for match in get_close_matches(normalize(text), words, n=5, cutoff=0.6):
        phrase = index[match].phrase
        if phrase not in found:
            found.append(phrase)
    return tuple(found[:3])
