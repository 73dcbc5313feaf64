"""What links parties besides delegations: dispatch, parts left out, the joint group.

Mixed into the diagram builder (:mod:`chain.diagram.build`), whose state it reads.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from chain.diagram.dot import Html
from chain.diagram.escape import html, quoted
from chain.diagram.fragments import dispatch_statement
from chain.diagram.style import EDGE_STYLES, OVERLAY
from chain.diagram.words import WORDS
from chain.vocab import tier_label

if TYPE_CHECKING:
    from chain.diagram.build import _Builder

    _Base = _Builder
else:
    _Base = object

__all__ = ["LinksMixin"]


class LinksMixin(_Base):
    """Dispatch arrows, the "n more below" boxes, and joint-group links."""

    def _dispatch_edges(self) -> None:
        # Grouped by host, then by agency, each in order of first appearance.
        groups: dict[tuple[str, str], list[int]] = {}
        for host, i, _wk, agency in self.dispatched:
            if agency != host and agency in self.scope:
                groups.setdefault((host, agency), []).append(i)
        if groups:
            self.used.add("dispatch")
        workers = self.g.chain.workers
        for (host, agency), staff in groups.items():
            extras = self.hl.parties.get(host)
            incident = extras.incident_worker if extras is not None else None
            if self.o.show_workers and not self.o.collapse_workers:
                targets = [([i], f"w{i}") for i in staff]
            elif self.o.show_workers:
                targets = [([i for i in staff if i != incident], "e_dispatched")]
                targets += [([incident], f"w{incident}")] if incident in staff else []
            else:
                targets = [(staff, None)]
            for members, port in targets:
                if not members:
                    continue
                self.w.line(
                    dispatch_statement(
                        self.name(agency),
                        self.name(host),
                        port,
                        sum(workers[i].count for i in members),
                        self.lang,
                        self.g.party_name(agency),
                        self.g.party_name(host),
                    )
                )

    def _hidden_nodes(self) -> None:
        if not self.scope.hidden_below:
            return
        self.used.add("hidden")
        for pid, n in self.scope.hidden_below.items():
            cut = tier_label((self.o.max_tier or 0) + 1)(self.lang)
            text = WORDS["hidden_below"](self.lang).format(n=n, tier=cut)
            self.w.node(
                f"h{self.g.party_index[pid]}",
                {
                    "label": Html(
                        f'<FONT COLOR="{EDGE_STYLES["hidden"].color}">{html(text)}</FONT>'
                    ),
                    "shape": "box",
                    "style": "rounded,dashed",
                    "color": EDGE_STYLES["hidden"].color,
                    "margin": "0.1,0.05",
                    "tooltip": quoted(text),
                },
            )

    def _hidden_edges(self) -> None:
        style = EDGE_STYLES["hidden"]
        for pid in self.scope.hidden_below:
            self.w.edge(
                self.name(pid),
                f"h{self.g.party_index[pid]}",
                {
                    "color": style.color,
                    "style": style.style,
                    "penwidth": style.penwidth,
                    "arrowhead": style.arrowhead,
                },
            )

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
            self.w.edge(
                self.name(a),
                self.name(b),
                {
                    "dir": "none",
                    "weight": 0,
                    "style": "dashed",
                    "color": OVERLAY.joint,
                    "penwidth": 2.5,
                    "label": label if n == 0 else None,
                },
            )
