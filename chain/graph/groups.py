"""Corporate groups: parents, subsidiaries and the parties that belong together."""

from __future__ import annotations

from collections import defaultdict

from chain.graph.model import ChainGraph

__all__ = ["ancestors", "group_root", "groups", "same_group"]


def ancestors(g: ChainGraph, party_id: str) -> list[str]:
    """Parent, grandparent, ... of a party (stops on a loop of parents)."""
    return list(_ancestors_of(g, party_id))


def _ancestors_of(g: ChainGraph, party_id: str) -> tuple[str, ...]:
    cache = g.indexes.ancestors
    found = cache.get(party_id)
    if found is None:
        out: list[str] = []
        node = g.party(party_id)
        while node is not None and node.parent is not None and node.parent.party not in out:
            if node.parent.party == party_id:
                break
            out.append(node.parent.party)
            node = g.party(node.parent.party)
        found = cache[party_id] = tuple(out)
    return found


def group_root(g: ChainGraph, party_id: str) -> str:
    """The topmost parent of a party (the party itself when it has none)."""
    anc = _ancestors_of(g, party_id)
    return anc[-1] if anc else party_id


def same_group(g: ChainGraph, a: str, b: str) -> bool:
    """Whether two parties belong to one corporate group (parent/subsidiary links)."""
    if a == b:
        return False
    anc_a, anc_b = _ancestors_of(g, a), _ancestors_of(g, b)
    if not anc_a and not anc_b:
        return False
    return (anc_a[-1] if anc_a else a) == (anc_b[-1] if anc_b else b)


def groups(g: ChainGraph) -> dict[str, list[str]]:
    """Corporate groups with more than one party: root id → member ids in file order."""
    found = g.indexes.groups
    if found is None:
        members: dict[str, list[str]] = defaultdict(list)
        parties, index = g.chain.parties, g.party_index
        for p in parties:
            if p.id in index and parties[index[p.id]] is p:
                members[group_root(g, p.id)].append(p.id)
        found = g.indexes.groups = {root: ids for root, ids in members.items() if len(ids) > 1}
    return found
