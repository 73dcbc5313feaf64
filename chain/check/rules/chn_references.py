"""CHN: ids and what refers to them. Always on; they cite the chain format.

Real submissions contain two items of one id, references to parties that are not
there, and dispatch links that disagree with the employment. Each is reported here,
never a crash.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.format.pointer import join
from chain.graph import ChainGraph, document_parties
from chain.profiles.params import NoParams
from chain.vocab import L

__all__: list[str] = []


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
        return (
            (doc.submitted_by is not None and doc.submitted_by not in known)
            or (doc.issued_by is not None and doc.issued_by not in known)
            or (doc.delegate is not None and doc.delegate not in known)
        )

    def hit(path: tuple, ref: str, owner: dict[str, Any]) -> Hit:
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
        {i for i, d in enumerate(delegations) for doc in d.documents if dangling_doc(doc)}
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
            for field in ("submitted_by", "issued_by", "delegate"):
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
    for i in g.direction_records:  # workers recording who directs them: usually none
        w = workers[i]
        for field in ("dispatched_to", "directed_by"):
            if dangling(getattr(w, field)):
                yield hit(("workers", i, field), getattr(w, field), {"worker": w.id})
    for i, pl in enumerate(g.chain.places):
        if dangling(pl.party):
            yield hit(("places", i, "party"), pl.party, {"place": pl.id})


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
        elif w.employment != "dispatched" and not w.dispatched_from and w.dispatched_to:
            yield Hit(
                join("workers", i, "employment"),
                {
                    "name": w.name,
                    "problem": L(
                        "派遣契約の派遣先（dispatched_to）があるのに雇用形態が派遣ではありません",
                        "a host of a dispatch (dispatched_to) is named but the employment is "
                        "not `dispatched`",
                    ),
                },
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
