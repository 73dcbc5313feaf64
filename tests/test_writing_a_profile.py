"""The guide ``docs/writing-a-profile.md`` shows real output: every command it pastes
(``$ chain …`` in a code block) still prints every line pasted under it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "writing-a-profile.md"


def _runs() -> list[tuple[list[str], list[str]]]:
    """(arguments, the lines pasted under them) for each command of the guide whose files are
    in the repository (the strict-loading example runs in a folder of its own)."""
    runs: list[tuple[list[str], list[str]]] = []
    fence: str | None = None  # the info string of the open code block
    current: list[str] | None = None
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fence = line[3:] if fence is None else None
            current = None
        elif fence == "" and line.startswith("$ chain "):
            args = shlex.split(line.removeprefix("$ chain "))
            present = all((ROOT / a).exists() for a in args if a.endswith((".json", ".toml")))
            current = [] if present else None
            if current is not None:
                runs.append((args, current))
        elif fence == "" and current is not None:
            current.append(line)
    return runs


RUNS = _runs()


def test_the_guide_pastes_output_of_every_feature() -> None:
    assert len(RUNS) >= 20
    commands = {args[0] for args, _lines in RUNS}
    assert commands == {"validate", "liability"}
    text = GUIDE.read_text(encoding="utf-8")
    for code in ("PRT001", "PRT002", "AMT001", "DOC002", "DOC003", "ELG001"):
        assert f": {code} [" in text, code
    for code in ("LOC001", "LOC002", "REQ001", "ITM001", "TIR002"):
        assert f": {code} [" in text, code
    for code in ("DLG001", "DLG014", "DLG015"):
        assert f": {code} [" in text, code
    for key in ("when = { personal_data = false }", "[decision.roles]", "`changes`"):
        assert key in text, key
    for capacity in ("all_responsibility", "deemed_own", "cannot_escape", "final_responsibility"):
        assert f'capacity = "{capacity}"' in text, capacity


def test_the_readme_links_the_guide() -> None:
    assert "(docs/writing-a-profile.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "lines"), RUNS, ids=[" ".join(a) for a, _lines in RUNS])
def test_pasted_output_is_what_the_command_prints(
    args: list[str], lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(app, args)
    printed = set(out.output.splitlines())
    assert lines, args
    assert [line for line in lines if line not in printed] == []
