"""Reading keys: which values count as a status code number or a text key.

Every public function that takes a code or a key parses it here, once, into a
plain ``int`` or a plain ``str``; nothing downstream sees the caller's object
again, so no method of it (``__index__``, ``__str__``, ``__eq__``,
``__hash__``) is called twice or behind the caller's back.

The rules, as docs/api.md states them:

- An ``int`` counts as itself; an ``int`` subclass as the number it stores
  (read with ``int.__index__``, so an overriding ``__int__`` or ``__index__``
  is ignored); ``bool`` is refused, since ``True`` is not status 1.
- Any other object counts if its type has ``__index__`` returning a plain
  ``int``; it is called exactly once.
- A ``str`` subclass counts as the text it stores (``str.__str__``).
- A text key is at most ``MAX_KEY_LENGTH`` characters; longer ones are
  refused before they are examined, so a huge key costs no time.
- Text is compared after stripping surrounding ASCII white space, folding
  ASCII case, and treating each run of spaces, hyphens and underscores as one
  separator.  No other character separates words.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

#: The longest text key examined.  The longest name or phrase in the registry
#: has 33 characters; 100 leaves room for padding and doubled separators.
MAX_KEY_LENGTH: "Final" = 100

#: What str.strip() removes around a text key: the ASCII white space of
#: str.isspace(), without the information separators \x1c to \x1f.
ASCII_SPACE: "Final" = " \t\n\r\f\v"

# Numbers longer than this many bits (77 digits) are shown by their size:
# int -> str is quadratic in the digits, and refused beyond 4300 of them
# (sys.set_int_max_str_digits).
_SHOWN_BITS: "Final" = 256


def as_int(value: object, what: str, accepted: str = "an int") -> int:
    """Return ``value`` as a plain int, or raise ``TypeError`` naming ``what``."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        if isinstance(value, bool):
            raise TypeError(f"{what} must be {accepted}, not bool ({value!r})")
        # The stored number; the subclass's own hooks are not consulted.
        return int.__index__(value)
    index = getattr(type(value), "__index__", None)
    if index is not None:
        result = index(value)
        if type(result) is int:
            return result
        raise TypeError(
            f"{what} must be {accepted}: {type(value).__name__}.__index__"
            f" returned {type(result).__name__}, not int"
        )
    if isinstance(value, str):
        hint = f"; to parse text use httpcodes.lookup({show_text(value)})"
    elif isinstance(value, float) and value.is_integer():
        hint = f"; pass int({value!r}) if {int(value)} is meant"
    else:
        hint = ""
    shown = show_text(value) if isinstance(value, str) else _short_repr(value)
    raise TypeError(
        f"{what} must be {accepted}, not {type(value).__name__} ({shown}){hint}"
    )


def as_text(value: str) -> str:
    """The plain ``str`` a ``str`` (or ``str`` subclass) holds."""
    return value if type(value) is str else str.__str__(value)


def normalize(text: str) -> str:
    """Fold ASCII case and make each run of separators one space.

    ``"Non-Authoritative Information"``, ``"NON_AUTHORITATIVE_INFORMATION"``
    and ``"non authoritative  information"`` all become
    ``"non authoritative information"``.  Only space, hyphen and underscore
    separate words; a tab or a control character inside a key stays, so the
    key matches nothing.  Separators at either end are dropped.
    """
    words = text.replace("-", " ").replace("_", " ").lower().split(" ")
    return " ".join(word for word in words if word)


def show_int(number: int) -> str:
    """``number`` for a message: its digits, or its size when it is huge."""
    if number.bit_length() <= _SHOWN_BITS:
        return str(number)
    return f"an int of {number.bit_length()} bits"


def show_text(text: str) -> str:
    """The repr of ``text`` for a message, cut after ``MAX_KEY_LENGTH``."""
    text = as_text(text)
    if len(text) <= MAX_KEY_LENGTH:
        return repr(text)
    return f"{text[:20]!r}... ({len(text)} characters)"


def _short_repr(value: object) -> str:
    try:
        shown = repr(value)
    except Exception:  # a broken __repr__ must not hide the real error
        return f"<{type(value).__name__} object>"
    return shown if len(shown) <= MAX_KEY_LENGTH else shown[:MAX_KEY_LENGTH] + "..."
