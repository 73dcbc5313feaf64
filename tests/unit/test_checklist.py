"""chain.report.checklist: required items and documents per delegation, ticked or missing."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from chain.editor.document import check_document, load_document
from chain.report.checklist import checklists

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "compliant.json"


@pytest.fixture
def doc() -> dict:
    return load_document(SAMPLE.read_bytes())[0]


def _lists(doc, profile=None):
    report = check_document(doc, profile).report
    assert report is not None
    return report, checklists(report)


def _entry(cl, kind, key):
    return next(i for i in cl.items if i.kind == kind and i.key == key)


def test_compliant_chain_is_complete_under_its_template(doc):
    _report, lists = _lists(doc)
    assert [(c.delegation, c.tier, c.complete) for c in lists] == [
        ("d-hokuto", 2, True),
        ("d-sakura", 3, True),
    ]
    first = lists[0]
    items = [i.key for i in first.items if i.kind == "item"]
    assert items == [
        "work",
        "personal_data",
        "period",
        "reason",
        "delegate",
        "responsibility",
        "protection",
        "supervision",
    ]
    assert [i.key for i in first.items if i.kind == "document"] == [
        "approval",
        "application",
        "flow_down",
    ]
    # Each entry cites its clause: items their own item of art. 6(2), tier 3 art. 6(7).
    assert _entry(first, "item", "reason").citations[0].item == "4"
    assert _entry(first, "item", "reason").citations[0].paragraph == "2"
    assert _entry(lists[1], "item", "reason").citations[0].paragraph == "7"
    approval = _entry(first, "document", "approval")
    assert approval.documents == ("2025-03-28 青葉市税第1203号",)


def test_missing_entries_agree_with_the_findings(doc):
    broken = copy.deepcopy(doc)
    broken["delegations"][0]["documents"] = [
        d for d in broken["delegations"][0]["documents"] if d["kind"] != "approval"
    ]
    del broken["delegations"][1]["reason"]
    del broken["parties"][3]["representative"]
    report, lists = _lists(broken)
    first, second = lists
    assert first.missing == 1 and not _entry(first, "document", "approval").present
    assert _entry(first, "document", "approval").code == "DLG001"
    reason = _entry(second, "item", "reason")
    assert not reason.present and reason.missing_fields == ("delegation.reason",)
    assert reason.pointer == "/delegations/1/reason"
    delegate = _entry(second, "item", "delegate")
    assert not delegate.present and delegate.missing_fields == ("delegate.representative",)
    assert delegate.pointer == "/parties/3/representative"
    missing = sum(c.missing for c in lists)
    errors_behind = [f for f in report.findings if f.code in ("DLG001", "ITM001")]
    assert missing == len(errors_behind) == 3


def test_present_document_with_a_problem_names_the_finding(doc):
    late = copy.deepcopy(doc)
    late["delegations"][1]["documents"][1]["date"] = "2026-01-10"  # after the 2026-01-05 start
    _report, lists = _lists(late)
    approval = _entry(lists[1], "document", "approval")
    assert approval.present
    assert approval.problems == ("DLG002",)


def test_requirements_follow_the_template(doc):
    _r, lists = _lists(doc, "004")
    first = lists[0]
    assert [i.key for i in first.items] == ["approval", "guidance"]
    assert not _entry(first, "document", "guidance").present
    _r, lists = _lists(doc, "002")
    assert all(i.kind == "document" for c in lists for i in c.items)
    _r, lists = _lists(doc, "001")
    tier3 = lists[1]
    # 001 is silent on tier 3: the entries there rest on a named interpretation.
    assert tier3.items and all(
        i.interpretation is not None
        for i in tier3.items
        if i.code in ("ITM001", "DLG001", "DLG003")
    )
    assert _entry(lists[0], "document", "terms_report").code == "PST003"


def test_delegation_off_the_chain_has_no_checklist(doc):
    odd = copy.deepcopy(doc)
    odd["delegations"].append({"id": "d-stray", "delegator": "himawari", "delegate": "sakura"})
    _r, lists = _lists(odd)
    stray = lists[-1]
    assert stray.delegation == "d-stray" and stray.tier is None and stray.items == ()
