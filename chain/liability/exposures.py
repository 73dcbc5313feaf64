"""Exposure outside the template that depends on facts the chain does not record.

Shown beside the capacities, marked as fact-dependent, never as findings:

- employer's liability in tort of whoever directs the person who caused the
  incident: for a dispatched worker, the host, not the agency;
- the statutory duty of safe management of everyone handling the data on
  the municipality's behalf, every tier included;
- penal provisions: for the individual, and fines on the company for its
  staff's offences.

The statutes each cites are data: ``[liability.statutes]`` of the built-in rules
(:mod:`chain.liability.statutes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from chain.graph import ChainGraph, Edge
from chain.liability import reasons
from chain.liability.model import Exposure
from chain.liability.names import PartyNames
from chain.liability.statutes import statutes
from chain.profiles import Profile
from chain.vocab import L

__all__ = ["Exposures"]


class Exposures:
    """The exposures of incidents in one chain under one profile.

    What incidents have in common is worked out once and shared, as the
    texts and citations are immutable: the citations, and each handler's
    statutory duty (the same exposure for every incident whose path passes
    through that party; on a 10,000-party chain the contractor's alone is
    asked for ten thousand times).
    """

    def __init__(
        self, graph: ChainGraph, profile: Profile, names: PartyNames | None = None
    ) -> None:
        self.graph = graph
        self.names = PartyNames(graph) if names is None else names
        self.municipality = graph.municipality
        self.tort = statutes(profile, "employer_tort")
        self.duty_citations = statutes(profile, "statutory_duty")
        self.penal = statutes(profile, "penal")
        self.duties: dict[str, Exposure] = {}
        self.paths: dict[str, tuple[Exposure, ...]] = {}

    def of(
        self,
        at: str,
        kind: str,
        host: str,
        path: Sequence[Edge],
        duties: tuple[Exposure, ...] | None = None,
    ) -> tuple[Exposure, ...]:
        """The exposures of an incident at ``at`` (a party or worker) attached to ``host``.

        ``duties`` may give the statutory duties along ``path`` (see :meth:`along`).
        """
        hname = self.names[host]
        if kind == "worker":
            worker = next(w for w in self.graph.chain.workers if w.id == at)
            who = L(worker.name, worker.name)
            agency = None
            if worker.employment == "dispatched" and worker.dispatched_from:
                agency = self.names[worker.dispatched_from]
            note = reasons.tort_of_worker(worker.name, agency, hname)
        else:
            # Penal provisions reach individuals; for an incident at a party, its staff.
            who = reasons.staff_of(hname)
            note = reasons.tort_at_party(hname)
        tort = Exposure(host, "employer_tort", self.tort, note)
        if duties is None:
            duties = self._along(host, path)
        penal = Exposure(host, "penal", self.penal, reasons.penal(who, hname))
        return (tort, *duties, penal)

    def _along(self, host: str, path: Sequence[Edge]) -> tuple[Exposure, ...]:
        """The statutory duty of everyone handling the data on ``path`` (of the host,
        off the chain), each once."""
        municipality = self.municipality
        handlers: list[str] = []
        for e in path:
            party = e.delegate
            if party != municipality and party not in handlers:
                handlers.append(party)
        return tuple(self.duty(party) for party in handlers or (host,))

    def along(self, host: str, path: tuple[Edge, ...]) -> tuple[Exposure, ...]:
        """:meth:`_along` for ``path``, the graph's shortest path to ``host``
        (chain.graph.shortest_path), worked out from the delegator's.

        Such a path extends the one to the delegator and passes no party twice,
        nor the municipality (tier 0; every edge leads to tier 1 or more), so its
        duties are the delegator's and the host's own.
        """
        found = self.paths.get(host)
        if found is None:
            if len(path) > 1:
                delegator = path[-1].delegator
                head = self.paths.get(delegator)
                if head is None:
                    head = self.along(delegator, path[:-1])
                found = (*head, self.duty(host))
            else:
                found = self._along(host, path)
            self.paths[host] = found
        return found

    def duty(self, party: str) -> Exposure:
        """The statutory duty of ``party``: one object for all incidents."""
        found = self.duties.get(party)
        if found is None:
            found = self.duties[party] = self._duty(party)
        return found

    def _duty(self, party: str) -> Exposure:
        name = self.names[party]
        return Exposure(party, "statutory_duty", self.duty_citations, reasons.statutory_duty(name))
