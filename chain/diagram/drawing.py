"""The drawing context: what every part of a diagram is drawn from, and what is drawn so far.

:func:`start` works out, once per diagram, the parties in scope, where the findings
sit, the dispatched staff and each party's band; the functions that draw the parts
(:mod:`chain.diagram.build`, :mod:`chain.diagram.bands`, :mod:`chain.diagram.links`)
take the :class:`Drawing` and write to its writer, noting in ``used`` what the legend
must explain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from chain.check.findings import Finding
from chain.diagram.dot import Writer
from chain.diagram.highlight import Highlight
from chain.diagram.options import DiagramOptions
from chain.diagram.scope import Scope, select
from chain.diagram.status import Marks, place_findings
from chain.format.model import Worker
from chain.graph import ChainGraph

__all__ = ["Band", "Drawing", "start"]

#: A tier, "hidden" (parts left out), "off" (off the chain) or "free" (placed by the layout).
Band = int | str


@dataclass
class Drawing:
    """One diagram being drawn."""

    graph: ChainGraph
    options: DiagramOptions
    highlight: Highlight
    """What the liability overlay marks (nothing, without an assessment)."""
    scope: Scope
    """The parties and edges drawn (a branch, the tiers down to some depth, or all)."""
    marks: Marks
    """The findings drawn, by where they are drawn."""
    dispatched: list[tuple[str, int, Worker, str]]
    """Staff of the parties drawn who come from a dispatch agency: host, index, worker,
    agency; hosts in drawing order, then staff in file order."""
    bands: dict[str, Band]
    """The band each party drawn sits in."""
    writer: Writer = field(default_factory=Writer)
    used: set[str] = field(default_factory=set)
    """What has been drawn that the legend explains (kinds of party, statuses, ...)."""
    crossing_joint: bool = False
    """Whether the joint group crosses a corporate-group box (it is then drawn as links)."""

    @property
    def lang(self) -> str:
        return self.options.lang

    def name(self, party: str) -> str:
        """The node name of a party: generated, never taken from the file."""
        return f"p{self.graph.party_index[party]}"


def start(
    graph: ChainGraph,
    findings: Sequence[Finding],
    options: DiagramOptions,
    highlight: Highlight,
) -> Drawing:
    """A drawing of ``graph`` with nothing drawn yet."""
    scope = select(graph, branch=options.branch, max_tier=options.max_tier, keep=highlight.parties)
    marks = place_findings(graph, findings) if options.show_findings else Marks()
    staff = graph.workers_by_party
    dispatched = [
        (host, i, w, w.dispatched_from)
        for host in scope.parties
        for i, w in staff.get(host, ())
        if w.dispatched_from is not None
    ]
    # Whoever supplies staff to another party drawn.
    supplying = frozenset(agency for host, _i, _w, agency in dispatched if agency != host)
    bands = {p: _band(graph, supplying, p) for p in scope.parties}
    return Drawing(graph, options, highlight, scope, marks, dispatched, bands)


def _band(graph: ChainGraph, supplying: frozenset[str], party: str) -> Band:
    tier = graph.tiers.get(party)
    if tier is not None:
        return tier
    # An agency supplying staff is left to the layout: its dispatch arrows place it just
    # above the parties it supplies. (Pinning it to a tier's rank while the arrows ignore
    # ranks makes Graphviz 2.43 fail on charts with corporate-group boxes.)
    return "free" if party in supplying else "off"
