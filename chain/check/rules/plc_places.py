"""PLC: places — work places approved, storage and cloud notified."""

from __future__ import annotations

from collections.abc import Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import place_facts
from chain.format.model import Place
from chain.format.pointer import join
from chain.graph import ChainGraph, work_start
from chain.profiles.params import NoParams, PlaceScope, PlaceTiming

__all__: list[str] = []


def _places(g: ChainGraph, p: PlaceScope) -> Iterator[tuple[int, Place]]:
    for i, pl in enumerate(g.chain.places):
        if pl.kind in p.kinds and g.tiers.get(pl.party, 0) >= 1:
            yield i, pl


@rule("PLC001")
def place_not_approved(g: ChainGraph, p: PlaceScope, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in _places(g, p):
        if pl.approved_on is None:
            yield Hit(
                join("places", i, "approved_on"), place_facts(g, pl), place=pl.id, party=pl.party
            )


@rule("PLC002")
def place_approved_late(g: ChainGraph, p: PlaceTiming, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in _places(g, p):
        first = work_start(g, pl.party)
        start = pl.used_from or first
        if p.changes != "any":
            # A change of place: first used after the party's first day of work.
            change = pl.used_from is not None and first is not None and pl.used_from > first
            if change != (p.changes == "changes"):
                continue
        if pl.approved_on is not None and start is not None and pl.approved_on > start:
            yield Hit(
                join("places", i, "approved_on"),
                {**place_facts(g, pl), "done": pl.approved_on, "start": start},
                place=pl.id,
                party=pl.party,
            )


@rule("PLC003")
def place_not_notified(g: ChainGraph, p: PlaceScope, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in _places(g, p):
        if pl.notified_on is None and pl.approved_on is None:
            yield Hit(
                join("places", i, "notified_on"), place_facts(g, pl), place=pl.id, party=pl.party
            )


@rule("PLC004")
def cloud_provider_missing(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in enumerate(g.chain.places):
        if pl.kind == "cloud" and not (pl.provider or "").strip():
            yield Hit(
                join("places", i, "provider"), place_facts(g, pl), place=pl.id, party=pl.party
            )


@rule("PLC005")
def work_place_missing(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    """Parties on the chain with staff but no registered work place."""
    for pid, tier in g.tiers.items():
        if tier < 1 or not g.workers_by_party.get(pid):
            continue
        if not any(pl.kind == "work" for _i, pl in g.places_by_party.get(pid, [])):
            yield Hit(g.party_pointer(pid), {"party_name": g.party_name(pid)}, party=pid)
