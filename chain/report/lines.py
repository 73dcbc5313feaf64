"""Where in the file a report's findings and problems are: the line and column of their
pointers, for the text, JSON and SARIF reports alike."""

from __future__ import annotations

from chain.format.positions import Positions, positions_of
from chain.validate import FileResult

__all__ = ["locate"]


def locate(result: FileResult) -> Positions | None:
    """Line/column lookup for a result's input, when the input is small enough to scan."""
    if result.data is None:
        return None
    pos = positions_of(result.data)
    if result.report is not None:
        pos.want(f.pointer for f in result.report.findings)
        pos.want(o.pointer for o in result.report.omitted)
    return pos
