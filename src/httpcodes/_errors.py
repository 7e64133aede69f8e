"""The exception httpcodes raises for a well-typed key that names no status
code, and the messages it carries."""

from ._keys import ASCII_SPACE, MAX_KEY_LENGTH, normalize, show_int, show_text
from ._lookup import _index
from ._status import fallback_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class UnknownStatusError(LookupError, ValueError):
    """A key of the right type that matches no registered status code.

    It subclasses ``LookupError`` because it is a failed lookup, and
    ``ValueError`` because code written against ``http.HTTPStatus(...)``
    catches ``ValueError``.  Keys of the wrong type (``None``, ``float``,
    ``bytes``, ``bool``) raise ``TypeError`` instead, never this.

    Attributes:
        key: the key as it was passed.
        suggestions: reason phrases close to a text key, best first; empty
            for numbers and when nothing is close.
    """

    # Tracebacks and pickles name the public path, httpcodes.UnknownStatusError.
    __module__ = "httpcodes"

    key: object
    suggestions: tuple[str, ...]

    def __init__(
        self, key: object, message: str, suggestions: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.key = key
        self.suggestions = suggestions

    # BaseException pickles as type(self)(*self.args), which would pass the
    # message as the key; rebuild from all three, keeping any later state
    # (__notes__, attributes a caller added).
    def __reduce__(self) -> "tuple[Any, ...]":
        return (
            type(self),
            (self.key, str(self), self.suggestions),
            self.__dict__,
        )


def unknown_number(key: object, number: int, fallback: "Any") -> UnknownStatusError:
    """The error for a number that is not a registered code.

    ``fallback`` is the member a client uses for an unknown code of the
    number's class (``None`` outside 100 to 599).
    """
    if fallback is not None:
        hint = (
            f"; a client treats an unknown {fallback._value_ // 100}xx code as"
            f" {fallback._value_} {fallback.phrase}, see httpcodes.resolve()"
        )
    else:
        hint = "; status codes are three-digit numbers from 100 to 599"
    shown = show_text(key) if isinstance(key, str) else show_int(number)
    return UnknownStatusError(
        key, f"{shown} is not a registered HTTP status code{hint}"
    )


def unknown_text(
    key: object, text: str, suggestions: tuple[str, ...] = ()
) -> UnknownStatusError:
    """The error for text (already a plain str) that names no code."""
    if len(text) > MAX_KEY_LENGTH:
        reason = f": keys are at most {MAX_KEY_LENGTH} characters"
    elif not text.isascii():
        reason = ": keys are ASCII digits, member names or reason phrases"
    elif text.strip(ASCII_SPACE).isdigit():
        reason = ": a status code is written as exactly three digits"
    elif suggestions:
        reason = (
            ", name or phrase; did you mean "
            + " or ".join(repr(s) for s in suggestions)
            + "?"
        )
    else:
        reason = ", name or phrase"
    return UnknownStatusError(
        key,
        f"{show_text(text)} is not a registered HTTP status code{reason}",
        suggestions,
    )


def unknown_key(key: object, parsed: int | str) -> UnknownStatusError:
    """The error for a key that ``lookup`` found nothing for, from the
    plain int or str it was read as."""
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


def _suggest(text: str) -> tuple[str, ...]:
    """Reason phrases whose keys are close to ``text``, best first."""
    # Imported here: only a failed text lookup needs it, and difflib costs
    # more to import than the rest of the package.
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
