"""Generated files must match what tools/generate.py makes from the data now."""

from __future__ import annotations

import pytest

from .facts import ROOT, load_tool

generate = load_tool("generate")
RERUN = "python tools/generate.py"


@pytest.mark.parametrize("relative", list(generate.TARGETS))
def test_generated_file_is_current(relative: str) -> None:
    current, wanted = generate.render_all()[ROOT / relative]
    assert current == wanted, f"{relative} is out of date with the data; run: {RERUN}"


@pytest.mark.parametrize("relative", list(generate.TARGETS))
def test_generation_is_idempotent(relative: str) -> None:
    path = ROOT / relative
    _, wanted = generate.render_all()[path]
    render = generate.TARGETS[relative]
    assert render(wanted, generate.load_data(), path) == wanted


def test_drift_is_detected() -> None:
    """The drift check can fail: edit a generated line and it notices."""
    path = ROOT / "src" / "httpcodes" / "_status.py"
    current = path.read_text(encoding="utf-8")
    for line, edited in (
        ("    NOT_FOUND = 404\n", "    NOT_FOUND = 405\n"),
        ('    404: "Not Found",\n', '    404: "Not found",\n'),
        ('    413: ("Payload Too Large",', '    413: ("Payload Too Big",'),
    ):
        tampered = current.replace(line, edited)
        assert tampered != current
        render = generate.TARGETS["src/httpcodes/_status.py"]
        assert render(tampered, generate.load_data(), path) == current


def test_the_static_view_follows_the_lazy_table() -> None:
    """__init__.pyi imports every name of __init__.py's _LAZY table."""
    path = ROOT / "src" / "httpcodes" / "__init__.pyi"
    current = path.read_text(encoding="utf-8")
    line = "from ._choosing.search import search as search\n"
    assert line in current
    tampered = current.replace(line, "")
    render = generate.TARGETS["src/httpcodes/__init__.pyi"]
    assert render(tampered, generate.load_data(), path) == current


def test_check_mode_passes_on_this_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def test_every_seed_difference_has_a_reason() -> None:
    seed = load_tool("seed_note").read_seed()
    differences = generate.seed_differences(generate.load_data(), seed)
    keys = {(code, field) for code, field, _, _ in differences}
    reasons = load_tool("seed_reasons").REASONS
    assert keys == set(reasons)


def test_seed_parser_reads_the_whole_note() -> None:
    seed = load_tool("seed_note").read_seed()
    # The note covers 59 codes; 104, 208, 226, 418 and 425 are missing.
    assert len(seed) == 59
    assert {104, 208, 226, 418, 425}.isdisjoint(seed)
    assert seed[101].phrase == "Switching Protocol"
    assert len(seed[101].bullets) == 3
    assert seed[102].struck
    assert not seed[100].struck
    assert seed[404].description == "클라이언트가 요청한 URI를 찾을 수 없음"
    struck = {code for code, entry in seed.items() if entry.struck}
    assert struck == {102, 207, 305, 306, 402, 421, 423, 424}
