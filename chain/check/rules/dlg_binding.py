"""DLG: an approval approves one delegation — to the delegate it names, without a gap.

An application and its approval are about one delegate (the 相手方 the application
names). A document may say which (``delegate``: a party's id; ``delegate_name``: the
name as the document states it); where it says neither, it is taken to be about the
delegation's own delegate and nothing is compared, but a reference that the same
issuer's approval carries on a delegation to another company still shows the reuse.

- DLG011: the document names another delegate (a subcontractor replaced under the
  earlier approval).
- DLG012: one approval (same reference, same issuer) on delegations to different
  companies, where the document does not name its delegate.
- DLG013: the approvals leave part of the delegation's period uncovered (one lapsed,
  a later one renewed it); each uncovered interval with its dates. The days before the
  first approval is dated are DLG002's, the days after the last one ends DLG005's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, doc_pointer, kind_label, scoped_delegations
from chain.format.identity import normalize_name
from chain.format.model import Document
from chain.graph import (
    ChainGraph,
    DelegationEdge,
    documents_of,
    kinds_naming_delegate,
    periods,
)
from chain.profiles.params import BindingParams, ConsentParams
from chain.vocab import L

__all__ = ["names_other_delegate"]

#: Abbreviated forms of the company types a name is written with, compared as in full.
_COMPANY_FORMS = re.compile(r"\((株|有|合|同)\)")
_FULL_FORMS = {"株": "株式会社", "有": "有限会社", "合": "合資会社", "同": "合同会社"}
_ONE_DAY = timedelta(days=1)


def _name_key(name: str) -> str:
    """A company name as compared: width, spaces and case alike, (株) as 株式会社."""
    return _COMPANY_FORMS.sub(lambda m: _FULL_FORMS[m.group(1)], normalize_name(name))


def names_other_delegate(g: ChainGraph, e: DelegationEdge, doc: Document) -> str | None:
    """The field of ``doc`` naming a delegate other than ``e``'s (``delegate`` or
    ``delegate_name``), ``None`` when it names none or names ``e``'s own."""
    if doc.delegate is not None and doc.delegate != e.delegate:
        return "delegate"
    if doc.delegate_name is not None:
        party = g.party(e.delegate)
        if party is not None and _name_key(doc.delegate_name) != _name_key(party.name):
            return "delegate_name"
    return None


def _names_own_delegate(doc: Document) -> bool:
    return doc.delegate is not None or doc.delegate_name is not None


def _ref_note(doc: Document) -> L:
    ref = doc.reference
    return L(f"（{ref}）", f" ({ref})") if ref else L("", "")


@rule("DLG011")
def consent_other_delegate(g: ChainGraph, p: BindingParams, _c: RuleContext) -> Iterator[Hit]:
    kinds = ["application", p.consent] if p.applications else [p.consent]
    if kinds_naming_delegate(g).isdisjoint(kinds):
        return  # no document of these kinds names a delegate: none names another
    by_kind = [documents_of(g, kind) for kind in kinds]
    for e, _d in scoped_delegations(g, p):
        found = sorted(i_doc for per in by_kind for i_doc in per[e.index] or ())
        for i, doc in found:
            field = names_other_delegate(g, e, doc)
            if field is None:
                continue
            named = g.party_name(doc.delegate) if field == "delegate" else doc.delegate_name
            yield Hit(
                doc_pointer(e, i, field),
                {
                    **delegation_facts(g, e),
                    "document": kind_label(doc.kind),
                    "reference": doc.reference,
                    "ref_note": _ref_note(doc),
                    "named": named,
                    "consent": kind_label(p.consent),
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("DLG012")
def consent_shared(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    consents = documents_of(g, p.consent)
    municipality = g.chain.contract.municipality
    shared = _shared_references(g, p.consent)
    if not shared:
        return
    for e, _d in scoped_delegations(g, p):
        for i, doc in consents[e.index] or ():
            if not doc.reference or _names_own_delegate(doc):
                continue
            key = (normalize_name(doc.reference), doc.issued_by or municipality)
            others = [u for u in shared.get(key, ()) if u[2] != e.delegate]
            if not others:
                continue
            delegations = g.chain.delegations
            yield Hit(
                doc_pointer(e, i, "reference"),
                {
                    **delegation_facts(g, e),
                    "consent": kind_label(p.consent),
                    "reference": doc.reference,
                    "issuer": g.party_name(key[1]),
                    "others": [
                        L(
                            f"{name}への委託（{delegations[index].id}）",
                            f"the delegation to {name} ({delegations[index].id})",
                        )
                        for index, _j, delegate in others
                        for name in (g.party_name(delegate),)
                    ],
                    "other_delegations": [delegations[index].id for index, _j, _p in others],
                    "other_pointers": [
                        f"/delegations/{index}/documents/{j}/reference" for index, j, _p in others
                    ],
                },
                delegation=e.id,
                party=e.delegate,
            )


def _shared_references(
    g: ChainGraph, kind: str
) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """Each (reference, issuer) of documents of ``kind`` used on delegations to more than
    one company, with its uses (delegation index, document index, delegate), at any tier:
    a rule's tiers say which uses it reports, not which it compares with."""
    cache = g.indexes.shared_references
    found = cache.get(kind)
    if found is not None:
        return found
    municipality = g.chain.contract.municipality
    delegations = g.chain.delegations
    uses: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for index, docs in enumerate(documents_of(g, kind)):
        if docs is None:
            continue
        delegate = delegations[index].delegate
        for i, doc in docs:
            if doc.reference:
                key = (normalize_name(doc.reference), doc.issued_by or municipality)
                uses.setdefault(key, []).append((index, i, delegate))
    found = cache[kind] = {
        k: v for k, v in uses.items() if len(v) > 1 and len({u[2] for u in v}) > 1
    }
    return found


@rule("DLG013")
def consent_gap(g: ChainGraph, p: ConsentParams, _c: RuleContext) -> Iterator[Hit]:
    consents, spans = documents_of(g, p.consent), periods(g)
    for e, _d in scoped_delegations(g, p):
        granted = consents[e.index]
        if granted is None:
            continue
        if len(granted) == 1 and _no_gap(granted[0][1], spans[e.index][0]):
            continue
        own = [(i, doc) for i, doc in granted if names_other_delegate(g, e, doc) is None]
        start, end = spans[e.index]
        for gap_start, gap_end, before, after in _gaps(own, granted, start, end):
            side = after if after is not None else before
            if side is None:
                continue  # never: a gap lies after one approval or before one
            i, doc = side
            if after is None:
                field = "valid_until"
            else:
                field = "valid_from" if doc.valid_from is not None else "date"
            yield Hit(
                doc_pointer(e, i, field),
                {
                    **delegation_facts(g, e),
                    "consent": kind_label(p.consent),
                    "gap_start": gap_start,
                    "gap_end": gap_end,
                    "days": (gap_end - gap_start).days + 1,
                    "lapsed": before[1].valid_until if before is not None else None,
                    "renewed": _covered_from(after[1]) if after is not None else None,
                    "between": _between(before, after),
                },
                delegation=e.id,
                party=e.delegate,
            )


Side = tuple[int, Document]


def _gaps(
    own: list[Side], every: list[Side], start: date | None, end: date | None
) -> Iterator[tuple[date, date, Side | None, Side | None]]:
    """The days of [start, end] the approvals ``own`` leave uncovered, as (first, last,
    the approval before, the approval after; one of the two at least), leaving out those
    another rule reports: the days before the earliest approval is dated (DLG002) and
    those after every approval's last day (DLG005, which reads ``every`` approval)."""
    spans: list[tuple[date, date | None, int, Document]] = []
    for i, doc in own:
        covered_from = _covered_from(doc)
        if covered_from is None:
            return  # an approval of unknown start (DLG010): no gap can be shown
        spans.append((covered_from, doc.valid_until, i, doc))
    if not spans:
        return
    spans.sort(key=lambda s: (s[0], s[2]))
    first = spans[0][0]
    if start is not None and first > start:
        earliest = min((doc.date for _i, doc in every if doc.date is not None), default=None)
        if earliest is None or earliest <= start:
            # Dated in time but taking effect later: DLG002 does not see it.
            last_day = first - _ONE_DAY if end is None else min(first - _ONE_DAY, end)
            if start <= last_day:
                yield start, last_day, None, (spans[0][2], spans[0][3])
    until, last = spans[0][1], (spans[0][2], spans[0][3])
    for covered_from, valid_until, i, doc in spans[1:]:
        if until is None:
            return  # one approval has no end: everything after it is covered
        # Compared as a difference: the day after date.max does not exist.
        if (covered_from - until).days > 1:
            after_lapse = until + _ONE_DAY
            gap_start = after_lapse if start is None else max(after_lapse, start)
            gap_end = covered_from - _ONE_DAY if end is None else min(covered_from - _ONE_DAY, end)
            if gap_start <= gap_end:
                yield gap_start, gap_end, last, (i, doc)
        if valid_until is None or valid_until > until:
            until, last = valid_until, (i, doc)
    if until is None or end is None or until >= end:
        return
    ends = [doc.valid_until for _i, doc in every]
    if all(d is not None and d < end for d in ends):
        return  # every approval ends before the delegation: DLG005 reports it
    after_lapse = until + _ONE_DAY
    yield (after_lapse if start is None else max(after_lapse, start)), end, last, None


def _no_gap(doc: Document, start: date | None) -> bool:
    """Whether one approval alone leaves no gap :func:`_gaps` would show: it has no end,
    and it takes effect by the delegation's start (or either is unknown)."""
    if doc.valid_until is not None:
        return False
    covered_from = _covered_from(doc)
    return covered_from is None or start is None or covered_from <= start


def _covered_from(doc: Document) -> date | None:
    return doc.valid_from if doc.valid_from is not None else doc.date


def _between(before: Side | None, after: Side | None) -> L:
    """Which approvals the gap lies between, in words that name no document kind (the
    message names it in the profile's word)."""
    if before is not None and after is not None:
        lapsed, renewed = before[1].valid_until, _covered_from(after[1])
        return L(
            f"（{lapsed} までのものと {renewed} からのものの間）",
            f" (between the one covering until {lapsed} and the one from {renewed})",
        )
    if after is not None:
        return L(
            f"（最初のものは {_covered_from(after[1])} から）",
            f" (the first takes effect on {_covered_from(after[1])})",
        )
    lapsed = before[1].valid_until if before is not None else None
    return L(
        f"（{lapsed} で切れ、その後のものがありません）", f" (it lapses on {lapsed}, none follows)"
    )
