"""Findings as table rows, and the filters officers apply to them.

The app's findings table, the CSV and the Excel download all show the
same rows, built here from the findings and the chain they are about:
severity, code, what is wrong, the clause and what would fix it, where
(the table, row and column, and the party, delegation, worker and place
by name), and the interpretation applied where the template is silent;
the JSON pointer and the slug last, as technical columns the officer's
table and downloads leave out. Every cell is shown text: submitted
names and ids, and the profile's clause labels, with invisible characters
written as their code points (:func:`chain.text.visible`), as in every
output for people.

Filters work on four facets: severity, template clause, party and code.
A finding matches a clause when any of its citations has that label, and
a party when it is about that party (as the party itself, the delegate of
its delegation, or the party a worker or place belongs to).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from chain.check.catalog import catalog
from chain.check.findings import SEVERITY_RANK, Finding
from chain.graph import ChainGraph
from chain.text import visible
from chain.vocab import SEVERITIES, L, join_labels

__all__ = [
    "COLUMNS",
    "OFFICER_COLUMNS",
    "TECHNICAL_COLUMNS",
    "Facets",
    "facets",
    "filter_findings",
    "finding_row",
    "finding_rows",
]

#: Row keys and their headings, in display order: the officer's columns, then the
#: technical ones (:data:`TECHNICAL_COLUMNS`).
COLUMNS: dict[str, L] = {
    "severity": L("重大度", "Severity"),
    "code": L("コード", "Code"),
    "message": L("内容", "Finding"),
    "clause": L("条項", "Clause"),
    "fix": L("対応", "Fix"),
    "where": L("箇所", "Where"),
    "party": L("事業者", "Party"),
    "delegation": L("委託", "Delegation"),
    "worker": L("従事者", "Worker"),
    "place": L("場所", "Place"),
    "interpretation": L("解釈（テンプレートに定めがない点）", "Interpretation (template silent)"),
    "pointer": L("技術情報: JSON ポインタ", "Technical: JSON pointer"),
    "slug": L("技術情報: スラッグ", "Technical: slug"),
}

#: The columns for scripts, not officers: kept out of the app's table and its CSV and
#: Excel files (the JSON and SARIF outputs carry them).
TECHNICAL_COLUMNS = ("pointer", "slug")

#: The columns an officer reads, in order.
OFFICER_COLUMNS = tuple(k for k in COLUMNS if k not in TECHNICAL_COLUMNS)


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


class _Names:
    """The names a chain's parties, delegations, workers and places are shown by: the
    name alone, with the id only where two share a name."""

    def __init__(self, graph: ChainGraph) -> None:
        chain = graph.chain
        self.parties = _unique([(p.id, p.name) for p in chain.parties])
        self.workers = _unique([(w.id, w.name) for w in chain.workers])
        self.places = _unique([(p.id, p.name) for p in chain.places])
        self.graph = graph

    def party(self, pid: str) -> str:
        return self.parties.get(pid) or visible(pid)

    def delegation(self, did: str) -> str:
        edge = self.graph.edge_by_id.get(did)
        if edge is None:
            return visible(did)
        return f"{self.party(edge.delegator)} → {self.party(edge.delegate)}"


def _unique(pairs: list[tuple[str, str]]) -> dict[str, str]:
    counts: dict[str, int] = {}
    for _id, name in pairs:
        counts[name] = counts.get(name, 0) + 1
    return {
        i: visible(name if counts[name] == 1 or name == i else f"{name} ({i})") for i, name in pairs
    }


_NAMES: dict[int, _Names] = {}


def _names(graph: ChainGraph | None) -> _Names | None:
    if graph is None:
        return None
    hit = _NAMES.get(id(graph))
    if hit is None or hit.graph is not graph:
        _NAMES.clear()  # one chain at a time: the graph of the last report
        hit = _NAMES[id(graph)] = _Names(graph)
    return hit


def _name(graph: ChainGraph | None, pid: str | None) -> str:
    if pid is None:
        return ""
    names = _names(graph)
    return names.party(pid) if names is not None else visible(pid)


def finding_row(
    f: Finding,
    lang: str = "ja",
    graph: ChainGraph | None = None,
    where: Callable[[str], str] | None = None,
) -> dict[str, str]:
    """One finding as a row of shown strings, keyed as :data:`COLUMNS`: parties,
    delegations, workers and places by name (an id only where two share a name), the
    place to fix in words by ``where`` (the pointer's table, row and column)."""
    interp = " / ".join(f"{i.topic(lang)}: {i.text(lang)}" for i in f.interpretations)
    names = _names(graph)
    if names is not None:
        delegation = names.delegation(f.delegation) if f.delegation else ""
        worker = names.workers.get(f.worker, visible(f.worker)) if f.worker else ""
        place = names.places.get(f.place, visible(f.place)) if f.place else ""
    else:
        delegation, worker, place = (visible(x or "") for x in (f.delegation, f.worker, f.place))
    return {
        "severity": SEVERITIES[f.severity](lang),
        "code": f.code,
        "message": visible(f.message(lang)),
        "clause": visible(join_labels([c.label(lang) for c in f.citations], lang)),
        "fix": visible(f.fix(lang)),
        "where": visible(where(f.pointer)) if where is not None else "",
        "party": _name(graph, f.party),
        "delegation": delegation,
        "worker": worker,
        "place": place,
        "interpretation": visible(interp),
        "pointer": visible(f.pointer),
        "slug": f.slug,
    }


def finding_rows(
    findings: Iterable[Finding],
    lang: str = "ja",
    graph: ChainGraph | None = None,
    where: Callable[[str], str] | None = None,
) -> list[dict[str, str]]:
    return [finding_row(f, lang, graph, where) for f in findings]


@dataclass(frozen=True)
class Facets:
    """The values each filter can take, with labels, in a stable order."""

    severities: list[tuple[str, L]]
    clauses: list[tuple[str, L]]
    parties: list[tuple[str, str]]
    codes: list[tuple[str, L]]
    """Each code with its title: 「DLG001 承諾なし」."""


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
    codes: dict[str, L] = {}
    docs = catalog()
    for f in sorted(findings, key=lambda x: x.code):
        if f.code not in codes:
            title = docs[f.code].title if f.code in docs else L(f.slug, f.slug)
            codes[f.code] = L(f"{f.code} {title.ja}", f"{f.code} {title.en}")
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
