"""Writing to standard output and standard error without ever failing loudly.

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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

__all__ = ["StreamFailed", "silence", "write", "write_error"]


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
