"""The chain as a graph: tiers, paths, groups and indexes derived from a chain.

:func:`analyse` (:mod:`~chain.graph.build`) derives a :class:`ChainGraph`
(:mod:`~chain.graph.model`) once; rules, liability and diagrams all read it. The
questions asked of it are free functions of the graph, one topic per module:

- :mod:`~chain.graph.paths`: the shortest path from the municipality to a party;
- :mod:`~chain.graph.cycles`: delegations that lead back up the chain;
- :mod:`~chain.graph.groups`: corporate groups (parents and subsidiaries);
- :mod:`~chain.graph.documents`: each delegation's documents by kind;
- :mod:`~chain.graph.periods`: periods of work and when each party starts;
- :mod:`~chain.graph.data`: the personal data passed on and received;
- :mod:`~chain.graph.scopes`: the delegations and workers a rule's scope covers.

What they work out is kept in the graph's :class:`Indexes`.
"""

from chain.graph.build import analyse
from chain.graph.cycles import cycle_graph, has_cycle, multigraph, on_cycles
from chain.graph.data import data_terms, received_data, term
from chain.graph.documents import (
    document_parties,
    documents,
    documents_of,
    earliest_of,
    kinds_naming_delegate,
    undated_documents,
)
from chain.graph.groups import ancestors, group_root, groups, same_group
from chain.graph.model import CONTRACT_EDGE, ChainGraph, DelegationEdge, Edge, Indexes
from chain.graph.paths import path_to, shortest_path
from chain.graph.periods import periods, work_start
from chain.graph.scopes import chain_workers, delegations_at

__all__ = [
    "CONTRACT_EDGE",
    "ChainGraph",
    "DelegationEdge",
    "Edge",
    "Indexes",
    "analyse",
    "ancestors",
    "chain_workers",
    "cycle_graph",
    "data_terms",
    "delegations_at",
    "document_parties",
    "documents",
    "documents_of",
    "earliest_of",
    "group_root",
    "groups",
    "has_cycle",
    "kinds_naming_delegate",
    "multigraph",
    "on_cycles",
    "path_to",
    "periods",
    "received_data",
    "same_group",
    "shortest_path",
    "term",
    "undated_documents",
    "work_start",
]
