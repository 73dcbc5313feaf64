"""CHN: the chain's structure. Always on; they cite the chain format.

Real submissions contain cycles, duplicates, ids that point nowhere, the
same company under two names. Each is reported here, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts
from chain.format.identity import (
    corporate_number_problem,
    normalize_corporate_number,
    normalize_name,
)
from chain.format.pointer import join
from chain.graph import ChainGraph, Edge, ancestors, cycle_graph, document_parties, has_cycle
from chain.profiles.params import NoParams
from chain.vocab import PARTY_KINDS, L

__all__: list[str] = []


@rule("CHN001")
def delegation_cycle(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Delegations that lead back to a party already on the way."""
    if not has_cycle(g):
        return
    for component in nx.strongly_connected_components(cycle_graph(g)):
        if len(component) < 2:
            continue
        sub = _component(g, component)
        cycle = [sub.edges[u, v, key]["edge"] for u, v, key in nx.find_cycle(sub)]
        # Point at the delegation that leads back up the chain (its delegate sits
        # at a lower tier than the delegation itself): that is the one to
        # question, not the approved delegation the cycle happens to start from.
        closing = [e for e in cycle if _leads_back(g, e)] or cycle
        culprit = min(closing, key=lambda e: (e.index is None, e.index or 0))
        at = cycle.index(culprit)
        ordered = cycle[at + 1 :] + cycle[: at + 1]
        names = [g.party_name(e.delegator) for e in ordered] + [g.party_name(culprit.delegate)]
        yield Hit(
            culprit.pointer,
            {**delegation_facts(g, culprit), "cycle": " → ".join(names)},
            delegation=culprit.id,
        )


def _component(g: ChainGraph, members: set[str]) -> nx.MultiDiGraph:
    """The delegations among ``members``, in file order, self-delegations left out.

    Built anew rather than as a view: a view of a small part of the graph lists
    its parties in the order of a set, which changes from run to run, and the
    cycle found would change with it. A self-delegation is CHN002's finding, not
    a cycle through other parties.
    """
    sub = nx.MultiDiGraph()
    sub.add_nodes_from(sorted(members, key=g.party_index.__getitem__))
    sub.add_edges_from(
        (e.delegator, e.delegate, e.id, {"edge": e})
        for e in g.edges
        if e.delegator != e.delegate and e.delegator in members and e.delegate in members
    )
    return sub


def _leads_back(g: ChainGraph, e: Edge) -> bool:
    reached = g.tiers.get(e.delegate)
    return e.tier is not None and reached is not None and reached < e.tier


@rule("CHN002")
def self_delegation(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for i, d in enumerate(g.chain.delegations):
        if d.delegator == d.delegate:
            yield Hit(
                join("delegations", i, "delegate"),
                {"delegation": d.id, "party_name": g.party_name(d.delegator)},
                delegation=d.id,
                party=d.delegator,
            )


#: Which id field of a finding names an item of each list.
_OWNER = {"parties": "party", "delegations": "delegation", "workers": "worker", "places": "place"}


@rule("CHN003")
def duplicate_id(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for collection, owner in _OWNER.items():
        items = getattr(g.chain, collection)
        if collection == "parties":
            if len(g.party_index) == len(items):
                continue  # the index keeps one entry per id
        elif len({item.id for item in items}) == len(items):
            continue  # the usual case, settled by one set
        first: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in first:
                yield Hit(
                    join(collection, i, "id"),
                    {
                        "id": item.id,
                        "collection": collection,
                        "first": join(collection, first[item.id]),
                    },
                    **{owner: item.id},
                )
            else:
                first[item.id] = i


@rule("CHN004")
def unknown_reference(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    known = g.party_index

    def dangling(ref: str | None) -> bool:
        return ref is not None and ref not in known

    def dangling_doc(doc) -> bool:
        return (doc.submitted_by is not None and doc.submitted_by not in known) or (
            doc.issued_by is not None and doc.issued_by not in known
        )

    def hit(path: tuple, ref: str, owner: dict[str, str]) -> Hit:
        return Hit(join(*path), {"id": ref, "field": str(path[-1])}, **owner)

    c = g.chain.contract
    for field in ("municipality", "contractor"):
        if dangling(getattr(c, field)):
            yield hit(("contract", field), getattr(c, field), {})
    for i, p in enumerate(g.chain.parties):
        if p.parent is not None and dangling(p.parent.party):
            yield hit(("parties", i, "parent", "party"), p.parent.party, {"party": p.id})
    delegations = g.chain.delegations
    # Dangling references are rare: sweep for the delegations that have one (only when
    # the graph lacks an edge for some delegation, or documents name an unknown
    # party), then report those in file order.
    suspects = (
        {
            i
            for i, d in enumerate(delegations)
            if d.delegator not in known or d.delegate not in known
        }
        if len(g.delegation_edges) != len(delegations)
        else set()
    )
    with_docs = (
        {
            i
            for i, d in enumerate(delegations)
            for doc in d.documents
            if (doc.submitted_by is not None and doc.submitted_by not in known)
            or (doc.issued_by is not None and doc.issued_by not in known)
        }
        if not document_parties(g) <= known.keys()
        else set()
    )
    for i in sorted(suspects | with_docs):
        d = delegations[i]
        own = {"delegation": d.id}
        for field in ("delegator", "delegate"):
            if dangling(getattr(d, field)):
                yield hit(("delegations", i, field), getattr(d, field), own)
        if i not in with_docs:
            continue
        for j, doc in enumerate(d.documents):
            if not dangling_doc(doc):
                continue
            for field in ("submitted_by", "issued_by"):
                if dangling(getattr(doc, field)):
                    yield hit(("delegations", i, "documents", j, field), getattr(doc, field), own)
    # Settled party by party and agency by agency; workers are looked at one by one
    # only when some party or agency is unknown.
    unknown = {p for p in g.workers_by_party if p not in known}
    unknown |= {a for a in g.dispatch_agencies if a not in known}
    workers = g.chain.workers
    for i in (
        [i for i, w in enumerate(workers) if w.party in unknown or w.dispatched_from in unknown]
        if unknown
        else ()
    ):
        w = workers[i]
        for field in ("party", "dispatched_from"):
            if dangling(getattr(w, field)):
                yield hit(("workers", i, field), getattr(w, field), {"worker": w.id})
    for i, pl in enumerate(g.chain.places):
        if dangling(pl.party):
            yield hit(("places", i, "party"), pl.party, {"place": pl.id})


def _context_parents(g: ChainGraph) -> set[str]:
    """Parents named only to show a reached party's group: context, not participants."""
    out: set[str] = set()
    for pid in g.tiers:
        out.update(ancestors(g, pid))
    return out


@rule("CHN005")
def unreachable_party(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    agencies = g.dispatch_agencies
    parents = _context_parents(g)
    for pid, i in g.party_index.items():
        p = g.chain.parties[i]
        if pid in g.tiers or p.kind == "municipality":
            continue
        if pid in agencies or pid in parents:
            continue
        if g.workers_by_party.get(pid) or g.places_by_party.get(pid):
            continue  # handling data off the chain: DLG006 says more
        yield Hit(
            join("parties", i),
            {"party_name": p.name, "kind": PARTY_KINDS[p.kind]},
            party=pid,
        )


@rule("CHN006")
def multiple_paths(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for pid, i in g.party_index.items():
        delegators = []
        for e in g.incoming.get(pid, []):
            if e.delegator != pid and e.delegator not in delegators:
                delegators.append(e.delegator)
        if len(delegators) > 1:
            yield Hit(
                join("parties", i),
                {
                    "party_name": g.party_name(pid),
                    "delegators": [g.party_name(d) for d in delegators],
                    "count": len(delegators),
                },
                party=pid,
            )


def _number(raw: str) -> str:
    """``normalize_corporate_number``, short-cut for the usual 13 plain digits
    (which NFKC and the separators leave as they are)."""
    if len(raw) == 13 and raw.isascii() and raw.isdigit():
        return raw
    return normalize_corporate_number(raw)


def _by_number(g: ChainGraph) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    parties = g.chain.parties
    for i in g.party_index.values():
        raw = parties[i].corporate_number
        if raw and corporate_number_problem(raw) is None:
            number = _number(raw)
            found = groups.get(number)
            if found is None:
                groups[number] = [i]
            else:
                found.append(i)
    return groups


@rule("CHN007")
def corporate_number_conflict(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for number, indexes in _by_number(g).items():
        names: dict[str, int] = {}
        for i in indexes:
            names.setdefault(normalize_name(g.chain.parties[i].name), i)
        if len(names) < 2:
            continue
        first = indexes[0]
        for i in indexes[1:]:
            if normalize_name(g.chain.parties[i].name) != normalize_name(
                g.chain.parties[first].name
            ):
                yield Hit(
                    join("parties", i, "corporate_number"),
                    {
                        "number": number,
                        "party_name": g.chain.parties[i].name,
                        "other_name": g.chain.parties[first].name,
                        "other": g.chain.parties[first].id,
                    },
                    party=g.chain.parties[i].id,
                )


@rule("CHN008")
def corporate_number_invalid(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for i, p in enumerate(g.chain.parties):
        if not p.corporate_number:
            continue
        problem = corporate_number_problem(p.corporate_number)
        if problem:
            yield Hit(
                join("parties", i, "corporate_number"),
                {
                    "party_name": p.name,
                    "number": p.corporate_number,
                    "problem": problem,
                    "reason": L("13桁の数字ではありません", "not 13 digits")
                    if problem == "format"
                    else L("検査用数字が合いません", "the check digit does not match"),
                },
                party=p.id,
            )


def _kind_hit(
    g: ChainGraph, pointer: str, pid: str, expected: str, role: L, owner: dict[str, str]
) -> Hit | None:
    party = g.party(pid)
    if party is None or party.kind == expected:
        return None
    return Hit(
        pointer,
        {
            "party_name": party.name,
            "role": role,
            "expected": PARTY_KINDS[expected],
            "actual": PARTY_KINDS[party.kind],
        },
        party=pid,
        **owner,
    )


@rule("CHN009")
def party_kind_mismatch(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    c = g.chain.contract
    municipality, contractor = L("発注者", "municipality"), L("受託者", "contractor")
    checks: list[tuple[str, str, str, L, dict[str, str]]] = [
        (join("contract", "municipality"), c.municipality, "municipality", municipality, {}),
        (join("contract", "contractor"), c.contractor, "company", contractor, {}),
    ]
    roles = {"delegator": L("再委託元", "delegator"), "delegate": L("再委託先", "delegate")}
    kind_of = {pid: g.chain.parties[i].kind for pid, i in g.party_index.items()}
    municipalities = {pid for pid, kind in kind_of.items() if kind == "municipality"}
    delegations = g.chain.delegations
    for i in [
        i
        for i, d in enumerate(delegations)
        if d.delegator in municipalities or d.delegate in municipalities
    ]:
        d = delegations[i]
        for field, pid in (("delegator", d.delegator), ("delegate", d.delegate)):
            if pid in municipalities:
                checks.append(
                    (
                        join("delegations", i, field),
                        pid,
                        "company",
                        roles[field],
                        {"delegation": d.id},
                    )
                )
    # Workers are many: only those whose party has the wrong kind become candidates.
    not_company = {pid for pid, kind in kind_of.items() if kind != "company"}
    not_agency = {pid for pid, kind in kind_of.items() if kind != "dispatch_agency"}
    workers = g.chain.workers
    # Settled party by party and agency by agency first: the workers are looked at one
    # by one only when some host is not a company or some agency is not an agency.
    suspect = not not_company.isdisjoint(g.workers_by_party) or not not_agency.isdisjoint(
        g.dispatch_agencies
    )
    for i in (
        [
            i
            for i, w in enumerate(workers)
            if w.party in not_company or (w.dispatched_from and w.dispatched_from in not_agency)
        ]
        if suspect
        else ()
    ):
        w = workers[i]
        agency = w.dispatched_from
        if agency and kind_of.get(agency, "dispatch_agency") != "dispatch_agency":
            checks.append(
                (
                    join("workers", i, "dispatched_from"),
                    agency,
                    "dispatch_agency",
                    L("派遣元", "dispatching agency"),
                    {"worker": w.id},
                )
            )
        if kind_of.get(w.party, "company") != "company":
            checks.append(
                (
                    join("workers", i, "party"),
                    w.party,
                    "company",
                    L("就業先", "host"),
                    {"worker": w.id},
                )
            )
    for pointer, pid, expected, role, owner in checks:
        hit = _kind_hit(g, pointer, pid, expected, role, owner)
        if hit is not None:
            yield hit


@rule("CHN010")
def duplicate_company(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    # Trade names are unique only per address, so one name under two different
    # corporate numbers is two companies; without a number on either side the
    # name is all there is to go on.
    seen: dict[str, list[tuple[int, str]]] = {}
    parties = g.chain.parties
    for pid, i in g.party_index.items():
        p = parties[i]
        if p.kind == "municipality":
            continue
        name = normalize_name(p.name)
        number = _number(p.corporate_number) if p.corporate_number else ""
        before = seen.get(name)
        if before is None:
            seen[name] = [(i, number)]
            continue
        match = next((j for j, other in before if not other or not number or other == number), None)
        if match is not None:
            yield Hit(
                join("parties", i),
                {"party_name": p.name, "other": g.chain.parties[match].id, "id": pid},
                party=pid,
            )
            continue
        before.append((i, number))


@rule("CHN011")
def dispatch_link_invalid(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    workers = g.chain.workers
    for i in g.dispatch_mismatches:
        w = workers[i]
        if w.employment == "dispatched" and not w.dispatched_from:
            yield Hit(
                join("workers", i, "dispatched_from"),
                {"name": w.name, "problem": L("派遣元がありません", "no dispatching agency")},
                worker=w.id,
            )
        elif w.dispatched_from and w.employment != "dispatched":
            yield Hit(
                join("workers", i, "employment"),
                {
                    "name": w.name,
                    "problem": L(
                        "派遣元があるのに雇用形態が派遣ではありません",
                        "an agency is named but the employment is not `dispatched`",
                    ),
                },
                worker=w.id,
            )
