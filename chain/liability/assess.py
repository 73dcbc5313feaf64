"""Assessing an incident: walk the path from the municipality to where it happened.

Reasoning, step by step (each step is written into the capacity's trace):

1. Place the incident: a party, or a worker's host (a dispatched worker is
   directed by the host, so the incident attaches there, not to the agency;
   :mod:`chain.liability.place`).
2. The contractor is party to the contract: it answers directly (the
   template's damages clause; Civil Code art. 415).
3. For an incident below the contractor, the template's delegate clause for
   that tier says how the contractor answers, in the capacity its entry
   gives: regardless of the subcontract's terms, bearing all responsibility,
   the delegate's acts deemed its own, unable to escape its liability, as the
   party finally responsible, jointly and severally with the delegate (or any
   capacity the profile declares), or (where the template is
   silent) under general contract law, with the profile's interpretation
   named.
4. For a worker of the contractor who is not a regular employee, a
   non-regular clause makes the contractor answer for all
   their acts.
5. Error findings on a delegation of the path that the profile counts as
   breaches (missing approval, missing item, forbidden tier, data beyond
   the approval, ...) make the contractor answer for its own breach, with
   the termination and damages clauses.
6. Every other party on the path has no contract with the municipality: it
   answers to its delegator (recourse), under its subcontract. A joint and several
   clause binds the contractor only; the delegate's own exposure to the
   municipality (in tort) is an exposure, not a capacity.

The capacities of steps 2 to 6 are built by :mod:`chain.liability.capacities`, the
exposure outside the template by :mod:`chain.liability.exposures`, and every sentence
of the reasoning is worded by :mod:`chain.liability.reasons`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Literal, overload

from chain._perf.gcpause import gc_paused
from chain.check import Report, check_chain
from chain.check.findings import Finding, Hit
from chain.graph import ChainGraph, Edge, shortest_path
from chain.liability import reasons
from chain.liability.capacities import (
    Breaches,
    Recourse,
    TierClause,
    breaches,
    cite_all,
    for_delegate,
    for_worker,
    own_breach,
)
from chain.liability.declared import declared
from chain.liability.exposures import Exposures
from chain.liability.model import Assessment, Capacity, LiabilityError
from chain.liability.names import PartyNames
from chain.liability.paths import below, reaching
from chain.liability.place import place
from chain.liability.reporting import Reporting
from chain.liability.statutes import breach_codes
from chain.profiles import Profile
from chain.vocab import L

__all__ = ["assess", "assess_all"]


class _PerChain:
    """Work the assessments of one chain under one profile have in common.

    Assessing every party repeats, for each, what its delegator's assessment
    already worked out: the names along the path, the recourse of each
    delegate on it, the statutory duty of each handler, the citations, and
    what the template says of a delegate at each tier. Kept here, each is
    worked out once. The texts and citations are immutable, so assessments
    share them: every assessment's direct capacity holds the same citations
    and the same text object, every recourse capacity of a delegation the
    same steps.
    """

    def __init__(self, report: Report, findings: Sequence[Finding]) -> None:
        graph, profile = report.graph, report.profile
        contractor = graph.contractor
        assert contractor is not None
        self.graph = graph
        self.profile = profile
        self.breaches: Breaches = breaches(profile, findings)
        self.tainted = below(graph, self.breaches.by_delegation)
        self.contractor = contractor
        self.names = PartyNames(graph)
        self.words = words = reasons.of(profile)
        self.paths: dict[str, L] = {}
        self.tiers: dict[int, TierClause] = {}
        self.exposures = Exposures(graph, profile, self.names, words)
        self.recourse = Recourse(profile, self.names, words)
        self.reporting = Reporting(graph, profile, self.names, words)
        # The contractor answers directly for every incident, with the same words.
        direct = declared(profile)["direct"]
        liab = profile.liability
        self.direct_labels = direct.labels
        self.direct_citations = (
            *cite_all(profile, liab.damages),
            *direct.citations(profile, ()),
        )
        facts = {
            "contractor": self.names[contractor],
            "damages": liab.damages_text or words.said("damages_clause"),
        }
        self.direct_text: tuple[L, ...] = tuple(
            s.fill(**{k: facts[k] for k in s.fields}) for s in direct.sentences
        )

    def path_text(self, host: str, path: Sequence[Edge]) -> L:
        """The parties of the shortest path to ``host``, worked out from its delegator's:
        a shortest path extends the one to the delegator (see chain.graph.shortest_path),
        so each text is the one above it and one name more."""
        found = self.paths.get(host)
        if found is None:
            if len(path) > 1:
                delegator = path[-1].delegator
                head = self.paths.get(delegator) or self.path_text(delegator, path[:-1])
                found = self.words.path_extended(head, self.names[host])
            else:
                names = self.names
                found = self.words.path(
                    [names[path[0].delegator], *(names[e.delegate] for e in path)]
                )
            self.paths[host] = found
        return found

    def tier(self, tier: int) -> TierClause:
        found = self.tiers.get(tier)
        if found is None:
            cname = self.names[self.contractor]
            found = self.tiers[tier] = TierClause(self.profile, cname, tier)
        return found


@overload
def assess(report: Report, at: str, /) -> Assessment: ...


@overload
def assess(
    graph: ChainGraph,
    profile: Profile,
    /,
    at: str,
    *,
    findings: Sequence[Finding] | Report | None = None,
) -> Assessment: ...


def assess(
    subject: Report | ChainGraph,
    at_or_profile: str | Profile,
    at: str | None = None,
    *,
    findings: Sequence[Finding] | Report | None = None,
) -> Assessment:
    """Every party's capacity toward the municipality for an incident at ``at``.

    ``assess(report, at)`` weighs the incident in the chain, under the profile and with
    the findings of ``report`` (a :class:`~chain.check.Report`). ``at`` is a party id or
    a worker id (``party:`` or ``worker:`` in front says which, for an id that is both).

    ``assess(graph, profile, at, findings=...)`` gives the three apart (the form of
    earlier versions); without ``findings`` the chain is checked first.
    """
    report, at = _report(subject, at_or_profile, at, findings)
    graph = report.graph
    if graph.contractor is None:
        raise _no_contractor()
    placed = place(graph, at, reasons.of(report.profile))
    found = report.findings
    if not report.complete:  # the breaches on the path, left out of the report for the limit
        kind, host, _step, ident = placed
        about = _about(graph, host, ident if kind == "worker" else None)
        found = report.every_finding(breach_codes(report.profile), about)
    return _assess(_PerChain(report, found), *placed)


def _about(graph: ChainGraph, host: str, worker: str | None) -> Callable[[Hit], bool]:
    """Whether a hit can be a breach of an incident at ``host`` (or by ``worker``): on a
    delegation of any path to it, about the worker, or about the host itself (see breaches)."""
    path = {e.id for e in reaching(graph, host) if not e.is_contract}
    return lambda h: (
        h.delegation in path or h.party == host or (worker is not None and h.worker == worker)
    )


def _report(
    subject: Report | ChainGraph,
    at_or_profile: str | Profile | None,
    at: str | None,
    findings: Sequence[Finding] | Report | None,
) -> tuple[Report, str]:
    """The report and the place of ``assess(report, at)`` or ``assess(graph, profile, at)``."""
    if isinstance(subject, Report):
        if at is not None or findings is not None or not isinstance(at_or_profile, str):
            raise TypeError("assess(report, at): the report holds the profile and the findings")
        return subject, at_or_profile
    if not isinstance(at_or_profile, Profile) or at is None:
        raise TypeError("assess(graph, profile, at, findings=...) or assess(report, at)")
    return _checked(subject, at_or_profile, findings), at


def _checked(
    graph: ChainGraph, profile: Profile, findings: Sequence[Finding] | Report | None
) -> Report:
    """A report of ``graph`` under ``profile``: with the given findings, else checked
    (not when the contract names no contractor: there is nothing to assess)."""
    if graph.contractor is None:
        raise _no_contractor()
    if findings is None:
        return check_chain(graph, profile)
    if isinstance(findings, Report):  # a check of the same chain under the same profile
        return findings
    return Report(graph=graph, profile=profile, findings=list(findings))


def _assess(
    shared: _PerChain, kind: Literal["party", "worker"], host: str, step: L, ident: str
) -> Assessment:
    """The assessment of an incident placed by :func:`~chain.liability.place.place`
    (see the module's steps)."""
    graph = shared.graph
    contractor = shared.contractor
    names = shared.names
    path = shortest_path(graph, host)
    notes: list[L] = [step]
    if path:
        notes.append(shared.path_text(host, path))
        # The path's last delegation reaches the host; a second one is worth a note.
        if len(graph.incoming.get(host, ())) > 1:
            other = _other_paths(graph, host, path, shared.words)
            if other is not None:
                notes.append(other)
    if host == graph.municipality:
        notes.append(shared.words.said("at_municipality"))
        own = shared.exposures.municipal
        return Assessment(
            ident,
            kind,
            host,
            path,
            (),
            () if own is None else (own,),
            (),
            shared.profile.id,
            tuple(notes),
            partial(shared.reporting.of, host, path),
        )

    capacities = [
        Capacity(
            contractor,
            "direct",
            shared.direct_citations,
            (step, *shared.direct_text),
            None,
            (),
            shared.direct_labels,
        )
    ]

    joint: list[str] = []
    if host != contractor:
        host_tier = graph.tiers.get(host)
        if host_tier is not None and host_tier >= 2:
            tier = shared.tier(host_tier)
            for_delegate(contractor, names, host, tier, path, step, joint, capacities)
        else:
            notes.append(shared.words.unreached(names[host]))

    worker = None
    if kind == "worker":
        worker = ident
        found = next(w for w in graph.chain.workers if w.id == ident)
        capacities.extend(
            for_worker(shared.profile, found, host, contractor, names[contractor], step)
        )

    # Most parties have no breach anywhere above them: a look-up says so, sparing the call.
    found_breaches = shared.breaches
    if (
        host in shared.tainted
        or host in found_breaches.off_chain
        or host in found_breaches.by_party
        or (worker is not None and worker in found_breaches.by_worker)
    ):
        breach = own_breach(
            shared.profile,
            contractor,
            names[contractor],
            host,
            reaching(graph, host) if host in shared.tainted else (),
            shared.breaches,
            step,
            worker,
        )
        if breach is not None:
            capacities.append(breach)

    recourse = shared.recourse
    known = recourse.known
    for e in path:
        if e.index is None or e.delegate == contractor:
            continue  # the contract, or the contractor: answered above
        basis = known.get(id(e))
        if basis is None:  # the same for every incident below this delegation
            basis = recourse.of(e)
        citations, steps, via = basis
        capacities.append(
            Capacity(
                e.delegate, recourse.capacity, citations, (step, *steps), None, via, recourse.labels
            )
        )

    exposures = shared.exposures
    return Assessment(
        ident,
        kind,
        host,
        path,
        tuple(capacities),
        exposures.of(ident, kind, host, path, exposures.along(host, path)),
        tuple(joint),
        shared.profile.id,
        tuple(notes),
        partial(shared.reporting.of, host, path),
    )


def _other_paths(
    graph: ChainGraph, host: str, path: Sequence[Edge], words: reasons.Reasons
) -> L | None:
    """A note when delegations other than the path's last one also reach the host."""
    last = path[-1] if path else None
    others = [e for e in graph.incoming.get(host, []) if e is not last]
    if not path or not others:
        return None
    delegators = list(dict.fromkeys(graph.party_name(e.delegator) for e in others))
    return words.other_paths(graph.party_name(host), delegators)


def assess_all(
    subject: Report | ChainGraph,
    profile: Profile | None = None,
    *,
    findings: Sequence[Finding] | Report | None = None,
) -> dict[str, Assessment]:
    """An assessment for every party that can have an incident: ``assess_all(report)``,
    or ``assess_all(graph, profile, findings=...)`` (checking the chain once, when no
    findings are given).

    The municipality and dispatch agencies are left out (an agency's workers
    are assessed at the host that directs them). Raises :class:`LiabilityError`
    when the contract names no contractor, as :func:`assess` does.
    """
    if isinstance(subject, Report):
        if profile is not None or findings is not None:
            raise TypeError("assess_all(report): the report holds the profile and the findings")
        report = subject
    elif profile is None:
        raise TypeError("assess_all(graph, profile, findings=...) or assess_all(report)")
    else:
        report = _checked(subject, profile, findings)
    graph = report.graph
    if graph.contractor is None:
        raise _no_contractor()
    found = report.findings
    if not report.complete:  # every breach, those left out of the report for the limit too
        found = report.every_finding(breach_codes(report.profile))
    shared = _PerChain(report, found)
    shared.names.fill()
    words = shared.words
    municipality, parties, tiers = graph.municipality, graph.chain.parties, graph.tiers
    out: dict[str, Assessment] = {}
    with gc_paused():  # many small acyclic objects: see chain/_perf/README.md
        # Each party placed as place() would place "party:<id>", without looking it up again.
        for pid, i in graph.party_index.items():
            party = parties[i]
            if pid == municipality or party.kind == "dispatch_agency":
                continue
            step = words.placed_at_party(party.name, tiers.get(pid))
            out[pid] = _assess(shared, "party", pid, step, pid)
    return out


def _no_contractor() -> LiabilityError:
    return LiabilityError(reasons.of(None).said("no_contractor"), kind="no_contractor")
