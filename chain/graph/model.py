"""The chain as a graph: tiers, paths, groups and indexes derived from a :class:`Chain`.

:func:`analyse` builds a :class:`ChainGraph` once; rules, liability and
diagrams all read it. Bad structure (dangling ids, duplicates, cycles) never
stops the build: dangling edges are left out of the graph, the first of two
duplicate ids wins, and the structural rules report what was left out.

Tiers are shortest distances from the municipality: the municipality is
tier 0, the contractor tier 1, and a delegation's tier is its delegate's
distance through that delegation (so the contract is tier 1, 再委託 tier 2,
再々委託 tier 3).
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

import networkx as nx

from chain._perf.quick_init import quick_init
from chain.format.identity import normalize_term
from chain.format.model import Chain, Delegation, Document, Party, Place, Worker
from chain.format.pointer import join

__all__ = ["CONTRACT_EDGE", "ChainGraph", "Edge", "analyse"]

#: Edge id of the contract itself (municipality → contractor).
CONTRACT_EDGE = "contract"


@quick_init
@dataclass(frozen=True, init=False)
class Edge:
    """A delegation, or the contract, as an edge of the graph."""

    id: str
    delegator: str
    delegate: str
    index: int | None
    """Position in ``chain.delegations``; ``None`` for the contract."""
    pointer: str
    tier: int | None
    """1 for the contract; the delegator's tier + 1; ``None`` if the delegator is off the chain."""

    @property
    def is_contract(self) -> bool:
        return self.index is None


class _DocumentPass(NamedTuple):
    """What one pass over every document finds (see ChainGraph._document_pass)."""

    by_kind: dict[str, list[list[tuple[int, Document]] | None]]
    parties: set[str]
    undated: dict[int, list[tuple[int, Document]]]


@dataclass
class ChainGraph:
    """A chain with everything derived from its structure."""

    chain: Chain
    party_index: dict[str, int]
    edges: list[Edge]
    tiers: dict[str, int]
    municipality: str | None
    contractor: str | None
    incoming: dict[str, list[Edge]] = field(default_factory=dict)
    outgoing: dict[str, list[Edge]] = field(default_factory=dict)
    workers_by_party: dict[str, list[tuple[int, Worker]]] = field(default_factory=dict)
    places_by_party: dict[str, list[tuple[int, Place]]] = field(default_factory=dict)
    worker_items: list[tuple[int, Worker]] = field(default_factory=list, repr=False)
    """Every worker with its index, in file order: the pairs ``workers_by_party`` holds."""
    worker_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    """Each party's workers as (index, name), in file order."""
    dispatch_agencies: set[str] = field(default_factory=set, repr=False)
    """Every agency some worker is dispatched from (known as a party or not)."""
    dispatch_mismatches: list[int] = field(default_factory=list, repr=False)
    """Workers whose employment and agency disagree: dispatched without an agency, or
    an agency named for a worker who is not dispatched."""

    @cached_property
    def memo(self) -> dict[object, object]:
        """Indexes the checks derive from this chain and share (e.g. the workers a staff
        scope covers), keyed by whoever derives them. Built on first use, never stale:
        a chain graph does not change."""
        return {}

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The parties and edges as a networkx multigraph (edge key: the edge id)."""
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.party_index)
        graph.add_edges_from((e.delegator, e.delegate, e.id, {"edge": e}) for e in self.edges)
        return graph

    @cached_property
    def has_cycle(self) -> bool:
        """Whether delegations lead back to a party already on the way (self-delegation
        aside): whether anything is left of :attr:`cycle_graph`. Parties on a cycle are
        never peeled off, and parties that each keep a delegation in and one out among
        those left cannot all be off every cycle: following the delegations among them
        must come back to one."""
        return self.cycle_graph.number_of_nodes() > 0

    @cached_property
    def cycle_graph(self) -> nx.MultiDiGraph:
        """The part of :attr:`graph` a cycle can pass through, self-delegations left out.

        A party with no delegation in, or none out, lies on no cycle: such parties are
        peeled off, and again as their leaving strips others, until none is left. The
        strongly connected components of more than one party are those of the whole
        graph; on a large chain with one cycle, this graph is a few parties (CHN001).
        """
        edges = [e for e in self.edges if e.delegator != e.delegate]
        succ: dict[str, list[str]] = defaultdict(list)
        pred: dict[str, list[str]] = defaultdict(list)
        for e in edges:
            succ[e.delegator].append(e.delegate)
            pred[e.delegate].append(e.delegator)
        into = {n: len(p) for n, p in pred.items()}
        out = {n: len(s) for n, s in succ.items()}
        peeled: set[str] = set()
        queue = [n for n in self.party_index if not into.get(n) or not out.get(n)]
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
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(n for n in self.party_index if n not in peeled)
        graph.add_edges_from(
            (e.delegator, e.delegate, e.id, {"edge": e})
            for e in edges
            if e.delegator not in peeled and e.delegate not in peeled
        )
        return graph

    # -- lookups ---------------------------------------------------------------
    def party(self, party_id: str | None) -> Party | None:
        i = self.party_index.get(party_id) if party_id is not None else None
        return None if i is None else self.chain.parties[i]

    def party_pointer(self, party_id: str) -> str:
        i = self.party_index.get(party_id)
        return join("parties", i) if i is not None else ""

    def party_name(self, party_id: str | None) -> str:
        name = self.party_names.get(party_id)  # type: ignore[arg-type]
        return name if name is not None else str(party_id)

    @cached_property
    def party_names(self) -> dict[str, str]:
        """Each party's name by id (the first party of an id), read in one pass: the
        checks and the assessments ask for names by the thousand. Shared: do not modify."""
        parties = self.chain.parties
        return {pid: parties[i].name for pid, i in self.party_index.items()}

    def delegation(self, edge: Edge) -> Delegation | None:
        return None if edge.index is None else self.chain.delegations[edge.index]

    @cached_property
    def edge_by_id(self) -> dict[str, Edge]:
        out: dict[str, Edge] = {}
        for e in self.edges:
            out.setdefault(e.id, e)
        return out

    @cached_property
    def delegation_edges(self) -> list[Edge]:
        """Delegation edges (not the contract), in file order."""
        return [e for e in self.edges if not e.is_contract]

    def delegations_at(
        self, tiers: tuple[int, ...], min_tier: int | None
    ) -> list[tuple[Edge, Delegation]]:
        """Delegation edges at the listed tiers or ``min_tier`` and deeper, in file order."""
        key = (tiers, min_tier)
        found = self._at_tiers.get(key)
        if found is None:
            wanted = set(tiers)
            found = [
                (e, self.chain.delegations[e.index])  # type: ignore[index]
                for e in self.delegation_edges
                if e.tier is not None
                and (e.tier in wanted or (min_tier is not None and e.tier >= min_tier))
            ]
            self._at_tiers[key] = found
        return found

    @cached_property
    def _at_tiers(self) -> dict[tuple, list[tuple[Edge, Delegation]]]:
        return {}

    @cached_property
    def _document_pass(self) -> _DocumentPass:
        # One pass over every document, grouped by kind then by delegation: the
        # checks ask "this delegation's approvals" tens of thousands of times. The
        # parties documents name and the undated ones are noted on the way.
        count = len(self.chain.delegations)
        out: dict[str, list[list[tuple[int, Document]] | None]] = {}
        refs: set[str | None] = set()
        undated: dict[int, list[tuple[int, Document]]] = {}
        for i, d in enumerate(self.chain.delegations):
            for j, doc in enumerate(d.documents):
                per = out.get(doc.kind)
                if per is None:
                    per = out[doc.kind] = [None] * count
                found = per[i]
                if found is None:
                    per[i] = [(j, doc)]
                else:
                    found.append((j, doc))
                refs.add(doc.submitted_by)
                refs.add(doc.issued_by)
                if doc.date is None:
                    undated.setdefault(i, []).append((j, doc))
        refs.discard(None)
        return _DocumentPass(out, refs, undated)  # type: ignore[arg-type]

    @property
    def _documents(self) -> dict[str, list[list[tuple[int, Document]] | None]]:
        return self._document_pass.by_kind

    @property
    def undated_documents(self) -> dict[int, list[tuple[int, Document]]]:
        """Documents without a date, with their index, by delegation index. Shared: do
        not modify."""
        return self._document_pass.undated

    @property
    def document_parties(self) -> set[str]:
        """Every party id a document names as its submitter or issuer."""
        return self._document_pass.parties

    def documents_of(self, kind: str) -> list[list[tuple[int, Document]] | None]:
        """Every delegation's documents of ``kind`` (by index in ``chain.delegations``),
        ``None`` where it has none. Shared: do not modify."""
        found = self._documents.get(kind)
        if found is None:
            found = self._documents[kind] = [None] * len(self.chain.delegations)
        return found

    def documents(self, edge: Edge, kind: str) -> list[tuple[int, Document]]:
        """Documents of ``kind`` on a delegation edge, with their index (do not modify)."""
        if edge.index is None:
            return []
        return self.documents_of(kind)[edge.index] or []

    def earliest_of(self, kind: str) -> list[tuple[int, Document] | None]:
        """Every delegation's earliest dated document of ``kind`` (by delegation index),
        ``None`` where none is dated: ties go to the first in the file."""
        cache = self._earliest
        found = cache.get(kind)
        if found is None:
            found = cache[kind] = [
                None if docs is None else _earliest(docs) for docs in self.documents_of(kind)
            ]
        return found

    @cached_property
    def _earliest(self) -> dict[str, list[tuple[int, Document] | None]]:
        return {}

    @cached_property
    def periods(self) -> list[tuple[date | None, date | None]]:
        """Each delegation's (start, end), ``(None, None)`` without a period (by index):
        read once here rather than through each delegation by every period check."""
        none = (None, None)
        return [
            none if (p := d.period) is None else (p.start, p.end) for d in self.chain.delegations
        ]

    @cached_property
    def chain_workers(self) -> list[tuple[int, Worker]]:
        """Workers of parties on the chain below the municipality (tier 1 and deeper)."""
        tiers = self.tiers
        items = self.worker_items or list(enumerate(self.chain.workers))
        # Settled party by party (a few thousand), not worker by worker.
        off = {p for p in self.workers_by_party if tiers.get(p, 0) < 1}
        if not off:
            return list(items)
        return [item for item in items if item[1].party not in off]

    def tier(self, party_id: str) -> int | None:
        return self.tiers.get(party_id)

    # -- paths -----------------------------------------------------------------
    @cached_property
    def _parent_edge(self) -> dict[str, Edge]:
        """For each reached party, the first edge on a shortest path to it."""
        best: dict[str, Edge] = {}
        for e in self.edges:
            if e.tier is not None and self.tiers.get(e.delegate) == e.tier:
                best.setdefault(e.delegate, e)
        return best

    def path_to(self, party_id: str) -> list[Edge]:
        """Edges of a shortest path from the municipality to ``party_id`` (empty if none)."""
        path: list[Edge] = []
        seen: set[str] = set()
        node = party_id
        while node in self._parent_edge and node not in seen:
            seen.add(node)
            e = self._parent_edge[node]
            path.append(e)
            node = e.delegator
        return list(reversed(path))

    def shortest_path(self, party_id: str) -> tuple[Edge, ...]:
        """:meth:`path_to` as a tuple, worked out once per party from its delegator's
        (assessing every party walks every path: each extends the one above it)."""
        cache = self._paths
        found = cache.get(party_id)
        if found is not None:
            return found
        parent = self._parent_edge
        climb: list[str] = []  # parties between party_id and the nearest known path
        node = party_id
        while node not in cache and node in parent and node not in climb:
            climb.append(node)
            node = parent[node].delegator
        if node in climb:  # a loop of parent edges cannot happen; stay as path_to is
            return tuple(self.path_to(party_id))
        path = cache.get(node, ())
        for node in reversed(climb):
            path = cache[node] = (*path, parent[node])
        if party_id not in cache:  # not reached: no path
            cache[party_id] = ()
        return cache[party_id]

    @cached_property
    def _paths(self) -> dict[str, tuple[Edge, ...]]:
        return {}

    # -- data and dates ----------------------------------------------------------
    def term(self, text: str) -> str:
        """``normalize_term(text)``, one object per distinct text (categories recur on
        every delegation: comparing the same objects costs less than comparing copies)."""
        known = self._terms
        found = known.get(text)
        if found is None:
            found = known[text] = normalize_term(text)
        return found

    @cached_property
    def _terms(self) -> dict[str, str]:
        return {}

    @cached_property
    def data_terms(self) -> list[frozenset[str]]:
        """Each delegation's personal-data categories, normalised (by delegation index)."""
        known = self._terms
        out: list[frozenset[str]] = []
        for d in self.chain.delegations:
            keys = []
            for c in d.personal_data:
                k = known.get(c)
                if k is None:
                    k = known[c] = normalize_term(c)
                keys.append(k)
            out.append(frozenset(keys))
        return out

    @cached_property
    def received_data(self) -> dict[str, frozenset[str]]:
        """Normalised personal-data categories each party receives."""
        got: dict[str, set[str]] = defaultdict(set)
        if self.contractor is not None:
            contracted = self.chain.contract.personal_data
            got[self.contractor].update(self.term(c) for c in contracted)
        terms = self.data_terms
        for e in self.delegation_edges:
            got[e.delegate].update(terms[e.index])  # type: ignore[index]
        return {k: frozenset(v) for k, v in got.items()}

    def work_start(self, party_id: str) -> date | None:
        """When the party starts on this contract: its earliest incoming period start."""
        cache = self._work_starts
        if party_id not in cache:
            cache[party_id] = self._work_start(party_id)
        return cache[party_id]

    @cached_property
    def _work_starts(self) -> dict[str, date | None]:
        return {}

    def _work_start(self, party_id: str) -> date | None:
        starts: list[date] = []
        for e in self.incoming.get(party_id, []):
            if e.is_contract:
                s = self.chain.contract.period.start
            else:
                d = self.chain.delegations[e.index]  # type: ignore[index]
                s = d.period.start if d.period else None
            if s is not None:
                starts.append(s)
        return min(starts) if starts else None

    # -- corporate groups ----------------------------------------------------------
    def ancestors(self, party_id: str) -> list[str]:
        """Parent, grandparent, ... of a party (stops on a loop of parents)."""
        return list(self._ancestors_of(party_id))

    def _ancestors_of(self, party_id: str) -> tuple[str, ...]:
        cache = self._ancestor_cache
        found = cache.get(party_id)
        if found is None:
            out: list[str] = []
            node = self.party(party_id)
            while node is not None and node.parent is not None and node.parent.party not in out:
                if node.parent.party == party_id:
                    break
                out.append(node.parent.party)
                node = self.party(node.parent.party)
            found = cache[party_id] = tuple(out)
        return found

    @cached_property
    def _ancestor_cache(self) -> dict[str, tuple[str, ...]]:
        return {}

    def group_root(self, party_id: str) -> str:
        anc = self._ancestors_of(party_id)
        return anc[-1] if anc else party_id

    def same_group(self, a: str, b: str) -> bool:
        """Whether two parties belong to one corporate group (parent/subsidiary links)."""
        if a == b:
            return False
        anc_a, anc_b = self._ancestors_of(a), self._ancestors_of(b)
        if not anc_a and not anc_b:
            return False
        return (anc_a[-1] if anc_a else a) == (anc_b[-1] if anc_b else b)

    @cached_property
    def groups(self) -> dict[str, list[str]]:
        """Corporate groups with more than one party: root id → member ids in file order."""
        members: dict[str, list[str]] = defaultdict(list)
        for p in self.chain.parties:
            if p.id in self.party_index and self.chain.parties[self.party_index[p.id]] is p:
                members[self.group_root(p.id)].append(p.id)
        return {root: ids for root, ids in members.items() if len(ids) > 1}


def _earliest(docs: list[tuple[int, Document]]) -> tuple[int, Document] | None:
    best: tuple[int, Document] | None = None
    for item in docs:
        when = item[1].date
        if when is not None and (best is None or when < best[1].date):  # type: ignore[operator]
            best = item
    return best


def analyse(chain: Chain) -> ChainGraph:
    """Derive the graph, tiers and indexes of a chain."""
    party_index: dict[str, int] = {}
    for i, p in enumerate(chain.parties):
        party_index.setdefault(p.id, i)

    contract = chain.contract
    municipality = contract.municipality if contract.municipality in party_index else None
    contractor = contract.contractor if contract.contractor in party_index else None

    raw: list[tuple[str, str, str, int | None, str]] = []
    if municipality and contractor:
        raw.append((CONTRACT_EDGE, municipality, contractor, None, "/contract"))
    for i, d in enumerate(chain.delegations):
        if d.delegator in party_index and d.delegate in party_index:
            # join("delegations", i), written out: nothing in it needs escaping
            raw.append((d.id, d.delegator, d.delegate, i, f"/delegations/{i}"))

    tiers = _tiers(municipality, contractor, raw)
    edges = [
        Edge(eid, u, v, idx, ptr, 1 if idx is None else _next_tier(tiers, u))
        for eid, u, v, idx, ptr in raw
    ]

    incoming: dict[str, list[Edge]] = defaultdict(list)
    outgoing: dict[str, list[Edge]] = defaultdict(list)
    for e in edges:
        incoming[e.delegate].append(e)
        outgoing[e.delegator].append(e)

    # One pass over the workers, in file order (the order their objects lie in memory:
    # reading them so is several times quicker than party by party), for what the
    # checks ask of every worker: who works where, under which name, and dispatch links.
    workers: dict[str, list[tuple[int, Worker]]] = {}
    names: dict[str, list[tuple[int, str]]] = {}
    agencies: set[str] = set()
    mismatched: list[int] = []
    items = list(enumerate(chain.workers))
    for item in items:
        i, w = item
        party = w.party
        found = workers.get(party)
        if found is None:
            workers[party] = [item]
            names[party] = [(i, w.name)]
        else:
            found.append(item)
            names[party].append((i, w.name))
        agency = w.dispatched_from
        if agency:
            agencies.add(agency)
            if w.employment != "dispatched":
                mismatched.append(i)
        elif w.employment == "dispatched":
            mismatched.append(i)
    places: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for i, pl in enumerate(chain.places):
        places[pl.party].append((i, pl))

    return ChainGraph(
        chain=chain,
        party_index=party_index,
        edges=edges,
        tiers=tiers,
        municipality=municipality,
        contractor=contractor,
        incoming=dict(incoming),
        outgoing=dict(outgoing),
        workers_by_party=workers,
        places_by_party=dict(places),
        worker_items=items,
        worker_names=names,
        dispatch_agencies=agencies,
        dispatch_mismatches=mismatched,
    )


def _next_tier(tiers: dict[str, int], delegator: str) -> int | None:
    t = tiers.get(delegator)
    return None if t is None else t + 1


def _tiers(
    municipality: str | None,
    contractor: str | None,
    raw: list[tuple[str, str, str, int | None, str]],
) -> dict[str, int]:
    """Breadth-first distances from the municipality (or from the contractor at 1)."""
    succ: dict[str, list[str]] = defaultdict(list)
    for _eid, u, v, _idx, _ptr in raw:
        succ[u].append(v)
    tiers: dict[str, int] = {}
    queue: deque[str] = deque()
    if municipality is not None:
        tiers[municipality] = 0
        queue.append(municipality)
    elif contractor is not None:
        tiers[contractor] = 1
        queue.append(contractor)
    while queue:
        u = queue.popleft()
        for v in succ[u]:
            if v not in tiers:
                tiers[v] = tiers[u] + 1
                queue.append(v)
    return tiers
