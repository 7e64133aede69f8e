"""The registry as an enum: ``StatusCode``, and the machinery of its enums.

The member list and the phrases between the GENERATED markers are written by
``python tools/generate.py`` from ``_data.py``, so that type checkers know
every member by name and a program that only needs numbers and phrases never
loads ``_data.py``.  Every other fact a member knows is read from
``_data.py`` the first time one of them is asked for (see ``_Fact``).
``tests/test_generated.py`` fails when the markers' contents drift from the
data.

``import httpcodes`` loads this module, so it imports nothing of the package
at the top: ``StatusClass`` (``_classes.py``), ``Registration``
(``_registration.py``), key reading and errors are loaded on first use
(docs/performance.md).
"""

from enum import Enum, EnumMeta, IntEnum

# Annotations that Python evaluates at run time are written as strings: this
# module is imported by "import httpcodes", which does without
# "from __future__ import annotations" (importing __future__ costs about
# 0.1 ms of start-up, issue 14).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final, Literal, TypeVar

    from ._classes import StatusClass
    from ._registration import Registration
    from ._responses import FieldRule

    _E = TypeVar("_E")


# The classes closed by close().
_CLOSED: "set[type]" = set()

# Marks "no value given", so that StatusCode() can say what it needs.
_MISSING: "Any" = object()


class _ClosedEnumType(EnumMeta):
    """Metaclass whose classes refuse attribute changes once closed.

    ``EnumMeta`` only protects the members themselves; without this,
    ``StatusCode.phrase = property(...)`` or ``del StatusCode.__setattr__``
    would change every caller's answers.  ``close()`` gives the metaclass
    its ``__setattr__`` and ``__delattr__`` guards the first time it closes
    a class (see there for why not here).  See docs/design.md for what this
    does not prevent.
    """


def _guard_set(cls: "type", name: "str", value: "object") -> "None":
    if cls in _CLOSED:
        raise AttributeError(f"{cls.__name__} is read-only; cannot set {name!r}")
    EnumMeta.__setattr__(cls, name, value)


def _guard_delete(cls: "type", name: "str") -> "None":
    if cls in _CLOSED:
        raise AttributeError(f"{cls.__name__} is read-only; cannot delete {name!r}")
    EnumMeta.__delattr__(cls, name)


class _StrictIntEnumType(_ClosedEnumType):
    """Metaclass that makes ``Cls(value)`` strict and fast.

    ``EnumMeta.__call__`` finds members by equality and hashing, so for a
    plain ``IntEnum`` ``Cls(True)`` is the member 1 and ``Cls(404.0)`` the
    member 404.  Here a value must be an int (see ``_keys.as_int``); an
    exact ``int`` takes one dictionary probe, which is also faster than the
    generic path.  The functional API (``Cls("Name", "A B")``) is not
    offered: these enums have members and cannot be extended anyway.
    """

    _by_value: "dict[int, Any]"

    # ``cls`` is typed as ``type[_E]`` so that ``StatusCode(404)`` has the
    # type ``StatusCode``, as ``EnumMeta.__call__`` gives it in typeshed.
    # ``value`` may be passed by keyword, as ``HTTPStatus(value=404)`` allows.
    def __call__(cls: "type[_E]", value: "object" = _MISSING) -> "_E":  # type: ignore[override]
        by_value: dict[int, _E] = cls._by_value  # type: ignore[attr-defined]
        if type(value) is int:
            member = by_value.get(value)
            if member is not None:
                return member
        elif type(value) is cls:
            return value
        elif value is _MISSING:
            example = next(iter(by_value))
            raise TypeError(
                f"{cls.__name__}() takes one value, an int such as"
                f" {cls.__name__}({example})"
            )
        return cls._from_value(value)  # type: ignore[attr-defined, no-any-return]


class StatusCode(IntEnum, metaclass=_StrictIntEnumType):
    """The IANA HTTP Status Code Registry, one member per registered code.

    Members are ints (``StatusCode.NOT_FOUND == 404``) and carry the facts
    of ``httpcodes._data`` as read-only attributes.  ``StatusCode(404)``
    accepts ints only and raises ``UnknownStatusError`` (a ``ValueError``)
    for an unregistered one; ``httpcodes.lookup`` also accepts names and
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

    # The facts below are plain instance attributes, because reading one is
    # then as fast as reading http.HTTPStatus.phrase: code and phrase are
    # attached when the class is built (_PHRASES), the rest from _data.py on
    # first use (_Fact).
    # __setattr__ and __delattr__ make them read-only; type checkers see
    # them as read-only properties.
    if TYPE_CHECKING:
        _value_: int

        @property
        def code(self) -> "int":
            """The status code as a plain ``int``."""

        @property
        def phrase(self) -> "str":
            """The reason phrase as the IANA registry spells it today."""

        @property
        def phrase_ko(self) -> "str":
            """A short Korean name for the code."""

        @property
        def status_class(self) -> "StatusClass":
            """The class the first digit puts the code in."""

        @property
        def description(self) -> "str":
            """One or two sentences in English on what the code means."""

        @property
        def description_ko(self) -> "str":
            """What the code means, in Korean."""

        @property
        def deprecated(self) -> "bool":
            """True if the standards deprecated, removed or retired it."""

        @property
        def registration(self) -> "Registration":
            """How the IANA registry lists the code."""

        @property
        def registration_expires(self) -> "str | None":
            """ISO date a temporary registration expires, else ``None``."""

        @property
        def reference(self) -> "str":
            """The defining document and section, e.g. ``RFC 9110, Section 15.5.5``."""

        @property
        def aliases(self) -> "tuple[str, ...]":
            """Older or variant reason phrases, which ``lookup`` also accepts."""

        @property
        def is_cacheable_by_default(self) -> "bool":
            """Heuristically cacheable: storable and given a heuristic freshness
            lifetime without explicit caching headers.

            RFC 9110, Section 15.1 lists 200, 203, 204, 206, 300, 301, 308,
            404, 405, 410, 414 and 501; RFC 7725, Section 3 adds 451.
            """

        @property
        def allows_content(self) -> "bool":
            """False where the response never has content: every 1xx, 204
            and 304 (RFC 9110, Section 6.4.1).

            True for 205, although RFC 9110, Section 15.3.6 forbids the server
            to send content with it: message framing does not rule it out.
            """

        @property
        def is_followable_redirect(self) -> "bool":
            """A redirect a client follows by itself: 301, 302, 303, 307, 308.

            300, 304, 305 and 306 are in the 3xx class but are not followed
            automatically (RFC 9110, Section 15.4).
            """

        @property
        def preserves_method(self) -> "bool":
            """A followable redirect after which the method and content must
            not change: 307 and 308 (RFC 9110, Sections 15.4.8 and 15.4.9).
            """

    def describe(self, lang: "Literal['en', 'ko']" = "en") -> "str":
        """The description in ``"en"`` (English) or ``"ko"`` (Korean)."""
        return in_language(lang, self.description, self.description_ko)

    # The class flags compare the member itself, as an int, as http.HTTPStatus
    # does: reading self.status_class and then a StatusClass member goes
    # through EnumMeta.__getattr__ on Python 3.10 and 3.11 (twice as slow),
    # and reading self._value_ is slower than the comparison (issue 14).
    @property
    def is_interim(self) -> "bool":
        """1xx: an interim response, followed by a final one (RFC 9110, Section 15)."""
        return 100 <= self <= 199

    @property
    def is_final(self) -> "bool":
        """2xx to 5xx: the final response to the request (RFC 9110, Section 15)."""
        return 200 <= self <= 599

    @property
    def is_informational(self) -> "bool":
        """1xx: an interim response; the final one is still to come."""
        return 100 <= self <= 199

    @property
    def is_success(self) -> "bool":
        """2xx: the request was received, understood and accepted."""
        return 200 <= self <= 299

    @property
    def is_redirection(self) -> "bool":
        """3xx: the client has to take further action."""
        return 300 <= self <= 399

    @property
    def is_client_error(self) -> "bool":
        """4xx: the request was at fault."""
        return 400 <= self <= 499

    @property
    def is_server_error(self) -> "bool":
        """5xx: the server failed on an apparently valid request."""
        return 500 <= self <= 599

    @property
    def is_error(self) -> "bool":
        """4xx or 5xx."""
        return 400 <= self <= 599

    @property
    def response_fields(self) -> "tuple[FieldRule, ...]":
        """What a response with this code must, should or may carry, as
        ``FieldRule`` records (docs/responses.md): the rules for every
        response, for the code's class and for the code itself.

        Built from ``_data.RESPONSE_FIELDS`` on first use, by a module that
        ``import httpcodes`` does not load.
        """
        # Imported here so that "import httpcodes" does not load it.
        from ._responses import rules_for  # noqa: PLC0415

        return rules_for(self._value_)

    # Pinned so that Python 3.10 prints what 3.11+ prints for an IntEnum:
    # str() and format() give the number, repr() the member.
    def __repr__(self) -> "str":
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self) -> "str":
        return int.__repr__(self)

    def __format__(self, format_spec: "str") -> "str":
        return int.__format__(self, format_spec)

    @classmethod
    def _from_value(cls, value: "object") -> "StatusCode":
        # Not the fast path: imported here, on first use (see the top).
        from ._errors import unknown_number  # noqa: PLC0415

        code = read_number(value)
        member = _BY_CODE.get(code)
        if member is None:
            raise unknown_number(value, code, fallback_of(code))
        return member


def in_language(lang: "object", english: "str", korean: "str") -> "str":
    """``english`` for "en", ``korean`` for "ko"; ``ValueError`` otherwise."""
    if lang == "en":
        return english
    if lang == "ko":
        return korean
    raise ValueError(f"unsupported language {lang!r}; use 'en' or 'ko'")


def read_number(code: "object") -> "int":
    """A status code given as anything but an exact ``int``, read as one.

    The slow path of every function that takes a number (their fast path is
    ``type(code) is int``); it loads ``_keys`` on first use, see the top.
    """
    from ._keys import as_int  # noqa: PLC0415

    return as_int(code, "status code")


def fallback_of(number: "int") -> "StatusCode | None":
    """The ``x00`` code a client uses for an unknown code of ``number``'s
    class (RFC 9110, Section 15); ``None`` outside 100 to 599.

    The valid range is written here: RFC 9110, Section 15 makes a status code
    three digits whose first digit, 1 to 5, is its class (``_classes`` finds
    the class by that digit, which gives the same range).
    """
    if 100 <= number <= 599:
        return _BY_CODE[number // 100 * 100]
    return None


# -- the facts from _data.py, attached on first use ---------------------------
#
# Importing _data.py costs more than all the rest of "import httpcodes": it
# holds both languages' descriptions, the guidance for choosing a code and
# the response rules.  So the classes are built from their generated
# declarations alone (number and phrase), and every other fact is a _Fact on
# the class until the first time one is read; then the facts of every member
# are attached at once, as plain instance attributes.  Measured in
# docs/performance.md (issue 14).


class _Fact:
    """A fact that is read from ``_data.py`` the first time it is asked for.

    A non-data descriptor: once ``attach`` has put the fact in a member's
    ``__dict__``, the instance attribute wins and this is never called
    again for that member, so reading a fact costs what reading
    ``HTTPStatus.phrase`` costs.  ``attach`` fills every member at once and
    is safe to run twice (two threads asking first get the same values).
    """

    __slots__ = ("_attach", "_name")
    _attach: "Any"
    _name: "str"

    def __init__(self, name: "str", attach: "Any") -> "None":
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_attach", attach)

    def __setattr__(self, name: "str", value: "object") -> "None":
        raise AttributeError("facts are read-only")

    def __get__(self, member: "object", owner: "object" = None) -> "Any":
        if member is None:
            # On the class, a fact does not exist, as HTTPStatus.phrase does
            # not: StatusCode.description raises and hasattr() says False.
            raise AttributeError(
                f"{getattr(owner, '__name__', 'class')} has no attribute"
                f" {self._name!r}; it belongs to each member"
            )
        self._attach()
        return vars(member)[self._name]


# Every fact a member carries, once: the attribute and the _data column it
# is read from.  The read-only property stubs in StatusCode's TYPE_CHECKING
# block name the same attributes in the same order (tests/test_status.py
# checks), and so should every record built from a member.
FIELDS: "Final[tuple[tuple[str, str], ...]]" = (
    ("code", "code"),
    ("phrase", "phrase"),
    ("phrase_ko", "phrase_ko"),
    ("status_class", "code"),
    ("description", "description"),
    ("description_ko", "description_ko"),
    ("deprecated", "deprecated"),
    ("registration", "registration"),
    ("registration_expires", "expires"),
    ("reference", "reference"),
    ("aliases", "aliases"),
    ("is_cacheable_by_default", "cacheable_by_default"),
    ("allows_content", "allows_content"),
    ("is_followable_redirect", "followable_redirect"),
    ("preserves_method", "preserves_method"),
)
# Attached with the members (_PHRASES), not on first use.
_DECLARED: "Final" = ("code", "phrase")

# The reason phrase of every code, attached to the members right away: a
# program that needs only numbers and phrases (a web framework writing status
# lines) never loads _data.py.  Plain "NAME = number" declarations with the
# phrase attached here cost less than declaring "NAME = number, phrase" with
# a __new__, which EnumMeta calls once per member, and keep the members'
# values plain ints for type checkers.
# BEGIN GENERATED phrases: python tools/generate.py
_PHRASES: "Final[dict[int, str]]" = {
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

_BY_CODE: "Final[dict[int, StatusCode]]" = {}
for _member in StatusCode:
    vars(_member).update(code=_member._value_, phrase=_PHRASES[_member._value_])
    _BY_CODE[_member._value_] = _member
StatusCode._by_value = _BY_CODE
del _member


def _attach_code_facts() -> "None":
    # On first use, see above.
    from . import _data  # noqa: PLC0415

    # The facts that are their column's value as written: not the declared
    # ones, nor those that _ATTACH builds from a column.
    copied = [
        (attribute, column)
        for attribute, column in FIELDS
        if attribute not in _DECLARED and attribute not in _ATTACH
    ]
    for member, row in zip(StatusCode, _data.CODES, strict=True):
        declared = (member._name_, member._value_, member.phrase)
        if declared != (row["name"], row["code"], row["phrase"]):
            raise RuntimeError("httpcodes: run python tools/generate.py")
        vars(member).update(
            {attribute: row[column] for attribute, column in copied}  # type: ignore[literal-required]
        )


# The two facts that are members of other enums attach on their own first
# read, so that reading a description does not also build StatusClass and
# Registration (each a module and an enum class, docs/performance.md).
def _attach_status_classes() -> "None":
    from ._classes import class_of  # noqa: PLC0415

    for member in StatusCode:
        vars(member)["status_class"] = class_of(member._value_)


def _attach_registrations() -> "None":
    from . import _data  # noqa: PLC0415
    from ._registration import Registration  # noqa: PLC0415

    for member, row in zip(StatusCode, _data.CODES, strict=True):
        if (member._name_, member._value_) != (row["name"], row["code"]):
            raise RuntimeError("httpcodes: run python tools/generate.py")
        vars(member)["registration"] = Registration(row["registration"])


# The facts built from a column, each with its own first read.
_ATTACH: "Final" = {
    "status_class": _attach_status_classes,
    "registration": _attach_registrations,
}
for _attribute, _ in FIELDS:
    if _attribute not in _DECLARED:
        _attach = _ATTACH.get(_attribute, _attach_code_facts)
        type.__setattr__(StatusCode, _attribute, _Fact(_attribute, _attach))
del _attribute, _attach


# -- make the members read-only -------------------------------------------------
#
# Installed only after a class is built: while EnumMeta builds a class it
# writes bookkeeping attributes (_value_, _name_, __objclass__, _sort_order_,
# ...) on each new member, and which ones differs between Python versions.


def _refuse_set(self: "Enum", name: "str", value: "object") -> "None":
    raise AttributeError(
        f"{type(self).__name__} members are read-only; cannot set {name!r}"
    )


def _refuse_delete(self: "Enum", name: "str") -> "None":
    raise AttributeError(
        f"{type(self).__name__} members are read-only; cannot delete {name!r}"
    )


def close(enum_class: "type[Enum]") -> "None":
    """From now on, refuse every write to ``enum_class`` and its members."""
    type.__setattr__(enum_class, "__setattr__", _refuse_set)
    type.__setattr__(enum_class, "__delattr__", _refuse_delete)
    # And now the class itself.  The metaclass gets its guards only here, not
    # in its body: while EnumMeta builds a class it sets an attribute or two
    # per member, and a guard written in the body would run for each of them,
    # for nothing (0.1 ms of start-up on Python 3.10, docs/performance.md).
    # Classes built later pass through the guards until they are closed.
    type.__setattr__(_ClosedEnumType, "__setattr__", _guard_set)
    type.__setattr__(_ClosedEnumType, "__delattr__", _guard_delete)
    _CLOSED.add(enum_class)


close(StatusCode)
