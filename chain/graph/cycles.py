"""Cycles: delegations that lead back to a party already on the way (CHN001).

Whether there is a cycle at all is worked out here in plain Python; networkx is
imported only to take a cycle apart (:func:`cycle_graph`, :func:`multigraph`). A chain
without a cycle, nearly every submission, is checked without importing it, which
spares ``chain validate`` most of its start (benchmarks/README.md, cold start).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from chain.graph.model import ChainGraph, Edge

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["cycle_graph", "has_cycle", "multigraph", "on_cycles"]


def multigraph(g: ChainGraph) -> nx.MultiDiGraph:
    """The parties and edges as a networkx multigraph (edge key: the edge id)."""
    found = g.indexes.multigraph
    if found is None:
        import networkx as nx

        found = g.indexes.multigraph = nx.MultiDiGraph()
        found.add_nodes_from(g.party_index)
        keyed = ((e.delegator, e.delegate, e.id, {"edge": e}) for e in g.edges)
        # The stubs list (u, v) and (u, v, data) only; a multigraph takes (u, v, key, data) too.
        found.add_edges_from(keyed)  # type: ignore[arg-type]
    return found


def has_cycle(g: ChainGraph) -> bool:
    """Whether delegations lead back to a party already on the way (self-delegation
    aside): whether anything is left of :func:`on_cycles`. Parties on a cycle are
    never peeled off, and parties that each keep a delegation in and one out among
    those left cannot all be off every cycle: following the delegations among them
    must come back to one."""
    return bool(on_cycles(g)[0])


def on_cycles(g: ChainGraph) -> tuple[list[str], list[Edge]]:
    """The parties (in file order) and delegations a cycle can pass through,
    self-delegations left out.

    A party with no delegation in, or none out, lies on no cycle: such parties are
    peeled off, and again as their leaving strips others, until none is left. The
    strongly connected components of more than one party are those of the whole
    graph; on a large chain with one cycle, this is a few parties (CHN001).
    """
    found = g.indexes.on_cycles
    if found is None:
        found = g.indexes.on_cycles = _peeled(g)
    return found


def cycle_graph(g: ChainGraph) -> nx.MultiDiGraph:
    """:func:`on_cycles` as a networkx multigraph (edge key: the edge id)."""
    found = g.indexes.cycle_graph
    if found is None:
        import networkx as nx

        nodes, edges = on_cycles(g)
        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        graph.add_nodes_from(nodes)
        keyed = ((e.delegator, e.delegate, e.id, {"edge": e}) for e in edges)
        graph.add_edges_from(keyed)  # type: ignore[arg-type]  # (u, v, key, data), as above
        found = g.indexes.cycle_graph = graph
    return found


def _peeled(g: ChainGraph) -> tuple[list[str], list[Edge]]:
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
    if len(peeled) == len(g.party_index):  # no cycle: nearly every chain
        return [], []
    nodes = [n for n in g.party_index if n not in peeled]
    kept = [e for e in edges if e.delegator not in peeled and e.delegate not in peeled]
    return nodes, kept
