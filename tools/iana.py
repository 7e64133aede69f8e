#!/usr/bin/env python3
"""Compare the data module with an IANA registry CSV, and bring it up to date.

    python tools/iana.py check CSV [--date YYYY-MM-DD]
    python tools/iana.py update CSV [--date YYYY-MM-DD]

CSV is the registry in IANA's own layout (Value,Description,Reference), as
https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv
serves it.  The registry's "Last Updated" date is not in the CSV: it is taken
from --date, or from a YYYY-MM-DD in the file name.

check prints every difference (a new, removed or renamed code, a changed
registration, expiry or reference, the registry date) and exits 1 when there
is one.  update rewrites the IANA-owned fields of src/httpcodes/_data/codes.py
(phrase, registration, expires, reference; a renamed code keeps its old
phrase as an alias and its old name as an old name), adds a row for each new
code with its texts marked TO BE WRITTEN (tests/test_data.py fails until they
are written), removes the rows of codes the registry dropped, sets
REGISTRY_DATE, replaces the snapshot in tools/data/ and records the update
in CHANGELOG.md.  Then run python tools/generate.py and the tests.
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib.util
import json
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

#: Put in every text a new row still needs; tests/test_data.py refuses it.
TO_WRITE = "TO BE WRITTEN"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SNAPSHOT = "iana-http-status-codes-{date}.csv"
_LINE = 88  # ruff's line length


@dataclass(frozen=True)
class Entry:
    """What the registry says about one code, in the data module's terms."""

    code: int
    phrase: str | None  # None for "(Unused)": the registry gives no phrase
    registration: str
    expires: str | None
    reference: str  # the first document cited, "RFC 9110, Section 15.5.5"


@dataclass
class Report:
    """The differences between the data module and a registry."""

    date: tuple[str, str] | None = None  # (data's, registry's)
    new: list[Entry] = field(default_factory=list)
    removed: list[dict[str, object]] = field(default_factory=list)
    changed: list[tuple[int, str, object, object]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        if self.date is not None:
            out.append(f"registry date: {self.date[0]} -> {self.date[1]}")
        out.extend(
            f"new code: {e.code} {e.phrase or '(Unused)'} [{e.reference}]"
            for e in self.new
        )
        out.extend(f"removed code: {r['code']} {r['phrase']}" for r in self.removed)
        for code, what, old, new in self.changed:
            verb = "renamed" if what == "phrase" else what
            out.append(f"{verb}: {code} {old!r} -> {new!r}")
        return out


# -- reading ---------------------------------------------------------------------


def read_registry(path: Path) -> dict[int, Entry]:
    """The assigned codes of an IANA CSV; unassigned ranges are skipped."""
    entries = {}
    with path.open(newline="", encoding="utf-8") as f:
        for record in csv.DictReader(f):
            description = record["Description"].strip()
            if description == "Unassigned" or not record["Value"].isdigit():
                continue
            code = int(record["Value"])
            entries[code] = _entry(code, description, record["Reference"])
    return entries


def _entry(code: int, description: str, reference: str) -> Entry:
    phrase: str | None = None
    if description == "(Unused)":
        registration = "unused"
    elif "(OBSOLETED)" in description:
        registration = "obsoleted"
    elif "(TEMPORARY" in description:
        registration = "temporary"
    else:
        registration = "assigned"
    if registration != "unused":
        phrase = re.sub(r"\s*\((OBSOLETED|TEMPORARY[^)]*)\)$", "", description)
    expires = re.search(r"expires (\d{4}-\d{2}-\d{2})", description)
    first = reference.split("]", 1)[0].lstrip("[").strip()
    return Entry(
        code=code,
        phrase=phrase,
        registration=registration,
        expires=expires[1] if expires else None,
        reference=re.sub(r"^RFC(\d+)", r"RFC \1", first),
    )


def registry_date(path: Path, given: str | None) -> str | None:
    if given is not None:
        if not _DATE.fullmatch(given):
            raise SystemExit(f"iana: --date must be YYYY-MM-DD, not {given!r}")
        return given
    found = _DATE.findall(path.name)
    return found[-1] if found else None


def load_data(path: Path) -> ModuleType:
    """The data module, by path: it has no imports, and the package may not
    import while the data and the enum disagree."""
    spec = importlib.util.spec_from_file_location("_httpcodes_iana_data", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- comparing -------------------------------------------------------------------


def _same_reference(data: str, registry: str) -> bool:
    # The registry may name only the document; the data may add the section.
    return data == registry or (
        "Section" not in registry and data.startswith(registry + ", Section ")
    )


def compare(data: ModuleType, registry: dict[int, Entry], date: str | None) -> Report:
    report = Report()
    if date is not None and date != data.REGISTRY_DATE:
        report.date = (data.REGISTRY_DATE, date)
    rows = {row["code"]: row for row in data.CODES}
    report.new = [registry[code] for code in sorted(registry) if code not in rows]
    report.removed = [rows[code] for code in sorted(rows) if code not in registry]
    for code in sorted(set(rows) & set(registry)):
        row, entry = rows[code], registry[code]
        if entry.phrase is not None and row["phrase"] != entry.phrase:
            report.changed.append((code, "phrase", row["phrase"], entry.phrase))
        for name in ("registration", "expires"):
            if row[name] != getattr(entry, name):
                report.changed.append((code, name, row[name], getattr(entry, name)))
        if not _same_reference(row["reference"], entry.reference):
            report.changed.append(
                (code, "reference", row["reference"], entry.reference)
            )
    return report


# -- rewriting the data module -----------------------------------------------------


def _literal(value: object) -> str:
    """value as ruff format writes it: double quotes, trailing comma rules."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        items = [_literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(value)


def _field_lines(name: str, value: object) -> list[str]:
    line = f"        {json.dumps(name)}: {_literal(value)},"
    if len(line) <= _LINE or not isinstance(value, tuple):
        return [line]
    return [
        f"        {json.dumps(name)}: (",
        *(f"            {_literal(v)}," for v in value),
        "        ),",
    ]


def _identifier(phrase: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", phrase.upper()).strip("_")


def _new_row(entry: Entry) -> list[str]:
    phrase = entry.phrase or TO_WRITE
    values: dict[str, object] = {
        "code": entry.code,
        "name": _identifier(phrase),
        "old_names": (),
        "phrase": phrase,
        "aliases": (),
        "phrase_ko": TO_WRITE,
        "description": f"{TO_WRITE}: what {entry.code} {phrase} means.",
        "description_ko": TO_WRITE,
        "deprecated": entry.registration == "obsoleted",
        "registration": entry.registration,
        "expires": entry.expires,
        # To review by hand against the defining document; these are the
        # values of an ordinary code of the class.
        "cacheable_by_default": False,
        "allows_content": entry.code >= 200,  # RFC 9110, Section 6.4.1
        "followable_redirect": False,
        "preserves_method": False,
        "reference": entry.reference,
    }
    lines = ["    {"]
    for name, value in values.items():
        lines += _field_lines(name, value)
    return [*lines, "    },"]


def _row_nodes(tree: ast.Module) -> list[ast.Dict]:
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "CODES"
            and isinstance(node.value, ast.Tuple)
        ):
            return [n for n in node.value.elts if isinstance(n, ast.Dict)]
    raise SystemExit("iana: no CODES table in the data module")


def rewrite_data(source: str, report: Report, registry: dict[int, Entry]) -> str:
    """source of _data/codes.py with the report's differences applied."""
    lines = source.splitlines()
    # Edits as (first line, last line, replacement), 0-based and inclusive,
    # applied bottom-up so that earlier line numbers stay valid.
    edits: list[tuple[int, int, list[str]]] = []
    changed = {(code, what): new for code, what, _, new in report.changed}
    removed = {row["code"] for row in report.removed}
    rows = _row_nodes(ast.parse(source))
    for node in rows:
        values = {
            k.value: v
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant)
        }
        code = ast.literal_eval(values["code"])
        if code in removed:
            edits.append((node.lineno - 1, (node.end_lineno or node.lineno) - 1, []))
            continue
        wanted = {what: new for (c, what), new in changed.items() if c == code}
        if "phrase" in wanted:
            old_phrase = ast.literal_eval(values["phrase"])
            aliases = tuple(
                a for a in ast.literal_eval(values["aliases"]) if a != wanted["phrase"]
            )
            if old_phrase not in aliases:
                aliases = (*aliases, old_phrase)
            wanted["aliases"] = aliases
            old_name = ast.literal_eval(values["name"])
            new_name = _identifier(str(wanted["phrase"]))
            if new_name != old_name:
                wanted["name"] = new_name
                old_names = ast.literal_eval(values["old_names"])
                wanted["old_names"] = (*old_names, old_name)
        if "registration" in wanted:
            wanted["deprecated"] = wanted["registration"] == "obsoleted" or (
                ast.literal_eval(values["deprecated"])
            )
        for name, value in wanted.items():
            key = next(
                k for k in node.keys if isinstance(k, ast.Constant) and k.value == name
            )
            end = values[name].end_lineno or values[name].lineno
            edits.append((key.lineno - 1, end - 1, _field_lines(name, value)))
    # New rows go after the last row with a lower code, or before the first.
    for entry in report.new:
        before = [n for n in rows if ast.literal_eval(n.values[0]) < entry.code]
        at = before[-1].end_lineno or 0 if before else rows[0].lineno - 1
        edits.append((at, at - 1, _new_row(entry)))
    for first, last, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        lines[first : last + 1] = replacement
    text = "\n".join(lines) + "\n"
    if report.date is not None:
        text = re.sub(
            r'^(REGISTRY_DATE: "?Final"? = )"[^"]*"',
            rf'\1"{report.date[1]}"',
            text,
            count=1,
            flags=re.MULTILINE,
        )
    return text


def changelog_line(report: Report, date: str) -> str:
    parts = [f"new {e.code} {e.phrase or '(Unused)'}" for e in report.new]
    parts += [f"removed {r['code']} {r['phrase']}" for r in report.removed]
    for code, what, old, new in report.changed:
        if what == "phrase":
            parts.append(f"{code} renamed from {old} to {new}")
        else:
            parts.append(f"{code} {what} {old} -> {new}")
    summary = "; ".join(parts) if parts else "no code changed"
    text = (
        f"- Registry: the IANA HTTP Status Code Registry as last updated {date}: "
        f"{summary}."
    )
    return (
        "\n".join(
            textwrap.wrap(text, 78, subsequent_indent="  ", break_on_hyphens=False)
        )
        + "\n"
    )


def add_to_changelog(text: str, line: str) -> str:
    head = "## [Unreleased]\n"
    start = text.index(head) + len(head)
    end = text.find("\n## [", start)
    section = text[start : end if end != -1 else len(text)]
    if "### Changed\n\n" in section:
        at = start + section.index("### Changed\n\n") + len("### Changed\n\n")
        return text[:at] + line + text[at:]
    return text[:start] + "\n### Changed\n\n" + line + text[start:]


# -- commands ----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["check", "update"])
    parser.add_argument("csv", type=Path, help="the registry in IANA's CSV layout")
    parser.add_argument("--date", help="the registry's Last Updated date")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the repository (default: this one)"
    )
    args = parser.parse_args(argv)
    data_path = args.root / "src" / "httpcodes" / "_data" / "codes.py"
    registry = read_registry(args.csv)
    date = registry_date(args.csv, args.date)
    report = compare(load_data(data_path), registry, date)
    lines = report.lines()
    if args.command == "check":
        if date is None:
            print("registry date: not compared (give --date or a dated file name)")
        for line in lines:
            print(line)
        if not lines:
            print("no differences")
        return 1 if lines else 0
    if date is None:
        raise SystemExit("iana: update needs the registry date: give --date")
    if not lines:
        print("no differences; nothing to update")
        return 0
    source = data_path.read_text(encoding="utf-8")
    data_path.write_text(rewrite_data(source, report, registry), encoding="utf-8")
    snapshots = args.root / "tools" / "data"
    target = snapshots / _SNAPSHOT.format(date=date)
    for old in snapshots.glob(_SNAPSHOT.format(date="*")):
        if old != target:
            old.unlink()
    if args.csv.resolve() != target.resolve():
        shutil.copyfile(args.csv, target)
    changelog = args.root / "CHANGELOG.md"
    changelog.write_text(
        add_to_changelog(
            changelog.read_text(encoding="utf-8"), changelog_line(report, date)
        ),
        encoding="utf-8",
    )
    for line in lines:
        print(line)
    print(f"updated {data_path.relative_to(args.root)}, {target.name}, CHANGELOG.md")
    if report.new:
        print(f"write every {TO_WRITE} text and review the new rows' semantics")
    print("then run: python tools/generate.py && python -m pytest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
