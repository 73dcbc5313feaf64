"""What a liability assessment says: capacities, exposures, and the reasoning behind them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from functools import cached_property
from typing import Any, Literal, NamedTuple

from chain._perf.quick_init import quick_dataclass
from chain.graph import Edge
from chain.profiles.citations import Citation, Interpretation
from chain.vocab import L

__all__ = [
    "BUILTIN_CAPACITIES",
    "CAPACITIES",
    "CAPACITY_SHORT",
    "EXPOSURES",
    "Assessment",
    "Capacity",
    "CapacityLabels",
    "Duty",
    "Exposure",
    "LiabilityError",
]


class CapacityLabels(NamedTuple):
    """How a capacity is named: in full (text, JSON, the incident page) and on the diagram."""

    label: L
    short: L


class _BuiltinCapacities(Mapping[str, CapacityLabels]):
    """The capacities the built-in rules declare (``_builtin.toml``), read on first use."""

    def _found(self) -> dict[str, CapacityLabels]:
        found: dict[str, CapacityLabels] | None = self.__dict__.get("found")
        if found is None:
            from chain.check.wording import profile_terms
            from chain.profiles import builtin_rules  # read on first use

            terms = profile_terms(None)  # the built-in words
            found = {
                c.id: CapacityLabels(
                    shown_label(c.label, terms), shown_label(c.short or c.label, terms)
                )
                for c in builtin_rules().liability.capacities
            }
            self.__dict__["found"] = found
        return found

    def __getitem__(self, key: str) -> CapacityLabels:
        return self._found()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


def shown_label(text: L, terms: Mapping[str, L]) -> L:
    """A capacity's label with the profile's words in (``{term.KEY}``), as shown: a label
    naming no term is shown exactly as written, braces and all."""
    if "{term." not in text.ja and "{term." not in text.en:
        return text
    from chain.check.wording import fill_terms  # the words, filled as a template's literals

    filled = fill_terms(text, terms)
    return L(_unescaped(filled.ja), _unescaped(filled.en))


def _unescaped(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


class _Labels(Mapping[str, L]):
    """One of the labels of the built-in capacities, by capacity id."""

    def __init__(self, which: int) -> None:
        self.which = which

    def __getitem__(self, key: str) -> L:
        return BUILTIN_CAPACITIES[key][self.which]

    def __iter__(self) -> Iterator[str]:
        return iter(BUILTIN_CAPACITIES)

    def __len__(self) -> int:
        return len(BUILTIN_CAPACITIES)


#: The built-in capacities' labels, by their stable id (a party may hold several; a
#: profile may declare more, see :mod:`chain.liability.declared`).
BUILTIN_CAPACITIES: Mapping[str, CapacityLabels] = _BuiltinCapacities()
#: The full label of each built-in capacity.
CAPACITIES: Mapping[str, L] = _Labels(0)
#: The diagram's short label of each built-in capacity.
CAPACITY_SHORT: Mapping[str, L] = _Labels(1)

#: Fact-dependent exposure outside the template; shown as such, never as a finding.
EXPOSURES: dict[str, L] = {
    "employer_tort": L("使用者責任（不法行為）", "employer's liability in tort"),
    "agency_tort": L("派遣元の責任（不法行為）", "the dispatch agency's liability in tort"),
    "own_tort": L("自らの不法行為責任", "own liability in tort"),
    "negligent_supervision": L(
        "委託先の選任・監督の過失（不法行為）", "negligent choice or supervision of a delegate"
    ),
    "statutory_duty": L("法令上の安全管理義務", "statutory duty of safe management"),
    "municipal_duty": L("発注者自身の義務と責任", "the municipality's own duty and liability"),
    "penal": L("罰則（行為者）", "penal provisions (the offender)"),
    "company_fine": L("罰金（事業者）", "fines (the business)"),
    "my_number_penal": L("番号法の罰則", "My Number Act penalties"),
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
    labels: CapacityLabels | None = None
    """Its names as the profile declares them; ``None`` for a built-in one's."""

    @property
    def label(self) -> L:
        return (self.labels or BUILTIN_CAPACITIES[self.capacity]).label

    @property
    def short(self) -> L:
        """The diagram's short label."""
        return (self.labels or BUILTIN_CAPACITIES[self.capacity]).short

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
    """Exposure that depends on facts the chain does not record (not a finding).

    ``said`` is its note, or a function giving it: the note is then worded on first
    reading (:attr:`note`), so that the assessment of every party of a large chain costs
    no more than its capacities while only the parties looked at are read.
    """

    party: str
    kind: str
    citations: tuple[Citation, ...]
    said: L | Callable[[], L]

    @property
    def note(self) -> L:
        said = self.said
        if isinstance(said, L):
            return said
        text = said()
        self.__dict__["said"] = text  # frozen: the note, once worded, replaces its recipe
        return text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Exposure):
            return NotImplemented
        return (self.party, self.kind, self.citations, self.note) == (
            other.party,
            other.kind,
            other.citations,
            other.note,
        )

    def __hash__(self) -> int:
        return hash((self.party, self.kind, self.note))

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
class Duty:
    """A duty to report that runs after the incident: ``party`` reports to ``to`` (a
    party id, or ``commission``: the Personal Information Protection Commission and the
    individuals)."""

    party: str
    to: str
    timing: str
    citations: tuple[Citation, ...]
    text: L
    fact_dependent: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "to": self.to,
            "timing": self.timing,
            "citations": [c.to_dict() for c in self.citations],
            "text": self.text.to_dict(),
            "fact_dependent": self.fact_dependent,
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
    duties: Callable[[], tuple[Duty, ...]] | None = field(default=None, repr=False, compare=False)
    """Works out :attr:`reporting` when it is first read (as a finding's message is)."""

    @cached_property
    def reporting(self) -> tuple[Duty, ...]:
        """Who must report what to whom after the incident (clauses and statutes)."""
        return self.duties() if self.duties is not None else ()

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
            "reporting": [d.to_dict() for d in self.reporting],
            "notes": [n.to_dict() for n in self.notes],
        }
