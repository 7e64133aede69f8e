"""The installed distribution: metadata, py.typed, and what import costs."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import subprocess
import sys

import httpcodes

DISTRIBUTION = "httpcodes-ko"


def test_version_matches_the_metadata() -> None:
    assert httpcodes.__version__ == importlib.metadata.version(DISTRIBUTION)


def test_no_runtime_dependencies() -> None:
    requires = importlib.metadata.requires(DISTRIBUTION) or []
    assert [r for r in requires if "extra ==" not in r] == []


def test_requires_python_and_typed_classifier() -> None:
    metadata = importlib.metadata.metadata(DISTRIBUTION)
    assert metadata["Requires-Python"] == ">=3.10"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])


def test_py_typed_is_shipped() -> None:
    assert importlib.resources.files("httpcodes").joinpath("py.typed").is_file()


def test_import_pulls_in_no_heavy_modules() -> None:
    """Start-up stays cheap: typing, dataclasses, re, difflib are not loaded."""
    code = (
        "import sys, httpcodes; httpcodes.lookup(404); httpcodes.lookup('Not Found');"
        "print(' '.join(sorted(m for m in ('typing', 'dataclasses', 're', 'difflib',"
        " 'datetime') if m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": ":".join(p for p in sys.path if p)},
    )
    assert result.stdout.strip() == ""
