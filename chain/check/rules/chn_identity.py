"""CHN: who the parties are: corporate numbers, kinds, the same company twice. Always on;
they cite the chain format.

Real submissions contain corporate numbers that are not valid, one number under two
names, the same company under two ids, and a municipality or an agency where a
company should be. Each is reported here, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.format.identity import (
    corporate_number_problem,
    normalize_corporate_number,
    normalize_name,
)
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import NoParams
from chain.vocab import PARTY_KINDS, L

__all__: list[str] = []


def _number(raw: str) -> str:
    """``normalize_corporate_number``, short-cut for the usual 13 plain digits
    (which NFKC and the separators leave as they are)."""
    if len(raw) == 13 and raw.isascii() and raw.isdigit():
        return raw
    return normalize_corporate_number(raw)


def _by_number(g: ChainGraph) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    parties = g.chain.parties
    for i in g.party_index.values():
        raw = parties[i].corporate_number
        if raw and corporate_number_problem(raw) is None:
            number = _number(raw)
            found = groups.get(number)
            if found is None:
                groups[number] = [i]
            else:
                found.append(i)
    return groups


@rule("CHN007")
def corporate_number_conflict(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for number, indexes in _by_number(g).items():
        if len(indexes) < 2:
            continue  # a number used once conflicts with nothing
        names: dict[str, int] = {}
        for i in indexes:
            names.setdefault(normalize_name(g.chain.parties[i].name), i)
        if len(names) < 2:
            continue
        first = indexes[0]
        for i in indexes[1:]:
            if normalize_name(g.chain.parties[i].name) != normalize_name(
                g.chain.parties[first].name
            ):
                yield Hit(
                    join("parties", i, "corporate_number"),
                    {
                        "number": number,
                        "party_name": g.chain.parties[i].name,
                        "other_name": g.chain.parties[first].name,
                        "other": g.chain.parties[first].id,
                    },
                    party=g.chain.parties[i].id,
                )


@rule("CHN008")
def corporate_number_invalid(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    for i, p in enumerate(g.chain.parties):
        if not p.corporate_number:
            continue
        problem = corporate_number_problem(p.corporate_number)
        if problem:
            yield Hit(
                join("parties", i, "corporate_number"),
                {
                    "party_name": p.name,
                    "number": p.corporate_number,
                    "problem": problem,
                    "reason": L("13桁の数字ではありません", "not 13 digits")
                    if problem == "format"
                    else L("検査用数字が合いません", "the check digit does not match"),
                },
                party=p.id,
            )


def _kind_hit(
    g: ChainGraph, pointer: str, pid: str, expected: str, role: L, owner: dict[str, Any]
) -> Hit | None:
    party = g.party(pid)
    if party is None or party.kind == expected:
        return None
    return Hit(
        pointer,
        {
            "party_name": party.name,
            "role": role,
            "expected": PARTY_KINDS[expected],
            "actual": PARTY_KINDS[party.kind],
        },
        party=pid,
        **owner,
    )


@rule("CHN009")
def party_kind_mismatch(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    c = g.chain.contract
    municipality, contractor = L("発注者", "municipality"), L("受託者", "contractor")
    checks: list[tuple[str, str, str, L, dict[str, str]]] = [
        (join("contract", "municipality"), c.municipality, "municipality", municipality, {}),
        (join("contract", "contractor"), c.contractor, "company", contractor, {}),
    ]
    roles = {"delegator": L("再委託元", "delegator"), "delegate": L("再委託先", "delegate")}
    kind_of = {pid: g.chain.parties[i].kind for pid, i in g.party_index.items()}
    municipalities = {pid for pid, kind in kind_of.items() if kind == "municipality"}
    delegations = g.chain.delegations
    for i in [
        i
        for i, d in enumerate(delegations)
        if d.delegator in municipalities or d.delegate in municipalities
    ]:
        d = delegations[i]
        for field, pid in (("delegator", d.delegator), ("delegate", d.delegate)):
            if pid in municipalities:
                checks.append(
                    (
                        join("delegations", i, field),
                        pid,
                        "company",
                        roles[field],
                        {"delegation": d.id},
                    )
                )
    # Workers are many: only those whose party has the wrong kind become candidates.
    not_company = {pid for pid, kind in kind_of.items() if kind != "company"}
    not_agency = {pid for pid, kind in kind_of.items() if kind != "dispatch_agency"}
    workers = g.chain.workers
    # Settled party by party and agency by agency first: the workers are looked at one
    # by one only when some host is not a company or some agency is not an agency.
    suspect = not not_company.isdisjoint(g.workers_by_party) or not not_agency.isdisjoint(
        g.dispatch_agencies
    )
    for i in (
        [
            i
            for i, w in enumerate(workers)
            if w.party in not_company or (w.dispatched_from and w.dispatched_from in not_agency)
        ]
        if suspect
        else ()
    ):
        w = workers[i]
        agency = w.dispatched_from
        if agency and kind_of.get(agency, "dispatch_agency") != "dispatch_agency":
            checks.append(
                (
                    join("workers", i, "dispatched_from"),
                    agency,
                    "dispatch_agency",
                    L("派遣元", "dispatching agency"),
                    {"worker": w.id},
                )
            )
        if kind_of.get(w.party, "company") != "company":
            checks.append(
                (
                    join("workers", i, "party"),
                    w.party,
                    "company",
                    L("就業先", "host"),
                    {"worker": w.id},
                )
            )
    for pointer, pid, expected, role, owner in checks:
        hit = _kind_hit(g, pointer, pid, expected, role, owner)
        if hit is not None:
            yield hit


@rule("CHN010")
def duplicate_company(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    # Trade names are unique only per address, so one name under two different
    # corporate numbers is two companies; without a number on either side the
    # name is all there is to go on.
    seen: dict[str, list[tuple[int, str]]] = {}
    parties = g.chain.parties
    for pid, i in g.party_index.items():
        p = parties[i]
        if p.kind == "municipality":
            continue
        name = normalize_name(p.name)
        number = _number(p.corporate_number) if p.corporate_number else ""
        before = seen.get(name)
        if before is None:
            seen[name] = [(i, number)]
            continue
        match = next((j for j, other in before if not other or not number or other == number), None)
        if match is not None:
            yield Hit(
                join("parties", i),
                {"party_name": p.name, "other": g.chain.parties[match].id, "id": pid},
                party=pid,
            )
            continue
        before.append((i, number))
