"""Exposure outside the template that depends on facts the chain does not record.

Shown beside the capacities, marked as fact-dependent, never as findings:

- the employer's liability in tort of whoever directs the person who caused the
  incident: for a dispatched worker primarily the host, the agency's own exposure
  noted apart;
- the liability in tort of the party where the incident happened, for its own fault;
- each tier above it that chose and supervises the next, for a failure of care, with
  the statutory duty to supervise those it entrusts (and the My Number Act's, for My
  Number data);
- the statutory duty of safe management of every party that receives the personal
  data, with the provision's item that reaches it, and the duty of confidentiality;
- the municipality's own duty (and its exposure as employer for the work done for it);
- penal provisions for the offender, the fines that can reach the business, and the
  My Number Act's penalties where the work handles My Number data.

The statutes each cites are data: ``[liability.statutes]`` of the built-in rules
(:mod:`chain.liability.statutes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from chain.format.identity import normalize_term
from chain.graph import ChainGraph, Edge
from chain.liability import reasons
from chain.liability.model import Exposure
from chain.liability.names import PartyNames
from chain.liability.statutes import my_number_terms, statutes
from chain.profiles import Profile
from chain.vocab import L

__all__ = ["Exposures"]


def _penal_of_staff(words: reasons.Reasons, host: str) -> L:
    """The penal provisions for an incident at ``host``: they reach its staff."""
    return words.penal(words.staff_of(host))


class Exposures:
    """The exposures of incidents in one chain under one profile.

    What incidents have in common is worked out once and shared, as the
    texts and citations are immutable: each handler's statutory duty and each
    delegation's supervision (the same exposure for every incident whose path
    passes there; on a 10,000-party chain the contractor's alone is asked for ten
    thousand times), and the exposures along the path to each party.
    """

    def __init__(
        self,
        graph: ChainGraph,
        profile: Profile,
        names: PartyNames | None = None,
        words: reasons.Reasons | None = None,
    ) -> None:
        self.graph = graph
        self.words = words = reasons.of(profile) if words is None else words
        self.names = PartyNames(graph) if names is None else names
        self.municipality = graph.municipality
        self.tort = statutes(profile, "employer_tort")
        self.own = statutes(profile, "own_tort")
        self.agency = statutes(profile, "agency_tort")
        self.supervision_citations = statutes(profile, "negligent_supervision")
        self.my_number_supervision = (
            *self.supervision_citations,
            *statutes(profile, "my_number_supervision"),
        )
        self.duty_first = statutes(profile, "statutory_duty_contractor")
        self.duty_further = statutes(profile, "statutory_duty_delegate")
        self.penal_citations = statutes(profile, "penal")
        self.fine_citations = statutes(profile, "company_fine")
        self.my_number_citations = statutes(profile, "my_number_penal")
        self.terms = tuple(normalize_term(t) for t in my_number_terms(profile))
        self.seen: dict[str, bool] = {}  # the same few categories recur on every delegation
        contract = graph.chain.contract
        self.contract_data = bool(contract.personal_data) or contract.specific_personal_information
        self.contract_my_number = contract.specific_personal_information or self._my_number(
            contract.personal_data
        )
        municipal = statutes(profile, "municipal_duty")
        self.municipal = (
            Exposure(self.municipality, "municipal_duty", municipal, words.municipal_duty())
            if self.municipality is not None
            else None
        )
        self.duties: dict[str, Exposure] = {}
        self.supervision: dict[int, Exposure] = {}
        self.paths: dict[str, tuple[tuple[Exposure, ...], bool]] = {}

    def of(
        self,
        at: str,
        kind: str,
        host: str,
        path: Sequence[Edge],
        along: tuple[tuple[Exposure, ...], bool] | None = None,
    ) -> tuple[Exposure, ...]:
        """The exposures of an incident at ``at`` (a party or worker) attached to ``host``.

        ``along`` may give the exposures along ``path`` and whether the data reaching
        the host holds My Number data (see :meth:`along`).
        """
        hname = self.names[host]
        words = self.words
        found: list[Exposure] = []
        if kind == "worker":
            worker = next(w for w in self.graph.chain.workers if w.id == at)
            who = L(worker.name, worker.name)
            agency = None
            if worker.employment == "dispatched" and worker.dispatched_from:
                agency = self.names[worker.dispatched_from]
            found.append(
                Exposure(
                    host,
                    "employer_tort",
                    self.tort,
                    partial(words.tort_of_worker, worker.name, agency, hname),
                )
            )
            director = worker.directed_by
            if director is not None and director != host and director in self.graph.party_index:
                # Who in fact directs the work may answer as employer too (実質的指揮監督).
                found.append(
                    Exposure(
                        director,
                        "employer_tort",
                        self.tort,
                        partial(words.directed_tort, worker.name, self.names[director], hname),
                    )
                )
            if agency is not None and worker.dispatched_from:
                found.append(
                    Exposure(
                        worker.dispatched_from,
                        "agency_tort",
                        self.agency,
                        partial(words.agency_tort, agency, worker.name, hname),
                    )
                )
            penal = partial(words.penal, who)
        else:
            # Penal provisions reach individuals; for an incident at a party, its staff.
            found.append(
                Exposure(host, "employer_tort", self.tort, partial(words.tort_at_party, hname))
            )
            penal = partial(_penal_of_staff, words, hname)
        if along is None:
            along = self._along(path)
        on_path, my_number = along
        found.append(Exposure(host, "own_tort", self.own, partial(words.own_tort, hname)))
        found.extend(on_path)
        if self.municipal is not None:
            found.append(self.municipal)
        found.append(Exposure(host, "penal", self.penal_citations, penal))
        found.append(
            Exposure(host, "company_fine", self.fine_citations, partial(words.company_fine, hname))
        )
        if my_number:
            found.append(
                Exposure(
                    host,
                    "my_number_penal",
                    self.my_number_citations,
                    partial(words.my_number_penal, hname),
                )
            )
        return tuple(found)

    # -- along the path ---------------------------------------------------------------

    def _along(self, path: Sequence[Edge]) -> tuple[tuple[Exposure, ...], bool]:
        """The exposures of the tiers on ``path``, in its order: for each delegation, the
        delegator's supervision of the delegate (the municipality's own duty is shown
        once, apart), then the delegate's statutory duty if it receives personal data;
        and whether the data reaching the last party holds My Number data."""
        found: list[Exposure] = []
        my_number = False
        for e in path:
            step, my_number = self._step(e)
            found.extend(step)
        return tuple(found), my_number

    def along(self, host: str, path: tuple[Edge, ...]) -> tuple[tuple[Exposure, ...], bool]:
        """:meth:`_along` for ``path``, the graph's shortest path to ``host``
        (chain.graph.shortest_path), worked out from the delegator's.

        Such a path extends the one to the delegator and passes no party twice, so
        its exposures are the delegator's and those of its last delegation.
        """
        found = self.paths.get(host)
        if found is None:
            if len(path) > 1:
                delegator = path[-1].delegator
                head = self.paths.get(delegator)
                if head is None:
                    head = self.along(delegator, path[:-1])
                step, my_number = self._step(path[-1])
                found = ((*head[0], *step), my_number)
            else:
                found = self._along(path)
            self.paths[host] = found
        return found

    def _step(self, e: Edge) -> tuple[tuple[Exposure, ...], bool]:
        """The exposures one edge adds, and whether it carries My Number data."""
        if e.index is None:  # the contract
            carries, my_number = self.contract_data, self.contract_my_number
        else:
            data = self.graph.chain.delegations[e.index].personal_data
            carries, my_number = bool(data), self._my_number(data)
        first = e.delegator == self.municipality
        step: list[Exposure] = []
        if not first:
            step.append(self._supervision(e, my_number))
        if carries:
            step.append(self.duty(e.delegate, first))
        return tuple(step), my_number

    def _my_number(self, categories: Sequence[str]) -> bool:
        seen = self.seen
        for c in categories:
            found = seen.get(c)
            if found is None:
                norm = normalize_term(c)
                found = seen[c] = any(t in norm for t in self.terms)
            if found:
                return True
        return False

    def _supervision(self, e: Edge, my_number: bool) -> Exposure:
        """The delegator's exposure for choosing and supervising the delegate: one object
        for all incidents below this delegation."""
        found = self.supervision.get(id(e))
        if found is None:
            citations = self.my_number_supervision if my_number else self.supervision_citations
            note = partial(
                self.words.negligent_supervision,
                self.names[e.delegator],
                self.names[e.delegate],
                my_number,
            )
            found = Exposure(e.delegator, "negligent_supervision", citations, note)
            self.supervision[id(e)] = found
        return found

    def duty(self, party: str, first: bool = False) -> Exposure:
        """The statutory duty of ``party``, which receives the personal data (``first``:
        from the municipality): one object for all incidents."""
        found = self.duties.get(party)
        if found is None:
            citations = self.duty_first if first else self.duty_further
            item = citations[0].label if citations else L("", "")
            note = partial(self.words.statutory_duty, self.names[party], item)
            found = self.duties[party] = Exposure(party, "statutory_duty", citations, note)
        return found
