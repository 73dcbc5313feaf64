"""What links parties besides delegations: dispatch, parts left out, the joint group."""

from __future__ import annotations

from itertools import pairwise

from chain.diagram.dot import Html
from chain.diagram.drawing import Drawing
from chain.diagram.escape import html, quoted
from chain.diagram.fragments import dispatch_statement
from chain.diagram.style import EDGE_STYLES, OVERLAY
from chain.diagram.words import WORDS
from chain.vocab import tier_label

__all__ = ["dispatch_edges", "hidden_edges", "hidden_nodes", "joint_links"]


def dispatch_edges(ctx: Drawing) -> None:
    """Dashed "派遣" arrows from each agency to the staff (or party) it supplies."""
    # Grouped by host, then by agency, each in order of first appearance.
    groups: dict[tuple[str, str], list[int]] = {}
    for host, i, _wk, agency in ctx.dispatched:
        if agency != host and agency in ctx.scope:
            groups.setdefault((host, agency), []).append(i)
    if groups:
        ctx.used.add("dispatch")
    workers = ctx.graph.chain.workers
    for (host, agency), staff in groups.items():
        extras = ctx.highlight.parties.get(host)
        incident = extras.incident_worker if extras is not None else None
        targets: list[tuple[list[int], str | None]]
        if ctx.options.show_workers and not ctx.options.collapse_workers:
            targets = [([i], f"w{i}") for i in staff]
        elif ctx.options.show_workers:
            targets = [([i for i in staff if i != incident], "e_dispatched")]
            targets += [([incident], f"w{incident}")] if incident in staff else []
        else:
            targets = [(staff, None)]
        for members, port in targets:
            if not members:
                continue
            ctx.writer.line(
                dispatch_statement(
                    ctx.name(agency),
                    ctx.name(host),
                    port,
                    sum(workers[i].count for i in members),
                    ctx.lang,
                    ctx.graph.party_name(agency),
                    ctx.graph.party_name(host),
                )
            )


def hidden_nodes(ctx: Drawing) -> None:
    """A box for the parties left out below each party drawn ("n more below")."""
    if not ctx.scope.hidden_below:
        return
    ctx.used.add("hidden")
    for pid, n in ctx.scope.hidden_below.items():
        cut = tier_label((ctx.options.max_tier or 0) + 1)(ctx.lang)
        text = WORDS["hidden_below"](ctx.lang).format(n=n, tier=cut)
        ctx.writer.node(
            f"h{ctx.graph.party_index[pid]}",
            {
                "label": Html(f'<FONT COLOR="{EDGE_STYLES["hidden"].color}">{html(text)}</FONT>'),
                "shape": "box",
                "style": "rounded,dashed",
                "color": EDGE_STYLES["hidden"].color,
                "margin": "0.1,0.05",
                "tooltip": quoted(text),
            },
        )


def hidden_edges(ctx: Drawing) -> None:
    """The arrows to those boxes."""
    style = EDGE_STYLES["hidden"]
    for pid in ctx.scope.hidden_below:
        ctx.writer.edge(
            ctx.name(pid),
            f"h{ctx.graph.party_index[pid]}",
            {
                "color": style.color,
                "style": style.style,
                "penwidth": style.penwidth,
                "arrowhead": style.arrowhead,
            },
        )


def joint_links(ctx: Drawing) -> None:
    """When the joint group crosses a corporate-group box, link its members instead."""
    if not ctx.crossing_joint:
        return
    # Shallowest first, so that each link points down the ranks like the delegations
    # (links that ignore ranks make Graphviz 2.43 fail beside corporate-group boxes).
    members = sorted(
        (p for p in ctx.highlight.joint_group if p in ctx.scope),
        key=lambda p: (ctx.graph.tiers.get(p, 10**6), ctx.graph.party_index[p]),
    )
    if len(members) < 2:
        return
    ctx.used.add("joint")
    label = Html(f'<FONT COLOR="{OVERLAY.joint}"><B>{html(ctx.highlight.joint_label)}</B></FONT>')
    for n, (a, b) in enumerate(pairwise(members)):
        ctx.writer.edge(
            ctx.name(a),
            ctx.name(b),
            {
                "dir": "none",
                "weight": 0,
                "style": "dashed",
                "color": OVERLAY.joint,
                "penwidth": 2.5,
                "label": label if n == 0 else None,
            },
        )
