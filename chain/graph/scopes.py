"""What a rule's scope covers: the delegations at some tiers, the workers on the chain."""

from __future__ import annotations

from chain.format.model import Delegation, Worker
from chain.graph.model import ChainGraph, DelegationEdge

__all__ = ["chain_workers", "delegations_at"]


def delegations_at(
    g: ChainGraph, tiers: tuple[int, ...], min_tier: int | None
) -> list[tuple[DelegationEdge, Delegation]]:
    """Delegation edges at the listed tiers or ``min_tier`` and deeper, in file order
    (shared by every rule of the same scope: iterate it, do not modify it)."""
    key = (tiers, min_tier)
    cache = g.indexes.at_tiers
    found = cache.get(key)
    if found is None:
        wanted = set(tiers)
        delegations = g.chain.delegations
        found = cache[key] = [
            (e, delegations[e.index])
            for e in g.delegation_edges
            if e.tier is not None
            and (e.tier in wanted or (min_tier is not None and e.tier >= min_tier))
        ]
    return found


def chain_workers(g: ChainGraph) -> list[tuple[int, Worker]]:
    """Workers of parties on the chain below the municipality (tier 1 and deeper)."""
    found = g.indexes.chain_workers
    if found is None:
        tiers = g.tiers
        items = g.worker_items or list(enumerate(g.chain.workers))
        # Settled party by party (a few thousand), not worker by worker.
        off = {p for p in g.workers_by_party if tiers.get(p, 0) < 1}
        found = list(items) if not off else [item for item in items if item[1].party not in off]
        g.indexes.chain_workers = found
    return found
