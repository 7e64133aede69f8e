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

from .korean_rules import (
    ALL_RULES,
    ambiguous_level_problems,
    brand_problems,
    citation_problems,
    content_problems,
    ending_problems,
    english_aside_problems,
    english_problems,
    finding_level_problems,
    glossary_problems,
    level_problems,
    note_level_problems,
    particle_problems,
    repeated_problems,
    spacing_problems,
    title_problems,
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
    | {"requests", "httpx", "en", "ko", "both", "not", "found", "httpcodes"}
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


@pytest.mark.parametrize(
    ("where", "text"),
    SENTENCES + CATALOGUE_SENTENCES,
    ids=_ids(SENTENCES + CATALOGUE_SENTENCES),
)
def test_text_says_each_thing_once(where: str, text: str) -> None:
    problems = repeated_problems(text)
    assert not problems, f"{where}: {text!r}\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "row",
    _data.RESPONSE_FIELDS,
    ids=[f"{r['applies_to']}-{r['field']}-{r['level']}" for r in _data.RESPONSE_FIELDS],
)
def test_response_note_words_its_own_level(row: _data.FieldRuleRow) -> None:
    """docs/style.ko.md, section 9: a note that words a requirement does it
    in its level's verb; most notes say what the field carries instead."""
    problems = note_level_problems(row["level"], row["note_ko"])
    assert not problems, f"{row['note_ko']!r}\n" + "\n".join(problems)


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
    # The review of issue 22: the English count of a quotation cut short.
    (
        english_aside_problems,
        "검색하기에 너무 긴 질의임: '가 가 가'... (1119 more characters)",
    ),
    (
        english_aside_problems,
        "값('bytes 9999'...\n(130 more characters))이 문법에 맞지 않음",
    ),
    # Issue 22: the splits and the tautologies the native review found.
    (content_problems, "404 응답에는 콘텐츠가 있어야 하는데(SHOULD) 없음"),
    (content_problems, "영구히 지운 콘텐츠면 410을 보냄"),
    (glossary_problems, "업체의 의미는 그 업체만의 관례임"),
    (glossary_problems, "일부 HTTP 프록시가 뒤쪽 서버에서 데이터를 읽다가 실패함"),
    (glossary_problems, "둘 다 게이트웨이가 뒤에 있는 서버에 대해 보내는 코드임"),
    (glossary_problems, "잘못된 메시지 프레이밍"),
    (glossary_problems, "Range 요청에 답해 파일에서 요청된 부분만 보냄"),
    (glossary_problems, "과거에 쓰임"),
    (citation_problems, "같은 분류의 x00 코드로 처리합니다(RFC 9110, 15절)"),
    (citation_problems, "RFC 9110의 15.5.5절을 봄"),
    (level_problems, "서버는 204 응답에 Content-Length 헤더를 보내지 않아야 함"),
    (
        level_problems,
        "204 응답에는 Content-Length 헤더를 보내지 않아야 하는데(MUST NOT) 있음",
    ),
    (level_problems, "'bytes */1234'처럼 전체 길이만 알리는 형식이어야 함 (SHOULD)"),
    (level_problems, "404 응답에는 본문이 있어야 하는데(SHOULD) 없음"),
    (note_level_problems, "Location 헤더로 새 영구 URI를 알려야 함"),  # a SHOULD
    # Issue 20's texts as merged, and the docs' sentences across a line break.
    (glossary_problems, "인증 스킴 뒤에 매개변수가 오는 챌린지만 올 수 있음"),
    (
        ambiguous_level_problems,
        "받는 쪽은 받아들여야 하지만 보내는 쪽은 만들지 않아야\n합니다",
    ),
    (ambiguous_level_problems, '"캐시에 저장하지 않아야 한다"는 규칙'),
    (
        repeated_problems,
        "204 응답에는 Content-Length 헤더를 보내지 않아야 하는데(MUST NOT) 있음. "
        "서버는 204 응답에 Content-Length 헤더를 보내지 않아야 함",
    ),
    (
        repeated_problems,
        "HEAD 요청에 대한 200 응답에는 콘텐츠를 보내지 않아야 하는데(MUST NOT) "
        "있음. HEAD 요청에 대한 응답에는 콘텐츠를 보내지 않음",
    ),
    (
        repeated_problems,
        "서버가 Content-Length 헤더가 없는 요청을 받아들이지 않음. 요청에 "
        "Content-Length 헤더가 포함되어야 함",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text"),
    BAD,
    ids=[f"{rule.__name__}-{i}" for i, (rule, _) in enumerate(BAD)],
)
def test_rule_catches_a_bad_string(rule: object, text: str) -> None:
    assert callable(rule)
    found = rule("SHOULD", text) if rule is note_level_problems else rule(text)
    assert found, f"{getattr(rule, '__name__', rule)} let {text!r} through"


GOOD = [
    (english_problems, "대상(target) 그룹의 프로토콜 버전과 맞지 않음"),
    (english_problems, "nginx 설정에서 return 444로 지정함"),
    (english_problems, "SSL 모드가 Full (strict)일 때 실패함"),
    (english_problems, "Cloudflare가 Proxy Read Timeout 안에 응답을 받지 못했음"),
    (english_problems, "주로 Expect: 100-continue 요청 헤더에 대한 응답임"),
    (ending_problems, "요청을 정상적으로 처리함. 응답 본문은 메서드에 따라 다름"),
    (ending_problems, "클라이언트는 폼을 초기화해야 함 (예: 입력 폼 비우기)"),
    (content_problems, "204 콘텐츠 없음과 206 부분 콘텐츠, 그리고 콘텐츠 협상"),
    (citation_problems, "RFC 9110, Section 15.5.5를 봄 (2절)"),
    (english_aside_problems, "대상(target) 그룹의 프로토콜 버전과 맞지 않음"),
    (
        english_aside_problems,
        "값('bytes 9999'...) (이하 130자 생략)이 문법에 맞지 않음",
    ),
    (english_aside_problems, "legacy (requests, httpx)"),
    (english_aside_problems, "값('more than one (quoted) word')이 문법에 맞지 않음"),
    (level_problems, "405 응답에는 Allow 헤더가 있어야 하는데(MUST) 없음"),
    (level_problems, "값은 보내서는 안 됨(MUST NOT, RFC 9110, Section 2.2)"),
    (
        level_problems,
        "304 응답에는 Content-Type 헤더가 없는 것이 좋은데(SHOULD NOT) 있음",
    ),
    (
        repeated_problems,
        "204 응답에는 본문이 있어서는 안 되는데(MUST NOT) 있음. 204 응답은 헤더 "
        "섹션에서 끝나므로 본문이 들어갈 자리가 없음",
    ),
]


# Findings whose wording does not fit their level (section 9): issue 20's
# texts as merged, and likely slips.
BAD_FINDINGS = [
    (
        "MUST NOT",
        "101 응답으로 프로토콜을 바꿨는데 요청에 Upgrade 헤더가 없음. 서버는"
        " 클라이언트가 제안하지 않은 프로토콜로 바꾸지 않아야 함"
        " (RFC 9110, Section 7.8)",
    ),
    (
        "MUST NOT",
        "Date 헤더가 서로 다른 값으로 2번 있음. 이런 헤더는 한 번만 보내야 함"
        " (RFC 9110, Section 5.3)",
    ),
    (
        "MUST",
        "Date 헤더 값이 옛 RFC 850 형식임. 보내는 쪽은 IMF-fixdate 형식으로 만들어야 함"
        " (RFC 9110, Section 5.6.7)",
    ),
    (  # a second keyword, in the reason the finding quotes
        "MUST NOT",
        "Age 헤더 값('x')이 문법에 맞지 않음. 정수여야 함(MUST). 보내는 쪽은 이런 값을"
        " 만들어서는 안 됨(MUST NOT, RFC 9110, Section 2.2)",
    ),
    (  # the keyword of another level
        "SHOULD",
        "416 응답의 Content-Range 헤더는 전체 길이만 알려야 하는데(MUST) 범위를 알림",
    ),
    (
        "NOTE",
        "102는 표준이 사용을 중단한 코드임 (RFC 2518, Section 10.1). 지금 쓰이는"
        " 코드를 보내야 함",
    ),
    (
        "NOTE",
        "200 응답에는 Location 헤더가 없는 것이 좋은데(SHOULD NOT) 있음",
    ),
    (
        "CONTRADICTION",
        "206 응답은 범위 요청에만 보내는데 이 요청에는 Range 헤더가 없음"
        " (RFC 9110, Section 15.3.7)",
    ),
    (
        "CONTRADICTION",
        "303 응답에는 Location 헤더가 있어야 하는데(MUST) 없음",
    ),
    (
        "CONTRADICTION",
        "412 응답은 전제 조건이 충족되지 않았다는 뜻인데 요청에 전제 조건 헤더가 없음."
        " 서버는 412를 보내서는 안 됨",
    ),
]


@pytest.mark.parametrize(
    ("level", "text"),
    BAD_FINDINGS,
    ids=[f"{level}-{i}" for i, (level, _) in enumerate(BAD_FINDINGS)],
)
def test_finding_level_check_catches_a_bad_finding(level: str, text: str) -> None:
    assert finding_level_problems(level, text), text


GOOD_FINDINGS = [
    ("MUST", "405 응답에는 Allow 헤더가 있어야 하는데(MUST) 없음"),
    (
        "MUST NOT",
        "헤더 이름('X(Bad)')이 토큰이 아님. 보내는 쪽은 이런 이름을 만들어서는 안"
        " 됨(MUST NOT, RFC 9110, Sections 2.2 and 5.1)",
    ),
    (
        "SHOULD NOT",
        "304 응답에는 Content-Type 헤더가 없는 것이 좋은데(SHOULD NOT) 있음",
    ),
    (
        "CONTRADICTION",
        "206 응답은 범위 요청에 답한다는 뜻인데 이 요청에는 Range 헤더가 없음"
        " (RFC 9110, Section 15.3.7)",
    ),
    (
        "NOTE",
        "Content-Range 헤더는 206 응답과 416 응답에서만 뜻이 정해져 있음. 200"
        " 응답에서는 뜻이 없어 캐시나 클라이언트가 잘못 읽을 수 있음"
        " (RFC 9110, Section 14.4)",
    ),
]


@pytest.mark.parametrize(
    ("level", "text"),
    GOOD_FINDINGS,
    ids=[f"{level}-{i}" for i, (level, _) in enumerate(GOOD_FINDINGS)],
)
def test_finding_level_check_accepts_a_good_finding(level: str, text: str) -> None:
    assert finding_level_problems(level, text) == []


@pytest.mark.parametrize(
    ("rule", "text"),
    GOOD,
    ids=[f"{rule.__name__}-{i}" for i, (rule, _) in enumerate(GOOD)],
)
def test_rule_accepts_a_good_string(rule: object, text: str) -> None:
    assert callable(rule)
    assert rule(text) == []


# -- search by Korean words (issue 9's acceptance) ------------------------------


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("리디렉션", {301, 302, 303, 307, 308}),
        ("리다이렉션", {301, 302, 303, 307, 308}),
        ("메소드", {405}),
        ("컨텐츠 없음", {204}),
        ("액세스 거부", {403}),
        ("서버 에러", {500}),
        ("업스트림 타임아웃", {504}),
        ("페이로드가 너무 큼", {413}),
    ],
)
def test_everyday_spellings_find_the_codes(query: str, codes: set[int]) -> None:
    """Issue 22: search takes the spellings people type (MDN Korean writes
    리디렉션) although the library writes the glossary's term."""
    from httpcodes import search

    found = [match.code.code for match in search(query, limit=5)]
    assert codes & set(found[: len(codes)]), (query, found)


def test_the_spellings_search_knows_are_the_ones_the_guide_rejects() -> None:
    from httpcodes._choosing.search import _KOREAN_SPELLINGS

    for spelling, term in _KOREAN_SPELLINGS.items():
        assert glossary_problems(spelling) or spacing_problems(spelling), spelling
        assert not glossary_problems(term), term


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
