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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: "Sequence[str] | None" = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return
    the exit status: 0 when everything asked for was found, 1 when something
    was not, 2 for a usage error, 130 after Ctrl-C."""
    # The command line's modules (argparse, json, the commands) are imported
    # here, where a Ctrl-C while they load ends the command as any other
    # Ctrl-C does, with no traceback: most of start-up is spent importing.
    try:
        from ._main import main as run  # noqa: PLC0415
    except KeyboardInterrupt:
        import sys  # noqa: PLC0415 - built in, always loaded

        sys.stderr.write("\n")
        return 130
    return run(argv)


__all__ = ["main"]
