"""StatusCode, StatusClass and Registration: the registry as enums."""

from __future__ import annotations

import copy
import enum
import inspect
import pickle
import pydoc
from http import HTTPStatus

import pytest

from httpcodes import (
    Registration,
    StatusClass,
    StatusCode,
    UnknownStatusError,
)
from httpcodes._data import codes as _data

from .facts import REGISTERED, IndexLike, run_fresh

# Each test builds the once-built tables it uses (conftest.py, first_use).
pytestmark = pytest.mark.usefixtures("first_use")

MEMBERS = list(StatusCode)
MEMBER_IDS = [str(m.value) for m in MEMBERS]
ROW_BY_CODE = {row["code"]: row for row in _data.CODES}

# Every attribute a member carries from the data module.
FACT_ATTRIBUTES = (
    "code",
    "phrase",
    "phrase_ko",
    "status_class",
    "description",
    "description_ko",
    "deprecated",
    "registration",
    "registration_expires",
    "reference",
    "aliases",
)


# -- the registry ------------------------------------------------------------


def test_is_an_int_enum_of_the_registered_codes() -> None:
    assert issubclass(StatusCode, enum.IntEnum)
    assert len(StatusCode) == 64
    assert [m.value for m in StatusCode] == sorted(REGISTERED)


def test_basic_identity() -> None:
    # mypy's strict equality calls a literal member and a literal int
    # disjoint; at run time a member is the int.
    assert StatusCode.NOT_FOUND == 404  # type: ignore[comparison-overlap]
    assert StatusCode(404) is StatusCode.NOT_FOUND
    assert StatusCode["NOT_FOUND"] is StatusCode.NOT_FOUND
    assert StatusCode.NOT_FOUND in {404}
    assert {404: "x"}[StatusCode.NOT_FOUND] == "x"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        (413, "CONTENT_TOO_LARGE"),
        (414, "URI_TOO_LONG"),
        (416, "RANGE_NOT_SATISFIABLE"),
        (422, "UNPROCESSABLE_CONTENT"),
        (104, "UPLOAD_RESUMPTION_SUPPORTED"),
        (306, "SWITCH_PROXY"),
        (418, "IM_A_TEAPOT"),
    ],
)
def test_canonical_names(code: int, name: str) -> None:
    assert StatusCode(code).name == name


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE"),
        ("PAYLOAD_TOO_LARGE", "CONTENT_TOO_LARGE"),
        ("REQUEST_URI_TOO_LONG", "URI_TOO_LONG"),
        ("REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE"),
        ("UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT"),
    ],
)
def test_old_names_are_aliases(old: str, current: str) -> None:
    assert StatusCode[old] is StatusCode[current]
    assert StatusCode[old].name == current
    assert old in StatusCode.__members__
    assert old not in [m.name for m in StatusCode]  # an alias, not a new member


# -- parity with http.HTTPStatus of the running Python ------------------------

# Phrases where the library differs from HTTPStatus on purpose.  Python 3.10
# to 3.12 still use the pre-RFC 9110 phrases; the library uses today's, and
# keeps the old ones as aliases.
DIFFERS_FROM_HTTPSTATUS = {
    413: "RFC 9110 renamed Request Entity Too Large to Content Too Large",
    414: "RFC 9110 renamed Request-URI Too Long to URI Too Long",
    416: "RFC 9110 renamed Requested Range Not Satisfiable",
    422: "RFC 9110 renamed Unprocessable Entity to Unprocessable Content",
}


@pytest.mark.parametrize("name", list(HTTPStatus.__members__))
def test_every_httpstatus_name_resolves(name: str) -> None:
    theirs = HTTPStatus[name]
    ours = getattr(StatusCode, name)
    assert isinstance(ours, StatusCode)
    assert ours == theirs.value
    assert StatusCode(theirs) is ours


@pytest.mark.parametrize("member", list(HTTPStatus), ids=str)
def test_phrases_match_httpstatus(member: HTTPStatus) -> None:
    ours = StatusCode(member.value)
    if member.value in DIFFERS_FROM_HTTPSTATUS and ours.phrase != member.phrase:
        assert member.phrase in ours.aliases
    else:
        assert ours.phrase == member.phrase


def test_codes_httpstatus_lacks() -> None:
    # 104 (registered 2024) and 306 (reserved) are not in HTTPStatus.
    ours, theirs = {m.value for m in StatusCode}, {m.value for m in HTTPStatus}
    assert ours - theirs == {104, 306}
    assert theirs - ours == set()


# -- member attributes -------------------------------------------------------


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_attributes_come_from_the_data(member: StatusCode) -> None:
    row = ROW_BY_CODE[member.value]
    assert type(member.code) is int
    assert member.code == member.value == row["code"]
    assert member.phrase == row["phrase"]
    assert member.phrase_ko == row["phrase_ko"]
    assert member.description == row["description"]
    assert member.description_ko == row["description_ko"]
    assert member.deprecated is row["deprecated"]
    assert member.registration is Registration(row["registration"])
    assert member.registration_expires == row["expires"]
    assert member.reference == row["reference"]
    assert member.aliases == row["aliases"]
    assert isinstance(member.aliases, tuple)


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_class_and_predicates(member: StatusCode) -> None:
    first_digit = int(str(member.value)[0])
    assert member.status_class is StatusClass(first_digit)
    assert member.is_informational is (100 <= member <= 199)
    assert member.is_success is (200 <= member <= 299)
    assert member.is_redirection is (300 <= member <= 399)
    assert member.is_client_error is (400 <= member <= 499)
    assert member.is_server_error is (500 <= member <= 599)
    assert member.is_error is (400 <= member <= 599)


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_describe(member: StatusCode) -> None:
    assert member.describe("en") == member.description
    assert member.describe("ko") == member.description_ko
    assert member.describe() == member.description


@pytest.mark.parametrize("lang", ["fr", "KO", "ko-KR", "", "english"])
def test_describe_refuses_other_languages(lang: str) -> None:
    with pytest.raises(ValueError, match="use 'en' or 'ko'"):
        StatusCode.OK.describe(lang)  # type: ignore[arg-type]


def test_spot_checks() -> None:
    assert StatusCode.NOT_FOUND.phrase_ko == "찾을 수 없음"
    assert StatusCode.INTERNAL_SERVER_ERROR.phrase_ko == "내부 서버 오류"
    assert StatusCode.NOT_FOUND.reference == "RFC 9110, Section 15.5.5"
    assert StatusCode.MULTI_STATUS.reference == "RFC 4918, Section 11.1"
    assert StatusCode.EARLY_HINTS.reference == "RFC 8297"
    assert StatusCode.UPLOAD_RESUMPTION_SUPPORTED.registration is Registration.TEMPORARY
    assert StatusCode.UPLOAD_RESUMPTION_SUPPORTED.registration_expires == "2026-11-13"
    assert StatusCode.NOT_EXTENDED.registration is Registration.OBSOLETED
    assert StatusCode.IM_A_TEAPOT.registration is Registration.UNUSED
    assert StatusCode.OK.registration is Registration.ASSIGNED
    assert StatusCode.OK.registration_expires is None


# -- immutability ------------------------------------------------------------

WRITABLE_LOOKING = (*FACT_ATTRIBUTES, "name", "value", "_name_", "_value_", "new")


# One class-level guard protects every member: parametrized by attribute,
# with the members in a loop, rather than 64 x 16 tests of the same guard.
@pytest.mark.parametrize("attribute", WRITABLE_LOOKING)
def test_members_cannot_be_changed(attribute: str) -> None:
    for member in MEMBERS:
        before = {name: getattr(member, name) for name in FACT_ATTRIBUTES}
        with pytest.raises(AttributeError):
            setattr(member, attribute, "changed")
        with pytest.raises(AttributeError):
            delattr(member, attribute)
        assert {name: getattr(member, name) for name in FACT_ATTRIBUTES} == before
        assert member.name == ROW_BY_CODE[member.value]["name"]


def test_the_stdlib_enum_would_have_let_it_through() -> None:
    """The point of the guard: a plain IntEnum member accepts new facts."""

    class Plain(enum.IntEnum):
        OK = 200

    Plain.OK.phrase = "changed"  # type: ignore[attr-defined]
    assert Plain.OK.phrase == "changed"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        StatusCode.OK.phrase = "changed"  # type: ignore[misc]


def test_members_cannot_be_reassigned_or_added() -> None:
    with pytest.raises(AttributeError):
        StatusCode.OK = 201  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del StatusCode.OK  # pyright: ignore[reportAttributeAccessIssue]
    assert StatusCode["OK"].value == 200


@pytest.mark.parametrize("member", list(StatusClass), ids=str)
@pytest.mark.parametrize("attribute", ["label", "label_ko", "range", "reference", "x"])
def test_classes_cannot_be_changed(member: StatusClass, attribute: str) -> None:
    with pytest.raises(AttributeError):
        setattr(member, attribute, "changed")
    with pytest.raises(AttributeError):
        delattr(member, attribute)


@pytest.mark.parametrize("member", list(Registration), ids=str)
def test_registrations_cannot_be_changed(member: Registration) -> None:
    with pytest.raises(AttributeError):
        member.x = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del member._value_


def test_aliases_are_immutable_tuples() -> None:
    aliases = StatusCode.CONTENT_TOO_LARGE.aliases
    with pytest.raises(AttributeError):
        aliases.append("x")  # type: ignore[attr-defined]


# -- str, format, repr: the same on every Python ------------------------------


def test_str_format_repr() -> None:
    member = StatusCode.NOT_FOUND
    assert str(member) == "404"
    assert f"{member}" == "404"
    assert format(member, ">5") == "  404"
    assert f"{member:d}" == "404"
    assert f"{member:#x}" == "0x194"
    assert repr(member) == "<StatusCode.NOT_FOUND: 404>"
    assert (
        repr(StatusCode.REQUEST_ENTITY_TOO_LARGE)
        == "<StatusCode.CONTENT_TOO_LARGE: 413>"
    )
    assert "%s %d" % (member, member) == "404 404"  # noqa: UP031


def test_class_str_format_repr() -> None:
    member = StatusClass.CLIENT_ERROR
    assert str(member) == "4"
    assert f"{member}" == "4"
    assert repr(member) == "<StatusClass.CLIENT_ERROR: 4>"


def test_registration_str_repr() -> None:
    assert str(Registration.TEMPORARY) == "temporary"
    assert repr(Registration.TEMPORARY) == "<Registration.TEMPORARY: 'temporary'>"
    assert [r.value for r in Registration] == [
        "assigned",
        "temporary",
        "unused",
        "obsoleted",
    ]


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_pickle_and_copy_keep_identity(member: StatusCode) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(member, protocol)) is member
    assert copy.copy(member) is member
    assert copy.deepcopy(member) is member


# -- StatusCode(value) is strict --------------------------------------------


@pytest.mark.parametrize("value", [True, False, 404.0, "404", b"404", None, [404]])
def test_constructor_refuses_non_ints(value: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        StatusCode(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [999, 0, -404, 471, 299, 1])
def test_constructor_refuses_unregistered_ints(value: int) -> None:
    with pytest.raises(UnknownStatusError) as caught:
        StatusCode(value)
    assert isinstance(caught.value, ValueError)  # what HTTPStatus raises
    assert str(value) in str(caught.value)


def test_constructor_accepts_int_likes() -> None:
    assert StatusCode(HTTPStatus.NOT_FOUND) is StatusCode.NOT_FOUND
    assert StatusCode(StatusCode.NOT_FOUND) is StatusCode.NOT_FOUND
    # Typed as int, as IntEnum declares it; accepted like lookup() at run time.
    assert StatusCode(IndexLike(404)) is StatusCode.NOT_FOUND  # type: ignore[arg-type]


# -- StatusClass ---------------------------------------------------------------


def test_status_class() -> None:
    assert [c.value for c in StatusClass] == [1, 2, 3, 4, 5]
    assert StatusClass(4) is StatusClass.CLIENT_ERROR
    assert StatusClass.CLIENT_ERROR.range == "4xx"
    assert StatusClass.CLIENT_ERROR.label == "Client Error"
    assert StatusClass.CLIENT_ERROR.label_ko == "클라이언트 요청 오류"
    assert StatusClass.SERVER_ERROR.reference == "RFC 9110, Section 15.6"
    assert [c.range for c in StatusClass] == ["1xx", "2xx", "3xx", "4xx", "5xx"]


@pytest.mark.parametrize("value", [True, 4.0, "4", None])
def test_status_class_refuses_non_ints(value: object) -> None:
    with pytest.raises(TypeError):
        StatusClass(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, 6, 404, -1])
def test_status_class_refuses_other_ints(value: int) -> None:
    with pytest.raises(ValueError, match="classes are numbered 1 to 5"):
        StatusClass(value)


# -- a code's facts, declared once ------------------------------------------------

# Every fact of a member and the data column it reads: written out here, not
# taken from the code under test.
FACT_COLUMNS = {
    "code": "code",
    "phrase": "phrase",
    "phrase_ko": "phrase_ko",
    "description": "description",
    "description_ko": "description_ko",
    "deprecated": "deprecated",
    "registration_expires": "expires",
    "reference": "reference",
    "aliases": "aliases",
    "is_cacheable_by_default": "cacheable_by_default",
    "allows_content": "allows_content",
    "is_followable_redirect": "followable_redirect",
    "preserves_method": "preserves_method",
}
# Facts built from a column or the number rather than copied from one.
BUILT_FACTS = ("status_class", "registration")


@pytest.mark.parametrize("name", [*FACT_COLUMNS, *BUILT_FACTS, "response_fields"])
def test_every_fact_is_a_documented_read_only_property(name: str) -> None:
    """help(), pydoc, inspect.getdoc and editors see each fact (issue 18)."""
    fact = inspect.getattr_static(StatusCode, name)
    assert isinstance(fact, property)
    assert fact.fset is None
    assert fact.fdel is None
    assert inspect.getdoc(fact)
    assert getattr(StatusCode, name) is fact
    assert name in dir(StatusCode)


def test_help_shows_every_fact() -> None:
    text = pydoc.plain(pydoc.render_doc(StatusCode))
    for name in [*FACT_COLUMNS, *BUILT_FACTS, "describe", "is_success"]:
        assert f"\n |  {name}\n" in text or f"\n |  {name}(" in text, name
    assert "A short Korean name for the code" in text


def test_every_data_column_reaches_a_member() -> None:
    import dataclasses

    from httpcodes import Guidance

    # The guidance columns reach users through guidance(), loaded on first
    # use, rather than as attributes of the members.
    guidance = {field.name for field in dataclasses.fields(Guidance)} - {"code"}
    columns = {*FACT_COLUMNS.values(), "registration", "name", "old_names"}
    assert columns | guidance == set(_data.CODES[0])


@pytest.mark.parametrize("member", MEMBERS, ids=MEMBER_IDS)
def test_each_fact_is_its_column(member: StatusCode) -> None:
    row: dict[str, object] = dict(ROW_BY_CODE[member.value])
    for name, column in FACT_COLUMNS.items():
        assert getattr(member, name) == row[column], name
    assert member.registration.value == row["registration"]
    assert member.status_class.value == member.value // 100


# -- facts attached on first use (issue 14) --------------------------------------


@pytest.mark.parametrize(
    "attribute",
    [*FACT_ATTRIBUTES, "is_cacheable_by_default", "allows_content", "preserves_method"],
)
def test_a_fact_read_first_in_a_fresh_interpreter_is_the_data(attribute: str) -> None:
    """Whichever fact a program reads first, it gets the data's value: the
    first read attaches every member's facts (see _status._Fact)."""
    code = (
        "import httpcodes; s = httpcodes.StatusCode;"
        f" print(repr(s.CONTENT_TOO_LARGE.{attribute}),"
        f" repr(s.IM_A_TEAPOT.{attribute}))"
    )
    out = run_fresh(code)
    first, second = (getattr(StatusCode(code), attribute) for code in (413, 418))
    assert out == f"{first!r} {second!r}\n"


@pytest.mark.parametrize("attribute", ["label", "label_ko", "range", "reference"])
def test_a_class_fact_read_first_is_the_data(attribute: str) -> None:

    code = (
        f"import httpcodes; print(repr(httpcodes.StatusClass.REDIRECTION.{attribute}))"
    )
    out = run_fresh(code)
    assert out == f"{getattr(StatusClass.REDIRECTION, attribute)!r}\n"


def test_reading_a_fact_leaves_the_member_as_it_was() -> None:
    member = StatusCode.GONE
    before = dict(vars(member))
    assert member.description == ROW_BY_CODE[410]["description"]
    assert member.phrase == "Gone"
    assert dict(vars(member)) == before


@pytest.mark.parametrize("attribute", ["description", "phrase_ko", "status_class"])
def test_a_fact_on_the_class_is_its_property(attribute: str) -> None:
    assert isinstance(getattr(StatusCode, attribute), property)
    assert isinstance(vars(StatusClass)["label"], property)


def test_the_fact_properties_cannot_be_replaced() -> None:
    with pytest.raises(AttributeError):
        StatusCode.description = property(lambda self: "changed")  # type: ignore[method-assign, assignment]
    with pytest.raises(AttributeError):
        del StatusCode.description  # pyright: ignore[reportAttributeAccessIssue]
    with pytest.raises(AttributeError):
        StatusCode.GONE.description = "changed"  # type: ignore[misc]
    assert StatusCode.GONE.description == ROW_BY_CODE[410]["description"]


class _IndexFails:
    def __index__(self) -> int:
        raise TypeError("no")


@pytest.mark.parametrize(
    "value",
    [
        None,
        "404",
        "Not Found",
        b"404",
        404.5,
        float("nan"),
        True,
        False,
        299,
        1000,
        -404,
        10**100,
        [404],
        (404,),
        {404: 1},
        object(),
        _IndexFails(),
        1j,
    ],
    ids=repr,
)
def test_what_httpstatus_refuses_with_value_error_statuscode_refuses_so(
    value: object,
) -> None:
    """Code written as ``try: HTTPStatus(x) except ValueError:`` keeps
    working when it moves to StatusCode (issue 18)."""
    try:
        HTTPStatus(value)  # type: ignore[arg-type]
    except ValueError:
        pass
    else:  # pragma: no cover - every value above is refused
        pytest.fail(f"HTTPStatus accepted {value!r}")
    with pytest.raises(ValueError):  # noqa: PT011 - the point is the base class
        StatusCode(value)  # type: ignore[arg-type]
