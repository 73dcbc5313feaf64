"""Which parties and edges a diagram shows: one branch, tiers down to N, or all.

Large chains stay readable by showing part of them. ``branch`` keeps the
path from the municipality to one party and everything below it;
``max_tier`` keeps the tiers down to N and counts, under each party at
the cut, how many parties below it were left out. Parties off the chain
(reached by no delegation) are shown unless a branch is chosen: they are
often what an officer must see (a subsidiary working with no delegation).
Dispatch agencies are shown beside the parties whose staff they supply.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from chain.graph import ChainGraph, Edge, path_to

__all__ = ["Scope", "UnknownParty", "select"]


class UnknownParty(ValueError):
    """A party id the chain does not have (``branch`` or an incident party)."""

    def __init__(self, party: str):
        self.party = party
        super().__init__(f"unknown party id: {party!r}")


@dataclass
class Scope:
    """The parties and edges drawn."""

    parties: list[str]
    """Visible party ids, in file order."""
    edges: list[Edge]
    """Visible edges, in graph order (the contract first)."""
    hidden_below: dict[str, int] = field(default_factory=dict)
    """Party id → parties below it left out by ``max_tier``."""
    hidden: int = 0
    """Parties of the chain not drawn."""

    def __post_init__(self) -> None:
        self._set = frozenset(self.parties)

    def __contains__(self, party: object) -> bool:
        return party in self._set


def _below(graph: ChainGraph, start: str) -> set[str]:
    """``start`` and every party reachable from it by delegations."""
    seen = {start}
    queue = deque([start])
    while queue:
        for e in graph.outgoing.get(queue.popleft(), []):
            if e.delegate not in seen:
                seen.add(e.delegate)
                queue.append(e.delegate)
    return seen


def _supplied(graph: ChainGraph) -> list[tuple[str, str]]:
    """Each staff member dispatched from an agency as (host, agency)."""
    return [
        (host, w.dispatched_from)
        for host, staff in graph.workers_by_party.items()
        for _i, w in staff
        if w.dispatched_from is not None
    ]


def select(
    graph: ChainGraph,
    *,
    branch: str | None = None,
    max_tier: int | None = None,
    keep: Iterable[str] = (),
) -> Scope:
    """The part of the chain to draw; parties in ``keep`` are drawn whatever the options."""
    everyone = list(graph.party_index)
    if branch is not None:
        if branch not in graph.party_index:
            raise UnknownParty(branch)
        shown = _below(graph, branch)
        for e in path_to(graph, branch):
            shown.update((e.delegator, e.delegate))
    else:
        shown = set(everyone)

    kept = {p for p in keep if p in graph.party_index}
    hidden_below: dict[str, int] = {}
    if max_tier is not None:
        deep = {p for p in shown - kept if (graph.tiers.get(p) or 0) > max_tier}
        shown -= deep
        for p in everyone:
            if p in shown and any(e.delegate in deep for e in graph.outgoing.get(p, [])):
                hidden_below[p] = len(_below(graph, p) & deep)

    shown |= kept

    # Agencies go with the staff they supply; an agency on its own is off the chain.
    agencies = {p for p in shown - kept if _is_free_agency(graph, p)}
    shown -= agencies
    supplied = _supplied(graph)
    shown |= {a for host, a in supplied if host in shown and a in graph.party_index}
    if branch is None:
        shown |= agencies - {a for _host, a in supplied}

    parties = [p for p in everyone if p in shown]
    edges = [e for e in graph.edges if e.delegator in shown and e.delegate in shown]
    return Scope(parties, edges, hidden_below, hidden=len(everyone) - len(parties))


def _is_free_agency(graph: ChainGraph, party: str) -> bool:
    """A dispatch agency that no delegation reaches (the usual case)."""
    p = graph.party(party)
    return p is not None and p.kind == "dispatch_agency" and party not in graph.tiers
