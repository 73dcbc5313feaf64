"""Assessing an incident: walk the path from the municipality to where it happened.

Reasoning, step by step (each step is written into the capacity's trace):

1. Place the incident: a party, or a worker's host (a dispatched worker is
   directed by the host, so the incident attaches there, not to the agency).
2. The contractor is party to the contract: it answers directly (the
   template's damages clause; Civil Code art. 415).
3. For an incident below the contractor, the template's delegate clause for
   that tier says how the contractor answers: regardless of the
   subcontract's terms, jointly and severally with the parties on the path,
   or (where the template is silent) under general contract law, with the
   profile's interpretation named.
4. For a worker of the contractor who is not a regular employee, a
   non-regular clause (000 第7第2項) makes the contractor answer for all
   their acts.
5. Error findings on a delegation of the path that the profile counts as
   breaches (missing approval, missing item, forbidden tier, data beyond
   the approval, ...) make the contractor answer for its own breach, with
   the termination and damages clauses.
6. Every other party on the path has no contract with the municipality: it
   answers to its delegator only (recourse), unless it is in the joint group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from chain._perf.gcpause import gc_paused
from chain.check import Report, check_chain
from chain.check.findings import Finding
from chain.graph import ChainGraph, Edge, shortest_path
from chain.liability.exposures import Exposures
from chain.liability.model import Assessment, Capacity, LiabilityError
from chain.liability.names import PartyNames
from chain.profiles.citations import Citation, Clause
from chain.profiles.model import Profile
from chain.text import excerpt
from chain.vocab import EMPLOYMENTS, NON_REGULAR, L
from chain.vocab import tier_label as _tier_label

__all__ = ["CIVIL_CODE", "PREFIXES", "assess", "assess_all", "statute"]

CIVIL_CODE = "民法"

#: Tier names are asked for by every assessment; the texts are immutable.
tier_label = lru_cache(maxsize=256)(_tier_label)


def statute(
    profile: Profile, document: str, article: str, paragraph: str | None = None
) -> Citation:
    """A citation of a statute (never a template clause)."""
    return profile.cite(_statute_clause(document, article, paragraph))


_STATUTES: dict[tuple[str, str, str | None], Clause] = {}


def _statute_clause(document: str, article: str, paragraph: str | None) -> Clause:
    key = (document, article, paragraph)
    if key not in _STATUTES:  # one object per clause, so profiles cache their citations
        _STATUTES[key] = Clause(document=document, article=article, paragraph=paragraph)
    return _STATUTES[key]


def _cite_all(profile: Profile, clauses: Iterable[Clause]) -> tuple[Citation, ...]:
    return tuple(profile.cite(c) for c in clauses)


def _name(graph: ChainGraph, party: str) -> str:
    return graph.party_name(party)


#: Prefixes naming what kind of id follows, for an id used by both a party and a worker.
PREFIXES = ("party:", "worker:")


def _split(at: str) -> tuple[str | None, str]:
    for prefix in PREFIXES:
        if at.startswith(prefix):
            return prefix[:-1], at[len(prefix) :]
    return None, at


def _place(graph: ChainGraph, at: str) -> tuple[str, str, L, str]:
    """(kind, host party, first trace step, bare id) for a party or worker id.

    ``at`` may carry a ``party:`` or ``worker:`` prefix; without one, an id
    that names both a party and a worker is refused rather than guessed.
    A dispatch agency is refused too: it does not do the work, and an
    incident by one of its workers attaches to the host that directs them.
    """
    hint, ident = _split(at)
    is_party = hint != "worker" and ident in graph.party_index
    worker = None
    if hint != "party":
        worker = next((w for w in graph.chain.workers if w.id == ident), None)
    if is_party and worker is not None:
        shown = excerpt(ident)
        raise LiabilityError(
            L(
                f"「{shown}」は当事者と従事者の両方の id です。party:{shown} または worker:{shown} と指定してください。",
                f"“{shown}” is both a party id and a worker id; say party:{shown} or worker:{shown}.",
            ),
            kind="ambiguous",
            ids=(f"party:{ident}", f"worker:{ident}"),
        )
    if is_party:
        party = graph.party(ident)
        assert party is not None
        if party.kind == "dispatch_agency":
            mine = [w for w in graph.chain.workers if w.dispatched_from == ident]
            listed = (
                "、".join(f"{excerpt(w.id)}（{excerpt(graph.party_name(w.party))}）" for w in mine)
                or "なし"
            )
            listed_en = (
                ", ".join(f"{excerpt(w.id)} ({excerpt(graph.party_name(w.party))})" for w in mine)
                or "none"
            )
            name = excerpt(party.name)
            raise LiabilityError(
                L(
                    f"{name}は派遣元で、委託された業務を行いません。派遣労働者による事故は、指揮命令する派遣先に"
                    f"帰属します。従事者の id を指定してください（この派遣元の派遣労働者: {listed}）。",
                    f"{name} is a dispatch agency and does none of the delegated work; an incident by a "
                    "dispatched worker attaches to the host that directs them. Give the worker's id "
                    f"(workers dispatched by it: {listed_en}).",
                ),
                kind="dispatch_agency",
                ids=tuple(w.id for w in mine),
            )
        return "party", ident, _placed_at_party(party.name, graph.tiers.get(ident)), ident
    if worker is not None:
        w = worker
        host = w.party
        if host not in graph.party_index:
            raise LiabilityError(
                L(
                    f"従事者 {excerpt(ident)} の就業先 {excerpt(host)} が当事者にありません。",
                    f"Worker {excerpt(ident)} works at {excerpt(host)}, which is not a party.",
                ),
                kind="worker_host",
            )
        if w.employment == "dispatched":
            agency = _name(graph, w.dispatched_from) if w.dispatched_from else "（不明）"
            step = L(
                f"{w.name}は{agency}から派遣され、{_name(graph, host)}の指揮命令を受けて働く派遣労働者です。"
                f"事故は派遣元ではなく、指揮命令する派遣先の{_name(graph, host)}に帰属させて検討します。",
                f"{w.name} is dispatched by {agency} and directed by {_name(graph, host)}; "
                f"the incident attaches to the host that directs the worker, not to the agency.",
            )
        else:
            step = L(
                f"{w.name}（{EMPLOYMENTS[w.employment].ja}）は{_name(graph, host)}で働く従事者です。"
                f"事故は{_name(graph, host)}に帰属させて検討します。",
                f"{w.name} ({EMPLOYMENTS[w.employment].en}) works at {_name(graph, host)}; "
                f"the incident attaches to {_name(graph, host)}.",
            )
        return "worker", host, step, ident
    shown = excerpt(ident)
    raise LiabilityError(
        L(
            f"「{shown}」という当事者・従事者はありません。",
            f"No party or worker with id “{shown}”.",
        )
    )


def _placed_at_party(name: str, tier: int | None) -> L:
    """The first trace step of an incident at a party called ``name`` at ``tier``."""
    where, where_en = _where(tier)
    return L(
        f"事故は{name}で起きたものとして検討します（{where}）。",
        f"The incident is taken to happen at {name} ({where_en}).",
    )


@lru_cache(maxsize=256)
def _where(tier: int | None) -> tuple[str, str]:
    """How the first trace step names a party's place in the chain (immutable texts)."""
    if tier and tier > 1:
        label = tier_label(tier)
        return label.ja, label.en
    return "受託者", "the contractor"


def _other_paths(graph: ChainGraph, host: str, path: Sequence[Edge]) -> L | None:
    """A note when delegations other than the path's last one also reach the host."""
    last = path[-1] if path else None
    others = [e for e in graph.incoming.get(host, []) if e is not last]
    if not path or not others:
        return None
    ja = "、".join(dict.fromkeys(_name(graph, e.delegator) for e in others))
    en = ", ".join(dict.fromkeys(_name(graph, e.delegator) for e in others))
    return L(
        f"{_name(graph, host)}は{ja}からも委託を受けています（CHN006）。事故がどの委託の業務で起きたかに"
        "よっては、その経路の当事者も責任を負い得ます。ここでは最も短い経路で検討しています。",
        f"{_name(graph, host)} is also delegated work by {en} (CHN006). Depending on which work "
        "the incident was in, parties on that path may answer too; the shortest path is assessed here.",
    )


def _path_text(graph: ChainGraph, path: Sequence[Edge], name=None) -> L:
    if not path:
        return L("", "")
    name = name or (lambda party: _name(graph, party))
    names = [name(path[0].delegator)] + [name(e.delegate) for e in path]
    return L("経路: " + " → ".join(names), "Path: " + " → ".join(names))


class _Shared:
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

    def __init__(self, graph: ChainGraph, profile: Profile, breaches: _Breaches) -> None:
        contractor = graph.contractor
        assert contractor is not None
        self.graph = graph
        self.profile = profile
        self.breaches = breaches
        self.contractor = contractor
        self.names = PartyNames(graph)
        self.paths: dict[str, L] = {}
        # Keyed by the edge itself (its id(), the graph keeps it alive), not by its
        # delegation id: two delegations may share an id, with different parties.
        self.recourse: dict[int, tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]] = {}
        self.tiers: dict[int, _Tier] = {}
        self.exposures = Exposures(graph, profile, self.names)
        self.civil_415 = statute(profile, CIVIL_CODE, "415")
        self.flow: tuple[Clause, ...] | None = None
        self.recourse_citations: tuple[Citation, ...] = ()
        self.flow_step: L | None = None
        # The contractor answers directly for every incident, with the same words.
        cname = self.names[contractor]
        self.direct_citations = (*_cite_all(profile, profile.liability.damages), self.civil_415)
        self.direct_text = L(
            f"{cname}は発注者と契約を結んだ受託者です。特記事項の義務に違反して発注者に損害を与えれば、"
            "損害賠償の条項と債務不履行（民法第415条）により直接責任を負います。",
            f"{cname} is the contractor, party to the contract: a breach of the provisions causing "
            "loss makes it liable directly under the damages clause and Civil Code art. 415.",
        )

    def path_text(self, host: str, path: Sequence[Edge]) -> L:
        """:func:`_path_text` of the shortest path to ``host``, worked out from its
        delegator's: a shortest path extends the one to the delegator (see
        chain.graph.shortest_path), so each text is the one above it and one name more."""
        found = self.paths.get(host)
        if found is None:
            if len(path) > 1:
                delegator = path[-1].delegator
                head = self.paths.get(delegator) or self.path_text(delegator, path[:-1])
                name = self.names[host]
                found = L(f"{head.ja} → {name}", f"{head.en} → {name}")
            else:
                found = _path_text(self.graph, path, self.names.__getitem__)
            self.paths[host] = found
        return found

    def tier(self, tier: int) -> _Tier:
        found = self.tiers.get(tier)
        if found is None:
            found = self.tiers[tier] = _Tier(self, tier)
        return found


class _Tier:
    """What the template says of the contractor's liability for a delegate at one tier:
    the same clause, interpretation, citations and texts for every delegate there,
    worked out once. Only the sentences naming the delegate are written per incident,
    around pieces kept here."""

    def __init__(self, shared: _Shared, tier: int) -> None:
        profile = shared.profile
        spec = profile.liability.delegate_rule(tier)
        kind = tier_label(tier)
        cname = shared.names[shared.contractor]
        if spec is None or spec.basis == "general_law":
            self.basis = "general_law"
            self.interpretation = profile.interpretation(spec.interpretation if spec else None)
            self.citations: tuple[Citation, ...] = (shared.civil_415,)
            self.silent = L(
                f"テンプレートは{kind.ja}先の行為についての受託者の責任を定めていません。",
                f"The template says nothing of the contractor's liability for a {kind.en} delegate.",
            )
            return
        self.interpretation = profile.interpretation(spec.interpretation)
        clauses = _cite_all(profile, spec.clause)
        if spec.basis == "joint_and_several":
            self.basis = "joint_and_several"
            self.citations = (*clauses, statute(profile, CIVIL_CODE, "436"))
            self.claim = L(
                "発注者は連帯債務者のいずれに対しても全部の履行を請求できます（民法第436条）。",
                "The municipality may claim the whole from any of them (Civil Code art. 436).",
            )
            return
        # regardless_of_terms, all_acts, deemed_own: the contractor answers for the delegate's acts;
        # the text is these pieces around the delegate's name.
        self.basis = "regardless_of_terms"
        self.citations = clauses
        self.ja_before = f"テンプレートにより、{cname}は{kind.ja}先である"
        self.ja_after = "の行為について、再委託契約の内容にかかわらず発注者に責任を負います。"
        self.en_before = f"Under the template {cname} answers to the municipality for the acts of "
        self.en_after = f", its {kind.en} delegate, whatever the subcontract says."


@overload
def assess(report: Report, at: str, /) -> Assessment: ...


@overload
def assess(
    graph: ChainGraph, profile: Profile, at: str, *, findings: Sequence[Finding] | None = None
) -> Assessment: ...


def assess(
    subject: Report | ChainGraph,
    at_or_profile: str | Profile,
    at: str | None = None,
    *,
    findings: Sequence[Finding] | None = None,
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
    shared = _Shared(graph, report.profile, _breaches(report.profile, report.findings))
    return _assess(shared, *_place(graph, at))


def _report(
    subject: Report | ChainGraph,
    at_or_profile: str | Profile | None,
    at: str | None,
    findings: Sequence[Finding] | None,
) -> tuple[Report, str]:
    """The report and the place of ``assess(report, at)`` or ``assess(graph, profile, at)``."""
    if isinstance(subject, Report):
        if at is not None or findings is not None or not isinstance(at_or_profile, str):
            raise TypeError("assess(report, at): the report holds the profile and the findings")
        return subject, at_or_profile
    if not isinstance(at_or_profile, Profile) or at is None:
        raise TypeError("assess(graph, profile, at, findings=...) or assess(report, at)")
    return _checked(subject, at_or_profile, findings), at


def _checked(graph: ChainGraph, profile: Profile, findings: Sequence[Finding] | None) -> Report:
    """A report of ``graph`` under ``profile``: with the given findings, else checked
    (not when the contract names no contractor: there is nothing to assess)."""
    if graph.contractor is None:
        raise _no_contractor()
    if findings is None:
        return check_chain(graph, profile)
    return Report(graph=graph, profile=profile, findings=list(findings))


def _assess(shared: _Shared, kind: str, host: str, placed: L, ident: str) -> Assessment:
    """The assessment of an incident placed by :func:`_place` (see the module's steps)."""
    graph = shared.graph
    contractor = shared.contractor
    path = shortest_path(graph, host)
    notes: list[L] = [placed]
    if path:
        notes.append(shared.path_text(host, path))
        # The path's last delegation reaches the host; a second one is worth a note.
        if len(graph.incoming.get(host, ())) > 1:
            other = _other_paths(graph, host, path)
            if other is not None:
                notes.append(other)
    if host == graph.municipality:
        notes.append(
            L(
                "発注者自身での事故であり、受託者の責任は問題になりません。",
                "The incident is at the municipality itself; no contractor answers.",
            )
        )
        return Assessment(ident, kind, host, path, (), (), (), shared.profile.id, tuple(notes))  # type: ignore[arg-type]

    capacities = [
        Capacity(contractor, "direct", shared.direct_citations, (placed, shared.direct_text))
    ]

    joint: list[str] = []
    if host != contractor:
        host_tier = graph.tiers.get(host)
        if host_tier is not None and host_tier >= 2:
            tier = shared.tier(host_tier)
            _for_delegate(shared, host, tier, path, placed, joint, capacities)
        else:
            notes.append(
                L(
                    f"{shared.names[host]}はどの委託からも到達しません。委託関係の外で業務に関わっています。",
                    f"No delegation reaches {shared.names[host]}: it took part outside the chain.",
                )
            )

    if kind == "worker":
        capacities.extend(_for_worker(graph, shared.profile, ident, host, contractor, placed))

    # Most paths have no breach at all: a look-up per edge says so, sparing the call
    # (the contract edge is left out by _own_breach, so its look-up can only send us
    # there to find nothing).
    breaches = shared.breaches
    worker = ident if kind == "worker" else None
    suspect = host in breaches.off_chain or (worker is not None and worker in breaches.by_worker)
    if not suspect:
        by_delegation = breaches.by_delegation
        for e in path:
            if e.id in by_delegation:
                suspect = True
                break
    if suspect:
        breach = _own_breach(graph, shared.profile, host, path, breaches, placed, worker)
        if breach is not None:
            capacities.append(breach)

    recourse = shared.recourse
    for e in path:
        if e.index is None or e.delegate == contractor or e.delegate in joint:
            continue  # the contract, the contractor, or a joint member: answered above
        known = recourse.get(id(e))
        if known is None:  # the same for every incident below this delegation
            known = recourse[id(e)] = _recourse_basis(shared, e)
        citations, steps, via = known
        capacities.append(
            Capacity(e.delegate, "recourse_only", citations, (placed, *steps), None, via)
        )

    return Assessment(
        ident,
        kind,  # type: ignore[arg-type]
        host,
        path,
        tuple(capacities),
        shared.exposures.of(ident, kind, host, path, shared.exposures.along(host, path)),
        tuple(joint),
        shared.profile.id,
        tuple(notes),
    )


def _for_delegate(
    shared: _Shared,
    host: str,
    tier: _Tier,
    path: Sequence[Edge],
    placed: L,
    joint: list[str],
    capacities: list[Capacity],
) -> None:
    """Add how the contractor answers for ``host``, its delegate at ``tier``, to ``capacities``."""
    contractor = shared.contractor
    names = shared.names
    hname = names[host]
    if tier.basis == "general_law":
        cname = names[contractor]
        capacities.append(
            Capacity(
                contractor,
                "general_law",
                tier.citations,
                (
                    placed,
                    tier.silent,
                    L(
                        f"{cname}は債務の履行のために{hname}を使っており、その者の行為について一般の契約法"
                        "（民法第415条、履行補助者）により責任を負うと考えられます。特記事項の条項ではありません。",
                        f"{cname} uses {hname} to perform its obligations and answers for it under general "
                        "contract law (Civil Code art. 415); this is not a clause of the provisions.",
                    ),
                ),
                tier.interpretation,
            )
        )
    elif tier.basis == "joint_and_several":
        members = [contractor] + [
            e.delegate for e in path if not e.is_contract and e.delegate != contractor
        ]
        joint.extend(m for m in members if m not in joint)
        listed = "、".join(names[m] for m in members)
        trace = (  # the same reasoning for every member
            placed,
            L(
                f"テンプレートは、受託者が再委託等の相手方の行為について相手方と連帯して責任を負うと定め、"
                f"二以上の段階にわたる委託も再委託等に含めています。経路上の{listed}が連帯して責任を負います。",
                "The template makes the contractor answer jointly and severally with its delegates, "
                f"multi-stage delegation included: {listed} answer jointly.",
            ),
            tier.claim,
        )
        capacities.extend(
            Capacity(m, "joint_and_several", tier.citations, trace, tier.interpretation)
            for m in members
        )
    else:
        text = L(
            f"{tier.ja_before}{hname}{tier.ja_after}", f"{tier.en_before}{hname}{tier.en_after}"
        )
        capacities.append(
            Capacity(
                contractor,
                "regardless_of_terms",
                tier.citations,
                (placed, text),
                tier.interpretation,
            )
        )


def _for_worker(
    graph: ChainGraph, profile: Profile, worker_id: str, host: str, contractor: str, placed: L
) -> list[Capacity]:
    spec = profile.liability.non_regular
    worker = next(w for w in graph.chain.workers if w.id == worker_id)
    if (
        spec is None
        or spec.basis != "all_acts"
        or host != contractor
        or worker.employment not in NON_REGULAR
    ):
        return []
    return [
        Capacity(
            contractor,
            "non_regular_all_acts",
            _cite_all(profile, spec.clause),
            (
                placed,
                L(
                    f"{worker.name}は正社員以外の労働者（{EMPLOYMENTS[worker.employment].ja}）です。"
                    f"テンプレートにより、{_name(graph, contractor)}はその行為すべてとその結果について発注者に責任を負います。",
                    f"{worker.name} is not a regular employee ({EMPLOYMENTS[worker.employment].en}); under the "
                    f"template {_name(graph, contractor)} answers for all their acts and results.",
                ),
            ),
            profile.interpretation(spec.interpretation),
        )
    ]


def _own_breach(
    graph: ChainGraph,
    profile: Profile,
    host: str,
    path: Sequence[Edge],
    breaches: _Breaches,
    placed: L,
    worker: str | None = None,
) -> Capacity | None:
    contractor = graph.contractor
    assert contractor is not None
    by_delegation = breaches.by_delegation
    found: dict[int, Finding] = {}
    for e in path:
        if not e.is_contract:
            found.update(by_delegation.get(e.id, ()))
    found.update(breaches.off_chain.get(host, ()))
    if worker is not None:
        found.update(breaches.by_worker.get(worker, ()))
    faults = [f for _pos, f in sorted(found.items())]  # in the order of the findings
    if not faults:
        return None
    liab = profile.liability
    label = liab.termination_label.l() if liab.termination_label else L("契約の解除", "termination")
    steps = [placed]
    for f in faults:
        steps.append(
            L(
                f"{f.code}: {f.message.ja}（{f.citations[0].label.ja}）",
                f"{f.code}: {f.message.en} ({f.citations[0].label.en})",
            )
        )
    steps.append(
        L(
            f"これらは{_name(graph, contractor)}自身の特記事項違反です。発注者は{label.ja}と損害賠償を求めることができます。",
            f"These are {_name(graph, contractor)}'s own breaches of the provisions, opening {label.en} "
            "and a claim for damages.",
        )
    )
    via = tuple(dict.fromkeys(f.worker or f.delegation or f.party or "" for f in faults))
    return Capacity(
        contractor,
        "own_breach",
        (*_cite_all(profile, liab.termination), *_cite_all(profile, liab.damages)),
        tuple(steps),
        None,
        via,
    )


def _recourse_basis(
    shared: _Shared, e: Edge
) -> tuple[tuple[Citation, ...], tuple[L, ...], tuple[str, ...]]:
    """Citations, steps after the first, and ``via`` of the recourse of ``e``'s delegate:
    the same for every incident below ``e``."""
    profile = shared.profile
    if shared.flow is None:  # the same clauses for every delegation
        flow = tuple(c for r in profile.rules if r.code == "PST001" for c in r.clause)
        shared.flow = flow
        shared.recourse_citations = (*_cite_all(profile, dict.fromkeys(flow)), shared.civil_415)
        shared.flow_step = L(
            "テンプレートは特記事項の義務を再委託先に課すことを求めており、その義務が再委託契約の内容になります。",
            "The template requires the provisions' obligations to be imposed on the delegate, so they are "
            "terms of that subcontract.",
        )
    flow = shared.flow
    dname, uname = shared.names[e.delegate], shared.names[e.delegator]
    step = L(
        f"{dname}は発注者と契約を結んでいません。{uname}との再委託契約により{uname}に対して責任を負い、"
        f"{uname}はそれを前提に{dname}に求償することになります。",
        f"{dname} has no contract with the municipality; it answers to {uname} under their subcontract, "
        f"and {uname} may seek recourse from it.",
    )
    steps = (step, shared.flow_step) if flow else (step,)
    return shared.recourse_citations, steps, (e.id,)


def assess_all(
    subject: Report | ChainGraph,
    profile: Profile | None = None,
    *,
    findings: Sequence[Finding] | None = None,
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
    shared = _Shared(graph, report.profile, _breaches(report.profile, report.findings))
    shared.names.fill()
    municipality, parties, tiers = graph.municipality, graph.chain.parties, graph.tiers
    out: dict[str, Assessment] = {}
    with gc_paused():  # many small acyclic objects: see chain._perf.gcpause
        # Each party placed as _place would place "party:<id>", without looking it up again.
        for pid, i in graph.party_index.items():
            party = parties[i]
            if pid == municipality or party.kind == "dispatch_agency":
                continue
            out[pid] = _assess(
                shared, "party", pid, _placed_at_party(party.name, tiers.get(pid)), pid
            )
    return out


def _no_contractor() -> LiabilityError:
    return LiabilityError(
        L(
            "契約の受託者が当事者にないため、責任を判断できません。",
            "The contract names no contractor among the parties.",
        ),
        kind="no_contractor",
    )


@dataclass(frozen=True)
class _Breaches:
    """Error findings the profile counts as the contractor's own breach, by where they are,
    each with its position among the findings."""

    by_delegation: dict[str, list[tuple[int, Finding]]]
    """Findings on a delegation that are not about one of its workers."""
    by_worker: dict[str, list[tuple[int, Finding]]]
    """Findings about a worker (staff approval, pledge, ...)."""
    off_chain: dict[str, list[tuple[int, Finding]]]
    """DLG006 (staff or places of a company no delegation reaches), by party."""


def _breaches(profile: Profile, findings: Sequence[Finding]) -> _Breaches:
    codes = set(profile.liability.breach_codes)
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
        if f.code == "DLG006" and f.party is not None:
            off_chain.setdefault(f.party, []).append((pos, f))
    return _Breaches(by_delegation, by_worker, off_chain)
