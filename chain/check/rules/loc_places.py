"""LOC, REQ: where places may be, and duties owed only when the municipality asks.

LOC001: a place's stated location is not one the profile allows (off the
municipality's premises where it must be on them, or in a country not allowed);
LOC002: a place the profile restricts states no location, so it cannot be judged.
REQ001: a request of the municipality recorded on the contract was not answered, or
not within the profile's days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import place_facts
from chain.format.model import Place
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import LocationParams, RequestParams

__all__: list[str] = []


def _places(g: ChainGraph, p: LocationParams) -> Iterator[tuple[int, Place]]:
    for i, pl in enumerate(g.chain.places):
        if p.kinds and pl.kind not in p.kinds:
            continue
        if g.tiers.get(pl.party, 0) < 1:
            continue
        if p.parties == "contractor" and pl.party != g.contractor:
            continue
        yield i, pl


@rule("LOC001")
def place_location_not_allowed(g: ChainGraph, p: LocationParams, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in _places(g, p):
        where = pl.location
        if where is None:
            continue  # LOC002
        if p.premises == "on" and where.premises == "off":
            facts = {**place_facts(g, pl), "where": "off-premises", "allowed": "on-premises"}
            yield Hit(join("places", i, "location", "premises"), facts, place=pl.id, party=pl.party)
        elif p.countries and where.country is not None and where.country not in p.countries:
            facts = {**place_facts(g, pl), "where": where.country, "allowed": p.countries}
            yield Hit(join("places", i, "location", "country"), facts, place=pl.id, party=pl.party)


@rule("LOC002")
def place_location_unknown(g: ChainGraph, p: LocationParams, _c: RuleContext) -> Iterator[Hit]:
    for i, pl in _places(g, p):
        where = pl.location
        unknown = where is None or (
            (p.premises == "on" and where.premises is None)
            or (bool(p.countries) and where.country is None)
        )
        if unknown:
            yield Hit(join("places", i), place_facts(g, pl), place=pl.id, party=pl.party)


@rule("REQ001")
def request_unanswered(g: ChainGraph, p: RequestParams, _c: RuleContext) -> Iterator[Hit]:
    for i, req in enumerate(g.chain.contract.requests):
        if p.kinds and req.kind not in p.kinds:
            continue
        due = req.date + timedelta(days=p.days)
        if req.answered_on is None or req.answered_on > due:
            facts = {
                "request": req.kind,
                "date": req.date,
                "due": due,
                "answered_on": req.answered_on,
            }
            yield Hit(join("contract", "requests", i), facts, party=g.contractor)
