"""docs/style.ko.md, held mechanically over every Korean string of the package.

Each rule of the guide is a function that returns what is wrong with a text
(an empty list when nothing is). The rules run over every Korean string the
package holds, and each rule is also shown failing on a string that breaks
it, so that a rule that has quietly stopped checking is noticed.
"""

from __future__ import annotations

import re

import pytest

from httpcodes import StatusClass, StatusCode, compare, guidance
from httpcodes._data import codes as _data
from httpcodes.unofficial import ENTRIES, VENDORS

# -- the rules ---------------------------------------------------------------

# Section 4: the words the glossary replaces, each with the term to use.
GLOSSARY_VARIANTS = {
    "컨텐츠": "콘텐츠",
    "컨텐트": "콘텐츠",
    "페이로드": "요청 본문 / 콘텐츠",
    "메소드": "메서드",
    "원 서버": "원본 서버",
    "오리진": "원본 서버",
    "업스트림": "상위 서버",
    "서버 위의 서버": "상위 서버",
    "액세스": "접근",
    "리디렉": "리다이렉트",
    "리다이렉션": "리다이렉트",
    "캐쉬": "캐시",
    "타임아웃": "시간 초과",
    "헤더 필드": "헤더",
    "헤더필드": "헤더",
    "응답 코드": "상태 코드",
    "응답코드": "상태 코드",
    "폐기": "사용 중단 (deprecated) / 폐지 (obsoleted)",
    "비권장": "사용 중단",
    "자격 증명": "인증 정보",
    "사전 조건": "전제 조건",
    "미디어 유형": "미디어 타입",
    "미디어 포맷": "미디어 타입",
    "커넥션": "연결",
    "임시 응답": "중간 응답",
    "바디": "본문",
}

# Section 5: English words with a glossary term never stand in Korean text,
# whatever their case ("Proxy를 통해", "request payload가").
ENGLISH_WITH_A_KOREAN_TERM = frozenset(
    {"proxy", "gateway", "payload", "delay", "origin", "content", "method"}
    | {"resource", "header", "status", "code", "request", "response", "timeout"}
    | {"cache", "redirect", "upstream", "target"}
)
# Names that contain such words: the registry's reason phrases, cited as
# "507 Insufficient Storage", and a Cloudflare setting.
PROPER_NAMES = tuple(
    sorted(
        {"Proxy Read Timeout", *(member.phrase for member in StatusCode)},
        key=len,
        reverse=True,
    )
)

# Section 5: lowercase Latin words that are names, not English prose: product
# names, configuration keywords and values, a URI scheme.
LOWERCASE_NAMES = frozenset(
    {"nginx", "httpd", "https", "return", "infinity", "bytes"}  # "bytes": a range unit
)

# Section 7: spacing errors the seed note had, and the agreed spacing of
# auxiliary verbs.
SPACING_ERRORS = {
    "안됨": "안 됨",
    "해야함": "해야 함",
    "잠겨있": "잠겨 있",
    "처리 할": "처리할",
    "설명불가": "설명할 수 없음",
    "진행상태": "진행 상태",
    "할만한": "할 만한",
    "상태코드": "상태 코드",
    "알려줌": "알려 줌",
    "알려준": "알려 준",
}

# Section 6: both forms of a particle written out.
DOUBLE_PARTICLES = (
    "은(는)",
    "는(은)",
    "이(가)",
    "을(를)",
    "과(와)",
    "와(과)",
    "(으)로",
)

# Section 5: brands spelled in Hangul instead of as the brand is written.
TRANSLITERATED_BRANDS = (
    "클라우드플레어",
    "링크드인",
    "구글",
    "아파치",
    "마이크로소프트",
    "라라벨",
    "스프링",
    "트위터",
    "에스리",
    "엔진엑스",
    "일래스틱",
)

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# The noun form's final consonant: ㅁ (함, 음, 됨), or ㄻ after a stem in ㄹ
# (들다 -> 듦); numbered in Unicode's order of final consonants.
_NOUN_FORM_FINALS = (16, 10)
_PARENTHESISED = re.compile(r"\s*\([^()]*\)")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")
# A Latin word: starts with a letter that does not continue a number or an
# identifier ("5xx", "100-continue", "v1.1" are not words of prose).
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9_\-./:])[A-Za-z][A-Za-z0-9_\-./:]*")
_QUOTED = re.compile(r'"[^"]*"')


def glossary_problems(text: str) -> list[str]:
    return [
        f"{variant!r}: the glossary term is {term!r}"
        for variant, term in GLOSSARY_VARIANTS.items()
        if variant in text
    ]


def english_problems(text: str) -> list[str]:
    """Ordinary English words outside a parenthesised gloss or a quotation."""
    prose = _QUOTED.sub("", _PARENTHESISED.sub("", text))
    for name in PROPER_NAMES:
        prose = prose.replace(name, "")
    problems = []
    for word in _LATIN_WORD.findall(prose):
        if word.casefold() in ENGLISH_WITH_A_KOREAN_TERM:
            problems.append(f"{word!r} has a Korean term in the glossary")
        elif word.isalpha() and word.islower() and word not in LOWERCASE_NAMES:
            problems.append(f"{word!r} is an English word in Korean text")
    return problems


def spacing_problems(text: str) -> list[str]:
    return [
        f"{wrong!r} should be spaced {right!r}"
        for wrong, right in SPACING_ERRORS.items()
        if wrong in text
    ]


def particle_problems(text: str) -> list[str]:
    return [f"{both!r}: choose one form" for both in DOUBLE_PARTICLES if both in text]


def brand_problems(text: str) -> list[str]:
    return [
        f"{brand!r}: write the brand in Latin letters"
        for brand in TRANSLITERATED_BRANDS
        if brand in text
    ]


def _ends_in_noun_form(sentence: str) -> bool:
    while _TRAILING_PARENTHESIS.search(sentence):
        sentence = _TRAILING_PARENTHESIS.sub("", sentence)
    if not sentence:
        return False
    last = ord(sentence[-1])
    return (
        _HANGUL_FIRST <= last <= _HANGUL_LAST
        and (last - _HANGUL_FIRST) % 28 in _NOUN_FORM_FINALS
    )


def ending_problems(text: str) -> list[str]:
    """Section 2: every sentence in the noun form, no period after the last."""
    problems = []
    if text.endswith("."):
        problems.append("the last sentence takes no period")
    for sentence in text.rstrip(".").split(". "):
        if not _ends_in_noun_form(sentence):
            problems.append(f"not in the noun form (~함/~음/~됨/~임): {sentence!r}")
    return problems


def title_problems(text: str) -> list[str]:
    """Section 3: a title is a phrase, not a sentence."""
    return ["a title takes no period"] if text.endswith(".") else []


ALL_RULES = (
    glossary_problems,
    english_problems,
    spacing_problems,
    particle_problems,
    brand_problems,
)

# -- every Korean string of the package ---------------------------------------


def _comparisons() -> list[tuple[str, str]]:
    found = {
        compare(a, b)
        for a in StatusCode
        for b in StatusCode
        if a.code < b.code and compare(a, b) is not None
    }
    return sorted(
        ("compare " + "-".join(str(m.code) for m in c.codes), c.distinction_ko)
        for c in found
        if c is not None
    )


# The keywords are left out on purpose: they are the words people type,
# informal variants included (타임아웃, 업스트림), so that search finds them.
SENTENCES = [
    *((f"{m.code} description_ko", m.description_ko) for m in StatusCode),
    *((f"{m.code} use_when_ko", guidance(m).use_when_ko) for m in StatusCode),
    *((f"{m.code} use_instead_ko", guidance(m).use_instead_ko) for m in StatusCode),
    *_comparisons(),
    *(
        (f"response rule {row['applies_to']} {row['field']}", row["note_ko"])
        for row in _data.RESPONSE_FIELDS
    ),
    *(
        (f"unofficial {e.code} {e.vendor.key} description_ko", e.description_ko)
        for e in ENTRIES
    ),
]
TITLES = [
    *((f"{m.code} phrase_ko", m.phrase_ko) for m in StatusCode),
    *((f"{c.range} label_ko", c.label_ko) for c in StatusClass),
    *((f"unofficial {e.code} {e.vendor.key} phrase_ko", e.phrase_ko) for e in ENTRIES),
    *((f"vendor {v.key} name_ko", v.name_ko) for v in VENDORS),
]
EVERY_STRING = SENTENCES + TITLES

# The command line's catalogue: labels, help and messages. Its {fields} are
# filled in at run time, and it names command-line words that are typed as
# they are (option values, shells, subcommands, an example key).
_FIELD = re.compile(r"\{[^{}]*\}")
COMMAND_LINE_WORDS = frozenset(
    {"auto", "always", "never", "bash", "zsh", "fetch", "legacy", "compare", "search"}
    | {"requests", "httpx", "en", "ko", "both", "not", "found"}
)


def _catalogue() -> list[tuple[str, str]]:
    from httpcodes._data.messages import MESSAGES

    cases = []
    for key, (_, korean) in MESSAGES.items():
        text = _FIELD.sub("", korean)
        for word in COMMAND_LINE_WORDS:
            text = re.sub(rf"(?<![A-Za-z]){word}(?![A-Za-z])", "", text)
        cases.append((f"catalogue {key}", text))
    return cases


CATALOGUE = _catalogue()
# Whole sentences of the catalogue, held to the noun form like descriptions;
# the rest are labels, column headers and "label: value" messages.
CATALOGUE_SENTENCES = [
    (where, text)
    for where, text in CATALOGUE
    if (where.startswith("catalogue text.") or where.endswith(".description"))
    and not where.startswith("catalogue header.")
    and ": " not in text
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [where for where, _ in cases]


@pytest.mark.parametrize(("where", "text"), EVERY_STRING, ids=_ids(EVERY_STRING))
def test_string_follows_the_guide(where: str, text: str) -> None:
    problems = [problem for rule in ALL_RULES for problem in rule(text)]
    assert not problems, f"{where}: {text!r}\n" + "\n".join(problems)


@pytest.mark.parametrize(("where", "text"), CATALOGUE, ids=_ids(CATALOGUE))
def test_command_line_text_follows_the_guide(where: str, text: str) -> None:
    problems = [problem for rule in ALL_RULES for problem in rule(text)]
    assert not problems, f"{where}: {text!r}\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("where", "text"),
    SENTENCES + CATALOGUE_SENTENCES,
    ids=_ids(SENTENCES + CATALOGUE_SENTENCES),
)
def test_description_is_in_the_noun_form(where: str, text: str) -> None:
    problems = ending_problems(text)
    assert not problems, f"{where}: {text!r}\n" + "\n".join(problems)


@pytest.mark.parametrize(("where", "text"), TITLES, ids=_ids(TITLES))
def test_title_is_a_phrase(where: str, text: str) -> None:
    assert not title_problems(text), f"{where}: {text!r}"


def test_registered_titles_are_unique() -> None:
    titles = [member.phrase_ko for member in StatusCode]
    repeated = sorted({title for title in titles if titles.count(title) > 1})
    assert not repeated


def test_unofficial_titles_differ_from_registered_ones() -> None:
    registered = {member.phrase_ko for member in StatusCode}
    clashing = sorted(
        f"{entry.code} {entry.vendor.key}: {entry.phrase_ko}"
        for entry in ENTRIES
        if entry.phrase_ko in registered
    )
    assert not clashing


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_vendor_name_keeps_the_brand(vendor: object) -> None:
    from httpcodes.unofficial import Vendor

    assert isinstance(vendor, Vendor)
    brand = vendor.name.split()[0]
    assert brand in vendor.name_ko, (vendor.name, vendor.name_ko)


# -- the rules can fail --------------------------------------------------------

# Each bad string is one the library once held or a likely slip.
BAD = [
    (glossary_problems, "요청을 성공적으로 처리했지만 제공할 컨텐츠는 없음"),
    (glossary_problems, "클라이언트가 보낸 메소드를 지원하지 않음"),
    (glossary_problems, "중간의 변환 프록시가 원 서버의 응답을 수정함"),
    (glossary_problems, "클라이언트가 네트워크 액세스를 얻기 위해 인증이 필요함"),
    (english_problems, "request payload가 서버에서 정의한 최대 크기보다 큼"),
    (english_problems, "다른 서버로 요청을 보냈으나 delay 발생으로 처리할 수 없음"),
    (english_problems, "401과 동일하나, proxy를 통해 인증해야 함"),
    (english_problems, "Proxy를 통해 요청되어야 함"),
    (english_problems, "여러 리소스가 여러 Status Code를 갖고 있음"),
    (spacing_problems, "클라이언트가 보낸 HTTP 메서드도 변경하면 안됨"),
    (spacing_problems, "원래 요청했던 URI로 요청해야함"),
    (spacing_problems, "요청한 리소스에 접근하는 것이 잠겨있음"),
    (spacing_problems, "업그레이드를 하면 처리 할 수도 있음"),
    (spacing_problems, "서버의 문제로 응답할 수 없음 (설명불가)"),
    (spacing_problems, "현재까지의 진행상태에 문제가 없음"),
    (particle_problems, "299은(는) IANA에 등록되지 않은 코드임"),
    (particle_problems, "200 OK(으)로 처리함"),
    (brand_problems, "클라우드플레어"),
    (brand_problems, "링크드인"),
    (ending_problems, "진행 중임을 의미하는 응답 코드이다."),
    (ending_problems, "요청을 정상적으로 처리함. 정보는 요청에 따른 응답으로 반환"),
    (ending_problems, "필수 전제 조건 헤더가 누락됨."),
    (ending_problems, "로그인 세션이 만료되었을 때 보내는 코드다"),
    (ending_problems, "요청 헤더가 너무 커서 처리 불가"),
    (title_problems, "찾을 수 없음."),
]


@pytest.mark.parametrize(
    ("rule", "text"),
    BAD,
    ids=[f"{rule.__name__}-{i}" for i, (rule, _) in enumerate(BAD)],
)
def test_rule_catches_a_bad_string(rule: object, text: str) -> None:
    assert callable(rule)
    assert rule(text), f"{getattr(rule, '__name__', rule)} let {text!r} through"


GOOD = [
    (english_problems, "대상(target) 그룹의 프로토콜 버전과 맞지 않음"),
    (english_problems, "nginx 설정에서 return 444로 지정함"),
    (english_problems, "SSL 모드가 Full (strict)일 때 실패함"),
    (english_problems, "Cloudflare가 Proxy Read Timeout 안에 응답을 받지 못했음"),
    (english_problems, "주로 Expect: 100-continue 요청 헤더에 대한 응답임"),
    (ending_problems, "요청을 정상적으로 처리함. 응답 본문은 메서드에 따라 다름"),
    (ending_problems, "클라이언트는 폼을 초기화해야 함 (예: 입력 폼 비우기)"),
]


@pytest.mark.parametrize(
    ("rule", "text"),
    GOOD,
    ids=[f"{rule.__name__}-{i}" for i, (rule, _) in enumerate(GOOD)],
)
def test_rule_accepts_a_good_string(rule: object, text: str) -> None:
    assert callable(rule)
    assert rule(text) == []


# -- search by Korean words (issue 9's acceptance) ------------------------------


def test_korean_words_find_what_they_mean() -> None:
    from httpcodes import search

    def codes(text: str) -> list[int]:
        return [match.code.code for match in search(text)]

    # "권한" (permission) is 403's business, or 401's; 203 once ranked first
    # because its title was 비권한 정보.
    assert codes("권한")[0] in (401, 403)
    assert 405 in codes("메서드")
    # 425's old title 너무 이름 matched "이름" (name).
    assert 425 not in codes("이름")
