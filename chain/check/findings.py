"""Findings: what the checks report, as a stable, machine-readable API.

A check yields :class:`Hit` objects: where (a JSON pointer and the party,
delegation, worker or place id) and the facts. The engine
(:mod:`chain.check.engine`) stamps each hit with its code, slug, severity,
citation and the Japanese and English wording, producing a
:class:`Finding`. Tests assert codes, locations and facts, never wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

from chain._perf.quick_init import quick_dataclass
from chain.check.wording import render
from chain.format.pointer import sort_key
from chain.profiles.citations import Citation, Interpretation
from chain.vocab import L

__all__ = [
    "SEVERITY_RANK",
    "Finding",
    "Hit",
    "Severity",
    "jsonable",
]

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Hit:
    """What a check found, before the engine adds code, wording and citation."""

    pointer: str
    facts: dict[str, Any] = field(default_factory=dict)
    party: str | None = None
    delegation: str | None = None
    worker: str | None = None
    place: str | None = None
    clauses: tuple[Any, ...] | None = None
    """Overrides the rule's clauses (e.g. the specific application item)."""


@quick_dataclass
class Finding:
    """A located, cited, bilingual finding."""

    code: str
    slug: str
    severity: Severity
    pointer: str
    citations: tuple[Citation, ...]
    party: str | None = None
    delegation: str | None = None
    worker: str | None = None
    place: str | None = None
    interpretation: Interpretation | None = None
    """The interpretation the finding rests on (a point the template is silent on), the
    first where it rests on several (:attr:`interpretations`)."""
    facts: dict[str, Any] = field(default_factory=dict)
    profile: str | None = None
    templates: tuple[L, L] | None = field(default=None, repr=False, compare=False)
    """Message and fix templates; the wording is rendered from the facts when first read."""
    also: tuple[Interpretation, ...] = ()
    """Further interpretations it rests on (e.g. the entry's own and its tier's)."""

    @property
    def interpretations(self) -> tuple[Interpretation, ...]:
        """Every interpretation the finding rests on, the entry's first."""
        if self.interpretation is None:
            return ()
        return (self.interpretation, *self.also)

    @cached_property
    def message(self) -> L:
        """What is wrong, in Japanese and English, rendered from the facts."""
        return self._render(0)

    @cached_property
    def fix(self) -> L:
        """What would fix it, in Japanese and English."""
        return self._render(1)

    def _render(self, which: int) -> L:
        if self.templates is None:
            return L("", "")
        template = self.templates[which]
        facts = dict(self.facts)
        if self.citations:
            facts.setdefault("citation", self.citations[0].label)
        return L(render(template, facts, "ja"), render(template, facts, "en"))

    @property
    def subject(self) -> str | None:
        """The id the finding is about, whichever kind it is."""
        return self.delegation or self.worker or self.place or self.party

    def sort_key(self) -> tuple[Any, ...]:
        """Place in the file, then code; ties keep the order the checks found them."""
        return (sort_key(self.pointer), self.code)

    def identity(self) -> tuple[Any, ...]:
        """What makes two findings the same finding (for merging duplicate rule entries)."""
        return (
            self.code,
            self.pointer,
            self.party,
            self.delegation,
            self.worker,
            self.place,
            repr(sorted(self.facts.items())),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "slug": self.slug,
            "severity": self.severity,
            "pointer": self.pointer,
            "party": self.party,
            "delegation": self.delegation,
            "worker": self.worker,
            "place": self.place,
            "message": self.message.to_dict(),
            "fix": self.fix.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "interpretation": self.interpretation.to_dict() if self.interpretation else None,
            "interpretations": [i.to_dict() for i in self.interpretations],
            "facts": jsonable(self.facts),
            "profile": self.profile,
        }


_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Facts as JSON values: dates become ISO strings, bilingual texts dicts."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {str(k): jsonable(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [jsonable(v) for v in value]
    if kind is L:
        return {"ja": value.ja, "en": value.en}
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, L):
        return value.to_dict()
    return value
