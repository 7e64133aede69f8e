"""What the standards require of a response with each status code.

The requirements themselves are data, ``RESPONSE_FIELDS`` in
``_data/codes.py``; this module turns them into ``FieldRule`` records
(``StatusCode.response_fields``) and checks a response against them
(``check_response``), reading the field values it knows with the grammar of
``_abnf``.  Its words are the catalogue's (``httpcodes.messages``).
Imported on first use, not by ``import httpcodes``.

>>> [str(f.level) for f in check_response(405)]
['MUST']
>>> check_response(405, {"Allow": "GET, HEAD"})
()
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum

from .._abnf import (
    is_delay_seconds,
    is_token,
    link_relations,
    parse_content_range,
    split_list,
    strip_ows,
    uri_reference_problem,
)
from .._arguments import headers as read_headers
from .._arguments import method as read_method
from .._arguments import optional_flag
from .._arguments import status as read_status
from .._data.codes import RESPONSE_FIELDS
from .._range import class_digit
from .._recipe import close, public, record
from ..messages import message
from .dates import http_date_moment

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Final, Protocol, SupportsIndex

    class SupportsItems(Protocol):
        """A mapping, or anything else with ``items()``, such as
        ``http.client.HTTPMessage``."""

        def items(self) -> Iterable[tuple[str, str]]: ...

    Headers = SupportsItems | Iterable[tuple[str, str]]

    # What is wrong with a field value: a catalogue key and its fields, or
    # None when the value is right.
    Problem = tuple[str, dict[str, object]] | None


class RequirementLevel(str, Enum):
    """A requirement keyword of BCP 14 (RFC 2119, RFC 8174), as the RFCs
    write it.  The members are strings: ``RequirementLevel.MUST == "MUST"``.
    """

    MUST = "MUST"
    MUST_NOT = "MUST NOT"
    SHOULD = "SHOULD"
    SHOULD_NOT = "SHOULD NOT"
    MAY = "MAY"

    __module__ = "httpcodes"

    def __str__(self) -> str:
        return self.value

    def __format__(self, format_spec: str) -> str:
        return self.value.__format__(format_spec)


close(RequirementLevel)


@record
class FieldRule:
    """One requirement on the header fields or content of a response.

    ``applies_to`` is a code (``"405"``), a class (``"4xx"``) or ``"all"``;
    ``header`` the field name, or ``None`` for the content; ``when`` the
    condition the RFC attaches, or ``None`` (see docs/responses.md).
    """

    __module__ = "httpcodes"

    applies_to: str
    header: str | None
    level: RequirementLevel
    when: str | None
    reference: str
    note: str
    note_ko: str


@record
class Finding:
    """Something ``check_response`` found wrong with a response.

    ``level`` is the keyword of the requirement broken, ``header`` the field
    concerned (``None`` for the content), ``reference`` where the requirement
    is written, and ``message`` / ``message_ko`` say what was found.
    """

    __module__ = "httpcodes"

    level: RequirementLevel
    header: str | None
    reference: str
    message: str
    message_ko: str


_RULES: Final = tuple(
    FieldRule(
        applies_to=row["applies_to"],
        header=row["field"],
        level=RequirementLevel(row["level"]),
        when=row["when"],
        reference=row["reference"],
        note=row["note"],
        note_ko=row["note_ko"],
    )
    for row in RESPONSE_FIELDS
)
# Filled one code at a time; each entry is a whole tuple, set in one
# assignment, so a thread never reads part of one.
_RULES_BY_CODE: dict[int, tuple[FieldRule, ...]] = {}


def rules_for(code: int) -> tuple[FieldRule, ...]:
    """Every rule that holds for ``code`` (100 to 599, registered or not):
    the rules for all responses, for its class and for the code itself."""
    rules = _RULES_BY_CODE.get(code)
    if rules is None:
        keys = {"all", f"{class_digit(code)}xx", str(code)}
        rules = tuple(rule for rule in _RULES if rule.applies_to in keys)
        _RULES_BY_CODE[code] = rules
    return rules


# Conditions that the response and the method alone cannot settle (would a
# 200 have carried the field? is the condition temporary? does the server
# prefer a choice?): check_response leaves those rules out rather than guess.
_UNKNOWABLE: Final = frozenset({"in-200", "temporary", "preferred"})

_REQUIRED: Final = (RequirementLevel.MUST, RequirementLevel.SHOULD)
_FORBIDDEN: Final = (RequirementLevel.MUST_NOT, RequirementLevel.SHOULD_NOT)

# Fields whose value is a single item: more than one field line is an error
# (RFC 9110, Section 5.3).
_SINGLETONS: Final = {
    "location": "Location",
    "retry-after": "Retry-After",
    "content-range": "Content-Range",
}


@public
def check_response(
    status: int | SupportsIndex,
    headers: Headers = (),
    *,
    method: str = "GET",
    has_content: bool | None = None,
) -> tuple[Finding, ...]:
    """What the response breaks of the rules for its status code.

    ``status`` is an int from 100 to 599 or a ``StatusCode``; an unregistered
    code is checked by the rules of its class.  ``headers`` is a mapping (or
    anything with ``items()``, such as ``http.client.HTTPMessage``) or an
    iterable of (name, value) pairs; names are matched without regard to
    case.  ``method`` is the request method (case-sensitive, as in RFC 9110,
    Section 9.1).  ``has_content`` says whether the response carries content;
    ``None`` leaves the content rules unchecked.

    Reports missing required fields (MUST, SHOULD), fields present against a
    MUST NOT or SHOULD NOT, content where none is allowed, and malformed values
    of Allow, Location, Retry-After and Content-Range.  Rules whose condition
    the response cannot show (a field "a 200 would have carried") are not
    reported.  Returns an empty tuple for a conforming response.

    >>> [f.message for f in check_response(204, {"Content-Length": "0"})]
    ['A 204 response MUST NOT carry Content-Length, and this one does.
      A 204 response ends with its header section, so it has no content
      whose length Content-Length could give.']
    """
    code = read_status(status)
    request_method = read_method(method)
    content = optional_flag(has_content, "has_content")
    fields: dict[str, list[str]] = {}
    for name, value in read_headers(headers):
        # RFC 9110, Section 5.5: whitespace around a field value is not
        # part of it; Section 5.1: field names are case-insensitive.
        fields.setdefault(name.lower(), []).append(strip_ows(value))
    content_type = fields.get("content-type", [""])[0]
    multipart = strip_ows(content_type.split(";")[0]).lower() == "multipart/byteranges"
    findings = []
    for rule in rules_for(code):
        if not _holds(rule.when, request_method, multipart):
            continue
        if rule.header is None:
            if content is None:
                continue
            present = content
        elif rule.header == "Link" and code == 451:
            # RFC 7725, Section 4: the Link that identifies the blocking
            # entity has rel="blocked-by"; another Link does not meet it.
            present = any(_blocked_by(v) for v in fields.get("link", ()))
        else:
            present = rule.header.lower() in fields
        if (rule.level in _REQUIRED and not present) or (
            rule.level in _FORBIDDEN and present
        ):
            findings.append(_rule_finding(code, rule))
    findings.extend(_value_findings(code, fields))
    return tuple(findings)


def _blocked_by(value: str) -> bool:
    links = link_relations(value)
    return links is not None and any("blocked-by" in rels for rels in links)


def _holds(when: str | None, method: str, multipart: bool) -> bool:
    if when is None or when == "byte-range":
        # "byte-range": bytes is the only range unit registered, so a range
        # request is taken to be a byte-range request.
        return True
    if when in _UNKNOWABLE:
        return False
    return {
        "head": method == "HEAD",
        "not-head": method != "HEAD",
        "connect": method == "CONNECT",
        "single-part": not multipart,
        "multipart": multipart,
    }[when]


def _both(key: str, **fields: object) -> tuple[str, str]:
    """A catalogue text in English and in Korean, with the same fields."""
    return message(key, "en", **fields), message(key, "ko", **fields)


# The conditions that change who a rule is about ("A 200 response to HEAD").
_SUBJECTS: Final = frozenset({"head", "connect", "single-part", "multipart"})


# The catalogue text of each finding, by the level of the rule broken: a
# required field missing or a forbidden one present.  Each level has its own
# text, so that Korean can word each level with its own verb.
_FINDING_KEYS: Final = {
    RequirementLevel.MUST: "finding.missing.must",
    RequirementLevel.SHOULD: "finding.missing.should",
    RequirementLevel.MUST_NOT: "finding.present.must_not",
    RequirementLevel.SHOULD_NOT: "finding.present.should_not",
}


def _rule_finding(code: int, rule: FieldRule) -> Finding:
    key = _FINDING_KEYS[rule.level]
    subject = f"subject.{rule.when if rule.when in _SUBJECTS else 'any'}"
    if rule.header is None:
        what, what_ko = _both("subject.content")
    else:
        what, what_ko = _both("subject.header", header=rule.header)
    english = message(
        key,
        "en",
        subject=message(subject, "en", code=code),
        what=what,
        note=rule.note,
    )
    korean = message(
        key,
        "ko",
        subject=message(subject, "ko", code=code),
        what=what_ko,
        note=rule.note_ko,
    )
    return Finding(rule.level, rule.header, rule.reference, english, korean)


def _malformed(header: str, reference: str, value: str, problem: Problem) -> Finding:
    assert problem is not None
    key, fields = problem
    why = message(key, "en", **fields)
    why_ko = message(key, "ko", **_korean_fields(fields))
    english = message("finding.malformed", "en", header=header, value=value, why=why)
    korean = message("finding.malformed", "ko", header=header, value=value, why=why_ko)
    return Finding(RequirementLevel.MUST_NOT, header, reference, english, korean)


# The obsolete HTTP-date forms as Korean text names them (docs/style.ko.md:
# no lowercase English words in Korean sentences).
_FORM_KO: Final = {"rfc850-date": "RFC 850", "asctime-date": "ANSI C asctime()"}


def _korean_fields(fields: dict[str, object]) -> dict[str, object]:
    if "form" in fields:
        return {**fields, "form": _FORM_KO[str(fields["form"])]}
    return fields


# -- the grammar of the field values it knows (RFC 9110, Section 2.2: a
# -- sender MUST NOT generate protocol elements that do not match it) -----------


def check_location(value: str) -> Problem:
    """Location = URI-reference (RFC 9110, Section 10.2.2; RFC 3986)."""
    found = uri_reference_problem(value)
    if found is None:
        return None
    kind, position, length = found
    fields: dict[str, object] = {"position": position}
    text = value[position - 1 : position - 1 + length]
    if kind == "control":
        fields["point"] = f"U+{ord(text):04X}"
    elif kind == "character":
        fields["char"] = text
    elif kind == "scheme":
        fields["scheme"] = text
    return f"problem.uri.{kind}", fields


def check_allow(value: str) -> Problem:
    """Allow = #method (RFC 9110, Section 10.2.1); empty is allowed."""
    if not value:
        return None
    elements = split_list(value)
    if elements is None:
        return "problem.list.quote", {}
    for method in elements:
        if not method:
            return "problem.list.empty", {}
        if not is_token(method):
            return "problem.allow.method", {"method": method}
    return None


# A fixed instant for reading two-digit years: only whether a value parses
# matters here, not when it falls.
_ANY_TIME: Final = datetime(2000, 1, 1, tzinfo=timezone.utc)


def check_retry_after(value: str) -> Problem:
    """Retry-After = HTTP-date / delay-seconds, with the date in IMF-fixdate
    form, the only one a sender may generate (RFC 9110, Section 5.6.7)."""
    if is_delay_seconds(value):
        return None
    try:
        _, form = http_date_moment(value, _ANY_TIME)
    except ValueError:
        return "problem.retry_after.neither", {}
    if form != "IMF-fixdate":
        return "problem.retry_after.obsolete", {"form": form}
    return None


def check_content_range(value: str) -> Problem:
    """Content-Range (RFC 9110, Section 14.4)."""
    parsed = parse_content_range(value)
    if parsed is None:
        return "problem.content_range.form", {}
    if parsed.unsatisfied:
        return None
    assert parsed.first is not None
    assert parsed.last is not None
    if parsed.last < parsed.first:
        return "problem.content_range.order", {
            "first": parsed.first,
            "last": parsed.last,
        }
    if parsed.length is not None and parsed.length <= parsed.last:
        return "problem.content_range.length", {
            "length": parsed.length,
            "last": parsed.last,
        }
    return None


_VALUE_CHECKS: Final[tuple[tuple[str, str, Callable[[str], Problem]], ...]] = (
    ("Allow", "RFC 9110, Section 10.2.1", check_allow),
    ("Location", "RFC 9110, Section 10.2.2", check_location),
    ("Retry-After", "RFC 9110, Section 10.2.3", check_retry_after),
    ("Content-Range", "RFC 9110, Section 14.4", check_content_range),
)


def _value_findings(code: int, fields: dict[str, list[str]]) -> list[Finding]:
    findings = []
    for key, header in _SINGLETONS.items():
        count = len(fields.get(key, ()))
        if count > 1:
            english, korean = _both("finding.repeated", header=header, count=count)
            findings.append(
                Finding(
                    RequirementLevel.MUST_NOT,
                    header,
                    "RFC 9110, Section 5.3",
                    english,
                    korean,
                )
            )
    for header, reference, check in _VALUE_CHECKS:
        for value in fields.get(header.lower(), ()):
            problem = check(value)
            if problem is not None:
                findings.append(_malformed(header, reference, value, problem))
    for value in fields.get("content-range", ()):
        parsed = parse_content_range(value)
        if parsed is None or check_content_range(value) is not None:
            continue
        if code == 416 and not parsed.unsatisfied:
            english, korean = _both("finding.416_range", value=value)
            findings.append(
                Finding(
                    RequirementLevel.SHOULD,
                    "Content-Range",
                    "RFC 9110, Section 14.4",
                    english,
                    korean,
                )
            )
        elif code == 206 and parsed.unsatisfied:
            english, korean = _both("finding.206_unsatisfied", value=value)
            findings.append(
                Finding(
                    RequirementLevel.MUST,
                    "Content-Range",
                    "RFC 9110, Section 15.3.7.1",
                    english,
                    korean,
                )
            )
    return findings
