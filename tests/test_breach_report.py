"""A finding that is itself a breach the contractor must report says so (issue 15 point 5):
under a template whose breach report clause runs on the breach (001 第12, 002 第7第2項, 004
別記第10), each error counted as the contractor's own breach names that clause in its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from chain.profiles import builtin_rules
from chain.profiles.load import load_profile
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
SAID = "報告し、その指示に従うべき事態です"


def findings(name: str, profile=None):
    data = (ROOT / "sample_data" / name).read_bytes()
    report = validate_bytes(data, profile=profile).report
    assert report is not None
    return report.findings


@pytest.mark.parametrize(
    ("template", "clause"),
    [("001", "001 第12"), ("002", "002 第7第2項"), ("004", "004 別記第10")],
)
def test_own_breaches_name_the_breach_report_clause(template: str, clause: str) -> None:
    found = findings(f"{template}/faulty.json")
    profile = load_profile(template)
    codes = set(profile.liability.breaches(builtin_rules().liability))
    breaches = [f for f in found if f.severity == "error" and f.code in codes]
    assert breaches
    for f in breaches:
        assert SAID in f.fix.ja and clause in f.fix.ja, f.code
        assert "to be reported" in f.fix.en
    # A warning, or an error not counted as a breach, says nothing of it.
    others = [f for f in found if f.severity != "error" or f.code not in codes]
    assert others and not any(SAID in f.fix.ja for f in others)


@pytest.mark.parametrize("template", ["000", "003"])
def test_no_breach_report_clause_no_such_sentence(template: str) -> None:
    """000 第9 and 003 第18 run on an accident, not on a breach of the provisions."""
    assert not any(SAID in f.fix.ja for f in findings(f"{template}/faulty.json"))


def test_the_clause_label_is_shown_as_written(tmp_path: Path) -> None:
    """A heading with braces (the profile is outside input) is shown, not formatted."""
    text = (ROOT / "chain/profiles/001.toml").read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if line.startswith('"12" = '))
    text = text.replace(heading, '"12" = "報告{x}{{y}}"')
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    found = findings("001/faulty.json", profile=tmp_path / "p.toml")
    assert any("001 第12（報告{x}{{y}}）により" in f.fix.ja for f in found)
