"""Every path, not only the shortest: which delegations lead to a party.

A party reached by two delegations (CHN006) is in the work of both; a breach on either
path is the contractor's own breach for an incident there. The assessment walks the
shortest path for the capacities; the breaches look at every delegation above the party.
"""

from __future__ import annotations

from collections.abc import Collection

from chain.graph import ChainGraph, Edge

__all__ = ["below", "reaching"]


def reaching(graph: ChainGraph, host: str) -> list[Edge]:
    """The delegations of every path from the municipality to ``host``, in file order of
    discovery (each once, cycles walked once)."""
    incoming = graph.incoming
    seen = {host}
    todo = [host]
    found: dict[int, Edge] = {}
    while todo:
        for e in incoming.get(todo.pop(), ()):
            if id(e) not in found:
                found[id(e)] = e
            if e.delegator not in seen:
                seen.add(e.delegator)
                todo.append(e.delegator)
    return list(found.values())


def below(graph: ChainGraph, delegations: Collection[str]) -> frozenset[str]:
    """The parties at or below the delegates of ``delegations`` (ids): those with one of
    them on some path from the municipality."""
    if not delegations:
        return frozenset()
    outgoing = graph.outgoing
    todo = [e.delegate for e in graph.edges if e.id in delegations and not e.is_contract]
    seen = set(todo)
    while todo:
        for e in outgoing.get(todo.pop(), ()):
            if e.delegate not in seen:
                seen.add(e.delegate)
                todo.append(e.delegate)
    return frozenset(seen)
