"""The ``chain`` program ends without the interpreter's teardown: the output must be
whole, the exit status right, and what is registered to run at exit must still run."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from chain.report.json import to_json
from chain.validate import validate_path

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = ROOT / "sample_data/000/compliant.json"
FAULTY = ROOT / "sample_data/000/faulty.json"


def _chain(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "chain", *args],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=120,
        **kwargs,
    )


@pytest.mark.parametrize(
    ("path", "code"), [(COMPLIANT, 0), (FAULTY, 1), (ROOT / "nowhere.json", 2)]
)
def test_exit_status_and_whole_output_through_a_pipe(path: Path, code: int) -> None:
    done = _chain("validate", str(path), "--format", "json")
    assert done.returncode == code
    expected = json.loads(to_json([validate_path(path)]))
    got = json.loads(done.stdout)  # the whole document, to its last brace
    for doc in (expected, got):
        doc.pop("generated_at", None)
        for f in doc["files"]:
            f.pop("seconds", None)
    assert got == expected


def test_a_typer_command_ends_alike() -> None:
    done = _chain("rules", "--format", "json")
    assert done.returncode == 0
    assert len(json.loads(done.stdout)) > 40
    usage = _chain("validate", "--no-such-option", str(COMPLIANT))
    assert usage.returncode == 2
    assert b"--no-such-option" in usage.stderr


def _run_script(body: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(body).replace("CHAIN_FILE", repr(str(FAULTY)))
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_what_is_registered_to_run_at_exit_still_runs() -> None:
    done = _run_script(
        """
        import atexit, sys
        atexit.register(lambda: print("registered callback ran", file=sys.stderr))
        sys.argv = ["chain", "validate", CHAIN_FILE, "--brief"]
        from chain.cli import entry
        entry()
        """
    )
    assert done.returncode == 1
    assert "registered callback ran" in done.stderr
    assert done.stdout.rstrip().endswith("）")  # the tally line, written whole


def test_a_running_thread_is_waited_for() -> None:
    done = _run_script(
        """
        import sys, threading, time
        def late():
            # Prints once the main thread has ended (at shutdown), however long the
            # check takes: only a program that waits for the thread shows the line.
            while threading.main_thread().is_alive():
                time.sleep(0.01)
            print("thread finished", flush=True)
        threading.Thread(target=late).start()
        sys.argv = ["chain", "validate", CHAIN_FILE, "--brief"]
        from chain.cli import entry
        entry()
        """
    )
    assert done.returncode == 1
    assert done.stdout.rstrip().endswith("thread finished")


def test_output_that_cannot_be_written_is_a_failure_in_one_line() -> None:
    # /dev/full accepts the file but refuses every write with ENOSPC.
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    for args in (["validate", str(COMPLIANT)], ["rules"]):
        with full.open("wb") as sink:
            done = subprocess.run(
                [sys.executable, "-m", "chain", *args],
                cwd=ROOT,
                stdout=sink,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                timeout=120,
            )
        assert done.returncode == 120
        assert done.stderr == "chain: the output could not be written: No space left on device\n"


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    from chain.testing.synthetic import Spec, generate

    big = tmp_path / "big.json"
    big.write_bytes(generate(Spec(parties=300, fault_rate=0.3, seed=3)).to_bytes())
    proc = subprocess.Popen(
        [sys.executable, "-m", "chain", "validate", str(big)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()  # as `| head -c 100` does
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert b"Traceback" not in err and b"Error" not in err


@pytest.mark.parametrize(("preset", "looked_up"), [(None, False), ("", True)])
def test_pydantic_plugins_are_not_looked_up_unless_asked(
    preset: str | None, looked_up: bool
) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if preset is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = preset
    script = textwrap.dedent(
        """
        import atexit, sys
        def report():
            from pydantic.plugin import _loader
            print("LOOKED UP", _loader._plugins is not None)
        atexit.register(report)
        sys.argv = ["chain", "validate", CHAIN_FILE, "--brief"]
        from chain.cli import entry
        entry()
        """
    ).replace("CHAIN_FILE", repr(str(COMPLIANT)))
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert f"LOOKED UP {looked_up}" in done.stdout
