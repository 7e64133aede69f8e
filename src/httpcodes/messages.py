"""The words httpcodes speaks, in English and Korean.

Every label and message that httpcodes shows (the notes on a registration,
the words of the command line, the texts of ``check_response``'s findings)
is one entry of a catalogue, in both languages.  The library, the command
line and the generated documentation all take their words from it, so no
two of them word the same thing differently; programs that show status
codes beside httpcodes' own output can use the same words:

>>> from httpcodes.messages import message, particle
>>> message("note.deprecated", "ko")
'사용 중단'
>>> message("text.treated_as", "en", fallback=400, phrase="Bad Request")
'A client that does not know it treats it as 400 Bad Request (RFC 9110, Section 15).'
>>> particle(404, "은/는"), particle(303, "으로/로")
('404는', '303으로')

``KEYS`` lists the catalogue's keys.  Texts may be reworded in any
release; a key is removed or renamed only in a release whose changelog says
so.  The catalogue itself is data, ``httpcodes._data.messages``.

Korean particles come in pairs whose form depends on whether the word before
them ends in a consonant (404는 but 200은, 302로 but 303으로).  Writing both
forms, "404은(는)", is the mark of text that did not know its own words;
docs/style.ko.md, section 6, asks for the one right form.  A status code's
number is read in Sino-Korean (404 is 사백사), so its last sound comes from
its last non-zero digit or from the unit word of its trailing zeros.  A
Korean field of a catalogue text written ``{code:은/는}`` is followed by the
particle its value calls for.
"""

from __future__ import annotations

import string as _string

from ._abnf import TCHAR_SYMBOLS as _TCHAR_SYMBOLS
from ._arguments import language as _language
from ._arguments import text as _text
from ._data.messages import MESSAGES as _MESSAGES
from ._errors import EXCERPT as _EXCERPT
from ._errors import excerpt as _excerpt
from ._errors import quoted as _quoted
from ._errors import show_int as _show_int
from ._errors import wrong_type as _wrong_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

#: Every key of the catalogue, such as ``"note.deprecated"``.
KEYS: frozenset[str] = frozenset(_MESSAGES)

__all__ = ["KEYS", "message", "particle"]

# The particle pairs this module knows: (after a consonant, after a vowel).
# "으로/로" is special: after the consonant ㄹ it takes the vowel form.
_PAIRS = {
    "은/는": ("은", "는"),
    "이/가": ("이", "가"),
    "을/를": ("을", "를"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
}

# How each digit ends when read in Sino-Korean: the final consonant (batchim)
# or "" for none. 0 only matters alone (영); 일, 칠 and 팔 end in ㄹ.
_DIGIT_ENDINGS = {
    "0": "ㅇ",
    "1": "ㄹ",
    "2": "",
    "3": "ㅁ",
    "4": "",
    "5": "",
    "6": "ㄱ",
    "7": "ㄹ",
    "8": "ㄹ",
    "9": "",
}
# The unit word read for a number's trailing zeros: 십, 백, 천, 만 ... 억.
_UNIT_ENDINGS = ("ㅂ", "ㄱ", "ㄴ", "ㄴ", "ㄴ", "ㄴ", "ㄴ", "ㄱ")

_HANGUL_FIRST = 0xAC00
_HANGUL_LAST = 0xD7A3
# Final consonants in Unicode syllable order; index 0 is "no final consonant".
_FINALS = (
    "",
    "ㄱ",
    "ㄲ",
    "ㄳ",
    "ㄴ",
    "ㄵ",
    "ㄶ",
    "ㄷ",
    "ㄹ",
    "ㄺ",
    "ㄻ",
    "ㄼ",
    "ㄽ",
    "ㄾ",
    "ㄿ",
    "ㅀ",
    "ㅁ",
    "ㅂ",
    "ㅄ",
    "ㅅ",
    "ㅆ",
    "ㅇ",
    "ㅈ",
    "ㅊ",
    "ㅋ",
    "ㅌ",
    "ㅍ",
    "ㅎ",
)


def _ending(word: str) -> str | None:
    """The final consonant of ``word`` as read aloud, "" for a vowel, or None
    when it cannot be told (Latin letters, punctuation, an empty string)."""
    stripped = word.rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    if _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        return _FINALS[(ord(last) - _HANGUL_FIRST) % 28]
    if last.isascii() and last.isdigit():
        # The number the word ends in, found by C-level scans: a word of a
        # million digits costs one pass, not a million concatenations.
        digits = stripped[len(stripped.rstrip("0123456789")) :]
        number = digits.lstrip("0")
        if not number:
            return _DIGIT_ENDINGS["0"]
        zeros = len(number) - len(number.rstrip("0"))
        if zeros == 0:
            return _DIGIT_ENDINGS[number[-1]]
        if zeros <= len(_UNIT_ENDINGS):
            return _UNIT_ENDINGS[zeros - 1]
    return None


def particle(word: int | str, pair: str) -> str:
    """``word`` followed by the form of ``pair`` its last sound calls for.

    ``pair`` is one of "은/는", "이/가", "을/를", "과/와", "으로/로".

    >>> particle(404, "은/는"), particle(200, "은/는"), particle(301, "은/는")
    ('404는', '200은', '301은')
    >>> particle(302, "으로/로"), particle(303, "으로/로"), particle(307, "으로/로")
    ('302로', '303으로', '307로')
    >>> particle("찾을 수 없음", "이/가")
    '찾을 수 없음이'

    Where the ending cannot be told (a Latin word), both forms are written,
    consonant form first, as Korean does by convention: ``Found은(는)``.
    """
    pair = _text(pair, "pair")
    if pair not in _PAIRS:
        known = ", ".join(repr(key) for key in _PAIRS)
        raise ValueError(
            f"unknown particle pair {_excerpt(pair)}; expected one of {known}"
        )
    consonant, vowel = _PAIRS[pair]
    text = _word(word).rstrip()
    ending = _ending(text)
    if ending is None:
        if pair == "으로/로":
            return f"{text}(으)로"
        return f"{text}{consonant}({vowel})"
    if ending == "" or (pair == "으로/로" and ending == "ㄹ"):
        return text + vowel
    return text + consonant


def _word(word: object) -> str:
    """The text of a word or number, read as its plain value."""
    if isinstance(word, str):
        return str.__str__(word)
    if isinstance(word, int) and not isinstance(word, bool):
        number = int.__index__(word)
        try:
            return int.__repr__(number)
        except ValueError:  # more digits than Python writes (4300 by default)
            raise ValueError(
                f"{_show_int(number)} has too many digits to write"
            ) from None
    raise TypeError(_wrong_type("word", "an int or str", word))


class _ParticleFormatter(_string.Formatter):
    """A format spec that contains "/" names a particle pair, not a format."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "/" in format_spec:
            if not isinstance(value, (int, str)):
                value = format(value, "")
            return particle(value, format_spec)
        text: str = format(value, format_spec)
        return text


_FORMATTER = _ParticleFormatter()


def _fill(template: str, lang: Literal["en", "ko"], fields: dict[str, object]) -> str:
    """``template`` with its fields filled in, as every message quotes what
    it was given: ``{value!r}`` quotes text bounded, at most ``EXCERPT``
    characters of it, or as many as the precision of its spec says
    (``{value!r:.40}``), and says in ``lang`` how many were left out
    ("label.omitted").  That count follows the parenthesis the quotation
    stands in, if any: "값('bytes …'...) (이하 130자 생략)이", so that a
    particle after the parenthesis is not doubled into "))이"."""
    parts: list[str] = []
    omitted = ""
    for text, name, given_spec, conversion in _FORMATTER.parse(template):
        literal = text
        if omitted:
            closing = ")" if literal.startswith(")") else ""
            parts.append(f"{closing} {omitted}")
            literal = literal[len(closing) :]
            omitted = ""
        parts.append(literal)
        if name is None:
            continue
        value, _ = _FORMATTER.get_field(name, (), fields)
        spec = given_spec or ""
        if conversion == "r" and isinstance(value, str):
            limit = int(spec[1:]) if spec.startswith(".") else _EXCERPT
            head, count = _quoted(value, limit)
            parts.append(head)
            if count:
                parts.append("...")
                omitted = message("label.omitted", lang, count=count)
            continue
        value = _FORMATTER.convert_field(value, conversion)
        parts.append(_FORMATTER.format_field(value, spec))
    if omitted:
        parts.append(f" {omitted}")
    return "".join(parts)


# Fields that name a rule of the grammar, which the library fills in itself,
# so that a text states the rule as the grammar (_abnf) holds it.
_GRAMMAR_FIELDS: dict[str, object] = {"token_symbols": _TCHAR_SYMBOLS}


def message(key: str, lang: Literal["en", "ko"], /, **fields: object) -> str:
    """The catalogue text ``key`` in ``lang`` ("en" or "ko"), filled in.

    ``KeyError`` for a key that is not in ``KEYS``, or for a field the text
    names that ``fields`` lacks; ``ValueError`` for another language.  The
    field ``{token_symbols}`` is the library's own: the symbols an HTTP
    token may hold besides letters and digits (RFC 9110, Section 5.6.2).

    >>> message("note.unregistered", "ko")
    'IANA에 등록되지 않음'
    """
    key = _text(key, "key")
    if key not in _MESSAGES:
        raise KeyError(f"no message {_excerpt(key)} in the catalogue")
    english, korean = _MESSAGES[key]
    template = korean if _language(lang) == "ko" else english
    return _fill(template, _language(lang), {**_GRAMMAR_FIELDS, **fields})


del TYPE_CHECKING
