"""The capacities in which parties answer for an incident, each with its basis and steps.

Built by :mod:`chain.liability.assess` for the path from the municipality to where
the incident attaches:

- how the contractor answers for a delegate at some tier (:class:`TierClause`,
  :func:`for_delegate`): whatever the subcontract says, jointly and severally with the
  parties on the path, or, where the template is silent, under general contract law;
- for all acts of its non-regular workers (:func:`for_worker`);
- for its own breaches of the provisions: error findings on the path that the profile
  counts as breaches (:class:`Breaches`, :func:`own_breach`);
- every other party on the path answers to its delegator only (:class:`Recourse`).

What is the same for every incident (a tier's clause, a delegation's recourse) is
worked out once per chain and shared: the texts and citations are immutable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chain.check.findings import Finding
from chain.format.model import Worker
from chain.graph import Edge
from chain.liability import reasons
from chain.liability.model import Capacity
from chain.liability.names import PartyNames
from chain.liability.statutes import breach_codes, flow_down, non_regular, off_chain_codes, statutes
from chain.profiles import Citation, Clause, Interpretation, Profile
from chain.vocab import EMPLOYMENTS, L

__all__ = [
    "Breaches",
    "Recourse",
    "TierClause",
    "breaches",
    "cite_all",
    "for_delegate",
    "for_worker",
    "own_breach",
]


def cite_all(profile: Profile, clauses: Iterable[Clause]) -> tuple[Citation, ...]:
    return tuple(profile.cite(c) for c in clauses)


class TierClause:
    """What the template says of the contractor's liability for a delegate at one tier:
    the same clause, interpretation, citations and texts for every delegate there,
    worked out once. Only the sentences naming the delegate are written per incident,
    around pieces kept here."""

    silent: L
    claim: L
    acts: reasons.Around
    interpretation: Interpretation | None

    def __init__(
        self, profile: Profile, contractor: str, civil_415: tuple[Citation, ...], tier: int
    ) -> None:
        spec = profile.liability.delegate_rule(tier)
        kind = reasons.tier_label(tier)
        if spec is None or spec.basis == "general_law":
            self.basis = "general_law"
            self.interpretation = profile.interpretation(spec.interpretation if spec else None)
            self.citations: tuple[Citation, ...] = civil_415
            self.silent = reasons.template_silent(kind)
            return
        self.interpretation = profile.interpretation(spec.interpretation)
        clauses = cite_all(profile, spec.clause)
        if spec.basis == "joint_and_several":
            self.basis = "joint_and_several"
            self.citations = (*clauses, *statutes(profile, "joint_claim"))
            self.claim = reasons.said("joint_claim")
            return
        # regardless_of_terms, all_acts, deemed_own: the contractor answers for the
        # delegate's acts; the text is these pieces around the delegate's name.
        self.basis = "regardless_of_terms"
        self.citations = clauses
        self.acts = reasons.delegate_acts(contractor, kind)


def for_delegate(
    contractor: str,
    names: PartyNames,
    host: str,
    tier: TierClause,
    path: Sequence[Edge],
    placed: L,
    joint: list[str],
    capacities: list[Capacity],
) -> None:
    """Add how the contractor answers for ``host``, its delegate at ``tier``, to
    ``capacities`` (and the members of a joint group to ``joint``)."""
    hname = names[host]
    if tier.basis == "general_law":
        step = reasons.general_law(names[contractor], hname)
        trace: tuple[L, ...] = (placed, tier.silent, step)
        capacities.append(
            Capacity(contractor, "general_law", tier.citations, trace, tier.interpretation)
        )
    elif tier.basis == "joint_and_several":
        members = [contractor] + [
            e.delegate for e in path if not e.is_contract and e.delegate != contractor
        ]
        joint.extend(m for m in members if m not in joint)
        # the same reasoning for every member
        trace = (placed, reasons.joint([names[m] for m in members]), tier.claim)
        capacities.extend(
            Capacity(m, "joint_and_several", tier.citations, trace, tier.interpretation)
            for m in members
        )
    else:
        trace = (placed, tier.acts.around(hname))
        capacities.append(
            Capacity(contractor, "regardless_of_terms", tier.citations, trace, tier.interpretation)
        )


def for_worker(
    profile: Profile, worker: Worker, host: str, contractor: str, cname: str, placed: L
) -> list[Capacity]:
    """The contractor's capacity for all acts of ``worker``, one of its own non-regular
    workers, where the template has such a clause."""
    spec = profile.liability.non_regular
    if (
        spec is None
        or spec.basis != "all_acts"
        or host != contractor
        or worker.employment not in non_regular(profile)
    ):
        return []
    step = reasons.non_regular(worker.name, EMPLOYMENTS[worker.employment], cname)
    return [
        Capacity(
            contractor,
            "non_regular_all_acts",
            cite_all(profile, spec.clause),
            (placed, step),
            profile.interpretation(spec.interpretation),
        )
    ]


@dataclass(frozen=True)
class Breaches:
    """Error findings the profile counts as the contractor's own breach, by where they are,
    each with its position among the findings."""

    by_delegation: dict[str, list[tuple[int, Finding]]]
    """Findings on a delegation that are not about one of its workers."""
    by_worker: dict[str, list[tuple[int, Finding]]]
    """Findings about a worker (staff approval, pledge, ...)."""
    off_chain: dict[str, list[tuple[int, Finding]]]
    """Findings of a company no delegation reaches (its staff, its places), by party."""


def breaches(profile: Profile, findings: Sequence[Finding]) -> Breaches:
    codes = set(breach_codes(profile))
    off_chain_rules = off_chain_codes()
    by_delegation: dict[str, list[tuple[int, Finding]]] = {}
    by_worker: dict[str, list[tuple[int, Finding]]] = {}
    off_chain: dict[str, list[tuple[int, Finding]]] = {}
    for pos, f in enumerate(findings):
        if f.severity != "error" or f.code not in codes:
            continue
        if f.delegation is not None and f.worker is None:
            by_delegation.setdefault(f.delegation, []).append((pos, f))
        if f.worker is not None:
            by_worker.setdefault(f.worker, []).append((pos, f))
        if f.code in off_chain_rules and f.party is not None:
            off_chain.setdefault(f.party, []).append((pos, f))
    return Breaches(by_delegation, by_worker, off_chain)


def own_breach(
    profile: Profile,
    contractor: str,
    cname: str,
    host: str,
    path: Sequence[Edge],
    found_breaches: Breaches,
    placed: L,
    worker: str | None = None,
) -> Capacity | None:
    """The contractor's own breach: the breach findings on the path (the contract left
    out), at the host off the chain, or about the worker; ``None`` if there are none."""
    by_delegation = found_breaches.by_delegation
    found: dict[int, Finding] = {}
    for e in path:
        if not e.is_contract:
            found.update(by_delegation.get(e.id, ()))
    found.update(found_breaches.off_chain.get(host, ()))
    if worker is not None:
        found.update(found_breaches.by_worker.get(worker, ()))
    faults = [f for _pos, f in sorted(found.items())]  # in the order of the findings
    if not faults:
        return None
    liab = profile.liability
    label = liab.termination_label if liab.termination_label else reasons.said("termination")
    steps = (placed, *map(reasons.fault, faults), reasons.own_breach(cname, label))
    via = tuple(dict.fromkeys(f.worker or f.delegation or f.party or "" for f in faults))
    return Capacity(
        contractor,
        "own_breach",
        (*cite_all(profile, liab.termination), *cite_all(profile, liab.damages)),
        steps,
        None,
        via,
    )


class Recourse:
    """How each delegate on a path answers to its delegator, not to the municipality: the
    same for every incident below the delegation, worked out once per delegation."""

    def __init__(
        self, profile: Profile, names: PartyNames, civil_415: tuple[Citation, ...]
    ) -> None:
        self.names = names
        flow = flow_down(profile)
        self.flows_down = bool(flow)
        self.citations = (*cite_all(profile, flow), *civil_415)
        self.known: dict[int, tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]] = {}
        """What :meth:`of` has worked out, keyed by the edge itself (its ``id()``; the graph
        keeps it alive), not by its delegation id: two delegations may share an id."""

    def of(self, e: Edge) -> tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]:
        """Citations, steps after the first, and ``via`` of the recourse of ``e``'s delegate."""
        known = self.known.get(id(e))
        if known is None:
            step = reasons.recourse(self.names[e.delegate], self.names[e.delegator])
            steps = (step, reasons.said("flow_down")) if self.flows_down else (step,)
            known = self.known[id(e)] = (self.citations, steps, (e.id,))
        return known
