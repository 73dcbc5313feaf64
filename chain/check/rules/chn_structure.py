"""CHN: how the parties are linked. Always on; they cite the chain format.

Real submissions contain delegations that lead back up the chain, a party delegating
to itself, parties no delegation reaches and parties reached by two. Each is reported
here, never a crash. (What refers to what: :mod:`chain.check.rules.chn_references`;
who the parties are: :mod:`chain.check.rules.chn_identity`.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts
from chain.format.pointer import join
from chain.graph import ChainGraph, Edge, ancestors, cycle_graph, has_cycle
from chain.profiles.params import NoParams
from chain.vocab import PARTY_KINDS

if TYPE_CHECKING:
    import networkx as nx

__all__: list[str] = []


@rule("CHN001")
def delegation_cycle(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Delegations that lead back to a party already on the way."""
    if not has_cycle(g):
        return
    import networkx as nx  # only for a chain with a cycle (chain.graph.cycles)

    for component in nx.strongly_connected_components(cycle_graph(g)):
        if len(component) < 2:
            continue
        sub = _component(g, component)
        cycle = [sub.edges[u, v, key]["edge"] for u, v, key in nx.find_cycle(sub)]
        # Point at the delegation that leads back up the chain (its delegate sits
        # at a lower tier than the delegation itself): that is the one to
        # question, not the approved delegation the cycle happens to start from.
        closing = [e for e in cycle if _leads_back(g, e)] or cycle
        culprit = min(closing, key=lambda e: (e.index is None, e.index or 0))
        at = cycle.index(culprit)
        ordered = cycle[at + 1 :] + cycle[: at + 1]
        names = [g.party_name(e.delegator) for e in ordered] + [g.party_name(culprit.delegate)]
        yield Hit(
            culprit.pointer,
            {**delegation_facts(g, culprit), "cycle": " → ".join(names)},
            delegation=culprit.id,
        )


def _component(g: ChainGraph, members: set[str]) -> nx.MultiDiGraph:
    """The delegations among ``members``, in file order, self-delegations left out.

    Built anew rather than as a view: a view of a small part of the graph lists
    its parties in the order of a set, which changes from run to run, and the
    cycle found would change with it. A self-delegation is CHN002's finding, not
    a cycle through other parties.
    """
    import networkx as nx

    sub: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    nodes = sorted(members, key=g.party_index.__getitem__)
    sub.add_nodes_from(nodes)
    keyed = (
        (e.delegator, e.delegate, e.id, {"edge": e})
        for e in g.edges
        if e.delegator != e.delegate and e.delegator in members and e.delegate in members
    )
    # The stubs list (u, v) and (u, v, data) only; a multigraph takes (u, v, key, data) too.
    sub.add_edges_from(keyed)  # type: ignore[arg-type]
    return sub


def _leads_back(g: ChainGraph, e: Edge) -> bool:
    reached = g.tiers.get(e.delegate)
    return e.tier is not None and reached is not None and reached < e.tier


@rule("CHN002")
def self_delegation(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for i, d in enumerate(g.chain.delegations):
        if d.delegator == d.delegate:
            yield Hit(
                join("delegations", i, "delegate"),
                {"delegation": d.id, "party_name": g.party_name(d.delegator)},
                delegation=d.id,
                party=d.delegator,
            )


def _context_parents(g: ChainGraph) -> set[str]:
    """Parents named only to show a reached party's group: context, not participants."""
    out: set[str] = set()
    for pid in g.tiers:
        out.update(ancestors(g, pid))
    return out


@rule("CHN005")
def unreachable_party(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    agencies = g.dispatch_agencies
    parents = _context_parents(g)
    for pid, i in g.party_index.items():
        p = g.chain.parties[i]
        if pid in g.tiers or p.kind == "municipality":
            continue
        if pid in agencies or pid in parents:
            continue
        if g.workers_by_party.get(pid) or g.places_by_party.get(pid):
            continue  # handling data off the chain: DLG006 says more
        yield Hit(
            join("parties", i),
            {"party_name": p.name, "kind": PARTY_KINDS[p.kind]},
            party=pid,
        )


@rule("CHN006")
def multiple_paths(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for pid, i in g.party_index.items():
        delegators = []
        for e in g.incoming.get(pid, []):
            if e.delegator != pid and e.delegator not in delegators:
                delegators.append(e.delegator)
        if len(delegators) > 1:
            yield Hit(
                join("parties", i),
                {
                    "party_name": g.party_name(pid),
                    "delegators": [g.party_name(d) for d in delegators],
                    "count": len(delegators),
                },
                party=pid,
            )
