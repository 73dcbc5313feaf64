"""DOC: documents the profile declares, required of any subject.

One general requirement, parameterised by the profile (:class:`DocumentParams`): which
subject (:mod:`chain.check.rules.doc_subjects`), which document kind (the profile's
``[document_kinds]``, named in its words), by when, from whom, how often renewed, and what
it must state. DOC001: there is none; DOC002: the one due is dated after its deadline;
DOC003: the latest does not state everything it must; DOC004: one was issued by the wrong
party; DOC005: not renewed after the subject's change; DOC006: not renewed in time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.doc_subjects import (
    SUBJECTS,
    Subject,
    add_months,
    change_answers,
    issuers,
    record_field,
    subjects,
    unrenewed,
)
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import DocumentParams
from chain.vocab import L

__all__: list[str] = []


def _of_kind(s: Subject, kind: str) -> list[tuple[str, Any]]:
    return [(ptr, d) for ptr, d in s.docs if d.kind == kind]


def _dated(s: Subject, kind: str) -> list[tuple[date, str]]:
    return sorted((d.date, ptr) for ptr, d in _of_kind(s, kind) if d.date is not None)


def _facts(s: Subject, p: DocumentParams, ctx: RuleContext) -> dict[str, Any]:
    spec = ctx.profile.document_kinds.get(p.document)
    label = spec.label if spec is not None else L(p.document, p.document)
    return {"subject": s.name, "subject_kind": SUBJECTS[p.subject], "document": label}


def _requests(g: ChainGraph, p: DocumentParams) -> list[date]:
    kind = p.request or p.document
    return sorted(r.date for r in g.chain.contract.requests if r.kind == kind)


@rule("DOC001")
def document_missing(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    if p.due == "on_request" and not _requests(g, p):
        return  # required only once the municipality asks
    for s in subjects(g, p):
        if not _of_kind(s, p.document):
            # The fix names the member the requirement reads (records, dispatch_documents...).
            # "record_in" names it as a field reference, which the fix shows by its label.
            field = record_field(p.subject, p.document)
            root = "worker" if p.subject == "dispatch" else p.subject
            facts = {**_facts(s, p, ctx), "field": field, "record_in": f"{root}.{field}"}
            yield Hit(s.pointer, facts, **s.ids)


def _due(s: Subject, p: DocumentParams, g: ChainGraph) -> Iterator[tuple[date, date, str]]:
    """(the document's date, its deadline, its pointer) for each document that is due."""
    dated = _dated(s, p.document)
    if not dated or p.due == "none":
        return
    if p.due == "on_request":
        for asked in _requests(g, p):
            answer = next(((d, ptr) for d, ptr in dated if d >= asked), None)
            if answer is not None:
                yield answer[0], asked + timedelta(days=p.days or 0), answer[1]
        return
    if p.due == "before_change":
        for changed, _ptr, answer in change_answers(s, dated):
            if answer is not None:
                yield answer[0], changed, answer[1]
        return
    start = s.begins if p.due == "before_start" else s.start
    if start is None:
        return
    due = start + timedelta(days=p.days or 0) if p.due == "within_days" else start
    yield dated[0][0], due, dated[0][1]


@rule("DOC002")
def document_late(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    for s in subjects(g, p, having=p.document):
        for when, due, ptr in _due(s, p, g):
            if when > due:
                facts = {**_facts(s, p, ctx), "date": when, "due": due}
                yield Hit(join(*_split(ptr), "date"), facts, **s.ids)


def _split(pointer: str) -> list[str | int]:
    return [int(x) if x.isdigit() else x for x in pointer.strip("/").split("/")]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


@rule("DOC003")
def document_terms_missing(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    if not p.states:
        return
    wanted = [(w, _norm(w)) for w in p.states]
    for s in subjects(g, p, having=p.document):
        found = list(enumerate(_of_kind(s, p.document)))
        if not found:
            continue
        # The latest (by date, then place) is the one in force.
        _i, (ptr, doc) = max(found, key=lambda t: (t[1][1].date or date.min, t[0]))
        stated = {_norm(x) for x in getattr(doc, "states", ())}
        missing = [w for w, n in wanted if n not in stated]
        if missing:
            facts = {**_facts(s, p, ctx), "missing": missing}
            yield Hit(join(*_split(ptr), "states"), facts, **s.ids)


@rule("DOC004")
def document_wrong_issuer(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    if p.issued_by is None:
        return
    for s in subjects(g, p, having=p.document):
        allowed = issuers(g, s, p.issued_by)
        if not allowed:
            continue  # nobody stands in that role here: nothing to compare
        for ptr, doc in _of_kind(s, p.document):
            by = doc.issued_by or getattr(doc, "submitted_by", None)
            if by is None or by in allowed:
                continue  # an issuer not recorded is not compared
            field = "issued_by" if doc.issued_by else "submitted_by"
            facts = {
                **_facts(s, p, ctx),
                "issuer": g.party_name(by),
                "expected": [g.party_name(x) for x in sorted(allowed)],
            }
            yield Hit(join(*_split(ptr), field), facts, **s.ids)


@rule("DOC005")
def document_not_renewed(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    if p.renew != "on_change":
        return
    for s in subjects(g, p, having=p.document):
        dated = _dated(s, p.document)
        if s.changed is None or not dated:
            continue  # no change recorded, or no dated document (DOC001)
        if p.due == "before_change":
            stale = [(c, at) for c, at, a in change_answers(s, dated) if a is None]
        else:
            stale = unrenewed(s, dated)
        for changed, at in stale:
            before = [d for d, _ptr in dated if d < changed]
            facts = {
                **_facts(s, p, ctx),
                "date": before[-1] if before else None,
                "changed": changed,
                "field": record_field(p.subject, p.document),
            }
            yield Hit(at, facts, **s.ids)


@rule("DOC006")
def document_renewal_overdue(g: ChainGraph, p: DocumentParams, ctx: RuleContext) -> Iterator[Hit]:
    months = p.renew_months
    if months is None:
        return
    as_of = g.chain.contract.as_of
    for s in subjects(g, p, having=p.document):
        dated = _dated(s, p.document)
        for (prev, _), (nxt, ptr) in pairwise(dated):
            due = add_months(prev, months)
            if nxt > due:
                facts = {**_facts(s, p, ctx), "date": nxt, "previous": prev, "due": due}
                yield Hit(join(*_split(ptr), "date"), facts, **s.ids)
        if dated and as_of is not None:
            last, ptr = dated[-1]
            due = add_months(last, months)
            if as_of > due:
                facts = {**_facts(s, p, ctx), "date": as_of, "previous": last, "due": due}
                yield Hit(join(*_split(ptr), "date"), facts, **s.ids)
