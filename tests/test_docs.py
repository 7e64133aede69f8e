"""The documentation's examples run, and docs/api.md covers __all__ exactly."""

from __future__ import annotations

import datetime
import doctest
import importlib
import pkgutil
import re
import shlex
from types import ModuleType

import pytest

import httpcodes
from httpcodes import asgi, testing, unofficial, wsgi
from httpcodes.cli._main import run as run_cli

from .facts import ROOT

# The day the command-line examples in the docs show (docs/cli.md).
DOCS_DAY = datetime.date(2026, 12, 3)

DOC_FILES = sorted(
    path.relative_to(ROOT).as_posix()
    for path in [ROOT / "README.md", *ROOT.glob("docs/*.md")]
)
# Every module of the package: their docstrings' examples run.
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(httpcodes.__path__, "httpcodes.")
    if not info.name.endswith("__main__")
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("relative", DOC_FILES)
def test_doc_examples_run(relative: str) -> None:
    result = doctest.testfile(
        str(ROOT / relative), module_relative=False, optionflags=FLAGS, verbose=False
    )
    assert result.failed == 0


def unclosed_fence(text: str) -> int | None:
    """The line of a code fence that ``text`` never closes, or None."""
    opened: tuple[int, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        fence = re.match(r"^\s*(```|~~~)", line)
        if fence is None:
            continue
        if opened is None:
            opened = (number, fence[1])
        elif fence[1] == opened[1] and not line.strip()[3:].strip():
            opened = None
    return None if opened is None else opened[0]


@pytest.mark.parametrize(
    "relative", [*DOC_FILES, "CHANGELOG.md", "CONTRIBUTING.md", "DEVELOPERS.md"]
)
def test_code_fences_close(relative: str) -> None:
    """An unclosed fence turns the rest of a page into code: docs/api.md
    once hid 17 sections that way."""
    line = unclosed_fence((ROOT / relative).read_text(encoding="utf-8"))
    assert line is None, f"{relative}: the fence opened on line {line} never closes"


def test_an_unclosed_fence_is_found() -> None:
    assert unclosed_fence("# A\n\n```python\n>>> 1\n1\n```\n") is None
    assert unclosed_fence("# A\n\n```python\n>>> 1\n\n## B\n") == 3
    assert unclosed_fence("```\n```python\n") == 1  # an opening is no close


def test_api_and_readme_have_examples() -> None:
    for relative in ("README.md", "docs/api.md"):
        assert ">>> " in (ROOT / relative).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
    assert result.failed == 0


def test_every_module_is_walked() -> None:
    assert {"httpcodes._status", "httpcodes._http.retry", "httpcodes.cli._main"} <= set(
        MODULES
    )


@pytest.mark.parametrize("name", sorted(set(httpcodes.__all__) - {"__version__"}))
def test_public_docstring_examples_run(name: str) -> None:
    """The public objects report the public module, so testmod of the private
    module that defines them skips them: their examples are found here."""
    value = getattr(httpcodes, name)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    globs = {**vars(httpcodes), "httpcodes": httpcodes}
    for test in doctest.DocTestFinder().find(value, name, globs=globs):
        runner.run(test)
    assert runner.failures == 0


def test_api_doc_lists_exactly_the_public_names() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `(\w+)[`( ]", text, flags=re.MULTILINE))
    assert documented == set(httpcodes.__all__)


def test_api_doc_covers_the_unofficial_module() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert "## `httpcodes.unofficial`" in text
    documented = set(re.findall(r"`unofficial\.(\w+)", text))
    assert unofficial.__all__
    assert set(unofficial.__all__) <= documented


@pytest.mark.parametrize("module", [wsgi, asgi, testing], ids=lambda m: m.__name__)
def test_api_doc_covers_the_checking_modules(module: ModuleType) -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert f"## `{module.__name__}`" in text
    short = module.__name__.removeprefix("httpcodes.")
    documented = set(re.findall(rf"`{short}\.(\w+)", text))
    assert module.__all__
    assert set(module.__all__) <= documented


def test_all_names_exist_and_nothing_public_is_missing() -> None:
    for name in httpcodes.__all__:
        assert hasattr(httpcodes, name), name
    public = {
        name
        for name, value in vars(httpcodes).items()
        if not name.startswith("_") and not isinstance(value, type(httpcodes))
    }
    assert public == set(httpcodes.__all__) - {"__version__"}


def test_readme_links_exist() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert (ROOT / target).exists(), target


def console_examples(relative: str) -> list[tuple[str, str]]:
    """Each "$ httpcodes ..." command in a console block, with its output."""
    text = (ROOT / relative).read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL):
        for chunk in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            if chunk.strip():
                command, _, output = chunk.partition("\n")
                examples.append((command, output))
    return examples


CONSOLE = [
    (relative, command, output)
    for relative in DOC_FILES
    for command, output in console_examples(relative)
]


def test_cli_doc_has_examples_of_every_command() -> None:
    commands = [c for r, c, _ in CONSOLE if r == "docs/cli.md"]
    for sub in ("list", "search", "redirect", "--json", "--lang ko", "--version"):
        assert any(sub in c for c in commands), sub


@pytest.mark.parametrize(("relative", "command", "output"), CONSOLE)
def test_console_examples_are_real_output(
    relative: str,
    command: str,
    output: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "NO_COLOR"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "80")
    argv = shlex.split(command.removeprefix("$ "))
    assert argv[0] in ("httpcodes", "python")
    if argv[0] == "python":
        assert argv[1:3] == ["-m", "httpcodes"]
        argv = argv[2:]
    # The examples were written on DOCS_DAY; what depends on the day (104's
    # temporary registration shows as expired after 2026-11-13) is shown as
    # it was then, whatever day the test runs.
    run_cli(argv[1:], today=DOCS_DAY)
    captured = capsys.readouterr()
    assert captured.out + captured.err == output
