"""Adversarial input and object-protocol checks (issue 13).

Each test here failed on version 0.1: pickling and copying every public
object, keyword construction, the exact text-key rules, huge and odd keys,
and classes that cannot be changed after construction.
"""

from __future__ import annotations

import contextlib
import copy
import pickle
from http import HTTPStatus
from typing import Any

import pytest

import httpcodes
from httpcodes import (
    FollowUp,
    Registration,
    StatusClass,
    StatusCode,
    UnknownStatusError,
    classify,
    follow_redirect,
    get,
    lookup,
    resolve,
    unofficial,
)

# Longest message any error may carry, whatever the key: a bound, so that a
# ten-megabyte key cannot make a ten-megabyte message.
MESSAGE_BOUND = 400


def round_trips(value: object) -> list[object]:
    """value through pickle (every protocol), copy and deepcopy."""
    out = [
        pickle.loads(pickle.dumps(value, protocol))
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1)
    ]
    return [*out, copy.copy(value), copy.deepcopy(value)]


# -- pickle and copy ---------------------------------------------------------------


@pytest.mark.parametrize("key", ["not fond", 999, 471, "4044"], ids=repr)
def test_unknown_status_error_pickles_and_copies(key: object) -> None:
    with pytest.raises(UnknownStatusError) as info:
        lookup(key)  # type: ignore[arg-type]
    error = info.value
    for clone in round_trips(error):
        assert type(clone) is UnknownStatusError
        assert isinstance(clone, UnknownStatusError)
        assert clone.key == key
        assert clone.suggestions == error.suggestions
        assert str(clone) == str(error)
        assert clone.args == error.args


def test_unknown_status_error_keeps_its_suggestions_through_pickle() -> None:
    with pytest.raises(UnknownStatusError) as info:
        lookup("not fond")
    clone = pickle.loads(pickle.dumps(info.value))
    assert isinstance(clone, UnknownStatusError)
    assert clone.suggestions == ("Not Found", "Found", "Not Modified")


@pytest.mark.parametrize("method", ["PUT", "POST", "GET"])
@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_follow_up_pickles_and_copies(code: int, method: str) -> None:
    follow_up = follow_redirect(code, method)
    for clone in round_trips(follow_up):
        assert type(clone) is FollowUp
        assert clone == follow_up
        assert hash(clone) == hash(follow_up)
        assert isinstance(clone, FollowUp)
        assert clone.method == follow_up.method
        assert clone.drop_headers == follow_up.drop_headers


def test_unofficial_records_pickle_and_copy() -> None:
    for vendor in unofficial.VENDORS:
        for clone in round_trips(vendor):
            assert type(clone) is unofficial.Vendor
            assert clone == vendor
    for entry in unofficial.ENTRIES:
        for clone in round_trips(entry):
            assert type(clone) is unofficial.UnofficialCode
            assert clone == entry
            assert isinstance(clone, unofficial.UnofficialCode)
            assert clone.vendor == entry.vendor


@pytest.mark.parametrize(
    "member", [*StatusClass, *Registration, *httpcodes.RedirectPolicy], ids=repr
)
def test_other_enum_members_pickle_to_themselves(member: object) -> None:
    for clone in round_trips(member):
        assert clone is member


# -- pickles stored as bytes: they name only public modules -------------------------

# Written by pickle.dumps(value, protocol=0) once the classes reported their
# public module; a later move of a private module must not break them.
STORED_PICKLES: list[tuple[bytes, object]] = [
    (b"chttpcodes\nStatusCode\np0\n(I404\ntp1\nRp2\n.", StatusCode.NOT_FOUND),
    (b"chttpcodes\nStatusCode\np0\n(I413\ntp1\nRp2\n.", StatusCode.CONTENT_TOO_LARGE),
    (b"chttpcodes\nStatusClass\np0\n(I4\ntp1\nRp2\n.", StatusClass.CLIENT_ERROR),
    (
        b"chttpcodes\nRegistration\np0\n(Vtemporary\np1\ntp2\nRp3\n.",
        Registration.TEMPORARY,
    ),
    (
        b"chttpcodes\nRedirectPolicy\np0\n(Vfetch\np1\ntp2\nRp3\n.",
        httpcodes.RedirectPolicy.FETCH,
    ),
    (
        b"ccopy_reg\n_reconstructor\np0\n(chttpcodes\nFollowUp\np1\nc__builtin__\n"
        b"object\np2\nNtp3\nRp4\n(lp5\nVGET\np6\naI00\nac__builtin__\nfrozenset\n"
        b"p7\n((lp8\nVContent-Encoding\np9\naVContent-Length\np10\naVContent-Language"
        b"\np11\naVTransfer-Encoding\np12\naVContent-Location\np13\naVContent-Type\n"
        b"p14\natp15\nRp16\nab.",
        FollowUp("GET", False),
    ),
    (
        b"ccopy_reg\n_reconstructor\np0\n(chttpcodes\nFollowUp\np1\nc__builtin__\n"
        b"object\np2\nNtp3\nRp4\n(lp5\nVPOST\np6\naI01\nac__builtin__\nfrozenset\n"
        b"p7\n((lp8\ntp9\nRp10\nab.",
        FollowUp("POST", True),
    ),
]


@pytest.mark.parametrize(("data", "expected"), STORED_PICKLES)
def test_stored_pickles_load(data: bytes, expected: object) -> None:
    loaded = pickle.loads(data)
    assert loaded == expected
    assert type(loaded) is type(expected)
    if not isinstance(expected, FollowUp):
        assert loaded is expected


STORED_ERROR = (
    b"chttpcodes\nUnknownStatusError\np0\n(I999\nV999 is not a registered HTTP"
    b" status code; status codes are three-digit numbers from 100 to 599\np1\n(ttp2"
    b"\nRp3\n(dp4\nVkey\np5\nI999\nsVsuggestions\np6\n(tsb."
)


def test_stored_error_pickle_loads() -> None:
    loaded = pickle.loads(STORED_ERROR)
    assert type(loaded) is UnknownStatusError
    assert isinstance(loaded, UnknownStatusError)
    assert loaded.key == 999
    assert loaded.suggestions == ()
    assert str(loaded).startswith("999 is not a registered HTTP status code")


def test_stored_pickles_name_no_private_module() -> None:
    for data in [STORED_ERROR, *(data for data, _ in STORED_PICKLES)]:
        assert b"httpcodes._" not in data
        assert b"httpcodes\n" in data


@pytest.mark.parametrize(
    ("cls", "module"),
    [
        (StatusCode, "httpcodes"),
        (StatusClass, "httpcodes"),
        (Registration, "httpcodes"),
        (UnknownStatusError, "httpcodes"),
        (FollowUp, "httpcodes"),
        (httpcodes.RedirectPolicy, "httpcodes"),
        (unofficial.Vendor, "httpcodes.unofficial"),
        (unofficial.UnofficialCode, "httpcodes.unofficial"),
    ],
    ids=repr,
)
def test_public_classes_name_their_public_module(cls: type, module: str) -> None:
    assert cls.__module__ == module
    assert b"httpcodes._" not in pickle.dumps(cls)


# -- constructors ------------------------------------------------------------------


def test_value_by_keyword_as_httpstatus_allows() -> None:
    assert HTTPStatus(value=404) is HTTPStatus.NOT_FOUND  # the model
    assert StatusCode(value=404) is StatusCode.NOT_FOUND
    assert StatusClass(value=4) is StatusClass.CLIENT_ERROR


@pytest.mark.parametrize("cls", [StatusCode, StatusClass])
def test_constructor_without_a_value_says_what_it_needs(cls: Any) -> None:
    with pytest.raises(TypeError) as info:
        cls()
    message = str(info.value)
    assert message.startswith(f"{cls.__name__}() takes")
    assert "__call__" not in message
    assert "Type" not in message


# -- text keys: exactly the documented rules ---------------------------------------


@pytest.mark.parametrize("separator", [chr(c) for c in range(32)] + ["\x7f"], ids=repr)
def test_control_characters_are_not_separators(separator: str) -> None:
    key = f"not{separator}found"
    with pytest.raises(UnknownStatusError):
        lookup(key)
    assert get(key) is None


@pytest.mark.parametrize(
    "key", ["not found", "not-found", "not_found", "not -_ found", "-not found_"]
)
def test_the_documented_separators_still_work(key: str) -> None:
    assert lookup(key) is StatusCode.NOT_FOUND


@pytest.mark.parametrize("space", [" ", "\t", "\n", "\r", "\x0b", "\x0c"], ids=repr)
def test_surrounding_ascii_white_space_is_ignored(space: str) -> None:
    assert lookup(f"{space}not found{space}") is StatusCode.NOT_FOUND


@pytest.mark.parametrize("space", ["\x1c", "\x1d", "\x1e", "\x1f"], ids=repr)
def test_other_control_characters_around_a_key_are_not_ignored(space: str) -> None:
    for key in (f"{space}not found", f"404{space}"):
        with pytest.raises(UnknownStatusError):
            lookup(key)


# -- huge keys ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", [10**5000, -(10**5000), 10**4300, 2**100000], ids=lambda n: "huge"
)
def test_huge_ints_are_unknown_with_a_short_message(number: int) -> None:
    for function in (lookup, classify, resolve, StatusCode):
        with pytest.raises(UnknownStatusError) as info:
            function(number)
        assert len(str(info.value)) < MESSAGE_BOUND
        assert "bits" in str(info.value)
        assert info.value.key is number
    assert get(number) is None
    with pytest.raises(ValueError, match="is not a status class") as error:
        StatusClass(number)
    assert len(str(error.value)) < MESSAGE_BOUND
    with pytest.raises(UnknownStatusError, match="from 100 to 599") as error:
        follow_redirect(number, "GET")
    assert len(str(error.value)) < MESSAGE_BOUND
    assert unofficial.lookup(number) == ()


@pytest.mark.parametrize("length", [101, 1000, 10_000_000])
def test_long_text_is_refused_with_a_short_message(length: int) -> None:
    key = "a" * length
    with pytest.raises(UnknownStatusError, match="at most 100 characters") as info:
        lookup(key)
    assert len(str(info.value)) < MESSAGE_BOUND
    assert info.value.suggestions == ()
    assert info.value.key is key
    assert get(key) is None


def test_long_text_is_refused_even_when_it_would_fold_to_a_key() -> None:
    key = "not" + " " * 200 + "found"
    with pytest.raises(UnknownStatusError, match="at most 100 characters"):
        lookup(key)


def test_text_of_the_maximum_length_is_examined() -> None:
    key = " " * 45 + "not found" + " " * 46
    assert len(key) == 100
    assert lookup(key) is StatusCode.NOT_FOUND


@pytest.mark.parametrize("character", ["é", "\U0001f600", "\x00"], ids=repr)
def test_error_messages_of_long_odd_text_are_bounded(character: str) -> None:
    key = character * 100
    with pytest.raises(UnknownStatusError) as info:
        lookup(key)
    assert len(str(info.value)) < MESSAGE_BOUND * 3


# -- subclasses and __index__ ------------------------------------------------------


class LyingInt(int):
    """An int that claims, through every conversion hook, to be 200."""

    def __int__(self) -> int:
        return 200

    def __index__(self) -> int:
        return 200

    def __str__(self) -> str:
        return "200"

    __repr__ = __str__


class LyingStr(str):
    """A str whose __str__ names another code."""

    def __str__(self) -> str:
        return "OK"


class CountingIndex:
    """An __index__ object that counts how often it is asked."""

    def __init__(self, value: int) -> None:
        self.value = value
        self.calls = 0

    def __index__(self) -> int:
        self.calls += 1
        return self.value


def test_an_int_subclass_is_the_number_it_stores() -> None:
    assert lookup(LyingInt(404)) is StatusCode.NOT_FOUND
    assert get(LyingInt(404)) is StatusCode.NOT_FOUND
    assert StatusCode(LyingInt(404)) is StatusCode.NOT_FOUND
    assert classify(LyingInt(404)) is StatusClass.CLIENT_ERROR
    assert resolve(LyingInt(471)) is StatusCode.BAD_REQUEST
    assert unofficial.lookup(LyingInt(499))[0].code == 499


def test_an_unknown_int_subclass_is_reported_by_its_stored_number() -> None:
    with pytest.raises(UnknownStatusError, match=r"^471 is not") as info:
        lookup(LyingInt(471))
    assert type(info.value.key) is LyingInt


def test_a_str_subclass_is_the_text_it_stores() -> None:
    assert lookup(LyingStr("not found")) is StatusCode.NOT_FOUND
    assert get(LyingStr("Not Found")) is StatusCode.NOT_FOUND
    with pytest.raises(UnknownStatusError, match=r"^'nope' is not"):
        lookup(LyingStr("nope"))


@pytest.mark.parametrize("function", [lookup, get, classify, resolve, StatusCode])
def test_index_is_called_once(function: Any) -> None:
    for value in (404, 471, 999):
        key = CountingIndex(value)
        with contextlib.suppress(ValueError):
            function(key)
        assert key.calls == 1, (function, value)


def test_index_is_called_once_by_the_redirect_helpers() -> None:
    for value in (303, 404):
        key = CountingIndex(value)
        with contextlib.suppress(ValueError):
            follow_redirect(key, "POST")
        assert key.calls == 1


def test_index_returning_a_non_int_is_refused() -> None:
    class Bad:
        def __index__(self) -> Any:
            return LyingInt(404)

    with pytest.raises(TypeError, match="must be an int"):
        lookup(Bad())


# -- follow-up records refuse what no request line can carry ------------------------


@pytest.mark.parametrize("method", ["GET\r\n", "GET ", "", "G\x00T", "GËT", " GET"])
def test_follow_up_refuses_a_method_that_is_not_a_token(method: str) -> None:
    with pytest.raises(ValueError, match="is not an HTTP method"):
        FollowUp(method, True)


@pytest.mark.parametrize(("method", "keep_body"), [(b"GET", True), ("GET", 1)])
def test_follow_up_refuses_wrong_types(method: Any, keep_body: Any) -> None:
    with pytest.raises(TypeError):
        FollowUp(method, keep_body)


def test_follow_up_built_by_hand_equals_the_computed_one() -> None:
    assert FollowUp("GET", False) == follow_redirect(303, "POST")
    assert FollowUp("POST", True) == follow_redirect(307, "POST")


# -- classes closed after construction ------------------------------------------------

CLOSED_CLASSES = [StatusCode, StatusClass, Registration]


@pytest.mark.parametrize("cls", CLOSED_CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "name", ["phrase", "__setattr__", "__delattr__", "label", "new_name", "NOT_FOUND"]
)
def test_class_attributes_cannot_be_set(cls: Any, name: str) -> None:
    before = cls.__dict__.get(name)
    with pytest.raises(AttributeError, match="read-only"):
        setattr(cls, name, property(lambda self: "changed"))
    assert cls.__dict__.get(name) is before


@pytest.mark.parametrize("cls", CLOSED_CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", ["__setattr__", "__delattr__", "__repr__", "nothing"])
def test_class_attributes_cannot_be_deleted(cls: Any, name: str) -> None:
    before = cls.__dict__.get(name)
    with pytest.raises(AttributeError, match="read-only"):
        delattr(cls, name)
    assert cls.__dict__.get(name) is before


def test_the_classes_still_answer_after_the_attempts() -> None:
    with pytest.raises(AttributeError):
        StatusCode.phrase = property(lambda self: "changed")  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        del StatusCode.__setattr__
    with pytest.raises(AttributeError):
        StatusCode.NOT_FOUND.phrase = "changed"  # type: ignore[misc]
    assert StatusCode.NOT_FOUND.phrase == "Not Found"


# -- smaller paths ----------------------------------------------------------------


def test_lazy_names_are_listed_and_unknown_names_refused() -> None:
    assert {"FollowUp", "follow_redirect", "RedirectPolicy"} <= set(dir(httpcodes))
    with pytest.raises(AttributeError, match="no attribute 'lookpu'"):
        httpcodes.lookpu  # type: ignore[attr-defined]  # noqa: B018


def test_status_class_accepts_int_likes() -> None:
    assert StatusClass(LyingInt(4)) is StatusClass.CLIENT_ERROR
    assert StatusClass(CountingIndex(2)) is StatusClass.SUCCESSFUL  # type: ignore[arg-type]
    assert StatusClass(StatusClass.REDIRECTION) is StatusClass.REDIRECTION


def test_a_broken_repr_does_not_hide_the_type_error() -> None:
    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    with pytest.raises(TypeError, match=r"not Broken \(a Broken object\)"):
        lookup(Broken())  # type: ignore[arg-type]


def test_a_long_repr_is_cut_in_the_type_error() -> None:
    with pytest.raises(TypeError) as info:
        lookup([0] * 10_000)  # type: ignore[arg-type]
    assert len(str(info.value)) < MESSAGE_BOUND


# -- exact messages ------------------------------------------------------------------


class LongRepr:
    def __init__(self, width: int) -> None:
        self.width = width

    def __repr__(self) -> str:
        return "x" * self.width


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: lookup(2**255),
            UnknownStatusError,
            f"{2**255} is not a registered HTTP status code; status codes are"
            " three-digit numbers from 100 to 599",
        ),
        (
            lambda: lookup(-(2**256)),
            UnknownStatusError,
            "an int of 257 bits is not a registered HTTP status code; status codes"
            " are three-digit numbers from 100 to 599",
        ),
        (
            lambda: lookup(471),
            UnknownStatusError,
            "471 is not a registered HTTP status code; a client treats an unknown"
            " 4xx code as 400 Bad Request, see httpcodes.resolve()",
        ),
        (
            lambda: lookup(LongRepr(100)),  # type: ignore[arg-type]
            TypeError,
            "key must be an int or str, not LongRepr (a LongRepr object)",
        ),
        (
            lambda: lookup(LongRepr(101)),  # type: ignore[arg-type]
            TypeError,
            "key must be an int or str, not LongRepr (a LongRepr object)",
        ),
        (
            lambda: classify(404.0),  # type: ignore[arg-type]
            TypeError,
            "status must be an int, not float (404.0); pass int(404.0) if 404 is meant",
        ),
        (
            lambda: resolve("404"),  # type: ignore[arg-type]
            TypeError,
            "status must be an int, not str ('404'); to look up text, use"
            " httpcodes.lookup('404')",
        ),
        (
            lambda: unofficial.lookup(499.0),  # type: ignore[arg-type]
            TypeError,
            "status must be an int, not float (499.0); pass int(499.0) if 499 is meant",
        ),
        (
            lambda: StatusClass(4.0),  # type: ignore[arg-type]
            TypeError,
            "StatusClass value must be an int, not float (4.0); pass int(4.0) if 4"
            " is meant",
        ),
        (
            lambda: StatusClass(6),
            ValueError,
            "6 is not a status class; classes are numbered 1 to 5 (use"
            " httpcodes.classify() to get the class of a status code)",
        ),
        (
            lambda: FollowUp("GET", 1),  # type: ignore[arg-type]
            TypeError,
            "keep_body must be a bool, not int (1)",
        ),
        (
            lambda: follow_redirect(301, "GET", policy=1),  # type: ignore[arg-type]
            TypeError,
            "policy must be a str, not int (1)",
        ),
        (
            lambda: setattr(FollowUp("GET", True), "extra", 1),
            AttributeError,
            "FollowUp is read-only; cannot set 'extra'",
        ),
        (
            lambda: delattr(FollowUp("GET", True), "method"),
            AttributeError,
            "FollowUp is read-only; cannot delete 'method'",
        ),
        (
            lambda: delattr(StatusCode.OK, "phrase"),
            AttributeError,
            "StatusCode members are read-only; cannot delete 'phrase'",
        ),
        (
            lambda: setattr(StatusCode.OK, "phrase", "x"),
            AttributeError,
            "StatusCode members are read-only; cannot set 'phrase'",
        ),
        (
            lambda: delattr(StatusClass, "label"),
            AttributeError,
            "StatusClass is read-only; cannot delete 'label'",
        ),
    ],
    ids=lambda value: "" if callable(value) else None,
)
def test_exact_messages(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_close_is_what_closes_a_class() -> None:
    # The refusal comes with close(), which every public enum goes through
    # once built (tests/test_recipe.py checks that they all did).
    from enum import IntEnum

    from httpcodes._recipe import StrictIntEnumType, close

    class Open(IntEnum):
        A = 1

    Open.extra = 2  # type: ignore[attr-defined]
    assert Open.extra == 2  # type: ignore[attr-defined]
    del Open.extra  # type: ignore[attr-defined]
    assert Open(1.0) is Open.A  # type: ignore[arg-type]  # enum's own lookup
    close(Open)
    assert type(Open).__name__ == StrictIntEnumType.__name__
    with pytest.raises(AttributeError, match="Open is read-only"):
        Open.extra = 2  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="Open members are read-only"):
        Open.A.extra = 2  # type: ignore[attr-defined]
    assert Open(1) is Open.A


def test_describe_defaults_to_english() -> None:
    entry = unofficial.lookup(499)[0]
    assert entry.describe() == entry.description
    assert entry.describe("ko") == entry.description_ko


def test_fetch_after_303_keeps_head_and_turns_the_rest_into_get() -> None:
    assert follow_redirect(303, "GET") == FollowUp("GET", True)
    assert follow_redirect(303, "head") == FollowUp("HEAD", True)
    assert follow_redirect(303, "PATCH") == FollowUp("GET", False)


# -- import-time helpers, called again so that their own logic is tested --------------


def test_the_lookup_index_holds_every_spelling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from httpcodes import _lookup
    from httpcodes._data import codes as _data

    monkeypatch.setattr(_lookup, "_TEXT", {})
    index = _lookup._text_index()
    assert _lookup._TEXT is index  # published whole, in one assignment
    assert index["404"] is StatusCode.NOT_FOUND
    assert index["NOT_FOUND"] is StatusCode.NOT_FOUND
    assert index["not found"] is StatusCode.NOT_FOUND
    assert index["Not Found"] is StatusCode.NOT_FOUND
    assert index["Payload Too Large"] is StatusCode.CONTENT_TOO_LARGE
    assert index["payload too large"] is StatusCode.CONTENT_TOO_LARGE
    assert index["REQUEST_ENTITY_TOO_LARGE"] is StatusCode.CONTENT_TOO_LARGE
    assert index["non authoritative information"] is StatusCode(203)
    spellings: set[str] = set()
    for row in _data.CODES:
        spellings.update((str(row["code"]), row["name"], row["phrase"]))
        spellings.update(row["old_names"])
        spellings.update(row["aliases"])
    assert spellings <= set(index)
    assert all(key.isascii() for key in index)


def test_record_refuses_every_write() -> None:
    from dataclasses import FrozenInstanceError

    from httpcodes._recipe import record

    @record
    class Point:
        x: int

    point = Point(1)
    with pytest.raises(FrozenInstanceError, match=r"^Point is read-only; cannot set"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match=r"^Point is read-only; cannot set"):
        point.y = 2  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError, match=r"^Point is read-only; cannot del"):
        del point.x  # pyright: ignore[reportAttributeAccessIssue]
    assert point.x == 1


@pytest.mark.parametrize("raised", [TypeError, RuntimeError, OverflowError])
def test_an_index_that_fails_is_a_status_type_error(raised: type[Exception]) -> None:
    """Whatever an object's __index__ raises, the value is no status code,
    and the error is the one every function raises for that: a ValueError
    too, as http.HTTPStatus(value) raises (issue 18 review)."""

    class Failing:
        def __index__(self) -> int:
            raise raised("no")

    calls: list[Any] = [StatusCode, lookup, classify, resolve]
    for call in calls:
        with pytest.raises(httpcodes.StatusTypeError, match="__index__ raised") as info:
            call(Failing())
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value.__cause__, raised)
    with pytest.raises(ValueError, match="is not a valid HTTPStatus"):
        HTTPStatus(Failing())  # type: ignore[arg-type]


def test_a_str_subclass_is_quoted_without_its_own_methods() -> None:
    class Hostile(str):
        def __len__(self) -> int:
            raise RuntimeError("len")

        def __repr__(self) -> str:
            raise RuntimeError("repr")

    with pytest.raises(httpcodes.StatusTypeError, match=r"not Hostile \('404'\)"):
        StatusCode(Hostile("404"))  # type: ignore[arg-type]
    with pytest.raises(UnknownStatusError, match="'nope' is not a registered"):
        lookup(Hostile("nope"))
