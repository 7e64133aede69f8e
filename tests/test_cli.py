"""The command line: golden output for every subcommand, and its edges.

Golden files live in tests/golden/.  After an intended change of output,
rewrite them with ``HTTPCODES_UPDATE_GOLDEN=1 python -m pytest tests/test_cli.py``
and read the diff before committing it.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import httpcodes
from httpcodes import StatusCode
from httpcodes.cli import main
from httpcodes.cli._main import run as run_cli
from httpcodes.cli._render import width

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("HTTPCODES_UPDATE_GOLDEN") == "1"
# The day the goldens are rendered on: after 104's temporary registration
# expired (2026-11-13), so its expiry shows as a past fact.
TODAY = datetime.date(2026, 11, 28)

# Each case: golden file name, argv.
CASES = [
    ("lookup-404", ["404"]),
    ("lookup-404-ko", ["--lang", "ko", "404"]),
    ("lookup-413-both", ["--lang", "both", "413"]),
    ("lookup-several", ["200", "NOT_FOUND", "service unavailable"]),
    ("lookup-old-phrase", ["payload too large"]),
    ("lookup-unquoted-phrase", ["request", "entity", "too", "large"]),
    ("lookup-markers", ["104", "306", "510"]),
    ("lookup-markers-ko", ["--lang", "ko", "104", "102"]),
    ("lookup-unregistered", ["299"]),
    ("lookup-unregistered-ko", ["--lang", "ko", "471"]),
    ("lookup-unknown-word", ["not fond"]),
    ("lookup-mixed", ["404", "nope", "999"]),
    ("lookup-json", ["--json", "422", "299", "nope"]),
    ("list", ["list"]),
    ("list-4xx-ko", ["list", "--class", "4xx", "--lang", "ko"]),
    ("list-deprecated-both", ["list", "--deprecated", "--lang", "both"]),
    ("list-1xx-not-deprecated", ["list", "--class", "1", "--no-deprecated"]),
    ("list-json-5xx", ["list", "--class", "server_error", "--json"]),
    ("search-korean", ["search", "인증"]),
    ("search-english", ["search", "teapot"]),
    ("search-ko-output", ["search", "--lang", "ko", "timeout"]),
    ("search-nothing", ["search", "xyzzy"]),
    ("search-json", ["search", "--json", "early"]),
    ("search-situation", ["search", "user", "already", "exists", "--limit", "3"]),
    ("search-korean-situation", ["--lang", "ko", "search", "요청이", "너무", "많음"]),
    ("search-limit-all", ["search", "--limit", "0", "teapot"]),
    ("usage-bad-limit", ["search", "--limit", "-1", "x"]),
    ("compare-401-403", ["compare", "401", "403"]),
    ("compare-group-ko", ["--lang", "ko", "compare", "302", "307"]),
    ("compare-both", ["compare", "--lang", "both", "413", "414"]),
    ("compare-unrelated", ["compare", "200", "500"]),
    ("compare-json", ["--json", "compare", "502", "gateway timeout"]),
    ("compare-json-unrelated", ["--json", "compare", "200", "201", "500"]),
    ("compare-unknown", ["compare", "401", "nope"]),
    ("usage-compare-one", ["compare", "401", "unauthorized"]),
    ("check-405", ["check", "405"]),
    ("check-ok", ["check", "405", "-H", "Allow: GET, HEAD"]),
    ("check-retry-after", ["check", "503", "-H", "Retry-After: soon"]),
    (
        "check-204-ko",
        ["--lang", "ko", "check", "204", "-H", "Content-Length: 0", "--content"],
    ),
    (
        "check-both-head",
        ["check", "--lang", "both", "200", "--method", "HEAD", "--content"],
    ),
    ("check-unregistered", ["check", "299", "--no-content"]),
    # The review of issue 22: 모순 and 참고 for the levels that are no
    # keyword, a keyword kept with its verb, the Korean usage errors.
    (
        "check-request-ko",
        [
            "--lang",
            "ko",
            "check",
            "304",
            "-H",
            "Content-Type: text/html",
            "-R",
            'If-Match: "v1"',
        ],
    ),
    ("check-note-both", ["--lang", "both", "check", "305"]),
    ("check-101-ko", ["--lang", "ko", "check", "101", "-R", "Host: a.example"]),
    ("ko-usage-bad-limit", ["--lang", "ko", "search", "--limit", "-1", "x"]),
    ("ko-usage-unrecognized", ["--lang", "ko", "list", "extra"]),
    ("ko-version", ["--lang", "ko", "--version"]),
    ("check-json", ["--json", "check", "401", "-H", "content-type: text/html"]),
    (
        "check-request",
        [
            "check",
            "206",
            "-H",
            "Content-Range: bytes 0-9/100",
            "--request-header",
            "Host: a.example",
        ],
    ),
    (
        "check-request-json",
        [
            "--json",
            "check",
            "405",
            "-H",
            "Allow: GET, HEAD",
            "-R",
            "Host: a.example",
            "--method",
            "HEAD",
        ],
    ),
    ("check-unknown", ["check", "nope"]),
    ("usage-check-bad-header", ["check", "405", "-H", "Allow"]),
    ("check-bad-method", ["check", "405", "--method", "GET /"]),
    ("redirect-302-post", ["redirect", "302", "POST"]),
    ("redirect-legacy", ["redirect", "302", "PUT", "--policy", "legacy"]),
    (
        "redirect-rfc9110-both",
        ["redirect", "301", "post", "--policy", "rfc9110", "--lang", "both"],
    ),
    ("redirect-ko", ["redirect", "--lang", "ko", "303", "DELETE"]),
    ("redirect-json", ["redirect", "--json", "307", "POST"]),
    ("redirect-not-followable", ["redirect", "300", "GET"]),
    ("redirect-bad-method", ["redirect", "302", "GET /x"]),
    ("unofficial-499", ["499"]),
    ("unofficial-999-ko", ["--lang", "ko", "999"]),
    ("unofficial-clash-451", ["451"]),
    ("unofficial-retired-420", ["420"]),
    ("unofficial-retired-420-both", ["--lang", "both", "420"]),
    ("unofficial-json-444", ["--json", "444"]),
    ("compare-json-misspelt", ["--json", "compare", "404", "not fonud"]),
    ("redirect-json-misspelt", ["--json", "redirect", "moved permanantly", "GET"]),
    ("list-unofficial-4xx-json", ["list", "--unofficial", "--class", "4xx", "--json"]),
    ("list-unofficial", ["list", "--unofficial"]),
    (
        "list-unofficial-5xx-both",
        ["list", "--unofficial", "--class", "5xx", "--lang", "both"],
    ),
    ("usage-unofficial-deprecated", ["list", "--unofficial", "--deprecated"]),
    ("version", ["--version"]),
    ("overview", []),
    ("usage-bad-lang", ["--lang", "fr", "404"]),
    ("usage-bad-class", ["list", "--class", "9xx"]),
    ("usage-bad-policy", ["redirect", "302", "GET", "--policy", "chrome"]),
    # Options before the subcommand, and after it (issue 10).
    ("options-first-list-ko", ["--lang", "ko", "list", "--class", "1xx"]),
    ("options-first-json-search", ["--json", "search", "teapot"]),
    ("options-first-unofficial", ["--lang", "ko", "list", "--unofficial"]),
    ("lookup-explicit-command", ["lookup", "--lang", "both", "104"]),
    ("lookup-options-between-words", ["not", "--no-color", "found"]),
    # Several keys, each its own answer.
    ("several-unofficial", ["520", "522"]),
    ("several-unregistered-unofficial", ["299", "499"]),
    ("several-phrase-then-word", ["not", "found", "gone"]),
    ("several-no-partial-answer", ["nott", "found"]),
    ("several-unknown-one-by-one", ["nope", "404", "xyzzy", "410"]),
    # JSON for errors.
    ("json-unknown-key", ["--json", "nope"]),
    ("json-not-a-redirect", ["--json", "redirect", "300", "GET"]),
    ("json-bad-method", ["redirect", "302", "GET /x", "--json"]),
    ("json-usage-error", ["--json", "--lang", "fr", "404"]),
    (
        "json-usage-unofficial-deprecated",
        ["list", "--unofficial", "--deprecated", "--json"],
    ),
    ("json-no-match", ["--json", "search", "xyzzy"]),
    ("json-version", ["--json", "--version"]),
    # Colour, where it marks what matters (a broken MUST, a vendor's note).
    ("colour-check-405", ["--color", "always", "check", "405", "-H", "Allow: x y"]),
    ("colour-unofficial-499", ["--color", "always", "499"]),
    ("colour-check-301", ["--color", "always", "check", "301"]),
    ("colour-check-405-must", ["--color", "always", "check", "405"]),
    ("colour-compare-200-500", ["--color", "always", "compare", "200", "500"]),
    # Korean where only Korean takes a branch of its own.
    ("compare-unrelated-ko", ["--lang", "ko", "compare", "200", "500"]),
    ("unofficial-499-ko", ["--lang", "ko", "499"]),
    ("check-ok-ko", ["--lang", "ko", "check", "405", "-H", "Allow: GET"]),
    # The zsh script, word for word: the completion tests that run zsh are
    # skipped where it is not installed.
    ("completion-zsh", ["--completion", "zsh"]),
    # Korean errors and notes.
    ("ko-unknown-key", ["--lang", "ko", "not", "fond"]),
    ("ko-not-a-number", ["--lang", "ko", "4040"]),
    ("ko-not-a-redirect", ["--lang", "ko", "redirect", "300", "GET"]),
    ("ko-bad-method", ["--lang", "ko", "redirect", "302", "GET /x"]),
    ("ko-usage-bad-class", ["list", "--class", "9xx", "--lang", "ko"]),
    (
        "ko-usage-unofficial-deprecated",
        ["--lang", "ko", "list", "--unofficial", "--deprecated"],
    ),
    ("ko-no-match", ["--lang", "ko", "search", "xyzzy"]),
    ("ko-unofficial-clash-451", ["--lang", "ko", "451"]),
    ("ko-unregistered-particles", ["--lang", "ko", "299", "250", "600"]),
]


@pytest.fixture
def plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """English locale, 80 columns, no colour: the setting of the goldens."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "80")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = run_cli(argv, today=TODAY)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def without_usage(err: str) -> str:
    """Drop argparse's usage lines: how it wraps them changes between Python
    versions (3.13 wraps mutually exclusive groups differently), and they are
    argparse's text, not ours.  The error line after them is kept."""
    kept = []
    in_usage = False
    for line in err.splitlines(keepends=True):
        if line.startswith("usage: "):
            in_usage = True
            continue
        if in_usage and line.startswith(" "):
            continue
        in_usage = False
        kept.append(line)
    return "".join(kept)


def render(argv: list[str], status: int, out: str, err: str) -> str:
    command = " ".join(arg if " " not in arg else repr(arg) for arg in argv)
    err = without_usage(err)
    return f"$ httpcodes {command}\n{out}--- stderr\n{err}--- exit {status}\n"


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(("name", "argv"), CASES, ids=[name for name, _ in CASES])
def test_golden(name: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(argv, capsys)
    got = render(argv, status, out, err)
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_every_golden_file_is_used() -> None:
    assert {p.stem for p in GOLDEN.glob("*.txt")} == {name for name, _ in CASES}


# -- exit status ---------------------------------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["404"], 0),
        (["404", "500"], 0),
        (["299"], 1),
        (["499"], 0),
        (["999"], 0),
        (["499", "299"], 1),
        (["404", "nope"], 1),
        (["list"], 0),
        (["search", "xyzzy"], 1),
        (["redirect", "302", "GET"], 0),
        (["redirect", "200", "GET"], 1),
        ([], 0),  # the overview of the commands
        (["--no-such-option", "404"], 2),
        (["--lang", "fr", "404"], 2),
        (["list", "--deprecated", "--no-deprecated"], 2),
        (["redirect", "302"], 2),
        (["--help"], 0),
        (["list", "--help"], 0),
        (["--lang"], 2),
        (["--json"], 0),
        (["--", "404"], 0),
        (["lookup"], 2),
        (["list", "--version"], 2),
        (["--version", "404"], 0),  # as argparse's own --version does
        (["--completion", "bash"], 0),
        (["--completion=zsh"], 0),
    ],
)
def test_exit_status(
    argv: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv, capsys)[0] == status


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("argv", "first"),
    [
        (["list", "--class", "9xx"], "httpcodes list: error: --class: unknown class"),
        (["--bogus"], "httpcodes: error: unknown option '--bogus'"),
        (["--bogus=1", "404"], "httpcodes: error: unknown option '--bogus'"),
        (["lookup"], "httpcodes lookup: error: the following arguments are required"),
        (["--lang"], "httpcodes: error: --lang: expected one argument"),
    ],
)
def test_usage_errors_take_two_lines(
    argv: list[str], first: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """What was wrong, then where to look; argparse's usage text is in the
    help (issue 19)."""
    status, out, err = run(argv, capsys)
    assert status == 2
    assert out == ""
    line, hint = err.splitlines()
    assert line.startswith(first)
    assert hint.startswith("try 'httpcodes")
    assert hint.endswith(" --help'")


@pytest.mark.parametrize("argv", [[], ["--lang", "ko"], ["--color", "never"]])
def test_the_bare_command_shows_the_overview(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert (status, err) == (0, "")
    for command in ("lookup", "list", "search", "compare", "check", "redirect"):
        assert f"\n  {command} " in out


@pytest.mark.parametrize(
    "argv", [["--json", "-h"], ["--json", "list", "-h"], ["check", "--help", "--json"]]
)
def test_help_under_json_is_json(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert set(record) == {"help", "command"}
    assert record["command"].startswith("httpcodes")
    assert record["help"].startswith("usage: httpcodes")


def test_usage_errors_under_json_are_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["--json", "--bogus"], capsys)
    assert status == 2
    assert json.loads(out) == {
        "error": {
            "kind": "usage",
            "message": "unknown option '--bogus'",
            "command": "httpcodes",
        }
    }
    assert len(err.splitlines()) == 2


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--lang", "ko", "lookup"], "httpcodes lookup: 오류: 다음 인자가 필요함: KEY"),
        (["--lang", "ko", "--lang"], "httpcodes: 오류: --lang: 값이 하나 필요함"),
        (
            ["--lang", "ko", "list", "--deprecated", "--no-deprecated"],
            "httpcodes list: 오류: --no-deprecated:"
            " --deprecated 옵션과 함께 쓸 수 없음",
        ),
    ],
)
def test_argparse_speaks_korean(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(argv, capsys)
    line, hint = err.splitlines()
    assert line == words
    assert hint.startswith("도움말은 'httpcodes")


def test_the_help_frame_speaks_korean(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--lang", "ko", "check", "--help"], capsys)
    assert out.startswith("사용법: httpcodes check ")
    assert "\n위치 인자:\n" in out
    assert "\n옵션:\n" in out
    for english in ("usage:", "options:", "positional arguments"):
        assert english not in out
    _, out, _ = run(["--lang", "ko", "--version"], capsys)
    assert "IANA 레지스트리" in out


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize("command", [[], ["check"], ["redirect"]])
def test_korean_usage_lines_line_up(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The usage's later lines start under its first option, counted in
    terminal cells ("사용법: " is three cells wider than its length)."""
    _, out, _ = run(["--lang", "ko", *command, "--help"], capsys)
    usage = out.split("\n\n")[0].splitlines()
    assert len(usage) > 1
    first_option = width(usage[0].split(" [", 1)[0]) + 1
    for line in usage[1:]:
        assert width(line) - width(line.lstrip(" ")) == first_option, line
        assert width(line) <= 80, line


@pytest.mark.usefixtures("plain_env")
def test_errors_go_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["nope"], capsys)
    assert status == 1
    assert out == ""
    assert err.startswith("httpcodes: 'nope' is not a registered")


@pytest.mark.usefixtures("plain_env")
def test_no_traceback_on_random_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(404)
    pieces = [
        "404",
        "list",
        "search",
        "redirect",
        "--json",
        "--lang",
        "ko",
        "x",
        "",
        "302",
        "POST",
        "--class",
        "4xx",
        "--policy",
        "٤٠٤",
        "\x00",
        "-",
        "--",
        "--color",
        "always",
        "lookup",
        "--completion",
        "bash",
        "--version",
        "not",
        "found",
        "--unofficial",
    ]
    for _ in range(300):
        argv = [rng.choice(pieces) for _ in range(rng.randint(0, 5))]
        status = main(argv)  # must return, never raise
        assert status in (0, 1, 2), argv
        assert "Traceback" not in capsys.readouterr().err


# -- JSON ----------------------------------------------------------------------


@pytest.mark.usefixtures("plain_env")
def test_json_has_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--json", "418"], capsys)
    assert status == 0
    (record,) = json.loads(out)
    assert record["code"] == 418
    assert record["phrase"] == "I'm a Teapot"
    assert record["phrase_ko"] == "나는 찻주전자"
    assert record["deprecated"] is True
    assert record["registration"] == "unused"
    assert record["class"]["range"] == "4xx"
    assert record["aliases"] == ["I'm a teapot"]
    expected_keys = {
        "key",
        "registered",
        "code",
        "name",
        "phrase",
        "phrase_ko",
        "class",
        "description",
        "description_ko",
        "deprecated",
        "registration",
        "registration_expires",
        "registration_expired",
        "reference",
        "aliases",
        "is_followable_redirect",
        "preserves_method",
        "is_cacheable_by_default",
        "allows_content",
    }
    assert set(record) == expected_keys


@pytest.mark.usefixtures("plain_env")
def test_json_list_covers_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["list", "--json"], capsys)
    assert [r["code"] for r in json.loads(out)] == [m.value for m in StatusCode]


# -- language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "korean"),
    [
        ({"LANG": "ko_KR.UTF-8"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, True),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, False),
        ({"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, True),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ko"}, True),
        ({"LANG": "ko_KR"}, True),
        ({"LANG": "ko_KR.EUC-KR"}, True),
        ({"LANG": "KO_KR.UTF-8"}, True),
        ({"LANG": "ko_KR.UTF-8@euro"}, True),
        ({"LANG": "kok_IN.UTF-8"}, False),  # Konkani, not Korean
        ({"LANG": "kok"}, False),
        ({"LANG": "C.UTF-8"}, False),
        ({}, False),
    ],
)
def test_default_language_follows_the_locale(
    env: dict[str, str],
    korean: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    _, out, _ = run(["404"], capsys)
    assert ("찾을 수 없음" in out) is korean
    assert ("The server has no current representation" in out) is not korean


# -- colour --------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("tty", "no_color_env", "flag", "coloured"),
    [
        (True, None, False, True),
        (True, "1", False, False),
        (True, "", False, True),  # an empty NO_COLOR does not count
        (True, None, True, False),
        (False, None, False, False),
    ],
)
def test_colour_only_on_a_terminal(
    tty: bool,
    no_color_env: str | None,
    flag: bool,
    coloured: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    if no_color_env is not None:
        monkeypatch.setenv("NO_COLOR", no_color_env)
    argv = ["--no-color", "404"] if flag else ["404"]
    assert main(argv) == 0
    assert ("\033[" in stream.getvalue()) is coloured


@pytest.mark.usefixtures("plain_env")
def test_json_is_never_coloured(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = Terminal()
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["--json", "404"]) == 0
    assert "\033[" not in stream.getvalue()


# -- Korean alignment ----------------------------------------------------------


def test_width_counts_hangul_as_two() -> None:
    assert width("404") == 3
    assert width("찾을 수 없음") == 12
    assert width("IM 적용됨") == 9
    assert width("e\u0301") == 1  # a combining accent takes no cell


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize("lang", ["ko", "both"])
def test_korean_table_columns_line_up(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["list", "--lang", lang], capsys)
    lines = out.splitlines()[1:]
    starts = set()
    for line in lines:
        code = line.split()[0]
        range_text = f"{code[0]}xx"
        index = line.index(f"  {range_text}") + 2
        starts.add(width(line[:index]))
    assert len(starts) == 1, starts


# -- the installed command ---------------------------------------------------------


def test_console_script_and_module(tmp_path: Path) -> None:
    env = {**os.environ, "LANG": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "80"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    script = Path(sys.executable).parent / "httpcodes"
    command = str(script) if script.exists() else shutil.which("httpcodes")
    assert command is not None, "the httpcodes console script is not installed"
    for argv in ([command, "404"], [sys.executable, "-m", "httpcodes", "404"]):
        result = subprocess.run(
            argv, capture_output=True, text=True, env=env, cwd=tmp_path, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("404 Not Found\n")
        assert result.stderr == ""
    result = subprocess.run(
        [command, "nope"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


# -- options anywhere (issue 10, item 1) -----------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--lang", "ko", "list"], ["list", "--lang", "ko"]),
        (["--json", "search", "teapot"], ["search", "teapot", "--json"]),
        (["--json", "search", "teapot"], ["search", "--json", "teapot"]),
        (
            ["--lang", "ko", "list", "--unofficial"],
            ["list", "--unofficial", "--lang=ko"],
        ),
        (["--json", "redirect", "302", "POST"], ["redirect", "302", "POST", "--json"]),
        (["--lang", "both", "404"], ["404", "--lang", "both"]),
        (["--lang", "both", "404"], ["lookup", "404", "--lang", "both"]),
        (["--no-color", "404", "410"], ["404", "--color", "never", "410"]),
    ],
)
def test_options_before_or_after_the_subcommand(
    before: list[str], after: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    first = run(before, capsys)
    assert first[0] == 0
    assert first[1]
    assert run(after, capsys) == first


@pytest.mark.usefixtures("plain_env")
def test_subcommand_names_are_not_keys_after_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(["--lang", "ko", "list"], capsys)
    assert (status, err) == (0, "")
    assert out.startswith("코드  제목")


# -- JSON for every outcome (item 3) ------------------------------------------------

JSON_CASES = [
    ["404"],
    ["404", "nope"],
    ["299"],
    ["499"],
    ["not", "fond"],
    ["list"],
    ["list", "--class", "1", "--deprecated", "--unofficial"],
    ["list", "--unofficial"],
    ["search", "teapot"],
    ["search", "xyzzy"],
    ["redirect", "302", "POST"],
    ["redirect", "300", "GET"],
    ["redirect", "nope", "GET"],
    ["redirect", "302", "GET /x"],
    ["redirect", "302"],
    ["--lang", "fr", "404"],
    ["list", "--class", "9xx"],
    ["--no-such-option", "404"],
    [],
    ["--version"],
]


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize("argv", JSON_CASES, ids=" ".join)
def test_json_on_every_outcome(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard output is JSON, and the exit status is the text one's."""
    text_status = run(argv, capsys)[0]
    status, out, err = run(["--json", *argv], capsys)
    assert status == text_status
    value = json.loads(out)
    if status == 2:
        assert value["error"]["kind"] == "usage"
        assert value["error"]["message"] in err
    if isinstance(value, dict) and "error" in value:
        assert set(value["error"]) >= {"kind", "message"}
        assert status != 0


@pytest.mark.usefixtures("plain_env")
def test_json_errors_per_key(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--json", "404", "not", "fond"], capsys)
    assert status == 1
    found, missing = json.loads(out)
    assert found["code"] == 404
    assert missing["key"] == "not fond"
    assert missing["error"]["kind"] == "unknown_key"
    assert missing["error"]["suggestions"][0] == "Not Found"


@pytest.mark.usefixtures("plain_env")
def test_json_errors_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--json", "--lang", "ko", "redirect", "300", "GET"], capsys)
    assert status == 1
    error = json.loads(out)["error"]
    assert error["kind"] == "not_a_redirect"
    assert error["message"].startswith("300은 클라이언트가 따라가는 리다이렉트가 아님")


@pytest.mark.usefixtures("plain_env")
def test_a_query_past_the_limit_is_a_long_query_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(["--json", "search", "rate " * 300], capsys)
    assert status == 1
    error = json.loads(out)["error"]
    assert error["kind"] == "long_query"
    assert error["message"].startswith("the query 'rate rate ")
    assert "(1420 more characters)" in error["message"]
    assert err.startswith("httpcodes: the query")


# -- expiry is a fact of today (item 9) ----------------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("today", "english", "korean", "expired"),
    [
        ("2026-01-01", "expires 2026-11-13", "만료일 2026-11-13", False),
        ("2026-11-13", "expires 2026-11-13", "만료일 2026-11-13", False),
        ("2026-11-14", "expired 2026-11-13", "2026-11-13 만료됨", True),
    ],
)
def test_expiry_depends_on_the_day(
    today: str,
    english: str,
    korean: str,
    expired: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    day = datetime.date.fromisoformat(today)
    assert run_cli(["--lang", "both", "104"], today=day) == 0
    # The title, and its notes (on a line of their own when the two do not
    # fit in one).
    head = "\n".join(capsys.readouterr().out.splitlines()[:2])
    assert english in head
    assert korean in head
    assert run_cli(["--json", "104", "404"], today=day) == 0
    temporary, assigned = json.loads(capsys.readouterr().out)
    assert temporary["registration_expired"] is expired
    assert assigned["registration_expired"] is None


@pytest.mark.usefixtures("plain_env")
def test_main_reads_the_clock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from httpcodes.cli import _main as _cli

    monkeypatch.setattr(_cli, "local_date", lambda: datetime.date(2020, 1, 1))
    assert main(["104"]) == 0
    assert "expires 2026-11-13" in capsys.readouterr().out


# -- colour by convention (item 5) ----------------------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("tty", "env", "argv", "coloured"),
    [
        (True, {}, [], True),
        (False, {}, [], False),
        (False, {}, ["--color", "always"], True),
        (True, {}, ["--color", "never"], False),
        (True, {"TERM": "dumb"}, [], False),
        (True, {"TERM": "dumb"}, ["--color", "always"], True),
        (False, {"FORCE_COLOR": "1"}, [], True),
        (False, {"FORCE_COLOR": "0"}, [], False),
        (True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, [], False),
        (False, {"NO_COLOR": "1"}, ["--color", "always"], True),
        (True, {"NO_COLOR": "1"}, ["list", "--color=auto"], False),
    ],
)
def test_colour_conventions(
    tty: bool,
    env: dict[str, str],
    argv: list[str],
    coloured: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    arguments = argv if argv[:1] == ["list"] else [*argv, "404"]
    assert main(arguments) == 0
    assert ("\033[" in stream.getvalue()) is coloured


@pytest.mark.usefixtures("plain_env")
def test_bad_colour_mode_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["--color", "sometimes", "404"], capsys)
    assert status == 2
    assert "unknown colour mode 'sometimes'; use auto, always or never" in err


# -- help that answers questions (item 10) ---------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("argv", [[], ["--help"]], ids=["overview", "help"])
def test_the_commands_are_listed_without_the_metavar_line(
    lang: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The review of issue 22, item 17: argparse's line for the subcommand
    argument, a bare COMMAND under the heading, is left out; the usage line
    keeps COMMAND, and the commands stand where the options do."""
    status, out, _ = run(["--lang", lang, *argv], capsys)
    assert status == 0
    lines = out.splitlines()
    assert "COMMAND" not in [line.strip() for line in lines]
    assert any(line.strip() == "COMMAND ..." for line in lines), out
    heading = "commands:" if lang == "en" else "명령:"
    listed = lines[lines.index(heading) + 1 : lines.index(heading) + 7]
    assert [line.split()[0] for line in listed] == [
        "lookup",
        "list",
        "search",
        "compare",
        "check",
        "redirect",
    ]
    assert all(line.startswith("  ") and line[2] != " " for line in listed)


@pytest.mark.parametrize("command", ["", "lookup", "list", "search", "redirect"])
@pytest.mark.parametrize(
    ("lang", "exit_words", "example_words"),
    [("en", "exit status: 0", "examples:"), ("ko", "종료 상태: 0은", "예:")],
)
def test_help_states_exit_codes_and_examples(
    command: str,
    lang: str,
    exit_words: str,
    example_words: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [command] if command else []
    status, out, err = run([*argv, "--help", "--lang", lang], capsys)
    assert (status, err) == (0, "")
    assert exit_words in out
    assert "2" in out.split(exit_words)[1]
    examples = out.split(example_words + "\n")[1].split("\n\n")[0].splitlines()
    assert 2 <= len(examples) <= 3
    for example in examples:
        assert example.startswith("  httpcodes ")
        if command:
            assert command == "lookup" or f" {command} " in example


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("command", "name", "words"),
    [
        ("lookup", "KEY", "a code, name or phrase"),
        ("search", "TEXT", "words to search for"),
        ("redirect", "CODE", "the redirect: 301, 302, 303, 307, 308"),
        ("redirect", "METHOD", "the method of the original request"),
        ("list", "--class", "only this class"),
        ("redirect", "--policy", "fetch (browsers, default)"),
    ],
)
def test_every_argument_has_help(
    command: str, name: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run([command, "--help"], capsys)
    lines = out.splitlines()
    (index,) = [i for i, line in enumerate(lines) if line.startswith(f"  {name} ")]
    # argparse puts the help beside the name, or under it when it is long.
    assert words in lines[index] + lines[index + 1]


@pytest.mark.usefixtures("plain_env")
def test_korean_help_under_a_korean_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    _, out, _ = run(["redirect", "--help"], capsys)
    assert "리다이렉트를 받은 클라이언트가" in out
    assert "원래 요청의 메서드" in out


# -- shell completion (item 10) --------------------------------------------------


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_script_is_printed(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["--completion", shell], capsys)
    assert (status, err) == (0, "")
    for word in ("list", "search", "redirect", "--policy", "--unofficial", "rfc9110"):
        assert word in out


@pytest.mark.usefixtures("plain_env")
def test_bash_completion_parses(capsys: pytest.CaptureFixture[str]) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    _, out, _ = run(["--completion", "bash"], capsys)
    result = subprocess.run(
        [bash, "-n"], input=out, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["httpcodes", "li"], "list"),
        (["httpcodes", "--lang", ""], "en ko both"),
        (["httpcodes", "list", "--cl"], "--class"),
        (["httpcodes", "list", "--class", ""], "1xx 2xx 3xx 4xx 5xx"),
        (
            ["httpcodes", "redirect", "302", "POST", "--policy", ""],
            "fetch rfc9110 legacy",
        ),
        (["httpcodes", "--json", "se"], "search"),
        (
            ["httpcodes", "search", "--"],
            "--help --limit --lang --json --color --no-color",
        ),
    ],
)
def test_bash_completion_completes(
    words: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    _, script, _ = run(["--completion", "bash"], capsys)
    quoted = " ".join(f"'{word}'" for word in words)
    driver = (
        f"{script}\nCOMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}\n"
        '_httpcodes; echo "${COMPREPLY[*]}"\n'
    )
    result = subprocess.run(
        [bash, "--norc", "-c", driver], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.usefixtures("plain_env")
def test_zsh_completion_parses(capsys: pytest.CaptureFixture[str]) -> None:
    zsh = shutil.which("zsh")
    if zsh is None:
        pytest.skip("zsh is not installed")
    _, out, _ = run(["--completion", "zsh"], capsys)
    result = subprocess.run(
        [zsh, "-n"], input=out, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("plain_env")
def test_bad_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["--completion", "fish"], capsys)
    assert (status, out) == (2, "")
    assert "unknown shell 'fish'; use bash or zsh" in err


def test_completion_follows_the_parser() -> None:
    """A new subcommand completes without touching _completion."""
    from httpcodes.cli._completion import completion_script
    from httpcodes.cli._main import build_parser

    parser = build_parser("en")
    subparsers = next(a for a in parser._actions if isinstance(a.choices, dict))
    extra = subparsers.add_parser("contrast", sink=[], lang="en")  # type: ignore[attr-defined]
    extra.add_argument("--side", metavar="{left,right}")
    extra.add_argument("--turn", choices=["up", "down"])
    parser.add_argument("--tone", choices=["warm", "cool"])  # after the commands
    script = completion_script(parser, "bash")
    (line,) = [line for line in script.splitlines() if "contrast) options=" in line]
    assert "--side" in line
    assert "--turn" in line
    assert 'COMPREPLY=($(compgen -W "left right"' in script
    assert 'COMPREPLY=($(compgen -W "up down"' in script
    assert 'COMPREPLY=($(compgen -W "warm cool"' in script
    with pytest.raises(ValueError, match="tcsh") as info:
        completion_script(parser, "tcsh")
    assert str(info.value) == "unknown shell 'tcsh'; use one of bash, zsh"


@pytest.mark.usefixtures("plain_env")
@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["httpcodes", "li"], "lookup list search redirect"),
        (["httpcodes", "--color", ""], "auto always never"),
        (["httpcodes", "redirect", "--policy", ""], "fetch rfc9110 legacy"),
        (["httpcodes", "list", "--c"], "--class"),
    ],
)
def test_zsh_completion_offers(
    words: list[str], offered: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """zsh's compadd filters by the typed prefix itself; a stand-in compadd
    shows what the script offers."""
    zsh = shutil.which("zsh")
    if zsh is None:
        pytest.skip("zsh is not installed")
    _, script, _ = run(["--completion", "zsh"], capsys)
    quoted = " ".join(f"'{word}'" for word in words)
    driver = (
        "compdef() { :; }\n"
        'compadd() { shift; print -r -- "$*"; }\n'
        f"{script}\nwords=({quoted}); CURRENT={len(words)}\n_httpcodes\n"
    )
    result = subprocess.run(
        [zsh, "-f", "-c", driver], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert set(offered.split()) <= set(result.stdout.split())


@pytest.mark.parametrize(
    "key",
    ["\u00a0404", "404\u3000", "\u2003not found", "٤٠٤", "0404", " 404 "],
    ids=repr,
)
def test_lookup_and_check_read_a_key_as_the_library_does(
    key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line reads keys through the library: the two commands
    agree with each other and with httpcodes.get (issue 18: the command line
    used to strip Unicode white space and the library only ASCII)."""
    found = httpcodes.get(key) is not None
    lookup_status, _, _ = run([key], capsys)
    check_status, _, _ = run(["check", key], capsys)
    assert (lookup_status == 0) is found
    assert (check_status == 0) is found


@pytest.mark.parametrize(
    ("argv", "out", "err"),
    [
        (
            ["list", "--deprecated", "--class", "2xx"],
            "",
            "httpcodes: no code matches\n",
        ),
        (
            ["--lang", "ko", "list", "--deprecated", "--class", "2xx"],
            "",
            "httpcodes: 일치하는 코드가 없음\n",
        ),
        (
            ["--json", "list", "--deprecated", "--class", "2xx"],
            "[]\n",
            "httpcodes: no code matches\n",
        ),
    ],
    ids=["en", "ko", "json"],
)
def test_a_list_that_matches_nothing_says_so_with_status_1(
    argv: list[str], out: str, err: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No 2xx code is deprecated (IANA registry, 2025-09-15): docs/cli.md
    promises an empty list with status 1."""
    assert run(argv, capsys) == (1, out, err)
