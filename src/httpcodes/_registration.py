"""How the IANA registry lists a code: ``Registration``.

Loaded on first use (``httpcodes.Registration`` or a member's
``registration``), not by ``import httpcodes``, which would pay for building
an enum class that a program looking codes up never needs
(docs/performance.md).
"""

from enum import Enum

from ._recipe import close


class Registration(Enum):
    """How the IANA registry lists a code.

    ``ASSIGNED`` is an ordinary entry.  The others are the registry's own
    markers, kept apart from ``StatusCode.deprecated`` because they say
    something different: a temporary registration can expire, an "(Unused)"
    code is reserved and never given a meaning again, and an "(OBSOLETED)"
    one belongs to a retired specification.
    """

    __module__ = "httpcodes"

    ASSIGNED = "assigned"
    TEMPORARY = "temporary"
    UNUSED = "unused"
    OBSOLETED = "obsoleted"

    def __repr__(self) -> "str":
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self) -> "str":
        return str(self._value_)


close(Registration)
