"""Building a chain graph: the parties, edges and tiers of a chain, in one pass each.

:func:`analyse` builds a :class:`~chain.graph.model.ChainGraph` once; rules,
liability and diagrams all read it. Bad structure (dangling ids, duplicates,
cycles) never stops the build: dangling edges are left out of the graph, the first
of two duplicate ids wins, and the structural rules report what was left out.
"""

from __future__ import annotations

from collections import defaultdict, deque

from chain.format.model import Chain, Place, Worker
from chain.graph.model import CONTRACT_EDGE, ChainGraph, Edge

__all__ = ["analyse"]


def analyse(chain: Chain) -> ChainGraph:
    """Derive the graph, tiers and indexes of a chain."""
    party_index: dict[str, int] = {}
    for i, p in enumerate(chain.parties):
        party_index.setdefault(p.id, i)

    contract = chain.contract
    municipality = contract.municipality if contract.municipality in party_index else None
    contractor = contract.contractor if contract.contractor in party_index else None

    raw: list[tuple[str, str, str, int | None, str]] = []
    if municipality and contractor:
        raw.append((CONTRACT_EDGE, municipality, contractor, None, "/contract"))
    for i, d in enumerate(chain.delegations):
        if d.delegator in party_index and d.delegate in party_index:
            # join("delegations", i), written out: nothing in it needs escaping
            raw.append((d.id, d.delegator, d.delegate, i, f"/delegations/{i}"))

    tiers = _tiers(municipality, contractor, raw)
    edges = [
        Edge(eid, u, v, idx, ptr, 1 if idx is None else _next_tier(tiers, u))
        for eid, u, v, idx, ptr in raw
    ]

    incoming: dict[str, list[Edge]] = defaultdict(list)
    outgoing: dict[str, list[Edge]] = defaultdict(list)
    for e in edges:
        incoming[e.delegate].append(e)
        outgoing[e.delegator].append(e)

    # One pass over the workers, in file order (the order their objects lie in memory:
    # reading them so is several times quicker than party by party), for what the
    # checks ask of every worker: who works where, under which name, dispatch links, and
    # who directs the worker where the chain records it.
    workers: dict[str, list[tuple[int, Worker]]] = {}
    names: dict[str, list[tuple[int, str]]] = {}
    agencies: set[str] = set()
    mismatched: list[int] = []
    directed: list[int] = []
    items = list(enumerate(chain.workers))
    for item in items:
        i, w = item
        party = w.party
        found = workers.get(party)
        if found is None:
            workers[party] = [item]
            names[party] = [(i, w.name)]
        else:
            found.append(item)
            names[party].append((i, w.name))
        agency = w.dispatched_from
        if agency:
            agencies.add(agency)
            if w.employment != "dispatched":
                mismatched.append(i)
        elif w.employment == "dispatched":
            mismatched.append(i)
        if w.directed_by is not None or w.dispatched_to is not None:
            directed.append(i)
            if w.dispatched_to is not None and w.employment != "dispatched" and not agency:
                mismatched.append(i)
    places: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for i, pl in enumerate(chain.places):
        places[pl.party].append((i, pl))

    return ChainGraph(
        chain=chain,
        party_index=party_index,
        edges=edges,
        tiers=tiers,
        municipality=municipality,
        contractor=contractor,
        incoming=dict(incoming),
        outgoing=dict(outgoing),
        workers_by_party=workers,
        places_by_party=dict(places),
        worker_items=items,
        worker_names=names,
        dispatch_agencies=agencies,
        dispatch_mismatches=mismatched,
        direction_records=directed,
    )


def _next_tier(tiers: dict[str, int], delegator: str) -> int | None:
    t = tiers.get(delegator)
    return None if t is None else t + 1


def _tiers(
    municipality: str | None,
    contractor: str | None,
    raw: list[tuple[str, str, str, int | None, str]],
) -> dict[str, int]:
    """Breadth-first distances from the municipality (or from the contractor at 1)."""
    succ: dict[str, list[str]] = defaultdict(list)
    for _eid, u, v, _idx, _ptr in raw:
        succ[u].append(v)
    tiers: dict[str, int] = {}
    queue: deque[str] = deque()
    if municipality is not None:
        tiers[municipality] = 0
        queue.append(municipality)
    elif contractor is not None:
        tiers[contractor] = 1
        queue.append(contractor)
    while queue:
        u = queue.popleft()
        for v in succ[u]:
            if v not in tiers:
                tiers[v] = tiers[u] + 1
                queue.append(v)
    return tiers
