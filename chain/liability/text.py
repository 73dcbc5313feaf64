"""An assessment as text for people (the CLI), and as a JSON document for scripts.

The text shows every line visibly (:func:`chain.text.visible`), the profile's
words (capacities, clause labels, interpretations, its title) as much as the
chain's names; the JSON document keeps every text exactly.
"""

from __future__ import annotations

from typing import Any

from chain.graph import ChainGraph
from chain.liability.model import Assessment
from chain.text import visible
from chain.vocab import L, join_labels

__all__ = ["LIABILITY_FORMAT", "to_document", "to_text"]

LIABILITY_FORMAT = "subcontract-chain-liability"

_HEAD = {
    "at": L("事故の場所", "Incident at"),
    "profile": L("プロファイル", "Profile"),
    "basis": L("根拠", "basis"),
    "interp": L("解釈", "interpretation"),
    "exposure": L(
        "事実によっては（特記事項の外、発見事項ではありません）",
        "Depending on the facts (outside the provisions, not findings)",
    ),
    "none": L("発注者に責任を負う当事者はありません。", "No party answers to the municipality."),
    "joint": L("連帯して責任を負う当事者", "Jointly and severally liable"),
    "reporting": L("事故の後の報告", "Reporting after the incident"),
    "facts": L("事実による", "depends on the facts"),
}


def to_text(assessment: Assessment, graph: ChainGraph, *, lang: str = "ja", title: str = "") -> str:
    h = {key: text(lang) for key, text in _HEAD.items()}
    a = assessment
    out = [f"{h['at']}: {visible(graph.party_name(a.host))} ({visible(a.incident)})"]
    out.extend(visible(n(lang)) for n in a.notes[1:] if n(lang))
    out.append(f"{h['profile']} {a.profile}{': ' + title if title else ''}")
    if not a.capacities:
        out.append(h["none"])
    for party in a.parties:
        out.append("")
        out.append(f"{visible(graph.party_name(party))} ({visible(party)})")
        for cap in a.capacities_of(party):
            out.append(f"  ■ {visible(cap.label(lang))}")  # a profile may name it
            out.append(
                f"    {h['basis']}: " + join_labels([c.label(lang) for c in cap.citations], lang)
            )
            if cap.interpretation is not None:
                out.append(f"    {h['interp']}: {cap.interpretation.text(lang)}")
            # The first step places the incident; the header already says it.
            steps = [t for t in cap.trace if not (a.notes and t == a.notes[0])]
            for i, step in enumerate(steps, start=1):
                out.append(f"    {i}. {visible(step(lang))}")
    if a.joint_group:
        names = join_labels([visible(graph.party_name(p)) for p in a.joint_group], lang)
        out.append("")
        out.append(f"{h['joint']}: {names}")
    if a.exposures:
        out.append("")
        out.append(f"{h['exposure']}:")
        for x in a.exposures:
            cites = join_labels([c.label(lang) for c in x.citations], lang)
            out.append(
                f"  - {x.label(lang)} / {visible(graph.party_name(x.party))}: "
                f"{visible(x.note(lang))} [{cites}]"
            )
    if a.reporting:
        out.append("")
        out.append(f"{h['reporting']}:")
        for d in a.reporting:
            cites = join_labels([c.label(lang) for c in d.citations], lang)
            tail = f"; {h['facts']}" if d.fact_dependent else ""
            out.append(f"  - {visible(d.text(lang))} [{cites}{tail}]")
    return "\n".join(map(visible, out)) + "\n"


def to_document(assessment: Assessment, *, path: str, profile_title: str) -> dict[str, Any]:
    return {
        "format": LIABILITY_FORMAT,
        "version": 1,
        "file": path,
        "profile": {"id": assessment.profile, "title": profile_title},
        "assessment": assessment.to_dict(),
    }
