"""Build the DOT text of a chain diagram.

Layout: one rank per tier, headed by a band label (発注者, 1次 受託者, 2次
再委託先, ...), the municipality at the top (or left); corporate groups as
boxes; dispatch agencies beside the parties they supply, linked by dashed
"派遣" arrows that do not count as delegations; staff inside each party;
findings marked where they point; a legend of what is drawn.

The same inputs always give the same bytes: everything is emitted in the
order of the chain file, and node names are generated, never taken from
the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from chain.check.findings import Finding
from chain.diagram.bands import BandsMixin
from chain.diagram.clusters import Box, BoxNode, nest
from chain.diagram.dot import FONT, Html, Writer
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.fragments import (
    edge_statement,
    extras_key,
    marks,
    party_statement,
    worker_keys,
)
from chain.diagram.labels import PartyExtras
from chain.diagram.legend import legend_label
from chain.diagram.links import LinksMixin
from chain.diagram.options import DiagramOptions
from chain.diagram.scope import Scope, select
from chain.diagram.status import Marks, edge_statuses, place_findings
from chain.diagram.style import INK, NODE_STYLES, OVERLAY
from chain.diagram.words import WORDS, band_label
from chain.format.model import Worker
from chain.graph import ChainGraph, Edge, groups
from chain.vocab import L

__all__ = ["Highlight", "render_dot"]

# A tier, "hidden" (parts left out), "off" (off the chain) or "free" (placed by the layout).
Band = int | str


@dataclass
class Highlight:
    """What the liability overlay marks, in the diagram's terms."""

    parties: dict[str, PartyExtras] = field(default_factory=dict)
    path: frozenset[int | None] = frozenset()
    """Delegation indexes on the path (``None`` for the contract)."""
    joint_group: tuple[str, ...] = ()
    joint_label: str = ""


def render_dot(
    graph: ChainGraph,
    findings: Sequence[Finding],
    options: DiagramOptions,
    highlight: Highlight | None = None,
) -> str:
    """The diagram as DOT text (see :func:`chain.diagram.build_dot`)."""
    return _Builder(graph, findings, options, highlight or Highlight()).build()


class _Builder(BandsMixin, LinksMixin):
    def __init__(self, graph, findings, options, highlight) -> None:
        self.g: ChainGraph = graph
        self.o: DiagramOptions = options
        self.lang = options.lang
        self.hl: Highlight = highlight
        self.scope: Scope = select(
            graph, branch=options.branch, max_tier=options.max_tier, keep=highlight.parties
        )
        self.marks: Marks = place_findings(graph, findings) if options.show_findings else Marks()
        self.used: set[str] = set()
        self.w = Writer()
        staff = graph.workers_by_party
        self.dispatched: list[tuple[str, int, Worker, str]] = [
            (host, i, w, w.dispatched_from)
            for host in self.scope.parties
            for i, w in staff.get(host, ())
            if w.dispatched_from is not None
        ]
        """Staff of the parties drawn who come from a dispatch agency: host, index, worker,
        agency; hosts in drawing order, then staff in file order."""
        self.bands: dict[str, Band] = {p: self._band(p) for p in self.scope.parties}

    # -- names ---------------------------------------------------------------------
    def name(self, party: str) -> str:
        return f"p{self.g.party_index[party]}"

    # -- the whole -------------------------------------------------------------------
    def build(self) -> str:
        w = self.w
        w.open("digraph chain")
        w.defaults(
            "graph",
            {
                "rankdir": self.o.direction,
                "newrank": True,
                "fontname": FONT,
                "fontsize": 11,
                "label": self._title(),
                "labelloc": "t",
                "labeljust": "l",
                "nodesep": 0.4,
                "ranksep": 0.7 if self.o.direction == "TB" else 1.1,
                "pad": 0.3,
                "bgcolor": "#ffffff",
                "outputorder": "edgesfirst",
                "tooltip": quoted(self.g.chain.contract.title),
            },
        )
        w.defaults("node", {"shape": "plain", "fontname": FONT, "fontsize": 10, "color": INK})
        w.defaults("edge", {"fontname": FONT, "fontsize": 9, "arrowsize": 0.8, "color": INK})
        order = self._band_order()
        # Nodes declared first go left in TB; in LR they would go to the bottom, so the
        # band headings come last there to sit on top.
        if self.o.direction == "TB":
            self._bands(order)
        self._parties()
        if self.o.direction == "LR":
            self._bands(order)
        self._hidden_nodes()
        self._ranks(order)
        for e in self.scope.edges:
            self._edge(e)
        self._dispatch_edges()
        self._hidden_edges()
        self._joint_links()
        if self.o.show_legend and order:
            self._legend(order)
        w.close()
        return w.text()

    # -- parties ---------------------------------------------------------------------------
    def _boxes(self) -> list[Box]:
        boxes = []
        for root, members in groups(self.g).items():
            shown = frozenset(m for m in members if m in self.scope)
            if len(shown) < 2:
                continue
            style = NODE_STYLES["group"]
            text = WORDS["group"](self.lang).format(name=self.g.party_name(root))
            label = Html(
                f'<FONT POINT-SIZE="9" COLOR="{style.header_ink}">'
                f"{html(wrap(clean(text), 60, 1)[0])}</FONT>"
            )
            boxes.append(
                Box(
                    f"group_{self.g.party_index[root]}",
                    shown,
                    (
                        ("label", label),
                        ("style", "rounded,filled"),
                        ("color", style.border),
                        ("fillcolor", style.body_fill),
                        ("labeljust", "l"),
                        ("labelloc", "b"),
                        ("penwidth", 1.2),
                    ),
                )
            )
            self.used.add("group")
        joint = frozenset(p for p in self.hl.joint_group if p in self.scope)
        if len(joint) >= 2:
            label = Html(
                f'<FONT POINT-SIZE="10" COLOR="{OVERLAY.joint}"><B>'
                f"{html(self.hl.joint_label)}</B></FONT>"
            )
            boxes.append(
                Box(
                    "joint",
                    joint,
                    (
                        ("label", label),
                        ("style", "dashed"),
                        ("color", OVERLAY.joint),
                        ("penwidth", 2.5),
                        ("labeljust", "l"),
                    ),
                )
            )
        return boxes

    def _parties(self) -> None:
        forest, crossing = nest(self._boxes())
        self.crossing_joint = any(b.key == "joint" for b in crossing)
        if any(b.key == "joint" for b in self._flatten(forest)):
            self.used.add("joint")
        placed: set[str] = set()
        for node in forest:
            self._cluster(node, placed)
        for p in self.scope.parties:
            if p not in placed:
                self._party(p)

    def _flatten(self, forest: list[BoxNode]) -> list[Box]:
        out = []
        for n in forest:
            out.append(n.box)
            out.extend(self._flatten(n.children))
        return out

    def _cluster(self, node: BoxNode, placed: set[str]) -> None:
        self.w.open(f"subgraph cluster_{node.box.key}")
        self.w.defaults("graph", dict(node.box.attrs))
        for child in node.children:
            self._cluster(child, placed)
        inner = {m for b in self._flatten(node.children) for m in b.members}
        for p in self.scope.parties:
            if p in node.box.members and p not in inner and p not in placed:
                self._party(p)
                placed.add(p)
        self.w.close()

    def _party(self, pid: str) -> None:
        g, used = self.g, self.used
        index = g.party_index[pid]
        party = g.chain.parties[index]
        tier = g.tiers.get(pid)
        if party.kind == "dispatch_agency" and tier is None:
            kind, role = "agency", WORDS["agency"]
        elif party.kind == "municipality" or tier == 0:
            kind, role = "municipality", band_label(0)
        else:
            kind, role = "company", _role(tier)
        used.add(kind)
        workers = g.workers_by_party.get(pid, ()) if self.o.show_workers else ()
        if workers:
            used.add("workers")
        marked = self.marks.workers
        findings = list(self.marks.parties.get(pid, ()))
        if not self.o.show_workers:
            for i, _w in g.workers_by_party.get(pid, ()):
                findings.extend(marked.get(i, ()))
        if findings:
            used.update(f.severity for f in findings)
        worker_marks = []
        if marked:
            for i, _w in workers:
                if i in marked:
                    used.update(f.severity for f in marked[i])
                    worker_marks.append((i, marks(marked[i])))
        extras = self.hl.parties.get(pid)
        if extras is not None:
            used.update(
                k
                for k, on in (
                    ("incident", extras.incident or extras.incident_worker is not None),
                    ("capacity", bool(extras.capacities)),
                )
                if on
            )
        self.w.line(
            party_statement(
                f"p{index}",
                index,
                pid,
                party.name,
                party.corporate_number,
                kind,
                role(self.lang),
                self.lang,
                marks(findings),
                worker_keys(workers),
                tuple(worker_marks),
                self.o.collapse_workers,
                extras_key(extras),
            )
        )

    # -- edges ---------------------------------------------------------------------------
    def _edge(self, e: Edge) -> None:
        findings = self.marks.on_edge(e)
        if findings:
            self.used.update(f.severity for f in findings)
        statuses = edge_statuses(e, findings)
        self.used.add(statuses[0])
        on_path = e.index in self.hl.path  # the contract's index is None
        if on_path:
            self.used.add("path")
        chain = self.g.chain
        index = self.g.party_index
        tail, head = index[e.delegator], index[e.delegate]
        if e.index is None:
            documents, work, element_id = None, chain.contract.work, "contract"
        else:
            d = chain.delegations[e.index]
            documents = tuple(map(_KIND, d.documents))
            work, element_id = d.work, f"edge-{e.index}"
        self.w.line(
            edge_statement(
                f"p{tail}",
                f"p{head}",
                e.tier,
                statuses,
                marks(findings),
                documents,
                on_path,
                self.lang,
                element_id,
                e.id,
                chain.parties[tail].name,
                chain.parties[head].name,
                work,
            )
        )

    def _legend(self, order: list[Band]) -> None:
        # One rank below the last band, so that it never stretches a tier's rank.
        self.w.node("legend", {"label": legend_label(self.used, self.lang), "tooltip": "legend"})
        self.w.edge(f"band_{order[-1]}", "legend", {"style": "invis"})


_KIND = attrgetter("kind")


def _role(tier: int | None) -> L:
    if tier is None:
        return WORDS["off_chain"]
    if tier == 1:
        return WORDS["contractor"]
    return band_label(tier)
