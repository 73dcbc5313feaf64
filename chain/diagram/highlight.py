"""The liability overlay: an assessment (:mod:`chain.liability`) in the diagram's terms.

For an incident, the diagram highlights the path from the municipality
to where it happened, writes each party's capacities on its box (short
names and the clauses they rest on; the full reasoning is in the
assessment's trace), marks the incident party or worker, and boxes the
joint-and-several group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chain.diagram.labels import PartyExtras
from chain.diagram.words import WORDS
from chain.graph import ChainGraph
from chain.profiles.citations import Citation
from chain.vocab import L

if TYPE_CHECKING:
    from chain.liability import Assessment
    from chain.liability.audit import AuditPlan

__all__ = ["MAX_CITATIONS", "Highlight", "capacity_line", "highlight", "mark_audit"]

MAX_CITATIONS = 2


@dataclass
class Highlight:
    """What the liability overlay marks, in the diagram's terms."""

    parties: dict[str, PartyExtras] = field(default_factory=dict)
    path: frozenset[int | None] = frozenset()
    """Delegation indexes on the path (``None`` for the contract)."""
    joint_group: tuple[str, ...] = ()
    joint_label: str = ""


_HEADING = re.compile(r"（[^（）]*）$")


def _short(citation: Citation, lang: str) -> str:
    """``000 第6第8項`` without the article heading the full label carries."""
    return _HEADING.sub("", citation.label(lang))


def _clauses(citations: Sequence[Citation], lang: str) -> str:
    shown: list[str] = []
    for c in citations:
        text = _short(c, lang)
        if text not in shown:
            shown.append(text)
    more = len(shown) - MAX_CITATIONS
    sep = "・" if lang == "ja" else ", "
    text = sep.join(shown[:MAX_CITATIONS])
    if more > 0:
        text += sep + WORDS["more"](lang).format(n=more)
    return text


def capacity_line(capacity: str | L, citations: Sequence[Citation], lang: str) -> str:
    """``直接責任（契約当事者）: 000 第13・民法 第415条``: ``capacity`` is the short label
    (:attr:`~chain.liability.Capacity.short`), or the id of a built-in capacity."""
    if isinstance(capacity, L):
        name = capacity(lang)
    else:
        from chain.liability.model import CAPACITY_SHORT  # data, read on use

        name = CAPACITY_SHORT[capacity](lang) if capacity in CAPACITY_SHORT else capacity
    clauses = _clauses(citations, lang)
    return f"{name}: {clauses}" if clauses else name


def highlight(graph: ChainGraph, assessment: Assessment, lang: str) -> Highlight:
    """What the diagram marks for ``assessment``."""
    parties: dict[str, PartyExtras] = {}

    def extras(party: str) -> PartyExtras | None:
        if party not in graph.party_index:
            return None
        return parties.setdefault(party, PartyExtras())

    for e in assessment.path:
        for p in (e.delegator, e.delegate):
            if (x := extras(p)) is not None:
                x.on_path = True
    for c in assessment.capacities:
        if (x := extras(c.party)) is not None:
            x.on_path = True
            x.capacities.append(capacity_line(c.short, c.citations, lang))
    host = extras(assessment.host)
    if host is not None:
        host.on_path = True
        if assessment.incident_kind == "party":
            host.incident = True
        else:
            index = next(
                (i for i, w in enumerate(graph.chain.workers) if w.id == assessment.incident),
                None,
            )
            host.incident_worker = index
            if index is not None:
                host.incident_note = graph.chain.workers[index].name
    joint = tuple(p for p in assessment.joint_group if p in graph.party_index)
    basis = next(
        (c.citations for c in assessment.capacities if c.capacity == "joint_and_several"), ()
    )
    label = WORDS["joint"](lang)
    if basis:
        label += f"（{_short(basis[0], lang)}）" if lang == "ja" else f" ({_short(basis[0], lang)})"
    return Highlight(
        parties=parties,
        path=frozenset(e.index for e in assessment.path),
        joint_group=joint,
        joint_label=label,
    )


def mark_audit(marked: Highlight, graph: ChainGraph, plan: AuditPlan, lang: str) -> Highlight:
    """``marked`` with a line on each party the municipality may audit, directly or only
    through the contractor (:func:`chain.liability.audit.audit_reach`), with the clause."""
    for row in plan.parties:
        if row.reach == "none" or row.party not in graph.party_index:
            continue
        x = marked.parties.setdefault(row.party, PartyExtras())
        direct = row.reach == "direct"
        word = WORDS["audit_direct" if direct else "audit_flow_down"](lang)
        clauses = _clauses(row.citations, lang)
        x.audit = f"{word}: {clauses}" if clauses else word
        x.audit_direct = direct
    return marked
