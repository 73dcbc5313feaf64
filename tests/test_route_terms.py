"""A consent route is named in the profile's words wherever it is named: the finding
(its facts, message and fix), the checklist and the liability reasoning.

003 says 承認 (its consent_document); the fictional 東町 (higashi) says 承認書 and
accepts three routes, one of them an approval. Neither may show the built-in 承諾書.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from support.casefiles import read_base

from chain.check.engine import Report
from chain.liability import assess_all, reasons
from chain.liability.text import to_text
from chain.profiles.load import load_profile
from chain.report.checklist import checklists
from chain.validate import validate_bytes

HIGASHI = Path(__file__).parent / "cases" / "_profiles" / "higashi.toml"


def _without_approval(base: str, profile=None) -> Report:
    chain = copy.deepcopy(read_base(base))
    docs = chain["delegations"][0]["documents"]
    chain["delegations"][0]["documents"] = [d for d in docs if d["kind"] != "approval"]
    data = json.dumps(chain, ensure_ascii=False).encode("utf-8")
    report = validate_bytes(data, path="case.json", profile=profile).report
    assert report is not None
    return report


def _named(report: Report) -> tuple[str, str, str]:
    """Where the consent is named: the DLG001 finding, its checklist entry, the reasoning
    of the contractor's liability (all in Japanese and English)."""
    (finding,) = [f for f in report.findings if f.code == "DLG001"]
    (entry,) = [i for i in checklists(report)[0].items if i.code == "DLG001"]
    trace = "\n".join(
        to_text(a, report.graph, lang=lang)
        for a in assess_all(report).values()
        for lang in ("ja", "en")
    )
    said = f"{finding.message.ja}\n{finding.message.en}\n{finding.fix.ja}\n{finding.fix.en}"
    return said, f"{entry.label.ja}\n{entry.label.en}", trace


def test_003_names_its_consent_as_its_template_does() -> None:
    report = _without_approval("003_two_tier")
    finding = next(f for f in report.findings if f.code == "DLG001")
    assert finding.facts["consent"].ja == "承認"
    said, label, trace = _named(report)
    assert label == "承認\napproval"
    assert "発注者の承認を得た記録がありません" in said
    assert "発注者の承認を得た記録がありません" in trace
    for text in (said, label, trace):
        assert "承諾" not in text


def test_a_profile_with_routes_names_each_in_its_words() -> None:
    report = _without_approval("higashi_two_tier", load_profile(HIGASHI))
    finding = next(f for f in report.findings if f.code == "DLG001")
    routes = "承認書、届出（承認書を得た委託と同一の場合）又は締結時の業務計画書への記載"
    assert [r.ja for r in finding.facts["routes"]] == routes.replace("又は", "、").split("、")
    assert finding.facts["consent"].ja == routes
    said, label, trace = _named(report)
    assert label.split("\n") == [
        routes,
        "approval, notification (when identical to a delegation with an earlier "
        "approval) or listing in the work plan at signing",
    ]
    assert f"町の{routes}を得た記録がありません" in said
    assert f"町の{routes}を得た記録がありません" in trace
    assert "no record of approval, notification" in trace
    for text in (said, label, trace):
        assert "承諾" not in text


def test_a_procedural_defect_says_the_consent_in_the_profiles_word() -> None:
    said = {
        pid: reasons.of(load_profile(pid)).said("procedural_defect").ja for pid in ("000", "003")
    }
    assert "市がそれでも承諾している場合" in said["000"]
    assert "発注者がそれでも承認している場合" in said["003"]
