"""The documentation's examples run, and docs/api.md covers __all__ exactly."""

from __future__ import annotations

import doctest
import importlib
import re

import pytest

import httpcodes

from .facts import ROOT

DOC_FILES = sorted(
    path.relative_to(ROOT).as_posix()
    for path in [ROOT / "README.md", *ROOT.glob("docs/*.md")]
)
MODULES = ["httpcodes", "httpcodes._status", "httpcodes._lookup", "httpcodes._errors"]
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
    documented = set(re.findall(r"^## `(\w+)", text, flags=re.MULTILINE))
    assert documented == set(httpcodes.__all__)


def test_all_names_exist_and_nothing_public_is_missing() -> None:
    for name in httpcodes.__all__:
        assert hasattr(httpcodes, name), name
    public = {
        name
        for name, value in vars(httpcodes).items()
        if not name.startswith("_") and not isinstance(value, type(httpcodes))
    }
    public.discard("annotations")  # from __future__ import annotations
    assert public <= set(httpcodes.__all__)


def test_readme_links_exist() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert (ROOT / target).exists(), target
