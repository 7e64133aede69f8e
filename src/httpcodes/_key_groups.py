"""How the words after ``httpcodes`` become keys.

A phrase needs no quotes, so ``httpcodes not found`` must look up one key,
"not found", while ``httpcodes 520 522`` looks up two.  The rule, stated in
docs/cli.md and in ``httpcodes lookup --help``:

1. If all the arguments joined by spaces name a code, that is the one key.
2. Otherwise an argument made only of digits, or one that holds white space
   (a quoted phrase), is a key by itself.
3. Each run of other arguments between them is split into the fewest whole
   names or phrases (the longest first when there is a choice):
   ``not found gone`` is "not found" and "gone".
4. A run that cannot be split that way is one unknown key: it is reported
   with suggestions, and no part of it is answered, so "nott found" never
   answers 302 Found.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["group_keys"]

# No registered name or phrase has more words than this (the longest,
# "Request Header Fields Too Large", has five); longer pieces are not tried,
# so a long run costs a number of tries linear in its length.
_MOST_WORDS = 8


def group_keys(
    arguments: Sequence[str], names_a_code: Callable[[str], bool]
) -> list[str]:
    """The keys ``arguments`` spell; ``names_a_code(text)`` says whether a
    text is a registered name or phrase."""
    if len(arguments) > 1 and names_a_code(" ".join(arguments)):
        return [" ".join(arguments)]
    keys: list[str] = []
    run: list[str] = []
    for argument in arguments:
        if _stands_alone(argument):
            keys.extend(_split_run(run, names_a_code))
            run = []
            keys.append(argument)
        else:
            run.append(argument)
    keys.extend(_split_run(run, names_a_code))
    return keys


def _stands_alone(argument: str) -> bool:
    text = argument.strip()
    return (text.isascii() and text.isdigit()) or len(text.split()) > 1


def _split_run(run: list[str], names_a_code: Callable[[str], bool]) -> list[str]:
    if len(run) <= 1:
        return list(run)
    # best[i]: the fewest whole keys that spell run[i:], or None.
    best: list[list[str] | None] = [None] * len(run) + [[]]
    for start in range(len(run) - 1, -1, -1):
        last = min(len(run), start + _MOST_WORDS)
        for end in range(last, start, -1):  # longest piece first
            rest = best[end]
            piece = " ".join(run[start:end])
            if rest is None or not names_a_code(piece):
                continue
            candidate = [piece, *rest]
            current = best[start]
            if current is None or len(candidate) < len(current):
                best[start] = candidate
    found = best[0]
    return [" ".join(run)] if found is None else found
