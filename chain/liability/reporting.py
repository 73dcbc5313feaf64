"""Who must report what, to whom and how soon, once an incident has happened.

The duties are data: the template's accident and breach report clauses in the profile's
``[[liability.reporting]]``, then the statutes' in the built-in rules' (``_builtin.toml``:
the municipality's report to the Commission and notice to the individuals, and each
private tier's notice to whoever entrusted it with the data). Each names who
reports (the contractor, the party where it happened, every private tier on the path,
the municipality), to whom, how soon and what; this module turns them into the duties of
one incident, on its path.
"""

from __future__ import annotations

from collections.abc import Sequence

from chain.graph import ChainGraph, Edge
from chain.liability import reasons
from chain.liability.model import Duty
from chain.liability.names import PartyNames
from chain.liability.statutes import reporting
from chain.profiles import Profile
from chain.profiles.model import ReportingDuty
from chain.vocab import L

__all__ = ["Reporting"]


class Reporting:
    """The reporting duties of incidents in one chain under one profile (each duty of a
    party to a recipient worked out once, shared by every incident that has it)."""

    def __init__(
        self,
        graph: ChainGraph,
        profile: Profile,
        names: PartyNames,
        words: reasons.Reasons | None = None,
    ) -> None:
        self.words = reasons.of(profile) if words is None else words
        self.graph = graph
        self.profile = profile
        self.names = names
        self.entries = [(e, tuple(profile.cite(c) for c in e.clause)) for e in reporting(profile)]
        self.known: dict[tuple[int, str, str], Duty] = {}
        self.tiers: dict[tuple[int, str], tuple[Duty, ...]] = {}
        self.plan: list[tuple[int, tuple[Duty, ...] | None]] | None = None

    def of(self, host: str, path: Sequence[Edge]) -> tuple[Duty, ...]:
        """The duties that run for an incident attached to ``host``, reached by ``path``
        (the graph's shortest path: the tiers' part is worked out from the delegator's)."""
        plan = self.plan
        if plan is None:
            plan = self.plan = self._plan()
        out: list[Duty] = []
        for n, fixed in plan:
            if fixed is not None:  # the same for every incident
                out += fixed
            else:
                out += self._entry(n, host, path)
        return tuple(out)

    def _plan(self) -> list[tuple[int, tuple[Duty, ...] | None]]:
        """Each entry with its duties where they do not depend on the incident (the
        contractor's, the municipality's), else ``None``."""
        fixed = {"contractor", "municipality"}
        return [
            (n, self._entry(n, "", ()) if set(entry.who) <= fixed else None)
            for n, (entry, _c) in enumerate(self.entries)
        ]

    def _entry(self, n: int, host: str, path: Sequence[Edge]) -> tuple[Duty, ...]:
        """The duties of entry ``n``: each reporting party once, in the order of ``who``."""
        entry = self.entries[n][0]
        if len(entry.who) == 1:
            return self._who(n, entry.who[0], host, path)
        seen: set[tuple[str, str]] = set()
        out: list[Duty] = []
        for who in entry.who:
            for duty in self._who(n, who, host, path):
                if (duty.party, duty.to) not in seen:
                    seen.add((duty.party, duty.to))
                    out.append(duty)
        return tuple(out)

    def _who(self, n: int, who: str, host: str, path: Sequence[Edge]) -> tuple[Duty, ...]:
        graph = self.graph
        municipality, contractor = graph.municipality or "", graph.contractor or ""
        if who == "every_tier":
            key = (n, host)
            found = self.tiers.get(key)
            if found is None:
                if len(path) > 1:
                    last = path[-1]
                    head = self._who(n, who, last.delegator, path[:-1])
                    found = (*head, *self._duties(n, ((host, last.delegator),)))
                elif path:
                    e = path[0]
                    found = self._duties(n, ((e.delegate, e.delegator),))
                else:  # off the chain
                    found = self._duties(n, ((host, municipality),))
                self.tiers[key] = found
            return found
        if who == "municipality":
            return self._duties(n, ((municipality, ""),)) if municipality else ()
        if who == "contractor":
            return self._duties(n, ((contractor, municipality),)) if contractor else ()
        if host in (municipality, contractor):  # the incident party, below the contractor
            return ()
        return self._duties(n, ((host, path[-1].delegator if path else municipality),))

    def _duties(self, n: int, pairs: tuple[tuple[str, str], ...]) -> tuple[Duty, ...]:
        """Entry ``n``'s duty of each (party, its delegator), one object each for all
        incidents; none where the party would report to itself."""
        entry, citations = self.entries[n]
        municipality = self.graph.municipality or ""
        out: list[Duty] = []
        for party, delegator in pairs:
            if entry.to == "delegator":
                to = delegator or municipality
            elif entry.to == "commission":
                to = "commission"
            else:
                to = municipality
            if party == to:
                continue
            key = (n, party, to)
            duty = self.known.get(key)
            if duty is None:
                duty = self.known[key] = self._duty(entry, citations, party, to)
            out.append(duty)
        return tuple(out)

    def _duty(self, entry: ReportingDuty, citations: tuple, party: str, to: str) -> Duty:
        if to == "commission":
            recipient = self.words.said("to_commission")
        elif to == self.graph.municipality:
            recipient = self.words.said("to_municipality")
        else:
            name = self.names[to]
            recipient = L(name, name)
        words = self.words
        text = words.reporting(
            self.names[party], recipient, words.said(f"timing_{entry.timing}"), entry.what
        )
        return Duty(party, to, entry.timing, citations, text, entry.fact_dependent)
