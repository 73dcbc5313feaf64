"""Engine behaviours across rules: interpretations past the contemplated tiers,
merged citations, the statutory My Number overlay, corporate-group wording."""

from __future__ import annotations

import json
from pathlib import Path

from chain.check.engine import check_chain
from chain.format.read import parse_chain
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent


def sample(name: str) -> dict:
    return json.loads((ROOT / "sample_data" / name).read_text(encoding="utf-8"))


def findings(doc: dict, profile: str):
    chain = parse_chain(json.dumps(doc, ensure_ascii=False).encode())
    return check_chain(chain, load_profile(profile)).findings


def test_every_finding_past_the_contemplated_tiers_names_the_interpretation() -> None:
    doc = json.loads((ROOT / "tests/data/cli/faulty.json").read_text(encoding="utf-8"))
    tier4 = [f for f in findings(doc, "000") if f.delegation == "d-kita"]
    assert {f.code for f in tier4} >= {"DLG001", "DLG003", "PST001", "DAT001", "TIR002"}
    assert all(f.interpretation and f.interpretation.id == "beyond-third-tier" for f in tier4)
    tier2 = [f for f in findings(doc, "000") if f.delegation == "d-hokuto"]
    assert tier2 and all(f.interpretation is None for f in tier2)


def test_one_finding_from_two_entries_keeps_both_clauses() -> None:
    doc = sample("003/compliant.json")
    lead = next(w for w in doc["workers"] if "work_lead" in w["roles"])
    lead["approved_on"] = None
    (f,) = [f for f in findings(doc, "003") if f.code == "STF001"]
    labels = [c.label.ja for c in f.citations]
    assert labels[0].startswith("003 第4条第1項")
    assert any(label.startswith("003 第4条第2項") for label in labels)


def test_my_number_flag_reaches_delegations_that_state_no_categories() -> None:
    doc = sample("002/compliant.json")
    doc["contract"]["specific_personal_information"] = True
    target = doc["delegations"][0]
    target["personal_data"] = []
    target["documents"] = [d for d in target["documents"] if d["kind"] != "approval"]
    codes = {(f.code, f.pointer) for f in findings(doc, "002")}
    assert ("DAT003", "/delegations/0/personal_data") in codes
    doc["contract"]["specific_personal_information"] = False
    codes = {(f.code, f.pointer) for f in findings(doc, "002")}
    assert ("DAT003", "/delegations/0/personal_data") not in codes


def test_delegation_to_a_parent_is_called_a_parent() -> None:
    doc = sample("002/compliant.json")
    sub = next(p for p in doc["parties"] if p.get("parent"))
    parent = sub["parent"]["party"]
    doc["parties"].append(
        {
            "id": "sub2",
            "kind": "company",
            "name": "別会社",
            "parent": {"party": sub["id"], "basis": "voting_rights"},
        }
    )
    doc["delegations"].append(
        {"id": "d-up", "delegator": sub["id"], "delegate": parent, "work": "x"}
    )
    relations = {
        f.delegation: f.facts["relation"].en for f in findings(doc, "002") if f.code == "DLG009"
    }
    assert relations["d-up"] == "parent company"
