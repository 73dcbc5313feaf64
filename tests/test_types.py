"""The type checker reads the project as the code means it, and the tooling runs it.

The frozen records of chain._perf.quick_init are dataclasses to the checker, so a call
with the fields right passes and one with a field missing or of the wrong type fails;
./dev test and the pre-commit hooks run the same three checks.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SNIPPET = textwrap.dedent(
    """
    from chain._perf.quick_init import quick_dataclass

    @quick_dataclass
    class Pair:
        a: str
        b: int = 0

    ok = Pair("x", 1), Pair(a="y")
    missing = Pair()
    wrong = Pair("x", "1")
    p = Pair("x")
    p.a = "z"
    """
)


def test_the_checker_sees_the_fields_of_a_quick_dataclass(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    source = tmp_path / "snippet.py"
    source.write_text(SNIPPET, encoding="utf-8")
    out, _err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--follow-imports",
            "silent",
            str(source),
        ]
    )
    errors = {
        int(m[1]): m[2] for m in re.finditer(r"snippet\.py:(\d+): error: .*\[([a-z-]+)\]", out)
    }
    lines = SNIPPET.splitlines()
    at = {
        lines.index(text) + 1: code
        for text, code in [
            ("missing = Pair()", "call-arg"),
            ('wrong = Pair("x", "1")', "arg-type"),
            ('p.a = "z"', "misc"),
        ]
    }
    assert status == 1 and errors == at, out


def _dev_checks() -> list[str]:
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    body = dev[dev.index("checks() {") : dev.index("\n}\n", dev.index("checks() {"))]
    return re.findall(r'"\$\{UV\[@\]\}" run --frozen (.+)', body)


def test_dev_test_runs_the_checks_before_the_tests() -> None:
    assert _dev_checks() == ["ruff check .", "ruff format --check .", "mypy"]
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    test = dev[dev.index("    test)") :]
    assert test.index("checks") < test.index("pytest -n 2")
    assert "--no-lint" in test
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("./dev test")


def test_the_pre_commit_hooks_run_the_same_checks() -> None:
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    entries = re.findall(r"entry: \.venv/bin/(.+)", config)
    assert [e.replace(" --force-exclude", "") for e in entries] == [
        c.replace(" .", "") for c in _dev_checks()
    ]
    assert "repo: local" in config and "language: system" in config
