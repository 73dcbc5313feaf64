"""The statutes beside the template (issue 15 point 7; legal review D3, D11, D12, D20):
which exposures each party carries, with which provision, asserted as kinds, parties and
citations."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from support.samples import run, sample

ROOT = Path(__file__).resolve().parent.parent


def exposures(a) -> dict[tuple[str, str], list[str]]:
    return {(x.party, x.kind): [c.label.ja for c in x.citations] for x in a.exposures}


def test_my_number_data_brings_the_my_number_act() -> None:
    """Sample 000 passes 個人番号 down: the My Number Act's penalties (48, 49 and the
    company-fine article 57) reach the incident party, and each delegator's supervision
    cites art. 11 beside APPI art. 25."""
    a = run(sample("000/compliant.json"), "sakura")
    found = exposures(a)
    assert found["sakura", "my_number_penal"] == ["番号法 第48条", "番号法 第49条", "番号法 第57条"]
    assert found["minato", "negligent_supervision"] == [
        "民法 第709条",
        "個人情報保護法 第25条",
        "番号法 第11条",
    ]
    assert found["hokuto", "negligent_supervision"][-1] == "番号法 第11条"
    note = next(x for x in a.exposures if x.kind == "my_number_penal").note
    assert "拘禁刑" in note.ja and "懲役" not in note.ja


def test_without_my_number_data_no_my_number_act() -> None:
    doc = sample("000/compliant.json")
    doc["contract"]["specific_personal_information"] = False
    for holder in (doc["contract"], *doc["delegations"]):
        holder["personal_data"] = [c for c in holder["personal_data"] if c != "個人番号"]
    a = run(doc, "sakura")
    kinds = {k for _p, k in exposures(a)}
    assert "my_number_penal" not in kinds
    assert exposures(a)["minato", "negligent_supervision"] == [
        "民法 第709条",
        "個人情報保護法 第25条",
    ]


def test_statutory_duty_only_for_parties_that_receive_personal_data() -> None:
    """A delegate passed no personal data owes no statutory duty of safe management under
    APPI 66(2); its delegator's supervision exposure stays."""
    doc = sample("000/compliant.json")
    doc["delegations"][1]["personal_data"] = []  # hokuto → sakura carries no data
    a = run(doc, "sakura")
    duties = [p for p, k in exposures(a) if k == "statutory_duty"]
    assert duties == ["minato", "hokuto"]
    assert ("hokuto", "negligent_supervision") in exposures(a)


def test_each_tier_has_the_item_of_article_66_2_that_reaches_it() -> None:
    # 000: the contractor is entrusted by the city (item 1), deeper tiers by item 5.
    a = run(sample("000/compliant.json"), "sakura")
    found = exposures(a)
    assert found["minato", "statutory_duty"][0] == "個人情報保護法 第66条第2項第1号"
    assert found["hokuto", "statutory_duty"][0] == "個人情報保護法 第66条第2項第5号"
    assert found["sakura", "statutory_duty"] == [
        "個人情報保護法 第66条第2項第5号",
        "個人情報保護法 第67条",
    ]
    # 001: a designated manager is reached by item 2, its delegates by item 5.
    doc = sample("001/compliant.json")
    at = doc["delegations"][0]["delegate"]
    manager = doc["contract"]["contractor"]
    found = exposures(run(doc, at))
    assert found[manager, "statutory_duty"][0] == "個人情報保護法 第66条第2項第2号"
    assert found[at, "statutory_duty"][0] == "個人情報保護法 第66条第2項第5号"


@pytest.mark.parametrize("template", ["000", "001", "002", "003", "004"])
def test_penalties_as_the_law_reads_today(template: str) -> None:
    """The offender's penalties (APPI 176, 180, with 拘禁刑) and the fines on the business
    through the articles art. 184 lists (179), never 184 beside 176 and 180 alone."""
    doc = sample(f"{template}/compliant.json")
    at = doc["delegations"][0]["delegate"]
    found = exposures(run(doc, at))
    assert found[at, "penal"] == ["個人情報保護法 第176条", "個人情報保護法 第180条"]
    assert found[at, "company_fine"] == ["個人情報保護法 第179条", "個人情報保護法 第184条第1項"]
    municipality = doc["contract"]["municipality"]
    assert found[municipality, "municipal_duty"] == ["個人情報保護法 第66条第1項", "民法 第715条"]


def test_every_tier_above_is_exposed_for_supervising_the_next() -> None:
    a = run(sample("000/compliant.json"), "sakura")
    supervising = [x for x in a.exposures if x.kind == "negligent_supervision"]
    assert [x.party for x in supervising] == ["minato", "hokuto"]
    assert "東京高判令2.3.25" in supervising[0].note.ja
    # The incident party's own tort, whatever its contracts say.
    assert exposures(a)["sakura", "own_tort"] == ["民法 第709条", "民法 第719条"]


def test_incident_at_the_municipality_names_its_own_duty() -> None:
    doc = sample("001/compliant.json")
    a = run(doc, doc["contract"]["municipality"])
    assert a.capacities == ()
    assert [x.kind for x in a.exposures] == ["municipal_duty"]
    assert "第66条第1項" in a.notes[-1].ja and "第68条" in a.notes[-1].ja


@pytest.mark.parametrize("template", ["001", "002", "003", "004"])
def test_non_regular_staff_under_a_silent_template_are_those_used_to_perform(
    template: str,
) -> None:
    """Where a template says nothing of non-regular staff, the contractor answers for them
    as those it uses to perform (民法 415), a capacity of general law, not a clause."""
    doc = copy.deepcopy(sample(f"{template}/compliant.json"))
    contractor = doc["contract"]["contractor"]
    worker = {
        "id": "w-extra",
        "name": "臨時職員",
        "party": contractor,
        "employment": "temporary",
    }
    doc["workers"].append(worker)
    a = run(doc, "w-extra")
    (cap,) = [c for c in a.capacities if c.capacity == "staff_general_law"]
    assert cap.party == contractor
    assert [c.label.ja for c in cap.citations] == ["民法 第415条"]
    # A regular employee needs no such capacity: the direct one covers it.
    worker["employment"] = "regular"
    assert "staff_general_law" not in [c.capacity for c in run(doc, "w-extra").capacities]


def test_a_wrong_submitter_the_city_approved_anyway_is_marked_procedural() -> None:
    """DLG008 still counts as the contractor's breach, with the note that a defect of
    procedure the municipality approved anyway is weak ground for termination (D8)."""
    doc = sample("000/compliant.json")
    doc["delegations"][1]["documents"][0]["submitted_by"] = "hokuto"  # tier 3, not the contractor
    a = run(doc, "sakura")
    (breach,) = [c for c in a.capacities if c.capacity == "own_breach"]
    texts = [s.ja for s in breach.trace]
    at = next(i for i, t in enumerate(texts) if t.startswith("DLG008"))
    assert "信義則" in texts[at + 1]
    # Another breach carries no such note.
    doc = sample("000/compliant.json")
    doc["delegations"][1]["documents"] = doc["delegations"][1]["documents"][1:]  # no application
    (breach,) = [c for c in run(doc, "sakura").capacities if c.capacity == "own_breach"]
    assert not any("信義則" in s.ja for s in breach.trace)


def test_a_party_directing_another_partys_worker_is_exposed_as_employer_too() -> None:
    """Employer's liability follows who in fact directs the work (review D12(d)): a worker
    of the subcontractor directed by the contractor's lead exposes the contractor too."""
    doc = sample("000/compliant.json")
    worker = next(w for w in doc["workers"] if w["party"] == "hokuto")
    worker["directed_by"] = "minato"
    a = run(doc, worker["id"])
    employers = [x.party for x in a.exposures if x.kind == "employer_tort"]
    assert employers == ["hokuto", "minato"]
    note = next(x for x in a.exposures if x.kind == "employer_tort" and x.party == "minato").note
    assert "実質的な指揮監督" in note.ja


def test_data_kept_after_the_end_is_the_contractors_own_breach() -> None:
    """After the contract's end a party holding data with no return or destruction record
    (END001) counts as the contractor's own breach for an incident there."""
    doc = sample("000/compliant.json")
    doc["contract"]["as_of"] = "2099-01-01"
    a = run(doc, "hokuto")
    (breach,) = [c for c in a.capacities if c.capacity == "own_breach"]
    assert any(s.ja.startswith("END001") for s in breach.trace)


def test_the_recourse_label_names_the_templates_party() -> None:
    """001 is a designation by 甲: the label says 甲, not a fixed 発注者 (issue 15 point 8)."""
    doc = sample("001/compliant.json")
    at = doc["delegations"][0]["delegate"]
    (cap,) = [c for c in run(doc, at).capacities if c.capacity == "recourse_only"]
    assert cap.label.ja.startswith("甲と契約関係なし")
    from chain.liability import CAPACITIES

    assert CAPACITIES["recourse_only"].ja.startswith("発注者と契約関係なし")
