"""Redirect method preservation and the other per-code semantics."""

from __future__ import annotations

from http import HTTPStatus

import pytest

from httpcodes import (
    FollowUp,
    RedirectPolicy,
    StatusCode,
    UnknownStatusError,
    follow_redirect,
    redirect_method,
    resolve,
)

METHODS = [
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "post",
    "PROPFIND",
]

# The expected follow-up for every followable code, method and policy, written
# out by hand from the rules (not computed by the code under test).  Each
# cell is "METHOD keep" (content sent again) or "METHOD drop".
#
# fetch:   301/302 turn POST into GET; 303 turns all but GET/HEAD into GET;
#          DELETE GET HEAD OPTIONS POST PUT are upper-cased, others kept.
# rfc9110: only 303 changes the method (HEAD stays HEAD); case-sensitive.
# legacy:  upper-case; 302/303 turn all but HEAD into GET; 301 turns POST
#          into GET.
TABLE = """
code method   | fetch         | rfc9110       | legacy
301  GET      | GET keep      | GET keep      | GET keep
301  HEAD     | HEAD keep     | HEAD keep     | HEAD keep
301  POST     | GET drop      | POST keep     | GET drop
301  PUT      | PUT keep      | PUT keep      | PUT keep
301  PATCH    | PATCH keep    | PATCH keep    | PATCH keep
301  DELETE   | DELETE keep   | DELETE keep   | DELETE keep
301  OPTIONS  | OPTIONS keep  | OPTIONS keep  | OPTIONS keep
301  post     | GET drop      | post keep     | GET drop
301  PROPFIND | PROPFIND keep | PROPFIND keep | PROPFIND keep
302  GET      | GET keep      | GET keep      | GET keep
302  HEAD     | HEAD keep     | HEAD keep     | HEAD keep
302  POST     | GET drop      | POST keep     | GET drop
302  PUT      | PUT keep      | PUT keep      | GET drop
302  PATCH    | PATCH keep    | PATCH keep    | GET drop
302  DELETE   | DELETE keep   | DELETE keep   | GET drop
302  OPTIONS  | OPTIONS keep  | OPTIONS keep  | GET drop
302  post     | GET drop      | post keep     | GET drop
302  PROPFIND | PROPFIND keep | PROPFIND keep | GET drop
303  GET      | GET keep      | GET keep      | GET keep
303  HEAD     | HEAD keep     | HEAD keep     | HEAD keep
303  POST     | GET drop      | GET drop      | GET drop
303  PUT      | GET drop      | GET drop      | GET drop
303  PATCH    | GET drop      | GET drop      | GET drop
303  DELETE   | GET drop      | GET drop      | GET drop
303  OPTIONS  | GET drop      | GET drop      | GET drop
303  post     | GET drop      | GET drop      | GET drop
303  PROPFIND | GET drop      | GET drop      | GET drop
307  GET      | GET keep      | GET keep      | GET keep
307  HEAD     | HEAD keep     | HEAD keep     | HEAD keep
307  POST     | POST keep     | POST keep     | POST keep
307  PUT      | PUT keep      | PUT keep      | PUT keep
307  PATCH    | PATCH keep    | PATCH keep    | PATCH keep
307  DELETE   | DELETE keep   | DELETE keep   | DELETE keep
307  OPTIONS  | OPTIONS keep  | OPTIONS keep  | OPTIONS keep
307  post     | POST keep     | post keep     | POST keep
307  PROPFIND | PROPFIND keep | PROPFIND keep | PROPFIND keep
308  GET      | GET keep      | GET keep      | GET keep
308  HEAD     | HEAD keep     | HEAD keep     | HEAD keep
308  POST     | POST keep     | POST keep     | POST keep
308  PUT      | PUT keep      | PUT keep      | PUT keep
308  PATCH    | PATCH keep    | PATCH keep    | PATCH keep
308  DELETE   | DELETE keep   | DELETE keep   | DELETE keep
308  OPTIONS  | OPTIONS keep  | OPTIONS keep  | OPTIONS keep
308  post     | POST keep     | post keep     | POST keep
308  PROPFIND | PROPFIND keep | PROPFIND keep | PROPFIND keep
"""

CONTENT_HEADERS = frozenset(
    {
        "Content-Encoding",
        "Content-Language",
        "Content-Location",
        "Content-Type",
        "Content-Length",
        "Transfer-Encoding",
    }
)


def table_cases() -> list[tuple[int, str, str, str, bool]]:
    lines = [line for line in TABLE.strip().splitlines()[1:] if line.strip()]
    policies = ["fetch", "rfc9110", "legacy"]
    cases = []
    for line in lines:
        head, *cells = (part.split() for part in line.split("|"))
        code, method = int(head[0]), head[1]
        for policy, (new_method, body) in zip(policies, cells, strict=True):
            cases.append((code, method, policy, new_method, body == "keep"))
    return cases


CASES = table_cases()


def test_table_is_complete() -> None:
    assert len(CASES) == 5 * len(METHODS) * 3
    seen = {(code, method, policy) for code, method, policy, _, _ in CASES}
    assert len(seen) == len(CASES)
    assert {code for code, *_ in CASES} == {301, 302, 303, 307, 308}
    assert {method for _, method, *_ in CASES} == set(METHODS)


@pytest.mark.parametrize(("code", "method", "policy", "new_method", "keep"), CASES)
def test_redirect_table(
    code: int, method: str, policy: str, new_method: str, keep: bool
) -> None:
    follow = follow_redirect(code, method, policy=policy)  # type: ignore[arg-type]
    assert follow.method == new_method
    assert follow.keep_body is keep
    assert follow.drop_headers == (frozenset() if keep else CONTENT_HEADERS)
    assert redirect_method(code, method, policy=policy) == new_method  # type: ignore[arg-type]
    # The enum member works the same as its string value.
    member = RedirectPolicy(policy)
    assert follow_redirect(code, method, policy=member) == follow


def test_default_policy_is_fetch() -> None:
    assert redirect_method(301, "POST") == "GET"
    assert redirect_method(301, "patch") == "patch"
    assert follow_redirect(303, "DELETE") == FollowUp("GET", keep_body=False)


def test_accepts_members_and_int_likes() -> None:
    assert redirect_method(StatusCode.FOUND, "POST") == "GET"
    assert redirect_method(HTTPStatus.SEE_OTHER, "PUT") == "GET"


# -- bad input -----------------------------------------------------------------


@pytest.mark.parametrize("code", [300, 304, 305, 306, 200, 404, 299, 399])
def test_not_a_followable_redirect(code: int) -> None:
    with pytest.raises(ValueError, match="301, 302, 303, 307, 308") as caught:
        redirect_method(code, "GET")
    assert str(code) in str(caught.value)
    with pytest.raises(ValueError, match="301, 302, 303, 307, 308"):
        follow_redirect(code, "GET")


@pytest.mark.parametrize("code", [999, 0, -301, 600, 99])
def test_not_a_status_code_at_all(code: int) -> None:
    """Outside 100 to 599 the mistake is the one every function reports
    alike: no status code (a ValueError)."""
    for function in (redirect_method, follow_redirect):
        with pytest.raises(UnknownStatusError, match="from 100 to 599") as caught:
            function(code, "GET")
        assert caught.value.number == code


@pytest.mark.parametrize("code", [True, False, 301.0, "301", None, b"301"], ids=repr)
def test_code_must_be_an_int(code: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        redirect_method(code, "GET")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an int"):
        follow_redirect(code, "GET")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "method",
    [
        "",
        " ",
        "GET ",
        " GET",
        "G ET",
        "GET\r\n",
        "GET\nHost: evil",
        "\tPOST",
        "PO\x00ST",
        "GÉT",
        "ＧＥＴ",
        "GET/1.1",
        "(GET)",
        'GE"T',
        "GE,T",
        "GET;",
    ],
    ids=repr,
)
def test_method_must_be_a_token(method: str) -> None:
    for policy in ("fetch", "rfc9110", "legacy"):
        with pytest.raises(ValueError, match="not an HTTP method"):
            redirect_method(302, method, policy=policy)
        with pytest.raises(ValueError, match="not an HTTP method"):
            follow_redirect(302, method, policy=policy)


@pytest.mark.parametrize("method", ["M-SEARCH", "X!#$%&'*+-.^_`|~1", "get"])
def test_unusual_token_methods_pass(method: str) -> None:
    assert redirect_method(307, method, policy="rfc9110") == method


@pytest.mark.parametrize("method", [None, b"GET", 1, ["GET"]], ids=repr)
def test_method_must_be_a_str(method: object) -> None:
    with pytest.raises(TypeError, match="method must be a str"):
        redirect_method(302, method)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", ["", "FETCH", "browser", "rfc7231", "Fetch"])
def test_unknown_policy(policy: str) -> None:
    with pytest.raises(ValueError, match="'fetch', 'rfc9110', 'legacy'"):
        redirect_method(302, "GET", policy=policy)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", [None, 1, b"fetch"], ids=repr)
def test_policy_must_be_a_str(policy: object) -> None:
    with pytest.raises(TypeError, match="policy must be"):
        follow_redirect(302, "GET", policy=policy)  # type: ignore[arg-type]


# -- RedirectPolicy and FollowUp ----------------------------------------------


def test_policy_members_are_strings() -> None:
    assert [p.value for p in RedirectPolicy] == ["fetch", "rfc9110", "legacy"]
    assert RedirectPolicy.FETCH == "fetch"  # type: ignore[comparison-overlap]
    assert isinstance(RedirectPolicy.LEGACY, str)
    assert str(RedirectPolicy.RFC9110) == "rfc9110"
    assert f"{RedirectPolicy.RFC9110}" == "rfc9110"


def test_follow_up_is_immutable_and_comparable() -> None:
    follow = follow_redirect(302, "POST")
    assert follow == FollowUp("GET", keep_body=False)
    assert follow != FollowUp("GET", keep_body=True)
    assert hash(follow) == hash(FollowUp("GET", keep_body=False))
    assert repr(follow) == "FollowUp(method='GET', keep_body=False)"
    assert isinstance(follow.drop_headers, frozenset)
    with pytest.raises(AttributeError):
        follow.method = "POST"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        follow.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        del follow.keep_body  # pyright: ignore[reportAttributeAccessIssue]
    assert follow.method == "GET"


# -- per-code semantics, over the whole registry ------------------------------

MEMBERS = list(StatusCode)
IDS = [str(m.value) for m in MEMBERS]

FOLLOWABLE = {301, 302, 303, 307, 308}
PRESERVES_METHOD = {307, 308}
# RFC 9110, Section 15.1, plus 451 from RFC 7725, Section 3.
HEURISTICALLY_CACHEABLE = {
    200,
    203,
    204,
    206,
    300,
    301,
    308,
    404,
    405,
    410,
    414,
    451,
    501,
}
# RFC 9110, Section 6.4.1: every 1xx, 204 and 304.
NO_CONTENT = {100, 101, 102, 103, 104, 204, 304}


@pytest.mark.parametrize("member", MEMBERS, ids=IDS)
def test_semantics(member: StatusCode) -> None:
    code = member.value
    assert member.is_followable_redirect is (code in FOLLOWABLE)
    assert member.preserves_method is (code in PRESERVES_METHOD)
    assert member.is_cacheable_by_default is (code in HEURISTICALLY_CACHEABLE)
    assert member.allows_content is (code not in NO_CONTENT)
    assert member.is_interim is (100 <= code <= 199)
    assert member.is_final is (200 <= code <= 599)


def test_redirection_class_is_not_the_same_as_followable() -> None:
    redirection = {m.value for m in StatusCode if m.is_redirection}
    assert redirection - FOLLOWABLE == {300, 304, 305, 306}


def test_205_allows_content_in_framing() -> None:
    assert StatusCode.RESET_CONTENT.allows_content is True
    assert StatusCode.NO_CONTENT.allows_content is False


@pytest.mark.parametrize(
    ("code", "cacheable", "content", "interim"),
    [
        (299, True, True, False),  # as 200
        (471, False, True, False),  # as 400
        (199, False, False, True),  # as 100
        (399, True, True, False),  # as 300
        (599, False, True, False),  # as 500
    ],
)
def test_semantics_through_resolve(
    code: int, cacheable: bool, content: bool, interim: bool
) -> None:
    member = resolve(code)
    assert member.is_cacheable_by_default is cacheable
    assert member.allows_content is content
    assert member.is_interim is interim
    assert member.is_final is not interim
    assert member.is_followable_redirect is False
