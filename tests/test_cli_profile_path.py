"""Profiles found by id in ``CHAIN_PROFILE_PATH``, the override notice, and profile errors as JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.profiles.load import ProfileError, load_profile
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = ROOT / "sample_data/000/compliant.json"
MINAMI = ROOT / "tests/cases/_profiles/minami.toml"
runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on CHAIN_PROFILE_PATH holding minami.toml under another name."""
    mine = tmp_path / "profiles"
    mine.mkdir()
    (mine / "town-rules.toml").write_bytes(MINAMI.read_bytes())
    monkeypatch.setenv("CHAIN_PROFILE_PATH", os.pathsep.join([str(tmp_path / "absent"), str(mine)]))
    return mine


def _chain(template: str) -> bytes:
    doc = json.loads(COMPLIANT.read_text(encoding="utf-8"))
    doc["contract"]["template"] = template
    return json.dumps(doc, ensure_ascii=False).encode()


def test_a_profile_in_the_path_is_found_by_the_id_it_declares(folder: Path) -> None:
    assert load_profile("minami").id == "minami"
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "minami", "-f", "json"])
    assert json.loads(result.stdout)["files"][0]["profile"]["id"] == "minami"


def test_contract_template_may_name_a_profile_of_the_path(folder: Path, tmp_path: Path) -> None:
    res = validate_bytes(_chain("minami"))
    assert res.report is not None and res.report.profile.id == "minami"
    assert res.notice is None


def test_without_the_path_the_id_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHAIN_PROFILE_PATH", raising=False)
    with pytest.raises(ProfileError) as info:
        load_profile("minami")
    assert info.value.problems[0].type == "not_found"
    assert "CHAIN_PROFILE_PATH" in info.value.text("en")
    res = validate_bytes(_chain("minami"))
    assert res.report is None and res.problems[0].type == "template_unknown"
    assert "CHAIN_PROFILE_PATH" in res.problems[0].message.en


def test_a_template_that_is_a_path_is_never_read(folder: Path) -> None:
    res = validate_bytes(_chain(str(folder / "town-rules.toml")))
    assert res.report is None and res.problems[0].type == "template_unknown"


def test_a_shipped_id_is_never_shadowed(folder: Path) -> None:
    text = MINAMI.read_text(encoding="utf-8").replace('id = "minami"', 'id = "000"')
    (folder / "shadow.toml").write_text(text, encoding="utf-8")
    assert load_profile("000").source.startswith("000_")


def test_an_override_of_another_template_is_said_on_stderr_and_in_json() -> None:
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "002", "--lang", "en"])
    assert "not the contract's template 000" in result.stderr
    assert result.stderr.count("\n") == 1
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "002", "-f", "json"])
    notice = json.loads(result.stdout)["files"][0]["profile_notice"]
    assert "000" in notice["ja"] and "002" in notice["en"]
    assert result.stderr == ""


def test_the_same_profile_given_says_nothing() -> None:
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "000"])
    assert result.stderr == ""
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "000", "-f", "json"])
    assert "profile_notice" not in json.loads(result.stdout)["files"][0]


def test_with_json_a_profile_error_is_json_on_stdout(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = MINAMI.read_text(encoding="utf-8").replace("tiers = [2]", "tiers = [0]", 1)
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", str(bad), "-f", "json"])
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert doc["status"] == "profile_invalid" and doc["exit_code"] == 2
    assert doc["profile"]["source"] == str(bad)
    (error,) = doc["profile"]["errors"]
    assert error["type"] == "tier_below_1" and error["line"] == 25
    assert error["pointer"] == "/rules/0/tiers/0" and error["fix"]["en"]
    result = runner.invoke(app, ["validate", str(COMPLIANT), "--profile", "nope", "-f", "json"])
    assert json.loads(result.stdout)["profile"]["errors"][0]["type"] == "not_found"
