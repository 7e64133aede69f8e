"""The registry as an enum: ``StatusCode``.

The member list, the reason phrases and the older phrases between the
GENERATED markers are written by ``python tools/generate.py`` from
``_data/codes.py``: type checkers know every member by name, and a program
that looks codes up by number, name or phrase, or writes status lines,
never loads the data module.  Every other fact is a property that reads
``_data/codes.py`` the first time one of them is asked for.
``tests/test_generated.py`` fails when the generated lines drift from the
data.

``import httpcodes`` loads this module, so it imports nothing of the package
at the top but the recipe of its type: ``StatusClass``, ``Registration``,
argument reading and errors are loaded on first use (docs/performance.md).
"""

from enum import IntEnum

from ._range import class_digit, fallback
from ._recipe import close

# Annotations that Python evaluates at run time are written as strings: this
# module is imported by "import httpcodes", which does without
# "from __future__ import annotations" (importing __future__ costs about
# 0.1 ms of start-up, docs/performance.md).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal

    from ._classes import StatusClass
    from ._data.codes import CodeRow
    from ._errors import UnknownStatusError
    from ._http.responses import FieldRule
    from ._registration import Registration


class _Facts:
    """What a registered status code knows: the facts of each member.

    ``StatusCode`` inherits them.  They are written in a class of their own
    because ``EnumMeta`` examines every name in an enum's own body while it
    builds the class, which for these thirty properties would cost more than
    a tenth of ``import httpcodes`` (docs/performance.md).
    """

    __slots__ = ()

    if TYPE_CHECKING:
        _value_: int

    # -- the facts -------------------------------------------------------------
    #
    # Read-only properties, so that help(), pydoc, editors and type checkers
    # see each of them with its documentation.  The number, the phrase and
    # the older phrases come from this module; every other fact from the
    # data module, loaded on the first read of one (_row).

    @property
    def code(self) -> "int":
        """The status code as a plain ``int``: ``404``."""
        return self._value_

    @property
    def phrase(self) -> "str":
        """The reason phrase as the IANA registry spells it today:
        ``"Not Found"``."""
        return _PHRASES[self._value_]

    @property
    def aliases(self) -> "tuple[str, ...]":
        """Older or variant reason phrases, which ``lookup`` also accepts:
        ``("Payload Too Large", "Request Entity Too Large")`` for 413."""
        return _ALIASES.get(self._value_, ())

    @property
    def phrase_ko(self) -> "str":
        """A short Korean name for the code: ``"찾을 수 없음"``."""
        return _row(self._value_)["phrase_ko"]

    @property
    def status_class(self) -> "StatusClass":
        """The class the first digit puts the code in (RFC 9110, Section 15)."""
        return (_STATUS_CLASSES or _status_classes())[self._value_]

    @property
    def description(self) -> "str":
        """One or two sentences in English on what the code means."""
        return _row(self._value_)["description"]

    @property
    def description_ko(self) -> "str":
        """What the code means, in Korean."""
        return _row(self._value_)["description_ko"]

    @property
    def deprecated(self) -> "bool":
        """True if the standards deprecated, removed or retired the code.

        Not "rarely used": 102 and 207 are live codes, 305 and 306 are not.
        """
        return _row(self._value_)["deprecated"]

    @property
    def registration(self) -> "Registration":
        """How the IANA registry lists the code (assigned, temporary, ...)."""
        return (_REGISTRATIONS or _registrations())[self._value_]

    @property
    def registration_expires(self) -> "str | None":
        """The ISO date a temporary registration expires, else ``None``."""
        return _row(self._value_)["expires"]

    @property
    def reference(self) -> "str":
        """The defining document and section: ``"RFC 9110, Section 15.5.5"``."""
        return _row(self._value_)["reference"]

    @property
    def is_cacheable_by_default(self) -> "bool":
        """Heuristically cacheable: storable and given a heuristic freshness
        lifetime without explicit caching headers.

        RFC 9110, Section 15.1 lists 200, 203, 204, 206, 300, 301, 308,
        404, 405, 410, 414 and 501; RFC 7725, Section 3 adds 451.
        """
        return _row(self._value_)["cacheable_by_default"]

    @property
    def allows_content(self) -> "bool":
        """False where the response never has content: every 1xx, 204
        and 304 (RFC 9110, Section 6.4.1).

        True for 205, although RFC 9110, Section 15.3.6 forbids the server
        to send content with it: message framing does not rule it out.
        """
        return _row(self._value_)["allows_content"]

    @property
    def is_followable_redirect(self) -> "bool":
        """A redirect a client follows by itself: 301, 302, 303, 307, 308.

        300, 304, 305 and 306 are in the 3xx class but are not followed
        automatically (RFC 9110, Section 15.4).
        """
        return _row(self._value_)["followable_redirect"]

    @property
    def preserves_method(self) -> "bool":
        """A followable redirect after which the method and content must
        not change: 307 and 308 (RFC 9110, Sections 15.4.8 and 15.4.9).
        """
        return _row(self._value_)["preserves_method"]

    @property
    def response_fields(self) -> "tuple[FieldRule, ...]":
        """What a response with this code must, should or may carry, as
        ``FieldRule`` records (docs/responses.md): the rules for every
        response, for the code's class and for the code itself.
        """
        return (_RESPONSE_FIELDS or _response_fields())[self._value_]

    def describe(self, lang: "Literal['en', 'ko']" = "en") -> "str":
        """The description in ``"en"`` (English) or ``"ko"`` (Korean)."""
        given: object = lang  # anything, to a caller that ignores the types
        if type(given) is not str or given not in ("en", "ko"):
            from ._arguments import language  # noqa: PLC0415 - error path

            given = language(given)
        return self.description_ko if given == "ko" else self.description

    # -- the classes, from the number ------------------------------------------
    #
    # The class flags read the member's class digit, which the rule of RFC
    # 9110, Section 15 (_range) gave each member once, at import: going
    # through status_class would load the StatusClass enum, which a program
    # testing is_success never needs.

    @property
    def is_interim(self) -> "bool":
        """1xx: an interim response, followed by a final one (RFC 9110, Section 15)."""
        return _CLASS_DIGIT[self._value_] == 1

    @property
    def is_final(self) -> "bool":
        """2xx to 5xx: the final response to the request (RFC 9110, Section 15)."""
        return _CLASS_DIGIT[self._value_] != 1

    @property
    def is_informational(self) -> "bool":
        """1xx: an interim response; the final one is still to come."""
        return _CLASS_DIGIT[self._value_] == 1

    @property
    def is_success(self) -> "bool":
        """2xx: the request was received, understood and accepted."""
        return _CLASS_DIGIT[self._value_] == 2

    @property
    def is_redirection(self) -> "bool":
        """3xx: the client has to take further action."""
        return _CLASS_DIGIT[self._value_] == 3

    @property
    def is_client_error(self) -> "bool":
        """4xx: the request was at fault."""
        return _CLASS_DIGIT[self._value_] == 4

    @property
    def is_server_error(self) -> "bool":
        """5xx: the server failed on an apparently valid request."""
        return _CLASS_DIGIT[self._value_] == 5

    @property
    def is_error(self) -> "bool":
        """4xx or 5xx."""
        return _CLASS_DIGIT[self._value_] in (4, 5)


class StatusCode(_Facts, IntEnum):
    """The IANA HTTP Status Code Registry, one member per registered code.

    Members are ints (``StatusCode.NOT_FOUND == 404``) and carry the facts
    of ``httpcodes._data.codes`` as read-only properties.  ``StatusCode(404)``
    takes ints only: ``UnknownStatusError`` for an unregistered number,
    ``StatusTypeError`` for any other type (both are ``ValueError``, as
    ``http.HTTPStatus`` raises); ``httpcodes.lookup`` also takes names and
    phrases.  Older names are aliases of the current member, so
    ``StatusCode.REQUEST_ENTITY_TOO_LARGE is StatusCode.CONTENT_TOO_LARGE``.
    """

    # Pickles name httpcodes.StatusCode, so they survive any move of this
    # private module (http.HTTPStatus likewise reports "http").
    __module__ = "httpcodes"

    # BEGIN GENERATED members: python tools/generate.py
    CONTINUE = 100
    SWITCHING_PROTOCOLS = 101
    PROCESSING = 102
    EARLY_HINTS = 103
    UPLOAD_RESUMPTION_SUPPORTED = 104
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NON_AUTHORITATIVE_INFORMATION = 203
    NO_CONTENT = 204
    RESET_CONTENT = 205
    PARTIAL_CONTENT = 206
    MULTI_STATUS = 207
    ALREADY_REPORTED = 208
    IM_USED = 226
    MULTIPLE_CHOICES = 300
    MOVED_PERMANENTLY = 301
    FOUND = 302
    SEE_OTHER = 303
    NOT_MODIFIED = 304
    USE_PROXY = 305
    SWITCH_PROXY = 306
    TEMPORARY_REDIRECT = 307
    PERMANENT_REDIRECT = 308
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    PAYMENT_REQUIRED = 402
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    NOT_ACCEPTABLE = 406
    PROXY_AUTHENTICATION_REQUIRED = 407
    REQUEST_TIMEOUT = 408
    CONFLICT = 409
    GONE = 410
    LENGTH_REQUIRED = 411
    PRECONDITION_FAILED = 412
    CONTENT_TOO_LARGE = 413
    REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE
    PAYLOAD_TOO_LARGE = CONTENT_TOO_LARGE
    URI_TOO_LONG = 414
    REQUEST_URI_TOO_LONG = URI_TOO_LONG
    UNSUPPORTED_MEDIA_TYPE = 415
    RANGE_NOT_SATISFIABLE = 416
    REQUESTED_RANGE_NOT_SATISFIABLE = RANGE_NOT_SATISFIABLE
    EXPECTATION_FAILED = 417
    IM_A_TEAPOT = 418
    MISDIRECTED_REQUEST = 421
    UNPROCESSABLE_CONTENT = 422
    UNPROCESSABLE_ENTITY = UNPROCESSABLE_CONTENT
    LOCKED = 423
    FAILED_DEPENDENCY = 424
    TOO_EARLY = 425
    UPGRADE_REQUIRED = 426
    PRECONDITION_REQUIRED = 428
    TOO_MANY_REQUESTS = 429
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431
    UNAVAILABLE_FOR_LEGAL_REASONS = 451
    INTERNAL_SERVER_ERROR = 500
    NOT_IMPLEMENTED = 501
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504
    HTTP_VERSION_NOT_SUPPORTED = 505
    VARIANT_ALSO_NEGOTIATES = 506
    INSUFFICIENT_STORAGE = 507
    LOOP_DETECTED = 508
    NOT_EXTENDED = 510
    NETWORK_AUTHENTICATION_REQUIRED = 511
    # END GENERATED members

    # Pinned so that Python 3.10 prints what 3.11+ prints for an IntEnum:
    # str() and format() give the number, repr() the member.
    def __repr__(self) -> "str":
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self) -> "str":
        return int.__repr__(self)

    def __format__(self, format_spec: "str") -> "str":
        return int.__format__(self, format_spec)

    @classmethod
    def _missing_(cls, value: "object") -> "StatusCode":
        # StatusCode(value) for anything but an exact int that is registered
        # (the metaclass's fast path, _recipe.StrictIntEnumType).
        code = (_read_number or _number_reader())(value, "StatusCode value")
        member = cls._value2member_map_.get(code)
        if member is None:
            raise unknown_number(value, code)
        return member  # type: ignore[return-value]


close(StatusCode)

# Each member's class, by the one rule (_range), for the class flags.
_CLASS_DIGIT: "dict[int, int | None]" = {
    member._value_: class_digit(member._value_) for member in StatusCode
}

# The reason phrase of every code, and the older or variant phrases of some,
# in this module: a program that needs only numbers and phrases (a web
# framework writing status lines) and text lookups never load the data.

# BEGIN GENERATED phrases: python tools/generate.py
_PHRASES: "dict[int, str]" = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    104: "Upload Resumption Supported",
    200: "OK",
    201: "Created",
    202: "Accepted",
    203: "Non-Authoritative Information",
    204: "No Content",
    205: "Reset Content",
    206: "Partial Content",
    207: "Multi-Status",
    208: "Already Reported",
    226: "IM Used",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    305: "Use Proxy",
    306: "Switch Proxy",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Content Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    416: "Range Not Satisfiable",
    417: "Expectation Failed",
    418: "I'm a Teapot",
    421: "Misdirected Request",
    422: "Unprocessable Content",
    423: "Locked",
    424: "Failed Dependency",
    425: "Too Early",
    426: "Upgrade Required",
    428: "Precondition Required",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    451: "Unavailable For Legal Reasons",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates",
    507: "Insufficient Storage",
    508: "Loop Detected",
    510: "Not Extended",
    511: "Network Authentication Required",
}
# END GENERATED phrases

# BEGIN GENERATED aliases: python tools/generate.py
_ALIASES: "dict[int, tuple[str, ...]]" = {
    101: ("Switching Protocol",),
    207: ("Multi Status",),
    300: ("Multiple Choice",),
    302: ("Moved Temporarily",),
    306: ("Unused",),
    408: ("Request Time-out",),
    413: ("Payload Too Large", "Request Entity Too Large"),
    414: ("Request-URI Too Long", "Request-URI Too Large"),
    416: ("Requested Range Not Satisfiable",),
    418: ("I'm a teapot",),
    422: ("Unprocessable Entity",),
    504: ("Gateway Time-out",),
}
# END GENERATED aliases


def unknown_number(key: "object", code: "int") -> "UnknownStatusError":
    """The error for a number that is not a registered code: where it is a
    status code (100 to 599), the message says what a client treats it as
    (RFC 9110, Section 15)."""
    from ._errors import UnknownStatusError, excerpt, show_int  # noqa: PLC0415

    treated_as = fallback(code)
    if treated_as is not None:
        hint = (
            f"; a client treats an unknown {treated_as // 100}xx code as"
            f" {treated_as} {_PHRASES[treated_as]}, see httpcodes.resolve()"
        )
    else:
        hint = "; status codes are three-digit numbers from 100 to 599"
    shown = excerpt(key) if isinstance(key, str) else show_int(code)
    return UnknownStatusError(
        key, f"{shown} is not a registered HTTP status code{hint}", number=code
    )


# -- the facts that a first read builds -------------------------------------------
#
# Importing _data/codes.py costs more than all the rest of "import
# httpcodes": it holds both languages' descriptions, the guidance for
# choosing a code and the response rules.  So the rows are read the first
# time a fact needs one, checked against the members once, and published in
# one assignment: two threads asking first build equal tables, and either
# one is kept (docs/design.md, "First use from many threads").  The two facts
# that are members of other enums have tables of their own, so that reading
# a description does not also build those enums, nor reading a class the
# data; later reads find them in the table, with no import statement (which
# costs about a microsecond each time it runs).
_ROWS: "dict[int, CodeRow] | None" = None
_STATUS_CLASSES: "dict[int, StatusClass] | None" = None
_REGISTRATIONS: "dict[int, Registration] | None" = None
_RESPONSE_FIELDS: "dict[int, tuple[FieldRule, ...]] | None" = None
# The reader of a StatusCode(value) that is not an exact int (an
# http.HTTPStatus member, numpy.int64), imported on the first one.
_read_number: "Callable[[object, str], int] | None" = None


def _row(code: "int") -> "CodeRow":
    global _ROWS  # noqa: PLW0603 - built once, published in one assignment
    rows = _ROWS
    if rows is None:
        rows = _ROWS = _read_rows()
    return rows[code]


def _read_rows() -> "dict[int, CodeRow]":
    from ._data.codes import CODES  # noqa: PLC0415 - on first use

    # The members are generated from the data: a row added, dropped or
    # renamed since is drift, which the generator mends.
    declared = [(m._name_, m._value_, _PHRASES[m._value_]) for m in StatusCode]
    if declared != [(row["name"], row["code"], row["phrase"]) for row in CODES]:
        raise RuntimeError(
            "httpcodes: the StatusCode members are out of date with"
            " _data/codes.py; run python tools/generate.py"
        )
    return {row["code"]: row for row in CODES}


def _status_classes() -> "dict[int, StatusClass]":
    global _STATUS_CLASSES  # noqa: PLW0603 - built once, published in one assignment
    from ._classes import class_of  # noqa: PLC0415 - on first use

    table = {}
    for member in StatusCode:
        status_class = class_of(member._value_)
        assert status_class is not None  # every member is in 100 to 599
        table[member._value_] = status_class
    _STATUS_CLASSES = table
    return table


def _registrations() -> "dict[int, Registration]":
    global _REGISTRATIONS  # noqa: PLW0603 - built once, published in one assignment
    from ._registration import Registration  # noqa: PLC0415 - on first use

    table = {
        m._value_: Registration(_row(m._value_)["registration"]) for m in StatusCode
    }
    _REGISTRATIONS = table
    return table


def _response_fields() -> "dict[int, tuple[FieldRule, ...]]":
    global _RESPONSE_FIELDS  # noqa: PLW0603 - built once, published in one assignment
    from ._http.responses import rules_for  # noqa: PLC0415 - on first use

    table = {member._value_: rules_for(member._value_) for member in StatusCode}
    _RESPONSE_FIELDS = table
    return table


def _number_reader() -> "Callable[[object, str], int]":
    global _read_number  # noqa: PLW0603 - imported once, on first use
    from ._arguments import number  # noqa: PLC0415 - on first use

    _read_number = number
    return number
