"""The contractor's own breach is complete and honest (issue 15, point 2): every breach on
every path that reaches the incident party, those at the party itself and on the worker
in question, and a breach found only by interpretation labelled as such."""

from __future__ import annotations

import copy
import re

import pytest
from test_liability import caps, cites, run, sample


def _breach(a):
    found = [c for c in a.capacities if c.capacity == "own_breach"]
    return found[0] if found else None


def _trace(capacity, code: str) -> str:
    return next(t.ja for t in capacity.trace if t.ja.startswith(code + ": "))


def _codes(capacity) -> list[str]:
    return [m.group(1) for t in capacity.trace if (m := re.match(r"([A-Z]{3}\d{3}): ", t.ja))]


def test_an_unapproved_work_place_of_the_incident_party_is_its_breach() -> None:
    doc = sample("003/compliant.json")
    place = next(p for p in doc["places"] if p["id"] == "pl-mikajima")
    place["approved_on"] = None
    at_mikajima = _breach(run(doc, "mikajima"))
    assert at_mikajima is not None and at_mikajima.party == "namiki"
    assert at_mikajima.via == ("mikajima",)
    assert "PLC001" in _codes(at_mikajima)
    # The same place is not a breach of an incident at the contractor.
    assert _breach(run(doc, "namiki")) is None
    assert _breach(run(sample("003/compliant.json"), "mikajima")) is None


def test_a_breach_on_a_longer_path_to_the_party_counts() -> None:
    """A party reached by two delegations (CHN006): the unapproved one is not on the
    shortest path, and is still the contractor's breach for an incident there."""
    doc = sample("003/compliant.json")
    first = doc["delegations"][0]
    extra = copy.deepcopy(doc["parties"][2])
    extra.update(id="kumo", name="株式会社クモ発送", corporate_number=None)
    doc["parties"].append(extra)
    direct = copy.deepcopy(first)
    direct.update(id="d-kumo", delegate="kumo")
    for d in direct["documents"]:  # its own approval: one approval approves one delegate
        if d["kind"] == "approval":
            d["reference"] = "所沢市指令第9001号"
    via = copy.deepcopy(first)
    via.update(id="d-kumo-2", delegator="mikajima", delegate="kumo")
    via["documents"] = [d for d in via["documents"] if d["kind"] != "approval"]
    doc["delegations"] += [direct, via]
    a = run(doc, "kumo")
    assert [e.id for e in a.path] == ["contract", "d-kumo"]  # the shortest path
    breach = _breach(a)
    assert breach is not None and "d-kumo-2" in breach.via
    assert "DLG001" in _codes(breach)
    # Without the second delegation there is no breach at all.
    doc["delegations"].pop()
    assert _breach(run(doc, "kumo")) is None


def test_staff_findings_on_the_worker_in_question_count_for_that_worker_only() -> None:
    doc = sample("003/compliant.json")
    worker = next(w for w in doc["workers"] if w["id"] == "w-mikajima-ops")
    worker["trained_on"] = None
    breach = _breach(run(doc, "w-mikajima-ops"))
    assert breach is not None and breach.via == ("w-mikajima-ops",)
    assert "STF006" in _codes(breach)
    assert _breach(run(doc, "w-asano")) is None


def test_a_breach_found_by_interpretation_says_so_and_so_does_what_it_opens() -> None:
    """001 is silent on 再々委託: a tier-3 delegation without approval is a breach only on
    the interpretation ``sub-subcontract``, and the capacity names it."""
    doc = sample("001/compliant.json")
    sub = copy.deepcopy(doc["parties"][2])
    sub.update(id="deep", name="株式会社ディープ", corporate_number=None)
    doc["parties"].append(sub)
    deleg = copy.deepcopy(doc["delegations"][0])
    deleg.update(id="d-deep", delegator="hikari", delegate="deep")
    deleg["documents"] = [d for d in deleg["documents"] if d["kind"] not in ("approval",)]
    doc["delegations"].append(deleg)
    a = run(doc, "deep")
    breach = _breach(a)
    assert breach is not None and breach.interpretation is not None
    assert breach.interpretation.id == "sub-subcontract"
    dlg = next(t for t in breach.trace if t.ja.startswith("DLG001"))
    assert "ツールの解釈による違反" in dlg.ja and "interpretation" in dlg.en
    assert "解釈が認められることが前提" in breach.trace[-1].ja
    assert ("wakaba", "own_breach") in caps(a)
    # A breach at tier 2 rests on the clause itself: no such label.
    plain = sample("001/compliant.json")
    plain["delegations"][0]["documents"] = [
        d for d in plain["delegations"][0]["documents"] if d["kind"] != "approval"
    ]
    clean = _breach(run(plain, "hikari"))
    assert clean is not None and clean.interpretation is None
    assert not any("解釈" in t.ja for t in clean.trace)


@pytest.mark.parametrize(
    ("pid", "contractor", "says", "clause"),
    [
        ("000", "minato", "市に賠償しなければなりません", "000 13()"),
        ("001", "wakaba", "甲または第三者に損害を与えたとき", "001 13()"),
        ("002", "shinonome", "義務違反を条件としていません", "002 12()"),
        ("003", "namiki", "第21条により", "003 21()"),
        ("004", "mizushima", "関係法令に違反して", "004 (2)"),
    ],
)
def test_each_template_damages_clause_is_rendered_as_it_reads(pid, contractor, says, clause):
    """Never one text for all (legal review D5): 001 reaches third parties, 002 is a cost
    allocation without a breach, 004 covers breaches of related law too."""
    doc = sample(f"{pid}/compliant.json")
    a = run(doc, contractor)
    (direct,) = [c for c in a.capacities if c.capacity == "direct"]
    assert says in direct.trace[-1].ja
    assert cites(a, contractor, "direct")[0] == clause
    assert cites(a, contractor, "direct")[-1] == "民法 415()"
    texts = {
        p: next(c for c in run(sample(f"{p}/compliant.json"), k).capacities).trace[-1].ja
        for p, k in (("000", "minato"), ("001", "wakaba"), ("002", "shinonome"))
    }
    assert len(set(texts.values())) == 3


def test_an_approval_of_another_delegate_and_a_gap_in_consent_are_own_breaches() -> None:
    """An approval is bound to the delegate it names and must hold throughout (issue 15,
    point 3): a subcontractor replaced under the earlier approval, and the days between a
    lapsed approval and its renewal, put the contractor in breach of 000 第6."""
    doc = sample("000/compliant.json")
    assert _breach(run(doc, "hokuto")) is None
    replaced = copy.deepcopy(doc)
    first = replaced["delegations"][0]
    first["documents"][1]["delegate_name"] = "南港データ株式会社"
    breach = _breach(run(replaced, "hokuto"))
    assert breach is not None and _codes(breach) == ["DLG011"]
    assert "第6第2項" in _trace(breach, "DLG011")
    lapsed = copy.deepcopy(doc)
    documents = lapsed["delegations"][0]["documents"]
    documents[1]["valid_until"] = "2025-06-30"
    documents.append({"kind": "approval", "date": "2025-08-01", "reference": "青葉市税第1388号"})
    breach = _breach(run(lapsed, "hokuto"))
    assert breach is not None and _codes(breach) == ["DLG013"]
    assert "2025-07-01" in _trace(breach, "DLG013") and "2025-07-31" in _trace(breach, "DLG013")


def test_termination_is_worded_from_the_profile_s_clauses() -> None:
    # 000 cites its termination clause: the contract's termination. suginami cites none:
    # termination under the Civil Code, not a clause the template does not have.
    with_clause = run(sample("000/faulty.json"), "hokuto")
    without = run(sample("suginami/faulty.json"), "s1")
    for a, has in ((with_clause, True), (without, False)):
        breach = next(c for c in a.capacities if c.capacity == "own_breach")
        said = " ".join(t.ja for t in breach.trace)
        said_en = " ".join(t.en for t in breach.trace)
        assert ("民法第541条" in said) is not has, said
        assert ("Civil Code arts. 541 and 542" in said_en) is not has, said_en
        assert "契約の解除" in said
