"""What links parties besides delegations: dispatch, parts left out, the joint group.

Mixed into the diagram builder (:mod:`chain.diagram.build`), whose state it reads.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from chain.diagram.dot import Html
from chain.diagram.escape import html, quoted
from chain.diagram.labels import PartyExtras
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
        for host in self.scope.parties:
            by_agency: dict[str, list[tuple[int, object]]] = {}
            for i, wk in self.g.workers_by_party.get(host, []):
                agency = wk.dispatched_from
                if agency is not None and agency != host and agency in self.scope:
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
