"""Audit reach: whom the municipality may audit, at each tier, under the template's clause.

The reach is data: the profile's ``[audit]`` (what the audit covers, whether it is a
duty of the city, on site or not, what may stand in for it) and its ``[[audit.reach]]``
entries, each covering some tiers (1 the contractor) with ``direct`` (the clause names
them) or ``flow_down`` (reached only through what the contractor must impose on them and
supervise). A company at a tier no entry covers is out of reach (``none``).

>>> from chain import load_chain, load_profile
>>> from chain.graph import analyse
>>> plan = audit_reach(analyse(load_chain("sample_data/000/compliant.json")), load_profile("000"))
>>> [(r.party, r.tier, r.reach) for r in plan.parties]
[('minato', 1, 'direct'), ('hokuto', 2, 'direct'), ('sakura', 3, 'flow_down')]
>>> plan.parties[0].citations[0].label.ja
'000 第11第1項（監査及び検査）'
"""

from __future__ import annotations

from typing import Any, Literal

from chain._perf.quick_init import quick_dataclass
from chain.graph import ChainGraph
from chain.profiles import Profile
from chain.profiles.citations import Citation, Interpretation
from chain.text import visible
from chain.vocab import L, join_labels

__all__ = [
    "AUDIT_COLUMNS",
    "REACHES",
    "AuditParty",
    "AuditPlan",
    "audit_reach",
    "audit_rows",
    "audit_summary",
    "audit_text",
]

Reach = Literal["direct", "flow_down", "none"]

#: How the municipality reaches a party, in words.
REACHES: dict[str, L] = {
    "direct": L("直接（発注者が監査できる）", "direct (the municipality may audit it)"),
    "flow_down": L(
        "受託者を通じてだけ（義務の承継と監督）",
        "only through the contractor (flow-down and supervision)",
    ),
    "none": L("定めなし", "none provided"),
}

ON_SITE: dict[str, L] = {
    "yes": L("実地の検査を含む", "on-site inspection included"),
    "principle": L("原則として作業場所で", "on site in principle"),
    "not_stated": L("実地かどうかの定めなし", "on site or not: not stated"),
}


@quick_dataclass
class AuditParty:
    """How the municipality reaches one company of the chain to audit it."""

    party: str
    tier: int
    reach: Reach
    citations: tuple[Citation, ...] = ()
    interpretation: Interpretation | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "tier": self.tier,
            "reach": self.reach,
            "citations": [c.to_dict() for c in self.citations],
            "interpretation": (
                self.interpretation.to_dict() if self.interpretation is not None else None
            ),
        }


@quick_dataclass
class AuditPlan:
    """The template's audit clause applied to a chain: each company's reach, in tier order."""

    profile: str
    parties: tuple[AuditParty, ...]
    what: L
    duty: bool
    on_site: str
    alternatives: tuple[L, ...] = ()

    def of(self, party: str) -> AuditParty | None:
        return next((p for p in self.parties if p.party == party), None)

    @property
    def direct(self) -> tuple[str, ...]:
        """The parties the municipality may audit directly."""
        return tuple(p.party for p in self.parties if p.reach == "direct")

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "what": self.what.to_dict(),
            "duty": self.duty,
            "on_site": self.on_site,
            "alternatives": [a.to_dict() for a in self.alternatives],
            "parties": [p.to_dict() for p in self.parties],
        }


def audit_reach(graph: ChainGraph, profile: Profile) -> AuditPlan | None:
    """Each company's audit reach under ``profile`` (``None``: the profile has no
    ``[audit]``), the contractor first, then by tier and file order."""
    spec = profile.audit
    if spec is None:
        return None
    companies = []
    for pid, tier in graph.tiers.items():
        party = graph.party(pid)
        if tier >= 1 and party is not None and party.kind == "company":
            companies.append((tier, graph.party_index.get(pid, 0), pid))
    rows = []
    for tier, _i, pid in sorted(companies):
        entry = next((r for r in spec.reach if r.applies(tier)), None)
        if entry is None:
            rows.append(AuditParty(pid, tier, "none"))
            continue
        rows.append(
            AuditParty(
                pid,
                tier,
                entry.reach,
                tuple(profile.cite(c) for c in entry.clause),
                profile.interpretation(entry.interpretation),
            )
        )
    return AuditPlan(
        profile.id,
        tuple(rows),
        spec.what,
        spec.duty,
        spec.on_site,
        tuple(spec.alternatives),
    )


_HEAD = {
    "title": L("発注者による監査", "Audit by the municipality"),
    "duty": L("発注者の義務", "a duty of the municipality"),
    "right": L("発注者ができること", "a right of the municipality"),
    "alt": L("代わりの確認", "instead"),
    "interp": L("解釈", "interpretation"),
    "tier": L("段階", "tier"),
}


def audit_text(plan: AuditPlan, graph: ChainGraph, lang: str = "ja") -> str:
    """The plan as lines for people (every text shown visibly)."""
    h = {k: v(lang) for k, v in _HEAD.items()}
    kind = h["duty"] if plan.duty else h["right"]
    out = [f"{h['title']}: {plan.what(lang)} ({kind}; {ON_SITE[plan.on_site](lang)})"]
    if plan.alternatives:
        out.append(f"  {h['alt']}: " + join_labels([a(lang) for a in plan.alternatives], lang))
    for p in plan.parties:
        cites = join_labels([c.label(lang) for c in p.citations], lang)
        line = (
            f"  - {graph.party_name(p.party)} ({p.party}, {h['tier']} {p.tier}): "
            f"{REACHES[p.reach](lang)}"
        )
        out.append(line + (f" [{cites}]" if cites else ""))
        if p.interpretation is not None:
            out.append(f"    {h['interp']}: {p.interpretation.text(lang)}")
    return "\n".join(visible(x) for x in out) + "\n"


#: The columns of :func:`audit_rows` (the incident page's table), in order.
AUDIT_COLUMNS: dict[str, L] = {
    "party": L("事業者", "Company"),
    "tier": L("段階", "Tier"),
    "reach": L("監査の及び方", "Audit reach"),
    "basis": L("根拠", "Basis"),
    "interpretation": L("解釈", "Interpretation"),
}


def audit_rows(plan: AuditPlan, graph: ChainGraph, lang: str) -> list[dict[str, Any]]:
    """Each company's audit reach, one row each, every text shown visibly."""
    return [
        {
            "party": visible(graph.party_name(p.party)),
            "tier": p.tier,
            "reach": REACHES[p.reach](lang),
            "basis": visible(join_labels([c.label(lang) for c in p.citations], lang)),
            "interpretation": (
                visible(p.interpretation.text(lang)) if p.interpretation is not None else ""
            ),
        }
        for p in plan.parties
    ]


def audit_summary(plan: AuditPlan, lang: str) -> str:
    """What the audit covers, whether a duty or a right, on site or not, and what may
    stand in for it: one line, shown visibly."""
    h = {k: v(lang) for k, v in _HEAD.items()}
    kind = h["duty"] if plan.duty else h["right"]
    line = f"{plan.what(lang)} ({kind}; {ON_SITE[plan.on_site](lang)})"
    if plan.alternatives:
        line += f" {h['alt']}: " + join_labels([a(lang) for a in plan.alternatives], lang)
    return visible(line)
