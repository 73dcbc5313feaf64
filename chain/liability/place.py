"""Placing an incident: the party it attaches to, and the first step of the reasoning.

An incident is asked about at a party or at a worker. A worker's incident attaches to
the party that directs the work (for a dispatched worker, the host, not the agency); a
dispatch agency does none of the delegated work, so an incident there is refused with
the workers to ask about instead, as is an id that names both a party and a worker.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from chain.graph import ChainGraph
from chain.liability import reasons
from chain.liability.model import LiabilityError
from chain.text import excerpt
from chain.vocab import EMPLOYMENTS, L

__all__ = ["PREFIXES", "Placed", "place", "placed_at_party"]

#: Prefixes naming what kind of id follows, for an id used by both a party and a worker.
PREFIXES = ("party:", "worker:")


class Placed(NamedTuple):
    """Where an incident attaches."""

    kind: Literal["party", "worker"]
    host: str
    """The party the incident attaches to."""
    step: L
    """The first step of every trace: where the incident is taken to happen."""
    ident: str
    """The party's or worker's id, without its prefix."""


def _split(at: str) -> tuple[str | None, str]:
    for prefix in PREFIXES:
        if at.startswith(prefix):
            return prefix[:-1], at[len(prefix) :]
    return None, at


def placed_at_party(graph: ChainGraph, party: str, words: reasons.Reasons | None = None) -> Placed:
    """An incident at ``party`` (an id of the graph's), placed without looking it up."""
    words = reasons.of(None) if words is None else words
    name = graph.chain.parties[graph.party_index[party]].name
    return Placed("party", party, words.placed_at_party(name, graph.tiers.get(party)), party)


def place(graph: ChainGraph, at: str, words: reasons.Reasons | None = None) -> Placed:
    """Where an incident at ``at``, a party or worker id, attaches.

    ``at`` may carry a ``party:`` or ``worker:`` prefix; without one, an id
    that names both a party and a worker is refused rather than guessed.
    A dispatch agency is refused too: it does not do the work, and an
    incident by one of its workers attaches to the host that directs them.
    """
    words = reasons.of(None) if words is None else words
    hint, ident = _split(at)
    is_party = hint != "worker" and ident in graph.party_index
    worker = None
    if hint != "party":
        worker = next((w for w in graph.chain.workers if w.id == ident), None)
    if is_party and worker is not None:
        raise LiabilityError(
            words.ambiguous_id(excerpt(ident)),
            kind="ambiguous",
            ids=(f"party:{ident}", f"worker:{ident}"),
        )
    if is_party:
        party = graph.party(ident)
        assert party is not None
        if party.kind == "dispatch_agency":
            mine = [w for w in graph.chain.workers if w.dispatched_from == ident]
            shown = [(excerpt(w.id), excerpt(graph.party_name(w.party))) for w in mine]
            raise LiabilityError(
                words.dispatch_agency(excerpt(party.name), shown),
                kind="dispatch_agency",
                ids=tuple(w.id for w in mine),
            )
        return placed_at_party(graph, ident, words)
    if worker is not None:
        host = worker.party
        if host not in graph.party_index:
            raise LiabilityError(
                words.worker_host_missing(excerpt(ident), excerpt(host)), kind="worker_host"
            )
        hname = graph.party_name(host)
        if worker.employment == "dispatched":
            agency = (
                graph.party_name(worker.dispatched_from) if worker.dispatched_from else "（不明）"
            )
            step = words.dispatched_worker(worker.name, agency, hname)
        else:
            step = words.worker_at(worker.name, EMPLOYMENTS[worker.employment], hname)
        return Placed("worker", host, step, ident)
    raise LiabilityError(words.unknown_id(excerpt(ident)))
