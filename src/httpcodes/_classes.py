"""The five classes of status codes: ``StatusClass`` and ``class_of``.

RFC 9110, Section 15: the first digit of a status code is its class
(``_range.class_digit`` holds that rule).  ``import httpcodes`` does not
load this module: building an enum class costs about as much as importing
a small module, and a program that only looks codes up never needs it.
``httpcodes.StatusClass``, ``httpcodes.classify`` and a member's
``status_class`` load it on first use (docs/performance.md).
"""

from enum import IntEnum

from ._arguments import number
from ._arguments import status as read_status
from ._errors import show_int
from ._range import class_digit
from ._recipe import close, public

# Annotations that Python evaluates at run time are written as strings, as in
# every module that a member's fact loads (no "from __future__ import
# annotations", docs/performance.md).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import SupportsIndex

    from ._data.codes import ClassRow


class StatusClass(IntEnum):
    """The five classes of status codes, numbered by their first digit.

    RFC 9110, Section 15: the first digit of a status code says what kind
    of response it is; a client that does not know a code treats it as the
    ``x00`` code of its class.  ``StatusClass(4)`` is ``CLIENT_ERROR``;
    ``httpcodes.classify(404)`` finds the class of a code.
    """

    # Pickles and tracebacks name the public path, httpcodes.StatusClass.
    __module__ = "httpcodes"

    # BEGIN GENERATED classes: python tools/generate.py
    INFORMATIONAL = 1
    SUCCESSFUL = 2
    REDIRECTION = 3
    CLIENT_ERROR = 4
    SERVER_ERROR = 5
    # END GENERATED classes

    @property
    def label(self) -> "str":
        """English name of the class, as RFC 9110 titles it: "Client Error"."""
        return _row(self)["label"]

    @property
    def label_ko(self) -> "str":
        """Korean name of the class: "클라이언트 요청 오류"."""
        return _row(self)["label_ko"]

    @property
    def range(self) -> "str":
        """The class written as a pattern: "4xx"."""
        return f"{self._value_}xx"

    @property
    def reference(self) -> "str":
        """The section of RFC 9110 that defines the class."""
        return _row(self)["reference"]

    # Pinned so that Python 3.10 prints what 3.11+ prints for an IntEnum:
    # str() and format() give the number, repr() the member.
    def __repr__(self) -> "str":
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self) -> "str":
        return int.__repr__(self)

    def __format__(self, format_spec: "str") -> "str":
        return int.__format__(self, format_spec)

    @classmethod
    def _missing_(cls, value: "object") -> "StatusClass":
        # StatusClass(value) for anything but an exact int that is a class
        # (the metaclass's fast path, _recipe.StrictIntEnumType).
        digit = number(value, "StatusClass value")
        member = cls._value2member_map_.get(digit)
        if member is None:
            raise ValueError(
                f"{show_int(digit)} is not a status class; classes are numbered"
                " 1 to 5 (use httpcodes.classify() to get the class of a status"
                " code)"
            )
        return member  # type: ignore[return-value]


close(StatusClass)

_BY_DIGIT: "dict[int, StatusClass]" = {c._value_: c for c in StatusClass}


def class_of(code: "int") -> "StatusClass | None":
    """The class of any number from 100 to 599, ``None`` outside."""
    digit = class_digit(code)
    return None if digit is None else _BY_DIGIT[digit]


@public
def classify(status: "int | SupportsIndex") -> "StatusClass":
    """The class of any status code from 100 to 599, registered or not.

    RFC 9110, Section 15: the first digit defines the class.

    Raises:
        UnknownStatusError: ``status`` is outside 100 to 599.
        StatusTypeError: ``status`` is not an int (see ``lookup`` for what
            counts).

    >>> classify(471)
    <StatusClass.CLIENT_ERROR: 4>
    """
    digit = class_digit(status) if type(status) is int else None
    if digit is None:  # not an exact int, or not a status: read it to say why
        digit = class_digit(read_status(status))
        assert digit is not None  # read_status takes 100 to 599 only
    return _BY_DIGIT[digit]


# The labels are read from the data on first use, as StatusCode's facts are.
_ROWS: "dict[int, ClassRow] | None" = None


def _row(status_class: "StatusClass") -> "ClassRow":
    global _ROWS  # noqa: PLW0603 - built once, published in one assignment
    rows = _ROWS
    if rows is None:
        from ._data.codes import CLASSES  # noqa: PLC0415 - on first use

        rows = {row["digit"]: row for row in CLASSES}
        _ROWS = rows
    return rows[status_class._value_]
