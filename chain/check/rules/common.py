"""Helpers shared by the checks: facts about a delegation, documents of a kind."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from chain.format.model import Delegation, Document, Place, Worker
from chain.format.pointer import join
from chain.graph import ChainGraph, DelegationEdge, Edge, delegations_at
from chain.vocab import DOCUMENT_KINDS, EMPLOYMENTS, PLACE_KINDS, ROLES, L
from chain.vocab import tier_label as _tier_label

__all__ = [
    "delegation_facts",
    "doc_pointer",
    "docs",
    "earliest",
    "group_note",
    "kind_label",
    "own_answer",
    "place_facts",
    "scoped_delegations",
    "worker_facts",
]


#: The name of each tier, made once: facts of thousands of findings carry it (immutable).
tier_label = lru_cache(maxsize=256)(_tier_label)


def scoped_delegations(g: ChainGraph, scope: Any) -> Sequence[tuple[DelegationEdge, Delegation]]:
    """Delegation edges whose tier the rule's scope covers, in file order (a list shared
    by the checks of the same scope: iterate it, do not modify it)."""
    return delegations_at(g, tuple(scope.tiers), scope.min_tier)


def delegation_facts(g: ChainGraph, e: Edge) -> dict[str, Any]:
    return {
        "delegation": e.id,
        "delegator": g.party_name(e.delegator),
        "delegate": g.party_name(e.delegate),
        "tier": e.tier,
        "kind": tier_label(e.tier),
    }


def docs(d: Delegation, kind: str) -> list[tuple[int, Document]]:
    """Documents of ``kind`` on a delegation, with their index."""
    return [(i, doc) for i, doc in enumerate(d.documents) if doc.kind == kind]


def earliest(items: list[tuple[int, Document]]) -> tuple[int, Document] | None:
    """The earliest dated document, or ``None`` if none is dated."""
    dated = [(i, doc) for i, doc in items if doc.date is not None]
    return min(dated, key=lambda t: (t[1].date, t[0])) if dated else None


def doc_pointer(e: DelegationEdge, i: int, field: str | None = None) -> str:
    parts: list[str | int] = ["delegations", e.index, "documents", i]
    if field:
        parts.append(field)
    return join(*parts)


def worker_facts(g: ChainGraph, w: Worker) -> dict[str, Any]:
    return {
        "worker": w.id,
        "name": w.name,
        "party_name": g.party_name(w.party),
        "employment": EMPLOYMENTS[w.employment],
        "roles": [ROLES[r] for r in w.roles],
    }


def group_note(group: bool) -> L:
    """What a consent finding adds when the delegate is of the delegator's group."""
    if not group:
        return L("", "")
    return L(
        "（グループ会社への委託も第三者への委託です）", " (a group company is still a third party)"
    )


def kind_label(kind: str) -> L:
    return DOCUMENT_KINDS[kind]


def place_facts(g: ChainGraph, pl: Place) -> dict[str, Any]:
    """The facts every finding about a place words its message with."""
    return {
        "place": pl.id,
        "name": pl.name,
        "kind": PLACE_KINDS[pl.kind],
        "party_name": g.party_name(pl.party),
    }


def own_answer(d: Delegation, key: str) -> str | None:
    """The delegation's answer to an application item of the template's own
    (``items.KEY``): its own, else the first of its applications' (not blank); ``None``
    if none answers it. ITM001 and the drafted application read items so alike."""
    found = d.items.get(key) if d.items else None
    if found is not None and found.strip():
        return found
    for doc in d.documents:
        if doc.kind == "application" and doc.items:
            found = doc.items.get(key)
            if found is not None and found.strip():
                return found
    return None
