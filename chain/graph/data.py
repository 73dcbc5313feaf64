"""Personal data: the categories each delegation passes on and each party receives."""

from __future__ import annotations

from collections import defaultdict

from chain.format.identity import normalize_term
from chain.graph.model import ChainGraph

__all__ = ["data_terms", "received_data", "term"]


def term(g: ChainGraph, text: str) -> str:
    """``normalize_term(text)``, one object per distinct text (categories recur on
    every delegation: comparing the same objects costs less than comparing copies)."""
    known = g.indexes.terms
    found = known.get(text)
    if found is None:
        found = known[text] = normalize_term(text)
    return found


def data_terms(g: ChainGraph) -> list[frozenset[str]]:
    """Each delegation's personal-data categories, normalised (by delegation index)."""
    found = g.indexes.data_terms
    if found is None:
        known = g.indexes.terms
        found = []
        for d in g.chain.delegations:
            keys = []
            for c in d.personal_data:
                k = known.get(c)
                if k is None:
                    k = known[c] = normalize_term(c)
                keys.append(k)
            found.append(frozenset(keys))
        g.indexes.data_terms = found
    return found


def received_data(g: ChainGraph) -> dict[str, frozenset[str]]:
    """Normalised personal-data categories each party receives."""
    found = g.indexes.received_data
    if found is None:
        got: dict[str, set[str]] = defaultdict(set)
        if g.contractor is not None:
            contracted = g.chain.contract.personal_data
            got[g.contractor].update(term(g, c) for c in contracted)
        terms = data_terms(g)
        for e in g.delegation_edges:
            got[e.delegate].update(terms[e.index])
        found = g.indexes.received_data = {k: frozenset(v) for k, v in got.items()}
    return found
