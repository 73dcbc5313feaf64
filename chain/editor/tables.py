"""The chain as tables: one pandas DataFrame per list, and back, losing nothing.

Officers edit a chain the way they edit their Excel sheets: a table of
parties, of delegations, of each delegation's documents, of workers and of
places, and a form for the contract. This module turns the chain document
(:mod:`chain.editor.document`) into those tables and the edited tables back into
the document.

The round trip keeps everything:

- cells are kept as typed. Numbers and dates are edited as text, so "3人"
  or "令和7年13月1日" stays in the document and checking it yields a
  located problem (``/workers/2/count``) instead of the value vanishing;
- a text typed into a number column becomes a JSON number only when it
  reads as one;
- whatever a row holds beyond the table's columns (a delegation's
  documents, keys the format does not know) rides along in the hidden
  ``_extra`` column and is merged back.

The columns are defined in :mod:`chain.format.table_specs`; :mod:`chain.editor.locate`
turns a problem's JSON pointer into the table cell where it can be fixed.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from chain.format.table_specs import EXTRA, TABLES, Column, TableSpec

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EXTRA",
    "TABLES",
    "from_frame",
    "from_row",
    "from_rows",
    "records",
    "to_frame",
    "to_row",
]

# --- one record <-> one row ------------------------------------------------------------


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return value == ""
    try:
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    except ImportError:  # pragma: no cover - pandas is a dependency of the app
        return False


def _get(record: Any, keys: list[str]) -> Any:
    for k in keys:
        if not isinstance(record, dict) or k not in record:
            return None
        record = record[k]
    return record


def _cell(column: Column, value: Any) -> Any:
    """A record value as shown in its column."""
    if value is None:
        return None
    if column.kind in ("list", "enum_list"):
        if isinstance(value, list):
            return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value]
        return [_text(value)]
    if column.kind == "bool":
        return value if isinstance(value, bool) else _text(value)
    return _text(value)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def to_row(spec: TableSpec, record: Any) -> dict[str, Any]:
    """One record as a row: a cell per column, and ``_extra`` for everything else."""
    row = {c.path: _cell(c, _get(record, c.keys)) for c in spec.columns}
    extra = _rest(record, spec.columns)
    row[EXTRA] = None if extra in (None, {}) else json.dumps(extra, ensure_ascii=False)
    return row


def _rest(record: Any, columns: Iterable[Column]) -> Any:
    """The record without the columns' fields (empty objects left behind are dropped)."""
    if not isinstance(record, dict):
        return record
    rest = json.loads(json.dumps(record))
    for c in columns:
        *parents, leaf = c.keys
        node = rest
        chain = []
        for k in parents:
            if not isinstance(node, dict) or not isinstance(node.get(k), dict):
                node = None
                break
            chain.append((node, k))
            node = node[k]
        if isinstance(node, dict):
            node.pop(leaf, None)
            for holder, k in reversed(chain):
                if holder[k] == {}:
                    del holder[k]
    return rest


_INT = re.compile(r"^[+-]?\d{1,15}$")
_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _value(column: Column, cell: Any) -> Any:
    """A cell as the record value; ``None`` means "leave the field out"."""
    if column.kind in ("list", "enum_list"):
        if _blank(cell):
            return None
        items = list(cell) if _listlike(cell) else [cell]
        out = [str(v) for v in items if not _blank(v)]
        return out
    if _blank(cell):
        return None
    if column.kind == "bool":
        if isinstance(cell, bool):
            return cell
        try:
            import numpy as np

            if isinstance(cell, np.bool_):
                return bool(cell)
        except ImportError:  # pragma: no cover
            pass
        return str(cell)
    text = cell if isinstance(cell, str) else _text(_plain(cell))
    if column.kind in ("int", "float"):
        norm = unicodedata.normalize("NFKC", text).strip().replace(",", "")
        if _INT.match(norm):
            return int(norm)
        if column.kind == "float" and _FLOAT.match(norm):
            number = float(norm)
            if math.isfinite(number):
                return number
    return text


def _plain(value: Any) -> Any:
    """numpy scalars as Python values."""
    item = getattr(value, "item", None)
    return item() if callable(item) and not isinstance(value, str | bytes) else value


def _listlike(value: Any) -> bool:
    return isinstance(value, list | tuple) or (
        hasattr(value, "__iter__") and hasattr(value, "dtype") and not isinstance(value, str)
    )


_NO_EXTRA = object()


def _extra(text: Any) -> Any:
    """The fields a row keeps out of sight, or ``_NO_EXTRA``. The hidden cell is written by
    :func:`to_row`; one that is not JSON (only a forged edit could make it so) is ignored."""
    if _blank(text):
        return _NO_EXTRA
    try:
        return json.loads(str(text))
    except ValueError:
        return _NO_EXTRA


def from_row(spec: TableSpec, row: Mapping[str, Any], base: Any = None) -> Any:
    """A row back as a record: ``_extra`` (or ``base``'s other fields) plus the cells."""
    record = _extra(row.get(EXTRA))
    if record is _NO_EXTRA:
        record = _rest(base, spec.columns) if isinstance(base, dict) else {}
    if not isinstance(record, dict):
        # A non-object row (only in a broken file) comes back as it was unless edited.
        if all(_blank(row.get(c.path)) for c in spec.columns):
            return record
        record = {}
    for c in spec.columns:
        value = _value(c, row.get(c.path))
        if value is None:
            continue
        node = record
        *parents, leaf = c.keys
        for k in parents:
            if not isinstance(node.get(k), dict):
                node[k] = {}
            node = node[k]
        node[leaf] = value
    return _ordered(record, spec)


def _ordered(record: dict[str, Any], spec: TableSpec) -> dict[str, Any]:
    """Keys in the format's order (columns first), so downloads read like the samples."""
    order = []
    for c in spec.columns:
        if c.keys[0] not in order:
            order.append(c.keys[0])
    out = {k: record[k] for k in order if k in record}
    out.update({k: v for k, v in record.items() if k not in out})
    return out


# --- the document <-> frames -------------------------------------------------------------


def records(doc: Mapping[str, Any], table: str, parent: int | None = None) -> list[Any]:
    """The records a table shows (the contract as a one-record list)."""
    spec = TABLES[table]
    if spec.single:
        value = doc.get(table)
        return [value] if value is not None else []
    if spec.nested:
        delegations = doc.get("delegations")
        if (
            parent is None
            or not isinstance(delegations, list)
            or not 0 <= parent < len(delegations)
        ):
            return []
        holder = delegations[parent]
        value = holder.get("documents") if isinstance(holder, dict) else None
    else:
        value = doc.get(table)
    return list(value) if isinstance(value, list) else []


def to_frame(doc: Mapping[str, Any], table: str, parent: int | None = None) -> pd.DataFrame:
    """The table as a DataFrame: columns by field path, plus the hidden ``_extra``."""
    import pandas as pd

    spec = TABLES[table]
    rows = [to_row(spec, r) for r in records(doc, table, parent)]
    columns = [c.path for c in spec.columns] + [EXTRA]
    frame = pd.DataFrame(
        {col: pd.Series([r[col] for r in rows], dtype=object) for col in columns},
        columns=columns,
    )
    return frame


def from_frame(
    doc: Mapping[str, Any], table: str, frame: pd.DataFrame, parent: int | None = None
) -> dict[str, Any]:
    """A copy of ``doc`` with the table replaced by the frame's rows, in their order."""
    # The frame's columns are the table's column names (to_frame), so its labels are str.
    rows = cast("list[Mapping[str, Any]]", frame.to_dict(orient="records"))
    return from_rows(doc, table, rows, parent)


def from_rows(
    doc: Mapping[str, Any],
    table: str,
    rows: Sequence[Mapping[str, Any]],
    parent: int | None = None,
) -> dict[str, Any]:
    """A copy of ``doc`` with the table replaced by ``rows`` (cells by column), in their order.

    Only what the table replaces is new: the other tables (and, for a delegation's
    documents, the other delegations) are the very objects of ``doc``, which no editor
    changes in place. A copy of the whole document held a 58 MB chain's document twice
    while an edit was stored (about 320 MB more)."""
    spec = TABLES[table]
    out = dict(doc)
    if spec.single:
        base = out.get(table)
        out[table] = from_row(spec, rows[0], base) if rows else json.loads(json.dumps(base))
        return out
    new = [from_row(spec, row) for row in rows]
    if spec.nested:
        delegations = out.get("delegations")
        if (
            parent is None
            or not isinstance(delegations, list)
            or not 0 <= parent < len(delegations)
        ):
            raise IndexError(f"no delegation at position {parent}")
        holder = delegations[parent]
        if not isinstance(holder, dict):
            raise IndexError(f"delegation {parent} is not an object")
        delegations = out["delegations"] = list(delegations)
        delegations[parent] = _ordered({**holder, "documents": new}, TABLES["delegations"])
    else:
        out[table] = new
    return out
