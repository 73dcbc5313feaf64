"""Shared test fixtures: paths, the golden-file helper, CLI runners."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The app runs without a case store unless a test asks for one (tests/app's ``case_store``):
# no test, nor a server or process it starts, writes into the user's data folder.
os.environ["CHAIN_APP_CASES"] = "off"

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite golden files from the current output instead of comparing.",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with ``tests/golden/<name>``; ``--update-goldens`` rewrites it."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str | bytes) -> None:
        path = GOLDEN / name
        data = actual.encode("utf-8") if isinstance(actual, str) else actual
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return
        assert path.exists(), f"missing golden {path}; run pytest --update-goldens"
        expected = path.read_bytes()
        if data != expected:
            pytest.fail(
                f"output differs from golden {path.relative_to(ROOT)} "
                "(inspect the diff; refresh with --update-goldens if intended)\n"
                + _diff(expected.decode("utf-8", "replace"), data.decode("utf-8", "replace"))
            )

    return check


def _diff(expected: str, actual: str) -> str:
    import difflib

    return "".join(
        list(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), "golden", "actual"
            )
        )[:80]
    )
