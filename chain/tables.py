"""The chain as tables: one pandas DataFrame per list, and back, losing nothing.

Officers edit a chain the way they edit their Excel sheets: a table of
parties, of delegations, of each delegation's documents, of workers and of
places, and a form for the contract. This module turns the chain document
(:mod:`chain.document`) into those tables and the edited tables back into
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

:func:`locate` turns a problem's JSON pointer into the table, row and
column where the officer can fix it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from chain.pointer import split
from chain.vocab import DOCUMENT_KINDS, EMPLOYMENTS, PARTY_KINDS, PLACE_KINDS, PROVISIONS, ROLES, L

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EXTRA",
    "TABLES",
    "Column",
    "Location",
    "TableSpec",
    "field_label",
    "from_frame",
    "from_row",
    "locate",
    "records",
    "to_frame",
    "to_row",
]

Kind = Literal["text", "int", "float", "bool", "list", "enum", "enum_list"]

#: Hidden column carrying what a row holds beyond the table's columns (JSON text).
EXTRA = "_extra"

PARENT_BASES = {
    "voting_rights": L("議決権の過半数", "majority of voting rights"),
    "substantive_control": L("実質的な支配", "control in substance"),
}


@dataclass(frozen=True)
class Column:
    """A column of a table: a field of the record, addressed by a dotted path."""

    path: str
    label: L
    kind: Kind = "text"
    options: Mapping[str, L] | None = None
    """Allowed values and their labels, for ``enum`` and ``enum_list`` columns."""

    @property
    def keys(self) -> list[str]:
        return self.path.split(".")


@dataclass(frozen=True)
class TableSpec:
    """A table of the editor: where its records live and which columns it shows."""

    name: str
    label: L
    columns: tuple[Column, ...]
    nested: bool = False
    """Records live inside a delegation (``delegations/N/documents``)."""
    single: bool = False
    """One record, not a list (the contract)."""

    def column(self, path: str) -> Column | None:
        return next((c for c in self.columns if c.path == path), None)


def _c(path: str, ja: str, en: str, kind: Kind = "text", options=None) -> Column:
    return Column(path, L(ja, en), kind, options)


TABLES: dict[str, TableSpec] = {
    "contract": TableSpec(
        "contract",
        L("契約", "Contract"),
        (
            _c("title", "契約件名", "title"),
            _c("reference", "契約番号", "reference"),
            _c("template", "特記事項のテンプレート", "template"),
            _c("municipality", "発注者（ID）", "municipality (id)"),
            _c("contractor", "受託者（ID）", "contractor (id)"),
            _c("work", "業務の内容", "work"),
            _c("period.start", "契約期間（開始）", "period start"),
            _c("period.end", "契約期間（終了）", "period end"),
            _c("personal_data", "個人情報の項目", "personal data", "list"),
            _c("specific_personal_information", "特定個人情報を含む", "includes My Number data",
               "bool"),
            _c("pledges_instructed", "誓約書の提出を指示済み", "pledges instructed", "bool"),
            _c("signed_on", "契約締結日", "signed on"),
            _c("note", "備考", "note"),
        ),
        single=True,
    ),
    "parties": TableSpec(
        "parties",
        L("事業者・発注者", "Parties"),
        (
            _c("id", "ID", "id"),
            _c("kind", "種別", "kind", "enum", PARTY_KINDS),
            _c("name", "名称", "name"),
            _c("corporate_number", "法人番号", "corporate number"),
            _c("representative", "代表者", "representative"),
            _c("address", "所在地", "address"),
            _c("contact.department", "連絡先（部署）", "contact department"),
            _c("contact.person", "連絡先（担当者）", "contact person"),
            _c("contact.phone", "連絡先（電話）", "contact phone"),
            _c("contact.email", "連絡先（メール）", "contact email"),
            _c("parent.party", "親会社（ID）", "parent company (id)"),
            _c("parent.basis", "支配の根拠", "basis of control", "enum", PARENT_BASES),
            _c("parent.voting_share_percent", "議決権割合（%）", "voting share (%)", "float"),
            _c("note", "備考", "note"),
        ),
    ),
    "delegations": TableSpec(
        "delegations",
        L("委託（再委託・再々委託）", "Delegations"),
        (
            _c("id", "ID", "id"),
            _c("delegator", "委託元（ID）", "delegator (id)"),
            _c("delegate", "委託先（ID）", "delegate (id)"),
            _c("work", "業務の内容", "work"),
            _c("personal_data", "取り扱う個人情報", "personal data", "list"),
            _c("period.start", "期間（開始）", "period start"),
            _c("period.end", "期間（終了）", "period end"),
            _c("reason", "必要とする理由", "reason"),
            _c("responsibility.structure", "責任体制", "responsibility structure"),
            _c("responsibility.manager", "責任者", "manager"),
            _c("responsibility.staff", "業務従事者", "staff", "list"),
            _c("protection.measures", "保護措置", "protection measures"),
            _c("protection.contract_copy", "契約書の写し添付", "contract copy attached", "bool"),
            _c("supervision", "監督方法", "supervision"),
            _c("note", "備考", "note"),
        ),
    ),
    "documents": TableSpec(
        "documents",
        L("書類", "Documents"),
        (
            _c("kind", "種類", "kind", "enum", DOCUMENT_KINDS),
            _c("date", "日付", "date"),
            _c("reference", "文書番号・件名", "reference"),
            _c("submitted_by", "提出者（ID）", "submitted by (id)"),
            _c("issued_by", "発行者（ID）", "issued by (id)"),
            _c("personal_data", "承諾した個人情報", "personal data approved", "list"),
            _c("valid_until", "承諾の期限", "valid until"),
            _c("provisions", "再委託契約で課した事項", "provisions imposed", "enum_list",
               PROVISIONS),
            _c("note", "備考", "note"),
        ),
        nested=True,
    ),
    "workers": TableSpec(
        "workers",
        L("従事者", "Workers"),
        (
            _c("id", "ID", "id"),
            _c("name", "氏名・班名", "name"),
            _c("count", "人数", "count", "int"),
            _c("party", "所属（ID）", "party (id)"),
            _c("employment", "雇用形態", "employment", "enum", EMPLOYMENTS),
            _c("dispatched_from", "派遣元（ID）", "dispatched from (id)"),
            _c("roles", "役割", "roles", "enum_list", ROLES),
            _c("start", "従事開始日", "start"),
            _c("approved_on", "従事者承認日", "approved on"),
            _c("pledge_on", "誓約書の日付", "pledge on"),
            _c("trained_on", "研修日", "trained on"),
            _c("penal_notice_on", "罰則の教示日", "penal notice on"),
            _c("briefed_on", "周知日", "briefed on"),
            _c("note", "備考", "note"),
        ),
    ),
    "places": TableSpec(
        "places",
        L("作業場所・保管場所", "Places"),
        (
            _c("id", "ID", "id"),
            _c("name", "名称", "name"),
            _c("kind", "種別", "kind", "enum", PLACE_KINDS),
            _c("party", "使用する事業者（ID）", "party (id)"),
            _c("address", "所在地", "address"),
            _c("provider", "クラウド事業者・サービス", "cloud provider"),
            _c("used_from", "使用開始日", "used from"),
            _c("approved_on", "承認日", "approved on"),
            _c("notified_on", "届出日", "notified on"),
            _c("note", "備考", "note"),
        ),
    ),
}


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


def from_row(spec: TableSpec, row: Mapping[str, Any], base: Any = None) -> Any:
    """A row back as a record: ``_extra`` (or ``base``'s other fields) plus the cells."""
    extra_text = row.get(EXTRA)
    if not _blank(extra_text):
        record = json.loads(str(extra_text))
    elif isinstance(base, dict):
        record = _rest(base, spec.columns)
    else:
        record = {}
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
        if parent is None or not isinstance(delegations, list) or not 0 <= parent < len(
            delegations
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
    spec = TABLES[table]
    out = json.loads(json.dumps(doc))
    rows = frame.to_dict(orient="records")
    if spec.single:
        base = out.get(table)
        out[table] = from_row(spec, rows[0], base) if rows else base
        return out
    new = [from_row(spec, row) for row in rows]
    if spec.nested:
        delegations = out.get("delegations")
        if parent is None or not isinstance(delegations, list) or not 0 <= parent < len(
            delegations
        ):
            raise IndexError(f"no delegation at position {parent}")
        holder = delegations[parent]
        if not isinstance(holder, dict):
            raise IndexError(f"delegation {parent} is not an object")
        holder["documents"] = new
        delegations[parent] = _ordered(holder, TABLES["delegations"])
    else:
        out[table] = new
    return out


def field_label(ref: str) -> L:
    """The column label of a profile field reference (``delegation.reason``, ``delegate.name``).

    >>> field_label("delegate.representative").ja
    '事業者・発注者「代表者」'
    """
    root, _, path = ref.partition(".")
    table = {"delegation": "delegations", "delegate": "parties"}.get(root)
    spec = TABLES.get(table) if table else None
    col = spec.column(path) if spec else None
    label = col.label if col is not None else _GROUPS.get(path)
    if spec is None or label is None:
        return L(ref, ref)
    return L(f"{spec.label.ja}「{label.ja}」", f"{spec.label.en}: {label.en}")


# Objects whose fields are separate columns, named as a whole by some references.
_GROUPS = {"contact": L("連絡先", "contact")}


# --- where a pointer is in the tables -------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A place in the editor: a table, its row (and the delegation for documents), a column."""

    table: str
    row: int | None = None
    column: str | None = None
    parent: int | None = None
    """For documents: the position of their delegation."""

    def label(self, lang: str = "ja") -> str:
        """Where to look, in words: ``委託 1行目の書類 2行目「日付」``."""
        spec = TABLES.get(self.table)
        ja = lang != "en"
        text = spec.label(lang) if spec else self.table
        if self.parent is not None:
            parent = TABLES["delegations"].label(lang)
            text = (f"{parent} {self.parent + 1}行目の{text}" if ja
                    else f"{text} of {parent.lower()} row {self.parent + 1}")
        if self.row is not None and not (spec and spec.single):
            text += f" {self.row + 1}行目" if ja else f", row {self.row + 1}"
        col = spec.column(self.column) if spec and self.column else None
        name = col.label(lang) if col else self.column
        if name:
            text += f"「{name}」" if ja else f", “{name}”"
        return text


def locate(pointer: str) -> Location | None:
    """The table cell a JSON pointer names, or ``None`` for the document as a whole.

    >>> locate("/workers/2/count")
    Location(table='workers', row=2, column='count', parent=None)
    >>> locate("/delegations/0/documents/1/date")
    Location(table='documents', row=1, column='date', parent=0)
    >>> locate("/contract/period/start")
    Location(table='contract', row=0, column='period.start', parent=None)
    """
    tokens = split(pointer)
    if not tokens:
        return None
    head, rest = tokens[0], tokens[1:]
    if head == "contract":
        return Location("contract", 0, _column("contract", rest))
    if head not in TABLES or TABLES[head].single or TABLES[head].nested:
        return Location(head) if head in TABLES else None
    if not rest:
        return Location(head)
    if not rest[0].isdigit():
        return Location(head)
    row = int(rest[0])
    if head == "delegations" and len(rest) >= 2 and rest[1] == "documents":
        if len(rest) >= 3 and rest[2].isdigit():
            return Location("documents", int(rest[2]), _column("documents", rest[3:]), row)
        return Location("documents", None, None, row)
    return Location(head, row, _column(head, rest[1:]))


def _column(table: str, tokens: list[str]) -> str | None:
    """The longest column path the tokens start with (list indexes dropped)."""
    names = [t for t in tokens if not t.isdigit()]
    spec = TABLES[table]
    for n in range(len(names), 0, -1):
        path = ".".join(names[:n])
        if spec.column(path) is not None:
            return path
    return ".".join(names) or None
