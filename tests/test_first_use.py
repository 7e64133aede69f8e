"""Code that runs once per process, reached by calling it.

The package builds some tables on first use and publishes each once
(``ONCE_BUILT`` in conftest.py), resolves its lazy names once, and closes
its enums once, at import.  A test that only uses the package meets that
code in whichever test came first; mutation testing forks its workers from
a process where all of it has run.  These tests call it themselves, and the
``first_use`` fixture empties the tables for the tests that mark it, so that
they build them (docs/design.md, "Mutation testing").
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from typing import Any

import pytest

import httpcodes
from httpcodes import StatusCode, _status, lookup
from httpcodes._data import codes
from httpcodes._errors import show
from httpcodes._recipe import close

from .conftest import ONCE_BUILT, once_built_in_source


def test_every_once_built_table_is_listed() -> None:
    listed = {(module.__name__, name) for module, name, _ in ONCE_BUILT}
    assert listed == once_built_in_source()


def test_the_fixture_empties_each_table(first_use: None) -> None:
    for module, name, unbuilt in ONCE_BUILT:
        assert getattr(module, name) == unbuilt, (module.__name__, name)


@pytest.mark.usefixtures("first_use")
def test_a_first_text_lookup_builds_the_index() -> None:
    assert lookup("not found") is StatusCode.NOT_FOUND
    assert lookup("NOT_FOUND") is StatusCode.NOT_FOUND
    assert lookup("404") is StatusCode.NOT_FOUND
    assert lookup("Payload Too Large") is StatusCode.CONTENT_TOO_LARGE
    assert lookup("찾을 수 없음") is StatusCode.NOT_FOUND


class _Number(int):
    """An int subclass: read as the number it stores."""


@pytest.mark.usefixtures("first_use")
def test_each_table_once_built_is_kept() -> None:
    """Kept, not rebuilt on each use: each one is published once, so that
    threads on their first use all find the same table."""
    assert lookup("not found") is StatusCode.NOT_FOUND
    assert lookup("찾을 수 없음") is StatusCode.NOT_FOUND
    assert lookup(_Number(404)) is StatusCode.NOT_FOUND  # read by _arguments
    with pytest.raises(ValueError, match="600"):
        StatusCode(600)  # read by _arguments too
    code = StatusCode.METHOD_NOT_ALLOWED
    assert code.phrase_ko == "허용되지 않는 메서드"
    assert code.status_class is httpcodes.StatusClass.CLIENT_ERROR
    assert code.status_class.reference == "RFC 9110, Section 15.5"
    assert code.registration is httpcodes.Registration.ASSIGNED
    assert any(rule.header == "Allow" for rule in code.response_fields)
    assert httpcodes.search("not found")[0].code is StatusCode.NOT_FOUND
    assert httpcodes.guidance(405).code is code
    for module, name, unbuilt in ONCE_BUILT:
        assert getattr(module, name) != unbuilt, (module.__name__, name)


def test_each_lazy_name_resolves_to_the_object_of_its_module() -> None:
    # The stub (__init__.pyi) shows the lazy names as imports; the module
    # itself resolves them in __getattr__ (PEP 562).
    namespace = vars(httpcodes)
    lazy: dict[str, str] = namespace["_LAZY"]
    resolve_lazily: Callable[[str], object] = namespace["__getattr__"]
    listed: Callable[[], list[str]] = namespace["__dir__"]
    for name, module in lazy.items():
        home = importlib.import_module(f"httpcodes.{module}")
        assert resolve_lazily(name) is getattr(home, name), name
        # ... and is kept: __getattr__ is not asked twice.
        assert namespace[name] is getattr(home, name), name
    assert set(lazy) <= set(listed())
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        resolve_lazily("nothing")


def test_closing_an_enum_refuses_writes_to_the_class_and_its_members() -> None:
    class Colour(enum.Enum):
        RED = "red"

    class Number(enum.IntEnum):
        ONE = 1

    close(Colour)
    close(Number)
    pairs: list[tuple[Any, Any]] = [(Colour, Colour.RED), (Number, Number.ONE)]
    for cls, member in pairs:
        with pytest.raises(AttributeError):
            cls.GREEN = "green"
        with pytest.raises(AttributeError):
            del cls.RED
        with pytest.raises(AttributeError):
            member.label = "x"
        with pytest.raises(AttributeError):
            del member.label
        with pytest.raises(AttributeError):
            del member._value_
    assert Colour("red") is Colour.RED
    assert Colour.RED.value == "red"
    assert Number(1) is Number.ONE
    with pytest.raises(ValueError, match="use one of 'red'"):
        Colour("blue")
    with pytest.raises(TypeError, match="Number value must be an int, not str"):
        Number("1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2 is not a Number; use one of 1"):
        Number(2)


DRIFT = (
    "httpcodes: the StatusCode members are out of date with _data/codes.py;"
    " run python tools/generate.py"
)


@pytest.mark.parametrize("change", ["a row dropped", "a phrase changed"])
def test_members_that_drifted_from_the_data_are_refused_on_first_use(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[dict[str, Any]] = [dict(row) for row in codes.CODES]
    if change == "a row dropped":
        rows.pop()
    else:
        rows[0]["phrase"] += "!"
    monkeypatch.setattr(codes, "CODES", rows)
    with pytest.raises(RuntimeError) as info:
        _status._read_rows()
    assert str(info.value) == DRIFT


def test_bytes_are_shown_by_their_first_80_and_the_count_of_the_rest() -> None:
    assert show(b"ab") == "b'ab'"
    assert show(bytearray(b"ab")) == "b'ab'"
    assert show(b"x" * 83) == "b'" + "x" * 80 + "'... (3 more bytes)"
    assert show(bytearray(b"x" * 81)) == "b'" + "x" * 80 + "'... (1 more bytes)"
