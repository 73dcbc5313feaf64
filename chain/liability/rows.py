"""An assessment as table rows, and the incidents one can ask about (for the app)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from chain.graph import ChainGraph
from chain.liability.model import Assessment
from chain.text import visible
from chain.vocab import EMPLOYMENTS, L, join_labels, tier_label

__all__ = [
    "CAPACITY_COLUMNS",
    "EXPOSURE_COLUMNS",
    "REPORTING_COLUMNS",
    "capacity_rows",
    "exposure_rows",
    "incident_choices",
    "incident_count",
    "incident_search",
    "reporting_rows",
]

CAPACITY_COLUMNS = {
    "party": L("事業者", "Party"),
    "capacity": L("責任の立場", "Capacity"),
    "basis": L("根拠", "Basis"),
    "interpretation": L("適用した解釈", "Interpretation applied"),
    "trace": L("判断の過程", "Reasoning"),
}
REPORTING_COLUMNS = {
    "party": L("報告する者", "Who reports"),
    "duty": L("報告先・時期・内容", "To whom, when, what"),
    "basis": L("根拠", "Basis"),
}

EXPOSURE_COLUMNS = {
    "party": L("事業者", "Party"),
    "kind": L("種類", "Kind"),
    "note": L("内容（事実による）", "What (depends on the facts)"),
    "basis": L("根拠", "Basis"),
}


def incident_choices(graph: ChainGraph) -> list[tuple[str, L]]:
    """Parties on the chain (by tier, then file order) and then workers, with labels."""
    return list(_incident_entries(graph))


def incident_count(graph: ChainGraph) -> int:
    """How many incidents :func:`incident_choices` offers, without building their labels."""
    workers = {w.id for w in graph.chain.workers}
    return len(_party_order(graph)) + len(workers)


def incident_search(
    graph: ChainGraph, query: str, limit: int, keep: str | None = None
) -> tuple[list[tuple[str, L]], int]:
    """The first ``limit`` choices whose key or label (either language) holds ``query``
    (case and width ignored; every choice for an empty query), in the order of
    :func:`incident_choices`, with ``keep`` among them if it is a choice at all; and how
    many matched. The labels of the others are built one at a time and let go."""
    needle = _folded(query.strip())
    found: list[tuple[str, L]] = []
    kept: tuple[str, L] | None = None
    matched = 0
    for key, label in _incident_entries(graph):
        hit = not needle or any(needle in _folded(x) for x in (key, label.ja, label.en))
        if hit:
            matched += 1
            if len(found) < limit:
                found.append((key, label))
                continue
        if key == keep:
            kept = (key, label)
    if kept is not None:
        found.insert(0, kept)
    return found, matched


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _party_order(graph: ChainGraph) -> list[str]:
    # The municipality claims, and a dispatch agency does none of the work: an
    # incident by its worker is asked about at the worker, who is listed below.
    return sorted(
        (
            pid
            for pid in graph.party_index
            if pid != graph.municipality and graph.party(pid).kind != "dispatch_agency"  # type: ignore[union-attr]
        ),
        key=lambda pid: (graph.tiers.get(pid, 10**6), graph.party_index[pid]),
    )


def _incident_entries(graph: ChainGraph) -> Iterator[tuple[str, L]]:
    """The choices of :func:`incident_choices`, each label made when it is reached."""
    worker_ids = {w.id for w in graph.chain.workers}
    for pid in _party_order(graph):
        tier = graph.tiers.get(pid)
        where = (
            L("受託者", "contractor")
            if tier == 1
            else tier_label(tier)
            if tier
            else L("チェーン外", "off the chain")
        )
        # Submitted names are shown visibly: a direction mark must not reorder a label.
        name = visible(graph.party_name(pid))
        key = f"party:{pid}" if pid in worker_ids else pid
        yield key, L(f"{name}（{where.ja}）", f"{name} ({where.en})")
    del worker_ids
    seen: set[str] = set()
    for w in graph.chain.workers:
        if w.id in seen:
            continue  # a duplicate worker id (CHN003): the first one is the one assessed
        seen.add(w.id)
        host = visible(graph.party_name(w.party))
        emp = EMPLOYMENTS[w.employment]
        who = visible(w.name)
        key = f"worker:{w.id}" if w.id in graph.party_index else w.id
        yield key, L(f"従事者: {who}（{emp.ja}、{host}）", f"worker: {who} ({emp.en}, {host})")


def capacity_rows(a: Assessment, graph: ChainGraph, lang: str) -> list[dict[str, Any]]:
    rows = []
    for c in a.capacities:
        steps = [t for t in c.trace if not (a.notes and t == a.notes[0])]
        rows.append(
            {
                "party": visible(graph.party_name(c.party)),
                "capacity": visible(c.label(lang)),
                "basis": join_labels([x.label(lang) for x in c.citations], lang),
                "interpretation": c.interpretation.text(lang) if c.interpretation else "",
                "trace": "\n".join(
                    f"{i}. {visible(s(lang))}" for i, s in enumerate(steps, start=1)
                ),
            }
        )
    return rows


def exposure_rows(a: Assessment, graph: ChainGraph, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "party": visible(graph.party_name(x.party)),
            "kind": x.label(lang),
            "note": visible(x.note(lang)),
            "basis": join_labels([c.label(lang) for c in x.citations], lang),
        }
        for x in a.exposures
    ]


def reporting_rows(a: Assessment, graph: ChainGraph, lang: str) -> list[dict[str, Any]]:
    """The duties to report after the incident, one row each (the incident page)."""
    facts = L("（事実による）", " (depends on the facts)")(lang)
    return [
        {
            "party": visible(graph.party_name(d.party)),
            "duty": visible(d.text(lang)),
            "basis": join_labels([c.label(lang) for c in d.citations], lang)
            + (facts if d.fact_dependent else ""),
        }
        for d in a.reporting
    ]
