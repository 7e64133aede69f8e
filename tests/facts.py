"""Facts the tests compare against, from sources independent of the code
under test: the IANA registry snapshot in tools/data/ and the running
Python's http.HTTPStatus."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
# The one registry snapshot; its name carries the registry's date, which
# tests/test_data.py compares with REGISTRY_DATE (tools/iana.py update
# replaces it).
(REGISTRY_CSV,) = sorted((TOOLS / "data").glob("iana-http-status-codes-*.csv"))


@dataclass(frozen=True)
class RegistryRow:
    code: int
    description: str
    reference: str


def read_registry() -> dict[int, RegistryRow]:
    """The assigned rows of the IANA CSV; unassigned ranges are skipped."""
    rows = {}
    with REGISTRY_CSV.open(newline="", encoding="utf-8") as f:
        for record in csv.DictReader(f):
            if record["Description"] == "Unassigned":
                continue
            code = int(record["Value"])
            rows[code] = RegistryRow(code, record["Description"], record["Reference"])
    return rows


REGISTRY = read_registry()
REGISTERED = frozenset(REGISTRY)


def load_tool(name: str) -> ModuleType:
    """Import tools/<name>.py by path (tools/ is not a package)."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    module_name = f"_httpcodes_tool_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, TOOLS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


#: The import path of this interpreter, for fresh ones that must import
#: httpcodes from where this one does.
TEST_PATH = ":".join(p for p in sys.path if p)


def run_fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (without ``site``) that
    imports httpcodes from where this one does: for start-up behaviour, which
    the test process itself has long passed."""
    result = subprocess.run(
        [sys.executable, "-S", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": TEST_PATH},
    )
    return result.stdout


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


class IndexLike:
    """An integer-like object that is not an int (like numpy.int64)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class MyInt(int):
    """An int subclass that is not an enum."""
