"""Writing JSON output: indented, UTF-8, identical to ``json.dumps(indent=2)``, but fast.

Large reports (tens of thousands of findings) made the standard library's
pure-Python indenting encoder the slowest step of ``chain validate``;
orjson writes the same bytes in a fraction of the time.
"""

from __future__ import annotations

from typing import Any

__all__ = ["dump_json"]


def dump_json(doc: Any) -> str:
    """``doc`` as indented JSON text with a final newline; non-ASCII kept as is."""
    import orjson  # imported on first use: text output (the usual case) never needs it

    # The newline written by orjson, not added to the text: a copy less of a large report.
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")
