"""PRT, AMT, ELG: what may be passed on, how much of it, and to whom.

PRT001: a delegation passes on a part of the work the profile forbids to pass on
(its ``[parts]``, named in the template's words); PRT002: it passes the whole work on
en bloc. AMT001: its amount is over the share of the contract amount the profile
allows. ELG001: its delegate is, when the delegation starts, under a status that
makes it ineligible (指名停止, insolvency, 反社会的勢力); ELG002: nothing records that
the delegate was vetted. Each only reads facts a chain states (``parts``, ``whole``,
``amount``, ``statuses``), and says nothing where a chain states none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations
from chain.format.model import Status
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import EligibilityParams, PartsParams, ShareParams, TierScope
from chain.vocab import L

__all__: list[str] = []

STATUS_LABELS = {
    "bidding_suspension": L("指名停止", "suspension from bidding"),
    "insolvency": L("破産・債務超過", "insolvency"),
    "antisocial": L("反社会的勢力との判定", "finding of links to organised crime"),
    "vetted": L("適切な保護の確認", "vetting of its protection"),
}


@rule("PRT001")
def forbidden_part(g: ChainGraph, p: PartsParams, ctx: RuleContext) -> Iterator[Hit]:
    labels = ctx.profile.parts
    forbidden = set(p.parts)
    for e, d in scoped_delegations(g, p):
        for j, part in enumerate(d.parts):
            if part in forbidden:
                spec = labels.get(part)
                facts = {**delegation_facts(g, e), "part": spec.label if spec else L(part, part)}
                yield Hit(
                    join("delegations", e.index, "parts", j),
                    facts,
                    delegation=e.id,
                    party=e.delegate,
                )


@rule("PRT002")
def whole_work(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    for e, d in scoped_delegations(g, p):
        if d.whole:
            yield Hit(
                join("delegations", e.index, "whole"),
                delegation_facts(g, e),
                delegation=e.id,
                party=e.delegate,
            )


@rule("AMT001")
def share_over_limit(g: ChainGraph, p: ShareParams, _c: RuleContext) -> Iterator[Hit]:
    total = g.chain.contract.amount
    if not total:
        return  # no contract amount: no share to compare
    for e, d in scoped_delegations(g, p):
        if d.amount is None:
            continue
        share = 100 * d.amount / total
        if share > p.max_percent:
            facts = {
                **delegation_facts(g, e),
                "amount": d.amount,
                "total": total,
                "share": round(share, 1),
                "max_percent": p.max_percent,
            }
            yield Hit(
                join("delegations", e.index, "amount"),
                facts,
                delegation=e.id,
                party=e.delegate,
            )


def _holds(s: Status, day: date | None) -> bool:
    if day is None:  # no start: a status holds if it is open-ended
        return s.end is None
    return (s.start is None or s.start <= day) and (s.end is None or day <= s.end)


@rule("ELG001")
def ineligible_delegate(g: ChainGraph, p: EligibilityParams, _c: RuleContext) -> Iterator[Hit]:
    kinds = set(p.statuses)
    for e, d in scoped_delegations(g, p):
        party = g.party(e.delegate)
        if party is None or not party.statuses:
            continue
        start = d.period.start if d.period is not None else None
        for j, s in enumerate(party.statuses):
            if s.kind in kinds and _holds(s, start):
                facts = {**delegation_facts(g, e), "status": STATUS_LABELS[s.kind], "on": start}
                yield Hit(
                    join(*_party_path(g, e.delegate), "statuses", j),
                    facts,
                    delegation=e.id,
                    party=e.delegate,
                )
                break


def _party_path(g: ChainGraph, pid: str) -> list[str | int]:
    return ["parties", g.party_index[pid]]


@rule("ELG002")
def delegate_not_vetted(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    for e, _d in scoped_delegations(g, p):
        party = g.party(e.delegate)
        if party is None:
            continue
        if not any(s.kind == "vetted" for s in party.statuses):
            yield Hit(
                join(*_party_path(g, e.delegate)),
                delegation_facts(g, e),
                delegation=e.id,
                party=e.delegate,
            )
