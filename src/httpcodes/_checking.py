"""What ``httpcodes.wsgi``, ``httpcodes.asgi`` and ``httpcodes.testing``
share: reading their options, choosing the findings they keep, and telling
a finding.

Like the command line, these modules are clients of the public API: they
import ``httpcodes`` and ``httpcodes.messages`` and nothing private
(docs/design.md, "Layers"; ``tests/test_layers.py`` checks).

>>> kept = Options((), "MUST", "en")
>>> from httpcodes import check_response
>>> [f.rule for f in check_response(405, has_content=False)]
['4xx-explanation-missing', '405-allow-missing']
>>> [f.rule for f in kept.keep(check_response(405, has_content=False))]
['405-allow-missing']
"""

from __future__ import annotations

import warnings

from httpcodes import Exchange, RequirementLevel, ResponseWarning
from httpcodes.messages import message

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, Literal

    from httpcodes import Finding

    Report = Callable[[Finding, Exchange], object]
    Level = (
        RequirementLevel
        | Literal[
            "MUST", "MUST NOT", "CONTRADICTION", "SHOULD", "SHOULD NOT", "NOTE", "MAY"
        ]
    )

# Fields the server adds to what the application hands it, lower-cased: an
# application that leaves them out is right to.  Date is the origin server's
# (RFC 9110, Section 6.6.1: it needs a clock, and WSGI and ASGI servers have
# one), and so is Server (Section 10.2.4); Connection, Keep-Alive and
# Transfer-Encoding belong to one connection (RFC 9110, Section 7.6.1; RFC
# 9112, Section 6.1), which PEP 3333 forbids a WSGI application to speak
# for; Content-Length frames the message, and a server that knows the
# length writes it (RFC 9110, Section 8.6).  A finding that one of them is
# missing is dropped; one that says it is malformed is kept.
SERVER_FIELDS = frozenset(
    {
        "date",
        "server",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
    }
)

# A rule name: words of lower-case ASCII letters and digits joined by single
# hyphens (docs/responses.md, "Rule names").
_RULE_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-"


def is_rule_name(name: str) -> bool:
    """Whether ``name`` (a plain ``str``) has the form of a rule name.

    >>> is_rule_name("405-allow-missing"), is_rule_name("405_allow_missing")
    (True, False)
    """
    return (
        name != ""
        and not name.strip(_RULE_CHARACTERS)
        and not name.startswith("-")
        and not name.endswith("-")
        and "--" not in name
    )


def rule_names(value: object) -> frozenset[str]:
    """The ``ignore`` argument: a collection of rule names, read once."""
    example = "such as {'405-allow-missing'}"
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(
            f"ignore must be a collection of rule names, {example}, not"
            f" {type(value).__name__}: one name alone would be read as its"
            " characters"
        )
    try:
        items = iter(value)  # type: ignore[call-overload,unused-ignore]
    except TypeError:
        raise TypeError(
            f"ignore must be a collection of rule names, {example}, not"
            f" {type(value).__name__}"
        ) from None
    names = set()
    for item in items:
        if not isinstance(item, str):
            raise TypeError(
                f"each rule name in ignore must be a str, not {type(item).__name__}"
            )
        name = str.__str__(item)  # the text it stores; nothing of its own
        if not is_rule_name(name):
            raise ValueError(
                "ignore: " + message("error.bad_rule_name", "en", value=name)
            )
        names.add(name)
    return frozenset(names)


def rank(value: object) -> int:
    """The ``min_level`` argument, as the rank of the least serious level
    that is kept (``RequirementLevel.rank``: 1 is the most serious)."""
    try:
        level = RequirementLevel(value)
    except TypeError as error:
        raise TypeError(f"min_level: {error}") from None
    except ValueError as error:
        raise ValueError(f"min_level: {error}") from None
    return level.rank


def language(value: object) -> Literal["en", "ko"]:
    """The ``lang`` argument: "en" or "ko"."""
    # The catalogue refuses anything else, with the error every function
    # that takes a language raises (this layer reads arguments through the
    # public API only); a str subclass that holds "en" or "ko" passes, and
    # is read as the text it stores.
    unchecked: Any = value
    message("label.class", unchecked)
    return "ko" if str.__str__(unchecked) == "ko" else "en"


def reporter(value: Any) -> Report | None:
    """The ``report`` argument: ``None`` or a callable."""
    if value is None or callable(value):
        return value  # type: ignore[no-any-return]
    raise TypeError(
        "report must be a callable that takes (finding, exchange), or None,"
        f" not {type(value).__name__}"
    )


def application(value: object, kind: str) -> None:
    """Refuse an ``app`` that cannot be called."""
    if not callable(value):
        raise TypeError(
            f"app must be {kind} application (a callable), not {type(value).__name__}"
        )


class Options:
    """The options of a checker or a helper, read once."""

    __slots__ = ("ignore", "lang", "rank", "report")

    ignore: frozenset[str]
    rank: int
    lang: Literal["en", "ko"]
    report: Report | None

    def __init__(
        self,
        ignore: Iterable[str],
        min_level: Level,
        lang: Literal["en", "ko"],
        report: Report | None = None,
    ) -> None:
        self.ignore = rule_names(ignore)
        self.rank = rank(min_level)
        self.lang = language(lang)
        self.report = reporter(report)

    def keep(self, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """The findings at ``min_level`` or above, less the ignored rules
        and the server's fields reported missing."""
        return tuple(
            finding
            for finding in findings
            if finding.level.rank <= self.rank
            and finding.rule not in self.ignore
            and not (
                finding.header is not None
                and finding.rule.endswith("-missing")
                and finding.header.lower() in SERVER_FIELDS
            )
        )

    def tell(self, finding: Finding) -> str:
        """One finding in one line: its rule, where the rule is written and
        what was found, in the options' language."""
        text = finding.message_ko if self.lang == "ko" else finding.message
        return f"{finding.rule} ({finding.reference}): {text}"

    def issue(
        self, findings: tuple[Finding, ...], exchange: Exchange, stacklevel: int
    ) -> None:
        """Each finding to the report, or as a ``ResponseWarning`` attributed
        ``stacklevel`` frames up (the middleware's own module, so that a
        filter can name it)."""
        if self.report is not None:
            for finding in findings:
                self.report(finding, exchange)
            return
        where = message(
            "label.exchange",
            self.lang,
            method=exchange.method,
            path=exchange.path,
            status=exchange.status,
        )
        for finding in findings:
            warnings.warn(
                ResponseWarning(f"{where}: {self.tell(finding)}", finding, exchange),
                stacklevel=stacklevel + 1,
            )


del TYPE_CHECKING
