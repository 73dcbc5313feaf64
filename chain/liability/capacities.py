"""The capacities in which parties answer for an incident, each with its basis and steps.

Built by :mod:`chain.liability.assess` for the path from the municipality to where
the incident attaches:

- how the contractor answers for a delegate at some tier (:class:`TierClause`,
  :func:`for_delegate`): in the capacity the template's entry for that tier gives
  (whatever the subcontract says, all responsibility, the delegate's acts deemed its own,
  ..., jointly and severally with the delegate), or, where the template is
  silent, under general contract law;
- for all acts of its non-regular workers (:func:`for_worker`);
- for its own breaches of the provisions: error findings on the path that the profile
  counts as breaches (:class:`Breaches`, :func:`own_breach`);
- every other party on the path answers to its delegator only (:class:`Recourse`).

Each capacity's label, reasoning and clause are those the profile and the built-in
rules declare (:mod:`chain.liability.declared`). What is the same for every incident (a
tier's clause, a delegation's recourse) is worked out once per chain and shared: the
texts and citations are immutable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chain.check.findings import Finding
from chain.format.model import Worker
from chain.graph import Edge
from chain.liability import reasons
from chain.liability.declared import declared, prepare
from chain.liability.model import Capacity
from chain.liability.names import PartyNames
from chain.liability.statutes import (
    breach_codes,
    flow_down,
    non_regular,
    off_chain_codes,
    procedural_codes,
)
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
    the capacity its entry gives (``general_law`` where none does), with the same clause,
    interpretation, citations and texts for every delegate there, worked out once. Only
    what names the delegate (or the joint group) is written per incident, around pieces
    kept here."""

    def __init__(self, profile: Profile, contractor: str, tier: int) -> None:
        spec = profile.liability.delegate_rule(tier)
        found = declared(profile)
        capacity = spec.capacity_id() if spec is not None else None
        decl = found.get(capacity or "general_law") or found["general_law"]
        self.capacity = decl.id
        self.labels = decl.labels
        self.joint = decl.attaches == "joint_group"
        self.interpretation: Interpretation | None = profile.interpretation(
            spec.interpretation if spec else None
        )
        # A clause where the template is silent would be an invented one: general law
        # cites the statute only.
        clauses = spec.clause if spec is not None and decl.id != "general_law" else ()
        self.citations: tuple[Citation, ...] = decl.citations(profile, clauses)
        facts = {"contractor": contractor, "kind": reasons.tier_label(tier)}
        self.steps = prepare(decl.sentences, facts)


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
    if tier.joint:
        # The contract binds the contractor only (契約の相対効): it answers jointly and
        # severally with the delegate where the incident happened; no other party on the
        # path becomes the municipality's debtor, and each keeps its recourse.
        joint.extend(m for m in (contractor, host) if m not in joint)
        listed = "、".join([names[m] for m in (contractor, host)])
        said = (placed, *(s.fill(delegate=hname, members=listed) for s in tier.steps))
        capacities.append(
            Capacity(
                contractor,
                tier.capacity,
                tier.citations,
                said,
                tier.interpretation,
                (),
                tier.labels,
            )
        )
        return
    steps = tier.steps
    if len(steps) == 1:
        trace: tuple[L, ...] = (placed, steps[0].around(hname))
    else:
        trace = (placed, *(s.around(hname) for s in steps))
    capacities.append(
        Capacity(
            contractor, tier.capacity, tier.citations, trace, tier.interpretation, (), tier.labels
        )
    )


def for_worker(
    profile: Profile, worker: Worker, host: str, contractor: str, cname: str, placed: L
) -> list[Capacity]:
    """The contractor's capacity for all acts of ``worker``, one of its own non-regular
    workers, where the template has such a clause (the capacity its entry gives)."""
    spec = profile.liability.non_regular
    if spec is None or host != contractor or worker.employment not in non_regular(profile):
        return []
    capacity = spec.capacity_id(worker=True)
    decl = declared(profile).get(capacity) if capacity is not None else None
    if decl is None:
        return []
    facts = {
        "worker": worker.name,
        "employment": EMPLOYMENTS[worker.employment],
        "contractor": cname,
    }
    steps = tuple(s.fill(**{k: facts[k] for k in s.fields}) for s in decl.sentences)
    return [
        Capacity(
            contractor,
            decl.id,
            decl.citations(profile, spec.clause),
            (placed, *steps),
            profile.interpretation(spec.interpretation),
            (),
            decl.labels,
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
    by_party: dict[str, list[tuple[int, Finding]]]
    """Findings about a party itself, on no delegation and no worker (its work places, its
    storage), by party: they count for an incident at that party."""
    procedural: frozenset[str] = frozenset()
    """The codes among them that are defects of procedure only (a wrong submitter)."""


def breaches(profile: Profile, findings: Sequence[Finding]) -> Breaches:
    codes = set(breach_codes(profile))
    off_chain_rules = off_chain_codes()
    by_delegation: dict[str, list[tuple[int, Finding]]] = {}
    by_worker: dict[str, list[tuple[int, Finding]]] = {}
    off_chain: dict[str, list[tuple[int, Finding]]] = {}
    by_party: dict[str, list[tuple[int, Finding]]] = {}
    for pos, f in enumerate(findings):
        if f.severity != "error" or f.code not in codes:
            continue
        if f.delegation is not None and f.worker is None:
            by_delegation.setdefault(f.delegation, []).append((pos, f))
        if f.worker is not None:
            by_worker.setdefault(f.worker, []).append((pos, f))
        if f.code in off_chain_rules and f.party is not None:
            off_chain.setdefault(f.party, []).append((pos, f))
        elif f.party is not None and f.delegation is None and f.worker is None:
            by_party.setdefault(f.party, []).append((pos, f))
    return Breaches(by_delegation, by_worker, off_chain, by_party, procedural_codes(profile))


def own_breach(
    profile: Profile,
    contractor: str,
    cname: str,
    host: str,
    edges: Iterable[Edge],
    found_breaches: Breaches,
    placed: L,
    worker: str | None = None,
) -> Capacity | None:
    """The contractor's own breach: the breach findings on ``edges`` (those of every path
    that reaches the host; the contract left out), about the host itself (on or off the
    chain), or about the worker; ``None`` if there are none.

    A finding that rests on an interpretation (a point where the template is silent) says
    so in the step listing it, and so does the termination and damages it opens: the
    capacity then names the first such interpretation."""
    by_delegation = found_breaches.by_delegation
    found: dict[int, Finding] = {}
    for e in edges:
        if not e.is_contract:
            found.update(by_delegation.get(e.id, ()))
    found.update(found_breaches.off_chain.get(host, ()))
    found.update(found_breaches.by_party.get(host, ()))
    if worker is not None:
        found.update(found_breaches.by_worker.get(worker, ()))
    faults = [f for _pos, f in sorted(found.items())]  # in the order of the findings
    if not faults:
        return None
    liab = profile.liability
    words = reasons.of(profile)
    decl = declared(profile)["own_breach"]
    facts = {
        "contractor": cname,
        "termination": liab.termination_text
        or liab.termination_label
        or words.said("termination" if liab.termination else "termination_general"),
        "damages_claim": liab.damages_claim_text or words.said("damages_claim"),
    }
    said = tuple(s.fill(**{k: facts[k] for k in s.fields}) for s in decl.sentences)
    interpreted = [f.interpretation for f in faults if f.interpretation is not None]
    if interpreted:
        said = (*said, words.breach_interpreted(len(interpreted), len(faults)))
    procedural = found_breaches.procedural
    listed: list[L] = []
    for f in faults:
        listed.append(words.fault(f))
        if f.code in procedural:  # a defect the municipality may have accepted by approving
            listed.append(words.said("procedural_defect"))
    steps = (placed, *listed, *said)
    via = tuple(dict.fromkeys(f.worker or f.delegation or f.party or "" for f in faults))
    return Capacity(
        contractor,
        decl.id,
        (*cite_all(profile, liab.termination), *decl.citations(profile, liab.damages)),
        steps,
        interpreted[0] if interpreted else None,
        via,
        decl.labels,
    )


class Recourse:
    """How each delegate on a path answers to its delegator, not to the municipality: the
    same for every incident below the delegation, worked out once per delegation."""

    def __init__(
        self, profile: Profile, names: PartyNames, words: reasons.Reasons | None = None
    ) -> None:
        self.names = names
        self.words = reasons.of(profile) if words is None else words
        decl = declared(profile)["recourse_only"]
        self.capacity = decl.id
        self.labels = decl.labels
        self.sentences = decl.sentences
        flow = flow_down(profile)
        self.flows_down = bool(flow)
        self.citations = (*cite_all(profile, flow), *decl.citations(profile, ()))
        self.known: dict[int, tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]] = {}
        """What :meth:`of` has worked out, keyed by the edge itself (its ``id()``; the graph
        keeps it alive), not by its delegation id: two delegations may share an id."""

    def of(self, e: Edge) -> tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]:
        """Citations, steps after the first, and ``via`` of the recourse of ``e``'s delegate."""
        known = self.known.get(id(e))
        if known is None:
            facts = {"delegate": self.names[e.delegate], "delegator": self.names[e.delegator]}
            said = tuple(s.fill(**{k: facts[k] for k in s.fields}) for s in self.sentences)
            # The obligations flowed down are the terms it answers under, where they do.
            steps = (*said, self.words.said("flow_down")) if self.flows_down else said
            known = self.known[id(e)] = (self.citations, steps, (e.id,))
        return known
