"""The legend: one row for each kind of thing the diagram actually draws."""

from __future__ import annotations

from collections.abc import Collection

from chain.diagram.dot import Html
from chain.diagram.escape import html
from chain.diagram.labels import text_width
from chain.diagram.style import (
    EDGE_STYLES,
    INK,
    NODE_STYLES,
    OVERLAY,
    SEVERITY_COLOURS,
    SEVERITY_MARKS,
    WORKER_FILL,
)
from chain.diagram.words import LEGEND, WORDS

__all__ = ["LEGEND_ORDER", "legend_label"]

#: Legend rows, in the order shown.
LEGEND_ORDER = (
    "municipality",
    "company",
    "agency",
    "group",
    "workers",
    "contract",
    "approved",
    "incomplete",
    "missing",
    "not_contemplated",
    "forbidden",
    "dispatch",
    "hidden",
    "error",
    "warning",
    "info",
    "incident",
    "path",
    "capacity",
    "joint",
    "audit_direct",
    "audit_flow_down",
)

_BOX = "\u3000\u3000"
_LINE_WIDTH = 44


def _line(colours: tuple[str, ...], dashes: tuple[int, int], height: int) -> str:
    """A line drawn with table cells: one row per colour (a highlighted line has three)."""
    stroke, gap = dashes
    rows = []
    for colour in colours:
        cells = []
        used = 0
        while used < _LINE_WIDTH:
            on = min(stroke, _LINE_WIDTH - used)
            cells.append(
                f'<TD WIDTH="{on}" HEIGHT="{height}" FIXEDSIZE="TRUE" BGCOLOR="{colour}"></TD>'
            )
            used += on
            if gap and used < _LINE_WIDTH:
                off = min(gap, _LINE_WIDTH - used)
                cells.append(f'<TD WIDTH="{off}" HEIGHT="{height}" FIXEDSIZE="TRUE"></TD>')
                used += off
        rows.append("<TR>" + "".join(cells) + "</TR>")
    return (
        '<TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
        + "".join(rows)
        + "</TABLE></TD>"
    )


def _box(fill: str, border: str, width: int = 1) -> str:
    return f'<TD BGCOLOR="{fill}" BORDER="{width}" COLOR="{border}">{_BOX}</TD>'


def _sample(key: str) -> str:
    if key in NODE_STYLES:
        node = NODE_STYLES[key]
        return _box(node.header_fill, node.border)
    if key == "workers":
        return _box(WORKER_FILL, NODE_STYLES["company"].border)
    if key in EDGE_STYLES:
        edge = EDGE_STYLES[key]
        return _line((edge.color,), edge.dashes, 4 if edge.penwidth >= 2.4 else 2)
    if key in SEVERITY_COLOURS:
        mark = f'<FONT COLOR="{SEVERITY_COLOURS[key]}">{SEVERITY_MARKS[key]}</FONT>'
        return f"<TD>{mark}</TD>"
    if key == "incident":
        return _box(OVERLAY.incident, OVERLAY.incident, 2)
    if key == "path":
        return _line((OVERLAY.path, INK, OVERLAY.path), (40, 0), 2)
    if key == "capacity":
        return _box(OVERLAY.capacity_fill, OVERLAY.path, 2)
    if key == "audit_direct":
        return _box(OVERLAY.audit_fill, OVERLAY.audit)
    if key == "audit_flow_down":
        return _box(WORKER_FILL, INK)
    return _line((OVERLAY.joint,), (7, 4), 3)


def legend_label(used: Collection[str], lang: str) -> Html:
    """The legend as an HTML-like table listing the ``used`` keys."""
    rows = [f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{html(WORDS["legend"](lang))}</B></TD></TR>']
    for key in LEGEND_ORDER:
        if key in used:
            rows.append(
                f"<TR>{_sample(key)}"
                f'<TD ALIGN="LEFT" WIDTH="{text_width(LEGEND[key](lang), 9)}">'
                f'<FONT POINT-SIZE="9" COLOR="{INK}">'
                f"{html(LEGEND[key](lang))}</FONT></TD></TR>"
            )
    return Html(
        '<TABLE BORDER="1" COLOR="#b0bec5" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2" '
        'BGCOLOR="#ffffff">' + "".join(rows) + "</TABLE>"
    )
