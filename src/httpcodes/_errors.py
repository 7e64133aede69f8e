"""The errors httpcodes raises for a status argument, and how messages show input.

Two exception types cover every mistake in a status argument, whichever
function it is passed to (the table is in docs/api.md):

- ``StatusTypeError``: the argument is of a type that is never a status
  (``None``, ``float``, ``bool``, text where a number is wanted ...).
- ``UnknownStatusError``: the argument has the right type, but names no
  registered code, or is a number outside 100 to 599.

Both are ``ValueError``: code written against ``http.HTTPStatus``, which
raises ``ValueError`` for all of them, keeps working.

A message shows the input it is about, but never more than a bounded
excerpt of it (``excerpt``, ``show_int``, ``show``), and never through the
caller's own ``repr`` or ``str``: an object's ``__repr__`` may raise, be
slow or print ten megabytes.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

#: At most this many characters of a text input are quoted in a message.
EXCERPT: "Final" = 80

# Numbers longer than this many bits (77 digits) are shown by their size:
# int -> str is quadratic in the digits, and refused beyond 4300 of them
# (sys.set_int_max_str_digits).
_SHOWN_BITS: "Final" = 256


class StatusTypeError(TypeError, ValueError):
    """A status argument of a type that is never a status code.

    A ``TypeError``, because the mistake is the argument's type, and a
    ``ValueError``, because ``http.HTTPStatus("404")`` and
    ``HTTPStatus(None)`` raise ``ValueError``: code written as
    ``try: HTTPStatus(x) except ValueError:`` keeps working with
    ``StatusCode(x)``, and with every other function that takes a status.
    """

    # Tracebacks and pickles name the public path.
    __module__ = "httpcodes"


class UnknownStatusError(LookupError, ValueError):
    """A status argument of the right type that names no status code.

    A well-typed key that matches no registered code (``lookup(299)``,
    ``lookup("not fond")``), or a number outside 100 to 599 where any status
    code is accepted (``classify(700)``).  A ``LookupError`` because it is a
    failed lookup, and a ``ValueError`` because ``http.HTTPStatus(299)``
    raises ``ValueError``.

    Attributes:
        key: the argument as it was passed.
        number: the number it was read as: the int itself, or the number
            that three-digit text spells (``"299"``); ``None`` for text
            that is no number.
        suggestions: reason phrases close to a text key, best first; empty
            for numbers and when nothing is close.
    """

    __module__ = "httpcodes"

    key: object
    number: "int | None"
    suggestions: "tuple[str, ...]"

    def __init__(
        self,
        key: object,
        message: str,
        suggestions: "tuple[str, ...]" = (),
        number: "int | None" = None,
    ) -> None:
        super().__init__(message)
        self.key = key
        self.number = number
        self.suggestions = suggestions

    # BaseException pickles as type(self)(*self.args), which would pass the
    # message as the key; rebuild from everything, keeping any later state
    # (__notes__, attributes a caller added).
    def __reduce__(self) -> "tuple[Any, ...]":
        return (
            type(self),
            (self.key, str(self), self.suggestions, self.number),
            self.__dict__,
        )


def quoted(text: str, limit: int = EXCERPT) -> tuple[str, int]:
    """``text`` quoted for a message, whole up to ``limit`` characters, else
    its first ``limit``; and how many characters are left out (0 for none).

    The caller words the count (``httpcodes.messages`` in the language of
    its text, ``excerpt`` in English).  ``text`` may be a ``str`` subclass;
    its own methods are not called.
    """
    length = str.__len__(text)
    if length <= limit:
        return str.__repr__(text), 0
    return str.__repr__(str.__getitem__(text, slice(limit))), length - limit


def excerpt(text: str) -> str:
    """``text`` quoted for an English message: whole up to ``EXCERPT``
    characters, else its start and the number of characters left out.

    ``text`` may be a ``str`` subclass; its own methods are not called.
    """
    head, omitted = quoted(text)
    return f"{head}... ({omitted} more characters)" if omitted else head


def show_int(number: int) -> str:
    """``number`` for a message: its digits, or its size when it is huge."""
    if number.bit_length() <= _SHOWN_BITS:
        return int.__repr__(number)
    return f"an int of {number.bit_length()} bits"


def show(value: object) -> str:
    """Any argument for a message, without calling anything of its own.

    Text and numbers of the built-in types are shown bounded; any other
    object by its type alone.
    """
    if isinstance(value, str):
        return excerpt(value)
    if isinstance(value, bool) or value is None:
        return repr(value)  # True, False, None: never a subclass
    if isinstance(value, int):
        return show_int(int.__index__(value))
    if type(value) is float:
        return float.__repr__(value)
    if type(value) in (bytes, bytearray):
        head = bytes(value[:EXCERPT])  # type: ignore[index]
        more = len(value) - len(head)  # type: ignore[arg-type]
        rest = f"... ({more} more bytes)" if more else ""
        return f"{head!r}{rest}"
    return f"a {type(value).__name__} object"


def wrong_type(what: str, accepted: str, value: object, hint: str = "") -> str:
    """The message for an argument of the wrong type."""
    return (
        f"{what} must be {accepted}, not {type(value).__name__} ({show(value)}){hint}"
    )
