"""Where each finding belongs in a diagram, and the approval status of each edge.

A finding is drawn on what its JSON pointer names: a delegation (its
edge), the contract (the contract edge), a worker (the worker's row in
its party), a place (the party using it) or a party. Findings that name
none of these belong to the chain as a whole.

The approval status of a delegation comes from the findings on its edge:

========================  ====================================================
``contract``              the contract itself (municipality → contractor)
``forbidden``             the template forbids this tier
``missing``               no consent: none given, not given by the
                          municipality, or no My Number permission
``incomplete``            consent or application with an error (late consent,
                          missing item, no application, data beyond consent...)
``not_contemplated``      a tier the template does not speak of
``approved``              none of the above
========================  ====================================================

Which rules make an edge ``forbidden``, ``missing`` or ``not_contemplated`` is a fact
of each rule in the catalogue (``edge_status`` in ``chain/check/catalog.toml``); any
other error on the edge, structure findings aside, makes it ``incomplete``. The first
status that applies, in that order, is the edge's status; every status that applies
is listed by :func:`edge_statuses` for labels.

>>> STATUS_ORDER[:3]
('contract', 'forbidden', 'missing')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from chain.check.catalog import catalog
from chain.check.findings import Finding
from chain.format.pointer import split
from chain.graph import CONTRACT_EDGE, ChainGraph, Edge

__all__ = [
    "STATUS_ORDER",
    "EdgeStatus",
    "Marks",
    "edge_status",
    "edge_statuses",
    "place_findings",
    "status_of_code",
    "statuses_by_edge",
]

EdgeStatus = Literal[
    "contract", "forbidden", "missing", "incomplete", "not_contemplated", "approved"
]
STATUS_ORDER: tuple[EdgeStatus, ...] = (
    "contract",
    "forbidden",
    "missing",
    "incomplete",
    "not_contemplated",
    "approved",
)

# Structure findings (cycles, duplicates) say nothing about consent.
_NEUTRAL_FAMILIES = ("CHN",)


@cache
def status_of_code() -> dict[str, EdgeStatus]:
    """The edge status each rule implies, whatever its severity (the catalogue's
    ``edge_status``)."""
    return {
        code: doc.edge_status  # type: ignore[misc]
        for code, doc in catalog().items()
        if doc.edge_status is not None
    }


def edge_statuses(edge: Edge, findings: Iterable[Finding]) -> tuple[EdgeStatus, ...]:
    """Every status the findings on ``edge`` give it, most serious first."""
    if edge.is_contract:
        return ("contract",)
    implied = status_of_code()
    found: set[EdgeStatus] = set()
    for f in findings:
        status = implied.get(f.code)
        if status is not None:
            found.add(status)
        elif f.severity == "error" and not f.code.startswith(_NEUTRAL_FAMILIES):
            found.add("incomplete")
    if not found:
        return ("approved",)
    return tuple(s for s in STATUS_ORDER if s in found)


def edge_status(edge: Edge, findings: Iterable[Finding]) -> EdgeStatus:
    """The approval status of an edge, from the findings drawn on it."""
    return edge_statuses(edge, findings)[0]


@dataclass
class Marks:
    """Findings sorted by what they are drawn on."""

    edges: dict[str, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    """By edge id (``"contract"`` for the contract)."""
    edge_index: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    """By delegation index (exact even when two delegations share an id)."""
    parties: dict[str, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    workers: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    chain: list[Finding] = field(default_factory=list)

    def on_edge(self, edge: Edge) -> list[Finding]:
        if edge.is_contract:
            return self.edges.get(CONTRACT_EDGE, [])
        return self.edge_index.get(edge.index, []) if edge.index is not None else []


def place_findings(graph: ChainGraph, findings: Sequence[Finding]) -> Marks:
    """Assign each finding to the edge, worker or party its pointer names."""
    marks = Marks()
    drawn_edges = {e.index for e in graph.edges if e.index is not None}
    chain = graph.chain
    for f in sorted(findings, key=Finding.sort_key):
        tokens = split(f.pointer)
        head = tokens[0] if tokens else ""
        index = int(tokens[1]) if len(tokens) > 1 and tokens[1].isdigit() else None
        if head == "delegations" and index in drawn_edges:
            marks.edge_index[index].append(f)
        elif head == "contract" and graph.contractor and graph.municipality:
            if f.party in graph.party_index and f.party != graph.contractor:
                marks.parties[f.party].append(f)
            else:
                marks.edges[CONTRACT_EDGE].append(f)
        elif head == "workers" and index is not None and index < len(chain.workers):
            marks.workers[index].append(f)
        elif head == "places" and index is not None and index < len(chain.places):
            owner = chain.places[index].party
            _to_party(marks, graph, owner if owner in graph.party_index else f.party, f)
        elif head == "parties" and index is not None and index < len(chain.parties):
            _to_party(marks, graph, chain.parties[index].id, f)
        else:
            _to_party(marks, graph, f.party, f)
    return marks


def _to_party(marks: Marks, graph: ChainGraph, party: str | None, f: Finding) -> None:
    if party is not None and party in graph.party_index:
        marks.parties[party].append(f)
    else:
        marks.chain.append(f)


def statuses_by_edge(graph: ChainGraph, findings: Sequence[Finding]) -> dict[str, EdgeStatus]:
    """The approval status of every edge of the chain, by edge id (the first edge of an id)."""
    marks = place_findings(graph, findings)
    out: dict[str, EdgeStatus] = {}
    for e in graph.edges:
        out.setdefault(e.id, edge_status(e, marks.on_edge(e)))
    return out
