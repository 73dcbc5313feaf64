"""The sample chains under ``sample_data/`` produce exactly the findings they state.

Each sample ``NAME.json`` has a sidecar ``NAME.expected.json``::

    {"profile": "000", "findings": [{"code": ..., "pointer": ..., "severity": ...}, ...]}

``profile`` is a built-in profile id, or a ``.toml`` path relative to the
sidecar (a municipality's own profile file). The findings are listed in
engine order, as ``chain validate --format json`` prints them.
"""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from chain.cli import app
from chain.profiles.load import builtin_profile_ids
from chain.validate import validate_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data"
SCHEMAS = ROOT / "schemas"

EXPECTED = sorted(SAMPLES.rglob("*.expected.json"))
CHAINS = sorted(p for p in SAMPLES.rglob("*.json") if not p.name.endswith(".expected.json"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _chain_for(expected: Path) -> Path:
    return expected.with_name(expected.name.removesuffix(".expected.json") + ".json")


def _load_expected(expected: Path) -> tuple[str, str, list[tuple[str, str, str]]]:
    """The stated profile (as written), the profile to pass, and the stated findings."""
    doc = json.loads(expected.read_text(encoding="utf-8"))
    assert set(doc) == {"profile", "findings"}, f"{_rel(expected)}: unexpected keys"
    stated = doc["profile"]
    profile = str(expected.parent / stated) if stated.endswith(".toml") else stated
    findings = [(f["code"], f["pointer"], f["severity"]) for f in doc["findings"]]
    return stated, profile, findings


def _schema(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# --- the set of samples --------------------------------------------------------------------


def test_every_template_has_a_compliant_and_a_faulty_sample():
    for pid in builtin_profile_ids():
        for name in ("compliant", "faulty"):
            chain = SAMPLES / pid / f"{name}.json"
            assert chain.is_file(), f"missing sample {_rel(chain)}"
            assert chain.with_name(f"{name}.expected.json").is_file(), (
                f"sample {_rel(chain)} states no findings"
            )


def test_every_chain_states_its_findings():
    stated = {_chain_for(e) for e in EXPECTED}
    assert set(CHAINS) == stated, "chains and .expected.json sidecars do not pair up"


# --- findings ------------------------------------------------------------------------------


@pytest.mark.parametrize("expected", EXPECTED, ids=_rel)
def test_sample_produces_the_stated_findings(expected: Path):
    _stated, profile, findings = _load_expected(expected)
    result = validate_path(_chain_for(expected), profile=profile)
    assert result.problems == [], [p.to_dict() for p in result.problems]
    assert result.report is not None
    actual = [(f.code, f.pointer, f.severity) for f in result.report.findings]
    assert actual == findings


@pytest.mark.parametrize("expected", EXPECTED, ids=_rel)
def test_builtin_sample_names_its_template(expected: Path):
    stated, profile, _findings = _load_expected(expected)
    chain = json.loads(_chain_for(expected).read_text(encoding="utf-8"))
    if stated.endswith(".toml"):
        assert Path(profile).is_file()
    else:
        # A built-in sample is checked under the template its contract names, so
        # `chain validate FILE` without --profile gives the stated findings too.
        assert stated in builtin_profile_ids()
        assert chain["contract"]["template"] == stated


@pytest.mark.parametrize(
    "expected", [e for e in EXPECTED if e.name == "compliant.expected.json"], ids=_rel
)
def test_compliant_sample_has_no_errors_or_warnings(expected: Path):
    _stated, profile, _findings = _load_expected(expected)
    result = validate_path(_chain_for(expected), profile=profile)
    assert result.report is not None
    assert result.exit_code == 0
    assert [(f.code, f.pointer) for f in result.report.findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    "expected", [e for e in EXPECTED if e.name != "compliant.expected.json"], ids=_rel
)
def test_faulty_sample_has_errors(expected: Path):
    _stated, profile, findings = _load_expected(expected)
    assert any(sev == "error" for _code, _ptr, sev in findings)
    assert validate_path(_chain_for(expected), profile=profile).exit_code == 1


def test_cli_json_output_matches_the_stated_findings(tmp_path: Path):
    """The sidecars are what `chain validate --format json` prints, file by file."""
    runner = CliRunner()
    groups: dict[str, list[Path]] = {}
    for e in EXPECTED:
        _stated, profile, _findings = _load_expected(e)
        groups.setdefault(profile, []).append(e)
    for profile, sidecars in groups.items():
        args = ["validate", "--format", "json"]
        if profile.endswith(".toml"):
            args += ["--profile", profile]
        args += [str(_chain_for(e)) for e in sidecars]
        out = runner.invoke(app, args)
        assert out.exit_code in (0, 1), out.output
        files = {Path(f["path"]): f for f in json.loads(out.stdout)["files"]}
        for e in sidecars:
            entry = files[_chain_for(e)]
            assert entry["status"] == "checked"
            got = [(f["code"], f["pointer"], f["severity"]) for f in entry["findings"]]
            assert got == _load_expected(e)[2], _rel(e)


# --- schemas -------------------------------------------------------------------------------


@pytest.mark.parametrize("chain", CHAINS, ids=_rel)
def test_sample_validates_against_published_chain_schema(chain: Path):
    validator = _schema("chain")
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(json.loads(chain.read_text(encoding="utf-8")))
    ]
    assert errors == []


def test_chain_schema_check_rejects_a_broken_sample():
    """The schema check above can fail: an unknown key and a non-date are caught."""
    validator = _schema("chain")
    doc = json.loads((SAMPLES / "000" / "compliant.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(doc)
    broken["parties"][1]["homepage"] = "https://example.jp"
    broken["contract"]["period"]["start"] = "来年の4月"
    paths = sorted("/".join(map(str, e.absolute_path)) for e in validator.iter_errors(broken))
    assert "parties/1" in paths
    assert "contract/period/start" in paths


@pytest.mark.parametrize("profile", sorted(SAMPLES.rglob("*.toml")), ids=_rel)
def test_sample_profile_validates_against_published_profile_schema(profile: Path):
    validator = _schema("profile")
    data = tomllib.loads(profile.read_text(encoding="utf-8"))
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)
    ]
    assert errors == []
    # An example profile cites its own source document, kept beside it.
    assert (profile.parent / data["source"]).is_file()
