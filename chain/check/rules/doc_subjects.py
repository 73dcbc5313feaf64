"""The subjects a document requirement (DOC family) looks at, and who stands where on them.

A subject is the contract, a company on the chain, a delegation, a dispatched worker's
dispatch link, a worker or a place: its documents (each with its own pointer), its dates
(its own start, the start of the delegation it belongs to, its latest change) and the
parties who may issue a document of it, by role.

The dispatch link (the 労働者派遣契約 between the agency and the host, for one worker) is
recorded on the worker (``dispatch_documents``): the chain records one worker per
dispatched person or group, and a dispatch contract names the worker's host, work and
period, so the worker is where its terms can be compared. On a dispatch link the
delegator is the agency (``dispatched_from``) and the delegate the host.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from chain.format.model import DocumentKind
from chain.format.pointer import join
from chain.graph import ChainGraph, chain_workers, delegations_at, work_start
from chain.profiles.params import DocumentParams
from chain.vocab import L

__all__ = [
    "SUBJECTS",
    "Subject",
    "add_months",
    "change_answers",
    "issuers",
    "record_field",
    "subjects",
    "unrenewed",
]

SUBJECTS = {
    "contract": L("契約", "contract"),
    "party": L("事業者", "company"),
    "delegation": L("委託", "delegation"),
    "dispatch": L("派遣労働者", "dispatched worker"),
    "worker": L("従事者", "worker"),
    "place": L("場所", "place"),
}


def record_field(subject: str, kind: str) -> str:
    """The member of a subject a document of ``kind`` is recorded in, as a fix names it:
    ``records`` on a delegation (its ``documents`` hold only the consent's own kinds),
    ``dispatch_documents`` on a dispatch link (kept on the worker), else ``documents``."""
    if subject == "dispatch":
        return "dispatch_documents"
    if subject == "delegation" and kind not in _DELEGATION_KINDS:
        return "records"
    return "documents"


#: The kinds a delegation's ``documents`` hold (an application, a consent...).
_DELEGATION_KINDS = frozenset(get_args(DocumentKind))


@dataclass(slots=True)
class Subject:
    pointer: str
    name: str
    start: date | None
    ids: dict[str, Any]
    docs: list[tuple[str, Any]] = field(default_factory=list)
    """(pointer of the document, the document), in file order."""
    begins: date | None = None
    """When the delegation the subject belongs to starts."""
    changed: date | None = None
    """Its latest change."""
    changes: list[tuple[date, str]] = field(default_factory=list)
    """Every change (its date, the pointer of that date), oldest first."""
    delegators: frozenset[str] = frozenset()
    delegates: frozenset[str] = frozenset()


def _listed(base: str, key: str, items: Any) -> list[tuple[str, Any]]:
    return [(f"{base}/{key}/{i}", d) for i, d in enumerate(items)]


def _changed(s: Subject, item: Any) -> None:
    """The subject's changes: its ``changed_on`` and each of its ``changes``."""
    found = [(c.date, f"{s.pointer}/changes/{j}/date") for j, c in enumerate(item.changes)]
    if item.changed_on is not None:
        found.append((item.changed_on, f"{s.pointer}/changed_on"))
    if found:
        found.sort()
        s.changes, s.changed = found, found[-1][0]


def _delegators(g: ChainGraph, pid: str) -> frozenset[str]:
    return frozenset(e.delegator for e in g.incoming.get(pid, ()) if e.delegator)


def _party_start(g: ChainGraph, pid: str) -> date | None:
    starts = [
        d.period.start
        for e in g.incoming.get(pid, ())
        if (d := g.delegation(e)) is not None and d.period is not None
    ]
    if pid == g.contractor and not starts:
        return g.chain.contract.period.start
    return min((s for s in starts if s is not None), default=None)


def _has(kind: str | None, *lists: Any) -> bool:
    return kind is None or any(d.kind == kind for items in lists for d in items)


def subjects(g: ChainGraph, p: DocumentParams, *, having: str | None = None) -> Iterator[Subject]:
    """The subjects of a requirement, in file order; with ``having``, only those with a
    document of that kind (the others are passed over before anything of them is worked
    out: most subjects of a large chain have none)."""
    chain = g.chain
    only = g.contractor if p.parties == "contractor" else None
    if p.subject == "contract":
        c = chain.contract
        s = Subject("/contract", c.title, c.period.start, {"party": g.contractor})
        s.docs = _listed("/contract", "documents", c.documents)
        s.begins = c.period.start
        _changed(s, c)
        s.delegators = frozenset({c.municipality})
        s.delegates = frozenset({c.contractor})
        yield s
    elif p.subject == "party":
        for pid, tier in g.tiers.items():
            party = g.party(pid)
            if tier < 1 or party is None or party.kind != "company" or only not in (None, pid):
                continue
            if not _has(having, party.documents):
                continue
            if not p.applies(tier):
                continue
            ptr = g.party_pointer(pid)
            start = _party_start(g, pid)
            s = Subject(ptr, party.name, start, {"party": pid})
            s.docs = _listed(ptr, "documents", party.documents)
            s.begins = start
            _changed(s, party)
            s.delegators, s.delegates = _delegators(g, pid), frozenset({pid})
            yield s
    elif p.subject == "delegation":
        for e, d in delegations_at(g, (), 2):
            if not p.applies(e.tier) or only not in (None, e.delegator):
                continue
            if not _has(having, d.documents, d.records):
                continue
            ptr = join("delegations", e.index)
            start = d.period.start if d.period is not None else None
            s = Subject(
                ptr,
                f"{g.party_name(e.delegator)} → {g.party_name(e.delegate)}",
                start,
                {"delegation": d.id, "party": e.delegate},
            )
            s.docs = _listed(ptr, "documents", d.documents) + _listed(ptr, "records", d.records)
            s.begins = start
            _changed(s, d)
            s.delegators, s.delegates = frozenset({e.delegator}), frozenset({e.delegate})
            yield s
    elif p.subject in ("worker", "dispatch"):
        dispatch = p.subject == "dispatch"
        for i, w in chain_workers(g):
            if only not in (None, w.party):
                continue
            if dispatch and w.dispatched_from is None and w.employment != "dispatched":
                continue
            if not _has(having, w.dispatch_documents if dispatch else w.documents):
                continue
            ptr = join("workers", i)
            s = Subject(ptr, w.name, w.start, {"worker": w.id, "party": w.party})
            s.docs = _listed(
                ptr,
                "dispatch_documents" if dispatch else "documents",
                w.dispatch_documents if dispatch else w.documents,
            )
            s.begins = work_start(g, w.party)
            _changed(s, w)
            if dispatch:
                host = w.dispatched_to or w.party
                s.delegators = frozenset({w.dispatched_from}) if w.dispatched_from else frozenset()
                s.delegates = frozenset({host})
            else:
                s.delegators, s.delegates = _delegators(g, w.party), frozenset({w.party})
            yield s
    else:
        for i, pl in enumerate(chain.places):
            if g.tiers.get(pl.party, 0) < 1 or only not in (None, pl.party):
                continue
            if not _has(having, pl.documents):
                continue
            ptr = join("places", i)
            s = Subject(ptr, pl.name, pl.used_from, {"place": pl.id, "party": pl.party})
            s.docs = _listed(ptr, "documents", pl.documents)
            s.begins = work_start(g, pl.party)
            _changed(s, pl)
            s.delegators, s.delegates = _delegators(g, pl.party), frozenset({pl.party})
            yield s


def change_answers(
    s: Subject, dated: list[tuple[date, str]]
) -> list[tuple[date, str, tuple[date, str] | None]]:
    """Each change of the subject (its date, its pointer) with the document answering it,
    if any: the documents in date order, less an original older than every change, answer
    the changes one each, in order (each change needs a document of its own)."""
    if not s.changes:
        return []
    docs = dated[1:] if dated and dated[0][0] < s.changes[0][0] else dated
    return [
        (when, ptr, docs[i] if i < len(docs) else None) for i, (when, ptr) in enumerate(s.changes)
    ]


def unrenewed(s: Subject, dated: list[tuple[date, str]]) -> list[tuple[date, str]]:
    """The changes of the subject (date, pointer) no document renews, where a renewal may
    follow its change: a document renews the subject as it stands on its date, so it
    answers the latest change on or before that date; a change followed by the next one
    (or by nothing) with no document in between is not renewed. A change before the first
    document is not one to renew: that document was made after it."""
    first = dated[0][0]
    days = [d for d, _ptr in dated]
    out: list[tuple[date, str]] = []
    for i, (when, ptr) in enumerate(s.changes):
        until = s.changes[i + 1][0] if i + 1 < len(s.changes) else None
        if when < first or when == until:
            continue  # before the first document; or a change recorded twice: the last
        if not any(when <= d and (until is None or d < until) for d in days):
            out.append((when, ptr))
    return out


def issuers(g: ChainGraph, s: Subject, role: str) -> frozenset[str]:
    """The parties who may issue the subject's document, for the requirement's role."""
    if role == "municipality":
        return frozenset({g.chain.contract.municipality})
    if role == "contractor":
        return frozenset({g.chain.contract.contractor})
    return s.delegates if role == "delegate" else s.delegators


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it has fewer days)."""
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
