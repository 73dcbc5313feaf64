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

    def __init__(self, graph: ChainGraph, profile: Profile, names: PartyNames) -> None:
        self.graph = graph
        self.profile = profile
        self.names = names
        self.entries = [(e, tuple(profile.cite(c) for c in e.clause)) for e in reporting(profile)]
        self.known: dict[tuple[int, str, str], Duty] = {}

    def of(self, host: str, path: Sequence[Edge]) -> tuple[Duty, ...]:
        """The duties that run for an incident attached to ``host``, reached by ``path``."""
        graph = self.graph
        municipality, contractor = graph.municipality, graph.contractor
        out: list[Duty] = []
        for n, (entry, citations) in enumerate(self.entries):
            for party, recipient in self._parties(entry, host, path, municipality, contractor):
                key = (n, party, recipient)
                duty = self.known.get(key)
                if duty is None:
                    duty = self.known[key] = self._duty(entry, citations, party, recipient)
                if duty not in out:
                    out.append(duty)
        return tuple(out)

    def _parties(
        self,
        entry: ReportingDuty,
        host: str,
        path: Sequence[Edge],
        municipality: str | None,
        contractor: str | None,
    ) -> list[tuple[str, str]]:
        """(reporting party, recipient) pairs of ``entry`` for this incident."""
        recipient_of = {e.delegate: e.delegator for e in path}
        pairs: list[tuple[str, str]] = []
        for who in entry.who:
            if who == "municipality":
                parties = [municipality] if municipality is not None else []
            elif who == "contractor":
                parties = [contractor] if contractor is not None else []
            elif who == "incident_party":
                parties = [host] if host not in (municipality, contractor) else []
            else:  # every private tier on the path (or the host, off the chain)
                parties = [e.delegate for e in path if e.delegate != municipality] or [host]
            for party in parties:
                if entry.to == "delegator":
                    to = recipient_of.get(party, municipality or "")
                elif entry.to == "commission":
                    to = "commission"
                else:
                    to = municipality or ""
                if party != to and (party, to) not in pairs:
                    pairs.append((party, to))
        return pairs

    def _duty(self, entry: ReportingDuty, citations: tuple, party: str, to: str) -> Duty:
        if to == "commission":
            recipient = reasons.said("to_commission")
        elif to == self.graph.municipality:
            recipient = reasons.said("to_municipality")
        else:
            name = self.names[to]
            recipient = L(name, name)
        text = reasons.reporting(
            self.names[party], recipient, reasons.said(f"timing_{entry.timing}"), entry.what
        )
        return Duty(party, to, entry.timing, citations, text, entry.fact_dependent)
