"""Type checkers see every member and attribute, and catch misspellings."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is a dev dependency")

HERE = Path(__file__).resolve().parent

MISTAKES = """
from httpcodes import StatusCode, lookup

reveal_type(StatusCode.NOT_FOUND)
reveal_type(lookup(404))
reveal_type(StatusCode(404))
reveal_type(StatusCode.NOT_FOUND.phrase)
StatusCode.NOT_FOND
StatusCode.OK.phrase = "changed"
StatusCode.OK.extra = 1
StatusCode.OK.describe("fr")
lookup(b"404")
"""


def run_mypy(path: Path) -> tuple[str, int]:
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--show-error-codes", str(path)]
    )
    return stdout + stderr, status


def test_client_module_is_clean() -> None:
    output, status = run_mypy(HERE / "typing_client.py")
    assert status == 0, output


def test_mistakes_are_reported(tmp_path: Path) -> None:
    client = tmp_path / "client_with_mistakes.py"
    client.write_text(MISTAKES, encoding="utf-8")
    output, status = run_mypy(client)
    assert status == 1, output
    assert (
        'Revealed type is "Literal[httpcodes._status.StatusCode.NOT_FOUND]?"' in output
    )
    assert output.count('Revealed type is "httpcodes._status.StatusCode"') == 2
    assert 'Revealed type is "str"' in output
    assert '"type[StatusCode]" has no attribute "NOT_FOND"' in output
    assert 'Property "phrase" defined in "_Facts" is read-only' in output
    assert '"StatusCode" has no attribute "extra"' in output
    assert 'Argument 1 to "describe" of "_Facts" has incompatible type' in output
    assert 'Argument 1 to "lookup" has incompatible type "bytes"' in output
