"""What a chain graph holds: the chain, its parties and edges, tiers, and what is shared.

:class:`ChainGraph` is the data :func:`~chain.graph.build.analyse` derives from a
chain once, and the look-ups every stage asks for (a party by id, its name, an edge by
id). The questions asked of it are answered by free functions in the topic modules of
:mod:`chain.graph` (paths, cycles, groups, documents, periods, personal data, rule
scopes), in the manner of networkx; what they work out is kept in one typed
:class:`Indexes` object, built on first use and never stale: a chain graph does not
change.

Tiers are shortest distances from the municipality: the municipality is
tier 0, the contractor tier 1, and a delegation's tier is its delegate's
distance through that delegation (so the contract is tier 1, 再委託 tier 2,
再々委託 tier 3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple, cast

from chain._perf.quick_init import quick_dataclass
from chain.format.model import Chain, Delegation, Document, Party, Place, Worker
from chain.format.pointer import join

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CONTRACT_EDGE", "ChainGraph", "DelegationEdge", "DocumentPass", "Edge", "Indexes"]

#: Edge id of the contract itself (municipality → contractor).
CONTRACT_EDGE = "contract"


@quick_dataclass
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


if TYPE_CHECKING:

    class DelegationEdge(Edge):
        """The edge of a delegation, whose position in ``chain.delegations`` is known."""

        index: int

else:
    # The same objects at run time: only the checker tells the two apart.
    DelegationEdge = Edge


class DocumentPass(NamedTuple):
    """What one pass over every document finds (see :mod:`chain.graph.documents`)."""

    by_kind: dict[str, list[list[tuple[int, Document]] | None]]
    parties: set[str]
    undated: dict[int, list[tuple[int, Document]]]
    naming: set[str]
    """The kinds of which some document names its delegate (``delegate``, ``delegate_name``)."""


#: A staff rule's scope, as the key of the workers it covers: which parties, employment
#: types and roles (see chain.check.rules.stf_staff).
StaffKey = tuple[str, tuple[str, ...], tuple[str, ...]]


@dataclass
class Indexes:
    """What the queries of :mod:`chain.graph` derive from one chain graph and keep.

    Each is built on first use, by the module that answers the question, and shared by
    every check and assessment of the graph: iterate what they hold, never modify it.
    """

    # Answers kept per question asked.
    at_tiers: dict[tuple[tuple[int, ...], int | None], list[tuple[DelegationEdge, Delegation]]] = (
        field(default_factory=dict)
    )
    """Delegations at some tiers (:func:`~chain.graph.scopes.delegations_at`)."""
    earliest: dict[str, list[tuple[int, Document] | None]] = field(default_factory=dict)
    """Each delegation's earliest dated document, by kind."""
    paths: dict[str, tuple[Edge, ...]] = field(default_factory=dict)
    """The shortest path to each party asked for."""
    terms: dict[str, str] = field(default_factory=dict)
    """Each personal-data category, normalised: one object per distinct text."""
    work_starts: dict[str, date | None] = field(default_factory=dict)
    """When each party asked for starts on the contract."""
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each party's parent, grandparent, ..."""
    staff: dict[StaffKey, list[tuple[int, Worker]]] = field(default_factory=dict)
    """The workers each staff scope covers, shared by the staff rules of that scope."""
    normalized_names: dict[str, str] = field(default_factory=dict)
    """Staff names as compared (NFKC, spaces removed, case folded)."""
    shared_references: dict[str, dict[tuple[str, str], list[tuple[int, int, str]]]] = field(
        default_factory=dict
    )
    """Approval references used on delegations to more than one company, by kind
    (:mod:`chain.check.rules.dlg_binding`, DLG012, asked once per tier scope)."""
    # Answers worked out once for the whole chain.
    parent_edges: dict[str, Edge] | None = None
    documents: DocumentPass | None = None
    periods: list[tuple[date | None, date | None]] | None = None
    data_terms: list[frozenset[str]] | None = None
    received_data: dict[str, frozenset[str]] | None = None
    chain_workers: list[tuple[int, Worker]] | None = None
    groups: dict[str, list[str]] | None = None
    on_cycles: tuple[list[str], list[Edge]] | None = None
    cycle_graph: nx.MultiDiGraph | None = None
    multigraph: nx.MultiDiGraph | None = None


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
    """Workers whose employment and dispatch links disagree: dispatched without an
    agency, or an agency or a host of a dispatch named for a worker who is not
    dispatched."""
    direction_records: list[int] = field(default_factory=list, repr=False)
    """Workers for whom the chain records who directs them or the host their dispatch
    names (``directed_by``, ``dispatched_to``), in file order."""
    indexes: Indexes = field(default_factory=Indexes, repr=False, compare=False)
    """What the queries of :mod:`chain.graph` have worked out so far."""

    # -- look-ups ----------------------------------------------------------------
    def party(self, party_id: str | None) -> Party | None:
        i = self.party_index.get(party_id) if party_id is not None else None
        return None if i is None else self.chain.parties[i]

    def party_pointer(self, party_id: str) -> str:
        i = self.party_index.get(party_id)
        return join("parties", i) if i is not None else ""

    def party_name(self, party_id: str | None) -> str:
        # A None id is looked up like any other key: it finds no name.
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
    def delegation_edges(self) -> list[DelegationEdge]:
        """Delegation edges (not the contract), in file order."""
        return cast("list[DelegationEdge]", [e for e in self.edges if not e.is_contract])
