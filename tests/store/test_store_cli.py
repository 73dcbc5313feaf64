"""``chain case …`` end to end: JSON answers and exit codes, a locked store, kill -9 in
the middle of a save, and ``chain validate`` never loading the store's libraries."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cases.canonical import digest
from chain.cases.service import CaseService
from chain.cli import build_app

ROOT = Path(__file__).resolve().parents[2]
COMPLIANT = str(ROOT / "sample_data" / "000" / "compliant.json")
FAULTY = str(ROOT / "sample_data" / "000" / "faulty.json")
runner = CliRunner()


def case(url: str, *args: str, user: str = "tanaka"):
    return runner.invoke(
        build_app(),
        ["case", *args, "--user", user],
        env={"CHAIN_DATABASE_URL": url, "CHAIN_LANG": "ja"},
        catch_exceptions=False,
    )


def test_the_commands_file_save_decide_and_audit(store_url: str) -> None:
    made = case(store_url, "new", "課税資料入力業務", "-d", "市民税課", "--json")
    assert made.exit_code == 0, made.output
    assert json.loads(made.stdout)["state"] == "draft"
    assert case(store_url, "user", "sato", "approver").exit_code == 0
    saved = case(store_url, "save", "1", COMPLIANT, "--json")
    assert saved.exit_code == 0
    assert json.loads(saved.stdout)["findings"] == {
        "profile_id": "000",
        "error": 0,
        "warning": 0,
        "info": 1,
    }
    assert case(store_url, "save", "1", FAULTY, "--parent", "1").exit_code == 0
    stale = case(store_url, "save", "1", COMPLIANT, "--parent", "1", "--json")
    assert stale.exit_code == 1
    refusal = json.loads(stale.stdout)["error"]
    assert refusal["code"] == "stale_parent" and refusal["kept"] == 3
    assert "第 3 版として残しました" in stale.stderr
    assert "（--parent 2）" in stale.stderr  # how to name it on this command line
    diff = case(store_url, "diff", "1", "1", "2", "--json")
    assert "d-komachi" in json.loads(diff.stdout)["chain"]["delegations"]["added"]
    text = case(store_url, "diff", "1", "1", "2")
    assert "+ delegations/d-komachi" in text.stdout and "新規 DLG002" in text.stdout
    assert case(store_url, "submit", "1").exit_code == 0
    own = case(store_url, "decide", "1", "承認")
    assert own.exit_code == 1 and "自己承認" in own.stderr
    back = case(
        store_url,
        "decide",
        "1",
        "差戻し",
        "--reason",
        "承諾前に開始",
        "--code",
        "DLG002",
        "--json",
        user="sato",
    )
    assert back.exit_code == 0 and json.loads(back.stdout)["state"] == "returned"
    shown = json.loads(case(store_url, "show", "1", "--json", user="sato").stdout)
    assert shown["decisions"][0]["reasons"] == {
        "text": "承諾前に開始",
        "codes": ["DLG002"],
        "clauses": [],
    }
    audit = case(store_url, "audit", "--json", user="sato")
    assert audit.exit_code == 0 and json.loads(audit.stdout)["intact"]
    exported = json.loads(case(store_url, "export", "1", user="sato").stdout)
    assert exported["format"] == "subcontract-chain-case"
    assert [v["version"] for v in exported["versions"]] == [1, 2, 3]
    assert exported["versions"][0]["chain"]["contract"]["template"] == "000"
    listed = json.loads(case(store_url, "list", "--json", user="sato").stdout)
    assert [(c["id"], c["state"]) for c in listed] == [(1, "returned")]


def test_exit_codes_for_what_cannot_be_used(store_url: str, tmp_path: Path) -> None:
    assert case(store_url, "new", "件名", "-d", "課").exit_code == 0
    assert case(store_url, "show", "9").exit_code == 2
    assert case(store_url, "save", "1", str(tmp_path / "missing.json")).exit_code == 2
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "subcontract-chain"', encoding="utf-8")
    bad = case(store_url, "save", "1", str(broken), "--json")
    assert bad.exit_code == 2 and json.loads(bad.stdout)["error"]["code"] == "invalid_chain"
    assert case(store_url, "decide", "1", "maybe").exit_code == 2
    assert case(store_url, "list", user="stranger").exit_code == 1
    assert "Traceback" not in bad.output


def _cli(
    url: str, *args: str, timeout_ms: int = 5000, user: str = "tanaka"
) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHAIN_DATABASE_URL": url, "CHAIN_DATABASE_BUSY_TIMEOUT": str(timeout_ms)}
    env.pop("CHAIN_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "chain", "case", *args, "--user", user],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_locked_store_says_so_without_a_traceback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    CaseService.open(url).new_case("tanaka", "件名", "課")
    holder = sqlite3.connect(tmp_path / "cases.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = _cli(url, "save", "1", COMPLIANT, timeout_ms=200)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert "ほかの処理が書き込み中" in done.stderr and "何も書き込んでいません" in done.stderr
    assert CaseService.open(url).show_case("tanaka", 1)["versions"] == []
    unreachable = _cli("postgresql+psycopg://nobody@/nodb?host=/nonexistent", "list")
    assert unreachable.returncode == 3 and "接続できません" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr


# The CLI, run so that each save stops just before its commit, with everything it
# writes already sent to the database (flushed), and says so in a file: killed then, the
# save is cut short at the worst place the test can name, whatever the machine's speed.
_HELD_BEFORE_COMMIT = """
import sys, time
from pathlib import Path
from sqlalchemy.orm.session import SessionTransaction
marker = Path(sys.argv.pop(1))
commit = SessionTransaction.commit
def held(self, *args, **kwargs):
    if self._parent is not None:  # a flush's own inner transaction
        return commit(self, *args, **kwargs)
    self.session.flush()
    marker.write_text("flushed", encoding="utf-8")
    time.sleep(600)
    return commit(self, *args, **kwargs)
SessionTransaction.commit = held
from chain.cli import main
sys.argv[0] = "chain"
sys.exit(main())
"""


def _killed_before_commit(store_url: str, tmp_path: Path, *args: str) -> None:
    marker = tmp_path / "flushed"
    marker.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", _HELD_BEFORE_COMMIT, str(marker), "case", *args],
        cwd=ROOT,
        env={**os.environ, "CHAIN_DATABASE_URL": store_url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if proc.poll() is not None:
                raise AssertionError(f"the save ended before its commit: {proc.stderr.read()!r}")
            assert time.monotonic() < deadline, "the save never reached its commit"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()


def _whole(service: CaseService) -> list[dict]:
    """The case's versions, each checked whole: its hash is its chain's, its findings are
    there, one audit event records it, and the trail's hashes hold."""
    shown = service.show_case("tanaka", 1)
    trail = service.audit("tanaka")
    assert trail["intact"], trail["broken"]
    saves = [e for e in trail["events"] if e["action"] == "version.save"]
    assert len(saves) == len(shown["versions"])
    for v in shown["versions"]:
        chain = service.version_chain("tanaka", 1, v["version"])
        text = json.dumps(chain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert digest(text) == v["sha256"]
        assert v["findings"] is not None
    return shown["versions"]


def test_kill_9_in_the_middle_of_a_save_never_corrupts_the_store(
    store_url: str, tmp_path: Path
) -> None:
    from chain.testing.synthetic import Spec, generate

    big = tmp_path / "big.json"
    big.write_bytes(generate(Spec(parties=600, seed=3)).to_bytes())
    service = CaseService.open(store_url)
    service.new_case("tanaka", "大きな体制", "課")
    service.engine.dispose()
    # The first save, killed with its rows written but not committed: nothing is kept.
    _killed_before_commit(store_url, tmp_path, "save", "1", str(big), "--user", "tanaka")
    service = CaseService.open(store_url)
    try:
        assert _whole(service) == []
        service.save_version("tanaka", 1, big.read_bytes(), parent=None)
    finally:
        service.engine.dispose()
    # A later save, killed so: the version before it is kept whole, and nothing else.
    _killed_before_commit(
        store_url, tmp_path, "save", "1", COMPLIANT, "--parent", "1", "--user", "tanaka"
    )
    service = CaseService.open(store_url)
    try:
        assert [v["version"] for v in _whole(service)] == [1]
        # The store still takes a save afterwards, from the version kept.
        after = service.save_version("tanaka", 1, Path(COMPLIANT).read_bytes(), parent=1)
        assert after["version"] == 2
        assert [v["version"] for v in _whole(service)] == [1, 2]
    finally:
        service.engine.dispose()


def test_chain_validate_never_loads_the_store() -> None:
    code = (
        "import atexit, sys, runpy\n"
        f"sys.argv = ['chain', 'validate', {COMPLIANT!r}, '--format', 'json', '--select', 'DLG']\n"
        "def report():\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'psycopg', 'fastapi', 'starlette', 'uvicorn', 'chain.cases')"
        " or m.startswith(('chain.cases', 'chain.api')))\n"
        "    print('STORE', loaded)\n"
        "atexit.register(report)\n"
        "runpy.run_module('chain', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert "STORE []" in done.stdout, done.stderr


@pytest.mark.parametrize(
    "args", [["--help"], ["save", "--help"], ["decide", "--help"], ["audit", "--help"]]
)
def test_every_case_command_has_help(args: list[str]) -> None:
    done = runner.invoke(build_app(), ["case", *args])
    assert done.exit_code == 0 and "Usage" in done.stdout


def test_a_file_that_is_not_a_store_says_so(tmp_path: Path) -> None:
    junk = tmp_path / "cases.db"
    junk.write_bytes(b"this is not a database file at all" * 200)
    done = _cli(f"sqlite:///{junk}", "list")
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert "ケースの保存先として読めません" in done.stderr


def test_a_busy_postgresql_store_says_so(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import text

    from chain.cases.words import StoreUnavailable

    service = CaseService.open(pg_url)
    service.new_case("tanaka", "件名", "課")
    holder = service.engine.connect()
    # Another writer holds the store's lock (the service's advisory lock).
    holder.execute(text("SELECT pg_advisory_lock(6048286)"))
    monkeypatch.setenv("CHAIN_DATABASE_BUSY_TIMEOUT", "200")
    try:
        with pytest.raises(StoreUnavailable) as busy:
            service.new_case("tanaka", "件名", "課")
        assert busy.value.code == "locked" and "何も書き込んでいません" in busy.value.message.ja
    finally:
        holder.close()
        service.engine.dispose()
