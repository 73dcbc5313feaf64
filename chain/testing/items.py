"""How each part of a synthetic chain is made: parties (:class:`Builder`), delegations
with their documents, workers and places, each carrying a typical fault at the spec's
rate. Every random choice is the builder's generator's, in a fixed order: the same spec
and seed give the same chain."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from chain.format.identity import check_digit
from chain.profiles import ProfileError, load_profile
from chain.testing.spec import (
    DELEGATION_FAULTS,
    END,
    FAULT_CODES,
    START,
    WORKER_FAULTS,
    Fault,
    Spec,
)
from chain.testing.words import DATA, EMPLOYMENT, GIVEN, SURNAMES, TRADES, WORDS

__all__ = ["Builder", "broken_number", "delegation", "places", "workers"]


def corporate_number(rng: random.Random) -> str:
    base = f"{rng.randrange(10**12):012d}"
    return f"{check_digit(base)}{base}"


class Builder:
    def __init__(self, spec: Spec):
        if spec.parties < 2:
            raise ValueError("a chain needs at least 2 parties (municipality and contractor)")
        if spec.depth < 1:
            raise ValueError("depth must be at least 1")
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.names: set[str] = set()
        self.parties: list[dict[str, Any]] = []
        self.tier: dict[str, int] = {}
        self.start: dict[str, date] = {}
        self.end: dict[str, date] = {}
        self.faults: list[Fault] = []

    def company_name(self) -> str:
        r = self.rng
        name = f"{r.choice(('株式会社', '有限会社', ''))}{r.choice(WORDS)}{r.choice(TRADES)}"
        base, n = name or "株式会社", 2
        while name in self.names:
            name, n = f"{base}{n}", n + 1
        self.names.add(name)
        return name

    def person(self) -> str:
        return f"{self.rng.choice(SURNAMES)} {self.rng.choice(GIVEN)}"

    def party(self, pid: str, kind: str, name: str) -> dict[str, Any]:
        p = {
            "id": pid,
            "kind": kind,
            "name": name,
            "corporate_number": corporate_number(self.rng),
            "representative": f"代表取締役 {self.person()}",
            "address": f"{self.rng.choice(WORDS)}市中央{self.rng.randrange(1, 9)}丁目"
            f"{self.rng.randrange(1, 30)}番{self.rng.randrange(1, 20)}号",
            "contact": {
                "person": self.person(),
                "phone": f"03-0000-{self.rng.randrange(10**4):04d}",
            },
        }
        self.parties.append(p)
        return p

    def pick(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate

    def fault(self, kind: str, pointer: str) -> None:
        self.faults.append(Fault(kind, FAULT_CODES[kind], pointer))


def broken_number(number: str) -> str:
    return f"{(int(number[0]) + 1) % 10}{number[1:]}"


def delegation(
    b: Builder, i: int, delegator: str, delegate: str, received: dict[str, list[str]], first: bool
) -> dict[str, Any]:
    rng, spec = b.rng, b.spec
    parent_start = b.start.get(delegator, START)
    start = parent_start + timedelta(days=rng.randrange(0, 30))
    end = b.end.get(delegator, END) - timedelta(days=rng.randrange(0, 10))
    if first:
        b.start[delegate], b.end[delegate] = start, end
    upstream = received.get(delegator) or list(DATA[:2])
    data = sorted(
        rng.sample(upstream, k=max(1, min(len(upstream), rng.randrange(2, 6)))), key=DATA.index
    )
    received.setdefault(delegate, data)
    approval_data = list(data)
    manager = b.person()
    d: dict[str, Any] = {
        "id": f"d{i + 1}",
        "delegator": delegator,
        "delegate": delegate,
        "work": "申請書のデータ入力",
        "personal_data": data,
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "reason": "繁忙期の処理量が自社の能力を超えるため",
        "responsibility": {
            "structure": "責任者の下に作業班を置く",
            "manager": manager,
            "staff": [manager],
        },
        "protection": {"measures": "入退室管理された作業室でのみ扱う", "contract_copy": True},
        "supervision": "月次の作業報告と立入確認",
    }
    kinds = ["application", "approval", "flow_down", "terms_report", "guidance"]
    kinds += ["guidance"] * max(0, spec.documents - len(kinds))
    kinds = kinds[: spec.documents]
    fault = rng.choice(DELEGATION_FAULTS) if b.pick(spec.fault_rate) else None
    ptr = f"/delegations/{i}"
    if fault == "no_approval" and "approval" in kinds:
        kinds.remove("approval")
        b.fault(fault, ptr)
    elif fault == "no_application" and "application" in kinds:
        kinds.remove("application")
        b.fault(fault, ptr + "/documents")
    elif fault == "no_flow_down" and "flow_down" in kinds:
        kinds.remove("flow_down")
        b.fault(fault, ptr + "/documents")
    elif fault == "no_reason":
        del d["reason"]
        b.fault(fault, ptr + "/reason")
    elif fault == "data_beyond_approval" and len(data) > 1:
        approval_data = data[:-1]
        b.fault(fault, ptr + "/personal_data")
    elif fault == "period_beyond_parent":
        d["period"]["end"] = (END + timedelta(days=30)).isoformat()
        b.fault(fault, ptr + "/period/end")
    dates = {
        "application": start - timedelta(days=30),
        "approval": start - timedelta(days=15),
        "flow_down": start - timedelta(days=10),
        "terms_report": start - timedelta(days=5),
        "guidance": start - timedelta(days=3),
    }
    documents = []
    for j, kind in enumerate(kinds):
        when = dates[kind]
        doc: dict[str, Any] = {"kind": kind, "date": when.isoformat(), "reference": f"第{i}-{j}号"}
        if kind == "application":
            doc["submitted_by"] = "p1"
        elif kind == "approval":
            doc["issued_by"] = "city"
            doc["personal_data"] = approval_data
            if fault == "late_approval":
                doc["date"] = (start + timedelta(days=5)).isoformat()
                b.fault(fault, f"{ptr}/documents/{j}/date")
        elif kind == "flow_down":
            doc["provisions"] = ["obligations", "supervision", "safety_management"]
        documents.append(doc)
    d["documents"] = documents
    return d


def _directs_subcontractor_staff(template: str) -> bool:
    """Whether the profile of ``template`` warns of a subcontractor's staff whose
    direction the chain does not record (the rule of who directs a worker)."""
    try:
        profile = load_profile(template)
    except ProfileError:  # not a profile the generator can find: nothing to record
        return False
    return any(r.code == "DSP003" for r in profile.rules)


def workers(b: Builder, agencies: list[str], delegations: list[dict]) -> list[dict]:
    spec, rng = b.spec, b.rng
    on_chain = [p["id"] for p in b.parties if p["id"] in b.tier]
    count = len(on_chain) * 5 if spec.workers is None else spec.workers
    staff_lists: dict[str, list[list[str]]] = {}
    for d in delegations:
        staff_lists.setdefault(d["delegate"], []).append(d["responsibility"]["staff"])
    kinds = [k for k, _w in EMPLOYMENT]
    weights = [w for _k, w in EMPLOYMENT]
    # Where the template has the contractor's lead direct a subcontractor's staff, a
    # compliant chain records that each subcontractor directs its own (no random draw:
    # the chains of other templates stay as they were).
    own_direction = _directs_subcontractor_staff(spec.template)
    out: list[dict] = []
    for i in range(count):
        pid = on_chain[i % len(on_chain)] if i < len(on_chain) else rng.choice(on_chain)
        lead = i < len(on_chain)
        employment = "regular" if lead else rng.choices(kinds, weights)[0]
        if employment == "dispatched" and not agencies:
            employment = "contract"
        when = (b.start.get(pid, START) - timedelta(days=2)).isoformat()
        group = not lead and rng.random() < 0.2
        name = f"作業班{i}" if group else b.person()
        fault = rng.choice(WORKER_FAULTS) if b.pick(spec.fault_rate) else None
        if fault == "unlisted":
            name = f"未記載 {name}"
        w: dict[str, Any] = {
            "id": f"w{i + 1}",
            "name": name,
            "party": pid,
            "employment": employment,
            "roles": ["work_lead", "info_manager"] if lead else ["operator"],
            "approved_on": when,
            "pledge_on": when,
            "trained_on": when,
            "penal_notice_on": when,
            "briefed_on": when,
        }
        if group:
            w["count"] = rng.randrange(2, 10)
        if own_direction and not lead and b.tier.get(pid, 0) >= 2:
            w["directed_by"] = pid
        if employment == "dispatched":
            w["dispatched_from"] = rng.choice(agencies)
        if fault == "dispatched_unbound" and employment != "dispatched":
            fault = None
        listed = True
        if fault == "untrained":
            del w["trained_on"]
            b.fault(fault, f"/workers/{i}/trained_on")
        elif fault == "unlisted" and pid in staff_lists:
            listed = False
            b.fault(fault, f"/workers/{i}/name")
        elif fault == "dispatched_unbound":
            del w["pledge_on"], w["briefed_on"]
            b.fault(fault, f"/workers/{i}")
        if listed:
            for staff in staff_lists.get(pid, []):
                if name not in staff:
                    staff.append(name)
        out.append(w)
    return out


def places(b: Builder) -> list[dict]:
    spec, rng = b.spec, b.rng
    on_chain = [p for p in b.parties if p["id"] in b.tier]
    count = len(on_chain) + len(on_chain) // 4 if spec.places is None else spec.places
    out: list[dict] = []
    for i in range(count):
        p = on_chain[i % len(on_chain)]
        kind = "work" if i < len(on_chain) else rng.choice(("work", "storage", "cloud"))
        when = (b.start.get(p["id"], START) - timedelta(days=2)).isoformat()
        pl: dict[str, Any] = {
            "id": f"pl{i + 1}",
            "name": f"{p['name']} 作業室{i + 1}",
            "kind": kind,
            "party": p["id"],
            "address": p["address"],
            "used_from": b.start.get(p["id"], START).isoformat(),
            "approved_on": when,
            "notified_on": when,
        }
        if kind == "cloud":
            pl["provider"] = "国内リージョンのクラウドサービス"
            if b.pick(spec.fault_rate):
                del pl["provider"]
                b.fault("cloud_without_provider", f"/places/{i}/provider")
        out.append(pl)
    return out
