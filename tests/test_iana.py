"""tools/iana.py on synthetic newer registries, built from the real snapshot."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from .facts import REGISTRY_CSV, ROOT, load_tool

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

DATA = ROOT / "src" / "httpcodes" / "_data" / "codes.py"

iana = load_tool("iana")

Rows = list[list[str]]


def registry(tmp_path: Path, name: str, edit: Callable[[Rows], Rows]) -> Path:
    """A registry CSV: the snapshot's rows, changed by ``edit``."""
    with REGISTRY_CSV.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(edit(rows))
    return path


def replace(code: str, *new: list[str]) -> Callable[[Rows], Rows]:
    def edit(rows: Rows) -> Rows:
        out: Rows = []
        for row in rows:
            out.extend(new if row[0] == code else [row])
        return out

    return edit


def permanent_104(rows: Rows) -> Rows:
    return replace("104", ["104", "Upload Resumption Supported", "[RFC9999]"])(rows)


new_105 = replace(
    "105-199",
    ["105", "Early Goodbye", "[RFC9998, Section 3]"],
    ["106-199", "Unassigned", ""],
)
removed_510 = replace("510")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the files the tool reads and writes."""
    root = tmp_path / "repo"
    (root / "src" / "httpcodes" / "_data").mkdir(parents=True)
    (root / "tools" / "data").mkdir(parents=True)
    shutil.copy(DATA, root / "src" / "httpcodes" / "_data")
    shutil.copy(REGISTRY_CSV, root / "tools" / "data")
    (root / "CHANGELOG.md").write_text(
        "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-26\n\n- First.\n",
        encoding="utf-8",
    )
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, list[str]]:
    code = iana.main([str(a) for a in argv])
    return code, capsys.readouterr().out.splitlines()


def data_of(root: Path) -> ModuleType:
    module: ModuleType = iana.load_data(root / DATA.relative_to(ROOT))
    return module


def row(root: Path, code: int) -> dict[str, object]:
    found: dict[str, object] = next(r for r in data_of(root).CODES if r["code"] == code)
    return found


def test_the_snapshot_matches_the_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", REGISTRY_CSV) == (0, ["no differences"])


def test_check_without_a_date_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "registry.csv", lambda rows: rows)
    code, out = run(capsys, "check", path)
    assert code == 0
    assert out[0].startswith("registry date: not compared")


def test_check_reports_a_newer_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "http-status-codes-2026-02-01.csv", lambda rows: rows)
    assert run(capsys, "check", path) == (
        1,
        ["registry date: 2025-09-15 -> 2026-02-01"],
    )
    assert run(capsys, "check", path, "--date", "2025-09-15") == (
        0,
        ["no differences"],
    )


def test_check_reports_every_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(rows: Rows) -> Rows:
        rows = permanent_104(new_105(removed_510(rows)))
        return replace("413", ["413", "Content Much Too Large", "[RFC9110]"])(rows)

    path = registry(tmp_path, "registry.csv", edit)
    code, out = run(capsys, "check", path, "--date", "2026-03-01")
    assert code == 1
    assert out == [
        "registry date: 2025-09-15 -> 2026-03-01",
        "new code: 105 Early Goodbye [RFC 9998, Section 3]",
        "removed code: 510 Not Extended",
        "registration: 104 'temporary' -> 'assigned'",
        "expires: 104 '2026-11-13' -> None",
        "reference: 104 'draft-ietf-httpbis-resumable-upload-05' -> 'RFC 9999'",
        "renamed: 413 'Content Too Large' -> 'Content Much Too Large'",
    ]


def test_update_makes_a_temporary_registration_permanent(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "iana-2026-03-01.csv", permanent_104)
    code, _ = run(capsys, "update", path, "--root", repo)
    assert code == 0
    updated = row(repo, 104)
    assert updated["registration"] == "assigned"
    assert updated["expires"] is None
    assert updated["reference"] == "RFC 9999"
    assert updated["phrase"] == "Upload Resumption Supported"
    assert updated["description_ko"] == row(ROOT, 104)["description_ko"]
    assert data_of(repo).REGISTRY_DATE == "2026-03-01"
    snapshots = sorted(p.name for p in (repo / "tools" / "data").iterdir())
    assert snapshots == ["iana-http-status-codes-2026-03-01.csv"]
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith(
        "# Changelog\n\n## [Unreleased]\n\n### Changed\n\n"
        "- Registry: the IANA HTTP Status Code Registry as last updated 2026-03-01:"
    )
    assert "104 registration temporary -> assigned" in " ".join(changelog.split())
    # Brought up to date: the new snapshot now matches.
    assert run(capsys, "check", path, "--root", repo) == (0, ["no differences"])


def test_update_adds_a_new_code_with_its_texts_to_write(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "registry.csv", new_105)
    assert run(capsys, "update", path, "--root", repo, "--date", "2026-04-01")[0] == 0
    codes = [r["code"] for r in data_of(repo).CODES]
    assert codes[:6] == [100, 101, 102, 103, 104, 105]
    assert len(codes) == 65
    new = row(repo, 105)
    assert new["name"] == "EARLY_GOODBYE"
    assert new["phrase"] == "Early Goodbye"
    assert new["reference"] == "RFC 9998, Section 3"
    assert new["registration"] == "assigned"
    assert new["allows_content"] is False  # a 1xx (RFC 9110, Section 6.4.1)
    for text in ("phrase_ko", "description", "description_ko"):
        assert "TO BE WRITTEN" in str(new[text])
    assert run(capsys, "check", path, "--root", repo, "--date", "2026-04-01") == (
        0,
        ["no differences"],
    )


def test_update_removes_a_code_the_registry_dropped(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "registry-2026-05-01.csv", removed_510)
    assert run(capsys, "update", path, "--root", repo)[0] == 0
    codes = [r["code"] for r in data_of(repo).CODES]
    assert 510 not in codes
    assert codes[-2:] == [508, 511]
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "removed 510 Not Extended" in " ".join(changelog.split())


def test_update_keeps_a_renamed_phrase_and_name(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit = replace("404", ["404", "Nowhere To Be Found", "[RFC9110, Section 15.5.5]"])
    path = registry(tmp_path, "registry-2026-06-01.csv", edit)
    assert run(capsys, "update", path, "--root", repo)[0] == 0
    renamed = row(repo, 404)
    assert renamed["phrase"] == "Nowhere To Be Found"
    assert renamed["name"] == "NOWHERE_TO_BE_FOUND"
    assert renamed["old_names"] == ("NOT_FOUND",)
    assert renamed["aliases"] == ("Not Found",)


def test_update_without_a_date_refuses(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registry(tmp_path, "registry.csv", removed_510)
    before = (repo / DATA.relative_to(ROOT)).read_bytes()
    with pytest.raises(SystemExit, match="--date"):
        run(capsys, "update", path, "--root", repo)
    assert (repo / DATA.relative_to(ROOT)).read_bytes() == before
