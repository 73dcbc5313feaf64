"""The same chain against every template, side by side.

An officer deciding which template a contract should use, or checking a
chain written for one municipality against another's provisions, wants one
line per template: how many errors, warnings and notes, which codes, and
whether the chain would pass (no errors).

>>> from chain.format.read import load_chain
>>> chain = load_chain("sample_data/000/compliant.json")
>>> [(o.profile_id, o.passes) for o in compare_profiles(chain)][:5]
[('000', True), ('001', False), ('002', True), ('003', False), ('004', False)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chain.check.engine import check_chain
from chain.format.model import Chain
from chain.graph import ChainGraph, analyse
from chain.profiles.load import builtin_profile_ids, load_profile
from chain.profiles.model import Profile

__all__ = ["ProfileOutcome", "compare_profiles"]


@dataclass(frozen=True)
class ProfileOutcome:
    """How a chain fares under one template."""

    profile_id: str
    title: str
    issuer: str
    source: str
    errors: int
    warnings: int
    infos: int
    error_codes: tuple[str, ...]
    warning_codes: tuple[str, ...]
    named_in_contract: bool
    """The contract names this template (``contract.template``)."""

    @property
    def passes(self) -> bool:
        """No errors: every clause the template's rules check is met."""
        return self.errors == 0


def compare_profiles(
    chain: Chain | ChainGraph, profiles: Iterable[str | Profile] | None = None
) -> list[ProfileOutcome]:
    """Check ``chain`` under each profile (default: every built-in one), in the given order."""
    graph = chain if isinstance(chain, ChainGraph) else analyse(chain)
    named = graph.chain.contract.template
    out = []
    for p in builtin_profile_ids() if profiles is None else profiles:
        profile = p if isinstance(p, Profile) else load_profile(p)
        report = check_chain(graph, profile)
        counts = report.counts()
        out.append(
            ProfileOutcome(
                profile_id=profile.id,
                title=profile.title,
                issuer=profile.issuer,
                source=profile.source,
                errors=counts["error"],
                warnings=counts["warning"],
                infos=counts["info"],
                error_codes=_codes(report.findings, "error"),
                warning_codes=_codes(report.findings, "warning"),
                named_in_contract=profile.id == named,
            )
        )
    return out


def _codes(findings, severity: str) -> tuple[str, ...]:
    return tuple(sorted({f.code for f in findings if f.severity == severity}))
