"""How things look: colours and line styles, one place for the whole diagram.

Every status differs in line style as well as colour, so that a diagram
printed in black and white still tells them apart, and every status is
also written in the edge's label.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EDGE_STYLES",
    "INK",
    "NODE_STYLES",
    "OVERLAY",
    "SEVERITY_COLOURS",
    "SEVERITY_MARKS",
    "EdgeStyle",
    "NodeStyle",
]

INK = "#263238"
MUTED = "#607d8b"


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    style: str
    penwidth: float
    arrowhead: str = "normal"

    @property
    def dashes(self) -> tuple[int, int]:
        """Length of a stroke and of a gap, for drawing the line in the legend."""
        if "dashed" in self.style:
            return (7, 4)
        if "dotted" in self.style:
            return (2, 3)
        return (40, 0)


EDGE_STYLES: dict[str, EdgeStyle] = {
    "contract": EdgeStyle("#1a237e", "bold", 2.4),
    "approved": EdgeStyle("#2e7d32", "solid", 1.6),
    "incomplete": EdgeStyle("#e65100", "dashed", 2.0),
    "missing": EdgeStyle("#c62828", "dashed", 2.8),
    "not_contemplated": EdgeStyle("#6a1b9a", "dotted", 2.4),
    "forbidden": EdgeStyle("#b71c1c", "bold", 3.2, "tee"),
    "dispatch": EdgeStyle("#00838f", "dashed", 1.2, "empty"),
    "hidden": EdgeStyle("#90a4ae", "dotted", 1.2, "none"),
}


@dataclass(frozen=True)
class NodeStyle:
    border: str
    header_fill: str
    header_ink: str
    body_fill: str
    table_style: str


NODE_STYLES: dict[str, NodeStyle] = {
    "municipality": NodeStyle("#1a237e", "#1a237e", "#ffffff", "#e8eaf6", "rounded"),
    "company": NodeStyle("#546e7a", "#eceff1", "#37474f", "#ffffff", "rounded"),
    "agency": NodeStyle("#00897b", "#e0f2f1", "#00695c", "#ffffff", ""),
    "group": NodeStyle("#7e57c2", "#ede7f6", "#4527a0", "#faf8fd", "rounded"),
}

WORKER_FILL = "#f5f7f8"
BAND_FILL = "#eceff1"
BAND_INK = "#37474f"

SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e65100", "info": "#1565c0"}
SEVERITY_MARKS = {"error": "●", "warning": "▲", "info": "○"}


@dataclass(frozen=True)
class Overlay:
    path: str = "#ffb300"
    incident: str = "#d50000"
    joint: str = "#bf360c"
    capacity_fill: str = "#fff8e1"
    audit: str = "#2e7d32"
    audit_fill: str = "#e8f5e9"


OVERLAY = Overlay()
