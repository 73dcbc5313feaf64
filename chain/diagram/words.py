"""The words a diagram shows, in Japanese and English.

Domain words (tiers, employment types, party kinds) come from
:mod:`chain.vocab`; this module holds the diagram's own: tier-band
headings, edge statuses and legend entries; the liability overlay's short
capacity names (``CAPACITY_SHORT``) are the capacities' declared ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from chain.check.wording import fill_terms, profile_terms
from chain.vocab import L

__all__ = [
    "CAPACITY_SHORT",
    "LEGEND",
    "STATUS_WORDS",
    "WORDS",
    "band_label",
    "use_terms",
    "vocab",
]

#: The profile's words (:mod:`chain.profiles.terms`) a diagram is drawn with: set for the
#: drawing by :func:`use_terms` (a context variable, so that drawings made at once in other
#: threads, as the app's sessions are, keep their own); the built-in words otherwise.
_TERMS: ContextVar[Mapping[str, L] | None] = ContextVar("diagram_terms", default=None)


#: The words drawn with so far, by :func:`vocab` token: kept so that a token is never reused.
_SEEN: dict[int, Mapping[str, L]] = {}


@contextmanager
def use_terms(terms: Mapping[str, L] | None) -> Iterator[None]:
    """Draw with ``terms`` (a profile's words, :func:`chain.check.wording.profile_terms`)."""
    if terms is not None:
        _SEEN.setdefault(id(terms), terms)
    token = _TERMS.set(terms)
    try:
        yield
    finally:
        _TERMS.reset(token)


def vocab() -> int:
    """A token of the words in use (0: the built-in ones), for the keys of kept texts."""
    terms = _TERMS.get()
    return 0 if terms is None else id(terms)


class _Termed(Mapping[str, L]):
    """A table of words naming the profile's terms as ``{term.KEY}``, read in the words in
    use. ``formatted``: its texts are templates filled later (their braces kept doubled)."""

    def __init__(self, table: dict[str, L], formatted: bool) -> None:
        self.table = table
        self.formatted = formatted
        self.filled: dict[int, tuple[Mapping[str, L], dict[str, L]]] = {}

    def __getitem__(self, key: str) -> L:
        text = self.table[key]
        if "{term." not in text.ja and "{term." not in text.en:
            return text
        terms = _TERMS.get() or _builtin_terms()
        hit = self.filled.get(id(terms))
        if hit is None or hit[0] is not terms:
            hit = self.filled[id(terms)] = (terms, {})
        found = hit[1].get(key)
        if found is None:
            found = fill_terms(text, terms)
            if not self.formatted:  # a literal text: its escaped braces shown as one
                found = L(found.ja.format(), found.en.format())
            hit[1][key] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)


@cache
def _builtin_terms() -> Mapping[str, L]:
    return profile_terms(None)


_STATUS_WORDS: dict[str, L] = {
    "contract": L("契約", "contract"),
    "approved": L("{term.consent}等あり", "consented"),
    "consented": L("{term.consent}あり", "consented"),
    "notified": L("届出あり", "notified"),
    "missing": L("{term.consent}なし", "no consent"),
    "incomplete": L("不備あり", "consent incomplete"),
    "not_contemplated": L("想定外の段階", "tier not contemplated"),
    "forbidden": L("禁止された段階", "forbidden tier"),
}

_WORDS: dict[str, L] = {
    "municipality": L("{term.municipality}", "Municipality"),
    "contractor": L("{term.contractor}", "Contractor"),
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
    "audit_flow_down": L("監査: {term.contractor}を通じて", "Audit: through the contractor"),
    "joint": L("連帯して責任を負う範囲", "Jointly and severally liable"),
    "path": L("{term.municipality}への責任の経路", "Path of liability to the municipality"),
    "more": L("ほか {n}件", "+{n}"),
}

_LEGEND: dict[str, L] = {
    "municipality": L("{term.municipality}（自治体）", "municipality"),
    "company": L(
        "事業者（{term.contractor}・{term.delegation}先など）",
        "company (contractor, subcontractors)",
    ),
    "agency": L("派遣元（派遣労働者の所属）", "dispatch agency (employer of dispatched staff)"),
    "group": L("企業グループ（親会社と子会社）", "corporate group (parent and subsidiaries)"),
    "workers": L(
        "従事者（会社の中の人。委託ではない）", "staff (people inside a company; not delegations)"
    ),
    "contract": L("委託（契約そのもの）", "contract (tier 1)"),
    "approved": L(
        "{term.consent}・届出あり（{term.consent}についての指摘なし）",
        "consented (no consent finding)",
    ),
    "missing": L("{term.consent}・許諾なし", "no consent or permission"),
    "incomplete": L("{term.consent}・申請に不備", "consent or application incomplete"),
    "not_contemplated": L("テンプレートが想定しない段階", "tier the template does not contemplate"),
    "forbidden": L("テンプレートが禁止する段階", "tier the template forbids"),
    "dispatch": L("派遣（委託ではない）", "dispatch (not a delegation)"),
    "hidden": L("表示を省略した部分", "part not shown"),
    "error": L("エラーの指摘", "error finding"),
    "warning": L("警告の指摘", "warning finding"),
    "info": L("情報", "note"),
    "incident": L("事故の発生元", "where the incident happened"),
    "path": L("{term.municipality}への責任の経路", "path of liability to the municipality"),
    "joint": L(
        "連帯責任の範囲（どちらにも全額を請求できる）",
        "joint and several (either may be claimed in full)",
    ),
    "capacity": L("責任の立場（経路上の各社）", "capacity of each party on the path"),
    "audit_direct": L(
        "{term.municipality}が直接監査できる（根拠の条項）",
        "the municipality may audit it directly (with the clause)",
    ),
    "audit_flow_down": L(
        "監査は{term.contractor}を通じてだけ（義務の承継と監督）",
        "audited only through the contractor (flow-down and supervision)",
    ),
}


STATUS_WORDS: Mapping[str, L] = _Termed(_STATUS_WORDS, formatted=False)
WORDS: Mapping[str, L] = _Termed(_WORDS, formatted=True)
LEGEND: Mapping[str, L] = _Termed(_LEGEND, formatted=False)
_BANDS: Mapping[str, L] = _Termed(
    {
        "0": L("{term.municipality}", "Municipality"),
        "1": L("1次 {term.contractor}（委託）", "Tier 1: contractor"),
        "2": L("2次 {term.delegation}先", "Tier 2: subcontractors"),
        "3": L("3次 {term.sub_delegation}先", "Tier 3: sub-subcontractors"),
    },
    formatted=False,
)


def band_label(tier: int | None) -> L:
    """Heading of a tier band: who sits at that tier, in the words in use (:func:`use_terms`)."""
    if tier is None:
        return WORDS["off_chain"]
    if 0 <= tier <= 3:
        return _BANDS[str(tier)]
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
