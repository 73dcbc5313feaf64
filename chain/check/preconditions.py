"""Whether a hit meets its rule entry's ``when`` (:mod:`chain.profiles.when`).

The engine filters the hits of an entry that has ``when`` through :func:`meets`; an
entry without it is not touched, so a profile that uses no precondition pays nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from chain.check.findings import Hit
from chain.format.model import Delegation
from chain.format.pointer import split
from chain.graph import ChainGraph, DelegationEdge
from chain.profiles.when import When

__all__ = ["edge_meets", "meets"]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


def meets(graph: ChainGraph, when: When) -> Callable[[Hit], bool]:
    """A predicate: does a hit of the entry meet ``when``?"""
    chain = graph.chain
    wanted = [_norm(c) for c in when.categories]

    def subject(hit: Hit) -> tuple[str, int | None]:
        parts = split(hit.pointer)
        if len(parts) >= 2 and parts[0] in ("workers", "places") and parts[1].isdigit():
            return parts[0], int(parts[1])
        return "", None

    def delegation(hit: Hit) -> Delegation | None:
        edge = graph.edge_by_id.get(hit.delegation) if hit.delegation else None
        return graph.delegation(edge) if edge is not None else None

    def tier(hit: Hit) -> int | None:
        edge = graph.edge_by_id.get(hit.delegation) if hit.delegation else None
        if edge is not None:
            return edge.tier
        kind, i = subject(hit)
        owner = None
        if kind == "workers" and i is not None and i < len(chain.workers):
            owner = chain.workers[i].party
        elif kind == "places" and i is not None and i < len(chain.places):
            owner = chain.places[i].party
        owner = owner or hit.party
        return graph.tiers.get(owner) if owner else None

    def check(hit: Hit) -> bool:
        if when.tiers or when.min_tier is not None:
            t = tier(hit)
            if t is None or not (
                t in when.tiers or (when.min_tier is not None and t >= when.min_tier)
            ):
                return False
        d = delegation(hit)
        data = d.personal_data if d is not None else chain.contract.personal_data
        if when.personal_data is not None and bool(data) != when.personal_data:
            return False
        if wanted and not any(w in _norm(c) for c in data for w in wanted):
            return False
        if when.subsidiary is not None:
            party = graph.party(d.delegate) if d is not None else None
            if party is None or (party.parent is not None) != when.subsidiary:
                return False
        kind, i = subject(hit)
        if when.employments or when.roles:
            if kind != "workers" or i is None or i >= len(chain.workers):
                return False
            w = chain.workers[i]
            if when.employments and w.employment not in when.employments:
                return False
            if when.roles and not set(w.roles) & set(when.roles):
                return False
        if when.place_kinds:
            if kind != "places" or i is None or i >= len(chain.places):
                return False
            if chain.places[i].kind not in when.place_kinds:
                return False
        return True

    return check


def edge_meets(graph: ChainGraph, when: When) -> Callable[[DelegationEdge], bool]:
    """A predicate: does a delegation meet ``when``, as a finding about it would (a
    condition about a worker or a place does not hold of a delegation)?"""
    check = meets(graph, when)

    def holds(e: DelegationEdge) -> bool:
        return check(Hit(e.pointer, delegation=e.id, party=e.delegate))

    return holds
