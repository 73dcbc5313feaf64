"""The model of a profile diff: a :class:`Difference`, the :class:`ProfileDiff` that groups
them by topic, and the pieces every comparison shares (tiers, parameters, citations)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chain.profiles.citations import Citation, Clause
from chain.profiles.model import Profile, RuleEntry
from chain.vocab import L, tier_label

__all__ = [
    "SIDES",
    "TIER_KEYS",
    "TOPICS",
    "Difference",
    "ProfileDiff",
    "cites",
    "covers",
    "depth_of",
    "rule_params",
    "scope_text",
    "tiers_label",
    "topic_of",
]

#: The topics differences are grouped by, in order, with the rule families in each.
TOPICS: tuple[tuple[str, L, tuple[str, ...]], ...] = (
    ("consent", L("承諾・申請", "consent and application"), ("DLG",)),
    ("items", L("申請事項", "application items"), ("ITM",)),
    ("tiers", L("委託の段階", "tiers"), ("TIR",)),
    ("duties", L("承諾の後の義務", "duties after consent"), ("PST",)),
    ("staff", L("従事者", "staff"), ("STF", "DSP")),
    ("places", L("作業場所・保管場所", "places"), ("PLC",)),
    ("data", L("個人情報の範囲", "personal data"), ("DAT",)),
    ("periods", L("期間", "periods"), ("PER",)),
    ("liability", L("責任", "liability"), ()),
    ("silences", L("定めのない点と解釈", "silences and interpretations"), ()),
    ("roles", L("当事者の呼び方", "what the parties are called"), ()),
    ("other", L("その他", "other"), ()),
)
_TOPIC_OF_FAMILY = {fam: key for key, _label, fams in TOPICS for fam in fams}
TIER_KEYS = ("tiers", "min_tier")
SIDES = {"a": ("only_a", "b"), "b": ("only_b", "a")}


@dataclass(frozen=True)
class Difference:
    """One thing one profile requires (or says) that the other does not, or says otherwise."""

    topic: str
    kind: str
    """``only_a``, ``only_b`` or ``differs``."""
    subject: str
    """A rule code (``DLG001``), a chain fact (``delegate.representative``) or a key."""
    message: L
    facts: dict[str, Any] = field(default_factory=dict)
    clauses_a: tuple[Citation, ...] = ()
    clauses_b: tuple[Citation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "kind": self.kind,
            "subject": self.subject,
            "message": self.message.to_dict(),
            "facts": self.facts,
            "clauses_a": [c.to_dict() for c in self.clauses_a],
            "clauses_b": [c.to_dict() for c in self.clauses_b],
        }


@dataclass(frozen=True)
class ProfileDiff:
    """The differences between profile ``a`` and profile ``b``."""

    a: str
    b: str
    a_title: str
    b_title: str
    entries: tuple[Difference, ...]

    def by_topic(self) -> list[tuple[str, L, list[Difference]]]:
        """The topics that have differences, in :data:`TOPICS` order, each with its own."""
        return [
            (key, label, hits)
            for key, label, _fams in TOPICS
            if (hits := [e for e in self.entries if e.topic == key])
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "subcontract-chain-profile-diff",
            "version": 1,
            "a": {"id": self.a, "title": self.a_title},
            "b": {"id": self.b, "title": self.b_title},
            "topics": [
                {"topic": key, "label": label.to_dict(), "differences": [e.to_dict() for e in hits]}
                for key, label, hits in self.by_topic()
            ],
        }


# -- tiers --------------------------------------------------------------------------------


def depth_of(profiles: Iterable[Profile]) -> int:
    """The deepest tier either profile names, plus one: the tier that stands for all deeper."""
    deepest = 3
    for p in profiles:
        scopes = [rule_params(r) for r in p.rules] + [d.model_dump() for d in p.liability.delegates]
        for scope in scopes:
            deepest = max(deepest, *(scope.get("tiers") or [0]), scope.get("min_tier") or 0)
    return deepest + 1


def rule_params(entry: RuleEntry) -> dict[str, Any]:
    """A rule's parameters with their defaults: ``consent`` unsaid is ``approval``."""
    return entry.typed.model_dump(mode="json")


def covers(params: dict[str, Any], depth: int) -> frozenset[int] | None:
    """The tiers (2 … ``depth``, the last standing for it and deeper) a scope covers;
    ``None`` for a rule without a tier scope."""
    if not any(k in params for k in TIER_KEYS):
        return None
    tiers, floor = set(params.get("tiers") or ()), params.get("min_tier")
    return frozenset(
        t for t in range(1, depth + 1) if t in tiers or (floor is not None and t >= floor)
    )


def tiers_label(tiers: Iterable[int], depth: int) -> L:
    """``再委託、4次委託以降`` / ``subcontract (tier 2); tier-4 delegation and deeper``: a run
    of tiers that reaches ``depth`` (which stands for every deeper tier) is said from its start."""
    ordered = sorted(tiers)
    start = len(ordered)
    while start and ordered[start - 1] == depth - (len(ordered) - start):
        start -= 1
    ja = [tier_label(t).ja for t in ordered[:start]]
    en = [tier_label(t).en for t in ordered[:start]]
    if start < len(ordered):
        first = tier_label(ordered[start])
        ja.append(f"{first.ja}以降")
        en.append(f"{first.en} and deeper")
    return L("、".join(ja), "; ".join(en))


def cites(profile: Profile, clauses: Iterable[Clause]) -> tuple[Citation, ...]:
    """The citations of ``clauses`` in ``profile``, each once, in order."""
    seen: dict[str, Citation] = {}
    for c in clauses:
        cite = profile.cite(c)
        seen.setdefault(cite.label.ja, cite)
    return tuple(seen.values())


def scope_text(scope: dict[str, Any]) -> str:
    """``kinds=["work"], parties="contractor"``: a scope as the profile file writes it."""
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in scope.items())


def topic_of(code: str) -> str:
    """The topic of a rule code, by its family (``other`` for a family not listed)."""
    return _TOPIC_OF_FAMILY.get(code[:3], "other")
