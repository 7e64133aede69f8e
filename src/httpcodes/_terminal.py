"""What the environment says about the terminal: language, colour, width."""

from __future__ import annotations

import shutil

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    from ._translate import Lang

    ColourMode = Literal["auto", "always", "never"]

__all__ = ["colour_wanted", "language_from_locale", "terminal_columns"]


def language_from_locale(env: Mapping[str, str]) -> Lang:
    """Korean when the locale is Korean, else English.

    The first of LC_ALL, LC_MESSAGES and LANG that is set and not empty
    decides, the order in which POSIX (XBD, Chapter 8.2) lets them override
    each other.  Its language part, before "_", "." or "@", must be exactly
    "ko": ``ko``, ``ko_KR`` and ``ko_KR.UTF-8`` are Korean, Konkani's
    ``kok_IN`` is not.
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            language = value.partition("@")[0].partition(".")[0].partition("_")[0]
            return "ko" if language.lower() == "ko" else "en"
    return "en"


def colour_wanted(mode: ColourMode, isatty: bool, env: Mapping[str, str]) -> bool:
    """Whether to colour the output.

    ``--color always`` and ``--color never`` decide alone.  Under ``auto``,
    in this order: a non-empty NO_COLOR turns colour off (no-color.org); a
    FORCE_COLOR that is set, non-empty and not "0" turns it on (the
    convention of Node.js and many CLIs); TERM=dumb, a terminal that cannot
    show escape codes, turns it off; otherwise colour only on a terminal.
    """
    if mode != "auto":
        return mode == "always"
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    if env.get("TERM") == "dumb":
        return False
    return isatty


def terminal_columns() -> int:
    """COLUMNS first, then the terminal, then 80; never wider than 100, as
    long as a line stays comfortable to read."""
    return min(shutil.get_terminal_size(fallback=(80, 24)).columns, 100)
