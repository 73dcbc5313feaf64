"""TIR: tiers a template allows, forbids, or does not contemplate."""

from __future__ import annotations

from collections.abc import Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations
from chain.graph import ChainGraph
from chain.profiles.params import ReasonParams, TierScope
from chain.vocab import L

__all__: list[str] = []


_JUDGE = L(
    "理由がやむを得ないものか判断し、判断の記録を残してください",
    "Judge whether the reason is unavoidable and record the judgement",
)
_FIND_OUT = L(
    "理由の記載がなく、例外にあたることが示されていません。やむを得ない理由を確かめて記録してください",
    "No reason is stated, so the exception is not made out. Find out the unavoidable reason "
    "and record it",
)


@rule("TIR001")
def exceptional_tier(g: ChainGraph, p: ReasonParams, _c: RuleContext) -> Iterator[Hit]:
    """A tier the template allows only by exception: the officer must judge the reason
    (``stated``), or there is none to judge (``missing``)."""
    for e, d in scoped_delegations(g, p):
        stated = bool((d.reason or "").strip())
        if p.reason != "any" and stated != (p.reason == "stated"):
            continue
        yield Hit(
            e.pointer,
            {
                **delegation_facts(g, e),
                "reason": d.reason or None,
                "todo": _JUDGE if stated else _FIND_OUT,
            },
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
