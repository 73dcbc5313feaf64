"""What a diagram shows and how it is laid out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DiagramOptions"]


@dataclass(frozen=True)
class DiagramOptions:
    """Layout and content of a chain diagram.

    Parameters
    ----------
    direction
        ``"TB"``: the municipality at the top, tiers downwards; ``"LR"``: from the
        left, tiers to the right (wide chains read better this way).
    collapse_workers
        Show each party's staff as counts per employment type instead of one row each.
    max_tier
        Show tiers down to this one; below it, each party shows how many were left out.
    branch
        A party id: show only the path from the municipality to it and everything below it.
    show_findings
        Mark findings on the edge, party or worker they point at.
    show_workers
        Show staff inside each party (dispatch links stay, drawn to the party).
    show_legend
        Add a legend of what is drawn.
    lang
        ``"ja"`` or ``"en"``.
    """

    direction: Literal["TB", "LR"] = "TB"
    collapse_workers: bool = True
    max_tier: int | None = None
    branch: str | None = None
    show_findings: bool = True
    show_workers: bool = True
    show_legend: bool = True
    lang: Literal["ja", "en"] = "ja"

    def __post_init__(self) -> None:
        if self.direction not in ("TB", "LR"):
            raise ValueError(f"direction must be 'TB' or 'LR', not {self.direction!r}")
        if self.lang not in ("ja", "en"):
            raise ValueError(f"lang must be 'ja' or 'en', not {self.lang!r}")
        if self.max_tier is not None and self.max_tier < 0:
            raise ValueError("max_tier must be 0 or more")
