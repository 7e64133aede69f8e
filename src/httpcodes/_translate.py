"""Words of the command line in the language asked for, from ``_messages``.

``message("error.unknown_key", "ko", key="'x'")`` fills the catalogue's
Korean text.  A Korean field written ``{code:은/는}`` is followed by the
particle its value's last sound calls for (``_korean.particle``), so no
message ever shows "은(는)".
"""

from __future__ import annotations

import string

from ._korean import particle
from ._messages import MESSAGES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Lang = Literal["en", "ko", "both"]
    OneLang = Literal["en", "ko"]

__all__ = ["languages", "message", "one_language"]


class _ParticleFormatter(string.Formatter):
    """A format spec that contains "/" names a particle pair, not a format."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "/" in format_spec:
            return particle(value, format_spec)
        text: str = format(value, format_spec)
        return text


_FORMATTER = _ParticleFormatter()


def message(key: str, lang: OneLang, /, **fields: object) -> str:
    """The catalogue text ``key`` in ``lang`` ("en" or "ko"), filled in."""
    english, korean = MESSAGES[key]
    template = korean if lang == "ko" else english
    text: str = _FORMATTER.format(template, **fields)
    return text


def one_language(lang: Lang) -> OneLang:
    """The language for labels and messages: Korean only under "ko"; "both"
    shows English labels next to both descriptions."""
    return "ko" if lang == "ko" else "en"


def languages(lang: Lang) -> tuple[OneLang, ...]:
    """The languages whose text is shown, in order."""
    if lang == "both":
        return ("en", "ko")
    return ("ko",) if lang == "ko" else ("en",)
