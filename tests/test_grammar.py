"""The grammar readers of ``_abnf``, at their edges: each valid form beside
every near miss that one character makes.

The HTTP-date forms have fixed fields at fixed places (RFC 9110, Section
5.6.7), and their names are case-sensitive (``%s"Sun"``), so every edit of
one character that changes its class (a digit to a letter, a letter to a
digit or to the other case, a space or punctuation to something else), and
every deleted or inserted character, leaves text that is no HTTP-date.  The
expected answers are the RFC's, worked out by hand for the valid forms.
"""

from __future__ import annotations

import pytest

from httpcodes._abnf import (
    cache_directives,
    field_value_fault,
    is_challenge_list,
    is_entity_tag,
    is_link,
    is_token_or_quoted,
    link_relations,
    media_type,
    parse_content_range,
    parse_http_date,
    unquote,
    uri_reference_problem,
    vary_fault,
)

# Each valid form: its fields as written (form, day name, day, month, year,
# hour, minute, second).
VALID_DATES = {
    "Sun, 06 Nov 1994 08:49:37 GMT": ("IMF-fixdate", "Sun", 6, 11, 1994, 8, 49, 37),
    "Thu, 31 Dec 9999 23:59:60 GMT": ("IMF-fixdate", "Thu", 31, 12, 9999, 23, 59, 60),
    "Sunday, 06-Nov-94 08:49:37 GMT": (
        "rfc850-date",
        "Sunday",
        6,
        11,
        94,
        8,
        49,
        37,
    ),
    "Wednesday, 01-Jan-00 00:00:00 GMT": (
        "rfc850-date",
        "Wednesday",
        1,
        1,
        0,
        0,
        0,
        0,
    ),
    "Sun Nov  6 08:49:37 1994": ("asctime-date", "Sun", 6, 11, 1994, 8, 49, 37),
    "Mon Feb 28 12:00:59 2000": ("asctime-date", "Mon", 28, 2, 2000, 12, 0, 59),
}


def _fields(text: str) -> tuple[object, ...] | None:
    date = parse_http_date(text)
    if date is None:
        return None
    return (
        date.form,
        date.day_name,
        date.day,
        date.month,
        date.year,
        date.hour,
        date.minute,
        date.second,
    )


@pytest.mark.parametrize(("text", "fields"), VALID_DATES.items())
def test_each_form_is_read_field_by_field(
    text: str, fields: tuple[object, ...]
) -> None:
    assert _fields(text) == fields


def _other_class(char: str) -> list[str]:
    """Characters of another class than ``char``, as the grammar sees it."""
    if char.isdigit():
        return ["x", " ", ":"]
    if char.isalpha():
        return ["1", char.swapcase(), " "]
    return ["1", "x", "-" if char != "-" else "_"]


def _near_misses(text: str) -> list[str]:
    misses = []
    # asctime-date's day is 2DIGIT or SP DIGIT: its two places are tested
    # on their own below.
    day = (8, 9) if parse_http_date(text) and text[3] == " " else ()
    for i, char in enumerate(text):
        if i in day:
            continue
        misses += [text[:i] + other + text[i + 1 :] for other in _other_class(char)]
        misses.append(text[:i] + text[i + 1 :])
    misses += [text + " ", " " + text, text + "0", text[:-1]]
    return misses


@pytest.mark.parametrize("text", VALID_DATES)
def test_every_near_miss_of_a_date_is_no_date(text: str) -> None:
    read = [miss for miss in _near_misses(text) if parse_http_date(miss) is not None]
    assert read == []


@pytest.mark.parametrize(
    "text",
    [
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 06 November 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 8:49:37 GMT",
        "Sun,  06 Nov 1994 08:49:37 GMT",
        "Sun 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06-Nov-94 08:49:37 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Funday, 06-Nov-94 08:49:37 GMT",
        "Sunday,06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 94",
        "Sunday Nov  6 08:49:37 1994",
        "Sun Nov  6 08:49:37 1994 GMT",
        "",
        "GMT",
    ],
)
def test_other_spellings_of_a_date_are_no_date(text: str) -> None:
    assert parse_http_date(text) is None


@pytest.mark.parametrize(
    ("day", "read"),
    [
        (" 6", 6),
        ("06", 6),
        ("16", 16),
        ("6 ", None),
        ("x6", None),
        (" x", None),
        ("  ", None),
        ("1x", None),
        ("-6", None),
    ],
)
def test_the_asctime_day_is_two_digits_or_a_space_and_a_digit(
    day: str, read: int | None
) -> None:
    # date1 = month SP ( 2DIGIT / ( SP DIGIT ) )
    date = parse_http_date(f"Sun Nov {day} 08:49:37 1994")
    assert (date.day if date else None) == read


# -- RFC 9110, Section 8.8.3: entity-tag = [ W/ ] DQUOTE *etagc DQUOTE, where
# -- etagc = %x21 / %x23-7E / obs-text (%x80-FF) -------------------------------

ENTITY_TAGS = [
    ('""', True),
    ('"x"', True),
    ('W/"x"', True),
    ('W/""', True),
    ('"!#~"', True),  # %x21, %x23, %x7E: the ends of the ranges
    ('"\x80\xff"', True),  # obs-text
    ('"\x80!"', True),
    ('"\x80#"', True),
    ('"\x80~"', True),
    ('"\x80\x80"', True),
    ('"a b"', False),  # SP
    ('" a"', False),
    ('"a "', False),
    ('"a"b"', False),  # DQUOTE inside
    ('"\x80 "', False),
    ('"\x80""', False),
    ('"\x80\x7f"', False),  # DEL
    ('"\x80\x1f"', False),
    ('"\x80\u0100"', False),  # not an octet
    ('"\u4e00"', False),  # printable, but no octet
    ('"\xe9"', True),  # obs-text alone
    ('"\x80\x20"', False),
    ('"x', False),
    ('x"', False),
    ('"', False),
    ("", False),
    ("W/", False),
    ('w/"x"', False),  # %s"W/": case-sensitive
    ('W"x"', False),
    ("x", False),
]


@pytest.mark.parametrize(("value", "valid"), ENTITY_TAGS)
def test_entity_tags(value: str, valid: bool) -> None:
    assert is_entity_tag(value) is valid


# -- RFC 9110, Section 5.6.4: quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ) --


@pytest.mark.parametrize(
    ("quoted", "content"),
    [
        ('"ab"', "ab"),
        ('""', ""),
        ('"a\\"b"', 'a"b'),
        ('"a\\\\b"', "a\\b"),
        ('"\\x"', "x"),
        ('"\\\\\\""', '\\"'),
        ('"a\\ b"', "a b"),
    ],
)
def test_unquote_resolves_each_quoted_pair(quoted: str, content: str) -> None:
    assert unquote(quoted) == content


# -- RFC 9110, Section 14.4: Content-Range --------------------------------------


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("bytes 0-499/1234", ("bytes", "0", "499", "1234", False)),
        ("bytes 0-499/*", ("bytes", "0", "499", None, False)),
        ("bytes */1234", ("bytes", None, None, "1234", True)),
        ("bytes 007-0499/01234", ("bytes", "7", "499", "1234", False)),
        ("bytes 0-0/0", ("bytes", "0", "0", "0", False)),
        ("bytes */000", ("bytes", None, None, "0", True)),
        ("pages 1-2/3", ("pages", "1", "2", "3", False)),
    ],
)
def test_content_range_parts(
    value: str, parts: tuple[str, str | None, str | None, str | None, bool]
) -> None:
    parsed = parse_content_range(value)
    assert parsed is not None
    read = (parsed.unit, parsed.first, parsed.last, parsed.length, parsed.unsatisfied)
    assert read == parts


@pytest.mark.parametrize(
    "value",
    [
        "bytes",
        "bytes ",
        "bytes 0-499",
        "bytes 0-499/",
        "bytes 0-499/12a",
        "bytes 0-499/1/2",
        "bytes 0-4-9/12",
        "bytes -499/1234",
        "bytes 0-/1234",
        "bytes */",
        "bytes */*",
        "bytes **/12",
        "bytes */1 2",
        "bytes 0 -499/1234",
        "b@d 0-1/2",
        " 0-1/2",
        "bytes 0-1/2 ",
        "bytes  0-1/2",
    ],
)
def test_content_range_near_misses(value: str) -> None:
    assert parse_content_range(value) is None


# -- RFC 3986 as a URI-reference in Location (RFC 9110, Section 10.2.2): the
# -- first problem by position, counted from 1 ---------------------------------

URIS = [
    ("\x00a", ("control", 1, 1)),
    ("a\x1f", ("control", 2, 1)),
    ("a\x7f", ("control", 2, 1)),
    ("a\x80", ("control", 2, 1)),
    ("a\x9f", ("control", 2, 1)),
    ("a\xa0", ("character", 2, 1)),
    (" a", ("space", 1, 1)),
    ("a b", ("space", 2, 1)),
    ("a!", None),
    ('a"', ("character", 2, 1)),
    ("aé", ("character", 2, 1)),
    ("a<b>c", ("character", 2, 1)),
    ("a<é", ("character", 2, 1)),
    ("aé<", ("character", 2, 1)),
    ("%zz", ("percent", 1, 1)),
    ("a%4", ("percent", 2, 1)),
    ("a%4g", ("percent", 2, 1)),
    ("a%g4", ("percent", 2, 1)),
    ("a%%41", ("percent", 2, 1)),
    ("%41%4", ("percent", 4, 1)),
    ("%41x%4", ("percent", 5, 1)),
    ("%41%42", None),
    ("a%4A%4a", None),
    ("#a#", ("fragment", 3, 1)),
    ("##", ("fragment", 2, 1)),
    ("a#b#c", ("fragment", 4, 1)),
    ("a#b", None),
    ("a#", None),
    ("#a# b", ("fragment", 3, 1)),
    ("a b%zz", ("space", 2, 1)),
    ("%zz b", ("percent", 1, 1)),
    ("1http://x", ("scheme", 1, 5)),
    ("+a:b", ("scheme", 1, 2)),
    ("a_:x", ("scheme", 1, 2)),
    (":x", ("scheme", 1, 0)),
    ("a1+-.:x", None),
    ("a:b", None),
    ("/a:b", None),
    ("a/b:c", None),
    ("?a:b", None),
    ("#a:b", None),
    ("%41%zz%41", ("percent", 4, 1)),
    ("a#b#c#", ("fragment", 4, 1)),
    ("1X:y", ("scheme", 1, 2)),
    ("http://[::1]:80/x", None),
    ("http://[::1]/a/b", None),
    ("http://u@[::1]/", None),
    ("http://[v1.X]/", None),
    ("//[::1]", None),
    ("http://[::1]x/", ("character", 8, 1)),
    ("http://[::1]:8a/", ("character", 8, 1)),
    ("http://[::1]:a8/", ("character", 8, 1)),
    ("http://[::1]/a@b", None),  # an "@" past the authority is the path's
    ("//@[::1]", None),  # an empty userinfo
    ("http://[::1/a]", ("character", 8, 1)),  # the "]" is past the authority
    ("http://[::1]]", ("character", 8, 1)),
    ("a[b", ("character", 2, 1)),
    ("a b c", ("space", 2, 1)),  # the first of two alike
    ("//u@[::1]", None),  # a network-path reference with userinfo
    ("//?@[::1]", ("character", 5, 1)),  # the authority is empty; "[" is the query's
]


@pytest.mark.parametrize(("value", "problem"), URIS)
def test_uri_reference_problems(
    value: str, problem: tuple[str, int, int] | None
) -> None:
    assert uri_reference_problem(value) == problem


# -- RFC 8288, Section 3: the relation types of each link-value ----------------


@pytest.mark.parametrize(
    ("value", "relations"),
    [
        ("<a>; rel=next", [{"next"}]),
        ('<a>; rel="next prev", <b>; rel=up', [{"next", "prev"}, {"up"}]),
        ("<a>, , <b>; rel=x", [set(), {"x"}]),
        ("<a,b>; rel=x", [{"x"}]),
        ("<a>; REL=Next", [{"next"}]),
        ("<a>; rel", [set()]),
        ("<a>; title=x; rel=y", [{"y"}]),
        ('<a>; rel="a\\"b"', [{'a"b'}]),
        ('<a>; x="rel=y"', [set()]),
        ('<a>; rel="a=b"', [{"a=b"}]),
        ('<a>; rel=""', [set()]),
        ('<a>; title="x>y"; rel=z', [{"z"}]),
        ("x>; rel=y", None),
        ("<a,>; rel=x", [{"x"}]),  # a comma inside <...> separates nothing
        ("a", None),
        ("<a", None),
        ("<a>, b", None),
        ('<a>; rel="x', None),
    ],
)
def test_link_relations(value: str, relations: list[set[str]] | None) -> None:
    assert link_relations(value) == relations


# -- RFC 9110, Section 8.3.1: media-type = type "/" subtype parameters ---------


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("text/html", "text/html"),
        ("Text/HTML; q=1", "text/html"),
        ("text/html;;charset=utf-8", "text/html"),
        ("text/html; ; a=b", "text/html"),
        ('text/html; a="x;y"', "text/html"),
        ('text/html; a="x=y"', "text/html"),
        ('text/html; a=""', "text/html"),
        ("text/html; ; a", None),
        ("a/b/c", None),
        ("text/html; a=b=c", None),
        ("/html", None),
        ("text/", None),
        ("text html", None),
        ("text/html; =b", None),
        ("text/html; a", None),
        ("te xt/html", None),
    ],
)
def test_media_types(value: str, kind: str | None) -> None:
    assert media_type(value) == kind


# -- RFC 9110, Section 5.6.4: the octets of a field value and of a quoted-string --
#
# HTAB, SP, VCHAR (%x21-7E) and obs-text (%x80-FF): every other character,
# and every character above U+00FF (no octet), is refused.  The expected
# answers are worked out from those ranges, character by character.


def _text_octet(point: int) -> bool:
    return point in (0x09, 0x20) or 0x21 <= point <= 0x7E or 0x80 <= point <= 0xFF


CHARACTERS = [*range(0x101), 0x2028, 0x4E00]


@pytest.mark.parametrize("point", CHARACTERS, ids=hex)
def test_a_field_value_holds_text_octets_only(point: int) -> None:
    expected = None if _text_octet(point) else 1
    assert field_value_fault("a" + chr(point) + "b") == expected


@pytest.mark.parametrize("point", CHARACTERS, ids=hex)
def test_a_quoted_string_holds_text_octets_but_dquote_and_backslash(
    point: int,
) -> None:
    expected = _text_octet(point) and chr(point) not in '"\\'
    assert is_token_or_quoted('"' + chr(point) + '"') is expected


@pytest.mark.parametrize("point", CHARACTERS, ids=hex)
def test_a_quoted_pair_escapes_any_text_octet(point: int) -> None:
    assert is_token_or_quoted('"\\' + chr(point) + '"') is _text_octet(point)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ('""', True),
        ('"a"', True),
        ('"a\\', False),  # the escape has nothing to escape
        ('"\\', False),
        ('"a', False),
        ('"a"b', False),
        ("a", True),
        ("", False),
    ],
)
def test_token_or_quoted_string(text: str, valid: bool) -> None:
    assert is_token_or_quoted(text) is valid


# -- RFC 9111, Section 5.2: Cache-Control; RFC 9110, Section 12.5.5: Vary ------


@pytest.mark.parametrize(
    ("value", "directives"),
    [
        ("no-store", [("no-store", None)]),
        ("No-Store, max-age=5", [("no-store", None), ("max-age", "5")]),
        ("no-store,no-cache", [("no-store", None), ("no-cache", None)]),
        ('private="a, b", , x=""', [("private", '"a, b"'), ("", None), ("x", '""')]),
        ("max-age=5 6", None),
        ("a b", None),
        ('a="x', None),
    ],
)
def test_cache_directives(
    value: str, directives: list[tuple[str, str | None]] | None
) -> None:
    assert cache_directives(value) == directives


@pytest.mark.parametrize(
    ("value", "fault"),
    [
        ("*", None),
        ("accept, accept-language", None),
        ("accept,, x", ""),
        ('"x"', '"x"'),
        ('a, "b', 'a, "b'),
        ("a<b, c", "a<b"),  # "<" opens nothing outside Link
    ],
)
def test_vary_faults(value: str, fault: str | None) -> None:
    assert vary_fault(value) == fault


# -- RFC 9110, Section 11.6.1: challenges ------------------------------------------


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ('Basic realm="x", charset="UTF-8"', True),
        ("Bearer  abc", True),  # 1*SP
        ("Basic X=", True),  # a token68 of one character and its padding
        ('Bearer a="b=c"', True),
        ('Basic realm="x", Bearer', True),
        ("Bearer \tabc", False),  # only SP after the scheme
        ('Basic realm="x", a b c', False),
        ("Basic a=1, b=2, x y z", False),  # every element is read
        ('realm="x"', False),
        ("Bearer =", False),
    ],
)
def test_challenge_lists(value: str, valid: bool) -> None:
    assert is_challenge_list(value) is valid


# -- RFC 8288, Section 3: Link -----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("<a>; rel=next", True),
        ("<a>, , <b>", True),
        ('<a>; title="x>y"', True),
        ("<a>; rel", True),
        ("<a>, , b", False),
        ("a>", False),
        ("<%zz>", False),
        ("<a", False),
        ("<a> x", False),
        ("<a>; b c", False),
        ("<a>; rel=a b", False),
        ("<a>; =x", False),
    ],
)
def test_link_values(value: str, valid: bool) -> None:
    assert is_link(value) is valid
