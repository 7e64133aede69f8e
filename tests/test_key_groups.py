"""Which words form one key: the rule of docs/cli.md, "Several keys"."""

from __future__ import annotations

import pytest

from httpcodes import get
from httpcodes.cli._commands import group_keys


def registered(text: str) -> bool:
    return get(text) is not None


@pytest.mark.parametrize(
    ("arguments", "keys"),
    [
        (["404"], ["404"]),
        (["520", "522"], ["520", "522"]),
        (["299", "499"], ["299", "499"]),
        (["not", "found"], ["not found"]),
        (["request", "entity", "too", "large"], ["request entity too large"]),
        # A phrase, then a word that is a key alone: both answered.
        (["not", "found", "gone"], ["not found", "gone"]),
        (["found", "gone"], ["found", "gone"]),
        # Numbers stand alone and split the words around them.
        (["not", "found", "410", "gone"], ["not found", "410", "gone"]),
        (
            ["200", "NOT_FOUND", "service", "unavailable"],
            ["200", "NOT_FOUND", "service unavailable"],
        ),
        # A run that cannot be split into whole keys is one unknown key:
        # "found" is never answered out of "nott found".
        (["nott", "found"], ["nott found"]),
        (["not", "nope", "found"], ["not nope found"]),
        (["nope", "404", "xyzzy"], ["nope", "404", "xyzzy"]),
        # A quoted phrase stays one key.
        (["not found", "gone"], ["not found", "gone"]),
        ([], []),
    ],
)
def test_grouping(arguments: list[str], keys: list[str]) -> None:
    assert group_keys(arguments, registered) == keys


def test_the_fewest_keys_win() -> None:
    """Where words split two ways, the split with fewer keys is taken."""
    known = {"a", "b", "c", "a b", "b c", "a b c d"}
    assert group_keys(["a", "b", "c"], known.__contains__) == ["a b", "c"]
    assert group_keys(["a", "b", "c", "d"], known.__contains__) == ["a b c d"]


def test_a_long_run_costs_few_tries() -> None:
    tries: list[str] = []

    def never(text: str) -> bool:
        tries.append(text)
        return False

    words = ["w"] * 200
    assert group_keys(words, never) == [" ".join(words)]
    assert len(tries) < 200 * 10
