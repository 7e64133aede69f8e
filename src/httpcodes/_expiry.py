"""Whether a temporary registration has expired on a given day.

A temporary registration is an early allocation (RFC 7120), which lapses
after a year unless renewed (RFC 7120, Section 3.3); the registry records
the date.  The registration stands through that day and has lapsed from
the next one on.  The command
line asks with the clock's date; tests pass a fixed one.
"""

from __future__ import annotations

import datetime

TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import StatusCode

__all__ = ["has_expired", "today"]


def today() -> datetime.date:
    """The local date now: the day the user reads the output."""
    return datetime.date.today()


def has_expired(member: StatusCode, on: datetime.date) -> bool | None:
    """True once the expiry date has passed, False before, None when the
    registration has no expiry date."""
    expires = member.registration_expires
    if expires is None:
        return None
    return datetime.date.fromisoformat(expires) < on
