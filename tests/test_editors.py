"""What is loaded late is still visible (issue 18): to editors that complete
statically, to help() and pydoc, and to inspect.

Jedi is the completion engine of VS Code's Jedi mode, vim, Emacs and
IPython's static mode: it reads the source and never imports it, so it sees
neither names that ``__getattr__`` loads on first use nor attributes that a
first read attaches.  ``__init__.pyi`` gives it the lazy names, and the
facts are properties in the class body.
"""

from __future__ import annotations

import inspect
import pydoc

import pytest

import httpcodes
from httpcodes import StatusClass, StatusCode, asgi, messages, testing, unofficial, wsgi

jedi = pytest.importorskip("jedi", reason="jedi is a dev dependency")


def complete(source: str) -> set[str]:
    """The names Jedi offers at the end of ``source``."""
    lines = source.split("\n")
    script = jedi.Script(source, path="client.py")
    return {c.name for c in script.complete(len(lines), len(lines[-1]))}


def facts(cls: type) -> set[str]:
    """The properties and methods the package defines for a class, in its
    body or a base of its own."""
    found = {
        name
        for base in cls.__mro__
        if base.__module__.startswith("httpcodes")
        for name, value in vars(base).items()
        if not name.startswith("_") and isinstance(value, property | type(facts))
    }
    assert len(found) > 3, cls  # the walk found them
    return found


def test_every_public_name_completes() -> None:
    offered = complete("from httpcodes import ")
    assert set(httpcodes.__all__) <= offered
    assert {"unofficial", "messages", "cli"} <= offered


def test_every_fact_of_a_member_completes() -> None:
    offered = complete("import httpcodes\nhttpcodes.StatusCode.NOT_FOUND.")
    assert facts(StatusCode) <= offered
    assert {"phrase", "description_ko", "status_class", "name", "value"} <= offered


def test_what_a_function_returns_completes() -> None:
    assert facts(StatusCode) <= complete("import httpcodes\nhttpcodes.lookup(404).")
    finding = complete("import httpcodes\nhttpcodes.check_response(405)[0].")
    assert {"level", "header", "reference", "message", "message_ko"} <= finding
    assert facts(StatusClass) <= complete(
        "from httpcodes import StatusClass\nStatusClass.CLIENT_ERROR."
    )


def test_the_public_modules_complete() -> None:
    assert set(unofficial.__all__) <= complete(
        "from httpcodes import unofficial\nunofficial."
    )
    assert set(messages.__all__) <= complete(
        "from httpcodes import messages\nmessages."
    )
    for module in (wsgi, asgi, testing):
        short = module.__name__.removeprefix("httpcodes.")
        offered = complete(f"from httpcodes import {short}\n{short}.")
        assert set(module.__all__) <= offered, short


def test_a_misspelled_name_does_not_complete() -> None:
    assert "lookpu" not in complete("from httpcodes import look")
    assert complete("import httpcodes\nhttpcodes.StatusCode.NOT_FOUND.phrse") == set()


@pytest.mark.parametrize("cls", [StatusCode, StatusClass])
def test_help_and_inspect_document_every_fact(cls: type) -> None:
    text = pydoc.plain(pydoc.render_doc(cls))
    for name in facts(cls):
        value = inspect.getattr_static(cls, name)
        doc = inspect.getdoc(value)
        assert doc, name
        assert doc.splitlines()[0] in text, name
        assert name in dir(cls)


def test_help_of_the_package_shows_the_lazy_names() -> None:
    text = pydoc.plain(pydoc.render_doc(httpcodes))
    for name in ("search", "check_response", "Finding", "StatusTypeError"):
        assert name in text
