"""Fixtures shared by the test modules."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from httpcodes import _classes, _lookup, _status
from httpcodes._choosing import guidance, search

SRC = Path(__file__).resolve().parent.parent / "src" / "httpcodes"

# Every table the package builds once, on first use, with the value it has
# before that first use.  tests/test_first_use.py checks that this lists
# every "global ... built once" in the source.
ONCE_BUILT: tuple[tuple[ModuleType, str, object], ...] = (
    (_lookup, "_TEXT", {}),
    (_lookup, "_INDEX", dict(_lookup._BY_NUMBER)),
    (_lookup, "_KOREAN", {}),
    (_classes, "_ROWS", None),
    (_status, "_ROWS", None),
    (_status, "_STATUS_CLASSES", None),
    (_status, "_REGISTRATIONS", None),
    (_status, "_RESPONSE_FIELDS", None),
    (search, "_INDEX", None),
    (guidance, "_GUIDANCE", None),
    (_lookup, "_readers", None),
    (_status, "_read_number", None),
)


def once_built_in_source() -> set[tuple[str, str]]:
    """(module, name) of each global the source declares built once."""
    found = set()
    for path in SRC.rglob("*.py"):
        module = ".".join(("httpcodes", *path.relative_to(SRC).with_suffix("").parts))
        for names in re.findall(
            r"global (_[A-Za-z_, ]+)  # .*(?:built|imported) once", path.read_text()
        ):
            found |= {(module, name.strip()) for name in names.split(",")}
    return found


@pytest.fixture
def first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every once-built table emptied for the test, and put back after it:
    the test itself then runs the code that builds them.  Mutation testing
    forks its workers from a process where every table is built already,
    so without this a mutant of that code would meet no test."""
    for module, name, unbuilt in ONCE_BUILT:
        monkeypatch.setattr(module, name, unbuilt)
