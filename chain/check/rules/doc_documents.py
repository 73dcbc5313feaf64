"""DOC: documents the profile declares, required of the contract, a party, a worker or a place.

One general requirement, parameterised by the profile (:class:`DocumentParams`): which
subject, which document kind (the profile's ``[document_kinds]``, named in its words),
by when, and what it must state. DOC001: there is none; DOC002: the first is dated
after its deadline; DOC003: the latest does not state everything it must.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.format.model import Record
from chain.format.pointer import join
from chain.graph import ChainGraph, chain_workers
from chain.profiles.params import DocumentParams
from chain.vocab import L

__all__: list[str] = []

_SUBJECTS = {
    "contract": L("契約", "contract"),
    "party": L("事業者", "company"),
    "worker": L("従事者", "worker"),
    "place": L("場所", "place"),
}


class _Subject:
    __slots__ = ("documents", "ids", "name", "pointer", "start")

    def __init__(self, pointer, name, documents, start, ids) -> None:
        self.pointer, self.name, self.documents, self.start, self.ids = (
            pointer,
            name,
            documents,
            start,
            ids,
        )


def _party_start(g: ChainGraph, pid: str) -> date | None:
    starts = [
        d.period.start
        for e in g.incoming.get(pid, ())
        if (d := g.delegation(e)) is not None and d.period is not None
    ]
    if pid == g.contractor and not starts:
        return g.chain.contract.period.start
    return min((s for s in starts if s is not None), default=None)


def _subjects(g: ChainGraph, p: DocumentParams) -> Iterator[_Subject]:
    chain = g.chain
    only = g.contractor if p.parties == "contractor" else None
    if p.subject == "contract":
        c = chain.contract
        yield _Subject("/contract", c.title, c.documents, c.period.start, {"party": g.contractor})
    elif p.subject == "party":
        for pid, tier in g.tiers.items():
            party = g.party(pid)
            if tier < 1 or party is None or party.kind != "company" or only not in (None, pid):
                continue
            ids = {"party": pid}
            yield _Subject(
                g.party_pointer(pid), party.name, party.documents, _party_start(g, pid), ids
            )
    elif p.subject == "worker":
        for i, w in chain_workers(g):
            if only not in (None, w.party):
                continue
            ids = {"worker": w.id, "party": w.party}
            yield _Subject(join("workers", i), w.name, w.documents, w.start, ids)
    else:
        for i, pl in enumerate(chain.places):
            if g.tiers.get(pl.party, 0) < 1 or only not in (None, pl.party):
                continue
            ids = {"place": pl.id, "party": pl.party}
            yield _Subject(join("places", i), pl.name, pl.documents, pl.used_from, ids)


def _of_kind(s: _Subject, kind: str) -> list[tuple[int, Record]]:
    return [(i, d) for i, d in enumerate(s.documents) if d.kind == kind]


def _facts(s: _Subject, p: DocumentParams, ctx: RuleContext) -> dict[str, Any]:
    spec = ctx.profile.document_kinds.get(p.document)
    label = spec.label if spec is not None else L(p.document, p.document)
    return {"subject": s.name, "subject_kind": _SUBJECTS[p.subject], "document": label}


@rule("DOC001")
def document_missing(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    for s in _subjects(g, p):
        if not _of_kind(s, p.document):
            yield Hit(s.pointer, _facts(s, p, ctx), **s.ids)


def _deadline(s: _Subject, p: DocumentParams) -> date | None:
    if p.due == "none" or s.start is None:
        return None
    if p.due == "within_days":
        return s.start + timedelta(days=p.days or 0)
    return s.start


@rule("DOC002")
def document_late(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    for s in _subjects(g, p):
        due = _deadline(s, p)
        if due is None:
            continue
        dated = [(d.date, i) for i, d in _of_kind(s, p.document) if d.date is not None]
        if not dated:
            continue  # none (DOC001) or none dated: nothing to compare
        first, i = min(dated)
        if first > due:
            facts = {**_facts(s, p, ctx), "date": first, "due": due}
            yield Hit(join(*_split(s.pointer), "documents", i, "date"), facts, **s.ids)


def _split(pointer: str) -> list[str | int]:
    return [int(x) if x.isdigit() else x for x in pointer.strip("/").split("/")]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


@rule("DOC003")
def document_terms_missing(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    if not p.states:
        return
    wanted = [(w, _norm(w)) for w in p.states]
    for s in _subjects(g, p):
        found = _of_kind(s, p.document)
        if not found:
            continue
        # The latest (by date, then place) is the one in force.
        i, doc = max(found, key=lambda t: (t[1].date or date.min, t[0]))
        stated = {_norm(x) for x in doc.states}
        missing = [w for w, n in wanted if n not in stated]
        if missing:
            facts = {**_facts(s, p, ctx), "missing": missing}
            yield Hit(join(*_split(s.pointer), "documents", i, "states"), facts, **s.ids)
