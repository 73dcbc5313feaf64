"""Findings as table rows, and the filters officers apply to them.

The app's findings table, the CSV and the Excel download all show the
same rows, built here from the findings and the chain they are about:
severity, code, what is wrong, where (party, delegation, worker, place and
JSON pointer), the clause and what would fix it, and the interpretation
applied where the template is silent. Every cell is shown text: submitted
names and ids, and the profile's clause labels, with invisible characters
written as their code points (:func:`chain.text.visible`), as in every
output for people.

Filters work on four facets: severity, template clause, party and code.
A finding matches a clause when any of its citations has that label, and
a party when it is about that party (as the party itself, the delegate of
its delegation, or the party a worker or place belongs to).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chain.check.findings import SEVERITY_RANK, Finding
from chain.graph import ChainGraph
from chain.text import visible
from chain.vocab import SEVERITIES, L, join_labels

__all__ = ["COLUMNS", "Facets", "facets", "filter_findings", "finding_row", "finding_rows"]

#: Row keys and their headings, in display order.
COLUMNS: dict[str, L] = {
    "severity": L("重大度", "Severity"),
    "code": L("コード", "Code"),
    "message": L("内容", "Finding"),
    "clause": L("条項", "Clause"),
    "fix": L("対応", "Fix"),
    "party": L("事業者", "Party"),
    "delegation": L("委託", "Delegation"),
    "worker": L("従事者", "Worker"),
    "place": L("場所", "Place"),
    "pointer": L("位置（JSON ポインタ）", "Location (JSON pointer)"),
    "interpretation": L("解釈（テンプレートに定めがない点）", "Interpretation (template silent)"),
    "slug": L("スラッグ", "Slug"),
}


def _parties_of(f: Finding, graph: ChainGraph | None) -> list[str]:
    out = [f.party] if f.party else []
    if graph is not None:
        if f.delegation and f.delegation in graph.edge_by_id:
            out.append(graph.edge_by_id[f.delegation].delegate)
        if f.worker:
            out.extend(w.party for w in graph.chain.workers if w.id == f.worker)
        if f.place:
            out.extend(p.party for p in graph.chain.places if p.id == f.place)
    return list(dict.fromkeys(out))


def _name(graph: ChainGraph | None, pid: str | None) -> str:
    if pid is None:
        return ""
    if graph is None or graph.party(pid) is None:
        return visible(pid)
    name = graph.party_name(pid)
    return visible(name if name == pid else f"{name} ({pid})")


def finding_row(f: Finding, lang: str = "ja", graph: ChainGraph | None = None) -> dict[str, str]:
    """One finding as a row of shown strings, keyed as :data:`COLUMNS`."""
    interp = " / ".join(f"{i.topic(lang)}: {i.text(lang)}" for i in f.interpretations)
    return {
        "severity": SEVERITIES[f.severity](lang),
        "code": f.code,
        "message": visible(f.message(lang)),
        "clause": visible(join_labels([c.label(lang) for c in f.citations], lang)),
        "fix": visible(f.fix(lang)),
        "party": _name(graph, f.party),
        "delegation": visible(f.delegation or ""),
        "worker": visible(f.worker or ""),
        "place": visible(f.place or ""),
        "pointer": visible(f.pointer),
        "interpretation": visible(interp),
        "slug": f.slug,
    }


def finding_rows(
    findings: Iterable[Finding], lang: str = "ja", graph: ChainGraph | None = None
) -> list[dict[str, str]]:
    return [finding_row(f, lang, graph) for f in findings]


@dataclass(frozen=True)
class Facets:
    """The values each filter can take, with labels, in a stable order."""

    severities: list[tuple[str, L]]
    clauses: list[tuple[str, L]]
    parties: list[tuple[str, str]]
    codes: list[tuple[str, str]]


def facets(findings: list[Finding], graph: ChainGraph | None = None) -> Facets:
    """Filter choices present in ``findings``: only what would select something."""
    sevs = sorted({f.severity for f in findings}, key=SEVERITY_RANK.__getitem__)
    clauses: dict[str, L] = {}
    for f in findings:
        for c in f.citations:
            if c.label.ja not in clauses:
                clauses[c.label.ja] = L(visible(c.label.ja), visible(c.label.en))
    parties: dict[str, str] = {}
    for f in findings:
        for pid in _parties_of(f, graph):
            parties.setdefault(pid, _name(graph, pid))
    codes: dict[str, str] = {}
    for f in sorted(findings, key=lambda x: x.code):
        codes.setdefault(f.code, f"{f.code} {f.slug}")
    order = {pid: i for i, pid in enumerate(graph.party_index)} if graph else {}
    return Facets(
        severities=[(s, SEVERITIES[s]) for s in sevs],
        clauses=sorted(clauses.items(), key=lambda kv: kv[0]),
        parties=sorted(parties.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])),
        codes=list(codes.items()),
    )


def filter_findings(
    findings: Iterable[Finding],
    *,
    severities: Iterable[str] | None = None,
    clauses: Iterable[str] | None = None,
    parties: Iterable[str] | None = None,
    codes: Iterable[str] | None = None,
    graph: ChainGraph | None = None,
) -> list[Finding]:
    """Findings matching every given facet; an empty or ``None`` facet matches all.

    ``clauses`` are citation labels in Japanese (the :class:`Facets` keys).
    """
    sev, cl, pa, co = (set(x) if x else None for x in (severities, clauses, parties, codes))
    out = []
    for f in findings:
        if sev and f.severity not in sev:
            continue
        if co and f.code not in co:
            continue
        if cl and not any(c.label.ja in cl for c in f.citations):
            continue
        if pa and not any(p in pa for p in _parties_of(f, graph)):
            continue
        out.append(f)
    return out
