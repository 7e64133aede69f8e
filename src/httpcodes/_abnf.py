"""The HTTP grammar httpcodes reads and checks, one rule beside its ABNF.

Every rule of the message syntax that the package needs is written here and
nowhere else, under the ABNF it implements (RFC 5234 notation, quoted from
the RFC named above it).  The recognisers take a ``str`` whose characters
stand for octets (a field value decoded as ISO-8859-1, as ``http.client``
does) and answer without backtracking: each one reads its input once, so its
time is linear in the input's length.

They say whether text matches and, for the rules ``check_response`` reports
on, where it stops matching; what a mismatch means for a response, and the
words for it, are the business of the callers.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal

    DateForm = Literal["IMF-fixdate", "rfc850-date", "asctime-date"]
    # What is wrong, where (counting from 1) and how many characters long.
    UriProblem = tuple[
        Literal["space", "control", "character", "percent", "fragment", "scheme"],
        int,
        int,
    ]

# -- RFC 5234, Appendix B.1: core rules -------------------------------------
#
#   ALPHA  = %x41-5A / %x61-7A   ; A-Z / a-z
#   DIGIT  = %x30-39             ; 0-9
#   SP     = %x20
#   HTAB   = %x09
#   VCHAR  = %x21-7E             ; visible (printing) characters

ALPHA: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
DIGIT: Final = "0123456789"


def is_digits(text: str) -> bool:
    """``1*DIGIT``: one or more ASCII digits (``str.isdigit`` alone would
    also take ``"٤٠٤"`` and ``"²"``)."""
    return text.isascii() and text.isdigit()


# -- RFC 9110, Section 5.6.3: whitespace ---------------------------------------
#
#   OWS = *( SP / HTAB )   ; optional whitespace
#   RWS = 1*( SP / HTAB )  ; required whitespace
#   BWS = OWS              ; "bad" whitespace

OWS: Final = " \t"


def strip_ows(text: str) -> str:
    """``text`` without the OWS around it.  A field value never includes it
    (RFC 9110, Section 5.5)."""
    return text.strip(OWS)


# -- RFC 9110, Section 5.6.2: tokens ---------------------------------------------
#
#   token = 1*tchar
#   tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
#           "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA

#: The tchars other than letters and digits, as messages list them.
TCHAR_SYMBOLS: Final = "!#$%&'*+-.^_`|~"
TCHAR: Final = TCHAR_SYMBOLS + DIGIT + ALPHA


def is_token(text: str) -> bool:
    """``token``.  Also the grammar of a method (RFC 9110, Section 9.1:
    ``method = token``) and of a range unit (Section 14.1)."""
    # strip() removes the tchars from both ends, in one pass over them: what
    # is left over is the first character that is not a tchar, if any.
    return bool(text) and not text.strip(TCHAR)


# -- RFC 9110, Section 5.6.4: quoted strings ---------------------------------------
#
#   quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
#   qdtext        = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
#   quoted-pair   = "\" ( HTAB / SP / VCHAR / obs-text )
#   obs-text      = %x80-FF


def _is_text_octet(char: str) -> bool:
    # HTAB / SP / VCHAR / obs-text: the octets a quoted-pair may escape, and
    # (less DQUOTE and "\") those qdtext allows.
    point = ord(char)
    return char in "\t " or 0x21 <= point <= 0x7E or 0x80 <= point <= 0xFF


def quoted_string_end(text: str, start: int) -> int | None:
    """Where the quoted-string that opens at ``text[start]`` (a DQUOTE)
    ends: the index after its closing DQUOTE, or None if it does not close
    or holds an octet it may not."""
    position = start + 1
    end = len(text)
    while position < end:
        char = text[position]
        if char == '"':
            return position + 1
        if char == "\\":
            position += 1
            if position == end or not _is_text_octet(text[position]):
                return None
        elif not _is_text_octet(char):
            return None
        position += 1
    return None


def unquote(text: str) -> str:
    """The content of a whole quoted-string, its quoted-pairs resolved."""
    inner = text[1:-1]
    if "\\" not in inner:
        return inner
    out = []
    escaped = False
    for char in inner:
        if escaped or char != "\\":
            out.append(char)
            escaped = False
        else:
            escaped = True
    return "".join(out)


# -- RFC 9110, Section 5.6.1: lists -------------------------------------------------
#
#   #element => [ element ] *( OWS "," OWS [ element ] )
#
# A sender MUST NOT generate empty list elements (Section 5.6.1.1); a
# recipient MUST accept them and ignore a reasonable number of them
# (Section 5.6.1.2).


def split_list(
    value: str, separator: str = ",", *, angle_brackets: bool = False
) -> list[str] | None:
    """The elements of a ``#element`` list, OWS removed, empty elements
    kept as "" (a recipient ignores them, a sender must not make them).

    A separator inside a quoted-string does not separate, nor, with
    ``angle_brackets``, one inside ``<...>`` (a Link's URI-Reference may
    hold commas).  None if a quoted-string or bracket does not close.  With
    ``separator=";"``, the parameters of one element (Section 5.6.6).
    """
    elements = []
    start = 0
    position = 0
    end = len(value)
    while position < end:
        char = value[position]
        if char == '"':
            closed = quoted_string_end(value, position)
            if closed is None:
                return None
            position = closed
            continue
        if char == "<" and angle_brackets:
            closing = value.find(">", position)
            if closing < 0:
                return None
            position = closing + 1
            continue
        if char == separator:
            elements.append(strip_ows(value[start:position]))
            start = position + 1
        position += 1
    elements.append(strip_ows(value[start:]))
    return elements


# -- RFC 9110, Sections 5.1 and 5.5: field names and values ------------------------
#
#   field-name    = token
#   field-value   = *field-content
#   field-content = field-vchar
#                   [ 1*( SP / HTAB / field-vchar ) field-vchar ]
#   field-vchar   = VCHAR / obs-text
#
# A value given without the OWS around it (Section 5.5) matches when every
# character is SP, HTAB, VCHAR or obs-text: CR, LF, NUL and the other
# controls never do, nor does a character above U+00FF, which is no octet.


def field_value_fault(value: str) -> int | None:
    """The index of the first character a field value may not hold, or
    None when there is none."""
    if value.isascii() and value.isprintable():
        return None  # SP and VCHAR only: the common case, in one C call
    for index, char in enumerate(value):
        if not _is_text_octet(char):
            return index
    return None


# -- RFC 9110, Section 8.8.3: ETag ---------------------------------------------------
#
#   ETag       = entity-tag
#   entity-tag = [ weak ] opaque-tag
#   weak       = %s"W/"
#   opaque-tag = DQUOTE *etagc DQUOTE
#   etagc      = %x21 / %x23-7E / obs-text


def is_entity_tag(value: str) -> bool:
    """``entity-tag``: a strong or weak (``W/``) opaque tag."""
    tag = value[2:] if value.startswith("W/") else value
    if len(tag) < 2 or tag[0] != '"' or tag[-1] != '"':
        return False
    inner = tag[1:-1]
    if inner.isascii() and inner.isprintable():
        return '"' not in inner and " " not in inner
    return all(
        char != '"' and (0x21 <= ord(char) <= 0x7E or 0x80 <= ord(char) <= 0xFF)
        for char in inner
    )


# -- RFC 9110, Sections 8.3.1 and 5.6.6: media types ----------------------------------
#
#   media-type      = type "/" subtype parameters
#   type            = token
#   subtype         = token
#   parameters      = *( OWS ";" OWS [ parameter ] )
#   parameter       = parameter-name "=" parameter-value
#   parameter-name  = token
#   parameter-value = ( token / quoted-string )


def is_token_or_quoted(text: str) -> bool:
    """``token / quoted-string``: the value of a parameter or of an
    auth-param, and the argument of a cache directive."""
    if text.startswith('"'):
        return quoted_string_end(text, 0) == len(text)
    return is_token(text)


def media_type(value: str) -> str | None:
    """The ``type/subtype`` of a media-type, lower-cased (both compare
    without regard to case), or None if the value does not match."""
    parts = split_list(value, ";")
    if parts is None:
        return None
    kind, slash, subtype = parts[0].partition("/")
    if not (slash and is_token(kind) and is_token(subtype)):
        return None
    for parameter in parts[1:]:
        if not parameter:
            continue  # "[ parameter ]": an empty one is allowed
        name, equals, argument = parameter.partition("=")
        if not (equals and is_token(name) and is_token_or_quoted(argument)):
            return None
    return parts[0].lower()


# -- RFC 9111, Section 5.2: Cache-Control (and Section 1.2.2: delta-seconds) ----------
#
#   Cache-Control   = #cache-directive
#   cache-directive = token [ "=" ( token / quoted-string ) ]
#   delta-seconds   = 1*DIGIT


def cache_directives(value: str) -> list[tuple[str, str | None]] | None:
    """The directives of a Cache-Control value as (name, argument) pairs,
    the name lower-cased (directive names compare without regard to case),
    the argument as written (None when there is none); an empty list
    element as ("", None).  None if the value does not match."""
    elements = split_list(value)
    if elements is None:
        return None
    directives: list[tuple[str, str | None]] = []
    for element in elements:
        name, equals, argument = element.partition("=")
        if not element:
            directives.append(("", None))
        elif not is_token(name) or (equals and not is_token_or_quoted(argument)):
            return None
        else:
            directives.append((name.lower(), argument if equals else None))
    return directives


# -- RFC 9110, Section 12.5.5: Vary ---------------------------------------------------
#
#   Vary = #( "*" / field-name )


def vary_fault(value: str) -> str | None:
    """The first element of a Vary value that is neither "*" nor a field
    name ("" for an empty element), or None when every one is."""
    elements = split_list(value)
    if elements is None:
        return value
    for element in elements:
        if element != "*" and not is_token(element):
            return element
    return None


# -- RFC 9110, Sections 11.3, 11.6.1 and 11.7.1: challenges --------------------------
#
#   WWW-Authenticate   = #challenge
#   Proxy-Authenticate = #challenge
#   challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
#   auth-scheme = token
#   auth-param  = token BWS "=" BWS ( token / quoted-string )
#   token68     = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
#
# A comma separates both challenges and the auth-params of one challenge,
# so each list element is read as an auth-param of the challenge before it
# or as the start of a new challenge; a token68 takes no auth-params.

TOKEN68: Final = ALPHA + DIGIT + "-._~+/"


def _is_token68(text: str) -> bool:
    body = text.rstrip("=")
    return bool(body) and not body.strip(TOKEN68)


def _is_auth_param(text: str) -> bool:
    name, equals, argument = text.partition("=")
    return (
        bool(equals)
        and is_token(strip_ows(name))
        and is_token_or_quoted(strip_ows(argument))
    )


def is_challenge_list(value: str) -> bool:
    """Whether a WWW-Authenticate or Proxy-Authenticate value is a list of
    challenges."""
    elements = split_list(value)
    if elements is None:
        return False
    # What the element before may be followed by: None before the first
    # challenge, "params" after a scheme or an auth-param, "token68" after a
    # token68.
    state: str | None = None
    for element in elements:
        if not element:
            return False
        if _is_auth_param(element):
            if state != "params":
                return False
            continue
        scheme, space, rest = element.partition(" ")
        if not is_token(scheme):
            return False
        rest = rest.lstrip(" ")
        if not space:
            state = "params"
        elif _is_token68(rest):
            state = "token68"
        elif _is_auth_param(rest):
            state = "params"
        else:
            return False
    return state is not None


# -- RFC 8288, Section 3: Link --------------------------------------------------------
#
#   Link       = #link-value
#   link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
#   link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
#
# and Section 3.3: the rel parameter's value is one or more relation types
# separated by spaces.


def link_relations(value: str) -> list[set[str]] | None:
    """The relation types of each link-value of a Link field value, lower-
    cased (relation types compare case-insensitively, RFC 8288, Section
    2.1.1); None if the value does not parse."""
    elements = split_list(value, angle_brackets=True)
    if elements is None:
        return None
    links = []
    for element in elements:
        if not element:
            continue
        if not element.startswith("<") or ">" not in element:
            return None
        relations: set[str] = set()
        parameters = split_list(element[element.index(">") + 1 :], ";")
        for parameter in (parameters or [])[1:]:
            name, equals, raw = parameter.partition("=")
            if strip_ows(name).lower() != "rel" or not equals:
                continue
            raw = strip_ows(raw)
            if raw.startswith('"') and quoted_string_end(raw, 0) == len(raw):
                raw = unquote(raw)
            relations.update(raw.lower().split())
        links.append(relations)
    return links


def is_link(value: str) -> bool:  # noqa: PLR0911
    """Whether a Link value matches the grammar above: every link-value a
    "<" URI-Reference ">" and each parameter a token, with an optional
    token or quoted-string after "="."""
    elements = split_list(value, angle_brackets=True)
    if elements is None:
        return False
    for element in elements:
        if not element:
            continue  # an empty element: reported by the caller
        closing = element.find(">")
        if not element.startswith("<") or closing < 0:
            return False
        if uri_reference_problem(element[1:closing]) is not None:
            return False
        parameters = split_list(element[closing + 1 :], ";")
        if parameters is None or parameters[0]:
            return False
        for parameter in parameters[1:]:
            name, equals, argument = parameter.partition("=")
            if not is_token(strip_ows(name)):
                return False
            if equals and not is_token_or_quoted(strip_ows(argument)):
                return False
    return True


# -- RFC 3986, Sections 2 and 4.1: URI-reference (for Location, RFC 9110,
# -- Section 10.2.2) ------------------------------------------------------------------
#
#   URI-reference = URI / relative-ref
#   URI           = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
#   scheme        = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
#   pct-encoded   = "%" HEXDIG HEXDIG
#   unreserved    = ALPHA / DIGIT / "-" / "." / "_" / "~"
#   reserved      = gen-delims / sub-delims
#   gen-delims    = ":" / "/" / "?" / "#" / "[" / "]" / "@"
#   sub-delims    = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
#
#   authority     = [ userinfo "@" ] host [ ":" port ]
#   host          = IP-literal / IPv4address / reg-name
#   IP-literal    = "[" ( IPv6address / IPvFuture  ) "]"
#
# Checked here: every character is unreserved, reserved or part of a
# pct-encoded triplet; there is at most one "#" (the fragment may not hold
# another); a ":" in the first segment follows a valid scheme (in a
# relative-ref, the first segment of the path may not contain ":"); and "["
# and "]" appear only as the brackets around an IP-literal host (no path,
# query or fragment character is either).

URI_CHARACTERS: Final = frozenset(ALPHA + DIGIT + "-._~" + ":/?#[]@" + "!$&'()*+,;=")
HEXDIG: Final = frozenset(DIGIT + "ABCDEFabcdef")


# The octets a URI-reference may hold as they are, "%" aside, for
# bytes.translate(), which scans a value in one pass of C.
_URI_OCTETS: Final = "".join(sorted(URI_CHARACTERS)).encode("ascii") + b"%"


def _first_stray(value: str, allowed: bytes, encoding: str = "ascii") -> int:
    """The index of the first character of ``value`` that is not one of the
    octets ``allowed`` (characters standing for octets, as ``encoding``
    writes them), or -1."""
    try:
        raw = value.encode(encoding)
        beyond = -1
    except UnicodeEncodeError as error:  # the first character past the octets
        raw = value[: error.start].encode(encoding)
        beyond = error.start
    stray = raw.translate(None, allowed)
    return raw.find(stray[:1]) if stray else beyond


def uri_reference_problem(value: str) -> UriProblem | None:
    """Where ``value`` stops being a URI-reference: the kind of problem, its
    position (counting from 1) and its length (the scheme's for "scheme", 1
    otherwise), or None when it is one.  The first problem by position is
    reported; each scan is one pass over the value."""
    problems = []
    index = _first_stray(value, _URI_OCTETS)
    if index >= 0:
        point = ord(value[index])
        if point == 0x20:
            problems.append((index, "space"))
        elif point < 0x20 or 0x7F <= point <= 0x9F:
            problems.append((index, "control"))
        else:
            problems.append((index, "character"))
    index = value.find("%")
    while index >= 0:  # pct-encoded = "%" HEXDIG HEXDIG
        if value[index + 1 : index + 2] not in HEXDIG or (
            value[index + 2 : index + 3] not in HEXDIG
        ):
            problems.append((index, "percent"))
            break
        index = value.find("%", index + 3)
    first = value.find("#")
    second = value.find("#", first + 1) if first >= 0 else -1
    if second >= 0:  # the fragment may not hold another "#"
        problems.append((second, "fragment"))
    if problems:
        index, kind = min(problems)
        return kind, index + 1, 1  # type: ignore[return-value]
    head = value
    for separator in "/?#":
        head = head.partition(separator)[0]
    scheme, colon, _ = head.partition(":")
    if colon and not _is_scheme(scheme):
        return "scheme", 1, len(scheme)
    if "[" in value or "]" in value:
        return _bracket_problem(value, len(scheme) + 1 if colon else 0)
    return None


def _bracket_problem(value: str, start: int) -> UriProblem | None:
    """Where a "[" or "]" stands outside an IP-literal, if it does;
    ``start`` is where the hier-part or relative-part begins."""
    begin = end = -1  # the host's brackets, when there is an authority
    if value.startswith("//", start):
        authority_end = len(value)
        for separator in "/?#":
            found = value.find(separator, start + 2)
            if 0 <= found < authority_end:
                authority_end = found
        host = value.rfind("@", start + 2, authority_end) + 1 or start + 2
        closing = value.find("]", host, authority_end)
        if value.startswith("[", host) and closing > host:
            rest = value[closing + 1 : authority_end]
            if not rest or (rest[0] == ":" and (len(rest) == 1 or is_digits(rest[1:]))):
                begin, end = host, closing
    for index, char in enumerate(value):
        if char in "[]" and index not in (begin, end):
            return "character", index + 1, 1
    return None


def _is_scheme(text: str) -> bool:
    return bool(text) and text[0] in ALPHA and not text.strip(ALPHA + DIGIT + "+-.")


# -- RFC 9110, Section 14.4: Content-Range ------------------------------------------
#
#   Content-Range     = range-unit SP ( range-resp / unsatisfied-range )
#   range-resp        = incl-range "/" ( complete-length / "*" )
#   incl-range        = first-pos "-" last-pos
#   unsatisfied-range = "*/" complete-length
#   complete-length   = 1*DIGIT
#   first-pos         = 1*DIGIT           (Section 14.1.1)
#   last-pos          = 1*DIGIT
#   range-unit        = token             (Section 14.1)


class ContentRange:
    """A Content-Range value that matches the grammar: its ``unit``, and
    either ``first``, ``last`` and ``length`` (``None`` for "*") of a
    range-resp, or ``length`` alone of an unsatisfied-range
    (``unsatisfied`` is then True).

    The positions are kept as their digits, leading zeros dropped, not as
    ints: the grammar puts no bound on them, and Python refuses to read more
    than 4300 digits as an int (``sys.set_int_max_str_digits``).
    ``less(a, b)`` compares two of them as the numbers they spell."""

    __slots__ = ("first", "last", "length", "unit", "unsatisfied")

    def __init__(
        self, unit: str, first: str | None, last: str | None, length: str | None
    ) -> None:
        self.unit = unit
        self.first = first
        self.last = last
        self.length = length
        self.unsatisfied = first is None


def _number(digits: str) -> str:
    """``digits`` without leading zeros: "0" for zero."""
    return digits.lstrip("0") or "0"


def less(a: str, b: str) -> bool:
    """Whether digits ``a`` spell a smaller number than digits ``b`` (both
    without leading zeros): the shorter is smaller, else the first to differ."""
    return (len(a), a) < (len(b), b)


def parse_content_range(value: str) -> ContentRange | None:
    """The parts of a Content-Range value, or None if it does not match."""
    unit, space, rest = value.partition(" ")
    if not space or not is_token(unit):
        return None
    if rest.startswith("*/"):
        length = rest[2:]
        unsatisfied = ContentRange(unit, None, None, _number(length))
        return unsatisfied if is_digits(length) else None
    span, slash, length = rest.partition("/")
    first, dash, last = span.partition("-")
    if not (slash and dash and is_digits(first) and is_digits(last)):
        return None
    if length == "*":
        return ContentRange(unit, _number(first), _number(last), None)
    if not is_digits(length):
        return None
    return ContentRange(unit, _number(first), _number(last), _number(length))


# -- RFC 9110, Section 5.6.7: HTTP-date ---------------------------------------------
#
#   HTTP-date    = IMF-fixdate / obs-date
#   IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
#                  ; fixed length/zone/capitalization subset of RFC 5322
#   day-name     = %s"Mon" / %s"Tue" / %s"Wed" / %s"Thu" / %s"Fri" /
#                  %s"Sat" / %s"Sun"
#   date1        = day SP month SP year      ; e.g., 02 Jun 1982
#   day          = 2DIGIT
#   month        = %s"Jan" / %s"Feb" / %s"Mar" / %s"Apr" / %s"May" /
#                  %s"Jun" / %s"Jul" / %s"Aug" / %s"Sep" / %s"Oct" /
#                  %s"Nov" / %s"Dec"
#   year         = 4DIGIT
#   GMT          = %s"GMT"
#   time-of-day  = hour ":" minute ":" second
#                  ; 00:00:00 - 23:59:60 (leap second)
#   hour         = 2DIGIT
#   minute       = 2DIGIT
#   second       = 2DIGIT
#
#   obs-date     = rfc850-date / asctime-date
#   rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT
#   date2        = day "-" month "-" 2DIGIT  ; e.g., 02-Jun-82
#   day-name-l   = %s"Monday" / %s"Tuesday" / %s"Wednesday" /
#                  %s"Thursday" / %s"Friday" / %s"Saturday" / %s"Sunday"
#   asctime-date = day-name SP date3 SP time-of-day SP year
#   date3        = month SP ( 2DIGIT / ( SP DIGIT ))  ; e.g., Jun  2
#
# The rules are case-sensitive (%s) and fix every space: "sun, 06 nov
# 1994 ..." and doubled spaces are not HTTP-dates.

DAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LONG_DAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# The longest HTTP-date, an rfc850-date on a Wednesday: longer text is not
# one, and is refused before it is looked at.
LONGEST_DATE: Final = len("Wednesday, 06-Nov-94 08:49:37 GMT")


class HttpDate:
    """The fields of a text that matches one of the three HTTP-date forms,
    as written: ``form``, ``day_name``, ``day``, ``month`` (1 to 12),
    ``year`` (two digits for an rfc850-date), ``hour``, ``minute`` and
    ``second``.  Whether the day exists and the day name fits it is not
    part of the grammar."""

    __slots__ = (
        "day",
        "day_name",
        "form",
        "hour",
        "minute",
        "month",
        "second",
        "year",
    )

    def __init__(
        self,
        form: DateForm,
        *,
        day_name: str,
        day: int,
        month: int,
        year: int,
        time: tuple[int, int, int],
    ) -> None:
        self.form: DateForm = form
        self.day_name = day_name
        self.day = day
        self.month = month
        self.year = year
        self.hour, self.minute, self.second = time


def _two_digits(text: str) -> int | None:
    return int(text) if len(text) == 2 and is_digits(text) else None


def _time_of_day(text: str) -> tuple[int, int, int] | None:
    # time-of-day = hour ":" minute ":" second, each 2DIGIT; the values
    # (00:00:00 to 23:59:60) are a matter of meaning, not of grammar.
    if len(text) != 8 or text[2] != ":" or text[5] != ":":
        return None
    hour, minute, second = (_two_digits(text[i : i + 2]) for i in (0, 3, 6))
    if hour is None or minute is None or second is None:
        return None
    return hour, minute, second


def _month(text: str) -> int | None:
    return MONTHS.index(text) + 1 if text in MONTHS else None


def parse_http_date(text: str) -> HttpDate | None:  # noqa: PLR0911
    """The fields of an HTTP-date in any of its three forms, or None.

    Each form has fixed fields at fixed places (only rfc850-date's day name
    varies in length), so the text is cut where the grammar says, not
    searched.
    """
    if len(text) > LONGEST_DATE:
        return None
    if len(text) == 29 and text[3:5] == ", " and text.endswith(" GMT"):
        # IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        day, month, year = _two_digits(text[5:7]), _month(text[8:11]), text[12:16]
        time = _time_of_day(text[17:25])
        if (
            text[:3] in DAY_NAMES
            and text[7] == text[11] == text[16] == " "
            and day is not None
            and month is not None
            and len(year) == 4
            and is_digits(year)
            and time is not None
        ):
            return HttpDate(
                "IMF-fixdate",
                day_name=text[:3],
                day=day,
                month=month,
                year=int(year),
                time=time,
            )
        return None
    if len(text) == 24 and text[3] == " ":
        # asctime-date: "Sun Nov  6 08:49:37 1994"
        month, year = _month(text[4:7]), text[20:24]
        day_text = text[8:10]
        day = (
            int(day_text[1]) if day_text[0] == " " and is_digits(day_text[1]) else None
        )
        day = _two_digits(day_text) if day is None else day
        time = _time_of_day(text[11:19])
        if (
            text[:3] in DAY_NAMES
            and text[7] == text[10] == text[19] == " "
            and day is not None
            and month is not None
            and is_digits(year)
            and time is not None
        ):
            return HttpDate(
                "asctime-date",
                day_name=text[:3],
                day=day,
                month=month,
                year=int(year),
                time=time,
            )
        return None
    day_name, comma, rest = text.partition(", ")
    if comma and day_name in LONG_DAY_NAMES and len(rest) == 22:
        # rfc850-date: "Sunday, 06-Nov-94 08:49:37 GMT"
        day, month, year = _two_digits(rest[:2]), _month(rest[3:6]), rest[7:9]
        time = _time_of_day(rest[10:18])
        if (
            rest[2] == rest[6] == "-"
            and rest[9] == " "
            and rest[18:] == " GMT"
            and day is not None
            and month is not None
            and _two_digits(year) is not None
            and time is not None
        ):
            return HttpDate(
                "rfc850-date",
                day_name=day_name,
                day=day,
                month=month,
                year=int(year),
                time=time,
            )
    return None


# -- RFC 9110, Section 10.2.3: Retry-After -------------------------------------------
#
#   Retry-After   = HTTP-date / delay-seconds
#   delay-seconds = 1*DIGIT

is_delay_seconds = is_digits


# -- RFC 9112, Sections 2.3 and 4: the status line -----------------------------------
#
#   status-line   = HTTP-version SP status-code SP [ reason-phrase ]
#   HTTP-version  = HTTP-name "/" DIGIT "." DIGIT
#   HTTP-name     = %s"HTTP"
#   status-code   = 3DIGIT
#   reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )


def is_http_version(text: str) -> bool:
    """``HTTP-version``: "HTTP/" DIGIT "." DIGIT, case-sensitive."""
    return (
        len(text) == 8
        and text.startswith("HTTP/")
        and text[5] in DIGIT
        and text[6] == "."
        and text[7] in DIGIT
    )


def is_reason_octet(char: str) -> bool:
    """One character of a ``reason-phrase``: HTAB / SP / VCHAR / obs-text."""
    return _is_text_octet(char)


_REASON_OCTETS: Final = bytes([0x09, *range(0x20, 0x7F), *range(0x80, 0x100)])


def first_non_reason_octet(text: str) -> int:
    """The index of the first character of ``text`` that a reason-phrase may
    not hold, or -1: one pass over it, however long it is."""
    return _first_stray(text, _REASON_OCTETS, "latin-1")
