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
from itertools import pairwise

from chain.diagram.clusters import Box, BoxNode, nest
from chain.diagram.dot import FONT, Html, Writer
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.labels import (
    PartyExtras,
    code_marks,
    edge_label,
    party_label,
    text_width,
    worker_tooltip,
)
from chain.diagram.legend import legend_label
from chain.diagram.options import DiagramOptions
from chain.diagram.scope import Scope, select
from chain.diagram.status import Marks, edge_statuses, place_findings
from chain.diagram.style import BAND_FILL, BAND_INK, EDGE_STYLES, INK, NODE_STYLES, OVERLAY
from chain.diagram.words import WORDS, band_label
from chain.findings import Finding
from chain.graph import ChainGraph, Edge
from chain.vocab import L, tier_label

__all__ = ["Highlight", "render_dot"]

# A tier, "hidden" (parts left out), "off" (off the chain) or "free" (placed by the layout).
Band = int | str
TOOLTIP_WORKERS = 40


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


class _Builder:
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
        self.bands: dict[str, Band] = {p: self._band(p) for p in self.scope.parties}

    # -- names ---------------------------------------------------------------------
    def name(self, party: str) -> str:
        return f"p{self.g.party_index[party]}"

    def _band(self, party: str) -> Band:
        tier = self.g.tiers.get(party)
        if tier is not None:
            return tier
        # An agency supplying staff is left to the layout: its dispatch arrows place it just
        # above the parties it supplies. (Pinning it to a tier's rank while the arrows ignore
        # ranks makes Graphviz 2.43 fail on charts with corporate-group boxes.)
        supplies = any(
            w.dispatched_from == party
            for host in self.scope.parties if host != party
            for _i, w in self.g.workers_by_party.get(host, [])
        )
        return "free" if supplies else "off"

    def _band_order(self) -> list[Band]:
        tiers = sorted({b for b in self.bands.values() if isinstance(b, int)})
        order: list[Band] = list(tiers)
        if self.scope.hidden_below:
            order.append("hidden")
        if "off" in self.bands.values():
            order.append("off")
        return order

    # -- the whole -------------------------------------------------------------------
    def build(self) -> str:
        w = self.w
        w.open("digraph chain")
        w.defaults("graph", {
            "rankdir": self.o.direction, "newrank": True, "fontname": FONT, "fontsize": 11,
            "label": self._title(), "labelloc": "t", "labeljust": "l",
            "nodesep": 0.4, "ranksep": 0.7 if self.o.direction == "TB" else 1.1,
            "pad": 0.3, "bgcolor": "#ffffff", "outputorder": "edgesfirst",
            "tooltip": quoted(self.g.chain.contract.title),
        })
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

    def _title(self) -> Html:
        c = self.g.chain.contract
        title = "<BR/>".join(html(t) for t in wrap(clean(c.title), 80, 2))
        lines = [f'<FONT POINT-SIZE="14"><B>{title}</B></FONT>']
        if c.reference:
            lines.append(f'<FONT POINT-SIZE="9">{html(wrap(clean(c.reference), 80, 1)[0])}</FONT>')
        if self.scope.hidden:
            note = WORDS["hidden_note"](self.lang).format(n=self.scope.hidden)
            lines.append(f'<FONT POINT-SIZE="9" COLOR="#607d8b">{html(note)}</FONT>')
        if self.marks.chain:
            head = html(WORDS["whole_chain"](self.lang))
            lines.append(f'<FONT POINT-SIZE="9">{head}: </FONT>{code_marks(self.marks.chain, self.lang)}')
        rows = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{line}</TD></TR>' for line in lines)
        return Html(f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">{rows}</TABLE>')

    # -- bands ---------------------------------------------------------------------------
    def _bands(self, order: list[Band]) -> None:
        for band in order:
            if band == "hidden":
                cut = (self.o.max_tier or 0) + 1
                text = L(f"{cut}次以下（省略）", f"tier {cut} and below (not shown)")
            else:
                text = band_label(band if isinstance(band, int) else None)
            label = Html(
                f'<TABLE BORDER="0" CELLPADDING="6" BGCOLOR="{BAND_FILL}" STYLE="rounded">'
                f'<TR><TD WIDTH="{text_width(text(self.lang), 10, bold=True)}">'
                f'<FONT POINT-SIZE="10" COLOR="{BAND_INK}"><B>{html(text(self.lang))}'
                "</B></FONT></TD></TR></TABLE>"
            )
            self.w.node(f"band_{band}", {"label": label, "tooltip": quoted(text(self.lang))})
        if len(order) > 1:
            chain = " -> ".join(f"band_{b}" for b in order)
            self.w.line(f'{chain} [style="invis"];')

    def _ranks(self, order: list[Band]) -> None:
        for band in order:
            members = [self.name(p) for p in self.scope.parties if self.bands[p] == band]
            if band == "hidden":
                members = [f"h{self.g.party_index[p]}" for p in self.scope.hidden_below]
            self.w.line("{" + "; ".join(["rank=same", f"band_{band}", *members]) + "}")

    # -- parties ---------------------------------------------------------------------------
    def _boxes(self) -> list[Box]:
        boxes = []
        for root, members in self.g.groups.items():
            shown = frozenset(m for m in members if m in self.scope)
            if len(shown) < 2:
                continue
            style = NODE_STYLES["group"]
            text = WORDS["group"](self.lang).format(name=self.g.party_name(root))
            label = Html(f'<FONT POINT-SIZE="9" COLOR="{style.header_ink}">'
                         f"{html(wrap(clean(text), 60, 1)[0])}</FONT>")
            boxes.append(Box(f"group_{self.g.party_index[root]}", shown, (
                ("label", label), ("style", "rounded,filled"), ("color", style.border),
                ("fillcolor", style.body_fill), ("labeljust", "l"), ("labelloc", "b"),
                ("penwidth", 1.2),
            )))
            self.used.add("group")
        joint = frozenset(p for p in self.hl.joint_group if p in self.scope)
        if len(joint) >= 2:
            label = Html(f'<FONT POINT-SIZE="10" COLOR="{OVERLAY.joint}"><B>'
                         f"{html(self.hl.joint_label)}</B></FONT>")
            boxes.append(Box("joint", joint, (
                ("label", label), ("style", "dashed"), ("color", OVERLAY.joint),
                ("penwidth", 2.5), ("labeljust", "l"),
            )))
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
        party = self.g.party(pid)
        assert party is not None
        tier = self.g.tiers.get(pid)
        if party.kind == "dispatch_agency" and tier is None:
            kind, role = "agency", WORDS["agency"]
        elif party.kind == "municipality" or tier == 0:
            kind, role = "municipality", band_label(0)
        else:
            kind, role = "company", _role(tier)
        self.used.add(kind)
        workers = self.g.workers_by_party.get(pid, []) if self.o.show_workers else []
        if workers:
            self.used.add("workers")
        findings = list(self.marks.parties.get(pid, []))
        if not self.o.show_workers:
            for i, _w in self.g.workers_by_party.get(pid, []):
                findings.extend(self.marks.workers.get(i, []))
        self._severities(findings)
        for i, _w in workers:
            self._severities(self.marks.workers.get(i, []))
        extras = self.hl.parties.get(pid)
        if extras is not None:
            self.used.update(k for k, on in (("incident", extras.incident or
                             extras.incident_worker is not None),
                             ("capacity", bool(extras.capacities))) if on)
        label = party_label(
            party, kind=kind, role=role, lang=self.lang, findings=findings, workers=workers,
            worker_marks=self.marks.workers, collapse_workers=self.o.collapse_workers,
            extras=extras,
        )
        self.w.node(self.name(pid), {
            "label": label, "id": f"party-{self.g.party_index[pid]}",
            "tooltip": self._party_tooltip(pid, workers),
        })

    def _party_tooltip(self, pid: str, workers) -> str:
        party = self.g.party(pid)
        assert party is not None
        lines = [quoted(party.name), quoted(f"id: {pid}")]
        if party.corporate_number:
            lines.append(quoted(f"法人番号: {party.corporate_number}"))
        lines.extend(quoted(worker_tooltip(w, self.lang)) for _i, w in workers[:TOOLTIP_WORKERS])
        if len(workers) > TOOLTIP_WORKERS:
            lines.append(WORDS["more"](self.lang).format(n=len(workers) - TOOLTIP_WORKERS))
        return "\\n".join(lines)

    def _severities(self, findings: Sequence[Finding]) -> None:
        self.used.update(f.severity for f in findings)

    # -- edges ---------------------------------------------------------------------------
    def _edge(self, e: Edge) -> None:
        findings = self.marks.on_edge(e)
        self._severities(findings)
        statuses = edge_statuses(e, findings)
        self.used.add(statuses[0])
        style = EDGE_STYLES[statuses[0]]
        delegation = self.g.delegation(e)
        on_path = e.index in self.hl.path  # the contract's index is None
        values: dict[str, object] = {
            "label": edge_label(tier_label(e.tier), statuses, findings, delegation, self.lang,
                                on_path=on_path),
            "color": style.color, "style": style.style, "penwidth": style.penwidth,
            "arrowhead": style.arrowhead if style.arrowhead != "normal" else None,
            "fontcolor": style.color, "id": "contract" if e.is_contract else f"edge-{e.index}",
            "tooltip": self._edge_tooltip(e),
        }
        if on_path:
            self.used.add("path")
            values["color"] = f"{OVERLAY.path}:{style.color}:{OVERLAY.path}"
            values["penwidth"] = style.penwidth + 1.5
        self.w.edge(self.name(e.delegator), self.name(e.delegate), values)

    def _edge_tooltip(self, e: Edge) -> str:
        head = f"{self.g.party_name(e.delegator)} → {self.g.party_name(e.delegate)}"
        d = self.g.delegation(e)
        lines = [quoted(head), quoted(f"id: {e.id}")]
        work = d.work if d is not None else self.g.chain.contract.work
        if work:
            lines.append(quoted(wrap(clean(work), 80, 3)[0]))
        return "\\n".join(lines)

    def _dispatch_edges(self) -> None:
        for host in self.scope.parties:
            by_agency: dict[str, list[tuple[int, object]]] = {}
            for i, wk in self.g.workers_by_party.get(host, []):
                if wk.dispatched_from in self.scope and wk.dispatched_from != host:
                    by_agency.setdefault(wk.dispatched_from, []).append((i, wk))
            for agency, staff in by_agency.items():
                self.used.add("dispatch")
                style = EDGE_STYLES["dispatch"]
                base = {"color": style.color, "style": style.style, "penwidth": style.penwidth,
                        "fontcolor": style.color,
                        "arrowhead": style.arrowhead}
                incident = self.hl.parties.get(host, PartyExtras()).incident_worker
                if self.o.show_workers and not self.o.collapse_workers:
                    targets = [([i], f"w{i}") for i, _wk in staff]
                elif self.o.show_workers:
                    targets = [([i for i, _ in staff if i != incident], "e_dispatched")]
                    targets += [([incident], f"w{incident}")] if any(i == incident for i, _ in staff) else []
                else:
                    targets = [([i for i, _ in staff], None)]
                for members, port in targets:
                    if not members:
                        continue
                    n = sum(self.g.chain.workers[i].count for i in members)
                    text = WORDS["dispatch_n"](self.lang).format(n=n)
                    self.w.edge(self.name(agency), self.name(host), {
                        **base, "headport": port, "label": Html(html(text)),
                        "tooltip": quoted(f"{self.g.party_name(agency)} → {self.g.party_name(host)}"),
                    })

    def _hidden_nodes(self) -> None:
        if not self.scope.hidden_below:
            return
        self.used.add("hidden")
        for pid, n in self.scope.hidden_below.items():
            cut = tier_label((self.o.max_tier or 0) + 1)(self.lang)
            text = WORDS["hidden_below"](self.lang).format(n=n, tier=cut)
            self.w.node(f"h{self.g.party_index[pid]}", {
                "label": Html(f'<FONT COLOR="{EDGE_STYLES["hidden"].color}">{html(text)}</FONT>'),
                "shape": "box", "style": "rounded,dashed", "color": EDGE_STYLES["hidden"].color,
                "margin": "0.1,0.05", "tooltip": quoted(text),
            })

    def _hidden_edges(self) -> None:
        style = EDGE_STYLES["hidden"]
        for pid in self.scope.hidden_below:
            self.w.edge(self.name(pid), f"h{self.g.party_index[pid]}", {
                "color": style.color, "style": style.style, "penwidth": style.penwidth,
                "arrowhead": style.arrowhead,
            })

    def _joint_links(self) -> None:
        """When the joint group crosses a corporate-group box, link its members instead."""
        if not getattr(self, "crossing_joint", False):
            return
        # Shallowest first, so that each link points down the ranks like the delegations
        # (links that ignore ranks make Graphviz 2.43 fail beside corporate-group boxes).
        members = sorted(
            (p for p in self.hl.joint_group if p in self.scope),
            key=lambda p: (self.g.tiers.get(p, 10**6), self.g.party_index[p]),
        )
        if len(members) < 2:
            return
        self.used.add("joint")
        label = Html(f'<FONT COLOR="{OVERLAY.joint}"><B>{html(self.hl.joint_label)}</B></FONT>')
        for n, (a, b) in enumerate(pairwise(members)):
            self.w.edge(self.name(a), self.name(b), {
                "dir": "none", "weight": 0, "style": "dashed",
                "color": OVERLAY.joint, "penwidth": 2.5, "label": label if n == 0 else None,
            })

    def _legend(self, order: list[Band]) -> None:
        # One rank below the last band, so that it never stretches a tier's rank.
        self.w.node("legend", {"label": legend_label(self.used, self.lang), "tooltip": "legend"})
        self.w.edge(f"band_{order[-1]}", "legend", {"style": "invis"})


def _role(tier: int | None) -> L:
    if tier is None:
        return WORDS["off_chain"]
    if tier == 1:
        return WORDS["contractor"]
    return band_label(tier)
