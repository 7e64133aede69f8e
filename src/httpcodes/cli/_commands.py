"""The subcommands of ``httpcodes``: their arguments and what they do.

Each command is one ``Command`` in ``COMMANDS``: a name, a function that
adds its own arguments to its parser, a function that runs it, and the
examples its help shows.  Its help words come from the catalogue under
``<name>.summary`` and ``<name>.description``.  Adding a subcommand is
adding one entry here (and its words to the catalogue, ``_data/messages.py``);
``_main`` builds the parser, the help and the shell completion from this
table.

A command returns an ``Outcome`` and writes nothing: ``_main`` decides how
the outcome reaches the streams.  Like every module of the command line,
this one uses the public API of httpcodes only (``tests/test_layers.py``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from httpcodes import (
    RedirectPolicy,
    StatusClass,
    StatusCode,
    UnknownStatusError,
    check_response,
    compare,
    follow_redirect,
    get,
    guidance,
    lookup,
    resolve,
    search,
    unofficial,
)
from httpcodes.messages import message

from ._render import (
    Style,
    code_lines,
    code_record,
    comparison_lines,
    entry_record,
    error_record,
    findings_lines,
    guidance_lines,
    label,
    languages,
    listing,
    one_language,
    redirect_lines,
    unofficial_lines,
    unregistered_lines,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable, Sequence
    from typing import Any, Final, Literal

    Lang = Literal["en", "ko", "both"]
    OneLang = Literal["en", "ko"]


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
        self.lang: Lang = lang
        self.json = json
        self.style = style
        self.today = today
        self.columns = columns

    @property
    def words(self) -> OneLang:
        """The language of what is said in one language only: usage errors
        (argparse's frame) and the JSON ``message`` of an error."""
        return one_language(self.lang)

    def say(self, name: str, /, **fields: object) -> list[str]:
        """A catalogue text in each language shown, English first."""
        return [message(name, one, **fields) for one in languages(self.lang)]


class Outcome:
    """What a command produced: the exit status, the text lines or the JSON
    value for standard output, and messages (errors, then hints) for
    standard error."""

    def __init__(
        self,
        status: int,
        lines: Sequence[str] = (),
        data: object = None,
        errors: Sequence[str] = (),
        hints: Sequence[str] = (),
    ) -> None:
        self.status = status
        self.lines = list(lines)
        self.data = data
        self.errors = list(errors)
        # Lines after the errors that say where to look next, as they are.
        self.hints = list(hints)


class UsageProblem(Exception):
    """A usage error found after parsing (exit status 2)."""


@dataclass(frozen=True)
class Command:
    """One subcommand: how to parse it, how to run it, how to show it."""

    name: str
    add_arguments: Callable[[argparse.ArgumentParser, OneLang], None]
    run: Callable[[argparse.Namespace, Context], Outcome]
    examples: tuple[str, ...]
    # The positional argument that takes words: arguments left over after
    # an option (``httpcodes not --json found``) join it.
    words_argument: str | None = field(default=None, kw_only=True)
    # The catalogue key of the help's exit-status paragraph: check's
    # statuses mean something else than the lookups'.
    exit_status: str = field(default="help.exit_status", kw_only=True)


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


# -- httpcodes [lookup] KEY ...------------------------------------------------


def _failure_of(key: str) -> UnknownStatusError:
    """Why ``key`` names no registered code, as the library says it."""
    try:
        lookup(key)
    except UnknownStatusError as error:
        return error
    raise LookupError(key)  # pragma: no cover - the caller checked that it does


def _class_member(number: int) -> StatusCode | None:
    """The code a client treats ``number`` as, if it is a status code at all
    (the library's rule for the valid range, RFC 9110, Section 15)."""
    try:
        return resolve(number)
    except UnknownStatusError:
        return None


def _unknown_key_messages(
    error: UnknownStatusError, key: str, ctx: Context, *, hint: bool = False
) -> tuple[list[str], list[str]]:
    """The message for a key that names nothing, in each language shown,
    and the suggestions.  ``hint`` points to search: lookup's errors only,
    since a command that wants a code (check, compare, redirect) is not
    asked to describe a situation."""
    if error.number is not None:
        # A number HTTP allows is a status code, only not a registered one;
        # anything else is no status code at all (RFC 9110, Section 15).
        inside = _class_member(error.number) is not None
        which = "error.unregistered_number" if inside else "error.not_a_number"
        shown = error.number if inside else key
        return ctx.say(which, key=shown), []
    suggestions = list(error.suggestions)
    texts = []
    for one in languages(ctx.lang):
        text = message("error.unknown_key", one, key=key)
        if hint:
            text = message("error.search_hint", one, message=text)
        if suggestions:
            choices = message("error.or", one).join(repr(s) for s in suggestions)
            text = message("error.suggestions", one, message=text, choices=choices)
        texts.append(text)
    return texts, suggestions


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
        failure = _failure_of(key)
        code = failure.number
        entries = unofficial.lookup(code) if code is not None else ()
        fallback = _class_member(code) if code is not None else None
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
            texts, suggestions = _unknown_key_messages(failure, key, ctx, hint=True)
            errors.extend(texts)
            records.append(
                {
                    "key": key,
                    "registered": False,
                    "error": error_record(
                        "unknown_key", texts[0], suggestions=suggestions
                    ),
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
            message("error.bad_class", lang, value=text, choices=choices)
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
        return Outcome(1, data=records, errors=ctx.say("error.no_match"))
    return Outcome(0, listing(items, ctx.lang, ctx.today), records)


# -- httpcodes search --------------------------------------------------------------


def _limit_type(lang: OneLang) -> Callable[[str], int | None]:
    def parse_limit(text: str) -> int | None:
        if text.isascii() and text.isdigit():
            return int(text) or None
        raise argparse.ArgumentTypeError(message("error.bad_limit", lang, value=text))

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
    try:
        found = search(text, limit=args.limit)
    except ValueError:  # the query is longer than search reads
        return _failure("long_query", ctx.say("error.long_query", text=text))
    records = [
        {
            "score": round(match.score, 3),
            "matched": list(match.matched),
            **code_record(match.code, ctx.today),
        }
        for match in found
    ]
    if not found:
        return Outcome(1, data=records, errors=ctx.say("error.no_match_for", text=text))
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
            error = _failure_of(key)
            texts, suggestions = _unknown_key_messages(error, key, ctx)
            return _failure("unknown_key", texts, suggestions=suggestions)
        if member not in members:
            members.append(member)
    if len(members) < 2:
        raise UsageProblem(message("error.compare_needs_two", ctx.words))
    found = compare(*members)
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
    advice = [guidance(member) for member in members]
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
                message("error.bad_header", lang, value=text)
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
        "-R",
        "--request-header",
        dest="request_headers",
        action="append",
        default=[],
        type=_header_type(lang),
        metavar='"NAME: VALUE"',
        help=message("check.request_header", lang),
    )
    parser.add_argument(
        "--method", default="GET", metavar="METHOD", help=message("check.method", lang)
    )
    _yes_or_no(
        parser, "content", "check.content", "check.no_content", lang, dest="has_content"
    )


def run_check(args: argparse.Namespace, ctx: Context) -> Outcome:
    key: str = args.status
    member = get(key)
    if member is not None:
        status = member.code
        phrases = [
            member.phrase_ko if one == "ko" else member.phrase
            for one in languages(ctx.lang)
        ]
        title = f"{member.code} {' / '.join(phrases)}"
    else:
        failure = _failure_of(key)
        if failure.number is None or _class_member(failure.number) is None:
            problems, suggestions = _unknown_key_messages(failure, key, ctx)
            return _failure("unknown_key", problems, suggestions=suggestions)
        # An unregistered code is checked by its class (RFC 9110, Section 15).
        status = failure.number
        title = f"{status} ({label('note.unregistered', ctx.lang)})"
    try:
        findings = check_response(
            status,
            args.headers,
            method=args.method,
            has_content=args.has_content,
            request_headers=args.request_headers,
        )
    except (TypeError, ValueError):  # the method is the only thing left to refuse
        return _failure("bad_method", ctx.say("error.bad_method", method=args.method))
    broken = any(str(f.level) in ("MUST", "MUST NOT") for f in findings)
    record = {
        "code": status,
        "method": args.method,
        "headers": [list(pair) for pair in args.headers],
        "request_headers": [list(pair) for pair in args.request_headers],
        "has_content": args.has_content,
        "violates_must": broken,
        "findings": [
            {
                "rule": f.rule,
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
            message("error.bad_policy", lang, value=text, choices=choices)
        )

    return parse_policy


def _redirect_arguments(parser: argparse.ArgumentParser, lang: OneLang) -> None:
    parser.add_argument(
        "code",
        metavar="CODE",
        help=message("redirect.code", lang, codes=_followable_redirects()),
    )
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


def _followable_redirects() -> str:
    """The redirects a client follows, as the library's data says."""
    return ", ".join(str(m.code) for m in StatusCode if m.is_followable_redirect)


def _failure(kind: str, texts: list[str], **extra: object) -> Outcome:
    """Exit status 1: the message on standard error in each language shown,
    and in JSON in the first of them."""
    data = {"error": error_record(kind, texts[0], **extra)}
    return Outcome(1, data=data, errors=texts)


def run_redirect(args: argparse.Namespace, ctx: Context) -> Outcome:
    key: str = args.code
    member = get(key)
    if member is None:
        error = _failure_of(key)
        texts, suggestions = _unknown_key_messages(error, key, ctx)
        return _failure("unknown_key", texts, suggestions=suggestions)
    if not member.is_followable_redirect:
        texts = ctx.say(
            "error.not_a_redirect", code=member.code, codes=_followable_redirects()
        )
        return _failure("not_a_redirect", texts)
    policy: RedirectPolicy = args.policy
    try:
        follow = follow_redirect(member, args.method, policy=policy)
    except (ValueError, TypeError):  # the method is the only thing left to refuse
        return _failure("bad_method", ctx.say("error.bad_method", method=args.method))
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


# -- which words form one key ---------------------------------------------------
# How the words after ``httpcodes`` become keys.
#
# A phrase needs no quotes, so ``httpcodes not found`` must look up one key,
# "not found", while ``httpcodes 520 522`` looks up two.  The rule, stated in
# docs/cli.md and in ``httpcodes lookup --help``:
#
# 1. If all the arguments joined by spaces name a code, that is the one key.
# 2. Otherwise an argument made only of digits, or one that holds white space
#    (a quoted phrase), is a key by itself.
# 3. Each run of other arguments between them is split into the fewest whole
#    names or phrases (the longest first when there is a choice):
#    ``not found gone`` is "not found" and "gone".
# 4. A run that cannot be split that way is one unknown key: it is reported
#    with suggestions, and no part of it is answered, so "nott found" never
#    answers 302 Found.

# No registered name or phrase has more words than this (the longest,
# "Request Header Fields Too Large", has five); longer pieces are not tried,
# so a long run costs a number of tries linear in its length.
_MOST_WORDS = 8


def group_keys(
    arguments: Sequence[str], names_a_code: Callable[[str], bool]
) -> list[str]:
    """The keys ``arguments`` spell; ``names_a_code(text)`` says whether a
    text is a registered name or phrase."""
    if len(arguments) > 1 and names_a_code(" ".join(arguments)):
        return [" ".join(arguments)]
    keys: list[str] = []
    run: list[str] = []
    for argument in arguments:
        if _stands_alone(argument):
            keys.extend(_split_run(run, names_a_code))
            run = []
            keys.append(argument)
        else:
            run.append(argument)
    keys.extend(_split_run(run, names_a_code))
    return keys


def _stands_alone(argument: str) -> bool:
    text = argument.strip()
    return (text.isascii() and text.isdigit()) or len(text.split()) > 1


def _split_run(run: list[str], names_a_code: Callable[[str], bool]) -> list[str]:
    if len(run) <= 1:
        return list(run)
    # best[i]: the fewest whole keys that spell run[i:], or None.
    best: list[list[str] | None] = [None] * len(run) + [[]]
    for start in range(len(run) - 1, -1, -1):
        last = min(len(run), start + _MOST_WORDS)
        for end in range(last, start, -1):  # longest piece first
            rest = best[end]
            piece = " ".join(run[start:end])
            if rest is None or not names_a_code(piece):
                continue
            candidate = [piece, *rest]
            current = best[start]
            if current is None or len(candidate) < len(current):
                best[start] = candidate
    found = best[0]
    return [" ".join(run)] if found is None else found


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
            'httpcodes check 206 -H "Content-Range: bytes 0-9/9" -R "Host: a.example"',
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
