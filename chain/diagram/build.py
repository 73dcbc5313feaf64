"""Build the DOT text of a chain diagram.

Layout: one rank per tier, headed by a band label (発注者, 1次 受託者, 2次
再委託先, ...), the municipality at the top (or left); corporate groups as
boxes; dispatch agencies beside the parties they supply, linked by dashed
"派遣" arrows that do not count as delegations; staff inside each party;
findings marked where they point; a legend of what is drawn.

Each part is drawn by a function of the drawing context (:mod:`chain.diagram.drawing`):
the parties and delegations here, the bands and title in :mod:`chain.diagram.bands`,
the other links in :mod:`chain.diagram.links`.

The same inputs always give the same bytes: everything is emitted in the
order of the chain file, and node names are generated, never taken from
the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from chain.check.findings import Finding
from chain.diagram.bands import band_order, draw_bands, ranks, title
from chain.diagram.clusters import Box, BoxNode, nest
from chain.diagram.dot import FONT, Html
from chain.diagram.drawing import Band, Drawing, start
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.fragments import (
    edge_statement,
    extras_key,
    marks,
    party_statement,
    worker_keys,
)
from chain.diagram.highlight import Highlight
from chain.diagram.legend import legend_label
from chain.diagram.links import dispatch_edges, hidden_edges, hidden_nodes, joint_links
from chain.diagram.options import DiagramOptions
from chain.diagram.status import edge_statuses
from chain.diagram.style import INK, NODE_STYLES, OVERLAY
from chain.diagram.words import WORDS, band_label
from chain.graph import ChainGraph, Edge, groups
from chain.vocab import L

__all__ = ["render_dot"]


def render_dot(
    graph: ChainGraph,
    findings: Sequence[Finding],
    options: DiagramOptions,
    highlight: Highlight | None = None,
) -> str:
    """The diagram as DOT text (see :func:`chain.diagram.build_dot`)."""
    return _build(start(graph, findings, options, highlight or Highlight()))


def _build(ctx: Drawing) -> str:
    w = ctx.writer
    w.open("digraph chain")
    w.defaults(
        "graph",
        {
            "rankdir": ctx.options.direction,
            "newrank": True,
            "fontname": FONT,
            "fontsize": 11,
            "label": title(ctx),
            "labelloc": "t",
            "labeljust": "l",
            "nodesep": 0.4,
            "ranksep": 0.7 if ctx.options.direction == "TB" else 1.1,
            "pad": 0.3,
            "bgcolor": "#ffffff",
            "outputorder": "edgesfirst",
            "tooltip": quoted(ctx.graph.chain.contract.title),
        },
    )
    w.defaults("node", {"shape": "plain", "fontname": FONT, "fontsize": 10, "color": INK})
    w.defaults("edge", {"fontname": FONT, "fontsize": 9, "arrowsize": 0.8, "color": INK})
    order = band_order(ctx)
    # Nodes declared first go left in TB; in LR they would go to the bottom, so the
    # band headings come last there to sit on top.
    if ctx.options.direction == "TB":
        draw_bands(ctx, order)
    _parties(ctx)
    if ctx.options.direction == "LR":
        draw_bands(ctx, order)
    hidden_nodes(ctx)
    ranks(ctx, order)
    for e in ctx.scope.edges:
        _edge(ctx, e)
    dispatch_edges(ctx)
    hidden_edges(ctx)
    joint_links(ctx)
    if ctx.options.show_legend and order:
        _legend(ctx, order)
    w.close()
    return w.text()


# -- parties ---------------------------------------------------------------------------
def _boxes(ctx: Drawing) -> list[Box]:
    boxes = []
    for root, members in groups(ctx.graph).items():
        shown = frozenset(m for m in members if m in ctx.scope)
        if len(shown) < 2:
            continue
        style = NODE_STYLES["group"]
        text = WORDS["group"](ctx.lang).format(name=ctx.graph.party_name(root))
        label = Html(
            f'<FONT POINT-SIZE="9" COLOR="{style.header_ink}">'
            f"{html(wrap(clean(text), 60, 1)[0])}</FONT>"
        )
        boxes.append(
            Box(
                f"group_{ctx.graph.party_index[root]}",
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
        ctx.used.add("group")
    joint = frozenset(p for p in ctx.highlight.joint_group if p in ctx.scope)
    if len(joint) >= 2:
        label = Html(
            f'<FONT POINT-SIZE="10" COLOR="{OVERLAY.joint}"><B>'
            f"{html(ctx.highlight.joint_label)}</B></FONT>"
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


def _parties(ctx: Drawing) -> None:
    forest, crossing = nest(_boxes(ctx))
    ctx.crossing_joint = any(b.key == "joint" for b in crossing)
    if any(b.key == "joint" for b in _flatten(forest)):
        ctx.used.add("joint")
    placed: set[str] = set()
    for node in forest:
        _cluster(ctx, node, placed)
    for p in ctx.scope.parties:
        if p not in placed:
            _party(ctx, p)


def _flatten(forest: list[BoxNode]) -> list[Box]:
    out = []
    for n in forest:
        out.append(n.box)
        out.extend(_flatten(n.children))
    return out


def _cluster(ctx: Drawing, node: BoxNode, placed: set[str]) -> None:
    ctx.writer.open(f"subgraph cluster_{node.box.key}")
    ctx.writer.defaults("graph", dict(node.box.attrs))
    for child in node.children:
        _cluster(ctx, child, placed)
    inner = {m for b in _flatten(node.children) for m in b.members}
    for p in ctx.scope.parties:
        if p in node.box.members and p not in inner and p not in placed:
            _party(ctx, p)
            placed.add(p)
    ctx.writer.close()


def _party(ctx: Drawing, pid: str) -> None:
    g, used = ctx.graph, ctx.used
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
    workers = g.workers_by_party.get(pid, ()) if ctx.options.show_workers else ()
    if workers:
        used.add("workers")
    marked = ctx.marks.workers
    findings = list(ctx.marks.parties.get(pid, ()))
    if not ctx.options.show_workers:
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
    extras = ctx.highlight.parties.get(pid)
    if extras is not None:
        used.update(
            k
            for k, on in (
                ("incident", extras.incident or extras.incident_worker is not None),
                ("capacity", bool(extras.capacities)),
                ("audit_direct", bool(extras.audit) and extras.audit_direct),
                ("audit_flow_down", bool(extras.audit) and not extras.audit_direct),
            )
            if on
        )
    ctx.writer.line(
        party_statement(
            f"p{index}",
            index,
            pid,
            party.name,
            party.corporate_number,
            kind,
            role(ctx.lang),
            ctx.lang,
            marks(findings),
            worker_keys(workers),
            tuple(worker_marks),
            ctx.options.collapse_workers,
            extras_key(extras),
        )
    )


# -- edges ---------------------------------------------------------------------------
def _edge(ctx: Drawing, e: Edge) -> None:
    findings = ctx.marks.on_edge(e)
    if findings:
        ctx.used.update(f.severity for f in findings)
    statuses = edge_statuses(e, findings)
    ctx.used.add(statuses[0])
    on_path = e.index in ctx.highlight.path  # the contract's index is None
    if on_path:
        ctx.used.add("path")
    chain = ctx.graph.chain
    index = ctx.graph.party_index
    tail, head = index[e.delegator], index[e.delegate]
    if e.index is None:
        documents, work, element_id = None, chain.contract.work, "contract"
    else:
        d = chain.delegations[e.index]
        documents = tuple(map(_KIND, d.documents))
        work, element_id = d.work, f"edge-{e.index}"
    ctx.writer.line(
        edge_statement(
            f"p{tail}",
            f"p{head}",
            e.tier,
            statuses,
            marks(findings),
            documents,
            on_path,
            ctx.lang,
            element_id,
            e.id,
            chain.parties[tail].name,
            chain.parties[head].name,
            work,
        )
    )


def _legend(ctx: Drawing, order: list[Band]) -> None:
    # One rank below the last band, so that it never stretches a tier's rank.
    ctx.writer.node("legend", {"label": legend_label(ctx.used, ctx.lang), "tooltip": "legend"})
    ctx.writer.edge(f"band_{order[-1]}", "legend", {"style": "invis"})


_KIND = attrgetter("kind")


def _role(tier: int | None) -> L:
    if tier is None:
        return WORDS["off_chain"]
    if tier == 1:
        return WORDS["contractor"]
    return band_label(tier)
