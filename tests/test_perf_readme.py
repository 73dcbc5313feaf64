"""chain/_perf/README.md lists every performance device: each module of the package, each
path it names exists, and each benchmark row it names is one benchmarks/README.md has."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "chain" / "_perf" / "README.md").read_text(encoding="utf-8")
ROWS = [line for line in README.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_every_module_of_the_package_is_listed() -> None:
    for module in sorted((ROOT / "chain" / "_perf").glob("*.py")):
        if module.name != "__init__.py":
            assert f"chain/_perf/{module.name}" in README, module.name


def test_every_path_named_exists() -> None:
    named = {p for row in ROWS for p in re.findall(r"`((?:chain/)?[\w/]+\.py)`", row)}
    assert len(named) > 15
    for path in sorted(named):
        full = ROOT / path if path.startswith("chain/") else ROOT / "chain" / path
        assert full.is_file(), path


def test_every_benchmark_row_named_is_measured() -> None:
    measured = set(
        re.findall(
            r"^\| `(\w+)` \|",
            (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )
    for row in ROWS:
        rows = re.findall(r"`(\w+)`", row.rsplit("|", 2)[-2])
        assert rows and set(rows) <= measured, row
