"""The ``httpcodes`` command line: the parser, the dispatch, ``main``.

    httpcodes [lookup] KEY [KEY ...]     look codes up (the default command)
    httpcodes list [--class 4xx] [--deprecated | --no-deprecated] [--unofficial]
    httpcodes search TEXT                English or Korean
    httpcodes redirect 302 POST [--policy fetch|rfc9110|legacy]

The subcommands are the table ``_commands.COMMANDS``; the words, in English
and Korean, are the catalogue's (``httpcodes.messages``); text and JSON are
rendered by ``_render``; ``_terminal`` writes them.  This module only ties
them together.

``main(argv)`` returns the exit status: 0 when everything asked for was
found, 1 when something was not, 2 for a usage error, 130 after Ctrl-C.
No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from httpcodes import REGISTRY_DATE, __version__
from httpcodes.messages import message

from ._commands import COMMANDS, Context, Outcome, UsageProblem
from ._completion import SHELLS, completion_script
from ._render import (
    Style,
    dumps,
    error_record,
    local_date,
    one_language,
    width,
    wrap,
)
from ._terminal import (
    StreamFailed,
    colour_wanted,
    language_from_locale,
    silence,
    terminal_columns,
    write,
    write_error,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from typing import Final, Literal, NoReturn

    from _typeshed import SupportsWrite

    from ._commands import Command

    Lang = Literal["en", "ko", "both"]
    OneLang = Literal["en", "ko"]

PROG: Final = "httpcodes"
DEFAULT_COMMAND: Final = "lookup"
LANGUAGES: Final = ("en", "ko", "both")
COLOUR_MODES: Final = ("auto", "always", "never")
# Options that take a value, for finding where the subcommand is.
_VALUE_OPTIONS: Final = ("--lang", "--color", "--completion")
_HELP_WIDTH: Final = 78


# -- a parser that reports instead of exiting -----------------------------------


class _Exit(Exception):
    """argparse finished early (--help, --version), having written what it
    had to say into the sink; it exits with 0 then, as errors go through
    ``error``."""


class _UsageError(Exception):
    """argparse refused the arguments."""

    def __init__(self, parser: argparse.ArgumentParser, text: str) -> None:
        super().__init__(text)
        self.parser = parser
        self.text = text


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that never writes or exits by itself: its output
    goes to ``sink`` and its exits and errors become exceptions, so that
    ``run`` writes everything through ``_terminal`` and answers with JSON
    under --json."""

    def __init__(
        self, *args: object, sink: list[str], lang: OneLang, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.sink = sink
        self.lang: OneLang = lang
        # The headings argparse gives its two default groups, in the
        # catalogue's words (argparse has them as attributes of the parser).
        self._positionals.title = message("help.positionals", lang)
        self._optionals.title = message("help.options", lang)

    def _print_message(
        self, message: str, file: SupportsWrite[str] | None = None
    ) -> None:
        if message:
            self.sink.append(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _Exit

    def error(self, message: str) -> NoReturn:
        raise _UsageError(self, _in_words(message, self.lang))


# argparse's own messages, the ones this parser can produce, and the
# catalogue's words for each (argparse words them in English only; its
# gettext hook would change them for every parser in the process).  A message
# argparse adds in a later Python, and any message already ours, passes
# through as it is.
_ARGPARSE_MESSAGES: Final = (
    (re.compile(r"the following arguments are required: (.+)"), "error.required"),
    (re.compile(r"expected one argument"), "error.expected_one"),
    (re.compile(r"expected at least one argument"), "error.expected_some"),
    (re.compile(r"expected at most one argument"), "error.expected_at_most_one"),
    (re.compile(r"not allowed with argument (.+)"), "error.not_allowed_with"),
    (re.compile(r"ignored explicit argument (.+)"), "error.ignored_value"),
)
_ARGUMENT_PREFIX: Final = re.compile(r"argument (\S+): (.*)", re.DOTALL)


def _in_words(text: str, lang: OneLang) -> str:
    """An error argparse made, in the catalogue's words."""
    prefixed = _ARGUMENT_PREFIX.fullmatch(text)
    if prefixed is not None:
        return f"{prefixed[1]}: {_in_words(prefixed[2], lang)}"
    for pattern, key in _ARGPARSE_MESSAGES:
        found = pattern.fullmatch(text)
        if found is not None:
            return message(key, lang, value=found[1] if pattern.groups else "")
    return text


# -- building the parser ----------------------------------------------------------


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Option help wrapped by terminal cells (argparse counts characters,
    which makes Korean lines half as long again as they should be), and the
    usage line headed in the help's language."""

    usage_prefix = "usage: "

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, "", width)

    def _format_action(self, action: argparse.Action) -> str:
        # The commands under their heading, as the options are under theirs:
        # without argparse's line for the subcommand argument itself, which
        # shows only its metavar (COMMAND, already in the usage line), and
        # without the indentation it gives the commands below that line.
        if isinstance(action, argparse._SubParsersAction):
            return "".join(map(self._format_action, action._get_subactions()))
        return super()._format_action(action)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # argparse passes a prefix of its own ("") when it words a
        # subcommand's name from its parent's usage: that one stays.
        heading = self.usage_prefix if prefix is None else prefix
        super().add_usage(usage, actions, groups, heading)

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        # argparse indents the usage's later lines by the prefix's length in
        # characters; "사용법: " takes three cells more than it has
        # characters, so those lines would start left of the first one's
        # options.  Wrap three cells narrower, then indent them that much more.
        extra = width(prefix) - len(prefix) if prefix else 0
        self._width -= extra
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width += extra
        if not extra:
            return text
        first, *rest = text.split("\n")
        shifted = [
            " " * extra + line if line.startswith(" ") else line for line in rest
        ]
        return "\n".join([first, *shifted])


def _formatter(lang: OneLang) -> type[_HelpFormatter]:
    class Formatter(_HelpFormatter):
        usage_prefix = message("help.usage", lang) + ": "

    return Formatter


def _choice_type(
    choices: Sequence[str], error_key: str, lang: OneLang
) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if text in choices:
            return text
        raise argparse.ArgumentTypeError(message(error_key, lang, value=text))

    return parse


def _add_global_options(
    parser: argparse.ArgumentParser, lang: OneLang, *, top: bool
) -> None:
    """--lang, --json and --color, on the top parser and on every
    subcommand, so that they are accepted before or after it.  On the
    subcommands their default is SUPPRESS: an option given there sets the
    value, one not given leaves the top parser's value alone."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--lang",
        type=_choice_type(LANGUAGES, "error.bad_language", lang),
        metavar="{" + ",".join(LANGUAGES) + "}",
        default=default(None),
        help=message("help.lang", lang),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help=message("help.json", lang),
    )
    parser.add_argument(
        "--color",
        type=_choice_type(COLOUR_MODES, "error.bad_colour", lang),
        metavar="{" + ",".join(COLOUR_MODES) + "}",
        default=default("auto"),
        help=message("help.color", lang),
    )
    parser.add_argument(
        "--no-color",
        dest="color",
        action="store_const",
        const="never",
        default=default("auto"),
        help=message("help.no_color", lang),
    )


def _paragraph(text: str) -> str:
    return "\n".join(wrap(text, "", _HELP_WIDTH))


def _epilog(
    examples: Sequence[str], lang: OneLang, exit_status: str = "help.exit_status"
) -> str:
    lines = [message("help.examples", lang) + ":"]
    lines.extend(f"  {example}" for example in examples)
    return "\n".join(lines) + "\n\n" + _paragraph(message(exit_status, lang))


def build_parser(lang: OneLang, sink: list[str] | None = None) -> _Parser:
    """The whole command line as one argparse parser, help in ``lang``."""
    sink = [] if sink is None else sink
    formatter = _formatter(lang)
    parser = _Parser(
        prog=PROG,
        description=_paragraph(message("help.description", lang)),
        epilog=_epilog(
            (
                "httpcodes 404",
                "httpcodes --lang ko list",
                "httpcodes --json search teapot",
            ),
            lang,
        ),
        formatter_class=formatter,
        add_help=False,
        allow_abbrev=False,
        sink=sink,
        lang=lang,
    )
    parser.add_argument("-h", "--help", action="help", help=message("help.help", lang))
    _add_global_options(parser, lang, top=True)
    parser.add_argument(
        "--version", action="store_true", help=message("help.version", lang)
    )
    parser.add_argument(
        "--completion",
        type=_choice_type(SHELLS, "error.bad_shell", lang),
        metavar="{" + ",".join(SHELLS) + "}",
        help=message("help.completion", lang),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=message("help.commands", lang)
    )
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            help=message(f"{command.name}.summary", lang),
            description=_paragraph(message(f"{command.name}.description", lang)),
            epilog=_epilog(command.examples, lang, command.exit_status),
            formatter_class=formatter,
            add_help=False,
            allow_abbrev=False,
            sink=sink,
            lang=lang,
        )
        sub.add_argument("-h", "--help", action="help", help=message("help.help", lang))
        command.add_arguments(sub, lang)
        _add_global_options(sub, lang, top=False)
    return parser


# -- reading the arguments -----------------------------------------------------------


def _prescan(argv: Sequence[str]) -> tuple[Lang | None, bool]:
    """The --lang and --json given anywhere, known before parsing so that
    usage errors and help come in the right language and form."""
    lang: Lang | None = None
    wants_json = False
    for i, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--json":
            wants_json = True
        value = None
        if argument == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in LANGUAGES:
            lang = value  # type: ignore[assignment]
    return lang, wants_json


def _is_option(argument: str) -> bool:
    # "-" alone and negative numbers are arguments, as argparse reads them.
    return argument.startswith("-") and argument != "-" and not argument[1:].isdigit()


def _with_default_command(argv: Sequence[str]) -> list[str]:
    """``argv`` with "lookup" inserted where the subcommand belongs, unless
    the first argument that is not a global option already names one."""
    names = {command.name for command in COMMANDS}
    arguments = list(argv)
    i = 0
    while i < len(arguments):
        argument = arguments[i]
        if argument == "--" or not _is_option(argument):
            if argument not in names:
                arguments.insert(i, DEFAULT_COMMAND)
            return arguments
        i += 2 if argument in _VALUE_OPTIONS else 1
    # No word at all ("httpcodes", "httpcodes --lang ko"): no command, and
    # _dispatch shows the overview of the commands.
    return arguments


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action.choices, dict) and name in action.choices:
            sub: argparse.ArgumentParser = action.choices[name]
            return sub
    return parser


def _command(name: str) -> Command:
    for command in COMMANDS:
        if command.name == name:
            return command
    raise LookupError(name)  # pragma: no cover - argparse allows only these


def _take_leftovers(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    leftovers: list[str],
    lang: OneLang,
) -> None:
    """Words after an option (``httpcodes not --json found``) join the
    command's words; anything else left over is a usage error."""
    if not leftovers:
        return
    command = _command(args.command)
    if command.words_argument is not None and not any(map(_is_option, leftovers)):
        getattr(args, command.words_argument).extend(leftovers)
        return
    arguments = " ".join(leftovers)
    _subparser(parser, args.command).error(
        message("error.unrecognized", lang, arguments=arguments)
    )


def _known_options(parser: argparse.ArgumentParser) -> set[str]:
    """Every option string of the parser and of its subcommands."""
    options: set[str] = set()
    for action in parser._actions:
        options.update(action.option_strings)
        if isinstance(action.choices, dict):
            for sub in action.choices.values():
                options.update(_known_options(sub))
    return options


def _refuse_unknown_options(parser: _Parser, argv: Sequence[str]) -> None:
    """An option no command has is named as such, before argparse would
    read the line another way (``httpcodes --bogus`` asking for a KEY)."""
    known = _known_options(parser)
    for argument in argv:
        if argument == "--":
            return
        name = argument.partition("=")[0]
        if _is_option(argument) and name not in known:
            parser.error(message("error.unknown_option", parser.lang, value=name))


# -- running ------------------------------------------------------------------


def _usage_outcome(error: _UsageError, lang: OneLang) -> Outcome:
    # Two lines: what was wrong, and where to look (argparse's usage text,
    # worded and wrapped differently by each Python, is in --help).
    line = f"{error.parser.prog}: {message('error.usage', lang)}: {error.text}"
    hint = message("error.try_help", lang, prog=error.parser.prog)
    data = {"error": error_record("usage", error.text, command=error.parser.prog)}
    return Outcome(2, data=data, errors=[line], hints=[hint])


def _help_outcome(parser: argparse.ArgumentParser, text: str) -> Outcome:
    """Help, as text and under --json as a record."""
    text = text.rstrip("\n")
    return Outcome(0, [text], {"help": text, "command": parser.prog})


def _dispatch(
    parser: _Parser,
    argv: Sequence[str],
    env: Mapping[str, str],
    today: datetime.date,
    lang: Lang,
) -> tuple[Outcome, bool]:
    """Parse and run; the outcome, and whether it is wanted as JSON."""
    _refuse_unknown_options(parser, argv)
    args, leftovers = parser.parse_known_args(_with_default_command(argv))
    if args.lang is not None:
        lang = args.lang
    words = one_language(lang)
    if args.command is not None:
        _take_leftovers(parser, args, leftovers, words)
    elif leftovers:
        parser.error(
            message("error.unrecognized", words, arguments=" ".join(leftovers))
        )
    if args.completion is not None:
        return Outcome(
            0, [completion_script(parser, args.completion).rstrip("\n")]
        ), False
    if args.version:
        version = message(
            "help.version_line",
            words,
            prog=PROG,
            version=__version__,
            date=REGISTRY_DATE,
        )
        data = {"version": __version__, "registry_date": REGISTRY_DATE}
        return Outcome(0, [version], data), args.json
    if args.command is None:  # "httpcodes", "httpcodes --lang ko": the overview
        return _help_outcome(parser, parser.format_help()), args.json
    isatty = getattr(sys.stdout, "isatty", None)
    on_terminal = bool(isatty and isatty())
    style = Style(colour_wanted(args.color, on_terminal, env) and not args.json)
    context = Context(lang, args.json, style, today, terminal_columns())
    name: str = args.command
    try:
        return _command(name).run(args, context), args.json
    except UsageProblem as problem:
        raise _UsageError(_subparser(parser, name), str(problem)) from None


def _deliver(outcome: Outcome, as_json: bool, lang: OneLang) -> int:
    """Write the outcome; the exit status."""
    out, err = sys.stdout, sys.stderr
    status = outcome.status
    try:
        if as_json and outcome.data is not None:
            text = dumps(outcome.data)
            escaped = dumps(outcome.data, ascii_only=True)
            if not _encodes(text):  # lone surrogates from undecodable argv
                text = escaped
            write(out, text, escaped)
        elif outcome.lines:
            write(out, "\n".join(outcome.lines) + "\n")
    except BrokenPipeError:
        # The reader has all it wanted (``| head -1``); the answer stands.
        silence(out)
    except StreamFailed as failure:
        if failure.closed:
            reason = message("error.stdout_closed", lang)
        else:
            reason = message("error.stdout_failed", lang, reason=failure.reason)
        outcome.errors.append(reason)
        status = 1
    for error in outcome.errors:
        prefixed = error if error.startswith(f"{PROG}") else f"{PROG}: {error}"
        write_error(err, prefixed.rstrip("\n") + "\n")
    for hint in outcome.hints:
        write_error(err, hint + "\n")
    return status


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def run(
    argv: Sequence[str],
    *,
    today: datetime.date,
    env: Mapping[str, str] | None = None,
) -> int:
    """``main`` with the date and the environment passed in (tests pass a
    fixed date, so that expiry does not depend on the day they run)."""
    env = os.environ if env is None else env
    arguments = list(argv)
    given_lang, wants_json = _prescan(arguments)
    lang: Lang = given_lang or language_from_locale(env)
    words = one_language(lang)
    sink: list[str] = []
    parser = build_parser(words, sink)
    try:
        outcome, as_json = _dispatch(parser, arguments, env, today, lang)
    except _Exit:  # --help: argparse wrote the help into the sink
        outcome, as_json = _help_outcome(parser, "".join(sink)), wants_json
    except _UsageError as error:
        outcome, as_json = _usage_outcome(error, words), wants_json
    return _deliver(outcome, as_json, words)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = sys.argv[1:] if argv is None else _arguments(argv)
    try:
        return run(arguments, today=local_date())
    except KeyboardInterrupt:
        return interrupted()
    except Exception as error:  # never a traceback (issue 10)
        given_lang, wants_json = _prescan(list(arguments))
        lang = one_language(given_lang or language_from_locale(os.environ))
        reason = f"{type(error).__name__}: {str(error)[:200]}"
        text = message("error.internal", lang, reason=reason)
        outcome = Outcome(1, data={"error": error_record("internal", text)})
        outcome.errors.append(text)
        try:
            return _deliver(outcome, wants_json, lang)
        except Exception:  # the streams themselves are gone: nothing to say
            return 1


def _arguments(argv: object) -> list[str]:
    """``argv`` as plain strings, read once; a caller's mistake (a single
    string, bytes, a number among the arguments) is a ``TypeError`` before
    the command runs, not an "internal error" of the command."""
    if isinstance(argv, (str, bytes, bytearray)) or not hasattr(type(argv), "__iter__"):
        raise TypeError(
            f"argv must be a list of str, such as ['404'], not {type(argv).__name__}"
        )
    arguments: list[str] = []
    for argument in argv:  # type: ignore[attr-defined]
        if not isinstance(argument, str):
            raise TypeError(
                f"argv must hold only str, not {type(argument).__name__}"
                f" (argument {len(arguments) + 1})"
            )
        arguments.append(str.__str__(argument))
    return arguments


def interrupted() -> int:
    """Ctrl-C: the shell's convention, 128 + SIGINT, and no traceback."""
    write_error(sys.stderr, "\n")
    return 130
