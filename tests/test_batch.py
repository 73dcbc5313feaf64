"""Batch validation: folders and several paths, per-file results, summary, progress, exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from chain.batch import expand_paths, run_batch
from chain.report.text import summary_table
from chain.testing.synthetic import Spec, generate

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data/000"


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five chain files in two folders, one broken, one faulty, one sidecar to skip."""
    (tmp_path / "b").mkdir()
    (tmp_path / "a_ok.json").write_bytes((SAMPLE / "compliant.json").read_bytes())
    (tmp_path / "a_ok.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "c_faulty.json").write_bytes((SAMPLE / "faulty.json").read_bytes())
    (tmp_path / "b" / "broken.json").write_bytes(b'{"format": ')
    (tmp_path / "b" / "名前 スペース.json").write_bytes(
        generate(Spec(parties=8, depth=2, seed=1)).to_bytes()
    )
    (tmp_path / "notes.txt").write_text("not a chain", encoding="utf-8")
    return tmp_path


def test_folders_expand_sorted_and_skip_sidecars(folder: Path) -> None:
    names = [Path(p).relative_to(folder).as_posix() for p in expand_paths([str(folder)])]
    assert names == ["a_ok.json", "b/broken.json", "b/名前 スペース.json", "c_faulty.json"]
    assert expand_paths(["-", str(folder / "a_ok.json")]) == ["-", str(folder / "a_ok.json")]


def test_every_file_checked_as_if_alone(folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    batch = run_batch([str(folder)], on_file=lambda done, total, _item: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    status = {Path(i.result.path).name: (i.status, i.result.exit_code) for i in batch.items}
    assert status == {
        "a_ok.json": ("checked", 0),
        "broken.json": ("invalid", 2),
        "名前 スペース.json": ("checked", 0),
        "c_faulty.json": ("checked", 1),
    }
    s = batch.summary
    assert (s.files, s.checked, s.invalid, s.worst_exit) == (4, 3, 1, 2)
    faulty = next(i for i in batch.items if i.result.path.endswith("c_faulty.json"))
    assert s.error == faulty.counts()["error"] > 0
    assert s.bytes == sum(len(Path(i.result.path).read_bytes()) for i in batch.items)
    assert s.files_per_second > 0 and s.megabytes_per_second > 0


def test_summary_table_lists_every_file_and_lines_up(folder: Path) -> None:
    batch = run_batch([str(folder)])
    for lang in ("ja", "en"):
        table = summary_table(batch, lang=lang)
        lines = table.rstrip("\n").split("\n")
        assert len(lines) == 2 + 4 + 2  # head, rule, files, rule, total
        assert len({display_width(line.rstrip()) for line in lines[2:6]}) == 1
        for item in batch.items:
            assert any(line.startswith(item.result.path) for line in lines)
    assert "合計 4 ファイル" in summary_table(batch, lang="ja")


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chain", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_cli_folder_text_ends_with_the_table_and_exits_with_the_worst(folder: Path) -> None:
    out = _cli("validate", str(folder))
    assert out.returncode == 2
    assert out.stderr == ""  # no progress bar when standard error is not a terminal
    table = out.stdout.split("\n\n")[-1]
    assert table.startswith("ファイル") and "合計 4 ファイル" in table


def test_cli_folder_json_has_one_entry_per_file(folder: Path) -> None:
    out = _cli("validate", str(folder), "--format", "json")
    doc = json.loads(out.stdout)
    assert [Path(f["path"]).name for f in doc["files"]] == [
        "a_ok.json",
        "broken.json",
        "名前 スペース.json",
        "c_faulty.json",
    ]
    assert [f["status"] for f in doc["files"]] == ["checked", "invalid", "checked", "checked"]
    assert doc["summary"]["files"] == 4 and out.returncode == 2


def test_progress_bar_when_asked(folder: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "chain",
            "validate",
            str(folder),
            "--progress",
            "--lang",
            "en",
            "-f",
            "json",
        ],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    err = out.stderr.decode()
    assert "\r[" in err and "4/4" in err  # redrawn in place
    assert err.rstrip().endswith("files/s).")
    json.loads(out.stdout)  # the bar never lands in the report
    quiet = _cli("validate", str(folder), "--no-progress")
    assert quiet.stderr == ""


def test_single_file_text_has_no_table() -> None:
    out = _cli("validate", "sample_data/000/compliant.json")
    assert out.returncode == 0 and "合計" not in out.stdout
