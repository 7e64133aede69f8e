"""Read the user's seed note (tools/data/seed-note.ko.md) into per-code entries.

The note is a Markdown list: a line "- 404 Not Found" per code (bold for
common codes, struck through with ~~ for codes the author considered rarely
used), followed by indented "  - ..." description bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEED_PATH = Path(__file__).parent / "data" / "seed-note.ko.md"

_CODE_LINE = re.compile(r"^- (?P<body>.*\S)\s*$")
_BULLET_LINE = re.compile(r"^  - (?P<body>.*\S)\s*$")
_HEAD = re.compile(r"^(?P<code>[1-5]\d\d) (?P<phrase>.+)$")


@dataclass(frozen=True)
class SeedEntry:
    code: int
    phrase: str
    struck: bool
    bullets: tuple[str, ...]

    @property
    def description(self) -> str:
        """The description bullets as one text, strike-through marks removed."""
        return " ".join(self.bullets)


def _unmark(text: str) -> tuple[str, bool]:
    """Strip **bold** and ~~strike~~ markers; say whether it was struck."""
    struck = text.startswith("~~") and text.endswith("~~")
    if struck:
        text = text[2:-2]
    if text.startswith("**") and text.endswith("**"):
        text = text[2:-2]
    return text.strip(), struck


def read_seed(path: Path = SEED_PATH) -> dict[int, SeedEntry]:
    entries: dict[int, SeedEntry] = {}
    current: tuple[int, str, bool] | None = None
    bullets: list[str] = []

    def flush() -> None:
        if current is not None:
            code, phrase, struck = current
            entries[code] = SeedEntry(code, phrase, struck, tuple(bullets))

    for line in path.read_text(encoding="utf-8").splitlines():
        code_line = _CODE_LINE.match(line)
        bullet_line = _BULLET_LINE.match(line)
        if code_line:
            text, struck = _unmark(code_line["body"])
            head = _HEAD.match(text)
            if head is None:
                continue
            flush()
            current = (int(head["code"]), head["phrase"], struck)
            bullets = []
        elif bullet_line and current is not None:
            bullets.append(_unmark(bullet_line["body"])[0])
    flush()
    return entries
