"""The documentation's examples run, and docs/api.md covers __all__ exactly."""

from __future__ import annotations

import doctest
import importlib
import re
import shlex

import pytest

import httpcodes
from httpcodes import unofficial
from httpcodes._cli import main

from .facts import ROOT

DOC_FILES = sorted(
    path.relative_to(ROOT).as_posix()
    for path in [ROOT / "README.md", *ROOT.glob("docs/*.md")]
)
MODULES = [
    "httpcodes",
    "httpcodes._status",
    "httpcodes._lookup",
    "httpcodes._errors",
    "httpcodes._redirects",
    "httpcodes._responses",
    "httpcodes._retry",
    "httpcodes._status_line",
    "httpcodes.unofficial",
]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("relative", DOC_FILES)
def test_doc_examples_run(relative: str) -> None:
    result = doctest.testfile(
        str(ROOT / relative), module_relative=False, optionflags=FLAGS, verbose=False
    )
    assert result.failed == 0


def test_api_and_readme_have_examples() -> None:
    for relative in ("README.md", "docs/api.md"):
        assert ">>> " in (ROOT / relative).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
    assert result.failed == 0


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
    main(argv[1:])
    captured = capsys.readouterr()
    assert captured.out + captured.err == output
