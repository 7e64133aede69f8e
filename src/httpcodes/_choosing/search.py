"""Ranked search over the registry, by what a code is for, in English and Korean.

People rarely ask "what is 409?"; they ask "which code for a duplicate user?"
or "요청이 너무 많음". The index therefore covers each code's names and
descriptions and also its guidance columns in ``_data/codes.py``: when to use it
and the words people use for the situation (``keywords``, ``keywords_ko``).

Matching is forgiving in the ways queries vary, and nothing else:

- case, hyphens, underscores and punctuation do not matter; word order does
  not matter;
- English words are compared by a light stem ("limits", "limited" and
  "limit" are one word) and a word of four letters or more also matches as
  the start of a longer one ("auth" finds "authentication");
- everyday Korean spellings and loanwords mean the glossary's word
  (리디렉션 and 리다이렉션 are 리다이렉트, 메소드 is 메서드, 액세스 is
  접근), in the query and the index alike, so the library's texts keep to
  one term while a query may use any;
- Korean words lose their particles and endings (요청이, 요청을 -> 요청;
  없음, 없는, 없다 -> 없), and a Korean word also matches inside a compound
  (점검 finds 서버 점검), by its two-syllable pieces;
- a query need not match completely: each code is scored by how much of
  the query it matches, weighted by how telling each word is (a word few
  codes mention weighs more), so partial matches rank below full ones
  instead of vanishing.

A query that is exactly a code's number, member name, reason phrase, older
phrase or Korean title ranks that code first, always.

The index is built on the first search, not at ``import httpcodes``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from itertools import pairwise

from .._arguments import count
from .._arguments import text as read_text
from .._data.codes import CODES
from .._recipe import public, record
from .._status import StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["Match", "search"]


@record
class Match:
    """One search result: a code, its score, and the query words it matched.

    ``score`` is only comparable within one search; higher is better. An
    exact key (number, name or phrase) scores ``EXACT_SCORE``.
    """

    code: StatusCode
    score: float
    matched: tuple[str, ...]

    __module__ = "httpcodes"


EXACT_SCORE: Final = 1000.0

#: The longest query examined, in characters: a question, however wordy, is
#: far shorter, and a longer text is refused before it is read.
MAX_QUERY_LENGTH: Final = 1000

# How much a word counts by where it is found: a code's names and the words
# people use for it say more than the prose about it.
_WEIGHTS: Final = {
    "title": 3.5,  # phrase, older phrases, member names, Korean title
    "keywords": 3.0,  # keywords, keywords_ko
    "use": 1.2,  # use_when, use_when_ko
    "description": 0.6,  # description, description_ko
}
# A query that is one of a code's keyword phrases or titles, or contains a
# phrase of several words whole.
_WHOLE_QUERY_BONUS: Final = 6.0
_KEYWORD_PHRASE_BONUS: Final = 4.0  # per word of the phrase
# A word matched only as the start of a longer one, or by part of its
# syllable pairs, counts for this share of a full match.
_PARTIAL: Final = 0.55
# Deprecated and unused codes rank just below live ones on the same words.
_DEPRECATED_FACTOR: Final = 0.85

# Words that say nothing about which code is meant. (Written as text and
# split, as word lists read best.)
_ENGLISH_STOPWORDS: Final = frozenset(
    "a an the to of for in on at by with from as is are be was were been it its "
    "this that these those which what when where how why who should would can "
    "could do does did use used using send sent return returned returns get "
    "i my me we our you your they their there here if then so and or but "
    "http https status code codes response respond responses reply answer "
    "server side client api rest error".split()
)
_KOREAN_STOPWORDS: Final = frozenset(
    "코드 상태 상태코드 응답 응답코드 에러코드 오류코드 http 때 경우 어떤 무슨 무엇 뭐 "
    "보내 보낼 보내는 써야 쓰는 사용 사용할 해야 하나 하나요 나요 인가 인가요 "
    "api 서버가 클라이언트가 후 전 가능 수 다시 때문 위해 관련".split()
)
# Particles and endings, longest first, stripped from the end of a Korean
# word so that 요청이, 요청을 and 요청은 are all 요청.
_KOREAN_SUFFIXES: Final = tuple(
    sorted(
        (
            "했습니다 합니다 됩니다 습니다 했어요 해요 돼요 어요 아요 이에요 "
            "예요 입니다 이다 였다 었다 았다 했다 한다 하다 하는 해야 해서 "
            "되었다 됐다 되다 되는 되어 돼서 되지 하지 됨 함 한 해 된 돼 "
            "으로서 으로써 으로는 에서는 에게서 으로 에서 에게 한테 까지 부터 "
            "처럼 보다 이나 이랑 하고 이면 인데 이고 이라 라서 "
            "는지 은지 지만 거나 도록 려고 으면 는데 한데 "
            "은 는 이 가 을 를 에 의 로 와 과 도 만 요 음 다 게 지"
        ).split(),
        key=len,
        reverse=True,
    )
)
# Connective endings that are also the last syllable of many nouns (문서,
# 화면, 경고): stripped only when at least two syllables remain.
_KOREAN_SHORT_ENDINGS: Final = ("고", "며", "면", "서", "니")
_PARTICLES: Final = frozenset(_KOREAN_SUFFIXES)
# The spellings and loanwords Korean developers write for the terms that
# docs/style.ko.md (section 4, the glossary) chooses, each with that term.
# Only search reads them: the data and every text the library shows keep to
# the glossary.  (tests/test_korean.py checks that each is a form the
# glossary rejects.)
_KOREAN_SPELLINGS: Final = {
    "리디렉션": "리다이렉트",
    "리다이렉션": "리다이렉트",
    "리디렉트": "리다이렉트",
    "메소드": "메서드",
    "컨텐츠": "콘텐츠",
    "컨텐트": "콘텐츠",
    "콘텐트": "콘텐츠",
    "페이로드": "본문",
    "바디": "본문",
    "액세스": "접근",
    "캐쉬": "캐시",
    "타임아웃": "시간 초과",
    "업스트림": "상위",
    "오리진": "원본",
    "커넥션": "연결",
    "프락시": "프록시",
    "파라미터": "매개변수",
    "에러": "오류",
    "자격 증명": "인증 정보",
    "헤더 필드": "헤더",
    "헤더필드": "헤더",
    "상태코드": "상태 코드",
}
_SPELLING: Final = re.compile(
    "|".join(sorted(map(re.escape, _KOREAN_SPELLINGS), key=len, reverse=True))
)
_SPLIT: Final = re.compile(r"[^0-9a-z\uac00-\ud7a3]+")
_SCRIPTS: Final = re.compile(r"[0-9a-z]+|[\uac00-\ud7a3]+")


def _is_korean(word: str) -> bool:
    return "\uac00" <= word[0] <= "\ud7a3"


def _stem_english(word: str) -> str:
    # Enough of Porter's first step for the words of this domain: plurals,
    # -ed, -ing, -ly and -ful; "limits", "limited", "limiting" all become
    # "limit", "successfully" becomes "success".
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith("ful") and len(word) > 6:
        return word[:-3]
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _stem_korean(word: str) -> str:
    # Strip up to two endings (권한이 -> 권한 -> 권, as 권한 alone becomes
    # 권): the same word always ends up with the same stem, whichever
    # particle it carried, because query and index are stemmed alike.
    for _ in range(2):
        for suffix in _KOREAN_SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix):
                word = word[: -len(suffix)]
                break
        else:
            if word.endswith(_KOREAN_SHORT_ENDINGS) and len(word) > 2:
                word = word[:-1]
            else:
                break
    # 지원하다, 지원되다 and 지원 are one word: drop the verb-making 하/되
    # left in front of an ending (지원하는데 -> 지원하 -> 지원).
    if word.endswith(("하", "되")) and len(word) > 2:
        word = word[:-1]
    return word


def _pieces(raw: str) -> list[str]:
    """``raw`` split where Latin letters or digits meet Hangul, dropping a
    Korean particle written straight after a Latin word (ETag가, JSON만)."""
    pieces = _SCRIPTS.findall(raw)
    kept = pieces[:1]
    for before, piece in pairwise(pieces):
        if _is_korean(piece) and not _is_korean(before) and piece in _PARTICLES:
            continue
        kept.append(piece)
    return kept


def _words(text: str, *, query: bool = False) -> list[str]:
    """The normalised words of ``text``: lower-cased, stemmed, and for a
    query without stop words."""
    words = []
    text = _SPELLING.sub(lambda m: _KOREAN_SPELLINGS[m.group()], text.casefold())
    for raw in _SPLIT.split(text):
        for piece in _pieces(raw):
            if _is_korean(piece):
                if query and piece in _KOREAN_STOPWORDS:
                    continue
                word = _stem_korean(piece)
                if query and word in _KOREAN_STOPWORDS:
                    continue
            else:
                if query and piece in _ENGLISH_STOPWORDS:
                    continue
                word = _stem_english(piece)
            words.append(word)
    return words


def _pairs(word: str) -> set[str]:
    return {word[i : i + 2] for i in range(len(word) - 1)}


# A place a word can be found: (position of the code in the index, field).
_Place = tuple[int, str]


class _Index:
    """Inverted indexes over every code's fields, built once.

    ``words`` maps each normalised word to the places it occurs; ``pairs``
    does the same for the two-syllable pieces of Korean words, so that a
    Korean query word can be found inside a compound; ``english`` is the
    sorted English vocabulary, for prefix matches.
    """

    def __init__(self) -> None:
        rows = {row["code"]: row for row in CODES}
        self.members: list[StatusCode] = []
        self.exact: dict[str, int] = {}
        # Each title or keyword phrase, as words, to the codes it belongs to.
        self.phrases: dict[tuple[str, ...], set[int]] = {}
        self.factors: list[float] = []
        self.words: dict[str, set[_Place]] = {}
        self.pairs: dict[str, set[_Place]] = {}
        for position, member in enumerate(StatusCode):
            row = rows[member.code]
            names = [n for n, m in StatusCode.__members__.items() if m is member]
            titles = [row["phrase"], *row["aliases"], row["phrase_ko"]]
            for key in [*titles, *names, str(row["code"])]:
                self.exact.setdefault(" ".join(_words(key)), position)
            fields = {
                "title": [*titles, *names],  # NOT_FOUND splits as "not found"
                "keywords": [*row["keywords"], *row["keywords_ko"]],
                "use": [row["use_when"], row["use_when_ko"]],
                "description": [row["description"], row["description_ko"]],
            }
            for name, texts in fields.items():
                place = (position, name)
                for text in texts:
                    for word in _words(text):
                        self.words.setdefault(word, set()).add(place)
                        if _is_korean(word):
                            for pair in _pairs(word):
                                self.pairs.setdefault(pair, set()).add(place)
            self.members.append(member)
            for phrase in (*titles, *row["keywords"], *row["keywords_ko"]):
                if words := tuple(_words(phrase)):
                    self.phrases.setdefault(words, set()).add(position)
            self.factors.append(_DEPRECATED_FACTOR if row["deprecated"] else 1.0)
        self.exact.pop("", None)
        # The longest phrase, in words: no longer run of query words can
        # match one, so the phrase bonus looks at no longer runs (and a query
        # of many words costs time in proportion to its length).
        self.longest = max(len(phrase) for phrase in self.phrases)
        self.english = sorted(w for w in self.words if not _is_korean(w))
        self.count = len(self.members)

    def places(self, word: str) -> dict[_Place, float]:
        """Where ``word`` matches: 1.0 for the word itself, less for a
        partial match (the start of a longer English word; some or all of
        the syllable pairs of a Korean word inside a compound)."""
        found = dict.fromkeys(self.words.get(word, ()), 1.0)
        if _is_korean(word):
            pairs = _pairs(word)
            counts: dict[_Place, int] = {}
            for pair in pairs:
                for place in self.pairs.get(pair, ()):
                    counts[place] = counts.get(place, 0) + 1
            for place, count in counts.items():
                share = count / len(pairs)
                if share >= 0.5 and place not in found:
                    full = share == 1.0 and len(word) > 2
                    found[place] = 1.0 if full else _PARTIAL * share
        elif len(word) >= 4:
            start = bisect_left(self.english, word)
            for other in self.english[start:]:
                if not other.startswith(word):
                    break
                for place in self.words[other]:
                    found.setdefault(place, _PARTIAL)
        return found


# Built on the first search and published in one assignment once whole: two
# threads searching first build one each, and either is kept.
_INDEX: _Index | None = None


def _get_index() -> _Index:
    global _INDEX  # noqa: PLW0603 - built once, published in one assignment
    index = _INDEX
    if index is None:
        index = _INDEX = _Index()
    return index


def _phrase_bonuses(index: _Index, words: list[str]) -> dict[int, float]:
    """Bonuses for codes that have the whole query as a title or keyword,
    or a phrase of several words that the query contains whole."""
    bonuses: dict[int, float] = {}
    for position in index.phrases.get(tuple(words), ()):
        bonuses[position] = _WHOLE_QUERY_BONUS
    for start in range(len(words)):
        for end in range(start + 2, min(len(words), start + index.longest) + 1):
            if end - start == len(words):
                continue
            for position in index.phrases.get(tuple(words[start:end]), ()):
                bonus = _KEYWORD_PHRASE_BONUS * (end - start)
                bonuses[position] = bonuses.get(position, 0.0) + bonus
    return bonuses


@public
def search(query: str, *, limit: int | None = None) -> list[Match]:
    """Codes for ``query``, best first.

    ``query`` is English or Korean, in any case and word order: a code, a
    name, a phrase, or a situation ("user already exists", "로그인 필요").
    ``limit`` caps the number of results (``None`` for all that match).
    Returns an empty list when nothing matches; ``ValueError`` for a query
    longer than ``MAX_QUERY_LENGTH`` (1000) characters.

    >>> [m.code.code for m in search("rate limit", limit=2)]
    [429, 402]
    >>> search("404")[0].code
    <StatusCode.NOT_FOUND: 404>
    >>> search("권한 없음")[0].code.code
    403
    """
    query = read_text(query, "query")
    limit = count(limit, "limit")
    if len(query) > MAX_QUERY_LENGTH:
        raise ValueError(
            f"query is {len(query)} characters long; a query is at most"
            f" {MAX_QUERY_LENGTH} characters (search takes a question, not a"
            " document)"
        )
    index = _get_index()
    everything = _words(query)
    exact = index.exact.get(" ".join(everything))
    words = _words(query, query=True) or everything
    if not words:
        return []
    found = {word: index.places(word) for word in set(words)}
    # How telling each word is: rare words weigh more (inverse document
    # frequency, over the codes where the word matches fully).
    weights = {
        word: math.log(
            1 + index.count / (1 + len({p for p, v in places.items() if v == 1.0}))
        )
        for word, places in found.items()
    }
    total = sum(weights[word] for word in words)
    scores: dict[int, float] = {}
    covered: dict[int, float] = {}
    matched: dict[int, list[str]] = {}
    for word in words:
        best: dict[int, float] = {}
        for (position, field), value in found[word].items():
            weighted = _WEIGHTS[field] * value
            if weighted > best.get(position, 0.0):
                best[position] = weighted
        for position, weighted in best.items():
            scores[position] = scores.get(position, 0.0) + weighted * weights[word]
            share = min(1.0, weighted / _WEIGHTS["keywords"])
            covered[position] = covered.get(position, 0.0) + weights[word] * share
            matched.setdefault(position, []).append(word)
    bonuses = _phrase_bonuses(index, words)
    results = []
    for position, raw in scores.items():
        if position == exact:
            continue
        score = raw + bonuses.get(position, 0.0)
        # Scale by the share of the query a code covers, so that a code
        # matching every word beats one matching a single rare word.
        coverage = covered[position] / total if total else 0.0
        results.append(
            Match(
                index.members[position],
                score * coverage * index.factors[position],
                tuple(matched[position]),
            )
        )
    results.sort(key=lambda match: (-match.score, match.code.code))
    if exact is not None:
        results.insert(0, Match(index.members[exact], EXACT_SCORE, tuple(words)))
    return results if limit is None else results[:limit]
