"""DAT: personal-data scope — what each delegate receives against what it may receive."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations
from chain.format.identity import normalize_term
from chain.format.pointer import join
from chain.graph import ChainGraph, data_terms, documents_of, received_data, term
from chain.profiles.params import MissingDataParams, MyNumberParams, TierScope
from chain.vocab import L

__all__: list[str] = []


def _beyond(
    categories: list[str], allowed: frozenset[str] | set[str], norm: Callable[[str], str]
) -> list[str]:
    seen: set[str] = set()
    out = []
    for c in categories:
        n = norm(c)
        if n not in allowed and n not in seen:
            seen.add(n)
            out.append(c)
    return out


@rule("DAT001")
def data_beyond_delegator(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    by_party, terms = received_data(g), data_terms(g)
    for e, d in scoped_delegations(g, p):
        received = by_party.get(e.delegator)
        if not received:
            continue  # nothing stated upstream: DAT004 reports that
        if terms[e.index] <= received:
            continue
        extra = _beyond(d.personal_data, received, partial(term, g))
        if extra:
            yield Hit(
                join("delegations", e.index, "personal_data"),
                {**delegation_facts(g, e), "extra": extra},
                delegation=e.id,
                party=e.delegate,
            )


@rule("DAT002")
def data_beyond_consent(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    norm, terms = partial(term, g), data_terms(g)
    approvals = documents_of(g, "approval")
    for e, d in scoped_delegations(g, p):
        found = approvals[e.index]
        if found is None:
            continue  # no approval: DLG001
        if len(found) == 1 and found[0][1].personal_data == d.personal_data:
            continue  # approved as applied for, word for word (the usual case)
        scopes = [doc.personal_data for _i, doc in found]
        if any(s is None for s in scopes):
            continue  # one approving everything applied for
        approved = {norm(c) for s in scopes for c in s}  # type: ignore[union-attr]
        if terms[e.index] <= approved:
            continue
        extra = _beyond(d.personal_data, approved, norm)
        if extra:
            yield Hit(
                join("delegations", e.index, "personal_data"),
                {**delegation_facts(g, e), "extra": extra},
                delegation=e.id,
                party=e.delegate,
            )


def _mentions(category: str, terms: frozenset[str]) -> bool:
    norm = normalize_term(category)
    return any(t in norm for t in terms)


@rule("DAT003")
def my_number_permission(g: ChainGraph, p: MyNumberParams, _c: RuleContext) -> Iterator[Hit]:
    terms = frozenset(normalize_term(t) for t in p.terms)
    municipality = g.chain.contract.municipality
    seen: dict[str, bool] = {}  # the same few categories recur on every delegation

    def mentions(category: str) -> bool:
        found = seen.get(category)
        if found is None:
            found = seen[category] = _mentions(category, terms)
        return found

    approvals, data = documents_of(g, "approval"), data_terms(g)
    # The categories (normalised) that mention My Number data, among all those stated.
    marked = {k for k in frozenset().union(*data) if any(t in k for t in terms)}
    specific = g.chain.contract.specific_personal_information
    for e, d in scoped_delegations(g, p):
        keys = data[e.index]
        if keys.isdisjoint(marked):
            if keys or not specific or p.carried == "named":
                continue
            # The contract holds My Number data and this delegation does not say what it
            # passes on: nothing shows the My Number data stays behind.
            carried: list = [L("項目の記載なし", "categories not stated")]
        else:
            if p.carried == "unnamed":
                continue
            carried = [c for c in d.personal_data if mentions(c)]
        permitted = False
        for _i, doc in approvals[e.index] or ():
            if doc.issued_by not in (None, municipality):
                continue
            if doc.personal_data is None or any(mentions(c) for c in doc.personal_data):
                permitted = True
        if not permitted:
            yield Hit(
                join("delegations", e.index, "personal_data"),
                {
                    **delegation_facts(g, e),
                    "categories": carried,
                    "principal": g.party_name(municipality),
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DAT004")
def data_categories_missing(g: ChainGraph, p: MissingDataParams, _c: RuleContext) -> Iterator[Hit]:
    if p.contract and not g.chain.contract.personal_data:
        yield Hit("/contract/personal_data", {"subject": g.chain.contract.title})
    for e, d in scoped_delegations(g, p):
        if not d.personal_data:
            yield Hit(
                join("delegations", e.index, "personal_data"),
                {**delegation_facts(g, e), "subject": e.id},
                delegation=e.id,
                party=e.delegate,
            )
