"""Exposure outside the template that depends on facts the chain does not record.

Shown beside the capacities, marked as fact-dependent, never as findings:

- employer's liability in tort (Civil Code art. 715) of whoever directs the
  person who caused the incident: for a dispatched worker, the host, not
  the agency;
- the statutory duty of safe management of everyone handling the data on
  the municipality's behalf (個人情報保護法 第66条第2項), every tier included;
- penal provisions: for the individual (第176条, 第180条) and fines on the
  company for its staff's offences (第184条, through 第178条, 第179条, 第182条).
"""

from __future__ import annotations

from collections.abc import Sequence

from chain.graph import ChainGraph, Edge
from chain.liability.model import Exposure
from chain.liability.names import PartyNames
from chain.profiles.citations import Clause
from chain.profiles.model import Profile
from chain.vocab import L

__all__ = ["APPI", "Exposures"]

APPI = "個人情報保護法"
_CLAUSES = {
    "715": Clause(document="民法", article="715"),
    "66-2": Clause(document=APPI, article="66", paragraph="2"),
    "176": Clause(document=APPI, article="176"),
    "180": Clause(document=APPI, article="180"),
    "184": Clause(document=APPI, article="184"),
    "178": Clause(document=APPI, article="178"),
    "179": Clause(document=APPI, article="179"),
    "182": Clause(document=APPI, article="182"),
}


def _cite(profile: Profile, *keys: str):
    return tuple(profile.cite(_CLAUSES[k]) for k in keys)


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
        self.tort = _cite(profile, "715")
        self.duty_citations = _cite(profile, "66-2")
        self.penal = _cite(profile, "176", "180", "184", "178", "179", "182")
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
            who_ja = who_en = worker.name
            extra = L("", "")
            if worker.employment == "dispatched" and worker.dispatched_from:
                agency = self.names[worker.dispatched_from]
                extra = L(f"派遣元の{agency}ではなく、", f"not the agency {agency}, but ")
            tort = Exposure(
                host,
                "employer_tort",
                self.tort,
                L(
                    f"{who_ja}の行為が業務の執行について第三者に損害を与えた場合、{extra.ja}指揮命令する"
                    f"{hname}が使用者として責任を負い得ます（事実による）。",
                    f"If {who_en}'s act in the course of the work harms others, {extra.en}{hname}, which directs "
                    "the worker, may be liable as employer (depends on the facts).",
                ),
            )
        else:
            # Penal provisions reach individuals; for an incident at a party, its staff.
            who_ja, who_en = f"{hname}の従事者", f"someone working at {hname}"
            tort = Exposure(
                host,
                "employer_tort",
                self.tort,
                L(
                    f"事故を起こした者を{hname}が使用していれば、{hname}は使用者として責任を負い得ます（事実による）。",
                    f"If {hname} employs whoever caused the incident, it may be liable as employer "
                    "(depends on the facts).",
                ),
            )
        if duties is None:
            duties = self._along(host, path)
        penal = Exposure(
            host,
            "penal",
            self.penal,
            L(
                f"{who_ja}が個人情報ファイルや個人情報を不正に提供・盗用した場合は本人に罰則があり"
                f"（第176条、第180条）、従業者の違反によっては{hname}にも罰金が科され得ます（第184条）。事実によります。",
                f"If {who_en} unlawfully provides or steals personal information files or data, penalties apply "
                f"to the individual (arts. 176, 180), and fines may reach {hname} for its staff's offences "
                "(art. 184). Depends on the facts.",
            ),
        )
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
        return Exposure(
            party,
            "statutory_duty",
            self.duty_citations,
            L(
                f"{name}は発注者の個人情報を扱う業務の委託を受けた者として、"
                "法令上の安全管理措置の義務を負います（どの段階でも同じ）。",
                f"{name}, entrusted with handling the municipality's personal "
                "data, owes the statutory duty of safe management (at every tier).",
            ),
        )
