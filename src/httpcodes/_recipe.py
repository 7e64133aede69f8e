"""One recipe for every public type: closed enums, frozen records, public paths.

Every type httpcodes hands out keeps the same promises (docs/design.md, "One
recipe for every public type"; ``tests/test_recipe.py`` walks ``__all__``
and checks each of them):

- An enum is closed: once ``close`` has run, neither the class nor its
  members accept a new, changed or deleted attribute, and an int enum takes
  exactly ints (``StatusCode(404.0)`` is an error, not the member 404).
- A record is a frozen, slotted dataclass that refuses any attribute write
  with ``AttributeError`` (``record``).
- Every public class and function reports the public module a user reaches
  it from (``__module__ = "httpcodes"`` in each class body, ``public`` for
  functions), so that pickles, ``help()`` and tracebacks name only public
  paths and survive any move of a private module.

``import httpcodes`` loads this module, because ``StatusCode`` is closed at
import; ``dataclasses`` is imported only when the first record class is
made (it costs more to import than the rest of the package).
"""

from enum import Enum, EnumMeta

# Annotations that Python evaluates at run time are written as strings: this
# module is on the import path, which does without
# "from __future__ import annotations" (docs/performance.md).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from dataclasses import field
    from typing import Any, TypeVar

    from typing_extensions import dataclass_transform

    _T = TypeVar("_T")
    _F = TypeVar("_F", bound=Callable[..., Any])

#: The module every public name of the package is reached from.
PACKAGE = "httpcodes"

# Marks "no value given", so that StatusCode() can say what it needs.
_MISSING: "Any" = object()


class ClosedEnumType(EnumMeta):
    """The metaclass of a closed enum, given to the class by ``close``.

    The class statements name no metaclass, so that they stay plain
    ``IntEnum`` and ``Enum`` classes to every static tool: Jedi (the
    completion of VS Code's Jedi mode, vim, Emacs and IPython) only knows a
    class as an enum, and offers its members' properties, when its
    metaclass is ``enum``'s own.  ``close`` swaps this one in once the class
    is built, which also keeps its guards out of the way of the ``enum``
    machinery while it builds the class.
    """

    def __setattr__(cls, name: "str", value: "object") -> "None":
        raise AttributeError(f"{cls.__name__} is read-only; cannot set {name!r}")

    def __delattr__(cls, name: "str") -> "None":
        raise AttributeError(f"{cls.__name__} is read-only; cannot delete {name!r}")

    def __dir__(cls) -> "list[str]":
        # EnumMeta lists the members and what the mixed-in type has, not the
        # properties and methods of the class and of the package's own bases:
        # help() and pydoc, which read dir(), would not show a single fact of
        # a member.
        own = (
            name
            for base in cls.__mro__
            if base.__module__.partition(".")[0] == PACKAGE
            for name in vars(base)
            if not name.startswith("_")
        )
        return sorted({*super().__dir__(), *own})

    # ``Cls(value)`` and ``Cls[name]`` find a member or say, bounded, why
    # not: EnumMeta's own messages quote the whole value through its repr,
    # a caller's object's own method, which may raise or print megabytes
    # (docs/api.md, "Input policy").
    def __call__(cls: "type[_T]", value: "object" = _MISSING) -> "_T":  # type: ignore[override]
        if type(value) is cls:
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(str.__str__(value))  # type: ignore[attr-defined]
            if member is not None:
                return member  # type: ignore[no-any-return]
        elif value is _MISSING:
            example = next(iter(cls._value2member_map_))  # type: ignore[attr-defined]
            raise TypeError(
                f"{cls.__name__}() takes one value, such as {cls.__name__}({example!r})"
            )
        member = cls._missing_(value)  # type: ignore[attr-defined]
        if member is None:
            raise _not_a_member(cls, value)
        return member  # type: ignore[no-any-return]

    def __getitem__(cls: "type[_T]", name: "str") -> "_T":
        member = cls._member_map_.get(name) if type(name) is str else None  # type: ignore[attr-defined]
        if member is None:
            from ._errors import show  # noqa: PLC0415 - error path

            raise KeyError(f"{show(name)} is not a member name of {cls.__name__}")
        return member  # type: ignore[no-any-return]


def _not_a_member(cls: "type", value: "object") -> "Exception":
    from ._errors import excerpt, show, wrong_type  # noqa: PLC0415 - error path

    values = ", ".join(repr(member.value) for member in cls)  # type: ignore[attr-defined]
    if issubclass(cls, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return TypeError(wrong_type(f"{cls.__name__} value", "an int", value))
        shown = show(value)
    elif not isinstance(value, str):
        return TypeError(wrong_type(f"{cls.__name__} value", "a str", value))
    else:
        shown = excerpt(value)
    return ValueError(f"{shown} is not a {cls.__name__}; use one of {values}")


class StrictIntEnumType(ClosedEnumType):
    """A closed int enum whose ``Cls(value)`` takes exactly ints.

    ``EnumMeta.__call__`` finds members by equality and hashing, so for a
    plain ``IntEnum`` ``Cls(404.0)`` is the member 404.  Here an exact
    ``int`` takes one dictionary probe, which is also faster than the
    generic path, and anything else goes to the class's ``_missing_``,
    which reads it as every function of the package reads a status
    (``_arguments``) or raises.  The functional API (``Cls("Name", "A B")``)
    is not offered: an enum with members cannot be extended anyway.
    """

    # ``cls`` is typed as ``type[_T]`` so that ``StatusCode(404)`` has the
    # type ``StatusCode``.  ``value`` may be passed by keyword, as
    # ``HTTPStatus(value=404)`` allows.
    def __call__(cls: "type[_T]", value: "object" = _MISSING) -> "_T":  # type: ignore[override]
        if type(value) is int:
            member = cls._value2member_map_.get(value)  # type: ignore[attr-defined]
            if member is not None:
                return member  # type: ignore[no-any-return]
        elif type(value) is cls:
            return value
        elif value is _MISSING:
            example = next(iter(cls._value2member_map_))  # type: ignore[attr-defined]
            raise TypeError(
                f"{cls.__name__}() takes one value, an int such as"
                f" {cls.__name__}({example})"
            )
        member = cls._missing_(value)  # type: ignore[attr-defined]
        if member is None:
            raise _not_a_member(cls, value)
        return member  # type: ignore[no-any-return]


def _refuse_set(self: "object", name: "str", value: "object") -> "None":
    raise AttributeError(
        f"{type(self).__name__} members are read-only; cannot set {name!r}"
    )


def _refuse_delete(self: "object", name: "str") -> "None":
    raise AttributeError(
        f"{type(self).__name__} members are read-only; cannot delete {name!r}"
    )


def close(enum_class: "type[Enum]") -> "None":
    """From now on, refuse every write to ``enum_class`` and its members.

    Only after the class is built: while ``EnumMeta`` builds it, it writes
    bookkeeping attributes on each new member (``_value_``, ``_name_``,
    ``__objclass__``, ``_sort_order_``), which differ between versions.
    """
    type.__setattr__(enum_class, "__setattr__", _refuse_set)
    type.__setattr__(enum_class, "__delattr__", _refuse_delete)
    metaclass = StrictIntEnumType if issubclass(enum_class, int) else ClosedEnumType
    # The class's own class is the one attribute of a class object that
    # type.__setattr__ hands to the object-level descriptor, which checks
    # that the two metaclasses lay out their instances alike (they do: the
    # subclass adds methods only).
    type.__setattr__(enum_class, "__class__", metaclass)


def _refuse_record_set(self: "object", name: "str", value: "object") -> "None":
    from dataclasses import FrozenInstanceError  # noqa: PLC0415 - error path

    raise FrozenInstanceError(
        f"{type(self).__name__} is read-only; cannot set {name!r}"
    )


def _refuse_record_delete(self: "object", name: "str") -> "None":
    from dataclasses import FrozenInstanceError  # noqa: PLC0415 - error path

    raise FrozenInstanceError(
        f"{type(self).__name__} is read-only; cannot delete {name!r}"
    )


if TYPE_CHECKING:

    @dataclass_transform(frozen_default=True, field_specifiers=(field,))
    def record(cls: "type[_T]") -> "type[_T]": ...

else:

    def record(cls):
        """Make ``cls`` a frozen, slotted dataclass that refuses any write.

        ``FrozenInstanceError`` (an ``AttributeError``) for every attribute,
        a field or not.  ``dataclass(frozen=True, slots=True)`` alone raises
        ``TypeError`` for a name that is not a field on Python 3.10 and
        3.11, because the ``__setattr__`` it writes names the class from
        before ``slots=True`` rebuilt it (CPython issue 90562).
        """
        from dataclasses import dataclass  # noqa: PLC0415 - see the module docstring

        cls = dataclass(frozen=True, slots=True)(cls)
        type.__setattr__(cls, "__setattr__", _refuse_record_set)
        type.__setattr__(cls, "__delattr__", _refuse_record_delete)
        return cls


def public(function: "_F") -> "_F":
    """Report ``function`` under the package's name, where users reach it.

    A function pickles by its module and name, and ``help()`` names the
    module too; the private module a function is written in may move.
    """
    function.__module__ = PACKAGE
    return function
