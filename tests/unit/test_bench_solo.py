"""The full-validation benchmark times each candidate in processes of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.timing import alternating_processes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "000" / "compliant.json"


def _solo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.solo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_solo_process_prints_the_time_of_each_timed_round() -> None:
    done = _solo("full", str(SAMPLE), "3")
    assert done.returncode == 0, done.stderr
    times = json.loads(done.stdout)
    assert len(times) == 3 and all(isinstance(t, float) and t > 0 for t in times)


def test_the_full_candidate_validates_the_file(tmp_path: Path) -> None:
    # A file that cannot be read as a chain stops the full validation: it is not timed.
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "subcontract-chain", "parties": "none"}', "utf-8")
    done = _solo("full", str(broken), "1")
    assert done.returncode != 0 and not done.stdout
    assert _solo("orjson", str(broken), "1").returncode == 0


def test_a_failed_process_is_reported_with_what_it_said(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.json")
    commands = {"orjson": [sys.executable, "-m", "benchmarks.solo", "orjson", missing, "1"]}
    with pytest.raises(RuntimeError, match=r"(?s)orjson failed \(status 1\):.*No such file"):
        alternating_processes(commands, 1, cwd=str(ROOT))


def test_an_unknown_candidate_is_refused() -> None:
    done = _solo("jsonschema", str(SAMPLE), "1")
    assert done.returncode != 0
    assert "unknown candidate 'jsonschema'" in done.stderr


def test_alternating_processes_gathers_every_round_of_every_process() -> None:
    commands = {
        name: [sys.executable, "-m", "benchmarks.solo", name, str(SAMPLE), "2"]
        for name in ("orjson", "full")
    }
    samples = alternating_processes(commands, 2, cwd=str(ROOT))
    assert {name: len(s.times) for name, s in samples.items()} == {"orjson": 4, "full": 4}
