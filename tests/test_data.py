"""The data module against the IANA registry snapshot and the issue's rules."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest

from httpcodes import REGISTRY_DATE
from httpcodes._data import codes as _data
from httpcodes._data import unofficial as _unofficial_data

from .facts import REGISTERED, REGISTRY, REGISTRY_CSV, ROOT, has_hangul

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

ROWS = _data.CODES
ROW_IDS = [str(row["code"]) for row in ROWS]

# The registry as of 2025-09-15, written out by hand from the issue, so that
# a wrong CSV snapshot is caught as well as a wrong data module.
EXPECTED_CODES = frozenset(
    [
        *range(100, 105),
        *range(200, 209),
        226,
        *range(300, 309),
        *range(400, 419),
        *range(421, 427),
        428,
        429,
        431,
        451,
        *range(500, 509),
        510,
        511,
    ]
)


def test_registry_snapshot_has_the_64_expected_codes() -> None:
    assert len(EXPECTED_CODES) == 64
    assert REGISTERED == EXPECTED_CODES


def test_data_covers_exactly_the_registry() -> None:
    codes = [row["code"] for row in ROWS]
    assert codes == sorted(REGISTERED)


def test_codes_are_unique_and_sorted() -> None:
    codes = [row["code"] for row in ROWS]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)


def test_registry_date() -> None:
    assert REGISTRY_CSV.name == f"iana-http-status-codes-{REGISTRY_DATE}.csv"
    assert re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", REGISTRY_DATE)


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_no_text_is_left_to_write(row: _data.CodeRow) -> None:
    # tools/iana.py update marks the texts of a new code this way.
    for field, value in row.items():
        assert "TO BE WRITTEN" not in str(value), (
            f"{row['code']} {field}: write this text (see docs/design.md)"
        )


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_row_is_well_formed(row: _data.CodeRow) -> None:
    assert 100 <= row["code"] <= 599
    assert re.fullmatch(r"[A-Z][A-Z0-9_]*", row["name"])
    for old in row["old_names"]:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", old)
    for field in ("phrase", "phrase_ko", "description", "description_ko", "reference"):
        value = row[field]
        assert isinstance(value, str)
        assert value
        assert value == value.strip(), field
        assert "  " not in value, field
    assert has_hangul(row["phrase_ko"])
    assert has_hangul(row["description_ko"])
    assert row["description"].endswith("."), "English descriptions are sentences"
    assert isinstance(row["deprecated"], bool)
    assert all(isinstance(alias, str) and alias for alias in row["aliases"])
    assert row["phrase"] not in row["aliases"]


def _registry_phrase(description: str) -> str:
    """The phrase part of an IANA description, without its markers."""
    return re.sub(r"\s*\((OBSOLETED|TEMPORARY[^)]*)\)$", "", description)


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_phrase_and_registration_match_the_registry(row: _data.CodeRow) -> None:
    registry = REGISTRY[row["code"]]
    if registry.description == "(Unused)":
        # IANA gives no phrase for 306 and 418; docs/design.md says why
        # the library uses these.
        chosen = {306: "Switch Proxy", 418: "I'm a Teapot"}
        assert row["phrase"] == chosen[row["code"]]
        assert row["registration"] == "unused"
    else:
        assert row["phrase"] == _registry_phrase(registry.description)
        if "(OBSOLETED)" in registry.description:
            assert row["registration"] == "obsoleted"
        elif "(TEMPORARY" in registry.description:
            assert row["registration"] == "temporary"
        else:
            assert row["registration"] == "assigned"


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_expiry_matches_the_registry(row: _data.CodeRow) -> None:
    found = re.search(r"expires (\d{4}-\d{2}-\d{2})", REGISTRY[row["code"]].description)
    assert row["expires"] == (found[1] if found else None)


def _registry_document(reference: str) -> str:
    """'[RFC9110, Section 15.5.5][...]' -> 'RFC 9110, Section 15.5.5'."""
    first = reference.split("]", 1)[0].lstrip("[")
    return re.sub(r"^RFC(\d+)", r"RFC \1", first)


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_reference_matches_the_registry(row: _data.CodeRow) -> None:
    cited = _registry_document(REGISTRY[row["code"]].reference)
    if "Section" in cited:
        assert row["reference"] == cited
    else:
        # The registry names only the document; the data may add the section.
        assert row["reference"] == cited or row["reference"].startswith(
            cited + ", Section "
        )


def test_deprecated_codes_follow_the_standards() -> None:
    deprecated = {row["code"] for row in ROWS if row["deprecated"]}
    # 102 dropped by RFC 4918, 305 deprecated by RFC 9110, 306 and 418
    # "(Unused)", 510 "(OBSOLETED)".  The seed's strike-throughs of 207,
    # 402, 421, 423 and 424 mean "rarely used" and do not count.
    assert deprecated == {102, 305, 306, 418, 510}


def test_registration_status_of_the_special_codes() -> None:
    status = {row["code"]: row["registration"] for row in ROWS}
    assert {c for c, s in status.items() if s != "assigned"} == {104, 306, 418, 510}
    assert status[104] == "temporary"
    assert status[306] == status[418] == "unused"
    assert status[510] == "obsoleted"


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        (101, "Switching Protocols"),
        (203, "Non-Authoritative Information"),
        (207, "Multi-Status"),
        (300, "Multiple Choices"),
        (413, "Content Too Large"),
        (414, "URI Too Long"),
        (416, "Range Not Satisfiable"),
        (422, "Unprocessable Content"),
    ],
)
def test_current_phrases(code: int, phrase: str) -> None:
    assert next(row["phrase"] for row in ROWS if row["code"] == code) == phrase


@pytest.mark.parametrize(
    ("code", "alias"),
    [
        (101, "Switching Protocol"),
        (207, "Multi Status"),
        (300, "Multiple Choice"),
        (302, "Moved Temporarily"),
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (414, "Request-URI Too Long"),
        (416, "Requested Range Not Satisfiable"),
        (418, "I'm a teapot"),
        (422, "Unprocessable Entity"),
    ],
)
def test_required_aliases(code: int, alias: str) -> None:
    assert alias in next(row["aliases"] for row in ROWS if row["code"] == code)


@pytest.mark.parametrize(
    ("code", "title"),
    [(404, "찾을 수 없음"), (500, "내부 서버 오류"), (200, "성공"), (401, "인증 필요")],
)
def test_korean_titles(code: int, title: str) -> None:
    assert next(row["phrase_ko"] for row in ROWS if row["code"] == code) == title


@pytest.mark.parametrize(
    "field", ["description", "description_ko", "phrase_ko", "phrase", "name"]
)
def test_no_two_codes_share(field: str) -> None:
    values = [row[field] for row in ROWS]  # type: ignore[literal-required]
    duplicates = {v for v in values if values.count(v) > 1}
    assert not duplicates


def test_known_seed_errors_are_fixed() -> None:
    by_code = {row["code"]: row for row in ROWS}
    # The seed gave 507 the text of 506.
    assert by_code[507]["description_ko"] != "서버에 내부 구성 오류가 있음"
    # The seed called 422 a syntax error ("문법 오류로 인하여 처리할 수 없음").
    assert "문법 오류" not in by_code[422]["description_ko"]
    assert "올바르" in by_code[422]["description_ko"]


def test_classes() -> None:
    assert [row["digit"] for row in _data.CLASSES] == [1, 2, 3, 4, 5]
    assert [row["label"] for row in _data.CLASSES] == [
        "Informational",
        "Successful",
        "Redirection",
        "Client Error",
        "Server Error",
    ]
    for row in _data.CLASSES:
        assert has_hangul(row["label_ko"])
        assert row["reference"] == f"RFC 9110, Section 15.{row['digit'] + 1}"


@pytest.mark.parametrize("module", [_data, _unofficial_data], ids=lambda m: m.__name__)
def test_data_module_holds_literals_only(module: ModuleType) -> None:
    """Facts only: every top-level value must be a literal, no logic."""
    assert module.__file__ is not None
    source = Path(module.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        if isinstance(node, ast.If):  # the TYPE_CHECKING block of types
            assert ast.unparse(node.test) == "TYPE_CHECKING"
            continue
        if isinstance(node, ast.Assign):  # TYPE_CHECKING = False
            assert ast.unparse(node) == "TYPE_CHECKING = False"
            continue
        assert isinstance(node, ast.AnnAssign), ast.unparse(node)
        assert node.value is not None
        ast.literal_eval(node.value)


def test_docs_name_the_registry_date() -> None:
    # The date is set in _data.py only; prose that repeats it must follow.
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = " ".join(path.read_text(encoding="utf-8").split())
        for date in re.findall(r"as last updated (\d{4}-\d{2}-\d{2})", text):
            assert date == REGISTRY_DATE, path.name
