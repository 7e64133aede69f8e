"""A base for the library's small immutable records.

``dataclasses`` would do this, but importing it costs several milliseconds,
more than the rest of the package; these records need only equality, hashing,
a repr and a refusal to change.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import ClassVar


class Record:
    """Fields live in ``__slots__``, are set once by ``_set`` in ``__init__``,
    and cannot be assigned or deleted afterwards.

    Subclasses list their fields, in display order, in ``_fields``; the
    repr shows those named in ``_repr_fields`` (all fields by default).
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _repr_fields: ClassVar[tuple[str, ...] | None] = None

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(
            f"{type(self).__name__} is read-only; cannot delete {name!r}"
        )

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        names = self._fields if self._repr_fields is None else self._repr_fields
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({shown})"
