"""httpcodes.messages.particle: the particle a Korean reader expects after a
number or a word (docs/style.ko.md, section 6). Expected forms written by
hand from how each number is read aloud."""

from __future__ import annotations

import pytest

from httpcodes.messages import particle


@pytest.mark.parametrize(
    ("word", "topic", "subject", "towards"),
    [
        (200, "200은", "200이", "200으로"),  # 이백: ㄱ
        (204, "204는", "204가", "204로"),  # 이백사: vowel
        (301, "301은", "301이", "301로"),  # 삼백일: ㄹ takes 로
        (302, "302는", "302가", "302로"),  # 삼백이: vowel
        (303, "303은", "303이", "303으로"),  # 삼백삼: ㅁ
        (306, "306은", "306이", "306으로"),  # 삼백육: ㄱ
        (307, "307은", "307이", "307로"),  # 삼백칠: ㄹ
        (308, "308은", "308이", "308로"),  # 삼백팔: ㄹ
        (404, "404는", "404가", "404로"),  # 사백사: vowel
        (405, "405는", "405가", "405로"),  # 사백오: vowel
        (409, "409는", "409가", "409로"),  # 사백구: vowel
        (410, "410은", "410이", "410으로"),  # 사백십: ㅂ
        (0, "0은", "0이", "0으로"),  # 영: ㅇ
        (1000, "1000은", "1000이", "1000으로"),  # 천: ㄴ
        (10000, "10000은", "10000이", "10000으로"),  # 만: ㄴ
        (100000000, "100000000은", "100000000이", "100000000으로"),  # 억: ㄱ
        ("찾을 수 없음", "찾을 수 없음은", "찾을 수 없음이", "찾을 수 없음으로"),
        ("리다이렉트", "리다이렉트는", "리다이렉트가", "리다이렉트로"),
        ("파일", "파일은", "파일이", "파일로"),  # ㄹ takes 로
        ("RFC 9110", "RFC 9110은", "RFC 9110이", "RFC 9110으로"),  # 구천백십
        ("Found", "Found은(는)", "Found이(가)", "Found(으)로"),  # cannot tell
    ],
)
def test_particles(word: int | str, topic: str, subject: str, towards: str) -> None:
    assert particle(word, "은/는") == topic
    assert particle(word, "이/가") == subject
    assert particle(word, "으로/로") == towards


def test_object_and_comitative_particles() -> None:
    assert particle(404, "을/를") == "404를"
    assert particle(200, "을/를") == "200을"
    assert particle(401, "과/와") == "401과"
    assert particle(403, "과/와") == "403과"
    assert particle(302, "과/와") == "302와"


def test_trailing_space_and_empty_text() -> None:
    assert particle("404 ", "은/는") == "404는"
    assert particle("", "은/는") == "은(는)"


def test_a_number_beyond_the_known_units_gets_both_forms() -> None:
    assert particle(10**12, "은/는") == f"{10**12}은(는)"


def test_unknown_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown particle pair '에/에서'"):
        particle(404, "에/에서")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("가", "가가"), ("힣", "힣이")],  # U+AC00 and U+D7A3, the ends of the syllables
)
def test_the_first_and_last_hangul_syllables_are_read(word: str, expected: str) -> None:
    assert particle(word, "이/가") == expected


def test_a_pair_that_is_not_text_or_not_known_is_refused_by_name() -> None:
    with pytest.raises(TypeError) as info:
        particle("x", 5)  # type: ignore[arg-type]
    assert str(info.value) == "pair must be a str, not int (5)"
    with pytest.raises(ValueError, match="unknown particle pair") as error:
        particle("x", "은")
    assert str(error.value) == (
        "unknown particle pair '은'; expected one of"
        " '은/는', '이/가', '을/를', '과/와', '으로/로'"
    )


def test_zeros_alone_read_as_zero_however_many() -> None:
    assert particle("000000000", "은/는") == "000000000은"
