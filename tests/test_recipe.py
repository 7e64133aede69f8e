"""One recipe for every public type (issue 18): walked from ``__all__``.

Every public class and function is found by walking ``httpcodes.__all__``
and the public modules (``unofficial``, ``messages``, ``wsgi``, ``asgi``,
``testing``), so a new type cannot miss a promise: it fails here until it
has examples below and keeps every promise of its kind.

- Enums are closed: neither the class nor a member takes a new, changed or
  deleted attribute, dunder methods included.
- Records are frozen and refuse any attribute, a field or not, with
  ``AttributeError``.
- Every public object pickles (every protocol), copies and deep-copies to an
  equal object (the very member, for enums), and its pickle names only
  public paths.  A middleware is the exception: it holds the application
  it wraps, which need not pickle.
- A middleware is an application of its kind: a WSGI one takes (environ,
  start_response); an ASGI one is called as a coroutine, which is how
  servers tell ASGI 3 from ASGI 2.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import inspect
import pickle
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import pytest

import httpcodes
from httpcodes import asgi, messages, testing, unofficial, wsgi

PUBLIC_MODULES = (httpcodes, unofficial, messages, wsgi, asgi, testing)


def _public() -> dict[str, tuple[ModuleType, object]]:
    found: dict[str, tuple[ModuleType, object]] = {}
    for module in PUBLIC_MODULES:
        for name in module.__all__:
            if name != "__version__":
                found[f"{module.__name__}.{name}"] = (module, getattr(module, name))
    return found


PUBLIC = _public()
TYPES = {path: value for path, (_, value) in PUBLIC.items() if isinstance(value, type)}
FUNCTIONS = {
    path: value for path, (_, value) in PUBLIC.items() if inspect.isfunction(value)
}


def _caught(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as error:  # the error is the example
        return error
    raise AssertionError("no error raised")  # pragma: no cover


# Examples of every public type, as users meet them.
EXAMPLES: dict[type, Callable[[], Sequence[object]]] = {
    httpcodes.StatusCode: lambda: list(httpcodes.StatusCode),
    httpcodes.StatusClass: lambda: list(httpcodes.StatusClass),
    httpcodes.Registration: lambda: list(httpcodes.Registration),
    httpcodes.RedirectPolicy: lambda: list(httpcodes.RedirectPolicy),
    httpcodes.RequirementLevel: lambda: list(httpcodes.RequirementLevel),
    httpcodes.FollowUp: lambda: [
        httpcodes.follow_redirect(302, "POST"),
        httpcodes.follow_redirect(307, "PUT"),
    ],
    httpcodes.FieldRule: lambda: list(
        httpcodes.StatusCode.PARTIAL_CONTENT.response_fields
    ),
    httpcodes.Finding: lambda: [
        *httpcodes.check_response(405),
        *httpcodes.check_response(204, {"Content-Length": "0"}, has_content=True),
    ],
    httpcodes.StatusLine: lambda: [
        httpcodes.parse_status_line("HTTP/1.1 404 Not Found"),
        httpcodes.parse_status_line("HTTP/1.0 299 "),
    ],
    httpcodes.Guidance: lambda: [httpcodes.guidance(409), httpcodes.guidance(418)],
    httpcodes.Comparison: lambda: [httpcodes.compare(401, 403)],
    httpcodes.Match: lambda: httpcodes.search("conflict", limit=3),
    httpcodes.UnknownStatusError: lambda: [
        _caught(lambda: httpcodes.lookup("not fond")),
        _caught(lambda: httpcodes.lookup(499)),
        _caught(lambda: httpcodes.classify(700)),
    ],
    httpcodes.StatusTypeError: lambda: [
        _caught(lambda: httpcodes.StatusCode("404")),  # type: ignore[arg-type]
        _caught(lambda: httpcodes.lookup(None)),  # type: ignore[arg-type]
    ],
    unofficial.Vendor: lambda: list(unofficial.VENDORS[:3]),
    unofficial.UnofficialCode: lambda: list(unofficial.ENTRIES[:5]),
    httpcodes.Exchange: lambda: [exchange for _, exchange in _checked()],
    httpcodes.ResponseWarning: lambda: [
        *(
            httpcodes.ResponseWarning("what a middleware says", finding, exchange)
            for finding, exchange in _checked()
        ),
        httpcodes.ResponseWarning("made by hand"),
    ],
    wsgi.ResponseChecker: lambda: [
        wsgi.ResponseChecker(_wsgi_app),
        wsgi.ResponseChecker(_wsgi_app, ignore={"405-allow-missing"}),
    ],
    asgi.ResponseChecker: lambda: [asgi.ResponseChecker(_asgi_app)],
}


def _wsgi_app(environ: Any, start_response: Any) -> list[bytes]:
    start_response("405 Method Not Allowed", [("Content-Type", "text/plain")])
    return [b"no"]


async def _asgi_app(scope: Any, receive: Any, send: Any) -> None:
    """A placeholder: never called."""


def _checked() -> list[tuple[httpcodes.Finding, httpcodes.Exchange]]:
    """What a WSGI middleware reports of a 405 without Allow."""
    found: list[tuple[httpcodes.Finding, httpcodes.Exchange]] = []
    checker = wsgi.ResponseChecker(
        _wsgi_app, report=lambda finding, exchange: found.append((finding, exchange))
    )
    environ = {"REQUEST_METHOD": "DELETE", "PATH_INFO": "/items/1", "HTTP_HOST": "a"}
    list(checker(environ, lambda status, headers, *rest: lambda data: None))
    assert found
    return found


def test_every_public_type_has_examples() -> None:
    missing = [path for path, cls in TYPES.items() if cls not in EXAMPLES]
    assert missing == [], f"add examples of {missing} to EXAMPLES"
    assert len(TYPES) == len(EXAMPLES)


def kind(cls: type) -> str:
    if issubclass(cls, enum.Enum):
        return "enum"
    if issubclass(cls, BaseException):
        return "error"
    if cls in (wsgi.ResponseChecker, asgi.ResponseChecker):
        return "middleware"
    assert dataclasses.is_dataclass(cls), (
        f"{cls} is neither enum, error, record nor middleware"
    )
    return "record"


@pytest.mark.parametrize("path", sorted(TYPES))
def test_a_type_reports_the_public_module_it_is_reached_from(path: str) -> None:
    module, value = PUBLIC[path]
    assert isinstance(value, type)
    assert value.__module__ == module.__name__
    assert getattr(module, value.__qualname__) is value


@pytest.mark.parametrize("path", sorted(FUNCTIONS))
def test_a_function_reports_the_public_module_it_is_reached_from(path: str) -> None:
    module, value = PUBLIC[path]
    assert getattr(value, "__module__", None) == module.__name__
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, protocol)
        assert b"httpcodes._" not in data
        assert pickle.loads(data) is value


ENUMS = sorted(path for path, cls in TYPES.items() if kind(cls) == "enum")
RECORDS = sorted(path for path, cls in TYPES.items() if kind(cls) == "record")
MIDDLEWARE = sorted(path for path, cls in TYPES.items() if kind(cls) == "middleware")


def test_the_middleware_are_found() -> None:
    assert MIDDLEWARE == [
        "httpcodes.asgi.ResponseChecker",
        "httpcodes.wsgi.ResponseChecker",
    ]


def test_a_middleware_is_an_application_of_its_kind() -> None:
    assert inspect.iscoroutinefunction(asgi.ResponseChecker.__call__)
    assert list(inspect.signature(wsgi.ResponseChecker.__call__).parameters) == [
        "self",
        "environ",
        "start_response",
    ]
    for path in MIDDLEWARE:
        for example in EXAMPLES[TYPES[path]]():
            assert callable(example)
            assert not hasattr(example, "__dict__")  # slotted: nothing to add


@pytest.mark.parametrize("path", ENUMS)
def test_an_enum_class_is_closed(path: str) -> None:
    cls = TYPES[path]
    for name in ("extra", "__str__", "__repr__", "__format__", "_missing_"):
        with pytest.raises(AttributeError, match="read-only"):
            setattr(cls, name, lambda *args: "changed")
    assert issubclass(cls, enum.Enum)
    for name in ("__str__", "__repr__", next(iter(cls.__members__))):
        with pytest.raises(AttributeError):
            delattr(cls, name)
    assert "changed" not in (str(EXAMPLES[cls]()[0]), repr(EXAMPLES[cls]()[0]))


@pytest.mark.parametrize("path", ENUMS)
def test_an_enum_member_is_read_only(path: str) -> None:
    member = EXAMPLES[TYPES[path]]()[0]
    for name in ("extra", "_value_", "_name_", "value", "__class__"):
        with pytest.raises(AttributeError):
            setattr(member, name, 1)
        with pytest.raises(AttributeError):
            delattr(member, name)


@pytest.mark.parametrize("path", RECORDS)
def test_a_record_refuses_every_attribute(path: str) -> None:
    cls = TYPES[path]
    assert dataclasses.is_dataclass(cls)
    record = EXAMPLES[cls]()[0]
    fields = [field.name for field in dataclasses.fields(cls)]
    for name in [*fields, "extra", "__dict__"]:
        with pytest.raises(AttributeError):
            setattr(record, name, 1)
        with pytest.raises(AttributeError):
            delattr(record, name)
    assert not hasattr(record, "__dict__")  # slotted: nothing to write into


@pytest.mark.parametrize("path", sorted(set(TYPES) - set(MIDDLEWARE)))
def test_every_instance_pickles_copies_and_deep_copies(path: str) -> None:
    cls = TYPES[path]
    examples = EXAMPLES[cls]()
    assert examples
    for value in examples:
        assert type(value) is cls
        clones = [copy.copy(value), copy.deepcopy(value)]
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            data = pickle.dumps(value, protocol)
            assert b"httpcodes._" not in data, data
            clones.append(pickle.loads(data))
        for clone in clones:
            assert type(clone) is cls
            if kind(cls) == "enum":
                assert clone is value
            elif kind(cls) == "error":
                assert isinstance(value, BaseException)
                assert isinstance(clone, BaseException)
                assert clone.args == value.args
                assert vars(clone) == vars(value)
            else:
                assert clone == value
                assert hash(clone) == hash(value)


# -- one public API: the same name and the same error for the same mistake -------

# Each function that takes a status, called with the status in its place.
STATUS_CALLS: dict[str, Callable[[Any], object]] = {
    "StatusCode": httpcodes.StatusCode,
    "resolve": httpcodes.resolve,
    "classify": httpcodes.classify,
    "follow_redirect": lambda s: httpcodes.follow_redirect(s, "GET"),
    "redirect_method": lambda s: httpcodes.redirect_method(s, "GET"),
    "check_response": httpcodes.check_response,
    "is_retryable": lambda s: httpcodes.is_retryable(s, "GET"),
    "status_line": httpcodes.status_line,
    "guidance": httpcodes.guidance,
    "compare": lambda s: httpcodes.compare(s, 404),
    "unofficial.lookup": unofficial.lookup,
    "lookup": httpcodes.lookup,
    "get": httpcodes.get,
}


def test_a_status_argument_is_called_status() -> None:
    named = {}
    for path, function in FUNCTIONS.items():
        parameters = list(inspect.signature(function).parameters)
        named[path.removeprefix("httpcodes.")] = parameters[0]
        assert "code" not in parameters, path
    takers = {name for name in STATUS_CALLS if name != "StatusCode"}
    assert {name for name, first in named.items() if first == "status"} == takers - {
        "compare",
        "lookup",
        "get",
    }
    assert named["compare"] == "statuses"
    assert named["lookup"] == named["get"] == "key"


@pytest.mark.parametrize("name", list(STATUS_CALLS))
@pytest.mark.parametrize(
    "wrong", [None, 404.0, 404.5, True, b"404", [404], object()], ids=repr
)
def test_a_status_of_the_wrong_type_is_the_same_error_everywhere(
    name: str, wrong: object
) -> None:
    with pytest.raises(httpcodes.StatusTypeError) as info:
        STATUS_CALLS[name](wrong)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, ValueError)  # as http.HTTPStatus(x) raises


@pytest.mark.parametrize("name", sorted(set(STATUS_CALLS) - {"lookup", "get"}))
def test_text_is_a_status_only_for_lookup_and_get(name: str) -> None:
    with pytest.raises(httpcodes.StatusTypeError, match=r"httpcodes\.lookup\('404'\)"):
        STATUS_CALLS[name]("404")


@pytest.mark.parametrize(
    "name", sorted(set(STATUS_CALLS) - {"unofficial.lookup", "get"})
)
@pytest.mark.parametrize("number", [99, 600, -404, 10**100])
def test_a_number_outside_the_range_is_the_same_error_everywhere(
    name: str, number: int
) -> None:
    with pytest.raises(httpcodes.UnknownStatusError) as info:
        STATUS_CALLS[name](number)
    assert info.value.number == number
    assert info.value.key == number


def test_the_range_errors_of_get_and_unofficial_lookup_are_answers() -> None:
    assert httpcodes.get(600) is None
    assert unofficial.lookup(600) == ()


@pytest.mark.parametrize("module", PUBLIC_MODULES[1:], ids=lambda m: m.__name__)
def test_a_public_module_shows_only_its_public_names(module: ModuleType) -> None:
    """What an editor offers after ``unofficial.`` is what the module is for:
    its helpers are imported under private names.  ("annotations" is the
    feature object that ``from __future__ import annotations`` binds.)"""
    shown = {name for name in vars(module) if not name.startswith("_")}
    assert shown - {"annotations"} == set(module.__all__)


ENUM_CLASSES: list[type] = [
    httpcodes.StatusCode,
    httpcodes.StatusClass,
    httpcodes.RequirementLevel,
    httpcodes.RedirectPolicy,
    httpcodes.Registration,
]


@pytest.mark.parametrize("cls", ENUM_CLASSES, ids=lambda cls: cls.__name__)
def test_dir_of_an_enum_shows_its_own_public_names_and_no_private_ones(
    cls: type,
) -> None:
    """help() and pydoc list what dir() gives: the facts a member has."""
    shown = dir(cls)
    assert {name for name in vars(cls) if not name.startswith("_")} <= set(shown)
    assert [name for name in shown if name.startswith("_") and name[-2:] != "__"] == []


def test_an_enum_called_with_no_value_names_one() -> None:
    with pytest.raises(TypeError) as info:
        httpcodes.RequirementLevel()  # pyright: ignore[reportCallIssue]
    expected = "RequirementLevel() takes one value, such as RequirementLevel('MUST')"
    assert str(info.value) == expected


def test_a_function_made_public_is_reported_under_the_package() -> None:
    from httpcodes._recipe import public

    def helper() -> None:
        """A function of a private module."""

    assert public(helper) is helper
    assert helper.__module__ == "httpcodes"


def test_a_name_that_is_no_member_is_refused_by_name() -> None:
    with pytest.raises(KeyError) as info:
        httpcodes.StatusCode["NOPE"]
    assert info.value.args == ("'NOPE' is not a member name of StatusCode",)


@pytest.mark.parametrize("cls", ENUM_CLASSES, ids=lambda cls: cls.__name__)
def test_a_member_given_to_its_enum_is_that_member(cls: Any) -> None:
    for member in cls:
        assert cls(member) is member
