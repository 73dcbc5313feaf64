"""Paths from the municipality down to a party, along shortest delegations."""

from __future__ import annotations

from chain.graph.model import ChainGraph, Edge

__all__ = ["path_to", "shortest_path"]


def _parent_edges(g: ChainGraph) -> dict[str, Edge]:
    """For each reached party, the first edge on a shortest path to it."""
    found = g.indexes.parent_edges
    if found is None:
        found = {}
        tiers = g.tiers
        for e in g.edges:
            if e.tier is not None and tiers.get(e.delegate) == e.tier:
                found.setdefault(e.delegate, e)
        g.indexes.parent_edges = found
    return found


def path_to(g: ChainGraph, party_id: str) -> list[Edge]:
    """Edges of a shortest path from the municipality to ``party_id`` (empty if none)."""
    parent = _parent_edges(g)
    path: list[Edge] = []
    seen: set[str] = set()
    node = party_id
    while node in parent and node not in seen:
        seen.add(node)
        e = parent[node]
        path.append(e)
        node = e.delegator
    return list(reversed(path))


def shortest_path(g: ChainGraph, party_id: str) -> tuple[Edge, ...]:
    """:func:`path_to` as a tuple, worked out once per party from its delegator's
    (assessing every party walks every path: each extends the one above it)."""
    cache = g.indexes.paths
    found = cache.get(party_id)
    if found is not None:
        return found
    parent = _parent_edges(g)
    climb: list[str] = []  # parties between party_id and the nearest known path
    node = party_id
    while node not in cache and node in parent and node not in climb:
        climb.append(node)
        node = parent[node].delegator
    if node in climb:  # a loop of parent edges cannot happen; stay as path_to is
        return tuple(path_to(g, party_id))
    path = cache.get(node, ())
    for node in reversed(climb):
        path = cache[node] = (*path, parent[node])
    if party_id not in cache:  # not reached: no path
        cache[party_id] = ()
    return cache[party_id]
