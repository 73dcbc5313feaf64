"""The examples in chain/'s docstrings run, and show what they say.

Collected here rather than with pytest's --doctest-modules: that option would also import
every module of tests/ a second time as a doctest module, and two conftest.py files of
the suite share a name. Each module with examples is one test, run from the project's
root, where the examples' paths (``sample_data/...``) lead.
"""

from __future__ import annotations

import doctest
import importlib
import io
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "chain").rglob("*.py")):
        if path.name == "__main__.py" or ">>>" not in path.read_text(encoding="utf-8"):
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules()


def test_the_examples_are_found() -> None:
    # The public entry points show how they are called.
    assert {"chain", "chain.check.engine", "chain.liability", "chain.diagram"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    tests = doctest.DocTestFinder().find(module, name)
    assert any(t.examples for t in tests), f"{name}: '>>>' in the file but no example found"
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test, out=out.write)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, out.getvalue()


def test_no_example_is_skipped() -> None:
    # Every example runs on the sample data; one that cannot should say why, not be skipped.
    skipped = [n for n in MODULES if "doctest: +SKIP" in _source(n)]
    assert skipped == []


def _source(name: str) -> str:
    path = ROOT.joinpath(*name.split("."))
    return (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text(
        encoding="utf-8"
    )
