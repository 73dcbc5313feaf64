"""The DOT statements of parties and delegations, kept between diagrams.

The app draws the diagram again after every edit, and an edit changes one
party or one delegation: every other statement would come out the same.
Each statement is therefore made by a memoised function of plain, hashable
values only (texts, codes, counts, flags) that the builder reads off the
chain: the function sees nothing but its arguments, so a statement is keyed
by everything it is made of, and a kept statement is never stale. The
labels themselves are drawn by :mod:`chain.diagram.labels`, given small
read-only views (:class:`PartyView`, :class:`WorkerView`, :class:`Mark`,
:class:`DelegationView`) that carry only what a label reads of the chain's
objects (the protocols of :mod:`chain.diagram.labels` name it, so the type
checker holds the two in step); reading anything else fails loudly.

Kept statements are bounded in number (:data:`KEPT` of each kind, the least
recently used dropped first): with its key, a statement of the 500-party
benchmark chain takes about 2 KB, so all kept statements about 12 MB at most,
whatever the session's length or the chain's size. A chain too large for them
all to be kept is drawn as it would be without them, only not faster.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from chain.check.findings import Finding
from chain.diagram.dot import Html, attrs
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.labels import PartyExtras, edge_label, party_label, worker_tooltip
from chain.diagram.style import EDGE_STYLES, OVERLAY
from chain.diagram.words import WORDS
from chain.format.model import Worker
from chain.vocab import DOCUMENT_KINDS, L, tier_label

__all__ = [
    "KEPT",
    "TOOLTIP_WORKERS",
    "DelegationView",
    "ExtrasKey",
    "Mark",
    "MarkKey",
    "PartyView",
    "WorkerKey",
    "WorkerView",
    "dispatch_statement",
    "edge_statement",
    "extras_key",
    "forget",
    "mark",
    "marks",
    "party_statement",
    "worker_keys",
]

#: Statements kept per kind (parties, delegations, dispatch arrows): four drawings of a
#: 500-party chain (two languages, two directions, or the chain before and after edits).
KEPT = 2048
TOOLTIP_WORKERS = 40

_NOTIFICATION = DOCUMENT_KINDS["notification"]


class Mark(NamedTuple):
    """A finding as labels show it: its code, its severity, and whether the consent it
    speaks of was a notification (the only fact a label reads)."""

    code: str
    severity: str
    notification: bool

    @property
    def facts(self) -> dict[str, Any]:
        return {"consent": _NOTIFICATION} if self.notification else {}


#: A :class:`Mark` as a plain tuple, for keys: code, severity, notification.
MarkKey = tuple[str, str, bool]


def mark(f: Finding) -> MarkKey:
    return (f.code, f.severity, f.facts.get("consent") == _NOTIFICATION)


def marks(findings: list[Finding] | tuple[Finding, ...]) -> tuple[MarkKey, ...]:
    return tuple(map(mark, findings)) if findings else ()


def _marks(keys: tuple[MarkKey, ...]) -> list[Mark]:
    return [Mark(*k) for k in keys]


class PartyView(NamedTuple):
    name: str


class WorkerView(NamedTuple):
    name: str
    # A field may shadow tuple.count: the view is read by its fields, never counted.
    count: int  # type: ignore[assignment]
    employment: str
    roles: tuple[str, ...]


#: A :class:`WorkerView` as a plain tuple with the worker's index first, for keys.
WorkerKey = tuple[int, str, int, str, tuple[str, ...]]


def worker_keys(workers: Sequence[tuple[int, Worker]]) -> tuple[WorkerKey, ...]:
    return tuple([(i, w.name, w.count, w.employment, tuple(w.roles)) for i, w in workers])


class _DocumentView(NamedTuple):
    kind: str


class DelegationView(NamedTuple):
    documents: tuple[_DocumentView, ...]


def delegation_view(kinds: tuple[str, ...]) -> DelegationView:
    return DelegationView(tuple(_DocumentView(k) for k in kinds))


#: A :class:`~chain.diagram.labels.PartyExtras` as a hashable value.
ExtrasKey = tuple[bool, bool, tuple[str, ...], int | None, str, str, bool]


def extras_key(x: PartyExtras | None) -> ExtrasKey | None:
    if x is None:
        return None
    return (
        x.incident,
        x.on_path,
        tuple(x.capacities),
        x.incident_worker,
        x.incident_note,
        x.audit,
        x.audit_direct,
    )


@lru_cache(maxsize=KEPT)
def party_statement(
    node: str,
    index: int,
    pid: str,
    name: str,
    corporate_number: str | None,
    kind: str,
    role: str,
    lang: str,
    findings: tuple[MarkKey, ...],
    workers: tuple[WorkerKey, ...],
    worker_marks: tuple[tuple[int, tuple[MarkKey, ...]], ...],
    collapse: bool,
    extras: ExtrasKey | None,
) -> str:
    """A party's node statement (without indentation); ``role`` is the heading of its box,
    in ``lang`` already."""
    more = None
    if extras is not None:
        incident, on_path, capacities, incident_worker, incident_note, audit, direct = extras
        more = PartyExtras(
            incident=incident,
            on_path=on_path,
            capacities=list(capacities),
            incident_worker=incident_worker,
            incident_note=incident_note,
            audit=audit,
            audit_direct=direct,
        )
    staff = [(w[0], WorkerView(*w[1:])) for w in workers]
    label = party_label(
        PartyView(name),
        kind=kind,
        role=L(role, role),
        lang=lang,
        findings=_marks(findings),
        workers=staff,
        worker_marks={i: _marks(m) for i, m in worker_marks},
        collapse_workers=collapse,
        extras=more,
    )
    lines = [quoted(name), quoted(f"id: {pid}")]
    if corporate_number:
        lines.append(quoted(f"法人番号: {corporate_number}"))
    lines.extend(quoted(worker_tooltip(w, lang)) for _i, w in staff[:TOOLTIP_WORKERS])
    if len(workers) > TOOLTIP_WORKERS:
        lines.append(WORDS["more"](lang).format(n=len(workers) - TOOLTIP_WORKERS))
    values = {"label": label, "id": f"party-{index}", "tooltip": "\\n".join(lines)}
    return f"{node} {attrs(values)};"


@lru_cache(maxsize=KEPT)
def edge_statement(
    tail: str,
    head: str,
    tier: int | None,
    statuses: tuple[str, ...],
    findings: tuple[MarkKey, ...],
    documents: tuple[str, ...] | None,
    on_path: bool,
    lang: str,
    element_id: str,
    edge_id: str,
    delegator_name: str,
    delegate_name: str,
    work: str | None,
) -> str:
    """A delegation's (or the contract's) edge statement (without indentation).

    ``documents`` are the kinds of the delegation's documents (``None`` for the
    contract); ``element_id`` is the SVG id, ``edge_id`` the id in the chain file.
    """
    style = EDGE_STYLES[statuses[0]]
    delegation = delegation_view(documents) if documents is not None else None
    values: dict[str, object] = {
        "label": edge_label(
            tier_label(tier),
            statuses,
            _marks(findings),
            delegation,
            lang,
            on_path=on_path,
        ),
        "color": style.color,
        "style": style.style,
        "penwidth": style.penwidth,
        "arrowhead": style.arrowhead if style.arrowhead != "normal" else None,
        "fontcolor": style.color,
        "id": element_id,
        "tooltip": _edge_tooltip(delegator_name, delegate_name, edge_id, work),
    }
    if on_path:
        values["color"] = f"{OVERLAY.path}:{style.color}:{OVERLAY.path}"
        values["penwidth"] = style.penwidth + 1.5
    return f"{tail} -> {head} {attrs(values)};"


@lru_cache(maxsize=KEPT)
def dispatch_statement(
    tail: str,
    head: str,
    port: str | None,
    people: int,
    lang: str,
    agency_name: str,
    host_name: str,
) -> str:
    """A dispatch arrow from an agency to the party its staff work at (``people`` of them),
    pointing at ``port`` of the host's box."""
    style = EDGE_STYLES["dispatch"]
    text = WORDS["dispatch_n"](lang).format(n=people)
    values = {
        "color": style.color,
        "style": style.style,
        "penwidth": style.penwidth,
        "fontcolor": style.color,
        "arrowhead": style.arrowhead,
        "headport": port,
        "label": Html(html(text)),
        "tooltip": quoted(f"{agency_name} → {host_name}"),
    }
    return f"{tail} -> {head} {attrs(values)};"


def _edge_tooltip(delegator: str, delegate: str, edge_id: str, work: str | None) -> str:
    lines = [quoted(f"{delegator} → {delegate}"), quoted(f"id: {edge_id}")]
    if work:
        lines.append(quoted(wrap(clean(work), 80, 3)[0]))
    return "\\n".join(lines)


def forget() -> None:
    """Drop every kept statement (tests use it to compare with a cold start)."""
    for f in (party_statement, edge_statement, dispatch_statement):
        f.cache_clear()
