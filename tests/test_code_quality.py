"""The code stays typed, linted and layered: the same checks a reviewer would run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "pos", "drivers", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted() -> None:
    result = _run(sys.executable, "-m", "ruff", "format", "--check", "pos", "drivers", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_on_pos_and_drivers() -> None:
    result = _run(sys.executable, "-m", "mypy", "pos", "drivers")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """The domain is pure, only pos.ui imports Qt, drivers never import pos."""
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("import-linter is not installed (it is in the [test] extra)")
    result = _run(exe)
    assert result.returncode == 0, result.stdout + result.stderr


# --- import cycles -------------------------------------------------------------------------
# A cycle between modules at import time makes the import order matter and a partly
# initialised module show up as an AttributeError far from its cause; a newcomer cannot split
# such modules one at a time. Imports inside functions and under ``if TYPE_CHECKING:`` do not
# run when the module is imported, so they are not edges here.


def _module_name(root: Path, file: Path) -> str:
    parts = list(file.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports_run_at_import_time(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _imports_run_at_import_time(node.orelse)
        else:  # a class body, if, try, with, for...: run at import time
            for field in ("body", "orelse", "finalbody"):
                yield from _imports_run_at_import_time(getattr(node, field, []))
            for part in getattr(node, "handlers", []) + getattr(node, "cases", []):
                yield from _imports_run_at_import_time(part.body)


def module_import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports when it is itself imported."""
    files = {
        _module_name(root, f): f for package in packages for f in (root / package).rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, file in files.items():
        package = name if file.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in _imports_run_at_import_time(ast.parse(file.read_text(), str(file)).body):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name in files)
                continue
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (
                node.module if node.level == 0 else ".".join(p for p in (base, node.module) if p)
            )
            if target is None:
                continue
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                edges.add(submodule if submodule in files else target)
        graph[name] = {e for e in edges if e in files and e != name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_module_level_import_cycle_in_pos_or_drivers() -> None:
    cycles = import_cycles(module_import_graph(ROOT, ("pos", "drivers")))
    assert cycles == [], "modules importing each other at import time:\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


def test_the_cycle_check_sees_a_cycle_and_ignores_lazy_and_type_checking_imports(
    tmp_path: Path,
) -> None:
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from shop import b\n")
    (package / "b.py").write_text("from . import c\n")
    (package / "c.py").write_text("if True:\n    from shop.a import thing\n")
    (package / "d.py").write_text("def later():\n    from shop import e\n")
    (package / "e.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from shop import d\n"
    )
    graph = module_import_graph(tmp_path, ("shop",))
    assert import_cycles(graph) == [["shop.a", "shop.b", "shop.c"]]
    assert graph["shop.d"] == set() and graph["shop.e"] == set()
