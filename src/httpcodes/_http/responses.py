"""What the standards require of a response with each status code, and of a
response beside the request it answers.

The requirements on fields and content are data, ``RESPONSE_FIELDS`` in
``_data/codes.py``; this module turns them into ``FieldRule`` records
(``StatusCode.response_fields``) and checks a response against them
(``check_response``).  Beside them it checks what is logic rather than a row,
each rule next to the RFC text it implements and named in ``CHECKS``: what
the request shows (a 206 to a request without Range), fields that have no
meaning with the status, the status itself, and the values of the fields it
knows, read with the grammar of ``_abnf``.  Every finding carries the name
of its rule.  Its words are the catalogue's (``httpcodes.messages``).
Imported on first use, not by ``import httpcodes``.

>>> [(str(f.level), f.rule) for f in check_response(405)]
[('MUST', '405-allow-missing')]
>>> check_response(405, {"Allow": "GET, HEAD"})
()
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum

from .._abnf import (
    cache_directives,
    field_value_fault,
    is_challenge_list,
    is_delay_seconds,
    is_digits,
    is_entity_tag,
    is_link,
    is_token,
    less,
    link_relations,
    media_type,
    parse_content_range,
    parse_http_date,
    split_list,
    strip_ows,
    uri_reference_problem,
    vary_fault,
)
from .._arguments import headers as read_headers
from .._arguments import method as read_method
from .._arguments import optional_flag
from .._arguments import status as read_status
from .._data.codes import CODES, RESPONSE_FIELDS
from .._errors import EXCERPT
from .._range import class_digit, fallback
from .._recipe import close, public, record
from ..messages import message
from .dates import date_fault

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Final, Literal, Protocol, SupportsIndex

    class SupportsItems(Protocol):
        """A mapping, or anything else with ``items()``, such as
        ``http.client.HTTPMessage``."""

        def items(self) -> Iterable[tuple[str, str]]: ...

    Headers = SupportsItems | Iterable[tuple[str, str]]

    # What is wrong with a field value: a catalogue key and its fields, or
    # None when the value is right.
    Problem = tuple[str, dict[str, object]] | None
    # Field lines by lower-cased name, each value without the OWS around it.
    Fields = dict[str, list[str]]


class RequirementLevel(str, Enum):
    """How much a finding weighs, most serious first.

    Five members are the requirement keywords of BCP 14 (RFC 2119, RFC
    8174) as the RFCs write them; two are not keywords and say so:
    ``CONTRADICTION`` (the response says something its request or its own
    fields show to be untrue, such as a 206 to a request without Range) and
    ``NOTE`` (a choice the standards allow but advise against or leave
    without meaning, such as a deprecated status code).  The members are
    strings: ``RequirementLevel.MUST == "MUST"``; ``rank`` orders them.
    """

    MUST = "MUST"
    MUST_NOT = "MUST NOT"
    CONTRADICTION = "CONTRADICTION"
    SHOULD = "SHOULD"
    SHOULD_NOT = "SHOULD NOT"
    NOTE = "NOTE"
    MAY = "MAY"

    __module__ = "httpcodes"

    def __str__(self) -> str:
        return self.value

    def __format__(self, format_spec: str) -> str:
        return self.value.__format__(format_spec)

    @property
    def rank(self) -> int:
        """1 for MUST and MUST NOT, 2 for CONTRADICTION, 3 for SHOULD and
        SHOULD NOT, 4 for NOTE, 5 for MAY: the lower, the more serious."""
        return _RANKS[self.value]


close(RequirementLevel)

_RANKS: Final = {
    "MUST": 1,
    "MUST NOT": 1,
    "CONTRADICTION": 2,
    "SHOULD": 3,
    "SHOULD NOT": 3,
    "NOTE": 4,
    "MAY": 5,
}


@record
class FieldRule:
    """One requirement on the header fields or content of a response.

    ``applies_to`` is a code (``"405"``), a class (``"4xx"``) or ``"all"``;
    ``header`` the field name, or ``None`` for the content; ``when`` the
    condition the RFC attaches, or ``None`` (see docs/responses.md);
    ``rule`` the name a ``Finding`` of it carries.
    """

    __module__ = "httpcodes"

    applies_to: str
    header: str | None
    level: RequirementLevel
    when: str | None
    reference: str
    note: str
    note_ko: str
    rule: str


@record
class Finding:
    """Something ``check_response`` found wrong with a response.

    ``level`` is the keyword of the requirement broken (or CONTRADICTION,
    NOTE), ``header`` the field concerned (``None`` for the content or the
    status), ``reference`` where the requirement is written, ``message`` /
    ``message_ko`` say what was found, and ``rule`` names the rule, in kebab
    case, as docs/responses.md lists it.
    """

    __module__ = "httpcodes"

    level: RequirementLevel
    header: str | None
    reference: str
    message: str
    message_ko: str
    rule: str


_RULES: Final = tuple(
    FieldRule(
        applies_to=row["applies_to"],
        header=row["field"],
        level=RequirementLevel(row["level"]),
        when=row["when"],
        reference=row["reference"],
        note=row["note"],
        note_ko=row["note_ko"],
        rule=row["rule"],
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


_MUST: Final = RequirementLevel.MUST
_MUST_NOT: Final = RequirementLevel.MUST_NOT
_CONTRADICTION: Final = RequirementLevel.CONTRADICTION
_SHOULD: Final = RequirementLevel.SHOULD
_NOTE: Final = RequirementLevel.NOTE

#: Every rule check_response applies besides the rows of RESPONSE_FIELDS:
#: its name, its level and where it is written ("" where the status code's
#: own reference is given instead).  docs/responses.md lists each with an
#: example, and a test runs the examples.
CHECKS: Final[dict[str, tuple[RequirementLevel, str]]] = {
    # -- what the request shows (only when request_headers is given) --------
    "101-protocol-not-offered": (_MUST_NOT, "RFC 9110, Section 7.8"),
    "201-safe-method": (_CONTRADICTION, "RFC 9110, Sections 9.2.1 and 15.3.2"),
    "206-range-not-requested": (_CONTRADICTION, "RFC 9110, Section 15.3.7"),
    "304-unconditional": (_CONTRADICTION, "RFC 9110, Sections 13.1 and 15.4.5"),
    "405-allow-lists-method": (_CONTRADICTION, "RFC 9110, Section 15.5.6"),
    "406-no-negotiation": (_CONTRADICTION, "RFC 9110, Section 15.5.7"),
    "412-no-precondition": (_CONTRADICTION, "RFC 9110, Section 15.5.13"),
    "416-range-not-requested": (_CONTRADICTION, "RFC 9110, Section 15.5.17"),
    "417-no-expectation": (_CONTRADICTION, "RFC 9110, Section 15.5.18"),
    # -- the status, and fields it gives a meaning or none -------------------
    "status-deprecated": (_NOTE, ""),
    "status-reserved": (_NOTE, ""),
    "status-unregistered": (_NOTE, "RFC 9110, Section 15"),
    "303-location-missing": (_CONTRADICTION, "RFC 9110, Section 15.4.4"),
    "206-content-range-form": (_MUST, "RFC 9110, Section 15.3.7.1"),
    "416-content-range-form": (_SHOULD, "RFC 9110, Section 14.4"),
    "location-without-meaning": (_NOTE, "RFC 9110, Section 10.2.2"),
    "content-range-without-meaning": (_NOTE, "RFC 9110, Section 14.4"),
    # -- field lines and values (RFC 9110, Section 2.2: a sender MUST NOT
    # -- generate protocol elements that do not match the grammar) ----------
    "field-name-invalid": (_MUST_NOT, "RFC 9110, Section 5.1"),
    "field-value-invalid": (_MUST_NOT, "RFC 9110, Section 5.5"),
    "field-repeated": (_MUST_NOT, "RFC 9110, Section 5.3"),
    "field-conflict": (_MUST_NOT, "RFC 9110, Section 5.3"),
    "age-malformed": (_MUST_NOT, "RFC 9111, Section 5.1"),
    "allow-malformed": (_MUST_NOT, "RFC 9110, Section 10.2.1"),
    "cache-control-malformed": (_MUST_NOT, "RFC 9111, Section 5.2"),
    "content-length-malformed": (_MUST_NOT, "RFC 9110, Section 8.6"),
    "content-range-malformed": (_MUST_NOT, "RFC 9110, Section 14.4"),
    "content-type-malformed": (_MUST_NOT, "RFC 9110, Section 8.3"),
    "date-malformed": (_MUST_NOT, "RFC 9110, Section 6.6.1"),
    "etag-malformed": (_MUST_NOT, "RFC 9110, Section 8.8.3"),
    "expires-malformed": (_MUST_NOT, "RFC 9111, Section 5.3"),
    "last-modified-malformed": (_MUST_NOT, "RFC 9110, Section 8.8.2"),
    "link-malformed": (_MUST_NOT, "RFC 8288, Section 3"),
    "location-malformed": (_MUST_NOT, "RFC 9110, Section 10.2.2"),
    "proxy-authenticate-malformed": (_MUST_NOT, "RFC 9110, Section 11.7.1"),
    "retry-after-malformed": (_MUST_NOT, "RFC 9110, Section 10.2.3"),
    "vary-malformed": (_MUST_NOT, "RFC 9110, Section 12.5.5"),
    "www-authenticate-malformed": (_MUST_NOT, "RFC 9110, Section 11.6.1"),
    "http-date-obsolete": (_MUST, "RFC 9110, Section 5.6.7"),
    "http-date-weekday": (_NOTE, "RFC 9110, Section 5.6.7"),
}


# Conditions that the response and the method alone cannot settle (would a
# 200 have carried the field? is the condition temporary? does the server
# prefer a choice?): check_response leaves those rules out rather than guess.
_UNKNOWABLE: Final = frozenset({"in-200", "temporary", "preferred"})

_REQUIRED: Final = (RequirementLevel.MUST, RequirementLevel.SHOULD)
_FORBIDDEN: Final = (RequirementLevel.MUST_NOT, RequirementLevel.SHOULD_NOT)

# Fields whose value is a single item, not a list: more than one field line
# is an error (RFC 9110, Section 5.3).
_SINGLETONS: Final = {
    "age": "Age",
    "content-length": "Content-Length",
    "content-location": "Content-Location",
    "content-range": "Content-Range",
    "content-type": "Content-Type",
    "date": "Date",
    "etag": "ETag",
    "expires": "Expires",
    "last-modified": "Last-Modified",
    "location": "Location",
    "retry-after": "Retry-After",
}

# RFC 9110, Section 9.2.1: the methods defined as safe (read-only).
_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

# What check_response says about a registered code itself: the deprecated
# and the reserved ones (docs/design.md, "Deprecated and registration").
_STATUS_NOTES: Final = {
    row["code"]: (
        ("status-reserved", "finding.status_reserved")
        if row["registration"] == "unused"
        else ("status-deprecated", "finding.status_obsoleted")
        if row["registration"] == "obsoleted"
        else ("status-deprecated", "finding.status_deprecated"),
        row["reference"],
    )
    for row in CODES
    if row["deprecated"]
}
_REGISTERED: Final = frozenset(row["code"] for row in CODES)


@public
def check_response(
    status: int | SupportsIndex,
    headers: Headers = (),
    *,
    method: str = "GET",
    has_content: bool | None = None,
    request_headers: Headers = (),
) -> tuple[Finding, ...]:
    """What the response breaks of the rules for its status code.

    ``status`` is an int from 100 to 599 or a ``StatusCode``; an unregistered
    code is checked by the rules of its class.  ``headers`` is a mapping (or
    anything with ``items()``, such as ``http.client.HTTPMessage``) or an
    iterable of (name, value) pairs; names are matched without regard to
    case.  ``method`` is the request method (case-sensitive, as in RFC 9110,
    Section 9.1).  ``has_content`` says whether the response carries content;
    ``None`` leaves the content rules unchecked.  ``request_headers``, in the
    same shapes as ``headers``, are the fields of the request the response
    answers: the rules that depend on the request (a 206 to a request
    without Range, a 405 whose Allow lists the method) are checked only when
    it holds at least one field, because an unknown request is not a wrong
    one.

    Reports missing required fields (MUST, SHOULD), fields present against a
    MUST NOT or SHOULD NOT, content where none is allowed, what the request
    contradicts, fields without meaning for the status, a deprecated,
    reserved or unregistered status, and malformed field lines and values.
    Rules whose condition the exchange cannot show (a field "a 200 would
    have carried") are not reported.  Returns an empty tuple for a
    conforming response.  A malformed header is a finding, never an error;
    an argument of the wrong type is a ``TypeError``.

    >>> [f.message for f in check_response(204, {"Content-Length": "0"})]
    ['A 204 response MUST NOT carry Content-Length, and this one does.
      A 204 response ends with its header section, so it has no content
      whose length Content-Length could give.']
    """
    code = read_status(status)
    request_method = read_method(method)
    content = optional_flag(has_content, "has_content")
    pairs = read_headers(headers)
    request_pairs = (
        []  # the default, read without a call
        if type(request_headers) is tuple and not request_headers
        else read_headers(request_headers, "request_headers")
    )
    findings: list[Finding] = []
    fields: Fields = {}
    names: dict[str, str] = {}  # each field's name as first written
    for name, value in pairs:
        # RFC 9110, Section 5.5: whitespace around a field value is not
        # part of it; Section 5.1: field names are case-insensitive.
        if not is_token(name):
            findings.append(
                _finding("field-name-invalid", name, "finding.field_name", name=name)
            )
        key = name.lower()
        names.setdefault(key, name)
        fields.setdefault(key, []).append(strip_ows(value))
    request: Fields | None = None
    if request_pairs:
        request = {}
        for name, value in request_pairs:
            request.setdefault(name.lower(), []).append(strip_ows(value))
    content_type = fields.get("content-type", [""])[0]
    multipart = strip_ows(content_type.split(";")[0]).lower() == "multipart/byteranges"
    for rule in rules_for(code):
        if not _holds(rule.when, request_method, multipart, request):
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
    findings.extend(_status_findings(code, fields))
    if request is not None:
        findings.extend(_request_findings(code, request_method, fields, request))
    findings.extend(_value_findings(code, fields, names))
    return tuple(findings)


def _blocked_by(value: str) -> bool:
    links = link_relations(value)
    return links is not None and any("blocked-by" in rels for rels in links)


def _holds(
    when: str | None, method: str, multipart: bool, request: Fields | None
) -> bool:
    if when is None:
        return True
    if when in _UNKNOWABLE:
        return False
    if when == "byte-range":
        # RFC 9110, Section 15.5.17: the rule is for a 416 to a byte-range
        # request, which only the request can show.
        return request is not None and _byte_range(request)
    return {
        "head": method == "HEAD",
        "not-head": method != "HEAD",
        "connect": method == "CONNECT",
        "single-part": not multipart,
        "multipart": multipart,
    }[when]


def _byte_range(request: Fields) -> bool:
    # Range = ranges-specifier = range-unit "=" range-set (RFC 9110, Section
    # 14.2); range units compare without regard to case (Section 14.1).
    for value in request.get("range", ()):
        unit, equals, _ = value.partition("=")
        if equals and strip_ows(unit).lower() == "bytes":
            return True
    return False


def _both(key: str, /, **fields: object) -> tuple[str, str]:
    """A catalogue text in English and in Korean, with the same fields."""
    return (
        message(key, "en", **_in_words(fields, "en")),
        message(key, "ko", **_in_words(fields, "ko")),
    )


def _finding(
    rule: str,
    concerns: str | None,
    key: str,
    reference: str = "",
    /,
    **fields: object,
) -> Finding:
    """A finding of one of the CHECKS about the field ``concerns`` (None for
    the status or the content), its text the catalogue's ``key``."""
    level, written = CHECKS[rule]
    english, korean = _both(key, **fields)
    return Finding(level, concerns, reference or written, english, korean, rule)


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
    return Finding(rule.level, rule.header, rule.reference, english, korean, rule.rule)


# -- the status itself, and fields it gives a meaning or none -------------------


def _status_findings(code: int, fields: Fields) -> list[Finding]:
    findings = []
    noted = _STATUS_NOTES.get(code)
    if noted is not None:
        (rule, key), reference = noted
        findings.append(
            _finding(rule, None, key, reference, code=code, section=reference)
        )
    elif code not in _REGISTERED:
        # RFC 9110, Section 15: a client that does not know a code treats it
        # as the x00 code of its class.
        findings.append(
            _finding(
                "status-unregistered",
                None,
                "finding.status_unregistered",
                code=code,
                fallback=fallback(code),
            )
        )
    if code == 303 and "location" not in fields:
        # RFC 9110, Section 15.4.4: a 303 sends the client "to a different
        # resource, as indicated by a URI in the Location header field". No
        # keyword, but without Location the code says nothing it can act on.
        findings.append(
            _finding("303-location-missing", "Location", "finding.303_no_location")
        )
    if "location" in fields and code != 201 and class_digit(code) != 3:
        # RFC 9110, Section 10.2.2 gives Location a meaning in 201 and 3xx
        # responses only.
        findings.append(
            _finding(
                "location-without-meaning",
                "Location",
                "finding.location_meaningless",
                code=code,
            )
        )
    if "content-range" in fields and code not in (206, 416):
        # RFC 9110, Section 14.4: only 206 and 416 define a meaning for
        # Content-Range in a response.
        findings.append(
            _finding(
                "content-range-without-meaning",
                "Content-Range",
                "finding.content_range_meaningless",
                code=code,
            )
        )
    return findings


# -- what the request shows ----------------------------------------------------


def _request_findings(  # noqa: PLR0911 - one case a code
    code: int, method: str, fields: Fields, request: Fields
) -> list[Finding]:
    if code == 101:
        return _upgrade_findings(fields, request)
    if code == 201 and method in _SAFE_METHODS:
        # RFC 9110, Section 9.2.1: a safe method asks for no state change;
        # Section 15.3.2: a 201 says the request created a resource.
        return [_finding("201-safe-method", None, "finding.201_safe", method=method)]
    if code in (206, 416) and "range" not in request:
        # RFC 9110, Section 15.3.7: a 206 fulfils a range request; Section
        # 15.5.17: a 416 rejects the ranges of the request's Range.
        rule = f"{code}-range-not-requested"
        return [_finding(rule, None, f"finding.{code}_not_requested")]
    if code == 304 and not (
        method in ("GET", "HEAD")
        and ("if-none-match" in request or "if-modified-since" in request)
    ):
        # RFC 9110, Section 13.1.2 and 13.1.3: only If-None-Match or
        # If-Modified-Since on a GET or HEAD evaluates to a 304; Section
        # 15.4.5: a 304 answers a conditional GET or HEAD.  Each text says
        # which of the two the request lacks.
        key = (
            "finding.304_unconditional"
            if method in ("GET", "HEAD")
            else "finding.304_method"
        )
        return [_finding("304-unconditional", None, key, method=method)]
    if code == 405:
        allowed = [
            element
            for value in fields.get("allow", ())
            for element in split_list(value) or ()
        ]
        if method in allowed:
            # RFC 9110, Section 15.5.6: a 405 refuses the method, and Allow
            # lists the methods the resource supports: both cannot hold.
            return [
                _finding(
                    "405-allow-lists-method",
                    "Allow",
                    "finding.405_allows",
                    method=method,
                    allow=", ".join(fields["allow"]),
                )
            ]
        return []
    if code == 406 and not any(name.startswith("accept") for name in request):
        # RFC 9110, Section 15.5.7: nothing matches the request's proactive
        # negotiation fields; Section 12.5.1: without Accept, any media type
        # is acceptable.  Any Accept-* field counts (Accept-Datetime too).
        return [_finding("406-no-negotiation", None, "finding.406_no_negotiation")]
    if code == 412 and not any(
        name == "if" or (name.startswith("if-") and name != "if-range")
        for name in request
    ):
        # RFC 9110, Section 15.5.13: a condition in the request's fields
        # evaluated to false.  Every precondition field is named If or
        # If-* (RFC 9110, Section 13.1; WebDAV's If, RFC 4918, Section 10.4),
        # but a false If-Range makes the server ignore Range, never send 412
        # (Section 13.1.5).
        return [_finding("412-no-precondition", None, "finding.412_no_precondition")]
    if code == 417 and "expect" not in request:
        # RFC 9110, Section 15.5.18: the expectation of the request's Expect
        # could not be met.
        return [_finding("417-no-expectation", None, "finding.417_no_expectation")]
    return []


def _protocols(values: Iterable[str]) -> list[tuple[str, str]]:
    # Upgrade = #protocol; protocol = protocol-name ["/" protocol-version]
    # (RFC 9110, Section 7.8); names compare without regard to case.
    found = []
    for value in values:
        for element in split_list(value) or ():
            if element:
                name, _, version = element.partition("/")
                found.append((name.lower(), version))
    return found


def _upgrade_findings(fields: Fields, request: Fields) -> list[Finding]:
    # RFC 9110, Section 7.8: "A server MUST NOT switch to a protocol that was
    # not indicated by the client in the corresponding request's Upgrade
    # header field."
    if "upgrade" not in request:
        return [
            _finding("101-protocol-not-offered", "Upgrade", "finding.101_not_requested")
        ]
    offered = _protocols(request["upgrade"])
    for name, version in _protocols(fields.get("upgrade", ())):
        if not any(
            name == other
            and (not version or not other_version or version == other_version)
            for other, other_version in offered
        ):
            return [
                _finding(
                    "101-protocol-not-offered",
                    "Upgrade",
                    "finding.101_not_offered",
                    protocol=f"{name}/{version}" if version else name,
                    offered=", ".join(request["upgrade"]),
                )
            ]
    return []


# -- the grammar of the field values it knows (RFC 9110, Section 2.2: a
# -- sender MUST NOT generate protocol elements that do not match it) -----------


def _malformed(rule: str, header: str, value: str, problem: Problem) -> Finding:
    assert problem is not None
    key, fields = problem
    why, why_ko = _both(key, **fields)
    english = message("finding.malformed", "en", header=header, value=value, why=why)
    korean = message("finding.malformed", "ko", header=header, value=value, why=why_ko)
    level, reference = CHECKS[rule]
    return Finding(level, header, reference, english, korean, rule)


# The obsolete HTTP-date forms as Korean text names them (docs/style.ko.md:
# no lowercase English words in Korean sentences).
_FORM_KO: Final = {"rfc850-date": "RFC 850", "asctime-date": "ANSI C asctime()"}


def _in_words(
    fields: dict[str, object], lang: Literal["en", "ko"]
) -> dict[str, object]:
    """The fields of a problem as a message in ``lang`` shows them."""
    shown = dict(fields)
    if lang == "ko" and "form" in fields:
        shown["form"] = _FORM_KO[str(fields["form"])]
    for name, value in fields.items():
        if isinstance(value, _LongNumber):
            shown[name] = message(
                "label.long_number", lang, head=value.head, count=value.count
            )
    return shown


class _LongNumber:
    """A number of more digits than a message quotes: its first digits and
    how many there are (docs/api.md, "Input policy")."""

    __slots__ = ("count", "head")

    def __init__(self, digits: str) -> None:
        self.head = digits[:20]
        self.count = len(digits)


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


def check_content_range(value: str) -> Problem:
    """Content-Range (RFC 9110, Section 14.4)."""
    parsed = parse_content_range(value)
    if parsed is None:
        return "problem.content_range.form", {}
    if parsed.unsatisfied:
        return None
    assert parsed.first is not None
    assert parsed.last is not None
    if less(parsed.last, parsed.first):
        return "problem.content_range.order", {
            "first": _position(parsed.first),
            "last": _position(parsed.last),
        }
    if parsed.length is not None and not less(parsed.last, parsed.length):
        return "problem.content_range.length", {
            "length": _position(parsed.length),
            "last": _position(parsed.last),
        }
    return None


def _position(digits: str) -> str | _LongNumber:
    """A position for a message: its digits, as many as an excerpt holds."""
    return digits if len(digits) <= EXCERPT else _LongNumber(digits)


def check_content_length(value: str) -> Problem:
    """Content-Length = 1*DIGIT (RFC 9110, Section 8.6): "42, 42" is not
    one, though a recipient may repair it."""
    return None if is_digits(value) else ("problem.content_length", {})


def check_age(value: str) -> Problem:
    """Age = delta-seconds (RFC 9111, Section 5.1)."""
    return None if is_digits(value) else ("problem.delta_seconds", {})


def check_etag(value: str) -> Problem:
    """ETag = entity-tag (RFC 9110, Section 8.8.3)."""
    return None if is_entity_tag(value) else ("problem.etag", {})


def check_content_type(value: str) -> Problem:
    """Content-Type = media-type (RFC 9110, Section 8.3)."""
    return None if media_type(value) is not None else ("problem.media_type", {})


def check_vary(value: str) -> Problem:
    """Vary = #( "*" / field-name ) (RFC 9110, Section 12.5.5)."""
    element = vary_fault(value)
    if element is None:
        return None
    if not element:
        return "problem.list.empty", {}
    return "problem.vary", {"element": element}


def check_link(value: str) -> Problem:
    """Link = #link-value (RFC 8288, Section 3)."""
    elements = split_list(value, angle_brackets=True)
    if elements is not None and "" in elements:
        return "problem.list.empty", {}
    return None if is_link(value) else ("problem.link", {})


def check_challenges(value: str) -> Problem:
    """WWW-Authenticate and Proxy-Authenticate = #challenge (RFC 9110,
    Sections 11.6.1 and 11.7.1)."""
    if is_challenge_list(value):
        return None
    elements = split_list(value)
    if elements is not None and "" in elements:
        return "problem.list.empty", {}
    return "problem.challenge", {}


# RFC 9111, Sections 5.2.2.1, 5.2.2.10 and RFC 5861, Section 3 and 4:
# directives whose argument is delta-seconds, in the token form ("A sender
# MUST NOT generate the quoted-string form" for max-age and s-maxage).
_SECONDS_DIRECTIVES: Final = frozenset(
    {"max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"}
)


def check_cache_control(value: str) -> Problem:
    """Cache-Control = #cache-directive (RFC 9111, Section 5.2)."""
    directives = cache_directives(value)
    if directives is None:
        return "problem.cache_control.form", {}
    for name, argument in directives:
        if not name:
            return "problem.list.empty", {}
        if name in _SECONDS_DIRECTIVES and not (
            argument is not None and is_digits(argument)
        ):
            return "problem.cache_control.seconds", {
                "directive": name,
                "argument": argument or "",
            }
    return None


def _date_findings(rule: str, header: str, value: str, why: str) -> list[Finding]:
    """An HTTP-date field (RFC 9110, Section 5.6.7): its grammar, a day or
    time that does not exist, an obsolete form (a sender MUST generate
    IMF-fixdate), and a day name that does not fit the day."""
    date = parse_http_date(value)
    if date is None:
        return [_malformed(rule, header, value, (why, {}))]
    # The century of a two-digit year is the one a recipient reading the
    # response now would give it (RFC 9110, Section 5.6.7), and only the
    # day name's fit depends on it.
    fault = date_fault(date, datetime.now(timezone.utc))
    if fault in {"time", "day"}:
        return [_malformed(rule, header, value, (f"problem.date.{fault}", {}))]
    findings = []
    if date.form != "IMF-fixdate":
        findings.append(
            _finding(
                "http-date-obsolete",
                header,
                "finding.date_obsolete",
                header=header,
                value=value,
                form=date.form,
            )
        )
    if fault == "weekday":
        findings.append(
            _finding(
                "http-date-weekday",
                header,
                "finding.date_weekday",
                header=header,
                value=value,
            )
        )
    return findings


# Each field with a grammar check: its name, its rule and its check.
_VALUE_CHECKS: Final[dict[str, tuple[str, str, Callable[[str], Problem]]]] = {
    "age": ("Age", "age-malformed", check_age),
    "allow": ("Allow", "allow-malformed", check_allow),
    "cache-control": ("Cache-Control", "cache-control-malformed", check_cache_control),
    "content-length": (
        "Content-Length",
        "content-length-malformed",
        check_content_length,
    ),
    "content-range": ("Content-Range", "content-range-malformed", check_content_range),
    "content-type": ("Content-Type", "content-type-malformed", check_content_type),
    "etag": ("ETag", "etag-malformed", check_etag),
    "link": ("Link", "link-malformed", check_link),
    "location": ("Location", "location-malformed", check_location),
    "proxy-authenticate": (
        "Proxy-Authenticate",
        "proxy-authenticate-malformed",
        check_challenges,
    ),
    "vary": ("Vary", "vary-malformed", check_vary),
    "www-authenticate": (
        "WWW-Authenticate",
        "www-authenticate-malformed",
        check_challenges,
    ),
}
# The HTTP-date fields: name, rule, and what a value that is no date lacks.
_DATE_FIELDS: Final = {
    "date": ("Date", "date-malformed", "problem.http_date"),
    "expires": ("Expires", "expires-malformed", "problem.http_date"),
    "last-modified": ("Last-Modified", "last-modified-malformed", "problem.http_date"),
    "retry-after": (
        "Retry-After",
        "retry-after-malformed",
        "problem.retry_after.neither",
    ),
}


def _value_findings(code: int, fields: Fields, names: dict[str, str]) -> list[Finding]:
    findings = _singleton_findings(fields)
    for key, values in fields.items():
        checked = _VALUE_CHECKS.get(key)
        if checked is not None:
            header, rule, check = checked
            for value in values:
                problem = check(value)
                if problem is not None:
                    findings.append(_malformed(rule, header, value, problem))
            continue
        dated = _DATE_FIELDS.get(key)
        if dated is not None:
            header, rule, why = dated
            for value in values:
                if key == "retry-after" and is_delay_seconds(value):
                    continue
                findings.extend(_date_findings(rule, header, value, why))
            continue
        # A field without a grammar of its own here still has the grammar
        # of every field value (each checked field's grammar is narrower).
        for value in values:
            position = field_value_fault(value)
            if position is not None:
                findings.append(
                    _finding(
                        "field-value-invalid",
                        names[key],
                        "finding.field_value",
                        header=names[key],
                        value=value,
                        position=position + 1,
                        point=f"U+{ord(value[position]):04X}",
                    )
                )
    if code in (206, 416):
        findings.extend(_content_range_findings(code, fields.get("content-range", ())))
    return findings


def _singleton_findings(fields: Fields) -> list[Finding]:
    # RFC 9110, Section 5.3: a sender MUST NOT generate more than one field
    # line of a field that is not a list; with different values a recipient
    # cannot tell which holds.
    findings = []
    for key, values in fields.items():
        if len(values) > 1 and key in _SINGLETONS:
            header = _SINGLETONS[key]
            same = all(value == values[0] for value in values)
            findings.append(
                _finding(
                    "field-repeated" if same else "field-conflict",
                    header,
                    "finding.repeated" if same else "finding.conflict",
                    header=header,
                    count=len(values),
                )
            )
    return findings


def _content_range_findings(code: int, values: Iterable[str]) -> list[Finding]:
    findings = []
    for value in values:
        parsed = parse_content_range(value)
        if parsed is None or check_content_range(value) is not None:
            continue
        if code == 416 and not parsed.unsatisfied and parsed.unit.lower() == "bytes":
            # RFC 9110, Section 15.5.17: the unsatisfied-range form is asked
            # for in a 416 to a byte-range request; other units define their
            # own.
            findings.append(
                _finding(
                    "416-content-range-form",
                    "Content-Range",
                    "finding.416_range",
                    value=value,
                )
            )
        elif code == 206 and parsed.unsatisfied:
            # RFC 9110, Section 15.3.7.1: a single-part 206 says which range
            # it encloses.
            findings.append(
                _finding(
                    "206-content-range-form",
                    "Content-Range",
                    "finding.206_unsatisfied",
                    value=value,
                )
            )
    return findings
