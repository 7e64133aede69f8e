"""Mutation testing: run mutmut over every logic module, then report the
score of each module.

Run from the repository root, after ``pip install -e '.[mutation]'``::

    python tools/mutation.py             # mutmut run, then the table
    python tools/mutation.py --report    # the table of the last run only
    python tools/mutation.py --survivors # ... and each surviving mutant
    python tools/mutation.py --explain   # the survivors' table in docs/mutation.md

What is mutated, and which tests run under mutation, is configured in
``[tool.mutmut]`` of ``pyproject.toml`` (docs/design.md, "Mutation
testing").  mutmut keeps its results beside the mutated copy of the tree,
in ``mutants/**/*.py.meta`` (JSON: an exit code for each mutant); this
reads them, so the table is the one of the last run, whatever ran it.

A mutant is *killed* when a test failed with it (exit code 1, or 3 for an
error inside pytest), or when it made the tests run past mutmut's time
limit (a hang is as plain a failure as an assertion); it *survives* when
every test that reaches its function passed (0), and it has *no tests*
when no test reaches its function at all (5, 33).  The score is the killed
share of the mutants that were run.  The script exits 1 when the score is
under ``TARGET``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants" / "src"
TARGET = 0.90
REASONS = ROOT / "docs" / "mutation.md"
BEGIN = "<!-- survivors: python tools/mutation.py --explain -->"
END = "<!-- end of survivors -->"
UNEXPLAINED = "?"

# mutmut's exit codes, by what they mean here (mutmut/stats.py).
KILLED = {1: "killed", 3: "killed", 36: "timeout", 24: "timeout", -24: "timeout"}
SURVIVED = {0: "survived"}
NO_TESTS = {5: "no tests", 33: "no tests"}


def outcome(exit_code: int | None) -> str:
    """What one mutant's exit code means: killed, survived, no tests, or
    not run (the run was stopped, or the mutant was skipped)."""
    if exit_code in KILLED:
        return "killed"
    if exit_code in SURVIVED:
        return "survived"
    if exit_code in NO_TESTS:
        return "no tests"
    return "not run"


def module_of(meta: Path) -> str:
    """``mutants/src/httpcodes/_http/dates.py.meta`` -> ``httpcodes._http.dates``."""
    relative = meta.relative_to(MUTANTS).with_suffix("").with_suffix("")
    parts = relative.parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def results() -> dict[str, dict[str, str]]:
    """Each module's mutants, by name, with their outcome."""
    found: dict[str, dict[str, str]] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        found[module_of(meta)] = {name: outcome(code) for name, code in codes.items()}
    return found


def score(counts: Counter[str]) -> float | None:
    run = counts["killed"] + counts["survived"] + counts["no tests"]
    return counts["killed"] / run if run else None


def table(found: dict[str, dict[str, str]]) -> tuple[str, float | None]:
    rows = []
    total: Counter[str] = Counter()
    for module, mutants in found.items():
        counts = Counter(mutants.values())
        total += counts
        if not mutants:
            continue
        rows.append((module, counts))
    lines = [
        "| module | mutants | killed | survived | no tests | not run | score |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for module, counts in [*rows, ("**all**", total)]:
        share = score(counts)
        shown = "n/a" if share is None else f"{share:.1%}"
        lines.append(
            f"| {module} | {sum(counts.values())} | {counts['killed']} |"
            f" {counts['survived']} | {counts['no tests']} | {counts['not run']} |"
            f" {shown} |"
        )
    return "\n".join(lines), score(total)


def _functions(path: Path) -> dict[str, list[str]]:
    """The lines of each function of a mutated file, by name: mutmut writes
    ``NAME__mutmut_orig`` and ``NAME__mutmut_N`` beside each other."""
    text = path.read_text("utf-8")
    lines = text.splitlines()
    return {
        node.name: lines[node.lineno - 1 : node.end_lineno]
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _span(code: str) -> str:
    return "`` " + code.replace("|", "\\|") + " ``" if code else "(nothing)"


def _change(removed: str, added: str, context: int = 24) -> str:
    """``old → new`` for a table, each side cut to the part that differs
    and ``context`` characters around it."""
    removed, added = " ".join(removed.split()), " ".join(added.split())
    same = 0
    while same < min(len(removed), len(added)) and removed[same] == added[same]:
        same += 1
    tail = 0
    while (
        tail < min(len(removed), len(added)) - same
        and removed[-1 - tail] == added[-1 - tail]
    ):
        tail += 1
    start = max(0, same - context)

    def cut(text: str) -> str:
        end = min(len(text), len(text) - tail + context)
        inner = text[start:end]
        return ("…" if start else "") + inner + ("…" if end < len(text) else "")

    return f"{_span(cut(removed))} → {_span(cut(added))}"


def changes(found: dict[str, dict[str, str]]) -> dict[str, str]:
    """What each surviving mutant changed, as ``old → new`` for a table."""
    described = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        alive = [
            name
            for name, seen in found.get(module_of(meta), {}).items()
            if seen == "survived"
        ]
        if not alive:
            continue
        functions = _functions(meta.with_suffix(""))
        for name in alive:
            mutant = name.rsplit(".", 1)[-1]
            base = mutant.rsplit("__mutmut_", 1)[0]
            original = functions.get(base + "__mutmut_orig", [])
            changed = functions.get(mutant, [])
            old = [line.replace(base + "__mutmut_orig", base) for line in original]
            new = [line.replace(mutant, base) for line in changed]
            diff = list(difflib.unified_diff(old, new, lineterm="", n=0))
            removed = " ".join(x[1:] for x in diff[2:] if x.startswith("-"))
            added = " ".join(x[1:] for x in diff[2:] if x.startswith("+"))
            described[name] = _change(removed, added)
    return described


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _read_reasons(text: str) -> dict[str, tuple[str, str]]:
    """Each mutant's (change, reason) in the table between the markers."""
    inside = text.partition(BEGIN)[2].partition(END)[0]
    reasons = {}
    for line in inside.splitlines():
        if not line.startswith("| `"):
            continue
        name, change, reason = (cell.strip() for cell in line[2:-2].split(" | ", 2))
        reasons[name.strip("`")] = (change, reason)
    return reasons


def explain(found: dict[str, dict[str, str]]) -> int:
    """Write the survivors' table into docs/mutation.md, each with the
    reason given for it before when the same mutant made the same change,
    "?" otherwise; 1 if any survivor has no reason."""
    text = REASONS.read_text("utf-8")
    if BEGIN not in text or END not in text:
        print(f"{REASONS.relative_to(ROOT)} has no {BEGIN} ... {END} section")
        return 1
    before = _read_reasons(text)
    rows = ["| mutant | change | why it survives |", "|---|---|---|"]
    missing = 0
    for name, change in changes(found).items():
        kept_change, reason = before.get(name, ("", UNEXPLAINED))
        if kept_change != change:
            reason = UNEXPLAINED
        missing += reason == UNEXPLAINED
        rows.append(_row([f"`{name}`", change, reason]))
    head, _, rest = text.partition(BEGIN)
    tail = rest.partition(END)[2]
    table = "\n".join(rows)
    REASONS.write_text(f"{head}{BEGIN}\n{table}\n{END}{tail}", "utf-8")
    where = REASONS.relative_to(ROOT)
    print(f"{len(rows) - 2} survivors in {where}, {missing} without a reason")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--report", action="store_true", help="only report the last run's results"
    )
    parser.add_argument(
        "--survivors", action="store_true", help="also list every surviving mutant"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="write the survivors' table in docs/mutation.md, keeping the reasons",
    )
    parser.add_argument(
        "--max-children", type=int, default=None, help="passed on to mutmut run"
    )
    args = parser.parse_args(argv)
    if not (args.report or args.explain):
        command = [sys.executable, "-m", "mutmut", "run"]
        if args.max_children:
            command += ["--max-children", str(args.max_children)]
        finished = subprocess.run(command, cwd=ROOT, check=False)
        if finished.returncode != 0:
            print(f"mutmut run stopped with status {finished.returncode}")
            return finished.returncode
    if not MUTANTS.is_dir():
        print("no results: run python tools/mutation.py first")
        return 1
    found = results()
    if args.explain:
        return explain(found)
    text, share = table(found)
    print(text)
    if args.survivors:
        for module, mutants in found.items():
            alive = [name for name, seen in mutants.items() if seen != "killed"]
            if alive:
                print(f"\n{module}:")
                for name in alive:
                    print(f"  {name} ({mutants[name]})")
    if share is None or share < TARGET:
        print(f"\nscore under the target of {TARGET:.0%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
