"""DSP: dispatch and direction — who in fact directs a worker.

A dispatched worker may work only under the host its dispatch contract names; a
contractor's staff are directed by the contractor itself. The chain records a departure
from this with a worker's ``directed_by`` (the party whose people direct the work) and
``dispatched_to`` (the host the dispatch names); where neither is given, the worker is
directed by its ``party``, which for a dispatched worker is the host. A profile whose
template has the contractor's lead direct every worker on the chain, subcontractors'
staff included, finds the workers of a subcontractor for whom nothing says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import worker_facts
from chain.format.model import Worker
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import NoParams, TierScope
from chain.vocab import L

__all__: list[str] = []

#: What the facts name when the chain does not: the agency, the contractor's work leads.
_NO_AGENCY = L("記載のない派遣元", "an agency not stated")
_NO_LEAD = L("記載なし", "not stated")


def _recorded(g: ChainGraph) -> Iterator[tuple[int, Worker]]:
    """Workers recording who directs them or the host their dispatch names, whose
    parties are all known (a dangling id is CHN004's)."""
    known = g.party_index
    workers = g.chain.workers
    for i in g.direction_records:
        w = workers[i]
        if w.party not in known:
            continue
        if (w.directed_by is not None and w.directed_by not in known) or (
            w.dispatched_to is not None and w.dispatched_to not in known
        ):
            continue
        yield i, w


def _director_facts(g: ChainGraph, w: Worker, director: str) -> dict[str, Any]:
    return {**worker_facts(g, w), "director": g.party_name(director), "director_id": director}


@rule("DSP001")
def dispatch_directed_elsewhere(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Dispatched workers directed by a party other than the host their dispatch names."""
    for i, w in _recorded(g):
        if w.employment != "dispatched":
            continue
        host = w.dispatched_to or w.party
        director = w.directed_by or w.party
        if director == host:
            continue
        field = "directed_by" if w.directed_by is not None else "party"
        agency = w.dispatched_from
        yield Hit(
            join("workers", i, field),
            {
                **_director_facts(g, w, director),
                "agency": g.party_name(agency) if agency is not None else _NO_AGENCY,
                "host": g.party_name(host),
            },
            worker=w.id,
            party=w.party,
        )


@rule("DSP002")
def directed_by_non_employer(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Workers who are not dispatched, recorded as directed by a party other than their own."""
    for i, w in _recorded(g):
        director = w.directed_by
        if w.employment == "dispatched" or director is None or director == w.party:
            continue
        yield Hit(
            join("workers", i, "directed_by"),
            _director_facts(g, w, director),
            worker=w.id,
            party=w.party,
        )


@rule("DSP003")
def lead_directs_delegate_staff(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    """Staff of a delegate at a tier the scope covers for whom the chain does not record
    who directs them: under the profile's clause, the contractor's lead. A delegate's own
    work lead is not among them (instructions to it are the contract's own channel)."""
    contractor = g.contractor
    if contractor is None:
        return
    leads = [w.name for _i, w in g.workers_by_party.get(contractor, []) if "work_lead" in w.roles]
    lead_names = "、".join(leads) if leads else None
    for pid, staff in g.workers_by_party.items():
        if pid == contractor or not p.applies(g.tiers.get(pid)):
            continue
        for i, w in staff:
            if w.directed_by is not None or "work_lead" in w.roles:
                continue
            yield Hit(
                join("workers", i, "directed_by"),
                {
                    **worker_facts(g, w),
                    "party_id": pid,
                    "contractor": g.party_name(contractor),
                    "leads": lead_names if lead_names is not None else _NO_LEAD,
                },
                worker=w.id,
                party=pid,
            )
