"""Per delegation: what the template requires, ticked or missing.

For each delegation the checklist lists

- the application items the profile requires at its tier (its
  ``item_lists``, as the rules in force that require items select them),
  each with its clause;
- the documents the rules in force require, in the profile's words: the
  consent (approval or notification; every route of a consent by routes), the
  application, the flow-down of obligations, the report of the subcontract's
  terms and the record of guidance.

Which rule requires which document, or the items, is a fact of the rule in the
catalogue (``requires_document``, ``requires_items`` in ``chain/check/catalog.toml``).

Whether an entry is ticked is read from the report's findings, so the
checklist and the findings table never disagree: an entry is missing
exactly when the rule that requires it reported it. Present documents are
listed with their dates, and with the codes of findings about them (an
approval dated after the work started is present, but not in order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from chain.check.catalog import RuleDoc, catalog
from chain.check.engine import Report
from chain.check.findings import Finding
from chain.check.rules.dlg_routes import consent_label
from chain.check.wording import kind_word
from chain.format.model import Delegation
from chain.format.pointer import join
from chain.graph import Edge
from chain.profiles.citations import Citation, Interpretation
from chain.profiles.model import Profile, RuleEntry
from chain.profiles.params import RouteParams
from chain.vocab import L, tier_label

__all__ = ["CheckItem", "DelegationChecklist", "checklists", "document_rules", "item_rules"]


@cache
def document_rules() -> tuple[RuleDoc, ...]:
    """The rules that require a document on a delegation, in code order."""
    return tuple(d for d in catalog().values() if d.requires_document or d.document_parameter)


@cache
def item_rules() -> frozenset[str]:
    """The codes of the rules that require the application items."""
    return frozenset(code for code, d in catalog().items() if d.requires_items)


@dataclass(frozen=True)
class CheckItem:
    """One required application item or document, ticked or missing."""

    kind: Literal["item", "document"]
    key: str
    """The item's key in its list, or the document kind."""
    label: L
    citations: tuple[Citation, ...]
    present: bool
    pointer: str
    """Where to fill it in: the first missing field, or the delegation's documents."""
    group: L | None = None
    """The item list it belongs to (e.g. 再委託の申請事項（第6第2項）)."""
    missing_fields: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    """Present documents of this kind, as ``date reference`` lines."""
    problems: tuple[str, ...] = ()
    """Codes of findings about those documents (late, lapsed, wrong issuer...)."""
    interpretation: Interpretation | None = None
    code: str = ""
    """The rule that requires the entry."""


@dataclass(frozen=True)
class DelegationChecklist:
    """The checklist of one delegation."""

    delegation: str
    index: int
    delegator: str
    delegate: str
    tier: int | None
    kind: L
    pointer: str
    items: tuple[CheckItem, ...] = field(default_factory=tuple)
    errors: tuple[str, ...] = ()
    """Codes of the error findings about the delegation, in the report's order, once
    each: the items may all be present and the delegation still at fault."""

    @property
    def complete(self) -> bool:
        """Every item present (the delegation may still have :attr:`errors`)."""
        return all(i.present for i in self.items)

    @property
    def clear(self) -> bool:
        """Every item present and no error about the delegation."""
        return self.complete and not self.errors

    @property
    def missing(self) -> int:
        return sum(not i.present for i in self.items)


def checklists(report: Report) -> list[DelegationChecklist]:
    """The checklist of every delegation of the report's chain, in file order.

    Delegations that reach no tier (their delegator is off the chain) get an
    empty checklist: no tier rule applies to them, and the structural
    findings say why.
    """
    g = report.graph
    by_index = {e.index: e for e in g.delegation_edges}
    errors: dict[str, dict[str, None]] = {}
    for f in report.findings:
        if f.severity == "error" and f.delegation is not None:
            errors.setdefault(f.delegation, {})[f.code] = None
    out = []
    for i, d in enumerate(g.chain.delegations):
        e = by_index.get(i)
        tier = e.tier if e is not None else None
        items: list[CheckItem] = []
        if e is not None and tier is not None:
            items.extend(_items(report, e))
            items.extend(_documents(report, e, d))
        out.append(
            DelegationChecklist(
                delegation=d.id,
                index=i,
                delegator=g.party_name(d.delegator),
                delegate=g.party_name(d.delegate),
                tier=tier,
                kind=tier_label(tier),
                pointer=join("delegations", i),
                items=tuple(items),
                errors=tuple(errors.get(d.id, ())),
            )
        )
    return out


def _entries(report: Report, code: str, tier: int) -> list[RuleEntry]:
    return [r for r in report.profile.rules if r.code == code and r.typed.applies(tier)]


def _items(report: Report, e: Edge) -> list[CheckItem]:
    profile = report.profile
    assert e.tier is not None
    codes = item_rules()
    hits = [f for f in _about(report.findings, e) if f.code in codes]
    out: list[CheckItem] = []
    seen: set[tuple[str, str]] = set()
    for code, entry in ((c, r) for c in sorted(codes) for r in _entries(report, c, e.tier)):
        item_list = profile.item_lists[entry.typed.items]
        for item in item_list.items:
            if (entry.typed.items, item.key) in seen:
                continue
            seen.add((entry.typed.items, item.key))
            hit = next(
                (
                    f
                    for f in hits
                    if f.facts.get("item_key") == item.key
                    and f.facts.get("list") == item_list.label
                ),
                None,
            )
            out.append(
                CheckItem(
                    kind="item",
                    key=item.key,
                    label=item.label,
                    citations=(profile.cite(item.clause),),
                    present=hit is None,
                    pointer=hit.pointer if hit else e.pointer,
                    group=item_list.label,
                    missing_fields=tuple(hit.facts.get("fields", ())) if hit else (),
                    interpretation=profile.interpretation(entry.interpretation),
                    code=code,
                )
            )
    return out


def _documents(report: Report, e: Edge, d: Delegation) -> list[CheckItem]:
    profile = report.profile
    assert e.tier is not None
    about = _about(report.findings, e)
    out: list[CheckItem] = []
    seen: set[str] = set()
    for doc in document_rules():
        code = doc.code
        for entry in _entries(report, code, e.tier):
            kind: str = doc.requires_document or getattr(entry.typed, doc.document_parameter or "")
            if kind in seen:
                continue
            seen.add(kind)
            hit = next((f for f in about if f.code == code), None)
            docs_pointer = join("delegations", e.index, "documents")  # type: ignore[arg-type]
            present = [(j, doc) for j, doc in enumerate(d.documents) if doc.kind == kind]
            lines = tuple(
                " ".join(
                    x for x in (doc.date.isoformat() if doc.date else "—", doc.reference or "") if x
                )
                for _j, doc in present
            )
            places = [f"{docs_pointer}/{j}" for j, _doc in present]
            problems = sorted(
                {
                    f.code
                    for f in about
                    for place in places
                    if f.pointer == place or f.pointer.startswith(place + "/")
                }
            )
            out.append(
                CheckItem(
                    kind="document",
                    key=kind,
                    label=_label(entry, kind, profile),
                    citations=tuple(profile.cite(c) for c in entry.clause),
                    present=hit is None,
                    pointer=docs_pointer,
                    documents=lines,
                    problems=tuple(problems),
                    interpretation=profile.interpretation(entry.interpretation),
                    code=code,
                )
            )
    return out


def _label(entry: RuleEntry, kind: str, profile: Profile) -> L:
    """The document's name in the profile's words; a consent by routes names them all."""
    if isinstance(entry.typed, RouteParams) and entry.typed.routes:
        return consent_label(entry.typed, profile)
    return kind_word(kind, profile)


def _about(findings: list[Finding], e: Edge) -> list[Finding]:
    """Findings about this delegation edge (by its place in the file, not only its id)."""
    prefix = e.pointer
    codes = item_rules()  # the items of a delegate, found on the party
    return [
        f
        for f in findings
        if f.pointer == prefix
        or f.pointer.startswith(prefix + "/")
        or (f.delegation == e.id and f.party == e.delegate and f.code in codes)
    ]
