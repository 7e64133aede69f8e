"""What the command line shows: text (descriptions, tables, redirect answers)
and JSON records.

Everything here returns lines, strings or JSON values; nothing writes.  The
words come from the catalogue, through ``httpcodes.messages.message``.  The
JSON shapes are documented in docs/cli.md ("--json"); every field name here
is part of that contract.
"""

from __future__ import annotations

import datetime
import json
import unicodedata

from httpcodes import Registration, StatusClass, StatusCode
from httpcodes.messages import message
from httpcodes.unofficial import UnofficialCode
from httpcodes.unofficial import lookup as unofficial_lookup

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, Final, Literal

    from httpcodes import Comparison, Finding, FollowUp, Guidance, RedirectPolicy

    Lang = Literal["en", "ko", "both"]
    OneLang = Literal["en", "ko"]

# -- languages ----------------------------------------------------------------


def one_language(lang: Lang) -> OneLang:
    """The language for labels and messages: Korean only under "ko"; "both"
    shows English labels next to both descriptions."""
    return "ko" if lang == "ko" else "en"


def languages(lang: Lang) -> tuple[OneLang, ...]:
    """The languages whose text is shown, in order."""
    if lang == "both":
        return ("en", "ko")
    return ("ko",) if lang == "ko" else ("en",)


def local_date() -> datetime.date:
    """The local date now: the day the user reads the output."""
    return datetime.date.today()


def has_expired(member: StatusCode, on: datetime.date) -> bool | None:
    """Whether a temporary registration has lapsed on day ``on``: True once
    its expiry date has passed, False before, None without an expiry date.

    A temporary registration is an early allocation (RFC 7120), which lapses
    after a year unless renewed (RFC 7120, Section 3.3); it stands through
    the date the registry records, and has lapsed from the next day on.
    """
    expires = member.registration_expires
    if expires is None:
        return None
    return datetime.date.fromisoformat(expires) < on


# -- width in terminal cells ------------------------------------------------


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


# -- colour -------------------------------------------------------------------

# ANSI colours by class: the digit a reader looks for first.
_CLASS_COLOUR: Final = {1: "36", 2: "32", 3: "34", 4: "33", 5: "31"}


class Style:
    """Adds ANSI colour when enabled; plain text otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.enabled else text

    def status(self, status_class: StatusClass, text: str) -> str:
        return self._wrap("1;" + _CLASS_COLOUR[status_class.value], text)

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def warn(self, text: str) -> str:
        return self._wrap("35", text)


# -- pieces shared by every view ----------------------------------------------


def markers(member: StatusCode, lang: OneLang, today: datetime.date) -> list[str]:
    """The registration and deprecation notes a reader must not miss; a
    temporary registration is shown as expired once its date has passed."""
    return registration_notes(
        member.registration.value,
        member.registration_expires,
        member.deprecated,
        lang,
        expired=bool(has_expired(member, today)),
    )


def registration_notes(
    registration: str,
    expires: str | None,
    deprecated: bool,
    lang: OneLang,
    *,
    expired: bool,
) -> list[str]:
    """The notes for a code that the registry lists as ``registration``
    (``Registration`` values) and the standards may have ``deprecated``;
    also the notes of the tables in docs/codes*.md (tools/generate.py)."""
    notes = []
    if registration == Registration.TEMPORARY.value:
        key = "note.temporary_expired" if expired else "note.temporary"
        notes.append(message(key, lang, date=expires))
    elif registration == Registration.UNUSED.value:
        notes.append(message("note.unused", lang))
    elif registration == Registration.OBSOLETED.value:
        notes.append(message("note.obsoleted", lang))
    if deprecated:
        notes.append(message("note.deprecated", lang))
    return notes


def _title(phrase: str, phrase_ko: str, lang: Lang) -> str:
    if lang == "ko":
        return f"{phrase_ko} ({phrase})"
    if lang == "both":
        return f"{phrase} / {phrase_ko}"
    return phrase


def _name(phrase: str, phrase_ko: str, lang: Lang) -> str:
    """A phrase in running text: the English one is not repeated in Korean."""
    if lang == "ko":
        return phrase_ko
    if lang == "both":
        return f"{phrase} / {phrase_ko}"
    return phrase


def _class_label(status_class: StatusClass, lang: Lang) -> str:
    if lang == "ko":
        return f"{status_class.range} {status_class.label_ko}"
    if lang == "both":
        return f"{status_class.range} {status_class.label} / {status_class.label_ko}"
    return f"{status_class.range} {status_class.label}"


def _vendor_name(entry: UnofficialCode, lang: OneLang) -> str:
    return entry.vendor.name_ko if lang == "ko" else entry.vendor.name


def _usage_note(entry: UnofficialCode, lang: OneLang) -> str:
    return ", ".join(usage_notes(entry.status, entry.official, lang))


def usage_notes(status: str, official: StatusCode | None, lang: OneLang) -> list[str]:
    """The notes on an unofficial code: retired or historical, and the
    registered code it clashes with (also in docs/unofficial*.md)."""
    notes = [] if status == "current" else [message(f"note.{status}", lang)]
    if official is not None:
        notes.append(
            message("note.clashes", lang, code=official.code, phrase=official.phrase)
        )
    return notes


def _bracket(style: Style, notes: list[str]) -> str:
    return style.warn("[" + "; ".join(notes) + "]")


# -- httpcodes KEY ------------------------------------------------------------


def code_lines(
    member: StatusCode, lang: Lang, style: Style, today: datetime.date, columns: int
) -> list[str]:
    """A registered code: title, notes, fields and descriptions."""
    label_lang = one_language(lang)
    head = (
        f"{style.status(member.status_class, str(member.code))}"
        f" {style.bold(_title(member.phrase, member.phrase_ko, lang))}"
    )
    notes = [n for one in languages(lang) for n in markers(member, one, today)]
    if notes:
        head += "  " + _bracket(style, notes)
    fields = [
        (message("label.class", label_lang), _class_label(member.status_class, lang)),
        (message("label.reference", label_lang), member.reference),
    ]
    if member.aliases:
        fields.append((message("label.aliases", label_lang), ", ".join(member.aliases)))
    headers = header_rules(member)
    if headers:
        fields.append((message("label.headers", label_lang), headers))
    others = unofficial_lookup(member.code)
    if others:
        # The registered meaning wins; say what else the number is used for.
        uses = ", ".join(
            f"{_name(e.phrase, e.phrase_ko, lang)} ({_vendor_name(e, label_lang)})"
            for e in others
        )
        fields.append((message("label.unofficial", label_lang), uses))
    name_width = max(width(name) for name, _ in fields) + 1
    lines = [head]
    for name, value in fields:
        lines.append(f"  {style.dim(pad(name + ':', name_width))} {value}")
    for one in languages(lang):
        lines.extend(wrap(member.describe(one), "  ", columns))
    return lines


def header_rules(member: StatusCode) -> str:
    """The header fields the standards require or forbid with this code
    whatever the request was, by level: "MUST Allow"; the conditional ones
    are in docs/responses.md."""
    by_level: dict[str, list[str]] = {}
    for rule in member.response_fields:
        level = str(rule.level)
        if rule.header is None or rule.when is not None or level == "MAY":
            continue
        names = by_level.setdefault(level, [])
        if rule.header not in names:
            names.append(rule.header)
    return "; ".join(f"{level} {', '.join(names)}" for level, names in by_level.items())


def unregistered_lines(
    code: int, fallback: StatusCode, lang: Lang, style: Style, columns: int
) -> list[str]:
    """A number from 100 to 599 that IANA has not registered, and the
    ``x00`` code a client reads it as (RFC 9110, Section 15)."""
    notes = [message("note.unregistered", one) for one in languages(lang)]
    lines = [f"{style.bold(str(code))}  " + _bracket(style, notes)]
    status_class = fallback.status_class
    for one in languages(lang):
        text = message(
            "text.unregistered",
            one,
            code=code,
            fallback=fallback.code,
            phrase=fallback.phrase_ko if one == "ko" else fallback.phrase,
            range=status_class.range,
            label=status_class.label_ko if one == "ko" else status_class.label,
        )
        lines.extend(wrap(text, "  ", columns))
    return lines


def unofficial_lines(
    code: int,
    entries: Sequence[UnofficialCode],
    fallback: StatusCode | None,
    *,
    lang: Lang,
    style: Style,
    columns: int,
) -> list[str]:
    """A number IANA does not register but vendors use: their meanings, and
    how HTTP itself reads the number (``fallback``, None outside 100-599)."""
    label_lang = one_language(lang)
    tags = [
        f"{message('note.unregistered', one)}; {message('label.unofficial', one)}"
        for one in languages(lang)
    ]
    lines = [f"{style.bold(str(code))}  " + _bracket(style, tags)]
    for entry in entries:
        phrase = entry.phrase_ko if lang == "ko" else entry.phrase
        head = f"  {_vendor_name(entry, label_lang)}: {style.bold(phrase)}"
        note = _usage_note(entry, label_lang)
        if note:
            head += "  " + style.warn(f"[{note}]")
        lines.append(head)
        for one in languages(lang):
            lines.extend(wrap(entry.describe(one), "    ", columns))
        lines.append(f"    {style.dim(entry.source)}")
    for one in languages(lang):
        if fallback is None:
            text = message("text.out_of_range", one, code=code)
        else:
            phrase = fallback.phrase_ko if one == "ko" else fallback.phrase
            text = message(
                "text.treated_as", one, fallback=fallback.code, phrase=phrase
            )
        lines.extend(wrap(text, "  ", columns))
    return lines


# -- httpcodes list / search --------------------------------------------------


def _header(key: str, lang: OneLang) -> str:
    # English headers are upper-case in a terminal table, as ls and ps do.
    text = message(key, lang)
    return text.upper() if lang == "en" else text


def listing(
    items: Sequence[StatusCode] | Sequence[UnofficialCode],
    lang: Lang,
    today: datetime.date,
) -> list[str]:
    """A table of registered codes (with their class) or of unofficial codes
    (with their vendor), aligned by terminal cells; ``items`` is not empty."""
    one = one_language(lang)
    phrases = (
        [_header("header.phrase", "en"), _header("header.phrase", "ko")]
        if lang == "both"
        else [_header("header.phrase", one)]
    )
    unofficial = isinstance(items[0], UnofficialCode)
    third = "header.vendor" if unofficial else "header.class"
    rows = [
        [
            _header("header.code", one),
            *phrases,
            _header(third, one),
            _header("header.note", one),
        ]
    ]
    for item in items:
        if isinstance(item, UnofficialCode):
            middle = _vendor_name(item, one)
            note = _usage_note(item, one)
        else:
            middle = item.status_class.range
            note = ", ".join(markers(item, one, today))
        if lang == "both":
            names = [item.phrase, item.phrase_ko]
        else:
            names = [item.phrase_ko if lang == "ko" else item.phrase]
        rows.append([str(item.code), *names, middle, note])
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip()
        for row in rows
    ]


# -- httpcodes redirect -------------------------------------------------------


def redirect_lines(
    member: StatusCode,
    method: str,
    policy: RedirectPolicy,
    follow: FollowUp,
    *,
    lang: Lang,
    style: Style,
    columns: int,
) -> list[str]:
    """The follow-up request: its method, and what happens to the body."""
    arrow = f"{method} -> {style.bold(follow.method)}"
    title = _title(member.phrase, member.phrase_ko, lang)
    lines = [f"{style.status(member.status_class, str(member.code))} {title}: {arrow}"]
    dropped = ", ".join(sorted(follow.drop_headers))
    for one in languages(lang):
        if follow.keep_body:
            body = message("text.body_kept", one)
        else:
            body = message("text.body_dropped", one, headers=dropped)
        text = (
            f"{message('label.policy', one)}: {policy.value};"
            f" {message('label.body', one)}: {body}"
        )
        lines.extend(wrap(text, "  ", columns))
    return lines


# -- httpcodes compare -----------------------------------------------------------


def _names(members: Sequence[StatusCode], lang: Lang, style: Style) -> str:
    return " / ".join(
        f"{style.status(m.status_class, str(m.code))}"
        f" {style.bold(_title(m.phrase, m.phrase_ko, lang))}"
        for m in members
    )


def comparison_lines(
    found: Comparison, lang: Lang, style: Style, columns: int
) -> list[str]:
    """A recorded group of confused codes and what tells them apart."""
    lines = [_names(found.codes, lang, style)]
    for one in languages(lang):
        text = found.distinction_ko if one == "ko" else found.distinction
        lines.extend(wrap(text, "  ", columns))
    basis = message("label.basis", one_language(lang))
    lines.append(f"  {style.dim(basis + ':')} {found.reference}")
    return lines


def guidance_lines(
    advice: Sequence[Guidance], lang: Lang, style: Style, columns: int
) -> list[str]:
    """Codes with no recorded distinction: when to use each."""
    lines = wrap(message("text.no_distinction", one_language(lang)), "", columns)
    for item in advice:
        lines.append(_names([item.code], lang, style))
        for one in languages(lang):
            text = item.use_when_ko if one == "ko" else item.use_when
            lines.extend(wrap(text, "  ", columns))
    return lines


# -- httpcodes check ------------------------------------------------------------


def findings_lines(
    title: str,
    findings: Sequence[Finding],
    lang: Lang,
    style: Style,
    columns: int,
) -> list[str]:
    """What check_response found, one block per finding."""
    words = one_language(lang)
    if not findings:
        return [f"{title} - {message('text.no_findings', words)}"]
    lines = [f"{title} - {message('text.findings', words, count=len(findings))}"]
    for finding in findings:
        level = str(finding.level)
        colour = style.warn if level in ("MUST", "MUST NOT") else style.dim
        # The rule's name, which docs/responses.md lists and a user can
        # filter on, names the field or the content concerned.
        lines.append(
            f"  {colour(level)} {style.bold(finding.rule)} ({finding.reference})"
        )
        for one in languages(lang):
            text = finding.message_ko if one == "ko" else finding.message
            lines.extend(wrap(text, "    ", columns))
    return lines


# -- JSON ------------------------------------------------------------------


def code_record(member: StatusCode, today: datetime.date) -> dict[str, Any]:
    """Every field of a registered code."""
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
        "registration_expired": has_expired(member, today),
        "reference": member.reference,
        "aliases": list(member.aliases),
        "is_followable_redirect": member.is_followable_redirect,
        "preserves_method": member.preserves_method,
        "is_cacheable_by_default": member.is_cacheable_by_default,
        "allows_content": member.allows_content,
    }


def entry_record(entry: UnofficialCode) -> dict[str, Any]:
    """Every field of an unofficial code."""
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


def error_record(kind: str, message: str, **extra: object) -> dict[str, Any]:
    """``{"kind": ..., "message": ..., ...}``: what went wrong, for a
    program (``kind``) and for a person (``message``)."""
    return {"kind": kind, "message": message, **extra}


def dumps(value: object, *, ascii_only: bool = False) -> str:
    """Indented JSON and a newline.  ``ascii_only`` escapes every non-ASCII
    character (``\\uXXXX``), for an output that cannot encode them; it is
    still the same JSON value."""
    return json.dumps(value, ensure_ascii=ascii_only, indent=2) + "\n"
