"""DLG: consent to delegation — approval (or notification), the application, their dates."""

from __future__ import annotations

from collections.abc import Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import (
    delegation_facts,
    doc_pointer,
    group_note,
    kind_label,
    scoped_delegations,
)
from chain.check.rules.dlg_routes import routed_consent_missing, uses_routes
from chain.format.pointer import join
from chain.graph import (
    ChainGraph,
    ancestors,
    documents_of,
    earliest_of,
    periods,
    same_group,
    undated_documents,
)
from chain.profiles.params import (
    ConsentParams,
    NoParams,
    RouteParams,
    SubmitterParams,
    TierScope,
)
from chain.vocab import L

__all__: list[str] = []


@rule("DLG001")
def consent_missing(g: ChainGraph, p: RouteParams, c: RuleContext) -> Iterator[Hit]:
    if uses_routes(p, c.profile):
        yield from routed_consent_missing(g, p, c)
        return
    consents = documents_of(g, p.consent)
    for e, _d in scoped_delegations(g, p):
        if consents[e.index] is None:
            group = same_group(g, e.delegator, e.delegate)
            yield Hit(
                e.pointer,
                {
                    **delegation_facts(g, e),
                    "consent": kind_label(p.consent),
                    "group_note": group_note(group),
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG002")
def consent_after_start(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    firsts, spans = earliest_of(g, p.consent), periods(g)
    for e, _d in scoped_delegations(g, p):
        first = firsts[e.index]
        if first is None:
            continue
        start = spans[e.index][0]
        if start is None:
            continue
        i, doc = first
        # earliest_of gives dated documents only: doc.date is not None.
        if doc.date > start:  # type: ignore[operator]
            yield Hit(
                doc_pointer(e, i, "date"),
                {
                    **delegation_facts(g, e),
                    "consent": kind_label(p.consent),
                    "consent_date": doc.date,
                    "start": start,
                    "days": (doc.date - start).days,  # type: ignore[operator]
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG003")
def application_missing(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    applications = documents_of(g, "application")
    for e, _d in scoped_delegations(g, p):
        if applications[e.index] is None:
            yield Hit(
                join("delegations", e.index, "documents"),
                delegation_facts(g, e),
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG004")
def application_late(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    applications, consents = earliest_of(g, "application"), earliest_of(g, p.consent)
    spans = periods(g)
    for e, _d in scoped_delegations(g, p):
        app = applications[e.index]
        if app is None:
            continue
        i, doc = app
        consent = consents[e.index]
        start = spans[e.index][0]
        later_than = None
        # earliest_of gives dated documents only: the dates compared are not None.
        if consent is not None and doc.date > consent[1].date:  # type: ignore[operator]
            later_than = (kind_label(p.consent), consent[1].date)
        elif start is not None and doc.date > start:  # type: ignore[operator]
            later_than = (L("委託の開始日", "the start of the delegation"), start)
        if later_than:
            yield Hit(
                doc_pointer(e, i, "date"),
                {
                    **delegation_facts(g, e),
                    "application_date": doc.date,
                    "reference": later_than[0],
                    "reference_date": later_than[1],
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG005")
def consent_lapsed(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    consents, spans = documents_of(g, p.consent), periods(g)
    for e, _d in scoped_delegations(g, p):
        granted = consents[e.index]
        if granted is None:
            continue
        end = spans[e.index][1]
        if end is None:
            continue
        ends = [doc.valid_until for _i, doc in granted]
        if None in ends:
            continue  # one consent has no end: it covers the whole period
        # No None is left in ends (checked just above), which the checker cannot follow.
        latest = max(ends)  # type: ignore[type-var]
        # latest is a date: no None is left in ends.
        if latest < end:  # type: ignore[operator]
            i = next(i for i, doc in granted if doc.valid_until == latest)
            yield Hit(
                doc_pointer(e, i, "valid_until"),
                {
                    **delegation_facts(g, e),
                    "consent": kind_label(p.consent),
                    "valid_until": latest,
                    "end": end,
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG006")
def handling_without_delegation(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Companies with staff or places on the contract that no delegation reaches."""
    for pid, i in g.party_index.items():
        party = g.chain.parties[i]
        if pid in g.tiers or party.kind != "company":
            continue
        workers = g.workers_by_party.get(pid, [])
        places = g.places_by_party.get(pid, [])
        if not workers and not places:
            continue
        in_chain_relatives = [g.party_name(a) for a in ancestors(g, pid) if a in g.tiers] or [
            g.party_name(q) for q in g.tiers if pid in ancestors(g, q)
        ]
        yield Hit(
            join("parties", i),
            {
                "party_name": party.name,
                "workers": sum(w.count for _j, w in workers),
                "places": len(places),
                "group": in_chain_relatives,
                "group_note": L(
                    f"（{in_chain_relatives[0]}のグループ会社ですが、グループ会社も第三者です）",
                    f" (a group company of {in_chain_relatives[0]}, still a third party)",
                )
                if in_chain_relatives
                else L("", ""),
            },
            party=pid,
        )


@rule("DLG007")
def consent_wrong_issuer(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    municipality = g.chain.contract.municipality
    consents = documents_of(g, p.consent)
    for e, _d in scoped_delegations(g, p):
        for i, doc in consents[e.index] or ():
            if doc.issued_by is not None and doc.issued_by != municipality:
                yield Hit(
                    doc_pointer(e, i, "issued_by"),
                    {
                        **delegation_facts(g, e),
                        "consent": kind_label(p.consent),
                        "issuer": g.party_name(doc.issued_by),
                        "municipality": g.party_name(g.chain.contract.municipality),
                    },
                    delegation=e.id,
                    party=doc.issued_by,
                )


@rule("DLG008")
def application_wrong_submitter(
    g: ChainGraph, p: SubmitterParams, _c: RuleContext
) -> Iterator[Hit]:
    by_contractor = p.submitter == "contractor"
    contractor = g.chain.contract.contractor
    applications = documents_of(g, "application")
    for e, _d in scoped_delegations(g, p):
        found = applications[e.index]
        if found is None:
            continue
        expected = contractor if by_contractor else e.delegator
        for i, doc in found:
            if doc.submitted_by is not None and doc.submitted_by != expected:
                yield Hit(
                    doc_pointer(e, i, "submitted_by"),
                    {
                        **delegation_facts(g, e),
                        "submitter": g.party_name(doc.submitted_by),
                        "expected": g.party_name(expected),
                    },
                    delegation=e.id,
                    party=doc.submitted_by,
                )


@rule("DLG009")
def intra_group_delegation(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    for e, _d in scoped_delegations(g, p):
        if same_group(g, e.delegator, e.delegate):
            if e.delegator in ancestors(g, e.delegate):
                relation = L("子会社", "subsidiary")
            elif e.delegate in ancestors(g, e.delegator):
                relation = L("親会社", "parent company")
            else:
                relation = L("グループ会社", "group company")
            yield Hit(
                e.pointer,
                {**delegation_facts(g, e), "relation": relation},
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG010")
def document_undated(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    # Undated documents are rare: the documents index notes them, then walk the scope.
    undated = undated_documents(g)
    if not undated:
        return
    for e, _d in scoped_delegations(g, p):
        for i, doc in undated.get(e.index, ()):
            yield Hit(
                doc_pointer(e, i, "date"),
                {**delegation_facts(g, e), "document": kind_label(doc.kind)},
                delegation=e.id,
                party=e.delegate,
            )
