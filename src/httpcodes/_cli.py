"""The ``httpcodes`` command line.

    httpcodes 404 "not found" NOT_FOUND      look codes up
    httpcodes list [--class 4xx] [--deprecated | --no-deprecated]
    httpcodes search TEXT                    English or Korean
    httpcodes redirect 302 POST [--policy fetch|rfc9110|legacy]

``main(argv)`` returns the exit status: 0 when every key was found, 1 when
any was not, 2 for a usage error.  Errors go to stderr and no traceback
reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import unicodedata

from . import __version__
from ._data import REGISTRY_DATE
from ._errors import UnknownStatusError
from ._lookup import lookup, resolve
from ._redirects import RedirectPolicy, follow_redirect
from ._search import search
from ._status import Registration, StatusClass, StatusCode
from .unofficial import UnofficialCode
from .unofficial import lookup as unofficial_lookup

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, Final, Literal, TextIO

    Lang = Literal["en", "ko", "both"]

SUBCOMMANDS: Final = ("list", "search", "redirect")

# -- text width and colour ----------------------------------------------------


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Hangul and other wide
    characters take two, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def wrap(text: str, indent: str, columns: int) -> list[str]:
    """Word-wrap ``text`` to ``columns`` terminal cells, Hangul counted as
    two (textwrap counts characters, which misaligns Korean)."""
    lines: list[str] = []
    line = ""
    for piece in text.split():
        candidate = f"{line} {piece}" if line else piece
        if line and width(indent + candidate) > columns:
            lines.append(indent + line)
            line = piece
        else:
            line = candidate
    lines.append(indent + line)
    return lines


def terminal_columns() -> int:
    # COLUMNS first, then the terminal, then 80; never wider than 100,
    # which is as long as a line stays comfortable to read.
    return min(shutil.get_terminal_size(fallback=(80, 24)).columns, 100)


# ANSI colours by class: the digit a reader looks for first.
_CLASS_COLOUR: Final = {1: "36", 2: "32", 3: "34", 4: "33", 5: "31"}


class Style:
    """Adds ANSI colour when enabled; plain text otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.enabled else text

    def status(self, member: StatusCode, text: str) -> str:
        return self._wrap("1;" + _CLASS_COLOUR[member.status_class.value], text)

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def warn(self, text: str) -> str:
        return self._wrap("35", text)


def colour_wanted(stream: TextIO, no_color_flag: bool) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns colour off.
    if no_color_flag or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def default_language() -> Lang:
    """Korean when the locale says so: LC_ALL, LC_MESSAGES, LANG, in that
    order, the first one set deciding (as POSIX orders them)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


# -- words in both languages --------------------------------------------------

_WORDS: Final = {
    "class": ("class", "분류"),
    "reference": ("reference", "참조"),
    "aliases": ("also", "다른 이름"),
    "deprecated": ("deprecated", "사용 중단"),
    "temporary": ("temporary registration, expires", "임시 등록, 만료일"),
    "unused": ("reserved as unused", "미사용 예약"),
    "obsoleted": ("obsoleted", "폐지됨"),
    "code": ("CODE", "코드"),
    "phrase": ("PHRASE", "이름"),
    "class_header": ("CLASS", "분류"),
    "note": ("NOTE", "비고"),
    "unregistered": ("not registered with IANA", "IANA에 등록되지 않음"),
    "unofficial": ("unofficial", "비공식"),
    "vendor": ("VENDOR", "사용처"),
    "retired": ("retired", "사용 종료"),
    "historical": ("historical", "역사적 기록"),
    "clashes": ("clashes with IANA", "IANA 코드와 겹침:"),
    "no_match": ("no code matches", "일치하는 코드가 없습니다"),
}


def word(key: str, lang: Lang) -> str:
    english, korean = _WORDS[key]
    return korean if lang == "ko" else english


def markers(member: StatusCode, lang: Lang) -> list[str]:
    """The deprecation and registration notes a reader must not miss."""
    langs: tuple[Lang, ...] = ("en", "ko") if lang == "both" else (lang,)
    notes = []
    for one in langs:
        if member.registration is Registration.TEMPORARY:
            notes.append(f"{word('temporary', one)} {member.registration_expires}")
        elif member.registration is Registration.UNUSED:
            notes.append(word("unused", one))
        elif member.registration is Registration.OBSOLETED:
            notes.append(word("obsoleted", one))
        if member.deprecated:
            notes.append(word("deprecated", one))
    return notes


def class_label(status_class: StatusClass, lang: Lang) -> str:
    if lang == "ko":
        return f"{status_class.range} {status_class.label_ko}"
    if lang == "both":
        return f"{status_class.range} {status_class.label} / {status_class.label_ko}"
    return f"{status_class.range} {status_class.label}"


def title(member: StatusCode, lang: Lang) -> str:
    if lang == "ko":
        return f"{member.phrase_ko} ({member.phrase})"
    if lang == "both":
        return f"{member.phrase} / {member.phrase_ko}"
    return member.phrase


# -- JSON ---------------------------------------------------------------------


def code_record(member: StatusCode) -> dict[str, Any]:
    """Every field of a code, for --json."""
    return {
        "code": member.code,
        "name": member.name,
        "phrase": member.phrase,
        "phrase_ko": member.phrase_ko,
        "class": {
            "value": member.status_class.value,
            "range": member.status_class.range,
            "label": member.status_class.label,
            "label_ko": member.status_class.label_ko,
        },
        "description": member.description,
        "description_ko": member.description_ko,
        "deprecated": member.deprecated,
        "registration": member.registration.value,
        "registration_expires": member.registration_expires,
        "reference": member.reference,
        "aliases": list(member.aliases),
        "is_followable_redirect": member.is_followable_redirect,
        "preserves_method": member.preserves_method,
        "is_cacheable_by_default": member.is_cacheable_by_default,
        "allows_content": member.allows_content,
    }


def print_json(value: object, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


# -- httpcodes KEY... ---------------------------------------------------------


def describe_code(member: StatusCode, lang: Lang, style: Style) -> list[str]:
    head = f"{style.status(member, str(member.code))} {style.bold(title(member, lang))}"
    notes = markers(member, lang)
    if notes:
        head += "  " + style.warn("[" + "; ".join(notes) + "]")
    label_lang: Lang = "ko" if lang == "ko" else "en"
    lines = [head]
    fields = [
        (word("class", label_lang), class_label(member.status_class, lang)),
        (word("reference", label_lang), member.reference),
    ]
    if member.aliases:
        fields.append((word("aliases", label_lang), ", ".join(member.aliases)))
    others = unofficial_lookup(member.code)
    if others:
        # The registered meaning wins; say what else the number is used for.
        uses = ", ".join(f"{e.phrase} ({vendor_name(e, lang)})" for e in others)
        fields.append((word("unofficial", label_lang), uses))
    columns = max(width(name) for name, _ in fields) + 1
    for name, value in fields:
        lines.append(f"  {style.dim(pad(name + ':', columns))} {value}")
    if lang in ("en", "both"):
        lines.extend(wrap(member.description, "  ", terminal_columns()))
    if lang in ("ko", "both"):
        lines.extend(wrap(member.description_ko, "  ", terminal_columns()))
    return lines


def unregistered_lines(code: int, lang: Lang, style: Style) -> list[str]:
    """RFC 9110, Section 15: an unknown code is read as the x00 of its class."""
    fallback = resolve(code)
    cls = fallback.status_class
    english = (
        f"{code} is not registered with IANA. A client treats it as"
        f" {fallback.code} {fallback.phrase}, class {cls.range} {cls.label}"
        " (RFC 9110, Section 15)."
    )
    korean = (
        f"{code}은(는) IANA에 등록되지 않은 코드입니다. 클라이언트는 이를"
        f" {fallback.code} {fallback.phrase_ko}, 분류 {cls.range} {cls.label_ko}"
        "(으)로 처리합니다 (RFC 9110, 15절)."
    )
    notes = [
        word("unregistered", one)
        for one in (("en", "ko") if lang == "both" else (lang,))
    ]
    lines = [f"{style.bold(str(code))}  " + style.warn("[" + "; ".join(notes) + "]")]
    if lang in ("en", "both"):
        lines.extend(wrap(english, "  ", terminal_columns()))
    if lang in ("ko", "both"):
        lines.extend(wrap(korean, "  ", terminal_columns()))
    return lines


def vendor_name(entry: UnofficialCode, lang: Lang) -> str:
    return entry.vendor.name_ko if lang == "ko" else entry.vendor.name


def usage_note(entry: UnofficialCode, lang: Lang) -> str:
    one: Lang = "ko" if lang == "ko" else "en"
    notes = [] if entry.status == "current" else [word(entry.status, one)]
    if entry.official is not None:
        notes.append(
            f"{word('clashes', one)} {entry.official.code} {entry.official.phrase}"
        )
    return ", ".join(notes)


def unofficial_lines(
    code: int, entries: tuple[UnofficialCode, ...], lang: Lang, style: Style
) -> list[str]:
    """A number IANA does not register but vendors use: their meanings, and
    how HTTP itself reads the number."""
    langs: tuple[Lang, ...] = ("en", "ko") if lang == "both" else (lang,)
    tags = [f"{word('unregistered', one)}; {word('unofficial', one)}" for one in langs]
    lines = [f"{style.bold(str(code))}  " + style.warn("[" + "; ".join(tags) + "]")]
    for entry in entries:
        phrase = entry.phrase_ko if lang == "ko" else entry.phrase
        head = f"  {vendor_name(entry, lang)}: {style.bold(phrase)}"
        note = usage_note(entry, lang)
        if note:
            head += "  " + style.warn(f"[{note}]")
        lines.append(head)
        for one in langs:
            lines.extend(wrap(entry.describe(one), "    ", terminal_columns()))  # type: ignore[arg-type]
        lines.append(f"    {style.dim(entry.source)}")
    for one in langs:
        lines.extend(wrap(http_reading(code, one), "  ", terminal_columns()))
    return lines


def http_reading(code: int, lang: Lang) -> str:
    """What HTTP makes of an unregistered number (RFC 9110, Section 15)."""
    if not 100 <= code <= 599:
        if lang == "ko":
            return (
                f"{code}은(는) 100~599 범위 밖이므로 HTTP 상태 코드로 유효하지 않고"
                " 분류도 없습니다 (RFC 9110, 15절)."
            )
        return (
            f"{code} is outside 100 to 599, so HTTP does not accept it as a status"
            " code and it has no class (RFC 9110, Section 15)."
        )
    fallback = resolve(code)
    if lang == "ko":
        return (
            f"이 코드를 모르는 클라이언트는 {fallback.code} {fallback.phrase_ko}(으)로"
            " 처리합니다 (RFC 9110, 15절)."
        )
    return (
        f"A client that does not know it treats it as {fallback.code}"
        f" {fallback.phrase} (RFC 9110, Section 15)."
    )


def entry_record(entry: UnofficialCode) -> dict[str, Any]:
    return {
        "code": entry.code,
        "phrase": entry.phrase,
        "phrase_ko": entry.phrase_ko,
        "vendor": {
            "key": entry.vendor.key,
            "name": entry.vendor.name,
            "name_ko": entry.vendor.name_ko,
            "url": entry.vendor.url,
        },
        "description": entry.description,
        "description_ko": entry.description_ko,
        "status": entry.status,
        "source": entry.source,
        "official": None if entry.official is None else entry.official.code,
        "class": None if entry.status_class is None else entry.status_class.range,
    }


def number_key(key: str) -> int | None:
    """The number a key spells if it is exactly three ASCII digits."""
    text = key.strip(" \t\n\r\f\v")
    if len(text) == 3 and text.isascii() and text.isdigit():
        return int(text)
    return None


def lookup_keys(keys: list[str]) -> list[str]:
    """The keys to look up: ``httpcodes payload too large`` without quotes
    means one phrase, when the words fail one by one but match together."""
    if len(keys) > 1:
        failing = [key for key in keys if _fails(key)]
        joined = " ".join(keys)
        if failing == keys or (failing and not _fails(joined)):
            return [joined]
    return keys


def _fails(key: str) -> bool:
    try:
        lookup(key)
    except UnknownStatusError:
        return True
    return False


def run_lookup(args: argparse.Namespace, out: TextIO, err: TextIO, style: Style) -> int:
    status = 0
    blocks: list[list[str]] = []
    records: list[dict[str, Any]] = []
    for key in lookup_keys(args.keys):
        try:
            member = lookup(key)
        except UnknownStatusError as error:
            code = number_key(key)
            entries = unofficial_lookup(code) if code is not None else ()
            if code is not None and entries:
                # Known, though not to IANA: an answer, not an error.
                record: dict[str, Any] = {"key": key, "registered": False, "code": code}
                record["unofficial"] = [entry_record(e) for e in entries]
                if 100 <= code <= 599:
                    record["treated_as"] = code_record(resolve(code))
                records.append(record)
                blocks.append(unofficial_lines(code, entries, args.lang, style))
            elif code is not None and 100 <= code <= 599:
                status = 1
                fallback = resolve(code)
                records.append(
                    {
                        "key": key,
                        "registered": False,
                        "code": code,
                        "class": fallback.status_class.range,
                        "treated_as": code_record(fallback),
                    }
                )
                blocks.append(unregistered_lines(code, args.lang, style))
            else:
                status = 1
                records.append(
                    {
                        "key": key,
                        "registered": False,
                        "error": str(error),
                        "suggestions": list(error.suggestions),
                    }
                )
                err.write(f"httpcodes: {error}\n")
            continue
        records.append({"key": key, "registered": True, **code_record(member)})
        blocks.append(describe_code(member, args.lang, style))
    if args.json:
        print_json(records, out)
    else:
        out.write("\n\n".join("\n".join(block) for block in blocks))
        if blocks:
            out.write("\n")
    return status


# -- httpcodes list -----------------------------------------------------------


def table(rows: list[list[str]], out: TextIO) -> None:
    """Left-aligned columns, measured in terminal cells."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [pad(cell, widths[i]) for i, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")


def phrase_columns(phrase: str, phrase_ko: str, lang: Lang) -> list[str]:
    if lang == "ko":
        return [phrase_ko]
    if lang == "both":
        return [phrase, phrase_ko]
    return [phrase]


def header(lang: Lang, *extra: str) -> list[str]:
    one: Lang = "ko" if lang == "ko" else "en"
    phrases = ["PHRASE", "이름"] if lang == "both" else [word("phrase", one)]
    return [word("code", one), *phrases, *(word(e, one) for e in extra)]


def listing_rows(members: list[StatusCode], lang: Lang) -> list[list[str]]:
    rows = [header(lang, "class_header", "note")]
    for member in members:
        note = ", ".join(markers(member, "ko" if lang == "ko" else "en"))
        rows.append(
            [
                str(member.code),
                *phrase_columns(member.phrase, member.phrase_ko, lang),
                member.status_class.range,
                note,
            ]
        )
    return rows


def parse_class(text: str) -> StatusClass:
    """'4xx', '4', 'client_error' or 'Client Error' -> StatusClass."""
    folded = text.strip().lower().replace("-", "_").replace(" ", "_")
    for status_class in StatusClass:
        if folded in (
            status_class.range,
            str(status_class.value),
            status_class.name.lower(),
        ):
            return status_class
    choices = ", ".join(c.range for c in StatusClass)
    raise argparse.ArgumentTypeError(f"unknown class {text!r}; use one of {choices}")


def parse_language(text: str) -> Lang:
    if text in ("en", "ko", "both"):
        return text  # type: ignore[return-value]
    raise argparse.ArgumentTypeError(f"unknown language {text!r}; use en, ko or both")


def parse_policy(text: str) -> RedirectPolicy:
    for policy in RedirectPolicy:
        if text == policy.value:
            return policy
    choices = ", ".join(p.value for p in RedirectPolicy)
    raise argparse.ArgumentTypeError(f"unknown policy {text!r}; use {choices}")


def run_list_unofficial(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .unofficial import ENTRIES  # noqa: PLC0415

    if args.deprecated is not None:
        err.write(
            "httpcodes list: --deprecated and --no-deprecated apply to registered"
            " codes; unofficial codes are marked retired or historical instead\n"
        )
        return 2
    entries = [
        e
        for e in ENTRIES
        if args.status_class is None or e.status_class is args.status_class
    ]
    if args.json:
        print_json([entry_record(e) for e in entries], out)
        return 0
    if not entries:
        err.write(f"httpcodes: {word('no_match', args.lang)}\n")
        return 1
    one: Lang = "ko" if args.lang == "ko" else "en"
    rows = [header(args.lang, "vendor", "note")]
    for entry in entries:
        phrases = phrase_columns(entry.phrase, entry.phrase_ko, args.lang)
        rows.append(
            [str(entry.code), *phrases, vendor_name(entry, one), usage_note(entry, one)]
        )
    table(rows, out)
    return 0


def run_list(args: argparse.Namespace, out: TextIO, err: TextIO, style: Style) -> int:
    if args.unofficial:
        return run_list_unofficial(args, out, err)
    members = list(StatusCode)
    if args.status_class is not None:
        members = [m for m in members if m.status_class is args.status_class]
    if args.deprecated is not None:
        members = [m for m in members if m.deprecated is args.deprecated]
    if args.json:
        print_json([code_record(m) for m in members], out)
        return 0
    if not members:
        err.write(f"httpcodes: {word('no_match', args.lang)}\n")
        return 1
    table(listing_rows(members, args.lang), out)
    return 0


# -- httpcodes search ---------------------------------------------------------


def run_search(args: argparse.Namespace, out: TextIO, err: TextIO, style: Style) -> int:
    text = " ".join(args.text)
    found = [(match.code, round(match.score, 2)) for match in search(text, limit=10)]
    if args.json:
        print_json([{"score": s, **code_record(m)} for m, s in found], out)
        return 0 if found else 1
    if not found:
        err.write(f"httpcodes: {word('no_match', args.lang)}: {text!r}\n")
        return 1
    table(listing_rows([m for m, _ in found], args.lang), out)
    return 0


# -- httpcodes redirect -------------------------------------------------------


def run_redirect(
    args: argparse.Namespace, out: TextIO, err: TextIO, style: Style
) -> int:
    try:
        member = lookup(args.code)
        follow = follow_redirect(member, args.method, policy=args.policy)
    except (UnknownStatusError, ValueError, TypeError) as error:
        err.write(f"httpcodes: {error}\n")
        return 1
    policy: RedirectPolicy = args.policy
    if args.json:
        print_json(
            {
                "code": member.code,
                "method": args.method,
                "policy": policy.value,
                "follow_up_method": follow.method,
                "keep_body": follow.keep_body,
                "drop_headers": sorted(follow.drop_headers),
            },
            out,
        )
        return 0
    arrow = f"{args.method} -> {style.bold(follow.method)}"
    head = (
        f"{style.status(member, str(member.code))} {title(member, args.lang)}: {arrow}"
    )
    lines = [head]
    dropped = ", ".join(sorted(follow.drop_headers))
    if args.lang in ("en", "both"):
        body = "kept" if follow.keep_body else f"dropped; remove {dropped}"
        lines.extend(
            wrap(f"policy: {policy.value}; body: {body}", "  ", terminal_columns())
        )
    if args.lang in ("ko", "both"):
        body = "유지" if follow.keep_body else f"버림; 제거할 헤더: {dropped}"
        lines.extend(
            wrap(f"정책: {policy.value}; 본문: {body}", "  ", terminal_columns())
        )
    out.write("\n".join(lines) + "\n")
    return 0


# -- argument parsing ---------------------------------------------------------


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=parse_language,
        metavar="{en,ko,both}",
        default=None,
        help="output language (default: Korean if the locale is ko_*, else English)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--no-color", action="store_true", help="no colour (also: NO_COLOR=1)"
    )


def build_parsers() -> dict[str, argparse.ArgumentParser]:
    version = f"httpcodes {__version__} (IANA registry {REGISTRY_DATE})"
    epilog = (
        "other commands: httpcodes list | search TEXT | redirect CODE METHOD"
        " (see httpcodes COMMAND --help)"
    )
    main_parser = argparse.ArgumentParser(
        prog="httpcodes",
        description="Look up HTTP status codes by number, name or phrase.",
        epilog=epilog,
    )
    main_parser.add_argument(
        "keys",
        nargs="+",
        metavar="KEY",
        help='a code, name or phrase: 404, NOT_FOUND, "not found"',
    )
    main_parser.add_argument("--version", action="version", version=version)
    common_options(main_parser)

    list_parser = argparse.ArgumentParser(
        prog="httpcodes list", description="List the registered status codes."
    )
    list_parser.add_argument(
        "--class",
        dest="status_class",
        type=parse_class,
        metavar="CLASS",
        help="only this class: 1xx, 2xx, 3xx, 4xx or 5xx",
    )
    list_parser.add_argument(
        "--unofficial",
        action="store_true",
        help="list the codes vendors use that IANA does not register (nginx 499, ...)",
    )
    deprecated = list_parser.add_mutually_exclusive_group()
    deprecated.add_argument(
        "--deprecated",
        dest="deprecated",
        action="store_const",
        const=True,
        help="only codes the standards deprecated",
    )
    deprecated.add_argument(
        "--no-deprecated",
        dest="deprecated",
        action="store_const",
        const=False,
        help="leave deprecated codes out",
    )
    common_options(list_parser)

    search_parser = argparse.ArgumentParser(
        prog="httpcodes search",
        description="Search phrases, names and descriptions, in English or Korean.",
    )
    search_parser.add_argument("text", nargs="+", metavar="TEXT")
    common_options(search_parser)

    redirect_parser = argparse.ArgumentParser(
        prog="httpcodes redirect",
        description="The method and body of the request that follows a redirect.",
    )
    redirect_parser.add_argument(
        "code", metavar="CODE", help="301, 302, 303, 307 or 308"
    )
    redirect_parser.add_argument("method", metavar="METHOD", help="the original method")
    redirect_parser.add_argument(
        "--policy",
        type=parse_policy,
        metavar="{fetch,rfc9110,legacy}",
        default=RedirectPolicy.FETCH,
        help="fetch (browsers, default), rfc9110 (strict), legacy (requests, httpx)",
    )
    common_options(redirect_parser)
    return {
        "": main_parser,
        "list": list_parser,
        "search": search_parser,
        "redirect": redirect_parser,
    }


RUNNERS: Final = {
    "": run_lookup,
    "list": run_list,
    "search": run_search,
    "redirect": run_redirect,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = arguments[0] if arguments and arguments[0] in SUBCOMMANDS else ""
    if command:
        arguments = arguments[1:]
    out, err = sys.stdout, sys.stderr
    try:
        args = build_parsers()[command].parse_args(arguments)
    except SystemExit as exit_:  # --help, --version (0) and usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.lang is None:
        args.lang = default_language()
    style = Style(colour_wanted(out, args.no_color) and not args.json)
    try:
        return RUNNERS[command](args, out, err, style)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return 130
