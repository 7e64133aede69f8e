"""Reading arguments: what each kind of argument may be, and the error for each.

Every public function reads its arguments here, and only here, so that the
same value gets the same answer, and the same mistake the same error,
whichever function it is passed to (the table is in docs/api.md).  Each
reader takes the caller's object once and returns a plain ``int``, ``str``,
``bool`` or ``tuple``: nothing downstream sees the caller's object again,
so none of its methods (``__index__``, ``__str__``, ``__eq__``,
``__hash__``, ``__iter__``) is called twice or behind the caller's back.

- A number is an ``int`` (any ``int`` subclass, as the number it stores:
  ``int.__index__``, so an overriding ``__int__`` or ``__index__`` is
  ignored), or an object whose type has ``__index__`` returning a plain
  ``int``, called exactly once (``numpy.int64``).  ``bool`` is refused:
  ``True`` is not status 1.  Anything else raises ``StatusTypeError``.
- A status is such a number from 100 to 599 (``_range``); outside it,
  ``UnknownStatusError``.
- A key is a number or text (``str`` or a subclass, as the text it stores).
- A method is a ``str`` that is an RFC 9110 token.
- Headers are a mapping (anything with ``items()``) or an iterable of
  (name, value) pairs of ``str``.

Whether a number is a status code at all is the rule of RFC 9110, Section
15, in ``_range``.
"""

from ._abnf import TCHAR_SYMBOLS, is_token
from ._errors import (
    StatusTypeError,
    UnknownStatusError,
    excerpt,
    show,
    show_int,
    wrong_type,
)
from ._range import class_digit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal

    Language = Literal["en", "ko"]


def number(value: object, what: str = "status", accepted: str = "an int") -> int:
    """``value`` as a plain int; ``StatusTypeError`` if it is not one."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        if isinstance(value, bool):
            raise StatusTypeError(wrong_type(what, accepted, value))
        # The stored number; the subclass's own hooks are not consulted.
        return int.__index__(value)
    index = getattr(type(value), "__index__", None)
    if index is not None:
        try:
            result = index(value)
        except Exception as error:
            # Its own failure, whatever it is, means the value is no int:
            # http.HTTPStatus(value) would raise ValueError for it too.
            raise StatusTypeError(
                f"{what} must be {accepted}: {type(value).__name__}.__index__"
                f" raised {type(error).__name__}"
            ) from error
        if type(result) is int:
            return result
        raise StatusTypeError(
            f"{what} must be {accepted}: {type(value).__name__}.__index__"
            f" returned {type(result).__name__}, not int"
        )
    if isinstance(value, str):
        hint = f"; to look up text, use httpcodes.lookup({excerpt(value)})"
    elif type(value) is float and value.is_integer():
        hint = f"; pass int({show(value)}) if {int(value)} is meant"
    else:
        hint = ""
    raise StatusTypeError(wrong_type(what, accepted, value, hint))


def status(value: object, what: str = "status") -> int:
    """``value`` as a plain int from 100 to 599, registered or not."""
    code = value if type(value) is int else number(value, what)
    if class_digit(code) is None:
        raise UnknownStatusError(
            value,
            f"{show_int(code)} is not an HTTP status code: status codes are"
            " three-digit numbers from 100 to 599 (RFC 9110, Section 15)",
            number=code,
        )
    return code


def key(value: object) -> "int | str":
    """A lookup key as a plain int or str."""
    if isinstance(value, str):
        return value if type(value) is str else str.__str__(value)
    return number(value, "key", "an int or str")


def text(value: object, what: str) -> str:
    """A text argument as a plain ``str``; ``TypeError`` for anything else."""
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(wrong_type(what, "a str", value))


def method(value: object, what: str = "method") -> str:
    """A request method: a ``str`` that is a token (RFC 9110, Section 9.1).

    Checked because the method ends up in a request line: a space, CR or LF
    must never get through.  Case is kept: methods are case-sensitive.
    """
    name = text(value, what)
    if not is_token(name):
        raise ValueError(
            f"{excerpt(name)} is not an HTTP method: a method is a token of"
            f" ASCII letters, digits and {TCHAR_SYMBOLS} (RFC 9110, Section 9.1)"
        )
    return name


def flag(value: object, what: str, accepted: str = "a bool") -> bool:
    """A ``bool`` argument; ``TypeError`` for anything else, 0 and 1 too."""
    if type(value) is bool:
        return value
    raise TypeError(wrong_type(what, accepted, value))


def optional_flag(value: object, what: str) -> "bool | None":
    """A ``bool``, or ``None`` for "not known"."""
    return None if value is None else flag(value, what, "a bool or None")


def language(value: object) -> "Language":
    """ "en" or "ko"; ``ValueError`` for other text."""
    lang = text(value, "lang")
    if lang == "en":
        return "en"
    if lang == "ko":
        return "ko"
    raise ValueError(f"unsupported language {excerpt(lang)}; use 'en' or 'ko'")


def headers(value: object, what: str = "headers") -> "list[tuple[str, str]]":
    """Header fields as (name, value) pairs of plain ``str``.

    ``value`` is a mapping, anything else with ``items()`` (such as
    ``http.client.HTTPMessage``), or an iterable of pairs; not text.
    """
    accepted = "a mapping or an iterable of (name, value) pairs"
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(wrong_type(what, accepted, value))
    items = getattr(value, "items", None)
    pairs: Any = items() if callable(items) else value
    try:
        iterator = iter(pairs)
    except TypeError:
        raise TypeError(wrong_type(what, accepted, value)) from None
    fields = []
    for pair in iterator:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError(
                f"each of the {what} must be a (name, value) pair, not"
                f" {type(pair).__name__} ({show(pair)})"
            )
        name, field_value = pair
        fields.append(
            (text(name, f"a name in {what}"), text(field_value, f"a value in {what}"))
        )
    return fields


def count(value: object, what: str) -> "int | None":
    """A non-negative int, or ``None`` for no limit."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(wrong_type(what, "a non-negative int or None", value))
    amount = int.__index__(value)
    if amount < 0:
        raise ValueError(
            f"{what} must be a non-negative int or None, not {show_int(amount)}"
        )
    return amount
