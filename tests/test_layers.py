"""Imports run one way: down the stages a chain file travels, never back up, and never in a circle.

Every module belongs to a stage (:data:`STAGES`, the one place the order is written):
the format reads bytes into a chain, the graph derives its structure, profiles hold the
templates as data, the check runs a profile's rules over the graph, liability weighs an
incident, reports and diagrams show the outcome, the editor serves the app, the case
store keeps cases, versions and decisions over them, and the command line, the HTTP API, the app and the test data stand on all of them. A module may import from
its own stage and from the stages before it. The walk reads every import in the source,
at the top of a module, inside a function and under ``TYPE_CHECKING`` alike.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: The stages, in order, each with the modules (and packages, with what they hold) in it.
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The package itself holds only the names it exports, imported when first asked for.
    ("base", ("chain", "chain.vocab", "chain.text", "chain._perf")),
    ("format", ("chain.format",)),
    ("graph", ("chain.graph",)),
    ("profiles", ("chain.profiles",)),
    ("check", ("chain.check", "chain.validate", "chain.batch")),
    ("liability", ("chain.liability",)),
    ("report and diagram", ("chain.report", "chain.diagram")),
    ("editor", ("chain.editor",)),
    # Drafted documents (申請書, 通知書) stand on the check and the reports; the command
    # files them in the case store.
    ("drafts", ("chain.drafts",)),
    # The case store stands on the check and the reports, and under the command and the app.
    ("cases", ("chain.cases",)),
    # The HTTP API stands beside the command line and the app, over the case service.
    ("cli and app", ("chain.cli", "chain.__main__", "chain.api", "chain_app", "streamlit_app")),
    ("test data", ("chain.testing",)),
)
RANK = {prefix: rank for rank, (_name, prefixes) in enumerate(STAGES) for prefix in prefixes}


def stage(module: str) -> int:
    """The rank of the stage ``module`` belongs to: that of its longest listed prefix
    (``chain`` itself is listed for the package's own module, not as a prefix)."""
    if module == "chain":
        return RANK[module]
    parts = module.split(".")
    for n in range(len(parts), 1 if parts[0] == "chain" else 0, -1):
        rank = RANK.get(".".join(parts[:n]))
        if rank is not None:
            return rank
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES in {__file__}")


class Import(NamedTuple):
    source: str
    target: str
    path: Path
    line: int


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def sources() -> list[Path]:
    files = [
        *ROOT.glob("chain/**/*.py"),
        *ROOT.glob("chain_app/**/*.py"),
        ROOT / "streamlit_app.py",
    ]
    return sorted(files)


def imports(path: Path, source: str | None = None) -> Iterator[Import]:
    """Every import of the project's own modules in ``path`` (the module ``source``, by
    default the one the path names), wherever it is written."""
    source = source or _module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*up, base] if base else up)
            # `from chain.check.rules import dlg_consent` imports that module.
            targets = [
                f"{base}.{a.name}" if _is_module(f"{base}.{a.name}") else base for a in node.names
            ]
        else:
            continue
        for target in dict.fromkeys(targets):
            if target.split(".")[0] in ("chain", "chain_app", "streamlit_app"):
                yield Import(source, target, path, node.lineno)


ALL = [imp for path in sources() for imp in imports(path)]


def test_every_module_belongs_to_a_stage() -> None:
    for path in sources():
        stage(_module_name(path))


def test_imports_never_go_back_up_the_stages() -> None:
    back = [
        f"{imp.path.relative_to(ROOT)}:{imp.line}: {imp.source} ({STAGES[stage(imp.source)][0]}) "
        f"imports {imp.target} ({STAGES[stage(imp.target)][0]}), a later stage"
        for imp in ALL
        if stage(imp.target) > stage(imp.source)
    ]
    assert not back, "\n".join(back)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(edges.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle() -> None:
    edges: dict[str, set[str]] = {}
    for imp in ALL:
        if imp.target != imp.source:
            edges.setdefault(imp.source, set()).add(imp.target)
    cycles = _cycles(edges)
    where = {(imp.source, imp.target): f"{imp.path.relative_to(ROOT)}:{imp.line}" for imp in ALL}
    shown = [
        " ↔ ".join(c) + ": " + ", ".join(where[(a, b)] for a in c for b in c if (a, b) in where)
        for c in cycles
    ]
    assert not cycles, "\n".join(shown)


def test_the_walk_sees_imports_in_functions_and_under_type_checking(tmp_path: Path) -> None:
    # The rule is only as good as the walk: an import hidden in a function or kept for the
    # type checker counts as much as one at the top.
    module = tmp_path / "probe.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from chain.check.engine import Report\n"
        "def late():\n    from chain.diagram import build_dot\n    from . import model\n",
        encoding="utf-8",
    )
    found = {(imp.target, imp.line) for imp in imports(module, "chain.format.probe")}
    assert found == {("chain.check.engine", 3), ("chain.diagram", 5), ("chain.format.model", 6)}
    late = [t for t, _line in found if stage(t) > stage("chain.format.probe")]
    assert sorted(late) == ["chain.check.engine", "chain.diagram"]


@pytest.mark.parametrize("module", ["chain.check.registry", "chain.check.rules", "chain.check"])
def test_the_rule_registry_is_complete_on_import(module: str) -> None:
    # In a process of its own: nothing else has been imported that could fill it.
    code = (
        (
            f"from {module} import REGISTRY\n"
            if module != "chain.check"
            else "import chain.check\nfrom chain.check.registry import REGISTRY\n"
        )
        + "from chain.profiles.params import PARAMS\nprint(sorted(REGISTRY) == sorted(PARAMS), len(REGISTRY))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    complete, count = done.stdout.split()
    assert complete == "True" and int(count) > 50
