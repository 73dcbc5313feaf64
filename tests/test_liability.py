"""Who answers for an incident, per template: capacities and citations, not wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.samples import run, sample
from typer.testing import CliRunner

from chain.cli import app
from chain.format.read import parse_chain
from chain.graph import analyse
from chain.liability import CAPACITIES, LiabilityError, assess_all
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent


def caps(a) -> list[tuple[str, str]]:
    return [(c.party, c.capacity) for c in a.capacities]


def cites(a, party: str, capacity: str) -> list[str]:
    (cap,) = [c for c in a.capacities if c.party == party and c.capacity == capacity]
    return [f"{c.source} {c.article or ''}({c.paragraph or ''})" for c in cap.citations]


def test_000_subcontractor_contractor_answers_regardless_of_terms() -> None:
    a = run(sample("000/compliant.json"), "hokuto")
    assert caps(a) == [
        ("minato", "direct"),
        ("minato", "regardless_of_terms"),
        ("hokuto", "recourse_only"),
    ]
    assert cites(a, "minato", "direct") == ["000 13()", "民法 415()"]
    assert cites(a, "minato", "regardless_of_terms") == ["000 6(3)"]
    assert [e.id for e in a.path] == ["contract", "d-hokuto"]


def test_000_tier3_cites_6_8() -> None:
    a = run(sample("000/compliant.json"), "sakura")
    assert cites(a, "minato", "regardless_of_terms") == ["000 6(8)"]
    assert ("hokuto", "recourse_only") in caps(a) and ("sakura", "recourse_only") in caps(a)


def test_000_delegates_handling_whatever_the_terms_of_its_own_tier() -> None:
    # 第6第3項 (tier 2) and 第6第8項 (tier 3): the handling of personal information by the
    # delegate, whatever the subcontract or the sub-subcontract says.
    for at, kind in (("hokuto", "再委託"), ("sakura", "再々委託")):
        (cap,) = [
            c
            for c in run(sample("000/compliant.json"), at).capacities
            if c.capacity == "regardless_of_terms"
        ]
        said = cap.trace[-1].ja
        assert "個人情報の取扱いについて" in said
        assert f"{kind}の契約の内容にかかわらず" in said
        assert "再委託契約" not in said


def test_000_non_regular_worker_of_the_contractor() -> None:
    a = run(sample("000/compliant.json"), "w-haken")
    assert a.incident_kind == "worker" and a.host == "minato"
    assert caps(a) == [("minato", "direct"), ("minato", "non_regular_all_acts")]
    assert cites(a, "minato", "non_regular_all_acts") == ["000 7(2)"]


def test_dispatched_worker_attaches_to_the_host_not_the_agency() -> None:
    """The host that directs the worker answers as employer; the agency has no capacity
    towards the municipality, but its own exposure in tort is noted (review D12(a)(b))."""
    doc = sample("000/compliant.json")
    a = run(doc, "w-haken")
    agency = next(w["dispatched_from"] for w in doc["workers"] if w["id"] == "w-haken")
    assert a.host == "minato" and agency not in a.parties
    tort = [x for x in a.exposures if x.kind == "employer_tort"]
    assert [x.party for x in tort] == ["minato"]
    assert "主として" in tort[0].note.ja and "primarily" in tort[0].note.en
    assert [(x.party, x.kind) for x in a.exposures if x.party == agency] == [
        (agency, "agency_tort")
    ]
    (own,) = [x for x in a.exposures if x.kind == "agency_tort"]
    assert [str(c.label.ja) for c in own.citations] == ["民法 第709条", "民法 第715条"]


def test_own_breach_on_the_path_cites_termination_and_damages() -> None:
    doc = sample("000/compliant.json")
    doc["delegations"][0]["documents"] = [
        d for d in doc["delegations"][0]["documents"] if d["kind"] != "approval"
    ]
    a = run(doc, "sakura")
    (breach,) = [c for c in a.capacities if c.capacity == "own_breach"]
    assert breach.party == "minato" and breach.via == ("d-hokuto",)
    assert [c.label.ja.split("（")[0] for c in breach.citations] == [
        "000 第12第1項",
        "000 第12第2項",
        "000 第13",
    ]
    # A fault off the path does not make the contractor answer for this incident.
    assert not [c for c in run(doc, "w-haken").capacities if c.capacity == "own_breach"]


def test_000_beyond_tier_3_names_the_interpretation() -> None:
    a = run(sample("000/faulty.json"), "komachi")
    (cap,) = [c for c in a.capacities if c.capacity == "regardless_of_terms"]
    assert cap.interpretation is not None and cap.interpretation.id == "beyond-third-tier"
    assert [e.tier for e in a.path] == [1, 2, 3, 4]


def test_001_regardless_of_terms_7_4_and_interpretation_at_tier_3() -> None:
    doc = sample("001/compliant.json")
    a = run(doc, "hikari")
    assert cites(a, "wakaba", "regardless_of_terms") == ["001 7(4)"]
    assert a.capacities_of("wakaba")[1].interpretation is None
    faulty = sample("001/faulty.json")
    graph = analyse(parse_chain(json.dumps(faulty, ensure_ascii=False).encode()))
    deep = next(p for p, t in graph.tiers.items() if t == 3)
    a3 = run(faulty, deep)
    (cap,) = [c for c in a3.capacities if c.capacity == "regardless_of_terms"]
    assert cap.interpretation and cap.interpretation.id == "sub-subcontract"
    # 001 is silent on non-regular staff: no special capacity for a dispatched worker.
    assert "non_regular_all_acts" not in {c.capacity for c in run(doc, "w-nishida").capacities}


def test_002_joint_liability_binds_the_contractor_only() -> None:
    """002 第5 makes the contractor answer jointly with the delegate; the contract cannot
    make a subcontractor the municipality's debtor (契約の相対効): each tier keeps its
    recourse to its delegator, and the incident party's own exposure is in tort."""
    a = run(sample("002/compliant.json"), "netops")
    assert a.joint_group == ("shinonome", "netops")
    assert caps(a) == [
        ("shinonome", "direct"),
        ("shinonome", "joint_and_several"),
        ("shinoit", "recourse_only"),
        ("netops", "recourse_only"),
    ]
    assert cites(a, "shinonome", "joint_and_several") == ["002 5()", "002 4()", "民法 436()"]
    assert ("netops", "employer_tort") in [(x.party, x.kind) for x in a.exposures]
    # At tier 2 the same: the contractor with the subsidiary, which answers to it.
    a2 = run(sample("002/compliant.json"), "shinoit")
    assert a2.joint_group == ("shinonome", "shinoit")
    assert caps(a2)[1:] == [("shinonome", "joint_and_several"), ("shinoit", "recourse_only")]


@pytest.mark.parametrize(
    ("name", "contractor", "at"), [("003", "namiki", "mikajima"), ("004", "mizushima", "kibi")]
)
def test_003_004_general_law_never_an_invented_clause(name, contractor, at) -> None:
    a = run(sample(f"{name}/compliant.json"), at)
    assert caps(a) == [(contractor, "direct"), (contractor, "general_law"), (at, "recourse_only")]
    (cap,) = [c for c in a.capacities if c.capacity == "general_law"]
    assert [c.source for c in cap.citations] == ["民法"]
    assert cap.interpretation is not None and cap.interpretation.id == "liability"


def test_exposures_are_marked_fact_dependent() -> None:
    """Every tier above the incident is exposed for choosing and supervising the next, every
    party receiving the data owes the statutory duty with its item, and the municipality's own
    duty is shown (review D3, D11)."""
    a = run(sample("002/compliant.json"), "netops")
    kinds = [(x.party, x.kind) for x in a.exposures]
    assert kinds == [
        ("netops", "employer_tort"),
        ("netops", "own_tort"),
        ("shinonome", "statutory_duty"),
        ("shinonome", "negligent_supervision"),
        ("shinoit", "statutory_duty"),
        ("shinoit", "negligent_supervision"),
        ("netops", "statutory_duty"),
        ("city", "municipal_duty"),
        ("netops", "penal"),
        ("netops", "company_fine"),
    ]
    assert all(x["fact_dependent"] for x in a.to_dict()["exposures"])
    labels = {(x.party, x.kind): [c.label.ja for c in x.citations] for x in a.exposures}
    assert labels["shinonome", "statutory_duty"] == [
        "個人情報保護法 第66条第2項第1号",
        "個人情報保護法 第67条",
    ]
    assert labels["netops", "statutory_duty"][0] == "個人情報保護法 第66条第2項第5号"
    assert labels["shinonome", "negligent_supervision"] == ["民法 第709条", "個人情報保護法 第25条"]
    assert labels["city", "municipal_duty"] == ["個人情報保護法 第66条第1項", "民法 第715条"]
    # Fines reach the company only through the articles art. 184 lists.
    assert labels["netops", "penal"] == ["個人情報保護法 第176条", "個人情報保護法 第180条"]
    assert labels["netops", "company_fine"] == [
        "個人情報保護法 第179条",
        "個人情報保護法 第184条第1項",
    ]
    penal = next(x for x in a.exposures if x.kind == "penal")
    assert "拘禁刑" in penal.note.ja and "懲役に代わった" in penal.note.ja


def test_unknown_incident_is_an_error() -> None:
    with pytest.raises(LiabilityError):
        run(sample("000/compliant.json"), "nobody")


def test_every_capacity_is_cited_and_traced_and_every_party_can_be_assessed() -> None:
    for name in ("000", "001", "002", "003", "004"):
        for fname in ("compliant", "faulty"):
            doc = sample(f"{name}/{fname}.json")
            graph = analyse(parse_chain(json.dumps(doc, ensure_ascii=False).encode()))
            for at, a in assess_all(graph, load_profile(name)).items():
                assert a.capacities, (name, fname, at)
                for c in a.capacities:
                    assert c.capacity in CAPACITIES
                    assert c.citations and c.trace, (name, fname, at, c.capacity)
                    assert all(t.ja and t.en for t in c.trace)


def test_same_input_same_assessment() -> None:
    doc = sample("000/faulty.json")
    assert run(doc, "komachi").to_dict() == run(doc, "komachi").to_dict()


runner = CliRunner()


def test_cli_liability_json_and_text_and_errors() -> None:
    path = str(ROOT / "sample_data/002/compliant.json")
    result = runner.invoke(app, ["liability", path, "--at", "netops", "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["format"] == "subcontract-chain-liability"
    assert doc["assessment"]["joint_group"] == ["shinonome", "netops"]
    text = runner.invoke(app, ["liability", path, "--at", "netops", "--lang", "en"])
    assert text.exit_code == 0 and "joint and several" in text.stdout
    unknown = runner.invoke(app, ["liability", path, "--at", "nobody"])
    assert unknown.exit_code == 2 and "nobody" in unknown.stderr
    bad = runner.invoke(
        app, ["liability", str(ROOT / "tests/data/cli/malformed.json"), "--at", "x"]
    )
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_faults_on_the_incident_worker_are_the_contractors_own_breach() -> None:
    doc = sample("003/compliant.json")
    worker = next(w for w in doc["workers"] if w["party"] == "mikajima")
    worker["approved_on"] = None
    a = run(doc, worker["id"])
    (breach,) = [c for c in a.capacities if c.capacity == "own_breach"]
    assert breach.party == "namiki" and breach.via == (worker["id"],)
    # The same fault does not count when the incident is elsewhere.
    other = next(w for w in doc["workers"] if w["id"] != worker["id"])
    assert not [c for c in run(doc, other["id"]).capacities if c.capacity == "own_breach"]


def test_002_joint_group_names_its_interpretation() -> None:
    a = run(sample("002/compliant.json"), "netops")
    interps = {c.interpretation.id for c in a.capacities if c.capacity == "joint_and_several"}
    assert interps == {"joint-path"}
