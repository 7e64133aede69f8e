"""The command line's streams, called directly: what it writes where a
stream cannot take a character, is closed, full or gone.

tests/test_cli_streams.py shows the same in real processes; these reach the
code in this process, where coverage and mutation testing see it.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile

import pytest

from httpcodes.cli._terminal import StreamFailed, silence, write, write_error


def _stream(encoding: str) -> tuple[io.TextIOWrapper, io.BytesIO]:
    raw = io.BytesIO()
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict"), raw


class _Failing(io.StringIO):
    """A stream whose write or flush raises ``error``."""

    encoding = "utf-8"

    def __init__(self, error: BaseException, *, on_flush: bool = False) -> None:
        super().__init__()
        self.error = error
        self.on_flush = on_flush

    def write(self, text: str) -> int:
        if not self.on_flush:
            raise self.error
        return super().write(text)

    def flush(self) -> None:
        if self.on_flush:
            raise self.error


class _UnknownEncoding(io.StringIO):
    """A stream that names an encoding Python does not know, and refuses
    what is not ASCII."""

    encoding = "x-no-such-encoding"

    def write(self, text: str) -> int:
        if not text.isascii():
            raise UnicodeEncodeError("ascii", text, 0, 1, "not ASCII")
        return super().write(text)


def test_write_writes_and_flushes() -> None:
    stream, raw = _stream("utf-8")
    write(stream, "404 찾을 수 없음\n")
    assert raw.getvalue() == "404 찾을 수 없음\n".encode()


def test_write_falls_back_to_the_ascii_text_given() -> None:
    stream, raw = _stream("ascii")
    write(stream, "찾을 수 없음\n", ascii_text="Not Found\n")
    assert raw.getvalue() == b"Not Found\n"


def test_write_escapes_what_the_encoding_cannot_hold() -> None:
    stream, raw = _stream("latin-1")
    write(stream, "é 찾\n")
    # Latin-1 holds é; the Hangul syllable becomes its escape.
    assert raw.getvalue() == "é \\ucc3e\n".encode("latin-1")


def test_an_unknown_encoding_is_escaped_to_ascii() -> None:
    stream = _UnknownEncoding()
    write(stream, "a 찾\n")
    assert stream.getvalue() == "a \\ucc3e\n"
    error_stream = _UnknownEncoding()
    write_error(error_stream, "찾\n")
    assert error_stream.getvalue() == "\\ucc3e\n"


def test_no_stream_is_a_closed_stream() -> None:
    with pytest.raises(StreamFailed) as info:
        write(None, "x")
    assert info.value.closed is True
    assert info.value.reason == "closed"
    write_error(None, "x")  # nothing to write to, and no error


def test_a_broken_pipe_goes_to_the_caller() -> None:
    with pytest.raises(BrokenPipeError):
        write(_Failing(BrokenPipeError(errno.EPIPE, "Broken pipe")), "x")


@pytest.mark.parametrize("on_flush", [False, True])
def test_a_full_stream_fails_with_its_reason(on_flush: bool) -> None:
    error = OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(StreamFailed) as info:
        write(_Failing(error, on_flush=on_flush), "x")
    assert info.value.reason == "No space left on device"
    assert info.value.closed is False


def test_an_os_error_without_text_is_named_by_itself() -> None:
    with pytest.raises(StreamFailed) as info:
        write(_Failing(OSError("disk gone")), "x")
    assert info.value.reason == "disk gone"


@pytest.mark.parametrize(
    "error", [ValueError("I/O operation on closed file."), OSError(errno.EBADF, "bad")]
)
def test_a_closed_stream_fails_as_closed(error: BaseException) -> None:
    with pytest.raises(StreamFailed) as info:
        write(_Failing(error), "x")
    assert info.value.closed is True
    assert info.value.reason == "closed"


@pytest.mark.parametrize(
    "error", [ValueError("closed"), OSError(errno.ENOSPC, "full"), BrokenPipeError()]
)
def test_write_error_never_raises(error: BaseException) -> None:
    write_error(_Failing(error), "x")
    write_error(_Failing(error, on_flush=True), "x")


def test_write_error_escapes_what_the_encoding_cannot_hold() -> None:
    stream, raw = _stream("ascii")
    write_error(stream, "찾\n")
    assert raw.getvalue() == b"\\ucc3e\n"


def test_silence_points_the_descriptor_at_the_null_device() -> None:
    with tempfile.TemporaryFile(mode="w+") as file:
        silence(file)
        file.write("after")
        file.flush()
        # What is written after silence() went to the null device.
        assert os.fstat(file.fileno()).st_size == 0
        assert os.path.samestat(os.fstat(file.fileno()), os.stat(os.devnull))


def test_silence_leaves_streams_without_a_descriptor_alone() -> None:
    silence(None)
    silence(io.StringIO())  # fileno() raises: nothing to do
