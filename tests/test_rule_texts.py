"""A profile's own message or fix for a rule (its template's words and clauses), as the
findings read: the report clause in 001, 002 and 004, no application under 002, 004's
form 1 as the contractor's report (legal review D16 and its wording table)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent


def findings(name: str, patch=None):
    doc = json.loads((ROOT / "sample_data" / name).read_text(encoding="utf-8"))
    if patch:
        patch(doc)
    report = validate_bytes(json.dumps(doc, ensure_ascii=False).encode()).report
    assert report is not None
    return report.findings


def test_004_form_1_is_the_contractors_report_of_the_appointment() -> None:
    (f,) = [f for f in findings("004/faulty.json") if f.code == "STF004"]
    assert "様式1" in f.message.ja and "報告した記録" in f.message.ja
    assert "の誓約書がありません" not in f.message.ja
    assert "form 1" in f.message.en


def test_002_subsidiary_fix_asks_for_no_application() -> None:
    (f,) = [f for f in findings("002/faulty.json") if f.code == "DLG009"]
    assert "申請" not in f.fix.ja.replace("申請書を求めていません", "")
    assert "第4" in f.fix.ja


def test_002_cloud_provider_is_reported_to_the_client() -> None:
    found = [f for f in findings("002/faulty.json") if f.code == "PLC004"]
    assert found and all("申し出た記録" in f.message.ja for f in found)


@pytest.mark.parametrize(
    ("name", "clause"), [("001", "001 第12"), ("002", "002 第7第2項"), ("004", "004 別記第10")]
)
def test_late_consent_fix_names_the_report_clause(name: str, clause: str) -> None:
    def late(doc: dict) -> None:
        d = doc["delegations"][0]
        approval = next(x for x in d["documents"] if x["kind"] == "approval")
        approval["date"] = "2099-01-01"

    found = [f for f in findings(f"{name}/compliant.json", late) if f.code == "DLG002"]
    assert found, "a consent after the start is DLG002"
    assert all(clause in f.fix.ja and "その指示に従うべき事態" in f.fix.ja for f in found)


def test_000_keeps_the_catalogues_fix() -> None:
    def late(doc: dict) -> None:
        d = doc["delegations"][0]
        next(x for x in d["documents"] if x["kind"] == "approval")["date"] = "2099-01-01"

    found = [f for f in findings("000/compliant.json", late) if f.code == "DLG002"]
    assert found and all("指示を受けてください" in f.fix.ja for f in found)


def test_000_tier_4_items_are_worded_for_any_tier() -> None:
    """Beyond tier 3, 000's items are the tier-3 ones by interpretation, worded for the tier
    (the review: the subcontractor's supervision of a 再々委託先 does not fit tier 4)."""
    data = (ROOT / "tests/data/cli/faulty.json").read_bytes()
    report = validate_bytes(data).report
    assert report is not None
    deep = [f for f in report.findings if f.code == "ITM001" and f.delegation == "d-kita"]
    assert deep
    assert all("再々委託" not in f.message.ja.split("申請事項")[1] for f in deep)
    assert all(f.interpretation is not None for f in deep)


def test_dat003_names_unstated_categories_in_one_pair_of_brackets() -> None:
    def unstated(doc: dict) -> None:
        doc["contract"]["specific_personal_information"] = True
        doc["delegations"][0]["personal_data"] = []

    found = [f for f in findings("002/faulty.json", unstated) if f.code == "DAT003"]
    assert found
    for f in found:
        assert "（（" not in f.message.ja and "((" not in f.message.en
    assert any("特定個人情報（項目の記載なし）" in f.message.ja for f in found)
