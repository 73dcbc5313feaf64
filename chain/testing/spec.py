"""What a synthetic chain is made to: the :class:`Spec`, and the typical faults it may carry
(each with the code a template applying the rule reports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["DELEGATION_FAULTS", "END", "FAULT_CODES", "START", "WORKER_FAULTS", "Fault", "Spec"]

#: Code reported for each fault kind (at the fault's pointer) by templates applying the rule.
FAULT_CODES: dict[str, str] = {
    "no_approval": "DLG001",
    "late_approval": "DLG002",
    "no_application": "DLG003",
    "no_reason": "ITM001",
    "no_flow_down": "PST001",
    "data_beyond_approval": "DAT002",
    "period_beyond_parent": "PER001",
    "untrained": "STF006",
    "unlisted": "STF011",
    "dispatched_unbound": "STF010",
    "bad_corporate_number": "CHN008",
    "cloud_without_provider": "PLC004",
}

DELEGATION_FAULTS = (
    "no_approval",
    "late_approval",
    "no_application",
    "no_reason",
    "no_flow_down",
    "data_beyond_approval",
    "period_beyond_parent",
)

WORKER_FAULTS = ("untrained", "unlisted", "dispatched_unbound")

START = date(2025, 4, 1)

END = date(2026, 3, 31)


@dataclass(frozen=True)
class Spec:
    """What to generate; every count is exact."""

    parties: int = 20
    """Parties in total: the municipality, companies and dispatch agencies (at least 2)."""
    delegations: int | None = None
    """Delegations; ``None`` gives one per subcontractor (a tree). Fewer leave some
    subcontractors unreachable; more reach some a second time (multiple paths)."""
    workers: int | None = None
    """Workers; ``None`` gives five per company on the chain."""
    places: int | None = None
    """Places; ``None`` gives a work place per company on the chain and, for one in
    four, a storage place or a cloud service as well."""
    documents: int = 5
    """Documents per delegation: application, approval, flow-down, terms report,
    guidance, then further guidance records; fewer drop them from the end."""
    depth: int = 3
    """Deepest tier (1: the contractor alone). Most subcontractors sit at tier 2."""
    fault_rate: float = 0.0
    """Fraction of delegations, workers, parties and places given one typical fault."""
    template: str = "000"
    seed: int = 0
    pathological: bool = False


@dataclass(frozen=True)
class Fault:
    kind: str
    code: str
    pointer: str
