"""The five classes of status codes: ``StatusClass`` and ``classify``.

RFC 9110, Section 15: the first digit of a status code is its class.
``import httpcodes`` does not load this module: building an enum class costs
about as much as importing a small module, and a program that only looks
codes up never needs it.  ``httpcodes.StatusClass``, ``httpcodes.classify``
and a member's ``status_class`` load it on first use (docs/performance.md).
"""

from enum import IntEnum

from ._status import _Fact, _StrictIntEnumType, close, read_number

# Annotations that Python evaluates at run time are written as strings, as in
# every module of the package (no "from __future__ import annotations").
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, SupportsIndex


class StatusClass(IntEnum, metaclass=_StrictIntEnumType):
    """The five classes of status codes, numbered by their first digit.

    RFC 9110, Section 15: the first digit of a status code says what kind
    of response it is; a client that does not know a code treats it as the
    ``x00`` code of its class.
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

    if TYPE_CHECKING:

        @property
        def label(self) -> "str":
            """English name of the class, as RFC 9110 titles it."""

        @property
        def label_ko(self) -> "str":
            """Korean name of the class."""

        @property
        def range(self) -> "str":
            """The class written as a pattern, ``"4xx"``."""

        @property
        def reference(self) -> "str":
            """The section of RFC 9110 that defines the class."""

    def __repr__(self) -> "str":
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self) -> "str":
        return int.__repr__(self)

    def __format__(self, format_spec: "str") -> "str":
        return int.__format__(self, format_spec)

    @classmethod
    def _from_value(cls, value: "object") -> "StatusClass":
        # Key reading and errors load on first use here too: a member's
        # status_class needs this module, and nothing of them.
        from ._keys import as_int, show_int  # noqa: PLC0415

        number = as_int(value, "StatusClass value")
        member = _CLASS_BY_DIGIT.get(number)
        if member is None:
            raise ValueError(
                f"{show_int(number)} is not a status class; classes are numbered 1 to 5"
                " (use httpcodes.classify() to get the class of a status code)"
            )
        return member


_CLASS_BY_DIGIT: "Final[dict[int, StatusClass]]" = {c._value_: c for c in StatusClass}
StatusClass._by_value = _CLASS_BY_DIGIT


def _attach_class_facts() -> "None":
    # On first use, as for StatusCode (see _status._Fact).
    from . import _data  # noqa: PLC0415

    for status_class, row in zip(StatusClass, _data.CLASSES, strict=True):
        if (status_class._name_, status_class._value_) != (row["name"], row["digit"]):
            raise RuntimeError("httpcodes: run python tools/generate.py")
        vars(status_class).update(
            label=row["label"],
            label_ko=row["label_ko"],
            range=f"{row['digit']}xx",
            reference=row["reference"],
        )


for _attribute in ("label", "label_ko", "range", "reference"):
    type.__setattr__(StatusClass, _attribute, _Fact(_attribute, _attach_class_facts))
del _attribute
close(StatusClass)


def class_of(number: "int") -> "StatusClass | None":
    """The class of any number from 100 to 599, ``None`` outside."""
    # The first digit is the class (RFC 9110, Section 15): number // 100 is
    # one of the digits 1 to 5 exactly when number is 100 to 599.
    return _CLASS_BY_DIGIT.get(number // 100)


def classify(code: "int | SupportsIndex") -> "StatusClass":
    """The class of any status code from 100 to 599, registered or not.

    RFC 9110, Section 15: the first digit defines the class.

    Raises:
        UnknownStatusError: ``code`` is outside 100 to 599 (a ``ValueError``).
        TypeError: ``code`` is not an int (see ``lookup`` for what counts).

    >>> classify(471)
    <StatusClass.CLIENT_ERROR: 4>
    """
    # An exact int skips the key reading, and class_of is inlined: this is a
    # hot path (docs/performance.md).
    number = code if type(code) is int else read_number(code)
    status_class = _CLASS_BY_DIGIT.get(number // 100)
    if status_class is None:
        from ._errors import unknown_number  # noqa: PLC0415 - see _from_value

        raise unknown_number(code, number, None)
    return status_class
