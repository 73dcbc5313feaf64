"""A full disk under the store: SQLite on a tmpfs of 8 MiB, filled to its last byte. The
command line exits 3 saying where it could not write, the HTTP API answers 507 with the
reason as JSON, the app says the edit is not saved and keeps it; nothing half-written is
left (the store's versions and audit trail are what they were, its file is whole), and
the next save once there is room is a whole version.

Mounting needs root (``mount -t tmpfs``); elsewhere the test is skipped."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from chain.cases.service import CaseService
from chain.testing.synthetic import Spec, generate

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chain.api import create_app

ROOT = Path(__file__).resolve().parents[2]
COMPLIANT = ROOT / "sample_data" / "000" / "compliant.json"
#: A chain larger than what is left on the disk once it is filled (about 560 KB).
PARENT_1 = ("--parent", "1", "--user", "tanaka")
LARGE = generate(Spec(parties=200, fault_rate=0.02, seed=5)).to_bytes()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _fill(disk: Path, db: Path) -> Path:
    """Fold the write-ahead log into the database, empty it, and fill what is left of the
    disk, so that the next write needs room there is not."""
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def _unchanged(url: str, versions: int, events: int) -> None:
    """The store as it was: its versions and audit events, the hash chain intact, the
    file whole."""
    service = CaseService.open(url)
    try:
        assert len(service.show_case("tanaka", 1)["versions"]) == versions
        audit = service.audit("tanaka")
        assert audit["intact"] and audit["count"] == events
    finally:
        service.engine.dispose()
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _store(disk: Path) -> tuple[str, str, int]:
    """A store on the disk with case 1 at version 1, and an API token of its admin."""
    url = f"sqlite:///{disk / 'cases.db'}"
    service = CaseService.open(url)
    service.new_case("tanaka", "課税資料入力業務", "市民税課")
    service.save_version("tanaka", 1, COMPLIANT.read_bytes(), parent=None)
    token = service.new_token("tanaka", "tanaka")["token"]
    events = service.audit("tanaka")["count"]
    service.engine.dispose()
    return url, token, events


def test_a_full_disk_is_said_and_nothing_is_half_written(tiny_disk: Path, tmp_path: Path) -> None:
    url, token, events = _store(tiny_disk)
    large = tmp_path / "large.json"
    large.write_bytes(LARGE)
    filler = _fill(tiny_disk, tiny_disk / "cases.db")

    # The command line: exit 3, the store named, no traceback.
    env = {**os.environ, "CHAIN_DATABASE_URL": url}
    env.pop("CHAIN_LANG", None)
    done = subprocess.run(
        [sys.executable, "-m", "chain", "case", "save", "1", str(large), *PARENT_1],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "ディスクがいっぱい" in done.stderr and "何も書き込んでいません" in done.stderr
    assert str(tiny_disk / "cases.db") in done.stderr
    _unchanged(url, 1, events)

    # The HTTP API: 507 with the reason as JSON.
    client = TestClient(create_app(url), raise_server_exceptions=False)
    try:
        answer = client.post(
            "/cases/1/versions?parent=1",
            content=LARGE,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    finally:
        client.close()
    assert answer.status_code == 507, answer.text
    error = answer.json()["error"]
    assert answer.json()["ok"] is False and error["code"] == "disk"
    assert "disk full" in error["message"]["en"] and "ディスク" in error["message"]["ja"]
    _unchanged(url, 1, events)

    # Room again: the next save is a whole version.
    filler.unlink()
    service = CaseService.open(url)
    try:
        saved = service.save_version("tanaka", 1, LARGE, parent=1)
        assert saved["version"] == 2
        assert service.version_chain("tanaka", 1, 2) == json.loads(LARGE)
        assert service.audit("tanaka")["intact"]
    finally:
        service.engine.dispose()


def test_the_app_keeps_an_edit_the_full_disk_did_not_save(
    tiny_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "app"))
    from appdriving import APP, EDIT, edit_table
    from streamlit.testing.v1 import AppTest

    url, _token, events = _store(tiny_disk)
    monkeypatch.delenv("CHAIN_APP_CASES", raising=False)
    monkeypatch.delenv("CHAIN_USER_HEADER", raising=False)
    monkeypatch.setenv("CHAIN_DATABASE_URL", url)
    monkeypatch.setenv("CHAIN_USER", "tanaka")
    large = tmp_path / "large.json"
    large.write_bytes(LARGE)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.button(key="case-reopen").click().run()  # case 1, version 1
    assert not at.exception and at.session_state["doc"] is not None
    filler = _fill(tiny_disk, tiny_disk / "cases.db")
    at.switch_page(EDIT).run()
    added = [
        {"id": f"p-extra-{i}", "kind": "dispatch_agency", "name": f"追加の事業者 {i}"}
        for i in range(20)
    ]
    at = edit_table(at, "parties", added=added)
    assert not at.exception
    warnings_ = [w.value for w in at.sidebar.warning]
    assert any(
        w.startswith("この編集は保存されていません") and "ディスクがいっぱい" in w
        for w in warnings_
    ), warnings_
    doc = at.session_state["doc"]
    assert doc["parties"][-1]["id"] == "p-extra-19"  # the edit is kept
    _unchanged(url, 1, events)
    # Room again: the next run saves the edit kept.
    filler.unlink()
    at = at.run()
    assert not at.exception
    assert [w.value for w in at.sidebar.warning] == []
    service = CaseService.open(url)
    try:
        versions = service.show_case("tanaka", 1)["versions"]
        assert [v["version"] for v in versions] == [1, 2]
        assert service.version_chain("tanaka", 1, 2)["parties"][-1]["id"] == "p-extra-19"
    finally:
        service.engine.dispose()
