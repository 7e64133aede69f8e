"""The rules of docs/style.ko.md as functions, for tests/test_korean*.py.

Each rule returns what is wrong with a Korean text: an empty list when
nothing is.  tests/test_korean.py runs them over the package's strings and
shows each failing on a bad string; tests/test_korean_surfaces.py runs them
over the other surfaces (the Korean docs, the findings of ``check_response``
and the command line's output).
"""

from __future__ import annotations

import re

from httpcodes import StatusCode
from httpcodes.unofficial import ENTRIES

# -- section 4: one term per concept -------------------------------------------

# The words the glossary rejects, each with the term to use.
GLOSSARY_VARIANTS = {
    "컨텐츠": "콘텐츠 / 본문",
    "컨텐트": "콘텐츠 / 본문",
    "콘텐트": "콘텐츠 / 본문",
    "페이로드": "본문",
    "바디": "본문",
    "메소드": "메서드",
    "원 서버": "원본 서버",
    "오리진": "원본 서버",
    "업스트림": "상위 서버",
    "서버 위의 서버": "상위 서버",
    "뒤쪽 서버": "상위 서버",
    "뒤에 있는 서버": "상위 서버",
    "백엔드": "상위 서버",
    "액세스": "접근",
    "리디렉": "리다이렉트",
    "리다이렉션": "리다이렉트",
    "캐쉬": "캐시",
    "타임아웃": "시간 초과",
    "헤더 필드": "헤더",
    "헤더필드": "헤더",
    "응답 코드": "상태 코드",
    "응답코드": "상태 코드",
    "에러": "오류",
    "파라미터": "매개변수",
    "프락시": "프록시",
    "폐기": "사용 중단 (deprecated) / 폐지 (obsoleted)",
    "비권장": "사용 중단",
    "자격 증명": "인증 정보",
    "사전 조건": "전제 조건",
    "미디어 유형": "미디어 타입",
    "미디어 포맷": "미디어 타입",
    "커넥션": "연결",
    "임시 응답": "중간 응답",
    "프레이밍": "메시지 구성",
    "업체": "벤더",
    "사용처": "벤더",
    "요청된": "요청한",
    "요청받은": "요청한",
    "과거에 쓰임": "실사용 근거 없음",
    "챌린지": "인증 요구(challenge)",
    "역사적 기록": "실사용 근거 없음",
}

# "콘텐츠" only inside the names that hold it (section 4): everywhere else a
# message's content is 본문.
CONTENT_NAMES = (
    "콘텐츠 없음",
    "콘텐츠 초기화",
    "부분 콘텐츠",
    "콘텐츠 협상",
    "콘텐츠 코딩",
)

# Section 5: an RFC section is cited as the data's reference is written.
_TRANSLATED_CITATION = re.compile(r"RFC \d+[^()\n]*?\d절")


def glossary_problems(text: str) -> list[str]:
    return [
        f"{variant!r}: the glossary term is {term!r}"
        for variant, term in GLOSSARY_VARIANTS.items()
        if variant in text
    ]


def content_problems(text: str) -> list[str]:
    for name in CONTENT_NAMES:
        text = text.replace(name, "")
    if "콘텐츠" in text:
        return ["'콘텐츠' outside a name that holds it: a message's content is '본문'"]
    return []


def citation_problems(text: str) -> list[str]:
    return [
        f"{found!r}: cite as 'RFC 9110, Section 15'"
        for found in _TRANSLATED_CITATION.findall(text)
    ]


# -- section 5: Latin letters ----------------------------------------------------

# English words with a glossary term never stand in Korean text, whatever
# their case ("Proxy를 통해", "request payload가").
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
# The English titles of unofficial codes, which a Korean title is followed by.
UNOFFICIAL_PHRASES = tuple(
    sorted({entry.phrase for entry in ENTRIES}, key=len, reverse=True)
)
# Lowercase Latin words that are names, not English prose: product names,
# configuration keywords and values, a URI scheme, a range unit (bytes), a C
# function (asctime, an HTTP-date form).
LOWERCASE_NAMES = frozenset(
    {"nginx", "httpd", "https", "return", "infinity", "bytes", "asctime"}
    | {"requests", "httpx"}
)
_PARENTHESISED = re.compile(r"\s*\([^()]*\)")
# A Latin word: starts with a letter that does not continue a number or an
# identifier ("5xx", "100-continue", "v1.1" are not words of prose).
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9_\-./:])[A-Za-z][A-Za-z0-9_\-./:]*")
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w'])'[^']*'")


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


# A parenthesis of English prose in Korean text: what the library adds to a
# Korean message in English, such as the count of a quotation cut short
# ("'가 가 …'... (1119 more characters)"), which english_problems passes as a
# gloss.  A gloss is attached to its Korean term ("대상(target)", "캡티브
# 포털(captive portal)"); a parenthesis after a space that holds several
# English words and no Korean is English left in (review of issue 22, item 1).
_ASIDE = re.compile(r"(?<!\S)\(([^()]*)\)")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def english_aside_problems(text: str) -> list[str]:
    text = _QUOTED.sub("", text)
    for name in (*PROPER_NAMES, *UNOFFICIAL_PHRASES):  # "나는 찻주전자 (I'm a Teapot)"
        text = text.replace(name, "")
    problems = []
    for found in _ASIDE.finditer(text):
        inside = found.group(1)
        if _HANGUL.search(inside):
            continue
        words = [
            word
            for word in _LATIN_WORD.findall(inside)
            if word.isalpha() and word.islower() and word not in LOWERCASE_NAMES
        ]
        if len(words) > 1:
            problems.append(f"English left in Korean text: {found.group()!r}")
    return problems


# Brands spelled in Hangul instead of as the brand is written.
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


def brand_problems(text: str) -> list[str]:
    return [
        f"{brand!r}: write the brand in Latin letters"
        for brand in TRANSLITERATED_BRANDS
        if brand in text
    ]


# -- sections 6 and 7: particles and spacing ---------------------------------------

DOUBLE_PARTICLES = (
    "은(는)",
    "는(은)",
    "이(가)",
    "을(를)",
    "과(와)",
    "와(과)",
    "(으)로",
)

SPACING_ERRORS = {
    "안됨": "안 됨",
    "안되는": "안 되는",
    "해야함": "해야 함",
    "잠겨있": "잠겨 있",
    "처리 할": "처리할",
    "설명불가": "설명할 수 없음",
    "진행상태": "진행 상태",
    "할만한": "할 만한",
    "상태코드": "상태 코드",
    "알려줌": "알려 줌",
    "알려준": "알려 준",
    "돌려 줌": "돌려줌",
}


def particle_problems(text: str) -> list[str]:
    return [f"{both!r}: choose one form" for both in DOUBLE_PARTICLES if both in text]


def spacing_problems(text: str) -> list[str]:
    return [
        f"{wrong!r} should be written {right!r}"
        for wrong, right in SPACING_ERRORS.items()
        if wrong in text
    ]


# -- section 9: requirement levels ------------------------------------------------

LEVELS = ("MUST NOT", "SHOULD NOT", "MUST", "SHOULD", "MAY")
# How each level is worded, as the verb the keyword follows: "있어야
# 하는데(MUST)", "보내서는 안 됨(MUST NOT)".
LEVEL_WORDS = {
    "MUST": ("야 하는데", "야 함"),
    "MUST NOT": ("안 되는데", "안 됨"),
    "SHOULD": ("는 것이 좋은데", "는 것이 좋음"),
    "SHOULD NOT": ("없는 것이 좋은데", "않는 것이 좋은데", "않는 것이 좋음"),
    "MAY": ("수 있는데", "수 있음"),
}
# "보내지 않아야 함" reads as MUST NOT and as SHOULD NOT alike, in the noun
# form and in the docs' sentences ("만들지 않아야 합니다"), across a line break.
_AMBIGUOUS_LEVEL = re.compile(r"지\s+않아야\s+(함|하|합|한)")
# A keyword placed as a level: alone in its parentheses, or before the
# reference ("(MUST NOT, RFC 9110, Section 2.2)"); "(MUST, SHOULD 등)" lists
# keywords and is not one.
_KEYWORD = re.compile(r"(.)\((MUST NOT|SHOULD NOT|MUST|SHOULD|MAY)(?:\)|, RFC)")


def ambiguous_level_problems(text: str) -> list[str]:
    """Section 9: no wording that two levels share."""
    return [
        f"{found.group()!r} does not say whether it is MUST NOT or SHOULD NOT"
        for found in _AMBIGUOUS_LEVEL.finditer(text)
    ]


def level_problems(text: str) -> list[str]:
    """Section 9: no wording that two levels share, and a keyword in
    parentheses right after the verb of its level."""
    return ambiguous_level_problems(text) + keyword_problems(text)


def keyword_problems(text: str) -> list[str]:
    """Section 9: a keyword in parentheses right after its level's verb."""
    problems = []
    for found in _KEYWORD.finditer(text):
        before = text[: found.start(2) - 1]
        level = found.group(2)
        negative = before.endswith(LEVEL_WORDS["SHOULD NOT"])
        if not before.endswith(LEVEL_WORDS[level]) or (level == "SHOULD" and negative):
            problems.append(
                f"({level}) should follow its level's verb"
                f" ({' / '.join(LEVEL_WORDS[level])}): ...{before[-12:]!r}"
            )
    return problems


# The levels of check_response that are no RFC keyword (section 9): the
# response contradicts what the request or another field shows, or a note.
UNKEYED_LEVELS = ("CONTRADICTION", "NOTE")
# The verbs that word a requirement (section 9's table, MAY aside: "수 있음"
# also says what can happen).
_REQUIREMENT_WORDS = re.compile(r"야 (함|하는데)|안 (됨|되는데)|것이 (좋음|좋은데)")


# The names of the two levels in Latin letters, which Korean output shows
# as 모순 and 참고 (section 9; the review of issue 22, item 16).
_UNKEYED_NAME = re.compile(r"\b(?:CONTRADICTION|NOTE)\b")


def unkeyed_level_name_problems(text: str) -> list[str]:
    """Section 9: CONTRADICTION and NOTE are no RFC keywords; Korean text
    names them 모순 and 참고, and keeps only the keywords in Latin letters."""
    return [
        f"{found.group()!r} in Korean output: write 모순 or 참고"
        for found in _UNKEYED_NAME.finditer(text)
    ]


def finding_level_problems(level: str, text: str) -> list[str]:
    """Section 9 for a finding of ``level``: a keyword level states its
    keyword once, in parentheses after its verb, and no other keyword; a
    CONTRADICTION or NOTE states none, words no requirement, and a
    CONTRADICTION sets what the status means ("...는 뜻인데") against
    what was found."""
    keywords = [found.group(2) for found in _KEYWORD.finditer(text)]
    if level not in UNKEYED_LEVELS:
        problems = level_problems(text)
        if keywords != [level]:
            problems.append(f"a {level} finding states {keywords}, not [{level!r}]")
        return problems
    problems = ambiguous_level_problems(text)
    problems += [f"a {level} finding states the keyword {k}" for k in keywords]
    problems += [
        f"{found.group()!r} words a requirement in a {level} finding"
        for found in _REQUIREMENT_WORDS.finditer(text)
    ]
    first = sentences(text)[:1]
    if level == "CONTRADICTION" and not (first and "는 뜻인데" in first[0]):
        problems.append(
            "a CONTRADICTION's first sentence says what the status means"
            " ('...는 뜻인데') before what contradicts it"
        )
    return problems


def note_level_problems(level: str, text: str) -> list[str]:
    """A rule's note may word a requirement only in its own level's verb
    (or describe, with no modal verb at all)."""
    problems = level_problems(text)
    wrong = {
        "야 함": ("MUST",),
        "안 됨": ("MUST NOT",),
        "것이 좋음": ("SHOULD", "SHOULD NOT"),
    }
    for words, levels in wrong.items():
        if words in text and level not in levels:
            problems.append(f"{words!r} words a {'/'.join(levels)}, not a {level}")
    return problems


# -- saying each thing once --------------------------------------------------------

_PARTICLE_ENDINGS = re.compile(r"(에는|에서|으로|은|는|이|가|을|를|에|의|로|와|과|도)$")
_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3][0-9A-Za-z\uac00-\ud7a3\-./]*")


def _sentence_words(sentence: str) -> set[str]:
    return {_PARTICLE_ENDINGS.sub("", word) for word in _WORD.findall(sentence)}


def sentences(text: str) -> list[str]:
    return [s for s in text.rstrip(".").split(". ") if s]


_LEADING_CODE = re.compile(r"\d{3}(?!\d)")


def repeated_problems(text: str, *, share: float = 0.6) -> list[str]:
    """Two sentences of one text that say the same thing: most of the words
    of the shorter (particles aside) are in the other.  Sentences that begin
    with different codes are parallel ("408은 ... 경우임. 504는 ... 경우임"),
    a comparison, not a repetition."""
    parts = [(s, _sentence_words(s)) for s in sentences(text)]
    problems = []
    for i, (first, a) in enumerate(parts):
        for second, b in parts[i + 1 :]:
            codes = _LEADING_CODE.match(first), _LEADING_CODE.match(second)
            if codes[0] and codes[1] and codes[0].group() != codes[1].group():
                continue
            shorter = min(len(a), len(b))
            if shorter >= 3 and len(a & b) / shorter >= share:
                problems.append(f"says one thing twice: {first!r} / {second!r}")
    return problems


# -- section 2: sentences in the noun form ---------------------------------------------

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# The noun form's final consonant: ㅁ (함, 음, 됨), or ㄻ after a stem in ㄹ
# (들다 -> 듦); numbered in Unicode's order of final consonants.
_NOUN_FORM_FINALS = (16, 10)
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


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


# -- the command line's lines ------------------------------------------------------

# A line that ends inside a quoted literal or inside a reference.
_OPEN_QUOTE = re.compile(r"(?:^|[\s(])'[^']*$")
_OPEN_REFERENCE = re.compile(r"\(RFC$|RFC \d+,$|\bSections?$|\band$")


# A keyword parted from the verb it follows (section 10): "안 됨(MUST" /
# "NOT, RFC ...)", or "안" / "됨(MUST NOT, RFC ...)".
_OPEN_KEYWORD = re.compile(r"\((?:MUST|SHOULD)$")
_NEGATION_AT_END = re.compile(r"(?:^|\s)안$")
_VERB_WITH_KEYWORD = re.compile(r"\s*[^\s(]+\((?:MUST|SHOULD|MAY)\b")


def line_break_problems(lines: list[str]) -> list[str]:
    """Section 10: no line ends inside a quoted literal, a reference or a
    keyword in parentheses, or between a verb and the negation before it
    when a keyword follows the verb."""
    problems = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        text = line.rstrip()
        if _OPEN_KEYWORD.search(text):
            problems.append(f"a line ends inside a keyword: {text!r}")
        if _NEGATION_AT_END.search(text) and _VERB_WITH_KEYWORD.match(after):
            problems.append(f"a keyword's verb is parted from its 안: {text!r}")
        # A quoted literal the line holds whole may end in a space
        # ("'가 가 '... (이하 1119자 생략)"): its closing quote opens nothing.
        if _OPEN_QUOTE.search(_QUOTED.sub("", text)):
            problems.append(f"a line ends inside a quoted literal: {text!r}")
        if _OPEN_REFERENCE.search(text) and "RFC" in text:
            problems.append(f"a line ends inside a reference: {text!r}")
    return problems


# The rules that hold for every Korean text, prose or label.
TERM_RULES = (
    ambiguous_level_problems,
    glossary_problems,
    content_problems,
    citation_problems,
    spacing_problems,
    particle_problems,
    brand_problems,
)
# ... and for the package's own strings, where English words are out too.
ALL_RULES = (*TERM_RULES, english_problems, english_aside_problems, keyword_problems)


def orphan_problems(lines: list[str]) -> list[str]:
    """Section 10: a wrapped Korean paragraph does not end in one word alone."""
    if len(lines) < 2:
        return []
    last, before = lines[-1].split(), lines[-2].split()
    word = last[0].rstrip(".,;:)") if len(last) == 1 else ""
    if word and "\uac00" <= word[-1] <= "\ud7a3" and len(before) > 1:
        return [f"the last line holds one word: {lines[-1].strip()!r}"]
    return []
