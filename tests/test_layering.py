"""The package's shape: layers import only downwards, no cycles, no private names across
modules, imports at the top, small modules and functions.

Layers, lowest first (a module may import its own layer and the ones before it):
errors/paths/vocabulary/sentences/foreign_words/markup -> data -> extract -> brief -> report
-> pipeline -> cli.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
LAYERS = ["base", "data", "extract", "brief", "report", "pipeline", "cli"]
BASE = {"errors", "paths", "vocabulary", "sentences", "foreign_words", "markup", "__init__"}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    if parts[1] in LAYERS:
        return parts[1]
    if parts[1] in BASE:
        return "base"
    raise AssertionError(f"{module} is in no layer")


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def imports(tree: ast.Module) -> list[tuple[ast.AST, str, list[str]]]:
    """(node, imported module, names) for every analysis import of a module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analysis"):
            names = [alias.name for alias in node.names]
            for name in names:
                candidate = f"{node.module}.{name}"
                found.append((node, candidate if candidate in MODULES else node.module, [name]))
        elif isinstance(node, ast.Import):
            found += [(node, alias.name, []) for alias in node.names
                      if alias.name.startswith("analysis")]
    return found


def type_checking_nodes(tree: ast.Module) -> set[int]:
    guarded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            guarded |= {id(child) for child in ast.walk(node)}
    return guarded


def test_every_module_is_in_a_layer():
    assert {layer_of(name) for name in MODULES} <= set(LAYERS)


def test_layers_import_only_downwards():
    wrong = []
    for name, tree in TREES.items():
        if name == "analysis":
            continue
        own = LAYERS.index(layer_of(name))
        for node, target, _ in imports(tree):
            if LAYERS.index(layer_of(target)) > own:
                wrong.append(f"{name}:{node.lineno} imports {target}")
    assert wrong == []


SUBPACKAGES = sorted(name for name, path in MODULES.items()
                     if path.name == "__init__.py" and name != "analysis")


def may_import(package: str) -> set[str]:
    """The modules and packages the ``May import:`` line of a subpackage's docstring names."""
    doc = ast.get_docstring(TREES[package]) or ""
    assert "May import:" in doc, f"{package} has no 'May import:' line"
    return set(re.findall(r"``(analysis\.\w+)``", doc.split("May import:", 1)[1]))


@pytest.mark.parametrize("package", SUBPACKAGES)
def test_may_import_line_names_every_import(package):
    """What a subpackage's docstring says it may import covers what its modules import, and
    names nothing above its own layer."""
    allowed = may_import(package)
    own = LAYERS.index(layer_of(package))
    assert [name for name in sorted(allowed) if LAYERS.index(layer_of(name)) > own] == []
    unnamed = set()
    for name, tree in TREES.items():
        if name.rsplit(".", 1)[0] != package and name != package:
            continue
        for _, target, _ in imports(tree):
            top = ".".join(target.split(".")[:2])
            if top != package and top != "analysis":
                unnamed.add(top)
    assert sorted(unnamed - allowed) == []


def test_no_import_cycles():
    graph = {name: {target for _, target, _ in imports(tree) if target in MODULES}
             for name, tree in TREES.items()}
    # A package's __init__ re-exporting its own modules is not a cycle of the flow.
    for name in graph:
        graph[name] = {t for t in graph[name]
                       if not (t == name.rsplit(".", 1)[0] and t in MODULES
                               and MODULES[t].name == "__init__.py")}
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_no_private_names_across_modules():
    wrong = [f"{name}:{node.lineno} imports {target}.{n}"
             for name, tree in TREES.items() for node, target, names in imports(tree)
             for n in names if n.startswith("_") and target != name]
    assert wrong == []


def test_imports_at_the_top_or_explained():
    """A late import needs a comment on its line or the line above saying why."""
    wrong = []
    for name, tree in TREES.items():
        lines = MODULES[name].read_text(encoding="utf-8").splitlines()
        guarded = type_checking_nodes(tree)
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom) or id(node) in top:
                continue
            if id(node) in guarded:
                continue
            here, above = lines[node.lineno - 1], lines[node.lineno - 2].strip()
            if "#" not in here and not above.startswith("#"):
                wrong.append(f"{name}:{node.lineno} {here.strip()}")
    assert wrong == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name}: {lines} lines"


def test_functions_are_small():
    long = []
    for name, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {size} lines")
    assert long == []
