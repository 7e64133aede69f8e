"""The architecture holds: layers that import only downwards, no import
cycles, no private names across modules, and a command line, middleware and
test helpers that know the library only through its public API
(docs/design.md, "Layers").

Every import counts, wherever it is written: at module level, inside a
function, under TYPE_CHECKING.  A cycle that a lazy import hides is still a
cycle for the reader, and a private name read inside a function is still a
reach into another module's internals.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import httpcodes

from .facts import ROOT

PACKAGE = ROOT / "src" / "httpcodes"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported from
    name: str | None  # the name imported from it, None for the module itself
    line: int
    bound: str  # the name the import binds in the importing module


def _base(module: str, level: int) -> str:
    parts = module.split(".")
    if MODULES[module].name != "__init__.py":
        parts.pop()  # a module's relative imports start from its package
    return ".".join(parts[: len(parts) - (level - 1)])


def imports_of(module: str) -> list[Import]:
    """Every import of a package module that ``module`` makes, anywhere."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(
                Import(module, alias.name, None, node.lineno, alias.asname or "")
                for alias in node.names
                if alias.name.split(".")[0] == "httpcodes"
            )
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = _base(module, node.level) + (f".{base}" if base else "")
            if base.split(".")[0] != "httpcodes":
                continue
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                bound = alias.asname or alias.name
                if whole in MODULES:  # "from . import messages": a module
                    found.append(Import(module, whole, None, node.lineno, bound))
                else:
                    found.append(Import(module, base, alias.name, node.lineno, bound))
    return found


IMPORTS = [i for module in MODULES for i in imports_of(module)]
GRAPH = {
    module: {i.target for i in IMPORTS if i.source == module and i.target != module}
    for module in MODULES
}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read() -> None:
    """The checks below see the imports that matter, lazy ones included."""
    assert "httpcodes._status" in GRAPH["httpcodes._lookup"]
    # StatusCode.status_class imports _classes inside the property.
    assert "httpcodes._classes" in GRAPH["httpcodes._status"]
    assert "httpcodes.messages" in GRAPH["httpcodes.cli._main"]
    assert "httpcodes._data.codes" in GRAPH["httpcodes._choosing.search"]


def test_there_are_no_import_cycles() -> None:
    assert cycles(GRAPH) == []


def test_a_cycle_would_be_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_module_imports_another_modules_private_names() -> None:
    crossings = [
        f"{i.source}:{i.line} imports {i.name} from {i.target}"
        for i in IMPORTS
        if i.name is not None and i.name.startswith("_") and not i.name.startswith("__")
    ]
    assert crossings == []


def test_no_module_reads_another_modules_private_names() -> None:
    reads = []
    for module, path in MODULES.items():
        modules = {i.bound for i in imports_of(module) if i.name is None and i.bound}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                reads.append(
                    f"{module}:{node.lineno} reads {node.value.id}.{node.attr}"
                )
    assert reads == []


def test_module_names_bound_by_imports_are_seen() -> None:
    bound = {i.bound for i in imports_of("httpcodes._choosing.search")}
    assert "read_text" in bound  # from .._arguments import text as read_text
    guidance = imports_of("httpcodes._choosing.guidance")
    assert any(i.target == "httpcodes._data.codes" for i in guidance)


# -- layers ----------------------------------------------------------------------
#
# From the bottom: the data (literals), the core (the registry, the grammar,
# argument reading, the words), the semantics built on it (HTTP semantics,
# choosing a code), the public API, the clients of the public API that ship
# with it (the middleware and the test helpers, which check an app's
# responses), and the command line.  A module imports its own layer and the
# layers below, never one above.

LAYERS = {
    "data": 0,
    "core": 1,
    "semantics": 2,
    "public": 3,
    "checkers": 4,
    "cli": 5,
}

# The middleware, the test helpers, and what they share.
CHECKERS = {
    "httpcodes.wsgi",
    "httpcodes.asgi",
    "httpcodes.testing",
    "httpcodes._checking",
}


def layer(module: str) -> str:
    if module.startswith("httpcodes._data"):
        return "data"
    if module.startswith(("httpcodes._http", "httpcodes._choosing")):
        return "semantics"
    if module in ("httpcodes", "httpcodes.unofficial"):
        return "public"
    if module in CHECKERS:
        return "checkers"
    if module.startswith("httpcodes.cli") or module == "httpcodes.__main__":
        return "cli"
    return "core"


# The one import upwards: a member's response_fields is built by the module
# of check_response, where the response rules live beside the grammar they
# are checked with; the core imports it inside that property only.
UPWARDS = {("httpcodes._status", "httpcodes._http.responses")}


def test_every_module_has_a_layer_and_the_layers_are_the_tree() -> None:
    assert {layer(m) for m in MODULES} == set(LAYERS)
    assert layer("httpcodes.messages") == "core"  # public, but below the rest
    assert set(MODULES) >= CHECKERS


def test_layers_import_downwards() -> None:
    upwards = [
        f"{i.source}:{i.line} ({layer(i.source)}) imports {i.target}"
        f" ({layer(i.target)})"
        for i in IMPORTS
        if LAYERS[layer(i.target)] > LAYERS[layer(i.source)]
        and (i.source, i.target) not in UPWARDS
    ]
    assert upwards == []


def test_the_one_upward_import_is_inside_a_function() -> None:
    tree = ast.parse(MODULES["httpcodes._status"].read_text(encoding="utf-8"))
    top_level = {node.lineno for node in tree.body if isinstance(node, ast.ImportFrom)}
    lines = [i.line for i in IMPORTS if (i.source, i.target) in UPWARDS]
    assert lines
    assert not set(lines) & top_level


# -- the command line is a client of the public API ----------------------------

PUBLIC_MODULES = {"httpcodes", "httpcodes.unofficial", "httpcodes.messages"}


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if m.startswith("httpcodes.cli"))
)
def test_the_command_line_uses_the_public_api_only(module: str) -> None:
    for i in imports_of(module):
        if i.target.startswith("httpcodes.cli"):
            assert i.name is None or not i.name.startswith("_")
            continue
        assert i.target in PUBLIC_MODULES, f"{module}:{i.line} imports {i.target}"
        if i.target == "httpcodes" and i.name is not None:
            assert i.name in httpcodes.__all__ or i.name == "unofficial", i.name


@pytest.mark.parametrize("module", sorted(CHECKERS))
def test_the_checkers_use_the_public_api_only(module: str) -> None:
    """Like the command line, the middleware and the test helpers are
    clients of the library: what they need of it, any program could use."""
    found = imports_of(module)
    assert found
    for i in found:
        if i.target in CHECKERS:
            assert i.name is None or not i.name.startswith("_")
            continue
        assert i.target in PUBLIC_MODULES, f"{module}:{i.line} imports {i.target}"
        if i.target == "httpcodes" and i.name is not None:
            assert i.name in httpcodes.__all__, i.name


def test_the_checkers_import_nothing_but_the_standard_library() -> None:
    """No framework at import: every module they import, at any depth of
    the source, is the package's own or the standard library's."""
    import sys

    for module in sorted(CHECKERS):
        tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in ("httpcodes", "_typeshed") or (
                    top in sys.stdlib_module_names
                ), f"{module} imports {name}"


def test_a_private_import_in_the_command_line_would_be_seen() -> None:
    found = imports_of("httpcodes.cli._commands")
    assert any(i.target == "httpcodes" and i.name == "lookup" for i in found)
    assert all(i.target in PUBLIC_MODULES or "cli" in i.target for i in found)
