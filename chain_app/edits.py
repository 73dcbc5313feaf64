"""A table editor's edits applied to the rows it was given, in the order Streamlit applies them.

The edit page stores an editor's edits in the open chain from the editor's ``on_change``
callback, which Streamlit runs before it draws any page. A cell committed by the very
click that leaves the page (the officer types, then clicks 検査結果) arrives with that
page's run, in which the editor is not drawn and so never returns its edited table; the
callback is then the only code that sees the edit.

The edits are what the browser reports (see ``st.data_editor``): ``edited_rows`` maps a row
position to the new cells by column, ``deleted_rows`` lists row positions, ``added_rows``
lists new rows by column. Cell values are kept as sent; :func:`chain.editor.tables.from_row`
reads strings, booleans and lists alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["apply_edits"]


def apply_edits(
    rows: list[dict[str, Any]], columns: list[str], edits: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """``rows`` with ``edits`` applied: cells edited, then rows deleted, then rows added.

    Only the cells of ``columns``, those the officer can edit, are taken from the edits (not
    the hidden index, nor a row's hidden ``_extra``); an added row has those cells only. An
    edit naming a row that is not there is skipped.
    """
    out = [dict(r) for r in rows]
    for position, cells in _items(edits.get("edited_rows")):
        row = _position(position, len(out))
        if row is not None and isinstance(cells, Mapping):
            out[row].update({c: v for c, v in cells.items() if c in columns})
    gone = {_position(p, len(out)) for p in _list(edits.get("deleted_rows"))}
    out = [r for i, r in enumerate(out) if i not in gone]
    for added in _list(edits.get("added_rows")):
        if isinstance(added, Mapping):
            out.append({c: added.get(c) for c in columns})
    return out


def _items(value: Any) -> list[tuple[Any, Any]]:
    return list(value.items()) if isinstance(value, Mapping) else []


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _position(value: Any, count: int) -> int | None:
    """A row position as the browser sends it (an int, or its text as a JSON key)."""
    try:
        position = int(value)
    except (TypeError, ValueError):
        return None
    return position if 0 <= position < count else None
