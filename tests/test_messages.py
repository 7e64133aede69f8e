"""The catalogue of labels and messages: complete in both languages, in the
Korean style of docs/style.ko.md, and the one source of the docs' labels."""

from __future__ import annotations

import ast
import string

import pytest

from httpcodes._data import messages as _messages
from httpcodes.messages import KEYS as PUBLIC_KEYS
from httpcodes.messages import message

from .facts import ROOT, load_tool

generate = load_tool("generate")
MESSAGES = _messages.MESSAGES
KEYS = sorted(MESSAGES)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_catalogue_is_data_only() -> None:
    """One assignment of a dict literal, no imports, no logic."""
    tree = ast.parse((ROOT / "src/httpcodes/_data/messages.py").read_text("utf-8"))
    body = [node for node in tree.body if not isinstance(node, ast.Expr)]
    assert len(body) == 1
    assert isinstance(body[0], ast.Assign)
    ast.literal_eval(body[0].value)  # raises if anything is not a literal


@pytest.mark.parametrize("key", KEYS)
def test_every_entry_has_both_languages(key: str) -> None:
    entry = MESSAGES[key]
    assert len(entry) == 2
    english, korean = entry
    assert english.strip()
    assert korean.strip()


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_name_the_same_fields(key: str) -> None:
    english, korean = MESSAGES[key]
    assert fields(english) == fields(korean)


@pytest.mark.parametrize("key", KEYS)
def test_korean_follows_the_style_guide(key: str) -> None:
    """docs/style.ko.md: no period after the last sentence (section 2), no
    "은(는)"-style double particles (section 6), no -니다 endings."""
    korean = MESSAGES[key][1]
    assert not korean.rstrip().endswith("."), korean
    for double in ("은(는)", "이(가)", "(으)로", "을(를)"):
        assert double not in korean
    assert "니다" not in korean
    for banned in ("타임아웃", "리디렉", "메소드", "컨텐츠"):
        assert banned not in korean


def test_korean_particles_follow_the_number() -> None:
    # 404 is read 사백사 (vowel), 410 사백십 (consonant), 301 삼백일 (ㄹ).
    assert message("error.not_a_redirect", "ko", code=404, codes="301").startswith(
        "404는 "
    )
    assert message("error.not_a_redirect", "ko", code=410, codes="301").startswith(
        "410은 "
    )
    text = message("text.treated_as", "ko", fallback=301, phrase="영구 이동")
    assert "영구 이동으로 처리함" in text


def test_english_and_korean_are_chosen() -> None:
    assert message("label.class", "en") == "class"
    assert message("label.class", "ko") == "분류"


def test_the_public_keys_are_the_catalogue() -> None:
    assert frozenset(MESSAGES) == PUBLIC_KEYS
    assert "note.deprecated" in PUBLIC_KEYS


def test_quoted_fields_are_bounded() -> None:
    """{value!r} quotes what the user gave, but never more than 80
    characters of it, however long it is."""
    short = message("error.bad_limit", "en", value="x")
    assert short == "invalid limit 'x': a count of codes, 0 for all"
    long = message("error.bad_limit", "en", value="y" * 10_000)
    assert "'" + "y" * 80 + "'... (9920 more characters)" in long
    assert len(long) < 200


def test_a_korean_quotation_says_in_korean_what_it_leaves_out() -> None:
    """The review of issue 22, item 1: the count of what a quotation leaves
    out is in the language of the text around it."""
    text = message("error.no_match_for", "ko", text="가 " * 600)
    assert text.endswith("'... (이하 1120자 생략)"), text
    assert "more characters" not in text
    english = message("error.no_match_for", "en", text="가 " * 600)
    assert english.endswith("'... (1120 more characters)"), english


def test_the_count_follows_the_parenthesis_the_quotation_stands_in() -> None:
    """A quotation in parentheses keeps them as one pair, and the particle
    after them follows them directly: "값('...'...) (이하 N자 생략)이", not
    "값('...'... (N more characters))이"."""
    value = "bytes " + "9" * 200
    text = message(
        "finding.malformed", "ko", header="Content-Range", value=value, why="x"
    )
    assert "'...) (이하 166자 생략)이 문법에 맞지 않음" in text, text
    assert "))" not in text


def test_a_finding_quotes_at_most_40_characters() -> None:
    """{value!r:.40}: the quotation inside a finding is short enough to sit
    on one line with the words around it (the review of issue 22, item 11)."""
    value = "bytes " + "9" * 200
    for lang in ("en", "ko"):
        text = message("finding.malformed", lang, header="X", value=value, why="x")
        assert "'" + value[:40] + "'..." in text, text
        assert value[:41] not in text
    short = message("finding.malformed", "ko", header="ETag", value="v1", why="x")
    assert short.startswith("ETag 헤더 값('v1')이 문법에 맞지 않음"), short


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        message("label.class", "fr")  # type: ignore[arg-type]


# -- tools/generate.py reads its labels from the catalogue -------------------


def test_generate_has_no_copies_of_the_labels() -> None:
    source = (ROOT / "tools" / "generate.py").read_text(encoding="utf-8")
    for key in ("note.unused", "note.temporary", "note.retired", "note.clashes"):
        for text in MESSAGES[key]:
            assert text.split("{")[0].strip(" :") not in source, text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_generate_uses_the_catalogue(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Change a label in the catalogue and the generated tables change."""
    catalogue = MESSAGES  # the very dict message() reads
    data = generate.load_data()
    before = "\n".join(generate.code_table_lines(data, lang))
    assert generate.say("note.unused", lang) in before
    monkeypatch.setitem(catalogue, "note.unused", ("XX-unused", "XX-미사용"))
    monkeypatch.setitem(catalogue, "note.retired", ("XX-retired", "XX-종료"))
    after = "\n".join(generate.code_table_lines(data, lang))
    assert ("XX-unused" if lang == "en" else "XX-미사용") in after
    unofficial = "\n".join(generate.unofficial_table_lines(data, lang))
    assert ("XX-retired" if lang == "en" else "XX-종료") in unofficial
