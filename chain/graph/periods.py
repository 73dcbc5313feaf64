"""When work happens: each delegation's period, and when each party starts."""

from __future__ import annotations

from datetime import date

from chain.graph.model import ChainGraph

__all__ = ["periods", "work_start"]


def periods(g: ChainGraph) -> list[tuple[date | None, date | None]]:
    """Each delegation's (start, end), ``(None, None)`` without a period (by index):
    read once here rather than through each delegation by every period check."""
    found = g.indexes.periods
    if found is None:
        none = (None, None)
        found = g.indexes.periods = [
            none if (p := d.period) is None else (p.start, p.end) for d in g.chain.delegations
        ]
    return found


def work_start(g: ChainGraph, party_id: str) -> date | None:
    """When the party starts on this contract: its earliest incoming period start."""
    cache = g.indexes.work_starts
    if party_id not in cache:
        cache[party_id] = _work_start(g, party_id)
    return cache[party_id]


def _work_start(g: ChainGraph, party_id: str) -> date | None:
    starts: list[date] = []
    for e in g.incoming.get(party_id, []):
        if e.index is None:  # the contract
            s = g.chain.contract.period.start
        else:
            d = g.chain.delegations[e.index]
            s = d.period.start if d.period else None
        if s is not None:
            starts.append(s)
    return min(starts) if starts else None
