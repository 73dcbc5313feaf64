"""Synthetic chains of any size, for benchmarks, fuzzing and load tests.

:func:`generate` builds a chain document (plain JSON data, the published
format) from a :class:`Spec`: how many parties, delegations, workers and
places, how many documents per delegation, how deep the chain goes, and
which fraction carries a typical fault. The same spec and seed always give
the same bytes.

A realistic chain (the default) is what municipalities receive: mostly two
to four tiers, every delegation applied for, approved before it starts and
flowed down, every worker approved, trained and pledged, every company
with a registered work place. It satisfies the five built-in templates at
once, so with ``fault_rate=0`` and ``depth=2`` no template reports an error
or a warning. With ``fault_rate > 0`` that fraction of delegations, workers,
parties and places each carries one typical fault (a missing approval, an
approval after the start, a missing application item, data beyond the
approval, an untrained or unlisted worker, a bad corporate number, a cloud
service with no provider); :attr:`Synthetic.faults` lists them with the
code a template applying that rule reports, and where.

``pathological=True`` adds what real submissions also contain: a long
line of delegations ``depth`` tiers deep, cycles, self-delegation,
duplicate ids, dangling references, the same company under two names,
parties reached by two paths or by none, inverted periods, undated
documents, values at the format's length bounds and names in odd Unicode.

>>> doc = generate(Spec(parties=12, workers=30, seed=1)).doc
>>> len(doc["parties"]), len(doc["workers"])
(12, 30)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from chain.format.identity import check_digit
from chain.testing.pathology import add_pathologies

__all__ = ["FAULT_CODES", "Fault", "Spec", "Synthetic", "generate"]

#: Code reported for each fault kind (at the fault's pointer) by templates applying the rule.
FAULT_CODES: dict[str, str] = {
    "no_approval": "DLG001",
    "late_approval": "DLG002",
    "no_application": "DLG003",
    "no_reason": "ITM001",
    "no_flow_down": "PST001",
    "data_beyond_approval": "DAT002",
    "period_beyond_parent": "PER001",
    "untrained": "STF006",
    "unlisted": "STF011",
    "dispatched_unbound": "STF010",
    "bad_corporate_number": "CHN008",
    "cloud_without_provider": "PLC004",
}
_DELEGATION_FAULTS = (
    "no_approval",
    "late_approval",
    "no_application",
    "no_reason",
    "no_flow_down",
    "data_beyond_approval",
    "period_beyond_parent",
)
_WORKER_FAULTS = ("untrained", "unlisted", "dispatched_unbound")

_START = date(2025, 4, 1)
_END = date(2026, 3, 31)
_DATA = (
    "氏名",
    "住所",
    "生年月日",
    "電話番号",
    "性別",
    "メールアドレス",
    "被保険者番号",
    "口座番号",
    "世帯構成",
    "課税情報",
)
_SURNAMES = (
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "清水",
    "斎藤",
)
_GIVEN = (
    "健一",
    "恵",
    "亮",
    "由美",
    "誠",
    "美咲",
    "大輔",
    "久美子",
    "優子",
    "拓也",
    "沙織",
    "直樹",
    "美穂",
    "健太",
    "智也",
    "亜美",
    "真由美",
    "裕子",
    "修",
    "彩",
)
_WORDS = (
    "みなと",
    "北斗",
    "さくら",
    "ひかり",
    "青葉",
    "若葉",
    "東雲",
    "並木",
    "水島",
    "吉備",
    "瀬戸",
    "あおい",
    "大和",
    "富士",
    "朝日",
    "銀河",
    "港南",
    "中央",
    "北陸",
    "南海",
)
_TRADES = (
    "データサービス",
    "情報システム",
    "入力センター",
    "印刷",
    "ビジネスサポート",
    "計算センター",
    "システムズ",
    "ネットワーク",
    "封入サービス",
    "スキャン",
)
_EMPLOYMENT = (
    ("regular", 70),
    ("contract", 10),
    ("part_time", 8),
    ("dispatched", 7),
    ("executive", 5),
)
_ODD = (
    "\u202e名前",
    "ｶﾌﾞｼｷｶﾞｲｼｬ",
    "株式会社\u3000全角",
    "e\u0301\u0301",
    "🏢🏢",
    "\u200b株式会社",
    '"; x [label="',
    "<b>&amp;</b>",
    "=1+1",
    "㈱①②",
    "\U0002000b漢字",
)


@dataclass(frozen=True)
class Spec:
    """What to generate; every count is exact."""

    parties: int = 20
    """Parties in total: the municipality, companies and dispatch agencies (at least 2)."""
    delegations: int | None = None
    """Delegations; ``None`` gives one per subcontractor (a tree). Fewer leave some
    subcontractors unreachable; more reach some a second time (multiple paths)."""
    workers: int | None = None
    """Workers; ``None`` gives five per company on the chain."""
    places: int | None = None
    """Places; ``None`` gives a work place per company on the chain and, for one in
    four, a storage place or a cloud service as well."""
    documents: int = 5
    """Documents per delegation: application, approval, flow-down, terms report,
    guidance, then further guidance records; fewer drop them from the end."""
    depth: int = 3
    """Deepest tier (1: the contractor alone). Most subcontractors sit at tier 2."""
    fault_rate: float = 0.0
    """Fraction of delegations, workers, parties and places given one typical fault."""
    template: str = "000"
    seed: int = 0
    pathological: bool = False


@dataclass(frozen=True)
class Fault:
    kind: str
    code: str
    pointer: str


@dataclass
class Synthetic:
    """A generated chain document and the faults put into it."""

    doc: dict[str, Any]
    faults: list[Fault] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        import orjson

        return orjson.dumps(self.doc)


def _corporate_number(rng: random.Random) -> str:
    base = f"{rng.randrange(10**12):012d}"
    return f"{check_digit(base)}{base}"


class _Builder:
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
        name = f"{r.choice(('株式会社', '有限会社', ''))}{r.choice(_WORDS)}{r.choice(_TRADES)}"
        base, n = name or "株式会社", 2
        while name in self.names:
            name, n = f"{base}{n}", n + 1
        self.names.add(name)
        return name

    def person(self) -> str:
        return f"{self.rng.choice(_SURNAMES)} {self.rng.choice(_GIVEN)}"

    def party(self, pid: str, kind: str, name: str) -> dict[str, Any]:
        p = {
            "id": pid,
            "kind": kind,
            "name": name,
            "corporate_number": _corporate_number(self.rng),
            "representative": f"代表取締役 {self.person()}",
            "address": f"{self.rng.choice(_WORDS)}市中央{self.rng.randrange(1, 9)}丁目"
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


def _tiers(b: _Builder, companies: int) -> list[int]:
    """Tier of each subcontractor: about 70% at tier 2, then fewer at each deeper tier."""
    deepest = b.spec.depth
    if deepest < 2:
        return []
    weights = [0.3 ** (t - 2) for t in range(2, deepest + 1)]
    tiers = b.rng.choices(range(2, deepest + 1), weights, k=companies)
    return sorted(tiers)


def generate(spec: Spec) -> Synthetic:
    """A chain document following ``spec``; deterministic for ``spec.seed``."""
    b = _Builder(spec)
    rng = b.rng
    n_agencies = min(spec.parties - 2, max(0, spec.parties // 50))
    city = b.party("city", "municipality", f"{rng.choice(_WORDS)}市")
    contractor = b.party("p1", "company", b.company_name())
    b.tier["p1"], b.start["p1"], b.end["p1"] = 1, _START, _END
    subs = spec.parties - 2 - n_agencies
    sub_tiers = _tiers(b, subs) if spec.depth >= 2 else []
    n_agencies += subs - len(sub_tiers)  # depth 1: the rest are agencies
    by_tier: dict[int, list[str]] = {1: ["p1"]}
    parent_of: dict[str, str] = {}
    for i, t in enumerate(sub_tiers, start=2):
        pid = f"p{i}"
        b.party(pid, "company", b.company_name())
        parent_of[pid] = rng.choice(by_tier[t - 1]) if by_tier.get(t - 1) else "p1"
        b.tier[pid] = b.tier[parent_of[pid]] + 1
        by_tier.setdefault(b.tier[pid], []).append(pid)
    agencies = [
        b.party(f"a{i}", "dispatch_agency", f"株式会社{rng.choice(_WORDS)}スタッフ{i}")["id"]
        for i in range(1, n_agencies + 1)
    ]
    contract_data = list(_DATA[:6])
    received: dict[str, list[str]] = {"p1": contract_data}

    delegations: list[dict[str, Any]] = []
    tree = list(parent_of)
    wanted = len(tree) if spec.delegations is None else spec.delegations
    # Beyond one per subcontractor, a party already reached gets work from a second
    # party above it: a chain with multiple paths, as real submissions have.
    targets = (
        tree[:wanted] + [tree[k % len(tree)] for k in range(wanted - len(tree))] if tree else []
    )
    for i, pid in enumerate(targets):
        first = i < len(tree)
        delegator = parent_of[pid]
        if not first:
            # Another party above it, else a sibling: never one below it (no cycle).
            above = [q for q in by_tier.get(b.tier[pid] - 1, []) if q != delegator]
            above = above or [q for q in by_tier[b.tier[pid]] if q != pid]
            delegator = rng.choice(above) if above else delegator
        delegations.append(_delegation(b, i, delegator, pid, received, first))

    workers = _workers(b, agencies, delegations)
    places = _places(b)
    doc: dict[str, Any] = {
        "format": "subcontract-chain",
        "version": "1.0",
        "contract": {
            "title": f"令和7年度 {city['name']} 個人情報を取り扱う業務委託（合成データ）",
            "reference": f"契約第{spec.seed}号",
            "template": spec.template,
            "municipality": "city",
            "contractor": contractor["id"],
            "work": "申請書のデータ入力及び帳票の印刷",
            "period": {"start": _START.isoformat(), "end": _END.isoformat()},
            "personal_data": contract_data,
            "pledges_instructed": True,
            "signed_on": "2025-03-03",
        },
        "parties": b.parties,
        "delegations": delegations,
        "workers": workers,
        "places": places,
    }
    for i, p in enumerate(b.parties):
        if p["kind"] == "company" and b.pick(spec.fault_rate):
            p["corporate_number"] = _broken_number(p["corporate_number"])
            b.fault("bad_corporate_number", f"/parties/{i}/corporate_number")
    if spec.pathological:
        add_pathologies(doc, b.rng, depth=spec.depth, odd=_ODD)
    return Synthetic(doc, b.faults)


def _broken_number(number: str) -> str:
    return f"{(int(number[0]) + 1) % 10}{number[1:]}"


def _delegation(
    b: _Builder, i: int, delegator: str, delegate: str, received: dict[str, list[str]], first: bool
) -> dict[str, Any]:
    rng, spec = b.rng, b.spec
    parent_start = b.start.get(delegator, _START)
    start = parent_start + timedelta(days=rng.randrange(0, 30))
    end = b.end.get(delegator, _END) - timedelta(days=rng.randrange(0, 10))
    if first:
        b.start[delegate], b.end[delegate] = start, end
    upstream = received.get(delegator) or list(_DATA[:2])
    data = sorted(
        rng.sample(upstream, k=max(1, min(len(upstream), rng.randrange(2, 6)))), key=_DATA.index
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
    fault = rng.choice(_DELEGATION_FAULTS) if b.pick(spec.fault_rate) else None
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
        d["period"]["end"] = (_END + timedelta(days=30)).isoformat()
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


def _workers(b: _Builder, agencies: list[str], delegations: list[dict]) -> list[dict]:
    spec, rng = b.spec, b.rng
    on_chain = [p["id"] for p in b.parties if p["id"] in b.tier]
    count = len(on_chain) * 5 if spec.workers is None else spec.workers
    staff_lists: dict[str, list[list[str]]] = {}
    for d in delegations:
        staff_lists.setdefault(d["delegate"], []).append(d["responsibility"]["staff"])
    kinds = [k for k, _w in _EMPLOYMENT]
    weights = [w for _k, w in _EMPLOYMENT]
    out: list[dict] = []
    for i in range(count):
        pid = on_chain[i % len(on_chain)] if i < len(on_chain) else rng.choice(on_chain)
        lead = i < len(on_chain)
        employment = "regular" if lead else rng.choices(kinds, weights)[0]
        if employment == "dispatched" and not agencies:
            employment = "contract"
        when = (b.start.get(pid, _START) - timedelta(days=2)).isoformat()
        group = not lead and rng.random() < 0.2
        name = f"作業班{i}" if group else b.person()
        fault = rng.choice(_WORKER_FAULTS) if b.pick(spec.fault_rate) else None
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


def _places(b: _Builder) -> list[dict]:
    spec, rng = b.spec, b.rng
    on_chain = [p for p in b.parties if p["id"] in b.tier]
    count = len(on_chain) + len(on_chain) // 4 if spec.places is None else spec.places
    out: list[dict] = []
    for i in range(count):
        p = on_chain[i % len(on_chain)]
        kind = "work" if i < len(on_chain) else rng.choice(("work", "storage", "cloud"))
        when = (b.start.get(p["id"], _START) - timedelta(days=2)).isoformat()
        pl: dict[str, Any] = {
            "id": f"pl{i + 1}",
            "name": f"{p['name']} 作業室{i + 1}",
            "kind": kind,
            "party": p["id"],
            "address": p["address"],
            "used_from": b.start.get(p["id"], _START).isoformat(),
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
