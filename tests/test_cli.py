"""The ``chain`` command: exit codes, golden output in every format, help, import weight."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.profiles.load import builtin_profile_ids

ROOT = Path(__file__).resolve().parent.parent

runner = CliRunner()
DATA = "tests/data/cli"
COMPLIANT = "sample_data/000/compliant.json"


def run(*args: str, input: str | None = None):
    import os

    old = os.getcwd()
    os.chdir(ROOT)  # paths in the output are as given, relative to the project
    try:
        return runner.invoke(app, list(args), input=input)
    finally:
        os.chdir(old)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        (COMPLIANT, 0),
        (f"{DATA}/faulty.json", 1),
        (f"{DATA}/invalid.json", 2),
        (f"{DATA}/malformed.json", 2),
        (f"{DATA}/does-not-exist.json", 2),
    ],
)
def test_exit_codes(path: str, code: int) -> None:
    result = run("validate", path)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
@pytest.mark.parametrize("name", ["faulty", "invalid", "malformed"])
def test_golden_output(golden, name: str, fmt: str) -> None:
    result = run("validate", f"{DATA}/{name}.json", "--format", fmt)
    ext = {"text": "txt", "json": "json", "sarif": "sarif"}[fmt]
    golden(f"cli/{name}.{ext}", result.stdout)


def test_golden_english_text(golden) -> None:
    result = run("validate", f"{DATA}/faulty.json", "--lang", "en")
    golden("cli/faulty.en.txt", result.stdout)


def test_json_findings_shape() -> None:
    doc = json.loads(run("validate", f"{DATA}/faulty.json", "--format", "json").stdout)
    assert doc["format"] == "subcontract-chain-findings"
    (entry,) = doc["files"]
    assert entry["status"] == "checked" and entry["exit_code"] == 1
    codes = [(f["code"], f["pointer"]) for f in entry["findings"]]
    assert ("DLG002", "/delegations/0/documents/1/date") in codes
    assert ("ITM001", "/delegations/0/reason") in codes
    assert ("TIR002", "/delegations/2") in codes
    assert ("STF011", "/workers/8/name") in codes
    for f in entry["findings"]:
        assert f["message"]["ja"] and f["message"]["en"] and f["fix"]["ja"]
        assert f["citations"] and f["citations"][0]["label"]["ja"]
        assert f["line"] >= 1
    tir = next(f for f in entry["findings"] if f["code"] == "TIR002")
    assert tir["interpretation"]["id"] == "beyond-third-tier"


def test_json_invalid_shape() -> None:
    doc = json.loads(run("validate", f"{DATA}/invalid.json", "--format", "json").stdout)
    (entry,) = doc["files"]
    assert entry["status"] == "invalid"
    got = {(e["pointer"], e["type"]) for e in entry["errors"]}
    assert got == {
        ("/contract/period/start", "date_format"),
        ("/parties/1/name", "string_type"),
        ("/parties/1/representatve", "extra_forbidden"),
        ("/workers/0/count", "int_parsing"),
        ("/workers/0/employment", "literal_error"),
    }


def test_sarif_is_valid_sarif_shape() -> None:
    doc = json.loads(run("validate", f"{DATA}/faulty.json", "--format", "sarif").stdout)
    assert doc["version"] == "2.1.0"
    (run_,) = doc["runs"]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert rule_ids == sorted(set(rule_ids))
    for res in run_["results"]:
        assert run_["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_select_and_ignore() -> None:
    out = json.loads(
        run("validate", f"{DATA}/faulty.json", "-f", "json", "--select", "DLG,STF011").stdout
    )
    codes = {f["code"] for f in out["files"][0]["findings"]}
    assert codes == {"DLG001", "DLG002", "DLG003", "STF011"}
    out = json.loads(
        run(
            "validate", f"{DATA}/faulty.json", "-f", "json", "--ignore", "ITM,application-missing"
        ).stdout
    )
    codes = {f["code"] for f in out["files"][0]["findings"]}
    assert "ITM001" not in codes and "DLG003" not in codes and "DLG001" in codes


def test_ignoring_every_error_exits_zero() -> None:
    result = run("validate", f"{DATA}/faulty.json", "--ignore", "DLG,ITM,PST,STF,DAT")
    assert result.exit_code == 0, result.output


def test_profile_override_and_unknown_profile() -> None:
    result = run("validate", COMPLIANT, "--profile", "002", "-f", "json")
    assert json.loads(result.stdout)["files"][0]["profile"]["id"] == "002"
    result = run("validate", COMPLIANT, "--profile", "nope", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("profile: nope: No such profile")
    result = run("validate", COMPLIANT, "--profile", "nope")
    assert result.exit_code == 2
    assert result.stderr.startswith("プロファイル: nope: ")


def test_stdin() -> None:
    text = (ROOT / COMPLIANT).read_text(encoding="utf-8")
    result = run("validate", "-", input=text)
    assert result.exit_code == 0, result.output


def test_several_files_exit_with_the_worst() -> None:
    result = run("validate", COMPLIANT, f"{DATA}/faulty.json", "-f", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 1
    assert [f["exit_code"] for f in doc["files"]] == [0, 1]
    result = run("validate", COMPLIANT, f"{DATA}/malformed.json")
    assert result.exit_code == 2


def test_profiles_rules_explain_schema() -> None:
    out = json.loads(run("profiles", "-f", "json").stdout)
    ids = [p["id"] for p in out]
    assert ids[:5] == ["000", "001", "002", "003", "004"]
    assert sorted(ids) == builtin_profile_ids()
    rules = json.loads(run("rules", "-f", "json").stdout)
    assert any(r["code"] == "DLG001" and r["slug"] == "consent-missing" for r in rules)
    scoped = json.loads(run("rules", "--profile", "002", "-f", "json").stdout)
    codes = {r["code"] for r in scoped}
    assert "PLC003" in codes and "ITM001" not in codes and "CHN001" in codes
    explain = run("rules", "explain", "consent-missing", "--lang", "en")
    assert explain.exit_code == 0
    assert explain.stdout.startswith("DLG001 (consent-missing)")
    assert "- 000: 000 art. 6(1)" in explain.stdout
    assert run("rules", "explain", "XYZ999").exit_code == 2
    schema = json.loads(run("schema").stdout)
    assert schema["$schema"].endswith("2020-12/schema")


def _commands(group, prefix=()):
    import click

    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


def test_every_command_has_help() -> None:
    import typer.main

    root = typer.main.get_command(app)
    commands = list(_commands(root))
    assert {c[0][0] for c in commands} >= {"validate", "profiles", "rules", "schema"}
    for path, cmd in commands:
        assert (cmd.help or "").strip(), f"{' '.join(path)} has no help"
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage" in result.stdout


def test_python_dash_m_and_light_imports() -> None:
    """`python -m chain validate` works and never imports the heavy libraries."""
    code = (
        "import atexit, sys, runpy\n"
        f"sys.argv = ['chain', 'validate', {COMPLIANT!r}, '--brief']\n"
        "def report():\n"
        "    heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pandas', 'streamlit', 'graphviz', 'matplotlib', 'openpyxl', 'docx', 'reportlab', 'lxml'))\n"
        "    print('HEAVY', heavy)\n"
        "atexit.register(report)\n"
        "runpy.run_module('chain', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout


def test_folder_validation_skips_expected_sidecars() -> None:
    result = run("validate", "sample_data/001", "-f", "json")
    doc = json.loads(result.stdout)
    assert [f["path"] for f in doc["files"]] == [
        "sample_data/001/compliant.json",
        "sample_data/001/faulty.json",
    ]
    assert result.exit_code == 1
