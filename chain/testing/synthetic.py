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

from dataclasses import dataclass, field
from typing import Any

from chain.testing import items
from chain.testing.pathology import add_pathologies
from chain.testing.spec import END, FAULT_CODES, START, Fault, Spec
from chain.testing.words import DATA, ODD, WORDS

__all__ = ["FAULT_CODES", "Fault", "Spec", "Synthetic", "generate"]


@dataclass
class Synthetic:
    """A generated chain document and the faults put into it."""

    doc: dict[str, Any]
    faults: list[Fault] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        import orjson

        return orjson.dumps(self.doc)


def _tiers(b: items.Builder, companies: int) -> list[int]:
    """Tier of each subcontractor: about 70% at tier 2, then fewer at each deeper tier."""
    deepest = b.spec.depth
    if deepest < 2:
        return []
    weights = [0.3 ** (t - 2) for t in range(2, deepest + 1)]
    tiers = b.rng.choices(range(2, deepest + 1), weights, k=companies)
    return sorted(tiers)


def generate(spec: Spec) -> Synthetic:
    """A chain document following ``spec``; deterministic for ``spec.seed``."""
    b = items.Builder(spec)
    rng = b.rng
    n_agencies = min(spec.parties - 2, max(0, spec.parties // 50))
    city = b.party("city", "municipality", f"{rng.choice(WORDS)}市")
    contractor = b.party("p1", "company", b.company_name())
    b.tier["p1"], b.start["p1"], b.end["p1"] = 1, START, END
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
        b.party(f"a{i}", "dispatch_agency", f"株式会社{rng.choice(WORDS)}スタッフ{i}")["id"]
        for i in range(1, n_agencies + 1)
    ]
    contract_data = list(DATA[:6])
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
        delegations.append(items.delegation(b, i, delegator, pid, received, first))

    workers = items.workers(b, agencies, delegations)
    places = items.places(b)
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
            "period": {"start": START.isoformat(), "end": END.isoformat()},
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
            p["corporate_number"] = items.broken_number(p["corporate_number"])
            b.fault("bad_corporate_number", f"/parties/{i}/corporate_number")
    if spec.pathological:
        add_pathologies(doc, b.rng, depth=spec.depth, odd=ODD)
    return Synthetic(doc, b.faults)
