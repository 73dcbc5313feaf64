"""What a liability assessment says: capacities, exposures, and the reasoning behind them."""

from __future__ import annotations

from dataclasses import field
from typing import Any, Literal

from chain._perf.quick_init import quick_dataclass
from chain.graph import Edge
from chain.profiles.citations import Citation, Interpretation
from chain.vocab import L

__all__ = [
    "CAPACITIES",
    "EXPOSURES",
    "Assessment",
    "Capacity",
    "Exposure",
    "LiabilityError",
]

#: Stable capacity keys and their labels. A party may hold several.
CAPACITIES: dict[str, L] = {
    "direct": L("直接の責任（契約の当事者）", "direct (party to the contract)"),
    "regardless_of_terms": L(
        "再委託先の行為についての責任（再委託契約の内容にかかわらず）",
        "for the delegate's acts, whatever the subcontract says",
    ),
    "non_regular_all_acts": L(
        "正社員以外の労働者の行為すべてについての責任", "for all acts of non-regular staff"
    ),
    "joint_and_several": L("連帯責任", "joint and several"),
    "own_breach": L("自らの特記事項違反", "own breach of the provisions"),
    "recourse_only": L(
        "委託元に対する責任のみ（発注者とは契約関係なし）",
        "recourse only: to its delegator, not to the municipality",
    ),
    "general_law": L(
        "一般の契約法による責任（履行補助者）",
        "general contract law (those used to perform)",
    ),
}

#: Fact-dependent exposure outside the template; shown as such, never as a finding.
EXPOSURES: dict[str, L] = {
    "employer_tort": L("使用者責任（不法行為）", "employer's liability in tort"),
    "statutory_duty": L("法令上の安全管理義務", "statutory duty of safe management"),
    "penal": L("罰則", "penal provisions"),
}


class LiabilityError(ValueError):
    """The incident cannot be placed.

    ``kind`` says why, as a stable key: ``unknown`` (no such party or worker),
    ``ambiguous`` (a party and a worker share the id), ``dispatch_agency`` (ask
    about its worker instead), ``worker_host`` (the worker's party is missing),
    ``no_contractor``. ``ids`` are what to ask about instead, where known.
    """

    def __init__(self, message: L, *, kind: str = "unknown", ids: tuple[str, ...] = ()):
        self.text = message
        self.kind = kind
        self.ids = ids
        super().__init__(message.en)


@quick_dataclass
class Capacity:
    """One way a party answers to the municipality, with its basis and reasoning."""

    party: str
    capacity: str
    citations: tuple[Citation, ...]
    trace: tuple[L, ...]
    interpretation: Interpretation | None = None
    via: tuple[str, ...] = ()
    """Delegation ids the capacity rests on (the faulty links, for ``own_breach``)."""

    @property
    def label(self) -> L:
        return CAPACITIES[self.capacity]

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "capacity": self.capacity,
            "label": self.label.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "trace": [t.to_dict() for t in self.trace],
            "interpretation": self.interpretation.to_dict() if self.interpretation else None,
            "via": list(self.via),
        }


@quick_dataclass
class Exposure:
    """Exposure that depends on facts the chain does not record (not a finding)."""

    party: str
    kind: str
    citations: tuple[Citation, ...]
    note: L

    @property
    def label(self) -> L:
        return EXPOSURES[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "kind": self.kind,
            "label": self.label.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "note": self.note.to_dict(),
            "fact_dependent": True,
        }


@quick_dataclass
class Assessment:
    """Who answers to the municipality for an incident at ``incident``."""

    incident: str
    incident_kind: Literal["party", "worker"]
    host: str
    """The party the incident attaches to (for a dispatched worker, the host that directs it)."""
    path: tuple[Edge, ...]
    """Contract and delegations from the municipality down to the host."""
    capacities: tuple[Capacity, ...]
    exposures: tuple[Exposure, ...] = ()
    joint_group: tuple[str, ...] = ()
    """Parties the municipality may claim the whole from (joint and several)."""
    profile: str = ""
    notes: tuple[L, ...] = field(default_factory=tuple)

    def capacities_of(self, party: str) -> list[Capacity]:
        return [c for c in self.capacities if c.party == party]

    @property
    def parties(self) -> list[str]:
        """Parties holding a capacity, in the order of the path."""
        seen: list[str] = []
        for c in self.capacities:
            if c.party not in seen:
                seen.append(c.party)
        return seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident": self.incident,
            "incident_kind": self.incident_kind,
            "host": self.host,
            "path": [e.id for e in self.path],
            "profile": self.profile,
            "capacities": [c.to_dict() for c in self.capacities],
            "joint_group": list(self.joint_group),
            "exposures": [x.to_dict() for x in self.exposures],
            "notes": [n.to_dict() for n in self.notes],
        }
