"""Cycles: delegations that lead back to a party already on the way (CHN001)."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from chain.graph.model import ChainGraph

__all__ = ["cycle_graph", "has_cycle", "multigraph"]


def multigraph(g: ChainGraph) -> nx.MultiDiGraph:
    """The parties and edges as a networkx multigraph (edge key: the edge id)."""
    found = g.indexes.multigraph
    if found is None:
        found = g.indexes.multigraph = nx.MultiDiGraph()
        found.add_nodes_from(g.party_index)
        keyed = ((e.delegator, e.delegate, e.id, {"edge": e}) for e in g.edges)
        # The stubs list (u, v) and (u, v, data) only; a multigraph takes (u, v, key, data) too.
        found.add_edges_from(keyed)  # type: ignore[arg-type]
    return found


def has_cycle(g: ChainGraph) -> bool:
    """Whether delegations lead back to a party already on the way (self-delegation
    aside): whether anything is left of :func:`cycle_graph`. Parties on a cycle are
    never peeled off, and parties that each keep a delegation in and one out among
    those left cannot all be off every cycle: following the delegations among them
    must come back to one."""
    return cycle_graph(g).number_of_nodes() > 0


def cycle_graph(g: ChainGraph) -> nx.MultiDiGraph:
    """The part of :func:`multigraph` a cycle can pass through, self-delegations left out.

    A party with no delegation in, or none out, lies on no cycle: such parties are
    peeled off, and again as their leaving strips others, until none is left. The
    strongly connected components of more than one party are those of the whole
    graph; on a large chain with one cycle, this graph is a few parties (CHN001).
    """
    found = g.indexes.cycle_graph
    if found is None:
        found = g.indexes.cycle_graph = _peeled(g)
    return found


def _peeled(g: ChainGraph) -> nx.MultiDiGraph:
    edges = [e for e in g.edges if e.delegator != e.delegate]
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        succ[e.delegator].append(e.delegate)
        pred[e.delegate].append(e.delegator)
    into = {n: len(p) for n, p in pred.items()}
    out = {n: len(s) for n, s in succ.items()}
    peeled: set[str] = set()
    queue = [n for n in g.party_index if not into.get(n) or not out.get(n)]
    while queue:
        n = queue.pop()
        if n in peeled:
            continue
        peeled.add(n)
        for v in succ.get(n, ()):
            into[v] -= 1
            if not into[v] and v not in peeled:
                queue.append(v)
        for u in pred.get(n, ()):
            out[u] -= 1
            if not out[u] and u not in peeled:
                queue.append(u)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_nodes_from(n for n in g.party_index if n not in peeled)
    keyed = (
        (e.delegator, e.delegate, e.id, {"edge": e})
        for e in edges
        if e.delegator not in peeled and e.delegate not in peeled
    )
    graph.add_edges_from(keyed)  # type: ignore[arg-type]  # (u, v, key, data), as above
    return graph
