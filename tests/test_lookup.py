"""lookup, get, classify and resolve: every accepted form and every error."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from fractions import Fraction
from http import HTTPStatus
from typing import Any

import pytest

from httpcodes import (
    StatusClass,
    StatusCode,
    UnknownStatusError,
    classify,
    get,
    lookup,
    resolve,
)
from httpcodes._data import codes as _data

from .facts import REGISTERED, IndexLike, MyInt

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

MEMBERS = list(StatusCode)
MEMBER_IDS = [str(m.value) for m in MEMBERS]
OLD_NAMES = [(row["code"], old) for row in _data.CODES for old in row["old_names"]]
ALIASES = [(row["code"], alias) for row in _data.CODES for alias in row["aliases"]]


class MyStr(str):
    __slots__ = ()


# -- every accepted form -------------------------------------------------------


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_lookup_by_number(member: StatusCode) -> None:
    code = member.value
    assert lookup(code) is member
    assert lookup(str(code)) is member
    assert lookup(f"  {code}\t\n") is member
    assert lookup(MyInt(code)) is member
    assert lookup(IndexLike(code)) is member
    assert lookup(member) is member


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_lookup_by_name(member: StatusCode) -> None:
    name = member.name
    assert lookup(name) is member
    assert lookup(name.lower()) is member
    assert lookup(name.replace("_", " ")) is member
    assert lookup(name.replace("_", "-").title()) is member
    assert lookup(f" {name} ") is member


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_lookup_by_phrase(member: StatusCode) -> None:
    phrase = member.phrase
    assert lookup(phrase) is member
    assert lookup(phrase.lower()) is member
    assert lookup(phrase.upper()) is member
    assert lookup(phrase.swapcase()) is member
    assert lookup(phrase.replace(" ", "_")) is member
    assert lookup(phrase.replace(" ", "-")) is member
    assert lookup(phrase.replace("-", " ")) is member
    assert lookup("\t" + phrase + "  ") is member
    assert lookup(MyStr(phrase)) is member


@pytest.mark.parametrize(("code", "alias"), ALIASES)
def test_lookup_by_alias(code: int, alias: str) -> None:
    assert lookup(alias).value == code
    assert lookup(alias.lower()).value == code
    assert lookup(alias.upper().replace(" ", "_")).value == code


@pytest.mark.parametrize(("code", "old"), OLD_NAMES)
def test_lookup_by_old_name(code: int, old: str) -> None:
    assert lookup(old).value == code
    assert lookup(old.lower().replace("_", " ")).value == code


@pytest.mark.parametrize("member", list(HTTPStatus), ids=str)
def test_lookup_httpstatus_members(member: HTTPStatus) -> None:
    assert lookup(member) is StatusCode(member.value)
    assert lookup(member.name) is StatusCode(member.value)
    assert lookup(member.phrase) is StatusCode(member.value)


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("Not Found", 404),
        ("not found", 404),
        ("NOT_FOUND", 404),
        ("not-found", 404),
        ("payload too large", 413),
        ("Request Entity Too Large", 413),
        ("request-uri too long", 414),
        ("Moved Temporarily", 302),
        ("I'm a teapot", 418),
        ("im a teapot", 418),
        ("Switching Protocol", 101),
        ("Multi Status", 207),
        ("multi-status", 207),
        ("Multiple Choice", 300),
        ("Unused", 306),
        ("non authoritative information", 203),
        ("Non-Authoritative  Information", 203),
        ("Request Time-out", 408),
        ("Gateway Time-out", 504),
    ],
)
def test_lookup_examples(key: str, code: int) -> None:
    assert lookup(key).value == code


# -- errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        True,
        False,
        404.0,
        404.5,
        float("nan"),
        b"404",
        bytearray(b"404"),
        None,
        [404],
        (404,),
        {404: 1},
        {404},
        404j,
        Decimal(404),
        Fraction(404),
        object(),
    ],
    ids=repr,
)
def test_wrong_types_raise_type_error(key: object) -> None:
    with pytest.raises(TypeError, match="must be an int or str"):
        lookup(key)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        get(key)  # type: ignore[call-overload]


def test_type_error_for_a_whole_float_says_how_to_fix_it() -> None:
    with pytest.raises(TypeError, match=r"pass int\(404\.0\) if 404 is meant"):
        lookup(404.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key",
    [
        "٤٠٤",  # Arabic-Indic digits
        "४०४",  # Devanagari digits
        "４０４",  # full-width digits
        "𝟒𝟎𝟒",  # mathematical bold digits
        "+404",
        "-404",
        "404-",
        "_404",
        "4_04",
        "404.0",
        "0x194",
        "0404",
        "40 4",
        "404\u00a0",  # no-break space is not stripped
        "\u3000404",  # ideographic space
        "O\u212a",  # "OK" with a Kelvin sign, which lower() turns into "k"
        "",
        "   ",
        "Not Foundx",
        "found not",
        "999",
        "471",
        "00",
        "Unprocessable",
        "(Unused)",
        "찾을수없음",  # a Korean title matches only as written
        "찾을 수  없음",
        "찾을 수 없음\u00a0",
        "없음",
        "체크포인트",  # an unofficial code's title is no key
    ],
)
def test_unknown_text_raises_unknown_status_error(key: str) -> None:
    with pytest.raises(UnknownStatusError) as caught:
        lookup(key)
    error = caught.value
    assert isinstance(error, LookupError)
    assert isinstance(error, ValueError)
    assert error.key is key
    assert repr(key) in str(error)
    assert get(key) is None
    assert get(key, "default") == "default"


@pytest.mark.parametrize("key", [999, 0, -1, 1, 99, 471, 299, 600, 10**30, -(10**30)])
def test_unknown_numbers_raise_unknown_status_error(key: int) -> None:
    with pytest.raises(UnknownStatusError) as caught:
        lookup(key)
    assert str(key) in str(caught.value)
    assert caught.value.suggestions == ()
    assert get(key) is None
    assert get(IndexLike(key)) is None


def test_unknown_number_in_range_names_the_fallback() -> None:
    with pytest.raises(UnknownStatusError, match="as 400 Bad Request"):
        lookup(471)
    with pytest.raises(UnknownStatusError, match="from 100 to 599"):
        lookup(999)


def test_suggestions() -> None:
    with pytest.raises(UnknownStatusError) as caught:
        lookup("not fond")
    assert caught.value.suggestions[0] == "Not Found"
    assert "did you mean 'Not Found'" in str(caught.value)
    with pytest.raises(UnknownStatusError) as caught:
        lookup("teapot")
    assert caught.value.suggestions == ("I'm a Teapot",)
    with pytest.raises(UnknownStatusError) as caught:
        lookup("xyzzy")
    assert caught.value.suggestions == ()
    assert "did you mean" not in str(caught.value)


def test_error_for_wrong_digit_count() -> None:
    with pytest.raises(UnknownStatusError, match="exactly three digits"):
        lookup("0404")


def test_error_for_non_ascii_says_keys_are_ascii() -> None:
    with pytest.raises(UnknownStatusError, match="ASCII"):
        lookup("٤٠٤")


# -- Korean titles (docs/api.md, "lookup") ---------------------------------------


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("찾을 수 없음", 404),
        ("성공", 200),
        ("  요청 헤더가 너무 큼\t", 431),  # surrounding ASCII white space
        ("지원하지 않는 HTTP 버전", 505),
        ("나는 찻주전자", 418),
    ],
)
def test_a_korean_title_is_a_key(key: str, code: int) -> None:
    assert lookup(key).code == code
    assert get(key) is StatusCode(code)


def test_every_korean_title_is_a_key() -> None:
    for member in StatusCode:
        assert lookup(member.phrase_ko) is member


def test_a_near_korean_title_is_suggested() -> None:
    with pytest.raises(UnknownStatusError) as caught:
        lookup("찾을수없음")
    assert caught.value.suggestions == ("찾을 수 없음",)
    assert "exact Korean titles" in str(caught.value)
    assert "search()" in str(caught.value)


@pytest.mark.parametrize(
    "statement",
    ["lookup(404)", "get('404')", "get('not found')", "get('nope')", "get(299)"],
)
def test_numbers_and_ascii_text_do_not_load_the_data(statement: str) -> None:
    """Only text that is not ASCII can be a Korean title; nothing else
    reads the titles, which live in the data module (docs/design.md)."""
    import subprocess
    import sys

    code = (
        "import sys, httpcodes\n"
        f"from httpcodes import get, lookup\n{statement}\n"
        "print('httpcodes._data.codes' in sys.modules)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "False"
    korean = code.replace(statement, "get('찾을 수 없음')")
    found = subprocess.run(
        [sys.executable, "-c", korean], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "True"


# -- get -----------------------------------------------------------------------


def test_get() -> None:
    assert get(404) is StatusCode.NOT_FOUND
    assert get("not found") is StatusCode.NOT_FOUND
    assert get(299) is None
    assert get(299, StatusCode.OK) is StatusCode.OK
    assert get("nope", 0) == 0
    assert get(HTTPStatus.OK) is StatusCode.OK


# -- classify and resolve over every integer from -1 to 1000 ------------------

CLASS_BY_DIGIT = {
    1: StatusClass.INFORMATIONAL,
    2: StatusClass.SUCCESSFUL,
    3: StatusClass.REDIRECTION,
    4: StatusClass.CLIENT_ERROR,
    5: StatusClass.SERVER_ERROR,
}
FIRST_OF_CLASS = {
    1: StatusCode.CONTINUE,
    2: StatusCode.OK,
    3: StatusCode.MULTIPLE_CHOICES,
    4: StatusCode.BAD_REQUEST,
    5: StatusCode.INTERNAL_SERVER_ERROR,
}


def test_classify_and_resolve() -> None:
    # Every number from -1 to 1000 in one test: the rule is one function, and
    # a thousand parametrized cases would only inflate the count.
    for number in range(-1, 1001):
        if 100 <= number <= 599:
            digit = int(str(number)[0])
            assert classify(number) is CLASS_BY_DIGIT[digit]
            assert classify(IndexLike(number)) is CLASS_BY_DIGIT[digit]
            registered = number in REGISTERED
            expected = number if registered else FIRST_OF_CLASS[digit].value
            assert resolve(number).value == expected, number
            assert resolve(MyInt(number)).value == expected, number
        else:
            with pytest.raises(UnknownStatusError, match="from 100 to 599"):
                classify(number)
            with pytest.raises(UnknownStatusError, match="from 100 to 599"):
                resolve(number)


def test_resolve_examples() -> None:
    assert resolve(471) is StatusCode.BAD_REQUEST
    assert resolve(299) is StatusCode.OK
    assert resolve(199) is StatusCode.CONTINUE
    assert resolve(599) is StatusCode.INTERNAL_SERVER_ERROR
    assert resolve(404) is StatusCode.NOT_FOUND
    assert resolve(HTTPStatus.IM_USED) is StatusCode.IM_USED


@pytest.mark.parametrize("value", [True, False, 404.0, "404", None, b"404"], ids=repr)
def test_classify_and_resolve_refuse_non_ints(value: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        classify(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an int"):
        resolve(value)  # type: ignore[arg-type]


def test_classify_hint_for_text() -> None:
    with pytest.raises(TypeError, match=r"lookup\('404'\)"):
        classify("404")  # type: ignore[arg-type]


# -- fuzz ------------------------------------------------------------------------

# An independent statement of the documented rules (docs/api.md), used as the
# oracle: a text key is a known spelling's words, in order, matched without
# regard to ASCII case, joined by runs of space, hyphen or underscore, with
# optional separators at either end and ASCII white space around; at most
# 100 characters; ASCII only.  Written as regular expressions, not as the
# implementation's fold-and-probe.
_SEPARATORS = "[ _-]"
_AROUND = "[ \\t\\n\\r\\f\\v]*"


def _spelling_pattern(spelling: str) -> re.Pattern[str]:
    words = [w for w in re.split(_SEPARATORS + "+", spelling) if w]
    body = f"{_SEPARATORS}+".join(re.escape(w) for w in words)
    return re.compile(
        f"{_AROUND}{_SEPARATORS}*{body}{_SEPARATORS}*{_AROUND}",
        re.IGNORECASE | re.ASCII,
    )


SPELLINGS = [
    (_spelling_pattern(key), row["code"])
    for row in _data.CODES
    for key in (row["name"], row["phrase"], *row["old_names"], *row["aliases"])
]
ASCII_SPACE = " \t\n\r\f\v"
UNICODE_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲३४५０１２３４５６７８９𝟎𝟏𝟐"
UNICODE_SPACE = " \t\n\u00a0\u2003\u3000\u200b\x1c\x1f"


def expected_code(key: object) -> int | type[Exception]:
    """The code lookup() must return for key, or the exception it must raise."""
    if isinstance(key, bool):
        return TypeError
    if isinstance(key, int):
        return key if key in REGISTERED else UnknownStatusError
    if not isinstance(key, str):
        return TypeError
    if len(key) > 100 or not key.isascii():
        return UnknownStatusError
    if re.fullmatch(f"{_AROUND}[0-9]{{3}}{_AROUND}", key, re.ASCII):
        number = int(key.strip(ASCII_SPACE))
        return number if number in REGISTERED else UnknownStatusError
    codes = {code for pattern, code in SPELLINGS if pattern.fullmatch(key)}
    assert len(codes) <= 1, key  # no spelling names two codes
    return codes.pop() if codes else UnknownStatusError


def mutate_case_and_separators(rng: random.Random, text: str) -> str:
    out = []
    for ch in text:
        if ch in " -_":
            out.append(rng.choice([" ", "-", "_", "  ", " - ", "\t", "\x1c"]))
        else:
            out.append(ch.upper() if rng.random() < 0.5 else ch.lower())
    return "".join(out)


def random_key(rng: random.Random) -> Any:  # typed Any: keys of every type
    kind = rng.randrange(12)
    if kind == 10:  # long text, padded around a known phrase
        pad = " " * rng.randint(40, 60)
        return pad + rng.choice(["Not Found", "OK", "x" * 30]) + pad
    if kind == 11:  # huge ints
        return rng.choice([1, -1]) * 10 ** rng.randint(20, 5000)
    if kind == 0:
        return rng.randint(-50, 1100)
    if kind == 1:
        return rng.choice(sorted(REGISTERED)) + rng.choice([0, 0, 1, -1, 100])
    if kind == 2:
        return "".join(rng.choice(UNICODE_DIGITS) for _ in range(rng.randint(0, 5)))
    if kind == 3:
        pad = "".join(rng.choice(UNICODE_SPACE) for _ in range(rng.randint(0, 2)))
        return pad + str(rng.choice(sorted(REGISTERED))) + pad[::-1]
    if kind == 4:
        row = rng.choice(_data.CODES)
        base = rng.choice([row["name"], row["phrase"], *row["aliases"]])
        text = mutate_case_and_separators(rng, base)
        if rng.random() < 0.3:  # a typo
            i = rng.randrange(len(text))
            text = text[:i] + rng.choice("aeiouxz") + text[i + 1 :]
        return text
    if kind == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 4)))
    if kind == 6:
        return rng.choice([rng.uniform(-1000, 1000), float(rng.randint(100, 599))])
    if kind == 7:
        return rng.choice([None, True, False, [], (), {}])
    if kind == 8:
        return MyInt(rng.randint(90, 610))
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -_'0123456789é찾"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def test_fuzz() -> None:
    rng = random.Random(20251115)
    outcomes: dict[object, int] = {}
    for _ in range(5000):
        key = random_key(rng)
        expected = expected_code(key)
        kind = int if isinstance(expected, int) else expected
        outcomes[kind] = outcomes.get(kind, 0) + 1
        if isinstance(expected, int):
            assert lookup(key).value == expected, key
            assert get(key) is StatusCode(expected), key
        else:
            with pytest.raises(expected):
                lookup(key)
            if expected is UnknownStatusError:
                assert get(key) is None, key
            else:
                with pytest.raises(TypeError):
                    get(key)
        # classify and resolve take ints only.
        if isinstance(key, int) and not isinstance(key, bool):
            if 100 <= key <= 599:
                assert classify(key).value == int(str(key)[0])
                registered = key in REGISTERED
                assert resolve(key).value == (key if registered else key // 100 * 100)
            else:
                with pytest.raises(ValueError, match="from 100 to 599"):
                    classify(key)
                with pytest.raises(ValueError, match="from 100 to 599"):
                    resolve(key)
        else:
            with pytest.raises(TypeError):
                classify(key)
            with pytest.raises(TypeError):
                resolve(key)
    # The keys exercise every outcome, not only the easy one.
    assert min(outcomes.get(k, 0) for k in (int, UnknownStatusError, TypeError)) > 500


@pytest.mark.parametrize(
    ("number", "treated_as"),
    [
        (100, 100),
        (101, 100),
        (199, 100),
        (200, 200),
        (404, 400),
        (503, 500),
        (599, 500),
        (99, None),
        (600, None),
        (0, None),
    ],
)
def test_an_unknown_code_is_treated_as_the_x00_code_of_its_class(
    number: int, treated_as: int | None
) -> None:
    """RFC 9110, Section 15: a client that does not know a code treats it as
    the x00 code of its class; outside 100 to 599 there is no class."""
    from httpcodes._range import fallback

    assert fallback(number) == treated_as
