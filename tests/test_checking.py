"""The options of the middleware and the test helpers (issue 21), read the
same way by all four: each mistake a clear, typed error, the same
everywhere; and the promise that ``pytest -W
error::httpcodes.ResponseWarning`` fails a suite on a protocol mistake,
with no plugin."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from httpcodes import RequirementLevel, asgi, testing, wsgi


async def _asgi_app(scope: Any, receive: Any, send: Any) -> None:
    """Never called."""


def _wsgi_app(environ: Any, start_response: Any) -> list[bytes]:
    """Never called."""
    return []


_RESPONSE = SimpleNamespace(status_code=200, headers={}, content=b"x")

# Each entry point, called with the given options.
ENTRIES: dict[str, Callable[..., object]] = {
    "wsgi.ResponseChecker": lambda **o: wsgi.ResponseChecker(_wsgi_app, **o),
    "asgi.ResponseChecker": lambda **o: asgi.ResponseChecker(_asgi_app, **o),
    "testing.findings": lambda **o: testing.findings(_RESPONSE, **o),
    "testing.assert_conforms": lambda **o: testing.assert_conforms(_RESPONSE, **o),
}
WITH_LANG = ["wsgi.ResponseChecker", "asgi.ResponseChecker", "testing.assert_conforms"]
WITH_REPORT = ["wsgi.ResponseChecker", "asgi.ResponseChecker"]

IGNORE_EXAMPLE = "such as {'405-allow-missing'}"
LEVELS = "'MUST', 'MUST NOT', 'CONTRADICTION', 'SHOULD', 'SHOULD NOT', 'NOTE', 'MAY'"

MISTAKES: list[tuple[str, object, type[Exception], str]] = [
    (
        "ignore",
        "405-allow-missing",
        TypeError,
        f"ignore must be a collection of rule names, {IGNORE_EXAMPLE}, not str:"
        " one name alone would be read as its characters",
    ),
    (
        "ignore",
        b"405-allow-missing",
        TypeError,
        f"ignore must be a collection of rule names, {IGNORE_EXAMPLE}, not bytes:"
        " one name alone would be read as its characters",
    ),
    (
        "ignore",
        405,
        TypeError,
        f"ignore must be a collection of rule names, {IGNORE_EXAMPLE}, not int",
    ),
    ("ignore", [405], TypeError, "each rule name in ignore must be a str, not int"),
    (
        "ignore",
        ["405_allow_missing"],
        ValueError,
        "ignore: '405_allow_missing' is not a rule name: a rule name is words of"
        " lower-case ASCII letters and digits joined by single hyphens, such as"
        " '405-allow-missing'",
    ),
    ("ignore", ["405-Allow-missing"], ValueError, "ignore: '405-Allow-missing' is"),
    ("ignore", ["-405"], ValueError, "ignore: '-405' is not a rule name"),
    ("ignore", ["405-"], ValueError, "ignore: '405-' is not a rule name"),
    ("ignore", ["405--allow"], ValueError, "ignore: '405--allow' is not a rule name"),
    ("ignore", [""], ValueError, "ignore: '' is not a rule name"),
    (
        "ignore",
        ["X" * 200],
        ValueError,
        "ignore: '" + "X" * 80 + "'... (120 more characters) is not a rule name",
    ),
    (
        "min_level",
        "SHOUD",
        ValueError,
        f"min_level: 'SHOUD' is not a RequirementLevel; use one of {LEVELS}",
    ),
    (
        "min_level",
        3,
        TypeError,
        "min_level: RequirementLevel value must be a str, not int (3)",
    ),
]
LANG_MISTAKES: list[tuple[str, object, type[Exception], str]] = [
    ("lang", "fr", ValueError, "unsupported language 'fr'; use 'en' or 'ko'"),
    ("lang", None, TypeError, "lang must be a str, not NoneType (None)"),
]
REPORT_MISTAKES: list[tuple[str, object, type[Exception], str]] = [
    (
        "report",
        "print",
        TypeError,
        "report must be a callable that takes (finding, exchange), or None, not str",
    ),
]


def _cases() -> list[Any]:
    cases = []
    for entry in ENTRIES:
        mistakes = list(MISTAKES)
        if entry in WITH_LANG:
            mistakes += LANG_MISTAKES
        if entry in WITH_REPORT:
            mistakes += REPORT_MISTAKES
        cases += [
            pytest.param(entry, *mistake, id=f"{entry}-{mistake[0]}-{mistake[1]!r:.20}")
            for mistake in mistakes
        ]
    return cases


@pytest.mark.parametrize(("entry", "option", "value", "error", "message"), _cases())
def test_each_mistake_is_the_same_error_everywhere(
    entry: str, option: str, value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        ENTRIES[entry](**{option: value})
    assert type(info.value) is error
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("entry", list(ENTRIES))
def test_the_accepted_forms(entry: str) -> None:
    call = ENTRIES[entry]
    forms: tuple[Any, ...] = (
        (),
        [],
        set(),
        frozenset({"a-b"}),
        {"x": 1},
        iter(["status-unregistered"]),
    )
    for ignore in forms:
        call(ignore=ignore)
    for level in ("MUST", "MAY", RequirementLevel.NOTE):
        call(min_level=level)


# What a type checker refuses too; passed on anyway, as an untyped caller
# would.
NOT_AN_APP: Any = "myapp:app"


@pytest.mark.parametrize("kind", ["WSGI", "ASGI"])
def test_an_app_that_cannot_be_called_is_refused(kind: str) -> None:
    module = wsgi if kind == "WSGI" else asgi
    article = "a" if kind == "WSGI" else "an"
    with pytest.raises(
        TypeError,
        match=f"^app must be {article} {kind} application \\(a callable\\), not str$",
    ):
        module.ResponseChecker(NOT_AN_APP)


def test_a_str_subclass_is_read_as_the_text_it_stores() -> None:
    class Shouting(str):
        def __str__(self) -> str:
            raise AssertionError("not to be called")

        def __eq__(self, other: object) -> bool:
            raise AssertionError("not to be called")

        __hash__ = str.__hash__

    korean: Any = Shouting("ko")
    checker = wsgi.ResponseChecker(
        _wsgi_app, ignore=[Shouting("405-allow-missing")], lang=korean
    )
    assert checker is not None
    french: Any = Shouting("fr")
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        wsgi.ResponseChecker(_wsgi_app, lang=french)


# -- pytest -W error::httpcodes.ResponseWarning ------------------------------------

SUITE = """
from httpcodes.wsgi import ResponseChecker

def app(environ, start_response):
    start_response("405 Method Not Allowed", [("Content-Type", "text/plain")])
    return [b"no"]

def test_delete():
    environ = {"REQUEST_METHOD": "DELETE", "PATH_INFO": "/items/1"}
    body = ResponseChecker(app)(environ, lambda status, headers, *rest: None)
    assert list(body) == [b"no"]
"""


def _pytest(directory: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_pytest_with_the_warning_made_an_error_fails_the_suite(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(textwrap.dedent(SUITE), encoding="utf-8")
    shown = _pytest(tmp_path)
    assert shown.returncode == 0, shown.stdout
    assert "ResponseWarning: DELETE '/items/1', answered 405: 405-allow-missing" in (
        shown.stdout
    )
    failed = _pytest(tmp_path, "-W", "error::httpcodes.ResponseWarning")
    assert failed.returncode == 1, failed.stdout
    assert "1 failed" in failed.stdout
