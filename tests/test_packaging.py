"""The installed distribution: metadata, py.typed, and what import costs."""

from __future__ import annotations

import importlib.metadata
import importlib.resources

import pytest

import httpcodes

from .facts import run_fresh

DISTRIBUTION = "httpcodes-ko"


def test_version_matches_the_metadata() -> None:
    assert httpcodes.__version__ == importlib.metadata.version(DISTRIBUTION)


def test_no_runtime_dependencies() -> None:
    requires = importlib.metadata.requires(DISTRIBUTION) or []
    assert [r for r in requires if "extra ==" not in r] == []


def test_requires_python_and_typed_classifier() -> None:
    metadata = importlib.metadata.metadata(DISTRIBUTION)
    assert metadata["Requires-Python"] == ">=3.10"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])


def test_py_typed_is_shipped() -> None:
    assert importlib.resources.files("httpcodes").joinpath("py.typed").is_file()


def test_import_pulls_in_no_heavy_modules() -> None:
    """Start-up stays cheap: typing, dataclasses, re, difflib are not loaded."""
    code = (
        "import sys, httpcodes; httpcodes.lookup(404); httpcodes.lookup('Not Found');"
        "print(' '.join(sorted(m for m in ('typing', 'dataclasses', 're', 'difflib',"
        " 'datetime') if m in sys.modules)))"
    )
    assert run_fresh(code).strip() == ""


def _modules_loaded_by(statements: str) -> list[str]:
    code = (
        f"import sys, httpcodes\n{statements}\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('httpcodes'))))"
    )
    return run_fresh(code).split()


def test_import_loads_only_the_enum_and_the_lookups() -> None:
    """What a program that looks codes up needs, and nothing else: the
    numbers, phrases, older phrases and class flags come without the data
    module, and so do lookups by name or phrase (issue 18)."""
    statements = (
        "m = httpcodes.lookup(404); m.phrase; m.code; m.aliases; m.is_success;"
        " m.is_error; httpcodes.StatusCode.NOT_FOUND; httpcodes.StatusCode(404);"
        " httpcodes.get(299); httpcodes.lookup('not found');"
        " httpcodes.lookup('REQUEST_ENTITY_TOO_LARGE'); httpcodes.get('no such');"
        " httpcodes.resolve(404); httpcodes.resolve(471)"
    )
    assert _modules_loaded_by(statements) == CORE


# What "import httpcodes" loads.
CORE = [
    "httpcodes",
    "httpcodes._lookup",
    "httpcodes._range",
    "httpcodes._recipe",
    "httpcodes._status",
]
# What reading an argument of another type, or an error, loads.
ARGUMENTS = ["httpcodes._abnf", "httpcodes._arguments", "httpcodes._errors"]
DATA = ["httpcodes._data", "httpcodes._data.codes"]


@pytest.mark.parametrize(
    ("statement", "more"),
    [
        ("httpcodes.StatusCode.NOT_FOUND.description_ko", DATA),
        (
            "httpcodes.StatusCode.NOT_FOUND.status_class",
            ["httpcodes._classes", *ARGUMENTS],
        ),
        (
            "httpcodes.StatusCode.NOT_FOUND.registration",
            [*DATA, "httpcodes._registration"],
        ),
    ],
)
def test_the_other_facts_load_what_they_need_on_first_use(
    statement: str, more: list[str]
) -> None:
    assert _modules_loaded_by(statement) == sorted([*CORE, *more])


# The frameworks and clients the checkers are tested against.
FRAMEWORKS = (
    "flask",
    "werkzeug",
    "django",
    "starlette",
    "fastapi",
    "httpx",
    "httpx2",
    "requests",
    "aiohttp",
)


def test_the_checkers_load_no_framework() -> None:
    """httpcodes.wsgi, .asgi and .testing read what WSGI, ASGI and test
    clients hand them, and import none of them (issue 21)."""
    code = (
        "import sys, importlib.util\n"
        "import httpcodes.wsgi, httpcodes.asgi, httpcodes.testing\n"
        f"names = {FRAMEWORKS!r}\n"
        "print(' '.join(n for n in names if importlib.util.find_spec(n)))\n"
        "print(' '.join(m.split('.')[0] for m in sys.modules"
        " if m.split('.')[0] in names))\n"
    )
    installed, loaded = run_fresh(code).split("\n")[:2]
    assert installed.split() == list(FRAMEWORKS)  # the check can see them
    assert loaded == ""


def test_import_does_not_load_the_checkers() -> None:
    loaded = _modules_loaded_by("")
    assert loaded == CORE
    named = _modules_loaded_by("httpcodes.ResponseWarning; httpcodes.Exchange")
    assert "httpcodes._http.exchanges" in named
    assert not {"httpcodes.wsgi", "httpcodes.asgi", "httpcodes._checking"} & set(named)


def test_a_failed_lookup_does_not_load_the_data() -> None:
    loaded = _modules_loaded_by(
        "import contextlib\n"
        "with contextlib.suppress(httpcodes.UnknownStatusError): httpcodes.lookup(499)"
    )
    assert loaded == sorted([*CORE, "httpcodes._errors"])
