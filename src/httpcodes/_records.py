"""What the library's immutable records (``FollowUp``, ``Vendor``,
``UnofficialCode``) share on top of ``dataclasses``.

The records are ``@dataclass(frozen=True, slots=True)``.  On Python 3.10 and
3.11 the ``__setattr__`` that ``frozen=True`` writes names the class from
before ``slots=True`` rebuilt it, so setting an attribute that is not a field
raises ``TypeError`` from ``super()`` instead of ``FrozenInstanceError``
(CPython issue 90562).  ``seal`` installs a refusal that works on every
version.  Not on the ``import httpcodes`` path: ``dataclasses`` is slow to
import.
"""

from dataclasses import FrozenInstanceError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    _R = TypeVar("_R", bound=type)


def _refuse_set(self: object, name: str, value: object) -> None:
    raise FrozenInstanceError(
        f"{type(self).__name__} is read-only; cannot set {name!r}"
    )


def _refuse_delete(self: object, name: str) -> None:
    raise FrozenInstanceError(
        f"{type(self).__name__} is read-only; cannot delete {name!r}"
    )


def seal(cls: "_R") -> "_R":
    """Make every attribute write or deletion on ``cls``'s instances fail."""
    type.__setattr__(cls, "__setattr__", _refuse_set)
    type.__setattr__(cls, "__delattr__", _refuse_delete)
    return cls
