"""No traceback, whatever the streams: encodings, closed and full standard
output, broken pipes, undecodable arguments, Ctrl-C (issue 10, item 4).

These run the real command in a subprocess, because what they test is how
the interpreter's streams behave, which an in-process test cannot show.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from httpcodes.cli import _main as _cli

ONE_LINE = 1


def environment(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "FORCE_COLOR")
        and not key.startswith("PYTHON")
    }
    env.update({"LANG": "C.UTF-8", "COLUMNS": "80"}, **extra)
    return env


def httpcodes(
    *arguments: str | bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "httpcodes", *arguments],
        capture_output=True,
        env=env or environment(),
        check=False,
    )


def assert_no_traceback(stderr: bytes) -> None:
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_json_survives_any_encoding(encoding: str) -> None:
    result = httpcodes("--json", "404", env=environment(PYTHONIOENCODING=encoding))
    assert_no_traceback(result.stderr)
    assert result.returncode == 0
    (record,) = json.loads(result.stdout.decode("ascii"))
    assert record["phrase_ko"] == "찾을 수 없음"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_korean_text_survives_any_encoding(encoding: str) -> None:
    result = httpcodes(
        "--lang", "ko", "404", env=environment(PYTHONIOENCODING=encoding)
    )
    assert_no_traceback(result.stderr)
    assert result.returncode == 0
    first = result.stdout.decode("ascii").splitlines()[0]
    # 찾 is U+CC3E: escaped, not lost.
    assert first.startswith("404 \\ucc3e")
    assert first.endswith("(Not Found)")


def test_korean_errors_survive_an_ascii_stderr() -> None:
    result = httpcodes(
        "--lang", "ko", "nope", env=environment(PYTHONIOENCODING="ascii")
    )
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    assert b"'nope'" in result.stderr


@pytest.mark.parametrize(
    "how",
    [
        # The shell closes descriptor 1 before Python starts: sys.stdout is None.
        "exec {python} -m httpcodes 404 >&-",
        # Descriptor 1 closed after start-up: writing fails with EBADF.
        "exec {python} -c 'import os, sys; os.close(1);"
        ' from httpcodes.cli import main; sys.exit(main(["404"]))\'',
    ],
)
def test_closed_stdout_is_one_line_and_status_1(how: str) -> None:
    result = subprocess.run(
        ["bash", "-c", how.format(python=sys.executable)],
        stderr=subprocess.PIPE,
        env=environment(),
        check=False,
    )
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "httpcodes: cannot write to standard output: it is closed"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_stdout_is_one_line_and_status_1() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "httpcodes", "404"],
            stdout=full,
            stderr=subprocess.PIPE,
            env=environment(),
            check=False,
        )
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "httpcodes: cannot write to standard output: No space left on device"
    ]


@pytest.mark.parametrize(
    ("arguments", "status"),
    [(["list"], 0), (["--json", "--lang", "both", "list"], 0), (["299"], 1)],
)
def test_broken_pipe_keeps_the_status(arguments: list[str], status: int) -> None:
    """The reader is gone before anything is written: every write fails
    with EPIPE, and the status is the one the answer had."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "httpcodes", *arguments],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=environment(),
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == status
    assert_no_traceback(result.stderr)
    if status == 0:
        assert result.stderr == b""


def test_piped_into_head() -> None:
    script = (
        "{python} -m httpcodes list --json | head -1; echo status=${{PIPESTATUS[0]}}"
    )
    result = subprocess.run(
        ["bash", "-c", script.format(python=sys.executable)],
        capture_output=True,
        env=environment(),
        check=False,
    )
    assert result.stdout.decode().splitlines() == ["[", "status=0"]
    assert_no_traceback(result.stderr)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_undecodable_arguments(json_flag: list[str]) -> None:
    result = httpcodes(*json_flag, b"\xff\xfe", b"40\xff")
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    if json_flag:
        records = json.loads(result.stdout.decode("utf-8"))
        assert [r["error"]["kind"] for r in records] == ["unknown_key"]
        assert records[0]["key"] == "\udcff\udcfe 40\udcff"
    assert result.stderr.count(b"\n") == ONE_LINE


def test_ctrl_c_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli, "run", interrupted)
    assert _cli.main(["404"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "\n"  # the shell's prompt starts on a line of its own
    assert captured.out == ""


def test_an_unexpected_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(_cli, "run", broken)
    assert _cli.main(["404"]) == 1
    err = capsys.readouterr().err
    assert err == "httpcodes: internal error (RuntimeError: boom); please report it\n"


def test_an_unexpected_error_under_json_is_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(_cli, "run", broken)
    assert _cli.main(["--json", "404"]) == 1
    captured = capsys.readouterr()
    message = "internal error (RuntimeError: boom); please report it"
    assert json.loads(captured.out) == {
        "error": {"kind": "internal", "message": message}
    }
    assert captured.err == f"httpcodes: {message}\n"


def test_ctrl_c_while_the_command_line_loads(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Most of start-up is the import of the command line's modules: a
    Ctrl-C then ends the command as any other does (issue 19)."""
    import builtins

    from httpcodes import cli

    real_import = builtins.__import__

    def interrupting(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "_main":  # "from ._main import main" inside cli.main
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupting)
    assert cli.main(["404"]) == 130
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "\n")


def test_ctrl_c_in_a_real_process() -> None:
    """SIGINT while the command runs: status 130, no traceback.  The
    interrupt is raised from inside the run, where a user's Ctrl-C lands."""
    code = (
        "import sys, httpcodes.cli._commands as c\n"
        "def stop(*a, **k): raise KeyboardInterrupt\n"
        "object.__setattr__(c.COMMANDS[0], 'run', stop)  # a frozen dataclass\n"
        "from httpcodes.cli import main\n"
        "sys.exit(main(['404']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        env=environment(),
        check=False,
    )
    assert result.returncode == 130
    assert_no_traceback(result.stderr)


def test_json_of_undecodable_arguments_is_escaped_on_a_stream_that_would_pass_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the C locale Python's stdout writes lone surrogates back as the
    bytes they came from (surrogateescape): JSON must not carry them."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert _cli.main(["--json", "\udcff40"]) == 1
    stdout.flush()
    written = raw.getvalue().decode("utf-8")  # strict: no stray bytes
    assert "\\udcff40" in written
    assert json.loads(written)[0]["key"] == "\udcff40"
