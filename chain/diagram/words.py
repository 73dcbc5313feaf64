"""The words a diagram shows, in Japanese and English.

Domain words (tiers, employment types, party kinds) come from
:mod:`chain.vocab`; this module holds the diagram's own: tier-band
headings, edge statuses and legend entries; the liability overlay's short
capacity names (``CAPACITY_SHORT``) are the capacities' declared ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from chain.vocab import L

__all__ = [
    "CAPACITY_SHORT",
    "LEGEND",
    "STATUS_WORDS",
    "WORDS",
    "band_label",
]

STATUS_WORDS: dict[str, L] = {
    "contract": L("契約", "contract"),
    "approved": L("承諾等あり", "consented"),
    "missing": L("承諾なし", "no consent"),
    "incomplete": L("不備あり", "consent incomplete"),
    "not_contemplated": L("想定外の段階", "tier not contemplated"),
    "forbidden": L("禁止された段階", "forbidden tier"),
}

WORDS: dict[str, L] = {
    "municipality": L("発注者", "Municipality"),
    "contractor": L("受託者", "Contractor"),
    "agency": L("派遣元", "Dispatch agency"),
    "off_chain": L("チェーン外", "Off the chain"),
    "workers": L("従事者", "Staff"),
    "people": L("{n}名", "{n}"),
    "total": L("計 {n}名", "{n} in all"),
    "dispatch": L("派遣", "dispatch"),
    "dispatch_n": L("派遣 {n}名", "dispatch: {n}"),
    "hidden_below": L("ほか {n}社（{tier}以下）", "{n} more ({tier} and below)"),
    "hidden_note": L("表示していない事業者: {n}社", "Parties not shown: {n}"),
    "group": L("企業グループ（親会社: {name}）", "Corporate group (parent: {name})"),
    "whole_chain": L("チェーン全体の指摘", "Findings on the whole chain"),
    "legend": L("凡例", "Legend"),
    "notification": L("届出なし", "no notification"),
    "incident": L("事故発生", "Incident"),
    "incident_worker": L("事故発生（従事者）", "Incident (worker)"),
    "audit_direct": L("監査: 直接", "Audit: direct"),
    "audit_flow_down": L("監査: 受託者を通じて", "Audit: through the contractor"),
    "joint": L("連帯して責任を負う範囲", "Jointly and severally liable"),
    "path": L("発注者への責任の経路", "Path of liability to the municipality"),
    "more": L("ほか {n}件", "+{n}"),
}

LEGEND: dict[str, L] = {
    "municipality": L("発注者（自治体）", "municipality"),
    "company": L("事業者（受託者・再委託先など）", "company (contractor, subcontractors)"),
    "agency": L("派遣元（派遣労働者の所属）", "dispatch agency (employer of dispatched staff)"),
    "group": L("企業グループ（親会社と子会社）", "corporate group (parent and subsidiaries)"),
    "workers": L(
        "従事者（会社の中の人。委託ではない）", "staff (people inside a company; not delegations)"
    ),
    "contract": L("委託（契約そのもの）", "contract (tier 1)"),
    "approved": L("承諾・届出あり（承諾についての指摘なし）", "consented (no consent finding)"),
    "missing": L("承諾・許諾なし", "no consent or permission"),
    "incomplete": L("承諾・申請に不備", "consent or application incomplete"),
    "not_contemplated": L("テンプレートが想定しない段階", "tier the template does not contemplate"),
    "forbidden": L("テンプレートが禁止する段階", "tier the template forbids"),
    "dispatch": L("派遣（委託ではない）", "dispatch (not a delegation)"),
    "hidden": L("表示を省略した部分", "part not shown"),
    "error": L("エラーの指摘", "error finding"),
    "warning": L("警告の指摘", "warning finding"),
    "info": L("情報", "note"),
    "incident": L("事故の発生元", "where the incident happened"),
    "path": L("発注者への責任の経路", "path of liability to the municipality"),
    "joint": L(
        "連帯責任の範囲（どちらにも全額を請求できる）",
        "joint and several (either may be claimed in full)",
    ),
    "capacity": L("責任の立場（経路上の各社）", "capacity of each party on the path"),
    "audit_direct": L(
        "発注者が直接監査できる（根拠の条項）",
        "the municipality may audit it directly (with the clause)",
    ),
    "audit_flow_down": L(
        "監査は受託者を通じてだけ（義務の承継と監督）",
        "audited only through the contractor (flow-down and supervision)",
    ),
}


def band_label(tier: int | None) -> L:
    """Heading of a tier band: who sits at that tier."""
    if tier is None:
        return WORDS["off_chain"]
    if tier == 0:
        return L("発注者", "Municipality")
    if tier == 1:
        return L("1次 受託者（委託）", "Tier 1: contractor")
    if tier == 2:
        return L("2次 再委託先", "Tier 2: subcontractors")
    if tier == 3:
        return L("3次 再々委託先", "Tier 3: sub-subcontractors")
    return L(f"{tier}次 委託先", f"Tier {tier}")


class _CapacityShort(Mapping[str, L]):
    """The short names of the built-in capacities, as they declare them: read when asked
    for, not when the diagram is (each profile's own capacity carries its own)."""

    def _found(self) -> Mapping[str, L]:
        from chain.liability.model import CAPACITY_SHORT

        return CAPACITY_SHORT

    def __getitem__(self, key: str) -> L:
        return self._found()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


#: Short names of the built-in capacities for node labels (the trace has the reasoning).
CAPACITY_SHORT: Mapping[str, L] = _CapacityShort()
