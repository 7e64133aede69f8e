#!/usr/bin/env python3
"""Regenerate every file derived from the data in src/httpcodes/_data/.

    python tools/generate.py          rewrite the generated parts in place
    python tools/generate.py --check  exit 1, naming the files, if any differ

Generated parts sit between marker lines in hand-written files (and in
src/httpcodes/__init__.pyi, the static view of the package's lazy names):

    # BEGIN GENERATED <tag>: python tools/generate.py      (Python)
    <!-- BEGIN GENERATED <tag>: python tools/generate.py --> (Markdown)

and end at the matching END line.  Only the text between the markers is
rewritten.  The output depends on the data and nothing else (no dates, no
environment), so running the tool twice changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Literal

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
PACKAGE = ROOT / "src" / "httpcodes"
sys.path.insert(0, str(TOOLS))
# The checkout's package, not an installed copy: the words and notes below
# are the ones this tree ships.
sys.path.insert(0, str(ROOT / "src"))

from httpcodes import StatusClass, get  # noqa: E402
from httpcodes._range import class_digit  # noqa: E402
from httpcodes.cli._render import registration_notes, usage_notes  # noqa: E402
from httpcodes.messages import message  # noqa: E402
from seed_note import SeedEntry, read_seed  # noqa: E402
from seed_reasons import REASONS  # noqa: E402

DATA_PATH = PACKAGE / "_data" / "codes.py"
UNOFFICIAL_PATH = PACKAGE / "_data" / "unofficial.py"
INIT_PATH = PACKAGE / "__init__.py"


def _load(path: Path, name: str) -> ModuleType:
    # The data by path, not through the package's own imports: the tool
    # must work on data that the enum does not match yet (when the member
    # lists are the thing out of date), and the data modules import nothing.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_data() -> ModuleType:
    """_data/codes.py, with the registry."""
    return _load(DATA_PATH, "_httpcodes_data")


def load_unofficial() -> ModuleType:
    """_data/unofficial.py, with the vendor codes."""
    return _load(UNOFFICIAL_PATH, "_httpcodes_unofficial_data")


def say(key: str, lang: str, **fields: object) -> str:
    """A text of the catalogue (httpcodes.messages) in "en" or "ko": the
    tables use the command line's words, filled in by the same code."""
    language: Literal["en", "ko"] = "ko" if lang == "ko" else "en"
    return message(key, language, **fields)


# -- marker handling -------------------------------------------------------


def replace_block(text: str, tag: str, lines: Iterable[str], path: Path) -> str:
    """Replace the lines between the BEGIN/END markers named ``tag``."""
    pattern = re.compile(
        rf"^(?P<indent>[ \t]*)(?:#|<!--) BEGIN GENERATED {re.escape(tag)}\b[^\n]*\n"
        rf"(?P<body>.*?)"
        rf"^[ \t]*(?:#|<!--) END GENERATED {re.escape(tag)}\b",
        re.MULTILINE | re.DOTALL,
    )
    match = pattern.search(text)
    if match is None:
        raise SystemExit(f"{path}: no GENERATED block named {tag!r}")
    indent = match["indent"]
    body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    return text[: match.start("body")] + body + text[match.end("body") :]


# -- src/httpcodes/_status.py ----------------------------------------------


def status_class_members(data: ModuleType) -> list[str]:
    return [f"{row['name']} = {row['digit']}" for row in data.CLASSES]


def status_code_members(data: ModuleType) -> list[str]:
    # The canonical name first, older names right under it, as aliases.
    lines = []
    for row in data.CODES:
        lines.append(f"{row['name']} = {row['code']}")
        lines.extend(f"{old} = {row['name']}" for old in row["old_names"])
    return lines


def status_code_phrases(data: ModuleType) -> list[str]:
    # json.dumps quotes as ruff format does (double quotes; phrases are ASCII).
    lines = ['_PHRASES: "dict[int, str]" = {']
    lines.extend(
        f"    {row['code']}: {json.dumps(row['phrase'])}," for row in data.CODES
    )
    lines.append("}")
    return lines


def status_code_aliases(data: ModuleType) -> list[str]:
    lines = ['_ALIASES: "dict[int, tuple[str, ...]]" = {']
    for row in data.CODES:
        if row["aliases"]:
            phrases = ", ".join(json.dumps(alias) for alias in row["aliases"])
            comma = "," if len(row["aliases"]) == 1 else ""
            lines.append(f"    {row['code']}: ({phrases}{comma}),")
    lines.append("}")
    return lines


def render_classes_module(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "classes", status_class_members(data), path)


def render_status_module(text: str, data: ModuleType, path: Path) -> str:
    text = replace_block(text, "members", status_code_members(data), path)
    text = replace_block(text, "phrases", status_code_phrases(data), path)
    return replace_block(text, "aliases", status_code_aliases(data), path)


# -- src/httpcodes/__init__.pyi ----------------------------------------------


def init_stub_lines(init_text: str) -> list[str]:
    """Every public name of __init__.py as a real import: the eager ones as
    written, the lazy ones (the _LAZY table) as the import they stand for."""
    tree = ast.parse(init_text)
    sources: dict[str, list[str]] = {}
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                sources.setdefault(node.module, []).append(alias.name)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target = node.targets[0].id
            if target == "_LAZY":
                lazy: dict[str, str] = ast.literal_eval(node.value)
                for name, module in lazy.items():
                    sources.setdefault(module, []).append(name)
            elif target == "__all__":
                names = list(ast.literal_eval(node.value))
    # One import a name, sorted, as ruff's isort writes "X as X" imports.
    lines = [
        f"from .{module} import {name} as {name}"
        for module in sorted(sources)
        for name in sorted(sources[module])
    ]
    lines.append("")
    lines.append("__all__ = [")
    lines.extend(f"    {json.dumps(name)}," for name in names)
    lines.append("]")
    return lines


def render_init_stub(text: str, data: ModuleType, path: Path) -> str:
    lines = init_stub_lines(INIT_PATH.read_text(encoding="utf-8"))
    return replace_block(text, "imports", lines, path)


# -- docs/seed-differences.md ----------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def seed_differences(
    data: ModuleType, seed: dict[int, SeedEntry]
) -> list[tuple[int, str, str, str]]:
    """Every (code, field, seed says, library says) where the two differ."""
    rows = []
    for row in data.CODES:
        code = row["code"]
        entry = seed.get(code)
        if entry is None:
            rows.append((code, "missing", "(no entry)", row["phrase"]))
            continue
        if entry.phrase != row["phrase"]:
            rows.append((code, "phrase", entry.phrase, row["phrase"]))
        if entry.description != row["description_ko"]:
            rows.append(
                (code, "description_ko", entry.description, row["description_ko"])
            )
        if entry.struck or row["deprecated"]:
            seed_says = "struck through" if entry.struck else "not struck through"
            rows.append(
                (code, "deprecated", seed_says, f"deprecated={row['deprecated']}")
            )
    return rows


def seed_difference_lines(data: ModuleType) -> list[str]:
    differences = seed_differences(data, read_seed())
    keys = {(code, field) for code, field, _, _ in differences}
    missing = sorted(keys - REASONS.keys())
    stale = sorted(REASONS.keys() - keys)
    if missing or stale:
        raise SystemExit(
            "tools/seed_reasons.py is out of step with the data:"
            + (f"\n  no reason for {missing}" if missing else "")
            + (f"\n  reason for no difference {stale}" if stale else "")
        )
    lines = [
        "| Code | What differs | Seed note | Library | Why |",
        "|---|---|---|---|---|",
    ]
    field_names = {
        "phrase": "reason phrase",
        "description_ko": "Korean description",
        "deprecated": "strike-through / deprecated",
        "missing": "not in the seed",
    }
    for code, field, seed_says, library_says in differences:
        lines.append(
            f"| {code} | {field_names[field]} | {_cell(seed_says)} "
            f"| {_cell(library_says)} | {_cell(REASONS[code, field])} |"
        )
    return lines


def render_seed_differences(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "seed-differences", seed_difference_lines(data), path)


# -- docs/codes.md and docs/codes.ko.md ------------------------------------


def _status_note(row: dict[str, object], lang: str) -> str:
    # The command line's own notes, as of no particular day: the tables say
    # when a temporary registration expires, never that it has.
    language: Literal["en", "ko"] = "ko" if lang == "ko" else "en"
    notes = registration_notes(
        str(row["registration"]),
        row["expires"],  # type: ignore[arg-type]
        bool(row["deprecated"]),
        language,
        expired=False,
    )
    return "; ".join(notes)


def _table_head(keys: list[str], lang: str) -> list[str]:
    cells = [say(key, lang) for key in keys]
    return ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]


_CODE_COLUMNS = [
    "header.code",
    "header.phrase",
    "header.status",
    "header.reference",
    "header.description",
]


def code_table_lines(data: ModuleType, lang: str) -> list[str]:
    lines: list[str] = []
    for cls in data.CLASSES:
        rows = [r for r in data.CODES if class_digit(r["code"]) == cls["digit"]]
        range_ = StatusClass(cls["digit"]).range
        if lang == "en":
            lines += [f"## {range_} {cls['label']}", ""]
            lines += _table_head(_CODE_COLUMNS, lang)
            also = say("label.aliases", lang)
            for r in rows:
                note = _status_note(r, lang)
                aliases = (
                    f" ({also}: {', '.join(r['aliases'])})" if r["aliases"] else ""
                )
                lines.append(
                    f"| {r['code']} | {_cell(r['phrase'])}{_cell(aliases)} | {note} "
                    f"| {r['reference']} | {_cell(r['description'])} |"
                )
        else:
            lines += [f"## {range_} {cls['label_ko']}", ""]
            lines += _table_head(_CODE_COLUMNS, lang)
            for r in rows:
                note = _status_note(r, lang)
                lines.append(
                    f"| {r['code']} | {_cell(r['phrase_ko'])} ({_cell(r['phrase'])}) "
                    f"| {note} | {r['reference']} | {_cell(r['description_ko'])} |"
                )
        lines.append("")
    return lines[:-1]


def render_codes_en(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "codes", code_table_lines(data, "en"), path)


def render_codes_ko(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "codes", code_table_lines(data, "ko"), path)


# -- docs/unofficial.md and docs/unofficial.ko.md --------------------------

_UNOFFICIAL_COLUMNS = [
    "header.code",
    "header.phrase",
    "header.vendor",
    "header.status",
    "header.description",
    "header.source",
]


def unofficial_table_lines(data: ModuleType, lang: str) -> list[str]:
    unofficial = load_unofficial()
    vendors = {v["key"]: v for v in unofficial.VENDORS}
    language: Literal["en", "ko"] = "ko" if lang == "ko" else "en"
    lines = _table_head(_UNOFFICIAL_COLUMNS, lang)
    for row in unofficial.UNOFFICIAL:
        notes = usage_notes(row["status"], get(row["code"]), language)
        vendor = vendors[row["vendor"]]
        if lang == "en":
            cells = [
                row["phrase"],
                vendor["name"],
                "; ".join(notes),
                row["description"],
            ]
        else:
            cells = [
                f"{row['phrase_ko']} ({row['phrase']})",
                vendor["name_ko"],
                "; ".join(notes),
                row["description_ko"],
            ]
        link = f"[{say('label.source', lang)}]({row['source']})"
        lines.append(
            f"| {row['code']} | " + " | ".join(_cell(c) for c in cells) + f" | {link} |"
        )
    return lines


def render_unofficial_en(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "unofficial", unofficial_table_lines(data, "en"), path)


def render_unofficial_ko(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "unofficial", unofficial_table_lines(data, "ko"), path)


# -- docs/choosing.md and docs/choosing.ko.md ------------------------------


def _code_names(data: ModuleType, codes: Iterable[int], lang: str) -> str:
    rows = {r["code"]: r for r in data.CODES}
    key = "phrase" if lang == "en" else "phrase_ko"
    return ", ".join(f"{code} {rows[code][key]}" for code in codes)


def choosing_lines(data: ModuleType, lang: str) -> list[str]:
    ko = lang == "ko"
    suffix = "_ko" if ko else ""
    lines = [f"## {say('heading.confused', lang)}", ""]
    for group in data.CONFUSIONS:
        title = " / ".join(_code_names(data, [c], lang) for c in group["codes"])
        lines += [f"### {title}", "", group[f"distinction{suffix}"], ""]
        basis = say("label.basis", lang)
        basis = basis if ko else basis.capitalize()
        lines += [f"{basis}: {group['reference']}.", ""]
    lines += [f"## {say('heading.when_to_use', lang)}", ""]
    keys = ("header.code", "header.send_when", "header.otherwise", "header.see_also")
    lines += ["| " + " | ".join(say(key, lang) for key in keys) + " |"]
    lines += ["|---|---|---|---|"]
    for row in data.CODES:
        name = row["phrase_ko"] if ko else row["phrase"]
        see = ", ".join(str(code) for code in row["see_also"])
        lines.append(
            f"| {row['code']} {_cell(name)} | {_cell(row[f'use_when{suffix}'])} "
            f"| {_cell(row[f'use_instead{suffix}'])} | {see} |"
        )
    return lines


def render_choosing_en(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "choosing", choosing_lines(data, "en"), path)


def render_choosing_ko(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "choosing", choosing_lines(data, "ko"), path)


# -- docs/responses.md and docs/responses.ko.md ----------------------------

_WHEN = {
    "en": {
        None: "",
        "head": "request method HEAD",
        "not-head": "request method not HEAD",
        "connect": "request method CONNECT",
        "single-part": "single part (not multipart/byteranges)",
        "multipart": "multipart/byteranges content",
        "byte-range": "a byte-range request",
        "in-200": "if a 200 response would have carried it",
        "temporary": "if the condition is temporary",
        "preferred": "if the server has a preferred choice",
    },
    "ko": {
        None: "",
        "head": "HEAD 요청",
        "not-head": "HEAD 외의 요청",
        "connect": "CONNECT 요청",
        "single-part": "부분 하나 (multipart/byteranges 아님)",
        "multipart": "multipart/byteranges 본문",
        "byte-range": "바이트 범위 요청",
        "in-200": "200 응답이었다면 보냈을 헤더일 때",
        "temporary": "일시적인 상황일 때",
        "preferred": "서버가 선호하는 선택지가 있을 때",
    },
}


def response_table_lines(data: ModuleType, lang: str) -> list[str]:
    if lang == "en":
        lines = [
            "| Applies to | Field | Level | When | Reference | Rule | Note |",
            "|---|---|---|---|---|---|---|",
        ]
        content, note = "(content)", "note"
    else:
        lines = [
            "| 대상 | 헤더 | 수준 | 조건 | 참조 | 규칙 | 설명 |",
            "|---|---|---|---|---|---|---|",
        ]
        content, note = "(본문)", "note_ko"
    for row in data.RESPONSE_FIELDS:
        field = content if row["field"] is None else f"`{row['field']}`"
        applies = row["applies_to"]
        if applies == "all":
            applies = "every response" if lang == "en" else "모든 응답"
        cells = [
            applies,
            field,
            row["level"],
            _WHEN[lang][row["when"]],
            row["reference"],
            f"`{row['rule']}`",
            row[note],
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def render_responses_en(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "responses", response_table_lines(data, "en"), path)


def render_responses_ko(text: str, data: ModuleType, path: Path) -> str:
    return replace_block(text, "responses", response_table_lines(data, "ko"), path)


# -- driver ----------------------------------------------------------------

Renderer = Callable[[str, ModuleType, Path], str]

TARGETS: dict[str, Renderer] = {
    "src/httpcodes/__init__.pyi": render_init_stub,
    "src/httpcodes/_status.py": render_status_module,
    "src/httpcodes/_classes.py": render_classes_module,
    "docs/seed-differences.md": render_seed_differences,
    "docs/codes.md": render_codes_en,
    "docs/codes.ko.md": render_codes_ko,
    "docs/unofficial.md": render_unofficial_en,
    "docs/unofficial.ko.md": render_unofficial_ko,
    "docs/choosing.md": render_choosing_en,
    "docs/choosing.ko.md": render_choosing_ko,
    "docs/responses.md": render_responses_en,
    "docs/responses.ko.md": render_responses_ko,
}


def render_all(root: Path = ROOT) -> dict[Path, tuple[str, str]]:
    """Map each target file to (current text, text the tool would write)."""
    data = load_data()
    result = {}
    for relative, render in TARGETS.items():
        path = root / relative
        current = path.read_text(encoding="utf-8")
        result[path] = (current, render(current, data, path))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only report files that would change"
    )
    args = parser.parse_args(argv)
    stale = []
    for path, (current, wanted) in render_all().items():
        if current == wanted:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.write_text(wanted, encoding="utf-8")
    for path in stale:
        verb = "out of date" if args.check else "rewritten"
        print(f"{path}: {verb}")
    if args.check and stale:
        print("run: python tools/generate.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
