"""The command pauses the cyclic collector during start-up and always turns it back on."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from chain.cli import main, startup

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = str(ROOT / "sample_data/000/compliant.json")


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()  # main() freezes the heap for the exit; this process goes on
    if not was:
        gc.disable()


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["validate", COMPLIANT, "--brief"], 0),  # fast path
        (["validate", COMPLIANT, COMPLIANT, "--brief"], 0),  # a batch
        (["validate", str(ROOT / "no-such-file.json")], 2),
        (["validate", COMPLIANT, "--profile", "nope"], 2),  # ends before any file
        (["rules", "--format", "json"], 0),  # Typer
        (["validate", "--no-such-option", COMPLIANT], 2),  # Typer's usage error
    ],
)
def test_collector_is_back_on_after_the_command(
    collector_on, monkeypatch, capsys, argv: list[str], code: int
) -> None:
    monkeypatch.setattr(sys, "argv", ["chain", *argv])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == code
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the exit will not scan what the command built


def test_collector_is_off_until_resumed(collector_on) -> None:
    startup.pause()
    assert not gc.isenabled()
    startup.resume()
    assert gc.isenabled()
    startup.resume()  # once only
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(collector_on) -> None:
    gc.disable()
    startup.pause()
    startup.resume()
    assert not gc.isenabled()
