"""HTML-like labels: parties with their staff and findings, delegations with their status.

Every piece of user text goes through :func:`chain.diagram.escape.html`;
everything else here is the diagram's own markup.

A label reads only a few facts of the chain's objects, named by the protocols
below (:class:`PartyFacts`, :class:`WorkerFacts`, :class:`MarkFacts`,
:class:`DelegationFacts`): the chain's parties, workers, findings and
delegations have them, and so do the small views the kept statements of
:mod:`chain.diagram.fragments` are drawn from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from chain.check.catalog import catalog
from chain.diagram.dot import Html
from chain.diagram.escape import clean, html, shorten, width, wrap
from chain.diagram.style import (
    EDGE_STYLES,
    INK,
    MUTED,
    NODE_STYLES,
    OVERLAY,
    SEVERITY_COLOURS,
    SEVERITY_MARKS,
    WORKER_FILL,
)
from chain.diagram.words import STATUS_WORDS, WORDS
from chain.vocab import DOCUMENT_KINDS, EMPLOYMENTS, ROLES, L

__all__ = [
    "MAX_CODES",
    "NAME_COLUMNS",
    "DelegationFacts",
    "DocumentFacts",
    "MarkFacts",
    "PartyExtras",
    "PartyFacts",
    "WorkerFacts",
    "code_marks",
    "edge_label",
    "name_lines",
    "party_label",
    "text_width",
    "worker_tooltip",
]


class PartyFacts(Protocol):
    """What a party's box reads of the party."""

    @property
    def name(self) -> str: ...


class WorkerFacts(Protocol):
    """What a row of staff reads of a worker."""

    @property
    def name(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def employment(self) -> str: ...
    @property
    def roles(self) -> Sequence[str]: ...


class MarkFacts(Protocol):
    """What a label reads of a finding: its code, its severity and its facts."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def facts(self) -> Mapping[str, Any]: ...


class DocumentFacts(Protocol):
    @property
    def kind(self) -> str: ...


class DelegationFacts(Protocol):
    """What a delegation's label reads of it: the kinds of its documents."""

    @property
    def documents(self) -> Sequence[DocumentFacts]: ...


NAME_COLUMNS = 30
#: Legal forms a company name starts or ends with; a long name breaks beside them.
LEGAL_FORMS = (
    "特定非営利活動法人",
    "一般社団法人",
    "一般財団法人",
    "公益社団法人",
    "公益財団法人",
    "社会福祉法人",
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
)
NAME_LINES = 2
WORKER_COLUMNS = 22
MAX_CODES = 6
_NOTIFIED = DOCUMENT_KINDS["notification"]


@dataclass
class PartyExtras:
    """What the liability overlay adds to a party's box."""

    incident: bool = False
    on_path: bool = False
    capacities: list[str] = field(default_factory=list)
    """Short capacity names, already in the diagram's language."""
    incident_worker: int | None = None
    """Index of the worker the incident is about, shown on its own row."""
    incident_note: str = ""
    """Name of that worker, shown under the header when staff rows are left out."""
    audit: str = ""
    """How the municipality reaches the party to audit it, already in the diagram's language."""
    audit_direct: bool = False
    """The municipality may audit the party directly (drawn in the audit colour)."""


def name_lines(name: str) -> list[str]:
    """A company name in one or two lines, broken after its legal form when that fits.

    >>> name_lines("株式会社ネットワーク・オペレーションズ")
    ['株式会社', 'ネットワーク・オペレーションズ']
    """
    if width(name) <= NAME_COLUMNS:
        return [name]
    for form in LEGAL_FORMS:
        for head, tail in ((form, name[len(form) :]), (name[: -len(form)], form)):
            if (
                name.startswith(head)
                and name.endswith(tail)
                and head
                and tail
                and width(tail.strip()) <= NAME_COLUMNS
                and width(head.strip()) <= NAME_COLUMNS
            ):
                return [head.strip(), tail.strip()]
    return wrap(name, NAME_COLUMNS, NAME_LINES)


def code_marks(findings: Sequence[MarkFacts], lang: str, size: int = 9) -> str:
    """``● DLG001 ● ITM001×2``, coloured by severity, at most :data:`MAX_CODES` codes."""
    counts: dict[str, list] = {}
    for f in findings:
        entry = counts.setdefault(f.code, [f.severity, 0])
        entry[1] += 1
    parts = []
    for code, (severity, n) in list(counts.items())[:MAX_CODES]:
        times = f"×{n}" if n > 1 else ""
        parts.append(
            f'<FONT COLOR="{SEVERITY_COLOURS[severity]}">{SEVERITY_MARKS[severity]} {code}{times}</FONT>'
        )
    if len(counts) > MAX_CODES:
        parts.append(html(WORDS["more"](lang).format(n=len(counts) - MAX_CODES)))
    return f'<FONT POINT-SIZE="{size}">{" ".join(parts)}</FONT>'


@lru_cache(maxsize=16_384)
def text_width(text: str, size: float, *, bold: bool = False) -> int:
    """A generous estimate of ``text``'s width in points.

    Used as the name cell's minimum width: browsers lay the diagram out with
    Graphviz's own estimate of CJK glyphs, which is narrower than the font
    they then draw with.
    """
    em = sum(1.0 if _wide(c) else 0.6 for c in text)
    return int(em * size * (1.08 if bold else 1.0)) + 10


def _wide(c: str) -> bool:
    return width(c) == 2


def _row(
    cell: str,
    *,
    fill: str | None = None,
    port: str | None = None,
    align: str = "LEFT",
    border: str | None = None,
    min_width: int = 0,
) -> str:
    extra = f' WIDTH="{min_width}"' if min_width else ""
    if fill:
        extra += f' BGCOLOR="{fill}"'
    if port:
        extra += f' PORT="{port}"'
    if border:
        extra += f' BORDER="2" COLOR="{border}"'
    return f'<TR><TD ALIGN="{align}" BALIGN="{align}"{extra}>{cell}</TD></TR>'


def _small(text: str, colour: str = MUTED, size: int = 9) -> str:
    return f'<FONT POINT-SIZE="{size}" COLOR="{colour}">{text}</FONT>'


def _worker_text(w: WorkerFacts, lang: str) -> str:
    name = html(shorten(clean(w.name), WORKER_COLUMNS))
    what = [EMPLOYMENTS[w.employment](lang), *(ROLES[r](lang) for r in w.roles)]
    detail = f"（{'・'.join(what)}）" if lang == "ja" else f"({', '.join(what)})"
    count = f" ×{w.count}" if w.count > 1 else ""
    return f"{name}{count} {_small(html(detail))}"


def worker_tooltip(w: WorkerFacts, lang: str) -> str:
    """Plain text for a worker in its party's tooltip (escape with ``quoted``)."""
    return _worker_tooltip(w.name, w.count, w.employment, tuple(w.roles), lang)


@lru_cache(maxsize=16_384)
def _worker_tooltip(
    name: str, count: int, employment: str, roles: tuple[str, ...], lang: str
) -> str:
    what = ", ".join([EMPLOYMENTS[employment](lang), *(ROLES[r](lang) for r in roles)])
    shown = f" ×{count}" if count > 1 else ""
    return f"{name}{shown} ({what})"


def _worker_rows(
    workers: Sequence[tuple[int, WorkerFacts]],
    marks: Mapping[int, Sequence[MarkFacts]],
    *,
    collapse: bool,
    lang: str,
    incident: int | None,
) -> list[str]:
    if not workers:
        return []
    total = sum(w.count for _i, w in workers)
    rows = [
        _row(
            _small(
                html(f"{WORDS['workers'](lang)}  {WORDS['total'](lang).format(n=total)}"), size=9
            ),
            fill=WORKER_FILL,
        )
    ]
    single = [(i, w) for i, w in workers if not collapse or i == incident]
    if collapse:
        groups: dict[str, list[tuple[int, WorkerFacts]]] = {}
        for i, w in workers:
            if i != incident:
                groups.setdefault(w.employment, []).append((i, w))
        for employment in EMPLOYMENTS:
            members = groups.get(employment)
            if not members:
                continue
            n = sum(w.count for _i, w in members)
            found = [f for i, _w in members if i in marks for f in marks[i]]
            text = html(f"{EMPLOYMENTS[employment](lang)} {WORDS['people'](lang).format(n=n)}")
            if found:
                text += " " + code_marks(found, lang)
            rows.append(
                _row(
                    f'<FONT POINT-SIZE="10">{text}</FONT>', fill=WORKER_FILL, port=f"e_{employment}"
                )
            )
    for i, w in single:
        text = _worker_text(w, lang)
        if marks.get(i):
            text += " " + code_marks(marks[i], lang)
        if i == incident:
            text = (
                f"<B>{_small(html(WORDS['incident_worker'](lang)), OVERLAY.incident, 9)}</B><BR/>"
                + text
            )
        rows.append(
            _row(
                f'<FONT POINT-SIZE="10">{text}</FONT>',
                fill=WORKER_FILL,
                port=f"w{i}",
                border=OVERLAY.incident if i == incident else None,
            )
        )
    return rows


def party_label(
    party: PartyFacts,
    *,
    kind: str,
    role: L,
    lang: str,
    findings: Sequence[MarkFacts] = (),
    workers: Sequence[tuple[int, WorkerFacts]] = (),
    worker_marks: Mapping[int, Sequence[MarkFacts]] | None = None,
    collapse_workers: bool = True,
    extras: PartyExtras | None = None,
) -> Html:
    """A party's box: its role, its name, its staff, its findings, its liability."""
    style = NODE_STYLES[kind]
    extras = extras or PartyExtras()
    rows = []
    header = html(role(lang))
    if extras.incident:
        header = f"<B>{html(WORDS['incident'](lang))}</B>  " + header
    header_fill = OVERLAY.incident if extras.incident else style.header_fill
    header_ink = "#ffffff" if extras.incident else style.header_ink
    rows.append(
        _row(f'<FONT POINT-SIZE="9" COLOR="{header_ink}">{header}</FONT>', fill=header_fill)
    )
    lines = name_lines(clean(party.name))
    widest = [text_width(line, 12, bold=True) for line in lines]
    widest += [text_width(c, 10) for c in extras.capacities]
    if extras.audit:
        widest.append(text_width(extras.audit, 9))
    widest += [
        text_width(shorten(clean(w.name), WORKER_COLUMNS), 10) + 120
        for _i, w in workers
        if not collapse_workers or _i == extras.incident_worker
    ]
    name = "<BR/>".join(html(line) for line in lines)
    rows.append(
        _row(f'<FONT POINT-SIZE="12"><B>{name}</B></FONT>', align="CENTER", min_width=max(widest))
    )
    if extras.capacities:
        caps = "<BR/>".join(html(c) for c in extras.capacities)
        rows.append(
            _row(
                f'<FONT POINT-SIZE="10" COLOR="{OVERLAY.joint}">{caps}</FONT>',
                fill=OVERLAY.capacity_fill,
            )
        )
    if extras.audit:
        ink, fill = (
            (OVERLAY.audit, OVERLAY.audit_fill) if extras.audit_direct else (INK, WORKER_FILL)
        )
        rows.append(
            _row(f'<FONT POINT-SIZE="9" COLOR="{ink}">{html(extras.audit)}</FONT>', fill=fill)
        )
    rows.extend(
        _worker_rows(
            workers,
            worker_marks or {},
            collapse=collapse_workers,
            lang=lang,
            incident=extras.incident_worker,
        )
    )
    if extras.incident_worker is not None and not workers:
        note = f"{WORDS['incident_worker'](lang)}: {shorten(clean(extras.incident_note), WORKER_COLUMNS)}"
        rows.append(
            _row(
                f'<FONT POINT-SIZE="10" COLOR="{OVERLAY.incident}"><B>{html(note)}</B></FONT>',
                border=OVERLAY.incident,
            )
        )
    if findings:
        rows.append(_row(code_marks(findings, lang)))
    border = (
        OVERLAY.incident if extras.incident else (OVERLAY.path if extras.on_path else style.border)
    )
    thickness = 3 if (extras.incident or extras.on_path) else 1
    table = (
        f'<TABLE BORDER="{thickness}" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4" '
        + (f'STYLE="{style.table_style}" ' if style.table_style else "")
        + f'COLOR="{border}" BGCOLOR="{style.body_fill}">'
    )
    return Html(table + "<HR/>".join(rows) + "</TABLE>")


def _status_text(
    statuses: Sequence[str],
    findings: Sequence[MarkFacts],
    delegation: DelegationFacts | None,
    lang: str,
) -> str:
    words: list[str] = []
    for s in statuses:
        if s == "missing":
            docs = catalog()
            for f in findings:
                doc = docs.get(f.code)
                if doc is None or doc.edge_status != "missing":
                    continue
                why = doc.edge_why
                # A missing consent the profile asks for as a notification (the kind
                # the finding's fact names) is a missing notification.
                if doc.document_parameter and f.facts.get(doc.document_parameter) == _NOTIFIED:
                    why = WORDS["notification"]
                if why is not None and why(lang) not in words:
                    words.append(why(lang))
        elif s == "approved" and delegation is not None:
            kinds = {d.kind for d in delegation.documents}
            if "approval" in kinds:
                words.append(L("承諾あり", "consented")(lang))
            elif "notification" in kinds:
                words.append(L("届出あり", "notified")(lang))
            else:
                words.append(STATUS_WORDS["approved"](lang))
        else:
            words.append(STATUS_WORDS[s](lang))
    return " · ".join(words)


def edge_label(
    kind: L,
    statuses: Sequence[str],
    findings: Sequence[MarkFacts],
    delegation: DelegationFacts | None,
    lang: str,
    *,
    on_path: bool = False,
) -> Html:
    """A delegation's label: its kind (委託, 再委託...), its status and the codes found on it."""
    colour = EDGE_STYLES[statuses[0]].color
    head = kind(lang)
    rows = [
        f'<TR><TD WIDTH="{text_width(head, 11, bold=True)}">'
        f'<FONT POINT-SIZE="11"><B>{html(head)}</B></FONT></TD></TR>'
    ]
    if statuses[0] != "contract":
        status = _status_text(statuses, findings, delegation, lang)
        rows.append(
            f'<TR><TD WIDTH="{text_width(status, 9)}">'
            f'<FONT POINT-SIZE="9" COLOR="{colour}">{html(status)}</FONT></TD></TR>'
        )
    if findings:
        rows.append(f"<TR><TD>{code_marks(findings, lang, size=8)}</TD></TR>")
    fill = OVERLAY.capacity_fill if on_path else "#ffffff"
    return Html(
        f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR="{fill}">'
        + "".join(rows)
        + "</TABLE>"
    )
