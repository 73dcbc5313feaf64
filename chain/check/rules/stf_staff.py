"""STF: staff — approval, pledges, training, notices, roles, non-regular workers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from operator import attrgetter, itemgetter

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, scoped_delegations, worker_facts
from chain.format.identity import normalize_name
from chain.format.model import Role, Worker
from chain.format.pointer import join
from chain.graph import ChainGraph, chain_workers, work_start
from chain.profiles import builtin_rules
from chain.profiles.params import PartyParams, StaffScope, StaffTiming, TierScope
from chain.vocab import ROLES

__all__ = ["staff_in_scope"]


def staff_in_scope(g: ChainGraph, scope: StaffScope) -> list[tuple[int, Worker]]:
    """Workers the scope covers, in file order; shared by the rules of one scope."""
    if scope.when_instructed and not g.chain.contract.pledges_instructed:
        return []
    key = (scope.parties, tuple(scope.employments), tuple(scope.roles))
    shared = g.indexes.staff
    found = shared.get(key)
    if found is None:
        found = shared[key] = _select(g, scope)
    return found


def _select(g: ChainGraph, scope: StaffScope) -> list[tuple[int, Worker]]:
    # Off the chain: DLG006; the municipality's own staff: not ours.
    found = chain_workers(g)
    if scope.parties == "contractor":
        found = g.workers_by_party.get(g.contractor, []) if g.contractor is not None else []
        found = [(i, w) for i, w in found if g.tiers.get(w.party, 0) >= 1]
    employments, roles = set(scope.employments), set(scope.roles)
    if employments:
        found = [(i, w) for i, w in found if w.employment in employments]
    if roles:
        found = [(i, w) for i, w in found if not roles.isdisjoint(w.roles)]
    return found


def _start(g: ChainGraph, w: Worker) -> date | None:
    return w.start or work_start(g, w.party)


def _missing(field: str):
    get = attrgetter(field)

    def check(g: ChainGraph, p: StaffScope, _c: RuleContext) -> Iterator[Hit]:
        for i, w in [(i, w) for i, w in staff_in_scope(g, p) if get(w) is None]:
            yield Hit(join("workers", i, field), worker_facts(g, w), worker=w.id, party=w.party)

    check.__name__ = f"{field}_missing"
    return check


def _late(field: str):
    get = attrgetter(field)

    def check(g: ChainGraph, p: StaffScope, _c: RuleContext) -> Iterator[Hit]:
        for i, w in [(i, w) for i, w in staff_in_scope(g, p) if get(w) is not None]:
            done, start = get(w), _start(g, w)
            if start is not None and done > start:
                yield Hit(
                    join("workers", i, field),
                    {**worker_facts(g, w), "done": done, "start": start},
                    worker=w.id,
                    party=w.party,
                )

    check.__name__ = f"{field}_late"
    return check


rule("STF001")(_missing("approved_on"))


def _is_change(g: ChainGraph, w: Worker) -> bool:
    """A change of staff: the worker takes over from another, or starts after the party's
    first day of work on the contract."""
    if w.replaces is not None:
        return True
    first = work_start(g, w.party)
    return w.start is not None and first is not None and w.start > first


@rule("STF002")
def approved_late(g: ChainGraph, p: StaffTiming, _c: RuleContext) -> Iterator[Hit]:
    """Approved after starting: of the initial staff, of a change, or of either."""
    want = None if p.changes == "any" else p.changes == "changes"
    for i, w in staff_in_scope(g, p):
        done, start = w.approved_on, _start(g, w)
        if done is None or start is None or done <= start:
            continue
        if want is not None and _is_change(g, w) != want:
            continue
        yield Hit(
            join("workers", i, "approved_on"),
            {**worker_facts(g, w), "done": done, "start": start},
            worker=w.id,
            party=w.party,
        )


rule("STF004")(_missing("pledge_on"))
rule("STF006")(_missing("trained_on"))
rule("STF007")(_late("trained_on"))
rule("STF008")(_missing("penal_notice_on"))
rule("STF009")(_missing("briefed_on"))


def _role_missing(role: Role):
    def check(g: ChainGraph, p: PartyParams, _c: RuleContext) -> Iterator[Hit]:
        targets = (
            [g.contractor]
            if p.parties == "contractor"
            else [pid for pid, t in g.tiers.items() if t >= 1 and g.workers_by_party.get(pid)]
        )
        for pid in targets:
            if pid is None:
                continue
            staff = g.workers_by_party.get(pid, [])
            if not any(role in w.roles for _i, w in staff):
                yield Hit(
                    g.party_pointer(pid),
                    {"party_name": g.party_name(pid), "role": ROLES[role]},
                    party=pid,
                )

    return check


rule("STF003")(_role_missing("work_lead"))
rule("STF005")(_role_missing("info_manager"))


@rule("STF010")
def non_regular_not_bound(g: ChainGraph, p: StaffScope, c: RuleContext) -> Iterator[Hit]:
    non_regular = set(c.profile.liability.non_regular_employments_of(builtin_rules().liability))
    for i, w in [
        (i, w)
        for i, w in staff_in_scope(g, p)
        if w.employment in non_regular and w.pledge_on is None and w.briefed_on is None
    ]:
        yield Hit(join("workers", i), worker_facts(g, w), worker=w.id, party=w.party)


@rule("STF011")
def staff_not_listed(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    """Workers of a delegate who are not among the staff its application names."""
    names = g.indexes.normalized_names

    def norm(name: str) -> str:
        found = names.get(name)
        if found is None:
            found = names[name] = normalize_name(name)
        return found

    by_party = g.worker_names
    workers = g.chain.workers
    name_of = itemgetter(1)
    for e, d in scoped_delegations(g, p):
        resp = d.responsibility
        if resp is None or not resp.staff:
            continue  # an empty staff list is an application item (ITM001)
        working = by_party.get(e.delegate)
        if not working:
            continue
        # A name written as listed is listed (settled in C for the usual delegation whose
        # workers are all listed so); only the others need normalising.
        raw = set(resp.staff)
        if all(map(raw.__contains__, map(name_of, working))):
            continue
        unlisted = [i for i, name in working if name not in raw]
        listed = {norm(s) for s in resp.staff}
        if resp.manager:
            listed.add(norm(resp.manager))
        for i in unlisted:
            w = workers[i]
            if norm(w.name) not in listed:
                yield Hit(
                    join("workers", i, "name"),
                    {**delegation_facts(g, e), **worker_facts(g, w)},
                    worker=w.id,
                    party=w.party,
                    delegation=e.id,
                )
