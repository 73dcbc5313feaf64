"""After an incident: who must report what, to whom, by when (issue 15, point 5)."""

from __future__ import annotations

import json

import pytest
from test_liability import ROOT, run, runner, sample

from chain.cli import app


def _duties(a) -> list[tuple[str, str, str]]:
    """(who, to, first clause) of each duty."""
    out = []
    for d in a.reporting:
        c = d.citations[0]
        out.append((d.party, d.to, f"{c.source} {c.article or ''}({c.paragraph or ''})"))
    return out


@pytest.mark.parametrize(
    ("pid", "at", "expected"),
    [
        ("000", "hokuto", [("minato", "city", "000 9(1)")]),
        ("001", "hikari", [("wakaba", "city", "001 12()"), ("wakaba", "city", "001 10()")]),
        ("002", "netops", [("shinonome", "city", "002 7(2)"), ("shinonome", "city", "002 7(3)")]),
        # 第18条: the contractor and the subcontractor where it happened report, each itself.
        ("003", "mikajima", [("namiki", "city", "003 18(1)"), ("mikajima", "city", "003 18(1)")]),
        ("004", "kibi", [("mizushima", "city", "004 (2)"), ("mizushima", "city", "004 10()")]),
    ],
)
def test_each_templates_report_clauses_run_after_an_incident(pid, at, expected) -> None:
    a = run(sample(f"{pid}/compliant.json"), at)
    template = [d for d in _duties(a) if not d[2].startswith(("個人情報保護法",))]
    # 003 第16条第2項 and 001 第10 are duties on request: listed, after the incident ones.
    assert [d for d in template if d in expected] == expected
    timings = {d.timing for d in a.reporting}
    assert timings <= {"immediately", "promptly", "on_request"}


def test_the_statutes_duties_run_for_the_municipality_and_each_tier_to_its_delegator() -> None:
    a = run(sample("000/compliant.json"), "sakura")
    statutes = [d for d in _duties(a) if d[2].startswith("個人情報保護法")]
    path = [e for e in a.path]
    assert ("city", "commission", "個人情報保護法 68(1)") in statutes
    tiers = [(e.delegate, e.delegator) for e in path]
    for party, delegator in tiers:
        assert (party, delegator, "個人情報保護法 26(1)") in statutes
    assert all(d.fact_dependent for d in a.reporting if d.citations[0].source == "個人情報保護法")


def test_reporting_in_text_and_json() -> None:
    path = str(ROOT / "sample_data/003/faulty.json")
    doc = json.loads(
        runner.invoke(app, ["liability", path, "--at", "mikajima", "-f", "json"]).stdout
    )
    duties = doc["assessment"]["reporting"]
    assert {"party": "mikajima", "to": "city"}.items() <= duties[1].items()
    assert duties[1]["citations"][0]["article"] == "18"
    text = runner.invoke(app, ["liability", path, "--at", "mikajima"]).stdout
    assert "事故の後の報告:" in text and "帰責の有無にかかわらず" in text
    english = runner.invoke(app, ["liability", path, "--at", "mikajima", "--lang", "en"]).stdout
    assert "Reporting after the incident:" in english and "depends on the facts" in english
