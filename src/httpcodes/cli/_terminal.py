"""The terminal: what the environment says about it, and writing to it
without ever failing loudly.

The environment decides the language (the locale), whether to colour the
output (``--color`` and the conventions NO_COLOR, FORCE_COLOR, TERM=dumb) and
the width to wrap at.

The command line must not end in a traceback whatever the streams are:

- an encoding that cannot show the text (``PYTHONIOENCODING=cp1252``, what
  Windows uses for redirected output, or ``ascii``): the text is written with
  backslash escapes, and JSON with ``\\uXXXX`` escapes, which is the same
  JSON value;
- standard output closed (``>&-``, Python then sets ``sys.stdout`` to None)
  or failing (``>/dev/full``): ``StreamFailed`` with the reason, which the
  caller reports on standard error with exit status 1;
- a reader that went away (``| head -1``): ``BrokenPipeError`` reaches the
  caller, which keeps the exit status it had.

After a failure the stream's file descriptor is pointed at the null device,
so that the interpreter's own flush at exit does not fail a second time
(the advice of the Python documentation's note on SIGPIPE).
"""

from __future__ import annotations

import errno
import os
import shutil

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal, TextIO

    ColourMode = Literal["auto", "always", "never"]
    Lang = Literal["en", "ko", "both"]


class StreamFailed(Exception):
    """Standard output cannot be written; ``reason`` says why."""

    def __init__(self, reason: str, *, closed: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.closed = closed


def _escaped(text: str, stream: TextIO) -> str:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:  # an encoding Python does not know
        return text.encode("ascii", "backslashreplace").decode("ascii")


def write(stream: TextIO | None, text: str, ascii_text: str | None = None) -> None:
    """Write ``text`` and flush.  Where the stream's encoding cannot hold a
    character, ``ascii_text`` is written instead if given, else ``text``
    with backslash escapes.

    Raises ``BrokenPipeError`` when the reader has gone, ``StreamFailed``
    for any other failure."""
    if stream is None:
        raise StreamFailed("closed", closed=True)
    try:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            stream.write(
                ascii_text if ascii_text is not None else _escaped(text, stream)
            )
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # ValueError: a closed file object
        silence(stream)
        if isinstance(error, ValueError) or error.errno == errno.EBADF:
            raise StreamFailed("closed", closed=True) from None
        raise StreamFailed(error.strerror or str(error)) from None


def write_error(stream: TextIO | None, text: str) -> None:
    """Write to standard error if at all possible; never raise."""
    if stream is None:
        return
    try:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            stream.write(_escaped(text, stream))
        stream.flush()
    except (OSError, ValueError):
        silence(stream)


def silence(stream: TextIO | None) -> None:
    """Point the stream's file descriptor at the null device, so that later
    flushes (the interpreter's at exit) succeed quietly."""
    if stream is None:
        return
    try:
        descriptor = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):  # not a real file: nothing to do
        return
    if null == descriptor:  # the descriptor was closed: open() reused it
        return
    try:
        os.dup2(null, descriptor)
    except OSError:
        pass
    finally:
        os.close(null)


# -- the environment -----------------------------------------------------------


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
