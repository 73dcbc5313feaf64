"""The general law an assessment applies, read from data: the statutes it cites, the
findings that count as the contractor's own breach, the employments a non-regular
clause reaches, and the clauses that flow the obligations down.

Each is the profile's where it says so (its ``[liability]`` table), else the built-in
rules' (``_builtin.toml``); facts about rules (which rule requires the flow-down, which
finds a party off the chain) are the catalogue's.
"""

from __future__ import annotations

from functools import cache

from chain.check.catalog import catalog
from chain.profiles import Citation, Clause, Profile, builtin_rules
from chain.profiles.model import Liability, ReportingDuty

__all__ = [
    "breach_codes",
    "flow_down",
    "my_number_terms",
    "non_regular",
    "off_chain_codes",
    "procedural_codes",
    "reporting",
    "statutes",
]


def _general() -> Liability:
    return builtin_rules().liability


def statutes(profile: Profile, use: str) -> tuple[Citation, ...]:
    """The citations of the statutes cited for ``use`` (``contract_breach``,
    ``joint_claim``, ``employer_tort``, ``own_tort``, ``statutory_duty_contractor``,
    ``penal``, ...: the keys of ``[liability.statutes]``)."""
    return tuple(profile.cite(c) for c in profile.liability.statute(use, _general()))


def breach_codes(profile: Profile) -> list[str]:
    """The error findings that count as the contractor's own breach under ``profile``."""
    return profile.liability.breaches(_general())


def procedural_codes(profile: Profile) -> frozenset[str]:
    """The breach codes that are defects of procedure only."""
    return profile.liability.procedural_of(_general())


def reporting(profile: Profile) -> list[ReportingDuty]:
    """The duties to report after an incident: the template's, then the statutes' (the
    built-in rules')."""
    return profile.liability.reporting_of(_general())


def my_number_terms(profile: Profile) -> list[str]:
    """The words marking a personal-data category as My Number data."""
    return profile.liability.my_number_terms_of(_general())


def non_regular(profile: Profile) -> frozenset[str]:
    """The employments ``profile``'s non-regular clause reaches."""
    return frozenset(profile.liability.non_regular_employments_of(_general()))


def flow_down(profile: Profile) -> tuple[Clause, ...]:
    """The clauses requiring the provisions' obligations to be imposed on a delegate: the
    profile's ``flow_down``, else the clauses of its rules requiring that document."""
    given = profile.liability.flow_down
    if given is not None:
        return tuple(given)
    codes = _flow_down_rules()
    return tuple(dict.fromkeys(c for r in profile.rules if r.code in codes for c in r.clause))


@cache
def _flow_down_rules() -> frozenset[str]:
    return frozenset(c for c, d in catalog().items() if d.requires_document == "flow_down")


@cache
def off_chain_codes() -> frozenset[str]:
    """Rules finding a party no delegation reaches: as breaches they attach to it."""
    return frozenset(c for c, d in catalog().items() if d.off_chain)
