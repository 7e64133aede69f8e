"""httpcodes._search: scores worked out by hand from the documented weights
(a word in a title 10, in a description only 2, the number or the whole
title 50)."""

from __future__ import annotations

import pytest

from httpcodes import StatusCode
from httpcodes._search import search


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("404", [(404, 50)]),
        # The number counts 50 wherever it stands in the query.
        ("not 404", [(404, 60)]),
        ("404 not", [(404, 60)]),
        # 10 + 10 for the words in the title, 50 for the whole phrase; 302
        # and 304 have "found" in their titles and "not" in a description.
        ("not found", [(404, 70), (302, 12), (304, 12)]),
        ("Not_Found", [(404, 70), (302, 12), (304, 12)]),
        ("  NOT--found ", [(404, 70), (302, 12), (304, 12)]),
        ("non-authoritative", [(203, 20)]),
        ("gateway", [(502, 10), (504, 10)]),
        ("server timeout", [(408, 12), (504, 12)]),
        ("찾을 수 없음", [(404, 80)]),
        ("", []),
        ("xyzzy", []),
    ],
)
def test_scores(query: str, expected: list[tuple[int, int]]) -> None:
    assert [(member.value, score) for member, score in search(query)] == expected


def test_a_word_in_no_title_scores_as_a_description_word() -> None:
    # "xx" is in no title (phrases and names are words), only in
    # descriptions that write a class as "5xx".
    expected = [
        (member.value, 2)
        for member in StatusCode
        if "xx" in f"{member.description} {member.description_ko}".casefold()
    ]
    assert expected  # 500's description names "5xx"
    assert [(member.value, score) for member, score in search("xx")] == expected
