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
import re
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
    """The one language of what can be said in only one: the help, usage
    errors and the JSON ``message`` (English under "both")."""
    return "ko" if lang == "ko" else "en"


def languages(lang: Lang) -> tuple[OneLang, ...]:
    """The languages whose text is shown, in order."""
    if lang == "both":
        return ("en", "ko")
    return ("ko",) if lang == "ko" else ("en",)


# Between the English and the Korean of one label, title or note under
# "both", as in "404 Not Found / 찾을 수 없음".
BOTH: Final = " / "


def label(key: str, lang: Lang, **fields: object) -> str:
    """A catalogue label in ``lang``: under "both", English / Korean."""
    return BOTH.join(message(key, one, **fields) for one in languages(lang))


def notes_text(notes: Sequence[Sequence[str]]) -> str:
    """Notes, one list per language shown: "; " between the notes of one
    language (a note may hold a comma), " / " between the languages."""
    return BOTH.join("; ".join(one) for one in notes if one)


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


# A reference to an RFC: "RFC 9110", "RFC 9110, Sections 2.2 and 5.1".
_REFERENCE: Final = r"RFC \d+(?:, Sections? [\d.]*\d(?: and [\d.]*\d)?)?"
# What a line never breaks inside: a requirement keyword in parentheses with
# the verb it follows, and the negation before that verb ("안 됨(MUST NOT,
# RFC 9110, Section 7.8)", docs/style.ko.md, section 10: the keyword says
# which level the verb is); a quoted literal ('bytes */1234', which a reader
# copies whole; a quote opens only at the start of a word, so "the server's"
# opens nothing); and a reference.
_UNBREAKABLE: Final = re.compile(
    r"(?<!\S)(?:안 )?[^\s(]+\((?:MUST NOT|SHOULD NOT|MUST|SHOULD|MAY)"
    rf"(?:, {_REFERENCE})?\)"
    r"|(?<![\w'])'[^'\n]*'(?![A-Za-z])"
    r'|(?<![\w"])"[^"\n]*"(?![A-Za-z])'
    rf"|{_REFERENCE}"
)
# Stands for a space inside an unbreakable piece while the text is split.
_JOINER: Final = "\x00"


def _pieces(text: str) -> list[str]:
    """The words of ``text``, each unbreakable span kept as one piece."""
    joined = _UNBREAKABLE.sub(lambda m: m.group().replace(" ", _JOINER), text)
    return [piece.replace(_JOINER, " ") for piece in joined.split()]


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def wrap(text: str, indent: str, columns: int) -> list[str]:
    """Word-wrap ``text`` to ``columns`` terminal cells, Hangul counted as
    two (textwrap counts characters, which misaligns Korean).

    A quoted literal, an RFC reference or a keyword in parentheses with
    its verb ("안 됨(MUST NOT, RFC 9110, Section 7.8)") is never broken (a
    piece wider than the line overflows it), and a Korean sentence's last
    word does not
    stand alone on the last line ("...것으로 / 봄"): the word before it
    comes down too."""
    lines: list[list[str]] = []
    line: list[str] = []
    for piece in _pieces(text):
        if line and width(indent + " ".join([*line, piece])) > columns:
            lines.append(line)
            line = [piece]
        else:
            line.append(piece)
    lines.append(line)
    if len(lines) > 1 and len(line) == 1 and len(lines[-2]) > 1:
        last = line[0].rstrip(".,;:)")
        pulled = [lines[-2][-1], *line]
        fits = width(indent + " ".join(pulled)) <= columns
        if last and _is_hangul(last[-1]) and fits:
            lines[-2].pop()
            lines[-1] = pulled
    return [indent + " ".join(words) for words in lines]


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


def _vendor_name(entry: UnofficialCode, lang: Lang) -> str:
    """The vendor's name; under "both", the Korean one too if it differs."""
    names = [
        entry.vendor.name_ko if one == "ko" else entry.vendor.name
        for one in languages(lang)
    ]
    return BOTH.join(dict.fromkeys(names))


def _usage_note(entry: UnofficialCode, lang: Lang) -> str:
    return notes_text(
        [usage_notes(entry.status, entry.official, one) for one in languages(lang)]
    )


def usage_notes(status: str, official: StatusCode | None, lang: OneLang) -> list[str]:
    """The notes on an unofficial code: retired or historical, and the
    registered code it clashes with (also in docs/unofficial*.md)."""
    notes = [] if status == "current" else [message(f"note.{status}", lang)]
    if official is not None:
        notes.append(
            message("note.clashes", lang, code=official.code, phrase=official.phrase)
        )
    return notes


def _bracket(style: Style, notes: str) -> str:
    return style.warn("[" + notes + "]")


def _with_notes(
    head: str, plain: str, notes: str, style: Style, columns: int
) -> list[str]:
    """A title line and its bracketed notes: on the same line when they fit
    in ``columns`` (``plain`` is the title without colour), else below."""
    if not notes:
        return [head]
    if width(f"{plain}  [{notes}]") <= columns:
        return [f"{head}  {_bracket(style, notes)}"]
    return [head, f"  {_bracket(style, notes)}"]


# -- httpcodes KEY ------------------------------------------------------------


def code_lines(
    member: StatusCode, lang: Lang, style: Style, today: datetime.date, columns: int
) -> list[str]:
    """A registered code: title, notes, fields and descriptions."""
    title = _title(member.phrase, member.phrase_ko, lang)
    head = f"{style.status(member.status_class, str(member.code))} {style.bold(title)}"
    notes = notes_text([markers(member, one, today) for one in languages(lang)])
    lines = _with_notes(head, f"{member.code} {title}", notes, style, columns)
    fields = [
        (label("label.class", lang), _class_label(member.status_class, lang)),
        (label("label.reference", lang), member.reference),
    ]
    if member.aliases:
        fields.append((label("label.aliases", lang), ", ".join(member.aliases)))
    headers = header_rules(member)
    if headers:
        fields.append((label("label.headers", lang), headers))
    others = unofficial_lookup(member.code)
    if others:
        # The registered meaning wins; say what else the number is used for.
        uses = ", ".join(
            f"{_name(e.phrase, e.phrase_ko, lang)} ({_vendor_name(e, lang)})"
            for e in others
        )
        fields.append((label("label.unofficial", lang), uses))
    name_width = max(width(name) for name, _ in fields) + 1
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
    lines = [
        f"{style.bold(str(code))}  " + _bracket(style, label("note.unregistered", lang))
    ]
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
    tags = notes_text(
        [
            [message("note.unregistered", one), message("label.unofficial", one)]
            for one in languages(lang)
        ]
    )
    lines = [f"{style.bold(str(code))}  " + _bracket(style, tags)]
    for entry in entries:
        phrase = _name(entry.phrase, entry.phrase_ko, lang)
        head = f"  {_vendor_name(entry, lang)}: {style.bold(phrase)}"
        note = _usage_note(entry, lang)
        if note:
            head += "  " + _bracket(style, note)
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


def _header(key: str, lang: Lang) -> str:
    # English headers are upper-case in a terminal table, as ls and ps do.
    return BOTH.join(
        message(key, one).upper() if one == "en" else message(key, one)
        for one in languages(lang)
    )


def listing(
    items: Sequence[StatusCode] | Sequence[UnofficialCode],
    lang: Lang,
    today: datetime.date,
) -> list[str]:
    """A table of registered codes (with their class) or of unofficial codes
    (with their vendor), aligned by terminal cells; ``items`` is not empty.
    Under "both", each language's phrase has a column of its own."""
    phrases = [_header("header.phrase", one) for one in languages(lang)]
    unofficial = isinstance(items[0], UnofficialCode)
    third = "header.vendor" if unofficial else "header.class"
    rows = [
        [
            _header("header.code", lang),
            *phrases,
            _header(third, lang),
            _header("header.note", lang),
        ]
    ]
    for item in items:
        if isinstance(item, UnofficialCode):
            middle = _vendor_name(item, lang)
            note = _usage_note(item, lang)
        else:
            middle = item.status_class.range
            note = notes_text([markers(item, one, today) for one in languages(lang)])
        names = [
            item.phrase_ko if one == "ko" else item.phrase for one in languages(lang)
        ]
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
    # Under "both", " / " already stands between a code's English and Korean
    # title, so the codes are set apart by " | ".
    between = " | " if lang == "both" else " / "
    return between.join(
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
    basis = label("label.basis", lang)
    lines.append(f"  {style.dim(basis + ':')} {found.reference}")
    return lines


def guidance_lines(
    advice: Sequence[Guidance], lang: Lang, style: Style, columns: int
) -> list[str]:
    """Codes with no recorded distinction: when to use each."""
    lines = [
        line
        for one in languages(lang)
        for line in wrap(message("text.no_distinction", one), "", columns)
    ]
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
    if not findings:
        return [f"{title} - {label('text.no_findings', lang)}"]
    lines = [f"{title} - {label('text.findings', lang, count=len(findings))}"]
    for finding in findings:
        level = str(finding.level)
        colour = style.warn if level in ("MUST", "MUST NOT") else style.dim
        # The rule's name, which docs/responses.md lists and a user can
        # filter on, names the field or the content concerned.
        lines.append(
            f"  {colour(level_label(level, lang))} {style.bold(finding.rule)}"
            f" ({finding.reference})"
        )
        for one in languages(lang):
            text = finding.message_ko if one == "ko" else finding.message
            lines.extend(wrap(text, "    ", columns))
    return lines


# The levels that are no RFC keyword, by their catalogue labels.
_LEVEL_LABELS: Final = {"CONTRADICTION": "level.contradiction", "NOTE": "level.note"}


def level_label(level: str, lang: Lang) -> str:
    """A finding's level as a reader sees it: a requirement keyword (MUST,
    SHOULD NOT, ...) as the RFCs write it in every language, CONTRADICTION
    and NOTE in the catalogue's words ("모순", "참고"; under "both",
    "CONTRADICTION / 모순").  JSON keeps the ``RequirementLevel`` value."""
    key = _LEVEL_LABELS.get(level)
    return level if key is None else label(key, lang)


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
