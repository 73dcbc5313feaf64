"""PER: periods — inverted, missing, or outside the period of the tier above."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations
from chain.format.model import Period
from chain.format.pointer import join
from chain.graph import ChainGraph, Edge, periods
from chain.profiles.params import NoParams, PeriodParams, TierScope
from chain.vocab import L

__all__: list[str] = []


def _period_of(g: ChainGraph, e: Edge) -> Period | None:
    if e.index is None:  # the contract
        return g.chain.contract.period
    return g.chain.delegations[e.index].period


@rule("PER001")
def period_outside_parent(g: ChainGraph, p: PeriodParams, _c: RuleContext) -> Iterator[Hit]:
    # Each delegator's bounds, worked out once for all its delegations.
    bounds: dict[str, tuple[date | None, date | None]] = {}
    spans = periods(g)
    contract = g.chain.contract.period
    closing = None if _inverted(contract) else contract.end
    # An end after the contract's: the data is held past the time it is to be returned.
    wanted = p.contract_end

    def beyond(end: date | None) -> bool:
        return end is not None and closing is not None and end > closing

    for e, _d in scoped_delegations(g, p):
        start, end = spans[e.index]
        if start is None and end is None:
            continue
        known = bounds.get(e.delegator)
        if known is None:
            known = bounds[e.delegator] = _bounds(g, e.delegator)
        first, last = known
        if first is not None and start is not None and start < first and wanted != "beyond":
            yield Hit(
                e.pointer + "/period/start",
                {
                    **delegation_facts(g, e),
                    "side": L("開始日", "start"),
                    "value": start,
                    "parent_value": first,
                },
                delegation=e.id,
                party=e.delegate,
            )
        if (
            last is not None
            and end is not None
            and end > last
            and (wanted == "any" or beyond(end) == (wanted == "beyond"))
        ):
            yield Hit(
                e.pointer + "/period/end",
                {
                    **delegation_facts(g, e),
                    "side": L("終了日", "end"),
                    "value": end,
                    "parent_value": last,
                },
                delegation=e.id,
                party=e.delegate,
            )


def _bounds(g: ChainGraph, party: str) -> tuple[date | None, date | None]:
    """The earliest start and latest end of the periods under which ``party`` works."""
    # An inverted period above is PER002's finding; measuring against it
    # would only repeat the same typo as an error on every delegation below.
    parents = [
        pp
        for pe in g.incoming.get(party, [])
        if (pp := _period_of(g, pe)) is not None and not _inverted(pp)
    ]
    starts: list[date] = [pp.start for pp in parents if pp.start]
    ends: list[date] = [pp.end for pp in parents if pp.end]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _inverted(period: Period) -> bool:
    return period.start is not None and period.end is not None and period.start > period.end


@rule("PER002")
def period_inverted(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    period = g.chain.contract.period
    if _inverted(period):
        yield Hit(
            "/contract/period",
            {"subject": g.chain.contract.title, "start": period.start, "end": period.end},
        )
    for i, (start, end) in enumerate(periods(g)):
        if start is not None and end is not None and start > end:
            d = g.chain.delegations[i]
            yield Hit(
                join("delegations", i, "period"),
                {"subject": d.id, "start": start, "end": end},
                delegation=d.id,
            )


@rule("PER003")
def period_missing(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    spans = periods(g)
    for e, _d in scoped_delegations(g, p):
        if spans[e.index][0] is None:
            yield Hit(
                e.pointer + "/period", delegation_facts(g, e), delegation=e.id, party=e.delegate
            )
