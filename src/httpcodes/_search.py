"""Full-text search over the registry, in English and Korean, best match first."""

from __future__ import annotations

from ._status import StatusCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

# How much a query word is worth, by where it is found.  A word in the name
# of a code says more than a word in its description.
_TITLE_WEIGHT: Final = 10  # phrase, Korean title, member names, older phrases
_DESCRIPTION_WEIGHT: Final = 2
_EXACT_BONUS: Final = 50  # the whole query is the phrase or the Korean title


def _fold(text: str) -> str:
    # casefold() rather than lower(): search is forgiving, unlike lookup().
    return " ".join(text.replace("-", " ").replace("_", " ").casefold().split())


def _titles(member: StatusCode) -> str:
    names = [name for name, m in StatusCode.__members__.items() if m is member]
    return _fold(" | ".join([member.phrase, member.phrase_ko, *names, *member.aliases]))


def _descriptions(member: StatusCode) -> str:
    return _fold(f"{member.description} | {member.description_ko}")


def search(text: str) -> list[tuple[StatusCode, int]]:
    """Codes matching every word of ``text``, with scores, best first.

    A word matches when it occurs anywhere (substring, case-insensitively) in
    the code's phrase, Korean title, names, older phrases or either
    description, or when it is the code's number.  Ties keep code order.
    """
    query = _fold(text)
    words = query.split()
    if not words:
        return []
    found = []
    for member in StatusCode:
        titles, descriptions = _titles(member), _descriptions(member)
        score = 0
        for word in words:
            if word == str(member.code):
                score += _EXACT_BONUS
            elif word in titles:
                score += _TITLE_WEIGHT
            elif word in descriptions:
                score += _DESCRIPTION_WEIGHT
            else:
                break
        else:
            if query in (_fold(member.phrase), _fold(member.phrase_ko)):
                score += _EXACT_BONUS
            found.append((member, score))
    found.sort(key=lambda pair: -pair[1])
    return found
