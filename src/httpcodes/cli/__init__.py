"""The ``httpcodes`` command line.

    httpcodes [lookup] KEY [KEY ...]     look codes up (the default command)
    httpcodes list | search | compare | check | redirect ...

A client of the library like any user's program: it uses the public API of
``httpcodes``, ``httpcodes.unofficial`` and ``httpcodes.messages`` and
nothing else (``tests/test_layers.py`` checks), so it can never know more
than a user could.  ``main(argv=None) -> int`` is the entry point of the
``httpcodes`` console script and of ``python -m httpcodes``; docs/cli.md
documents the command.
"""

from ._main import main

__all__ = ["main"]
