"""What the standards require of a response with each status code.

The requirements themselves are data, ``RESPONSE_FIELDS`` in ``_data.py``;
this module turns them into ``FieldRule`` records (``StatusCode.response_fields``)
and checks a response against them (``check_response``).  Imported on first
use, not by ``import httpcodes``.

>>> [str(f.level) for f in check_response(405)]
['MUST']
>>> check_response(405, {"Allow": "GET, HEAD"})
()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from . import _data
from ._field_values import (
    check_allow,
    check_location,
    check_retry_after,
    content_range_kind,
)
from ._redirects import _checked_method
from ._retry import _checked_status

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Final, Protocol, SupportsIndex

    from ._field_values import Problem

    class SupportsItems(Protocol):
        """A mapping, or anything else with ``items()``, such as
        ``http.client.HTTPMessage``."""

        def items(self) -> Iterable[tuple[str, str]]: ...

    Headers = SupportsItems | Iterable[tuple[str, str]]

__all__ = ["FieldRule", "Finding", "RequirementLevel", "check_response"]


class RequirementLevel(str, Enum):
    """A requirement keyword of BCP 14 (RFC 2119, RFC 8174), as the RFCs
    write it.  The members are strings: ``RequirementLevel.MUST == "MUST"``.
    """

    MUST = "MUST"
    MUST_NOT = "MUST NOT"
    SHOULD = "SHOULD"
    SHOULD_NOT = "SHOULD NOT"
    MAY = "MAY"

    def __str__(self) -> str:
        return self.value

    def __format__(self, format_spec: str) -> str:
        return self.value.__format__(format_spec)


@dataclass(frozen=True, slots=True)
class FieldRule:
    """One requirement on the header fields or content of a response.

    ``applies_to`` is a code (``"405"``), a class (``"4xx"``) or ``"all"``;
    ``header`` the field name, or ``None`` for the content; ``when`` the
    condition the RFC attaches, or ``None`` (see docs/responses.md).
    """

    applies_to: str
    header: str | None
    level: RequirementLevel
    when: str | None
    reference: str
    note: str
    note_ko: str


@dataclass(frozen=True, slots=True)
class Finding:
    """Something ``check_response`` found wrong with a response.

    ``level`` is the keyword of the requirement broken, ``header`` the field
    concerned (``None`` for the content), ``reference`` where the requirement
    is written, and ``message`` / ``message_ko`` say what was found.
    """

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
    for row in _data.RESPONSE_FIELDS
)
_RULES_BY_CODE: dict[int, tuple[FieldRule, ...]] = {}


def rules_for(code: int) -> tuple[FieldRule, ...]:
    """Every rule that holds for ``code`` (100 to 599, registered or not):
    the rules for all responses, for its class and for the code itself."""
    rules = _RULES_BY_CODE.get(code)
    if rules is None:
        keys = {"all", f"{code // 100}xx", str(code)}
        rules = tuple(rule for rule in _RULES if rule.applies_to in keys)
        _RULES_BY_CODE[code] = rules
    return rules


# Conditions that the response and the method alone cannot settle (would a
# 200 have carried the field? is the condition temporary? does the server
# prefer a choice?): check_response leaves those rules out rather than guess.
_UNKNOWABLE: Final = frozenset({"in-200", "temporary", "preferred"})

_REQUIRED: Final = (RequirementLevel.MUST, RequirementLevel.SHOULD)
_FORBIDDEN: Final = (RequirementLevel.MUST_NOT, RequirementLevel.SHOULD_NOT)

# RFC 7725, Section 4: the Link field that identifies a blocking entity has
# rel="blocked-by"; another Link does not meet the rule.
_BLOCKED_BY: Final = re.compile(
    r';\s*rel\s*=\s*(?:"[^"]*(?<![\w-])blocked-by(?![\w-])[^"]*"|blocked-by(?![\w-]))',
    re.IGNORECASE,
)

# Fields whose value is a single item: more than one field line is an error
# (RFC 9110, Section 5.3).
_SINGLETONS: Final = {
    "location": "Location",
    "retry-after": "Retry-After",
    "content-range": "Content-Range",
}
_VALUE_CHECKS: Final[tuple[tuple[str, str, Callable[[str], Problem]], ...]] = (
    ("Allow", "RFC 9110, Section 10.2.1", check_allow),
    ("Location", "RFC 9110, Section 10.2.2", check_location),
    ("Retry-After", "RFC 9110, Section 10.2.3", check_retry_after),
)


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
      A server never sends Content-Length in a 204 response.']
    """
    code = _checked_status(status)
    request_method = _checked_method(method)
    if has_content is not None and not isinstance(has_content, bool):
        raise TypeError(
            f"has_content must be a bool or None, not {type(has_content).__name__}"
            f" ({has_content!r})"
        )
    fields = _collect(headers)
    content_type = fields.get("content-type", [""])[0]
    multipart = (
        content_type.split(";")[0].strip(" \t").lower() == "multipart/byteranges"
    )
    findings = []
    for rule in rules_for(code):
        if not _holds(rule.when, request_method, multipart):
            continue
        if rule.header is None:
            if has_content is None:
                continue
            present = has_content
        elif rule.header == "Link" and code == 451:
            present = any(_BLOCKED_BY.search(v) for v in fields.get("link", ()))
        else:
            present = rule.header.lower() in fields
        if (rule.level in _REQUIRED and not present) or (
            rule.level in _FORBIDDEN and present
        ):
            findings.append(_rule_finding(code, rule, present))
    findings.extend(_value_findings(code, fields))
    return tuple(findings)


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


def _collect(headers: object) -> dict[str, list[str]]:
    """Field values by lower-cased name, spaces and tabs around them removed."""
    if isinstance(headers, (str, bytes, bytearray)):
        raise TypeError(
            "headers must be a mapping or an iterable of (name, value) pairs,"
            f" not {type(headers).__name__} ({headers!r})"
        )
    items = getattr(headers, "items", None)
    pairs = items() if callable(items) else headers
    try:
        iterator = iter(pairs)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            "headers must be a mapping or an iterable of (name, value) pairs,"
            f" not {type(headers).__name__}"
        ) from None
    fields: dict[str, list[str]] = {}
    for pair in iterator:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError(f"each header must be a (name, value) pair, not {pair!r}")
        name, value = pair
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(
                "header names and values must be str, not"
                f" {type(name).__name__} and {type(value).__name__} ({pair!r})"
            )
        fields.setdefault(name.lower(), []).append(value.strip(" \t"))
    return fields


def _subjects(code: int, when: str | None) -> tuple[str, str]:
    if when == "head":
        return f"A {code} response to HEAD", f"HEAD 요청에 대한 {code} 응답"
    if when == "connect":
        return f"A {code} response to CONNECT", f"CONNECT 요청에 대한 {code} 응답"
    if when == "single-part":
        return f"A single-part {code} response", f"부분 하나를 보내는 {code} 응답"
    if when == "multipart":
        return (
            f"A multipart/byteranges {code} response",
            f"multipart/byteranges 형식의 {code} 응답",
        )
    return f"A {code} response", f"{code} 응답"


def _rule_finding(code: int, rule: FieldRule, present: bool) -> Finding:
    subject, subject_ko = _subjects(code, rule.when)
    what = "content" if rule.header is None else rule.header
    what_ko = "콘텐츠" if rule.header is None else f"{rule.header} 헤더"
    # The Korean names the level too, as the English does: the notes say
    # "~해야 함" for MUST and SHOULD alike.
    if present:
        message = f"{subject} {rule.level} carry {what}, and this one does."
        message_ko = (
            f"{subject_ko}에는 {what_ko}를 보내지 않아야 하는데({rule.level}) 있음"
        )
    else:
        message = f"{subject} {rule.level} carry {what}, and this one has none."
        message_ko = f"{subject_ko}에는 {what_ko}가 있어야 하는데({rule.level}) 없음"
    return Finding(
        level=rule.level,
        header=rule.header,
        reference=rule.reference,
        message=f"{message} {rule.note}",
        message_ko=f"{message_ko}. {rule.note_ko}",
    )


def _malformed(
    header: str, reference: str, value: str, problem: tuple[str, str]
) -> Finding:
    why, why_ko = problem
    return Finding(
        level=RequirementLevel.MUST_NOT,
        header=header,
        reference=reference,
        message=(
            f"The {header} value {value!r} does not match its grammar: {why}."
            " A sender MUST NOT generate it (RFC 9110, Section 2.2)."
        ),
        message_ko=(
            f"{header} 헤더 값이 문법에 맞지 않음 ({value!r}). {why_ko}. 보내는"
            " 쪽은 이런 값을 만들지 않아야 함 (RFC 9110, Section 2.2)"
        ),
    )


def _value_findings(code: int, fields: dict[str, list[str]]) -> list[Finding]:
    findings = []
    for key, header in _SINGLETONS.items():
        count = len(fields.get(key, ()))
        if count > 1:
            findings.append(
                Finding(
                    level=RequirementLevel.MUST_NOT,
                    header=header,
                    reference="RFC 9110, Section 5.3",
                    message=(
                        f"{header} is sent {count} times; it holds a single value,"
                        " so a sender MUST NOT generate more than one field line."
                    ),
                    message_ko=(
                        f"{header} 헤더가 {count}번 있음. 값이 하나뿐인 헤더는 한 번만"
                        " 보내야 함"
                    ),
                )
            )
    for header, reference, check in _VALUE_CHECKS:
        for value in fields.get(header.lower(), ()):
            problem = check(value)
            if problem is not None:
                findings.append(_malformed(header, reference, value, problem))
    for value in fields.get("content-range", ()):
        kind = content_range_kind(value)
        if isinstance(kind, tuple):
            findings.append(
                _malformed("Content-Range", "RFC 9110, Section 14.4", value, kind)
            )
        elif code == 416 and kind == "range":
            findings.append(
                Finding(
                    level=RequirementLevel.SHOULD,
                    header="Content-Range",
                    reference="RFC 9110, Section 14.4",
                    message=(
                        f"A 416 response SHOULD give Content-Range as an"
                        f" unsatisfied-range such as 'bytes */1234', not {value!r}."
                    ),
                    message_ko=(
                        f"416 응답의 Content-Range 헤더는 범위({value!r})가 아니라"
                        " 'bytes */1234'처럼 전체 길이만 알리는 형식이어야 함"
                        " (SHOULD)"
                    ),
                )
            )
        elif code == 206 and kind == "unsatisfied":
            findings.append(
                Finding(
                    level=RequirementLevel.MUST,
                    header="Content-Range",
                    reference="RFC 9110, Section 15.3.7.1",
                    message=(
                        f"A 206 response MUST give in Content-Range the range it"
                        f" encloses, such as 'bytes 0-499/1234', not {value!r}."
                    ),
                    message_ko=(
                        f"206 응답의 Content-Range 헤더는 전체 길이({value!r})만이"
                        " 아니라 'bytes 0-499/1234'처럼 담은 범위를 알려야 함"
                        " (MUST)"
                    ),
                )
            )
    return findings
