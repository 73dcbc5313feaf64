"""END: the end of the contract, and what became of the personal data each party held.

A party holds data when the chain hands it some: the contractor the contract's
categories, a delegate those of its delegations (:func:`chain.graph.received_data`).
Its tier is its contract's (1 the contractor, 2 a subcontractor, ...); the profile's
rule says which tiers must show the end, and which of its ``[document_kinds]`` record
it (:class:`~chain.profiles.params.EndRecordParams`), among the party's ``documents``.

END001: the contract has ended (the chain's date, ``contract.as_of``, is after the
contract period's end) and a party that held data records no return or destruction.
END002: a disposal is recorded without an approval of the disposal plan dated no
later than it. END003: a return is recorded as received by someone other than the
municipality, where the data must go back to it directly (a return record's
``issued_by`` is who received the data). END004: a return or destruction record is
undated, or dated before the party's work on the contract began (its delegation's start;
the contract's, for the contractor): it cannot show when this data ended.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.format.model import Party, Record
from chain.format.pointer import join
from chain.graph import ChainGraph, received_data
from chain.profiles.params import EndRecordParams
from chain.vocab import L

__all__: list[str] = []


def _label(ctx: RuleContext, kind: str) -> L:
    spec = ctx.profile.document_kinds.get(kind)
    return spec.label if spec is not None else L(kind, kind)


def _parties(g: ChainGraph, p: EndRecordParams) -> Iterator[tuple[str, int, Party]]:
    """The companies on the chain at the rule's tiers, in file order."""
    tiers, index = g.tiers, g.party_index
    for i, party in enumerate(g.chain.parties):
        pid = party.id
        tier = tiers.get(pid)
        # A repeated id is the party its index names (CHN reports the others).
        if tier is None or tier < 1 or party.kind != "company" or index.get(pid) != i:
            continue
        if p.applies(tier):
            yield pid, i, party


def _ended(g: ChainGraph) -> tuple[date, date] | None:
    """(end, as of) when the chain is described as of a day after the contract's end."""
    c = g.chain.contract
    end, as_of = c.period.end, c.as_of
    if end is None or as_of is None or as_of <= end:
        return None
    return end, as_of


def _facts(g: ChainGraph, pid: str, p: EndRecordParams, ctx: RuleContext) -> dict[str, Any]:
    return {
        "party_name": g.party_name(pid),
        "records": [_label(ctx, k) for k in p.records],
    }


def _records(party: Party, kinds: list[str]) -> list[tuple[int, Record]]:
    return [(j, d) for j, d in enumerate(party.documents) if d.kind in kinds]


@rule("END001")
def end_record_missing(g: ChainGraph, p: EndRecordParams, ctx: RuleContext) -> Iterator[Hit]:
    ended = _ended(g)
    if ended is None:
        return
    end, as_of = ended
    held = received_data(g)
    for pid, i, party in _parties(g, p):
        if not held.get(pid) or _records(party, p.records):
            continue
        facts = {**_facts(g, pid, p, ctx), "end": end, "as_of": as_of}
        yield Hit(join("parties", i), facts, party=pid)


@rule("END002")
def disposal_not_approved(g: ChainGraph, p: EndRecordParams, ctx: RuleContext) -> Iterator[Hit]:
    if p.approval is None:
        return
    for pid, i, party in _parties(g, p):
        approvals = [d.date for _, d in _records(party, [p.approval])]
        for j, d in _records(party, p.records):
            dated = [a for a in approvals if a is not None]
            if d.date is None and approvals:
                continue  # an approval, and no date to compare it with
            if d.date is not None and any(a <= d.date for a in dated):
                continue
            facts = {
                **_facts(g, pid, p, ctx),
                "record": _label(ctx, d.kind),
                "approval": _label(ctx, p.approval),
                "date": d.date,
                "approved_on": min(dated) if dated else None,
            }
            where = join("parties", i, "documents", j, *(["date"] if dated else []))
            yield Hit(where, facts, party=pid)


@rule("END003")
def return_not_direct(g: ChainGraph, p: EndRecordParams, ctx: RuleContext) -> Iterator[Hit]:
    for pid, i, party in _parties(g, p):
        for j, d in _records(party, p.records):
            if d.issued_by is None or d.issued_by == g.municipality:
                continue
            facts = {
                **_facts(g, pid, p, ctx),
                "record": _label(ctx, d.kind),
                "received_by": g.party_name(d.issued_by),
            }
            yield Hit(join("parties", i, "documents", j, "issued_by"), facts, party=pid)


def _start(g: ChainGraph, pid: str) -> date | None:
    """When the party's work on the contract began: its earliest delegation's start,
    the contract's for the contractor."""
    starts: list[date | None] = [
        d.period.start
        for e in g.incoming.get(pid, ())
        if (d := g.delegation(e)) is not None and d.period is not None
    ]
    if pid == g.contractor:
        starts.append(g.chain.contract.period.start)
    return min((s for s in starts if s is not None), default=None)


@rule("END004")
def end_record_misdated(g: ChainGraph, p: EndRecordParams, ctx: RuleContext) -> Iterator[Hit]:
    for pid, i, party in _parties(g, p):
        records = _records(party, p.records)
        if not records:
            continue
        start = _start(g, pid)
        for j, d in records:
            if d.date is not None and (start is None or d.date >= start):
                continue
            facts = {
                **_facts(g, pid, p, ctx),
                "record": _label(ctx, d.kind),
                "date": d.date,
                "start": start,
            }
            where = join("parties", i, "documents", j, *(["date"] if d.date else []))
            yield Hit(where, facts, party=pid)
