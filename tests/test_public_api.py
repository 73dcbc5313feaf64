"""Every name ``chain`` exports keeps working wherever its module now lives, and importing
``chain`` alone imports nothing else of the library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import chain

ROOT = Path(__file__).resolve().parent.parent

#: The names the package has exported since before its modules were grouped by stage.
EXPORTED = [
    "Chain", "ChainInputError", "Finding", "Limits", "Profile", "ProfileError", "Report",
    "analyse", "check_chain", "load_chain", "load_profile", "parse_chain", "validate_bytes",
    "validate_path",
]  # fmt: skip


@pytest.mark.parametrize("name", sorted({*EXPORTED, *chain.__all__} - {"__version__"}))
def test_each_exported_name_is_there(name: str) -> None:
    value = getattr(chain, name)
    assert getattr(value, "__name__", name) == name
    assert value.__module__.startswith("chain.")


def test_the_names_of_old_are_all_still_exported() -> None:
    assert set(EXPORTED) <= set(chain.__all__)


def test_the_exported_names_work_together() -> None:
    data = (ROOT / "sample_data/000/faulty.json").read_bytes()
    report = chain.check_chain(chain.parse_chain(data), chain.load_profile("000"))
    assert isinstance(report, chain.Report) and report.findings
    assert all(isinstance(f, chain.Finding) for f in report.findings)
    assert chain.validate_bytes(data).report.findings == report.findings
    with pytest.raises(chain.ProfileError):
        chain.load_profile("no-such-profile")
    with pytest.raises(chain.ChainInputError):
        chain.parse_chain(b"{")


def test_importing_the_package_imports_nothing_else_of_it() -> None:
    code = "import sys, chain\nprint(sorted(m for m in sys.modules if m.startswith('chain')))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "['chain']"
