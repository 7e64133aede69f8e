"""tools/bench.py keeps working: a quick run on every Python CI tests.

Only that the script runs and prints its tables is checked.  Timings vary
from machine to machine and belong to the benchmark's report, never to a
test, so nothing here looks at a number.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_and_prints_its_tables() -> None:
    env = dict(os.environ)
    # The script and its child interpreters import httpcodes as this process
    # does, whether it is installed or only on sys.path.
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    result = subprocess.run(
        [sys.executable, "tools/bench.py", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert any(row.startswith("| `lookup(404)` | ") for row in rows), result.stdout
    assert any(
        row.startswith("| start-up: `import httpcodes; httpcodes.lookup(404)` | ")
        for row in rows
    ), result.stdout


def test_quick_middleware_benchmark_runs_and_prints_its_table() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    result = subprocess.run(
        [sys.executable, "tools/bench.py", "--middleware", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert rows[0] == "| application | bare, us | checked, us | added, us | ratio |"
    labels = [row.split(" | ")[0] for row in rows[2:]]
    # The raw applications always; the frameworks, which the test
    # dependencies install, too.
    assert labels == [
        "| WSGI: a list, `200` (raw)",
        "| WSGI: a generator of two chunks, `200` (raw)",
        "| WSGI: `405` without Allow, to a report (raw)",
        "| ASGI: `200` (raw)",
        "| WSGI: Flask, `200` from a view",
        "| WSGI: Django, `200` from a view",
        "| ASGI: Starlette, `200` from a route",
    ]


def test_instruction_counts_are_read_from_callgrind_output() -> None:
    from .facts import load_tool

    bench = load_tool("bench")
    output = "==12== Events    : Ir\n==12== Collected : 15091234\n==12==\n"
    assert bench.parse_instructions(output) == 15091234
    with pytest.raises(ValueError, match="Collected"):
        bench.parse_instructions("==12== error\n")
