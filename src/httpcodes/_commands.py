"""The subcommands of ``httpcodes``: their arguments and what they do.

Each command is one ``Command`` in ``COMMANDS``: a name, a function that
adds its own arguments to its parser, a function that runs it, and the
examples its help shows.  Its help words come from the catalogue under
``<name>.summary`` and ``<name>.description``.  Adding a subcommand is
adding one entry here (and its words to ``_messages``); ``_cli`` builds the
parser, the help and the shell completion from this table.

A command returns an ``Outcome`` and writes nothing: ``_cli`` decides how
the outcome reaches the streams.
"""

from __future__ import annotations

import argparse

# Public names from the package, not the private modules that define them:
# those may move (issue 13) without this module noticing.
from . import (
    RedirectPolicy,
    StatusClass,
    StatusCode,
    UnknownStatusError,
    classify,
    follow_redirect,
    get,
    lookup,
    resolve,
    unofficial,
)
from ._key_groups import group_keys
from ._keys import show_text
from ._render_json import code_record, entry_record, error_record
from ._render_text import (
    Style,
    code_lines,
    comparison_lines,
    findings_lines,
    guidance_lines,
    listing,
    redirect_lines,
    unofficial_lines,
    unregistered_lines,
)
from ._translate import message, one_language

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable, Sequence
    from typing import Any, Final

    from . import Comparison, Finding, Guidance, Match
    from ._translate import Lang, OneLang

__all__ = ["COMMANDS", "Command", "Context", "Outcome", "UsageProblem"]


class Context:
    """What every command needs to know besides its own arguments."""

    def __init__(
        self,
        lang: Lang,
        json: bool,
        style: Style,
        today: datetime.date,
        columns: int,
    ) -> None:
        self.lang = lang
        self.json = json
        self.style = style
        self.today = today
        self.columns = columns

    @property
    def words(self) -> OneLang:
        """The language of labels and messages."""
        return one_language(self.lang)


class Outcome:
    """What a command produced: the exit status, the text lines or the JSON
    value for standard output, and messages for standard error."""

    def __init__(
        self,
        status: int,
        lines: Sequence[str] = (),
        data: object = None,
        errors: Sequence[str] = (),
    ) -> None:
        self.status = status
        self.lines = list(lines)
        self.data = data
        self.errors = list(errors)


class UsageProblem(Exception):
    """A usage error found after parsing (exit status 2)."""


class Command:
    """One subcommand: how to parse it, how to run it, how to show it."""

    def __init__(
        self,
        name: str,
        add_arguments: Callable[[argparse.ArgumentParser, OneLang], None],
        run: Callable[[argparse.Namespace, Context], Outcome],
        examples: tuple[str, ...],
        *,
        words_argument: str | None = None,
        exit_status: str = "help.exit_status",
    ) -> None:
        self.name = name
        self.add_arguments = add_arguments
        self.run = run
        self.examples = examples
        # The positional argument that takes words: arguments left over
        # after an option (``httpcodes not --json found``) join it.
        self.words_argument = words_argument
        # The catalogue key of the help's exit-status paragraph: check's
        # statuses mean something else than the lookups'.
        self.exit_status = exit_status


# -- private helpers of other modules, used in one place -----------------------


def _search(text: str, limit: int | None) -> list[Match]:
    from . import search  # noqa: PLC0415  (loads the search on first use)

    return search(text, limit=limit)


def _compare(members: Sequence[StatusCode]) -> Comparison | None:
    from . import compare  # noqa: PLC0415  (loads the guidance on first use)

    return compare(*members)


def _check(
    status: int,
    headers: list[tuple[str, str]],
    method: str,
    has_content: bool | None,
) -> tuple[Finding, ...]:
    from . import check_response  # noqa: PLC0415  (loads the rules on first use)

    return check_response(status, headers, method=method, has_content=has_content)


def _guidance(member: StatusCode) -> Guidance:
    from . import guidance  # noqa: PLC0415  (loads the guidance on first use)

    return guidance(member)


def _yes_or_no(
    parser: argparse.ArgumentParser,
    name: str,
    yes_help: str,
    no_help: str,
    lang: OneLang,
    *,
    dest: str | None = None,
) -> None:
    """``--NAME`` and ``--no-NAME``, exclusive: True, False, or None when
    neither is given (the question is left open)."""
    group = parser.add_mutually_exclusive_group()
    for flag, value, key in ((name, True, yes_help), (f"no-{name}", False, no_help)):
        group.add_argument(
            f"--{flag}",
            dest=dest or name,
            action="store_const",
            const=value,
            default=None,
            help=message(key, lang),
        )


# -- httpcodes [lookup] KEY ... ------------------------------------------------


def _number(key: str) -> int | None:
    """The number a key spells if it is exactly three ASCII digits."""
    text = key.strip(" \t\n\r\f\v")
    if len(text) == 3 and text.isascii() and text.isdigit():
        return int(text)
    return None


def _status_number(text: str) -> int | None:
    """The number ``text`` writes when it is three ASCII digits that HTTP
    allows as a status code, registered or not; else ``None``."""
    if not (len(text) == 3 and text.isascii() and text.isdigit()):
        return None
    try:
        classify(int(text))  # the library's rule for the valid range, not a copy
    except UnknownStatusError:
        return None
    return int(text)


def _unknown_key_message(key: str, lang: OneLang) -> tuple[str, list[str]]:
    """The message for a key that names nothing, and the suggestions."""
    text = key.strip()
    shown = show_text(key)
    if text.isascii() and text.isdigit():
        # A number HTTP allows is a status code, only not a registered one;
        # anything else is no status code at all (RFC 9110, Section 15).
        inside = _status_number(text) is not None
        which = "error.unregistered_number" if inside else "error.not_a_number"
        return message(which, lang, key=text if inside else shown), []
    try:
        lookup(key)
    except UnknownStatusError as error:
        suggestions = list(error.suggestions)
    else:  # pragma: no cover - the caller checked that it names nothing
        suggestions = []
    text = message("error.unknown_key", lang, key=shown)
    if suggestions:
        choices = message("error.or", lang).join(repr(s) for s in suggestions)
        text = message("error.suggestions", lang, message=text, choices=choices)
    return text, suggestions


def _lookup_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument(
        "keys", nargs="+", metavar="KEY", help=message("lookup.keys", lang)
    )


def run_lookup(args: argparse.Namespace, ctx: Context) -> Outcome:
    status = 0
    blocks: list[list[str]] = []
    records: list[dict[str, Any]] = []
    errors: list[str] = []
    for key in group_keys(args.keys, lambda text: get(text) is not None):
        member = get(key)
        if member is not None:
            records.append(
                {"key": key, "registered": True, **code_record(member, ctx.today)}
            )
            blocks.append(
                code_lines(member, ctx.lang, ctx.style, ctx.today, ctx.columns)
            )
            continue
        code = _number(key)
        entries = unofficial.lookup(code) if code is not None else ()
        fallback = resolve(code) if code is not None and 100 <= code <= 599 else None
        if code is not None and entries:
            # Known, though not to IANA: an answer, not an error.
            record: dict[str, Any] = {"key": key, "registered": False, "code": code}
            record["unofficial"] = [entry_record(e) for e in entries]
            if fallback is not None:
                record["treated_as"] = code_record(fallback, ctx.today)
            records.append(record)
            blocks.append(
                unofficial_lines(
                    code,
                    entries,
                    fallback,
                    lang=ctx.lang,
                    style=ctx.style,
                    columns=ctx.columns,
                )
            )
        elif code is not None and fallback is not None:
            status = 1
            records.append(
                {
                    "key": key,
                    "registered": False,
                    "code": code,
                    "class": fallback.status_class.range,
                    "treated_as": code_record(fallback, ctx.today),
                }
            )
            blocks.append(
                unregistered_lines(code, fallback, ctx.lang, ctx.style, ctx.columns)
            )
        else:
            status = 1
            text, suggestions = _unknown_key_message(key, ctx.words)
            errors.append(text)
            records.append(
                {
                    "key": key,
                    "registered": False,
                    "error": error_record("unknown_key", text, suggestions=suggestions),
                }
            )
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return Outcome(status, lines, records, errors)


# -- httpcodes list --------------------------------------------------------------


def class_type(lang: OneLang) -> Callable[[str], StatusClass]:
    """'4xx', '4', 'client_error' or 'Client Error' -> StatusClass."""

    def parse_class(text: str) -> StatusClass:
        folded = text.strip().lower().replace("-", "_").replace(" ", "_")
        for status_class in StatusClass:
            if folded in (
                status_class.range,
                str(status_class.value),
                status_class.name.lower(),
            ):
                return status_class
        choices = ", ".join(c.range for c in StatusClass)
        raise argparse.ArgumentTypeError(
            message("error.bad_class", lang, value=repr(text), choices=choices)
        )

    return parse_class


def _list_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument(
        "--class",
        dest="status_class",
        type=class_type(lang),
        metavar="{1xx,2xx,3xx,4xx,5xx}",
        help=message("list.class", lang),
    )
    parser.add_argument(
        "--unofficial", action="store_true", help=message("list.unofficial", lang)
    )
    _yes_or_no(parser, "deprecated", "list.deprecated", "list.no_deprecated", lang)


def run_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    wanted: StatusClass | None = args.status_class
    items: list[StatusCode] | list[unofficial.UnofficialCode]
    if args.unofficial:
        if args.deprecated is not None:
            raise UsageProblem(message("error.unofficial_deprecated", ctx.words))
        items = [
            e for e in unofficial.ENTRIES if wanted is None or e.status_class is wanted
        ]
        records = [entry_record(e) for e in items]
    else:
        items = [
            m
            for m in StatusCode
            if (wanted is None or m.status_class is wanted)
            and (args.deprecated is None or m.deprecated is args.deprecated)
        ]
        records = [code_record(m, ctx.today) for m in items]
    if not items:
        return Outcome(1, data=records, errors=[message("error.no_match", ctx.words)])
    return Outcome(0, listing(items, ctx.lang, ctx.today), records)


# -- httpcodes search --------------------------------------------------------------


def _limit_type(lang: OneLang) -> Callable[[str], int | None]:
    def parse_limit(text: str) -> int | None:
        if text.isascii() and text.isdigit():
            return int(text) or None
        raise argparse.ArgumentTypeError(
            message("error.bad_limit", lang, value=repr(text))
        )

    return parse_limit


def _search_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument(
        "text", nargs="+", metavar="TEXT", help=message("search.text", lang)
    )
    parser.add_argument(
        "--limit",
        type=_limit_type(lang),
        default=_SEARCH_LIMIT,
        metavar="N",
        help=message("search.limit", lang, default=_SEARCH_LIMIT),
    )


# Enough to show the near misses, few enough to read at a glance.
_SEARCH_LIMIT: Final = 5


def run_search(args: argparse.Namespace, ctx: Context) -> Outcome:
    text = " ".join(args.text)
    found = _search(text, args.limit)
    records = [
        {
            "score": round(match.score, 3),
            "matched": list(match.matched),
            **code_record(match.code, ctx.today),
        }
        for match in found
    ]
    if not found:
        error = message("error.no_match_for", ctx.words, text=repr(text))
        return Outcome(1, data=records, errors=[error])
    members = [match.code for match in found]
    return Outcome(0, listing(members, ctx.lang, ctx.today), records)


# -- httpcodes compare -----------------------------------------------------------


def _compare_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument(
        "codes", nargs="+", metavar="CODE", help=message("compare.codes", lang)
    )


def run_compare(args: argparse.Namespace, ctx: Context) -> Outcome:
    keys: list[str] = args.codes
    members: list[StatusCode] = []
    for key in keys:
        member = get(key)
        if member is None:
            text, suggestions = _unknown_key_message(key, ctx.words)
            return _failure("unknown_key", text, suggestions=suggestions)
        if member not in members:
            members.append(member)
    if len(members) < 2:
        raise UsageProblem(message("error.compare_needs_two", ctx.words))
    found = _compare(members)
    record: dict[str, Any] = {"codes": [m.code for m in members]}
    if found is not None:
        record.update(
            group=[m.code for m in found.codes],
            distinction=found.distinction,
            distinction_ko=found.distinction_ko,
            reference=found.reference,
        )
        lines = comparison_lines(found, ctx.lang, ctx.style, ctx.columns)
        return Outcome(0, lines, record)
    advice = [_guidance(member) for member in members]
    record.update(
        group=None,
        guidance=[
            {
                "code": a.code.code,
                "use_when": a.use_when,
                "use_when_ko": a.use_when_ko,
            }
            for a in advice
        ],
    )
    return Outcome(0, guidance_lines(advice, ctx.lang, ctx.style, ctx.columns), record)


# -- httpcodes check ---------------------------------------------------------------


def _header_type(lang: OneLang) -> Callable[[str], tuple[str, str]]:
    def parse_header(text: str) -> tuple[str, str]:
        name, colon, value = text.partition(":")
        if not colon or not name.strip():
            raise argparse.ArgumentTypeError(
                message("error.bad_header", lang, value=repr(text))
            )
        # RFC 9110, Section 5.5: whitespace around a field value is not part
        # of it.
        return name.strip(), value.strip(" \t")

    return parse_header


def _check_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument("status", metavar="STATUS", help=message("check.status", lang))
    parser.add_argument(
        "-H",
        "--header",
        dest="headers",
        action="append",
        default=[],
        type=_header_type(lang),
        metavar='"NAME: VALUE"',
        help=message("check.header", lang),
    )
    parser.add_argument(
        "--method", default="GET", metavar="METHOD", help=message("check.method", lang)
    )
    _yes_or_no(
        parser, "content", "check.content", "check.no_content", lang, dest="has_content"
    )


def run_check(args: argparse.Namespace, ctx: Context) -> Outcome:
    key: str = args.status
    text = key.strip()
    member = get(key)
    if member is not None:
        status = member.code
        title = (
            f"{member.code} {member.phrase_ko if ctx.words == 'ko' else member.phrase}"
        )
    elif (number := _status_number(text)) is not None:
        # An unregistered code is checked by its class (RFC 9110, Section 15).
        status = number
        title = f"{text} ({message('note.unregistered', ctx.words)})"
    else:
        problem, suggestions = _unknown_key_message(key, ctx.words)
        return _failure("unknown_key", problem, suggestions=suggestions)
    try:
        findings = _check(status, args.headers, args.method, args.has_content)
    except (TypeError, ValueError):  # the method is the only thing left to refuse
        return _failure(
            "bad_method",
            message("error.bad_method", ctx.words, method=repr(args.method)),
        )
    broken = any(str(f.level) in ("MUST", "MUST NOT") for f in findings)
    record = {
        "code": status,
        "method": args.method,
        "headers": [list(pair) for pair in args.headers],
        "has_content": args.has_content,
        "violates_must": broken,
        "findings": [
            {
                "level": str(f.level),
                "header": f.header,
                "reference": f.reference,
                "message": f.message,
                "message_ko": f.message_ko,
            }
            for f in findings
        ],
    }
    lines = findings_lines(title, findings, ctx.lang, ctx.style, ctx.columns)
    return Outcome(1 if broken else 0, lines, record)


# -- httpcodes redirect ------------------------------------------------------------


def policy_type(lang: OneLang) -> Callable[[str], RedirectPolicy]:
    def parse_policy(text: str) -> RedirectPolicy:
        for policy in RedirectPolicy:
            if text == policy.value:
                return policy
        choices = ", ".join(p.value for p in RedirectPolicy)
        raise argparse.ArgumentTypeError(
            message("error.bad_policy", lang, value=repr(text), choices=choices)
        )

    return parse_policy


def _redirect_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument("code", metavar="CODE", help=message("redirect.code", lang))
    parser.add_argument(
        "method", metavar="METHOD", help=message("redirect.method", lang)
    )
    parser.add_argument(
        "--policy",
        type=policy_type(lang),
        metavar="{" + ",".join(p.value for p in RedirectPolicy) + "}",
        default=RedirectPolicy.FETCH,
        help=message("redirect.policy", lang),
    )


def _failure(kind: str, text: str, **extra: object) -> Outcome:
    return Outcome(1, data={"error": error_record(kind, text, **extra)}, errors=[text])


def run_redirect(args: argparse.Namespace, ctx: Context) -> Outcome:
    key: str = args.code
    member = get(key)
    if member is None:
        text, suggestions = _unknown_key_message(key, ctx.words)
        return _failure("unknown_key", text, suggestions=suggestions)
    if not member.is_followable_redirect:
        followable = ", ".join(
            str(m.code) for m in StatusCode if m.is_followable_redirect
        )
        text = message(
            "error.not_a_redirect", ctx.words, code=member.code, codes=followable
        )
        return _failure("not_a_redirect", text)
    policy: RedirectPolicy = args.policy
    try:
        follow = follow_redirect(member, args.method, policy=policy)
    except (ValueError, TypeError):  # the method is the only thing left to refuse
        return _failure(
            "bad_method",
            message("error.bad_method", ctx.words, method=repr(args.method)),
        )
    record = {
        "code": member.code,
        "method": args.method,
        "policy": policy.value,
        "follow_up_method": follow.method,
        "keep_body": follow.keep_body,
        "drop_headers": sorted(follow.drop_headers),
    }
    lines = redirect_lines(
        member,
        args.method,
        policy,
        follow,
        lang=ctx.lang,
        style=ctx.style,
        columns=ctx.columns,
    )
    return Outcome(0, lines, record)


# -- the table -----------------------------------------------------------------------

COMMANDS: Final = (
    Command(
        "lookup",
        _lookup_arguments,
        run_lookup,
        ("httpcodes 404", "httpcodes not found gone", "httpcodes --lang ko 520 522"),
        words_argument="keys",
    ),
    Command(
        "list",
        _list_arguments,
        run_list,
        (
            "httpcodes list --class 4xx",
            "httpcodes list --deprecated --lang both",
            "httpcodes list --unofficial --json",
        ),
    ),
    Command(
        "search",
        _search_arguments,
        run_search,
        (
            "httpcodes search user already exists",
            "httpcodes search 요청이 너무 많음",
            "httpcodes --json search --limit 3 timeout",
        ),
        words_argument="text",
    ),
    Command(
        "compare",
        _compare_arguments,
        run_compare,
        (
            "httpcodes compare 401 403",
            "httpcodes --lang ko compare 302 303 307",
            "httpcodes --json compare 429 503",
        ),
    ),
    Command(
        "check",
        _check_arguments,
        run_check,
        (
            "httpcodes check 405",
            'httpcodes check 503 -H "Retry-After: soon"',
            "httpcodes --lang ko check 204 -H 'Content-Length: 0' --content",
        ),
        exit_status="check.exit_status",
    ),
    Command(
        "redirect",
        _redirect_arguments,
        run_redirect,
        (
            "httpcodes redirect 302 POST",
            "httpcodes redirect 303 PUT --policy rfc9110",
            "httpcodes --json redirect 307 POST",
        ),
    ),
)
