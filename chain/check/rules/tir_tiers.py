"""TIR: tiers a template allows, forbids, or does not contemplate."""

from __future__ import annotations

from collections.abc import Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations
from chain.graph import ChainGraph
from chain.profiles.params import ReasonParams, TierScope

__all__: list[str] = []


@rule("TIR001")
def exceptional_tier(g: ChainGraph, p: ReasonParams, _c: RuleContext) -> Iterator[Hit]:
    """A tier the template allows only by exception: the officer must judge the reason
    (``stated``), or there is none to judge (``missing``)."""
    for e, d in scoped_delegations(g, p):
        if p.reason != "any" and bool((d.reason or "").strip()) != (p.reason == "stated"):
            continue
        yield Hit(
            e.pointer,
            {**delegation_facts(g, e), "reason": d.reason or None},
            delegation=e.id,
            party=e.delegate,
        )


@rule("TIR002")
def tier_not_contemplated(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    for e, _d in scoped_delegations(g, p):
        yield Hit(e.pointer, delegation_facts(g, e), delegation=e.id, party=e.delegate)


@rule("TIR003")
def tier_forbidden(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    for e, _d in scoped_delegations(g, p):
        yield Hit(e.pointer, delegation_facts(g, e), delegation=e.id, party=e.delegate)
