"""The chain as an Excel workbook (and CSV files), out and back in, losing nothing.

Officers and contractors keep 再委託 chains in Excel. :func:`export_workbook` writes a chain
document as a workbook of one sheet per table, :func:`import_workbook` reads such a
workbook (or a CSV file per table) back into the document, and :func:`template_workbook`
writes the empty workbook a contractor fills in.

Sheets, in order:

=============  ========================================================================
案件           the contract: a header row and one row of values
事業者         the parties, one a row
委託関係       the delegations, one a row
書類           the documents, one a row; 委託関係ID names the delegation it belongs to
従事者         the workers
場所           the work and storage places
体制一覧       generated, never read back: the delegations indented by tier (derived
               from the graph, 1次 the contract, 2次 再委託, 3次 再々委託 ...)
コード         generated and hidden: the code lists feeding the drop-downs
=============  ========================================================================

The columns are the editor's (:mod:`chain.format.table_specs`), with Japanese headers (the
English label is the header's comment). Links are ids; the link columns offer the ids of
the 事業者 sheet as a drop-down, the choice columns their labels. Columns an application
must state under the profile are marked 「※」 and filled. The hidden ``_extra`` column of a
row carries what the row holds beyond its columns, and the 案件 sheet's hidden
``_document`` what the document holds beyond its tables, so that export then import gives
the same chain after canonicalisation.

Cells are text. A text is written so that reading it back gives it again and no
spreadsheet runs it: characters a person cannot see (controls, direction marks...) are
written as their code points (``<U+202E>``, :func:`chain.text.visible`; a ``<`` that would
start such a code point in the text itself is written ``<U+003C>``), and a cell starting
with a formula sign (or ``'``) gets a leading ``'``, which the import takes off. A list is
one item a line. A value its cell cannot hold as it is (a number where text belongs, an
empty list) rides in ``_extra``.

On import, headers are compared after NFKC with brackets, spaces and the 「※」 mark
ignored, and the English labels and the format's field names are accepted. A formula in an
input cell is refused, never evaluated. Problems are located by sheet, row and column
(``委託関係!R12 期間（終了）``) with stable types, in the shape of the reader's problems
(:class:`chain.format.problems.InputProblem`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple

from chain.editor.tables import from_row, to_row
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.problems import MAX_PROBLEMS, InputProblem
from chain.format.table_specs import EXTRA, TABLES, Column, TableSpec
from chain.text import excerpt, visible
from chain.vocab import L

__all__ = [
    "DOCUMENT",
    "SHEETS",
    "WorkbookProblem",
    "decode_cell",
    "encode_cell",
    "export_workbook",
    "import_csv",
    "import_path",
    "import_workbook",
    "locate",
    "normalise_header",
    "profile_of",
    "sheet_of",
    "template_workbook",
]

#: Hidden column of the 案件 sheet: what the document holds beyond its tables (JSON text).
DOCUMENT = "_document"
#: The 書類 sheet's column naming a document's delegation, and the hidden column giving the
#: delegation's position where its id does not name one delegation alone.
LINK = "_delegation"
POSITION = "_position"

#: The input sheets, in order: name, table, and other names accepted on import.
SHEETS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("案件", "contract", ("契約", "contract", "case")),
    ("事業者", "parties", ("事業者・発注者", "parties", "party")),
    ("委託関係", "delegations", ("委託", "委託（再委託・再々委託）", "delegations", "delegation")),
    ("書類", "documents", ("documents", "document")),
    ("従事者", "workers", ("workers", "worker")),
    ("場所", "places", ("作業場所・保管場所", "places", "place")),
)
OVERVIEW = "体制一覧"
CODES = "コード"

_LINK_LABEL = L("委託関係ID", "delegation (id)")
_LINK_ALIASES = ("関係ID", "委託関係", "delegation", "delegation_id", "delegation id")

#: Other headers accepted for some columns (the names of the workbooks in use).
_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("parties", "id"): ("事業者ID",),
    ("delegations", "id"): ("関係ID", "委託関係ID"),
    ("delegations", "delegator"): ("委託元ID", "委託元"),
    ("delegations", "delegate"): ("委託先ID", "委託先"),
    ("workers", "id"): ("従事者ID",),
    ("workers", "party"): ("所属事業者ID",),
    ("workers", "dispatched_from"): ("派遣元事業者ID",),
    ("places", "id"): ("場所ID",),
}

#: Headers of a tier typed in by hand: tiers are derived, so such a column is not read.
_TIER_HEADERS = ("階層", "次数", "tier", "level")

#: Columns naming a party (a drop-down of the 事業者 sheet's ids).
_PARTY_LINKS = {
    "contract": ("municipality", "contractor"),
    "parties": ("parent.party",),
    "delegations": ("delegator", "delegate"),
    "documents": ("submitted_by", "issued_by", "delegate"),
    "workers": ("party", "dispatched_from", "dispatched_to", "directed_by"),
    "places": ("party",),
}

_TRUE = ("はい", "true", "yes", "○", "◯", "有", "1")
_FALSE = ("いいえ", "false", "no", "×", "無", "0")

#: Rows a drop-down or a required mark covers below the data.
_SPARE_ROWS = 500

_HIDDEN_TYPES = frozenset({"sheet_ignored", "tier_ignored"})


def _where(sheet: str | None, row: int | None, header: str | None) -> str:
    """``委託関係!R12 期間（終了）``, or as much of it as is known."""
    if sheet is None:
        return ""
    out = sheet
    if row is not None:
        out += f"!R{row}"
    if header:
        out += f" {visible(header)}"
    return out


class WorkbookProblem(NamedTuple):
    """A problem of an imported workbook: an :class:`~chain.format.problems.InputProblem`
    (its ``line`` the sheet's row, its ``column`` the sheet's column, from 1) and the sheet
    and header where it lies. The problem's fields read through (``p.pointer``,
    ``p.message``...)."""

    problem: InputProblem
    sheet: str | None = None
    header: str | None = None

    @classmethod
    def at(
        cls,
        pointer: str,
        type: str,
        message: L,
        line: int | None = None,
        column: int | None = None,
        input: str | None = None,
        sheet: str | None = None,
        header: str | None = None,
    ) -> WorkbookProblem:
        """The problem ``InputProblem(pointer, type, message, line, column, input)`` at
        ``sheet`` and ``header``."""
        return cls(InputProblem(pointer, type, message, line, column, input), sheet, header)

    @property
    def pointer(self) -> str:
        return self.problem.pointer

    @property
    def type(self) -> str:
        return self.problem.type

    @property
    def message(self) -> L:
        return self.problem.message

    @property
    def line(self) -> int | None:
        """The sheet's row, from 1."""
        return self.problem.line

    @property
    def column(self) -> int | None:
        """The sheet's column, from 1."""
        return self.problem.column

    @property
    def input(self) -> str | None:
        return self.problem.input

    @property
    def where(self) -> str:
        """``委託関係!R12 期間（終了）``, or as much of it as is known."""
        return _where(self.sheet, self.line, self.header)

    @property
    def is_note(self) -> bool:
        """A note (an ignored sheet, a typed tier): the chain is read all the same."""
        return self.type in _HIDDEN_TYPES

    def to_dict(self) -> dict[str, Any]:
        """The problem's JSON form, with ``where`` and ``sheet`` after its message and
        ``header`` after its place in the sheet."""
        rest = self.problem.to_dict()
        out = {k: rest.pop(k) for k in ("pointer", "type", "message")}
        if self.sheet is not None:
            out["where"] = self.where
            out["sheet"] = self.sheet
        for k in ("line", "column"):
            if k in rest:
                out[k] = rest.pop(k)
        if self.header is not None:
            out["header"] = self.header
        out.update(rest)
        return out


# --- cells -----------------------------------------------------------------------------

_FORMULA_SIGNS = ("=", "+", "-", "@", "＝", "＋", "－", "＠", "'")
_CODE_POINT = re.compile(r"<U\+([0-9A-F]{4,6})>")
_LITERAL_CODE_POINT = re.compile(r"<(?=U\+[0-9A-F]{4,6}>)")


def _encode_text(text: str) -> str:
    return visible(_LITERAL_CODE_POINT.sub("<U+003C>", text))


def _decode_text(text: str) -> str:
    def point(m: re.Match[str]) -> str:
        n = int(m[1], 16)
        return chr(n) if n <= 0x10FFFF else m[0]

    return _CODE_POINT.sub(point, text)


def encode_cell(value: str | list[str]) -> str:
    """A text (or a list, one item a line) as a cell no spreadsheet runs and
    :func:`decode_cell` reads back.

    >>> encode_cell('=HYPERLINK("x")')
    '\\'=HYPERLINK("x")'
    >>> encode_cell(["氏名", "住所"])
    '氏名\\n住所'
    >>> decode_cell(encode_cell("a\\u202eb"), False)
    'a\\u202eb'
    """
    if isinstance(value, list):
        text = "\n".join(_encode_text(v) for v in value)
    else:
        text = _encode_text(value)
    return "'" + text if text.startswith(_FORMULA_SIGNS) else text


def decode_cell(text: str, as_list: bool) -> str | list[str]:
    """A cell's text as written by :func:`encode_cell` (or typed by a person)."""
    if text.startswith("'"):
        text = text[1:]
    if as_list:
        return [_decode_text(v) for v in text.replace("\r\n", "\n").split("\n")]
    return _decode_text(text)


def _hidden(value: Any) -> str:
    """A value for a hidden column: its JSON, written as a cell (:func:`encode_cell`)."""
    return encode_cell(json.dumps(value, ensure_ascii=False))


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(
        b, sort_keys=True, ensure_ascii=False
    )


_ABSENT = object()


def _lookup(record: Any, keys: list[str]) -> Any:
    for k in keys:
        if not isinstance(record, dict) or k not in record:
            return _ABSENT
        record = record[k]
    return record


def _put(record: dict[str, Any], keys: list[str], value: Any) -> None:
    node = record
    for k in keys[:-1]:
        if not isinstance(node.get(k), dict):
            node[k] = {}
        node = node[k]
    node[keys[-1]] = value


def _label_of(column: Column, code: str) -> str:
    options = column.options or {}
    return options[code].ja if code in options else code


def _shown(column: Column, value: Any) -> str | None:
    """The text of a cell for a record's value (``None``: an empty cell)."""
    if value is None:
        return None
    if column.kind == "bool" and isinstance(value, bool):
        return "はい" if value else "いいえ"
    if column.kind == "float" and isinstance(value, float):
        return encode_cell(repr(value))
    if column.kind == "enum" and isinstance(value, str):
        return encode_cell(_label_of(column, value))
    if column.kind == "enum_list" and isinstance(value, list):
        return encode_cell([_label_of(column, v) for v in value])
    if isinstance(value, list):
        return encode_cell([str(v) for v in value])
    return encode_cell(str(value))


def _codes(column: Column) -> dict[str, str]:
    """Labels (normalised, Japanese and English) and codes of a choice column, to codes."""
    out: dict[str, str] = {}
    for code, label in (column.options or {}).items():
        for word in (label.ja, label.en, code):
            out.setdefault(_norm(word), code)
    return out


def _cell_value(column: Column, text: str | None) -> Any:
    """A cell's text as the row value :func:`chain.editor.tables.from_row` takes."""
    if text is None or text == "":
        return None
    if column.kind in ("list", "enum_list"):
        items = decode_cell(text, True)
        if column.kind == "enum_list":
            codes = _codes(column)
            items = [codes.get(_norm(v), v) for v in items]
        return items
    value = decode_cell(text, False)
    assert isinstance(value, str)
    if column.kind == "bool":
        word = _norm(value)
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    if column.kind == "enum":
        return _codes(column).get(_norm(value), value)
    return value


def _row_cells(spec: TableSpec, record: Any) -> tuple[list[str | None], str | None]:
    """The cells of a record (by column) and its ``_extra``: a value its cell would not
    give back as it is goes to ``_extra`` and leaves the cell empty."""
    row = to_row(spec, record)
    extra_text = row.get(EXTRA)
    if not isinstance(record, dict):
        return [None] * len(spec.columns), _hidden(record)
    extra: dict[str, Any] = json.loads(extra_text) if extra_text else {}
    shown: list[tuple[Column, Any, str | None]] = []
    backs: dict[str, Any] = {}
    for c in spec.columns:
        value = _lookup(record, c.keys)
        text = None if value is _ABSENT else _shown(c, value)
        shown.append((c, value, text))
        backs[c.path] = _cell_value(c, text)
    rebuilt = from_row(spec, backs)  # the record the cells alone give back
    cells: list[str | None] = []
    for c, value, text in shown:
        if value is _ABSENT:
            cells.append(None)
            continue
        got = _lookup(rebuilt, c.keys)
        if backs[c.path] is not None and (
            (type(got) is str and type(value) is str and got == value) or _same(got, value)
        ):
            cells.append(text)
        else:
            _put(extra, c.keys, value)
            cells.append(None)
    if extra or all(c is None for c in cells):  # an empty record is a row all the same
        return cells, _hidden(extra)
    return cells, None


# --- export ----------------------------------------------------------------------------


@dataclass
class _Table:
    """A sheet to write: headers, their comments and marks, rows, hidden columns."""

    name: str
    spec: TableSpec
    headers: list[str]
    keys: list[str]
    rows: list[list[str | None]] = field(default_factory=list)


def _required(profile: Any) -> dict[tuple[str, str], str]:
    """The (table, column) pairs the profile's application items name, with the label of
    the item list naming them first."""
    out: dict[tuple[str, str], str] = {}
    if profile is None:
        return out
    where = {"delegation": "delegations", "delegate": "parties"}
    for lst in profile.item_lists.values():
        for item in lst.items:
            for ref in item.fields:
                head, _, rest = str(ref).partition(".")
                if head in where and rest:
                    out.setdefault((where[head], rest), f"{lst.label.ja}: {item.label.ja}")
    return out


def _columns(table: str) -> list[tuple[str, Column | None]]:
    spec = TABLES[table]
    cols: list[tuple[str, Column | None]] = [(c.path, c) for c in spec.columns]
    if table == "documents":
        cols.insert(0, (LINK, None))
    return cols


def _tables(doc: Mapping[str, Any]) -> tuple[list[_Table], dict[str, Any]]:
    """The sheets of ``doc`` and what the document holds beyond them."""
    rest = {k: v for k, v in doc.items()}
    present: list[str] = []
    out: list[_Table] = []
    delegations = doc.get("delegations") if isinstance(doc.get("delegations"), list) else None
    ids: dict[str, int] = {}
    for d in delegations or []:
        did = d.get("id") if isinstance(d, dict) else None
        if isinstance(did, str):
            ids[did] = ids.get(did, 0) + 1
    for sheet, table, _ in SHEETS:
        spec = TABLES[table]
        keys = [k for k, _ in _columns(table)] + [EXTRA]
        headers = [_LINK_LABEL.ja if c is None else c.label.ja for _, c in _columns(table)]
        headers.append(EXTRA)
        t = _Table(sheet, spec, headers, keys)
        if table == "documents":
            keys.append(POSITION)
            headers.append(POSITION)
            for i, d in enumerate(delegations or []):
                docs = d.get("documents") if isinstance(d, dict) else None
                if not isinstance(docs, list) or not docs:
                    continue
                did = d.get("id")
                alone = isinstance(did, str) and ids.get(did) == 1
                for rec in docs:
                    cells, extra = _row_cells(spec, rec)
                    t.rows.append(
                        [
                            encode_cell(did) if isinstance(did, str) else None,
                            *cells,
                            extra,
                            None if alone else str(i + 1),
                        ]
                    )
        elif table == "contract":
            value = doc.get("contract")
            if isinstance(value, dict):
                present.append(table)
                rest.pop(table, None)
                cells, extra = _row_cells(spec, value)
                t.rows.append([*cells, extra])
        else:
            value = doc.get(table)
            if isinstance(value, list):
                present.append(table)
                rest.pop(table, None)
                for rec in value:
                    if table == "delegations" and isinstance(rec, dict):
                        docs = rec.get("documents")
                        if isinstance(docs, list) and docs:
                            rec = {k: v for k, v in rec.items() if k != "documents"}
                    cells, extra = _row_cells(spec, rec)
                    t.rows.append([*cells, extra])
        out.append(t)
    return out, {"rest": rest, "tables": present}


def _style():
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "head": Font(bold=True),
        "head_fill": PatternFill("solid", fgColor="DDDDDD"),
        "req_fill": PatternFill("solid", fgColor="FFE699"),
        "wrap": Alignment(wrap_text=True, vertical="top"),
    }


def _width(texts: Iterable[str | None]) -> float:
    longest = 0
    for t in texts:
        if not t:
            continue
        line = max((len(x) for x in t.split("\n")), default=0)
        wide = sum(1 for ch in t[:80] if unicodedata.east_asian_width(ch) in "WF")
        longest = max(longest, min(60, line + wide))
    return max(8.0, min(60.0, longest + 2.0))


def _write(
    tables: list[_Table],
    document: dict[str, Any] | None,
    profile: Any,
    overview: list[list[Any]] | None,
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    st = _style()
    required = _required(profile)
    book = Workbook()
    book.remove(book.active)
    codes = book.create_sheet(CODES)
    code_ranges: dict[tuple[str, str], str] = {}
    code_col = 0
    for t in tables:
        for c in t.spec.columns:
            if c.kind == "enum" and c.options and (t.spec.name, c.path) not in code_ranges:
                code_col += 1
                letter = get_column_letter(code_col)
                codes.cell(1, code_col, value=f"{t.name}: {c.label.ja}").data_type = "s"
                for r, label in enumerate(c.options.values(), start=2):
                    codes.cell(r, code_col, value=encode_cell(label.ja)).data_type = "s"
                end = len(c.options) + 1
                code_ranges[(t.spec.name, c.path)] = f"'{CODES}'!${letter}$2:${letter}${end}"
    bools_col = code_col + 1
    codes.cell(1, bools_col, value="はい/いいえ")
    codes.cell(2, bools_col, value="はい")
    codes.cell(3, bools_col, value="いいえ")
    bool_range = f"'{CODES}'!${get_column_letter(bools_col)}$2:${get_column_letter(bools_col)}$3"
    parties_rows = next((len(t.rows) for t in tables if t.spec.name == "parties"), 0)
    party_range = f"'事業者'!$A$2:$A${parties_rows + _SPARE_ROWS + 1}"

    for t in tables:
        ws = book.create_sheet(t.name)
        last = len(t.rows) + _SPARE_ROWS + 1
        for j, (key, header) in enumerate(zip(t.keys, t.headers, strict=True), start=1):
            column = t.spec.column(key)
            need = required.get((t.spec.name, key))
            text = ("※" + header) if need else header
            cell = ws.cell(1, j, value=text)
            cell.data_type = "s"
            cell.font = st["head"]
            cell.fill = st["req_fill"] if need else st["head_fill"]
            cell.alignment = st["wrap"]
            if column is not None:
                note = column.label.en + (f"\n※ {need}" if need else "")
                cell.comment = Comment(note, "subcontract-chain")
            elif key == LINK:
                cell.comment = Comment(_LINK_LABEL.en, "subcontract-chain")
            letter = get_column_letter(j)
            values = [row[j - 1] for row in t.rows]
            ws.column_dimensions[letter].width = _width([header, *values])
            if key in (EXTRA, DOCUMENT, POSITION):
                ws.column_dimensions[letter].hidden = True
            rng = f"{letter}2:{letter}{last}"
            formula = None
            if column is not None and column.kind == "enum":
                formula = code_ranges.get((t.spec.name, key))
            elif column is not None and column.kind == "bool":
                formula = bool_range
            elif key in _PARTY_LINKS.get(t.spec.name, ()):
                formula = party_range
            if formula:
                dv = DataValidation(
                    type="list",
                    formula1=formula,
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning",
                )
                dv.add(rng)
                ws.add_data_validation(dv)
        for i, row in enumerate(t.rows, start=2):
            for j, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(i, j, value=value)
                cell.data_type = "s"
                cell.alignment = st["wrap"]
        # Typed cells stay text: the columns' cells are formatted as text ("@").
        for j in range(1, len(t.keys) + 1):
            ws.column_dimensions[get_column_letter(j)].number_format = "@"
        if t.spec.name == "contract" and document is not None:
            j = len(t.keys) + 1
            ws.cell(1, j, value=DOCUMENT).data_type = "s"
            ws.cell(2, j, value=_hidden(document)).data_type = "s"
            ws.column_dimensions[get_column_letter(j)].hidden = True
        ws.freeze_panes = "A2"

    if overview is not None:
        ws = book.create_sheet(OVERVIEW)
        head = ["階層", "名称", "委託元", "業務の内容", "委託関係ID", "事業者ID"]
        for j, h in enumerate(head, start=1):
            cell = ws.cell(1, j, value=h)
            cell.font = st["head"]
            cell.fill = st["head_fill"]
        from openpyxl.styles import Alignment

        for i, line in enumerate(overview, start=2):
            indent = int(line[0])
            for j, value in enumerate(line[1:], start=1):
                cell = ws.cell(i, j, value=encode_cell(value) if value else None)
                cell.data_type = "s"
                if j == 2:
                    cell.alignment = Alignment(indent=max(0, indent), wrap_text=True)
        for j, h in enumerate(head, start=1):
            letter = get_column_letter(j)
            ws.column_dimensions[letter].width = _width([h, *(str(r[j]) for r in overview)])
        ws.freeze_panes = "A2"
        ws.protection.sheet = True
    book.move_sheet(CODES, offset=len(book.sheetnames))
    codes.sheet_state = "hidden"
    codes.protection.sheet = True
    book.properties.creator = "subcontract-chain"
    book.properties.created = book.properties.modified = datetime(2000, 1, 1)
    buf = io.BytesIO()
    book.save(buf)
    return _fixed_dates(buf.getvalue())


def _fixed_dates(data: bytes) -> bytes:
    """The workbook with its parts dated 2000-01-01, so that one chain gives one file."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            part.compress_type = zipfile.ZIP_DEFLATED
            part.external_attr = info.external_attr
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", body
                )
            dst.writestr(part, body)
    return out.getvalue()


def _overview(doc: Mapping[str, Any]) -> list[list[Any]]:
    """The 体制一覧 rows: indent, 階層, name, delegator's name, work, delegation id, party id;
    derived from the graph of the chain, depth first from the contractor."""
    from chain.format.problems import ChainInputError
    from chain.format.read import parse_chain
    from chain.graph.build import analyse

    try:
        chain = parse_chain(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    except ChainInputError:
        return [[0, "—", "体制を導けません（チェーンの形式に誤りがあります）", "", "", "", ""]]
    graph = analyse(chain)
    names = {p.id: p.name for p in reversed(chain.parties)}
    rows: list[list[Any]] = []
    if graph.municipality:
        rows.append(
            [0, "発注者", names.get(graph.municipality, ""), "", "", "", graph.municipality]
        )
    seen: set[int] = set()

    def walk(edge: Any, tier: int, path: tuple[str, ...]) -> None:
        if id(edge) in seen:
            return
        seen.add(id(edge))
        work = chain.contract.work if edge.is_contract else chain.delegations[edge.index].work
        rows.append(
            [
                tier,
                f"{tier}次",
                names.get(edge.delegate, edge.delegate),
                names.get(edge.delegator, edge.delegator),
                work or "",
                "" if edge.is_contract else edge.id,
                edge.delegate,
            ]
        )
        if edge.delegate in path:
            return
        for nxt in graph.outgoing.get(edge.delegate, []):
            walk(nxt, tier + 1, (*path, edge.delegate))

    for e in graph.edges:
        if e.is_contract:
            walk(e, 1, (e.delegator,))
    for e in graph.edges:
        if id(e) not in seen:
            seen.add(id(e))
            work = "" if e.index is None else chain.delegations[e.index].work or ""
            rows.append(
                [
                    0,
                    "—",
                    names.get(e.delegate, e.delegate),
                    names.get(e.delegator, e.delegator),
                    work,
                    e.id,
                    e.delegate,
                ]
            )
    return rows


def export_workbook(doc: Mapping[str, Any], profile: Any = None) -> bytes:
    """The chain document as an ``.xlsx`` workbook (the sheets of this module). Columns the
    application items of ``profile`` (a :class:`~chain.profiles.Profile`; by default the
    contract's template, where it is one) name are marked 「※」."""
    tables, document = _tables(doc)
    if profile is None:
        profile = profile_of(doc)
    return _write(tables, document, profile, _overview(doc))


def profile_of(doc: Mapping[str, Any]) -> Any:
    contract = doc.get("contract")
    template = contract.get("template") if isinstance(contract, dict) else None
    if not isinstance(template, str):
        return None
    from chain.profiles import builtin_profile_ids, load_profile

    if template not in builtin_profile_ids():
        return None
    try:
        return load_profile(template)
    except Exception:  # a profile that cannot be read marks nothing
        return None


def template_workbook(profile: Any, doc: Mapping[str, Any] | None = None) -> bytes:
    """The empty workbook a contractor fills: the sheets with headers, drop-downs and the
    items ``profile`` requires marked; the contract row filled from ``doc`` when given."""
    contract: dict[str, Any] = {}
    if doc is not None and isinstance(doc.get("contract"), dict):
        contract = dict(doc["contract"])
    if profile is not None and not contract.get("template"):
        contract["template"] = profile.id
    tables, _ = _tables({"contract": contract})
    return _write(tables, None, profile, None)


# --- import ----------------------------------------------------------------------------

_BRACKETS = re.compile(r"[()\[\]{}<>【】〔〕「」『』〈〉《》［］｛｝＜＞]")


def normalise_header(text: str) -> str:
    """A header as compared: NFKC, case folded, without brackets, spaces and 「※」.

    >>> normalise_header("※ 期間（終了）") == normalise_header("期間(終了)") == "期間終了"
    True
    """
    return _norm(_BRACKETS.sub("", unicodedata.normalize("NFKC", text)).replace("※", ""))


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _header_map(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, column in _columns(table):
        names: list[str] = [key]
        if column is None:
            names += [_LINK_LABEL.ja, _LINK_LABEL.en, *_LINK_ALIASES]
        else:
            names += [column.label.ja, column.label.en, column.path.replace(".", "_")]
            names += list(_ALIASES.get((table, key), ()))
        for n in names:
            out.setdefault(normalise_header(n), key)
    out[normalise_header(EXTRA)] = EXTRA
    if table == "documents":
        out[normalise_header(POSITION)] = POSITION
    if table == "contract":
        out[normalise_header(DOCUMENT)] = DOCUMENT
    return out


def _sheet_table(name: str) -> str | None:
    want = normalise_header(name)
    for sheet, table, aliases in SHEETS:
        if want in (normalise_header(x) for x in (sheet, table, *aliases)):
            return table
    return None


def _sheet_name(table: str) -> str:
    return next(s for s, t, _ in SHEETS if t == table)


def _limit(table: str, limits: Limits) -> int:
    return {
        "contract": 100,
        "parties": limits.max_parties,
        "delegations": limits.max_delegations,
        "documents": limits.max_delegations * 4,
        "workers": limits.max_workers,
        "places": limits.max_places,
    }[table]


#: Columns read from a sheet at most (a sheet wider than this is refused).
MAX_COLUMNS = 256


class _Refused(Exception):
    def __init__(self, problem: WorkbookProblem) -> None:
        self.problem = problem


def _p(
    kind: str,
    ja: str,
    en: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    col: int | None = None,
    header: str | None = None,
    pointer: str = "",
    value: Any = None,
) -> WorkbookProblem:
    where = ""
    if sheet is not None:
        where = _where(sheet, row, header) + ": "
    return WorkbookProblem.at(
        pointer,
        kind,
        L(where + ja, where + en),
        row,
        col,
        None if value is None else excerpt(value),
        sheet,
        header,
    )


def _text_of(value: Any) -> str | None:
    """A cell read from a file as text (a number, date or truth value typed by a person)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


@dataclass
class _Sheet:
    """The rows of one input sheet: the header row and the rows below, as text cells."""

    name: str
    header: list[str | None]
    rows: Iterator[tuple[int, list[tuple[str | None, bool]]]]
    """(row number, cells as (text, is a formula))."""
    header_formulas: Sequence[int] = ()
    """The columns (from 1) whose header is a formula."""


def _read_table(
    sheet: _Sheet, table: str, limits: Limits, problems: list[WorkbookProblem]
) -> list[tuple[int, dict[str, str | None]]]:
    """The rows of ``sheet`` as cells by column key, with their row numbers."""
    names = _header_map(table)
    keys: list[str | None] = []
    seen: dict[str, int] = {}
    for j, head in enumerate(sheet.header, start=1):
        if j in sheet.header_formulas:
            problems.append(
                _p(
                    "formula_refused",
                    "見出しに数式は使えません（計算もしません）。見出しを文字で入力してください。",
                    "A header cannot be a formula (nor is it computed); type it as text.",
                    sheet=sheet.name,
                    row=1,
                    col=j,
                    value=head,
                )
            )
            keys.append(None)
            continue
        if head is None or not head.strip():
            keys.append(None)
            continue
        norm = normalise_header(head)
        key = names.get(norm)
        if key is None:
            if norm in (normalise_header(x) for x in _TIER_HEADERS):
                problems.append(
                    _p(
                        "tier_ignored",
                        "階層は委託関係から導くため、この列は読みません。",
                        "Tiers are derived from the delegations; this column is not read.",
                        sheet=sheet.name,
                        row=1,
                        col=j,
                        header=head,
                    )
                )
            else:
                problems.append(
                    _p(
                        "unknown_column",
                        "この表にない列です（見出しを確認してください）。",
                        "Not a column of this table (check the header).",
                        sheet=sheet.name,
                        row=1,
                        col=j,
                        header=head,
                        value=head,
                    )
                )
            keys.append(None)
            continue
        if key in seen:
            problems.append(
                _p(
                    "duplicate_column",
                    f"同じ列が{seen[key]}列目にもあります。",
                    f"The same column is also column {seen[key]}.",
                    sheet=sheet.name,
                    row=1,
                    col=j,
                    header=head,
                )
            )
            keys.append(None)
            continue
        seen[key] = j
        keys.append(key)
    out: list[tuple[int, dict[str, str | None]]] = []
    limit = _limit(table, limits)
    for number, cells in sheet.rows:
        if len(cells) > MAX_COLUMNS:
            raise _Refused(
                _p(
                    "too_many_columns",
                    f"列が多すぎます（上限 {MAX_COLUMNS} 列）。",
                    f"Too many columns (at most {MAX_COLUMNS}).",
                    sheet=sheet.name,
                    row=number,
                )
            )
        if all(t is None or t == "" for t, _ in cells):
            continue
        row: dict[str, str | None] = {}
        for j, (text, formula) in enumerate(cells, start=1):
            key = keys[j - 1] if j <= len(keys) else None
            head = sheet.header[j - 1] if j <= len(sheet.header) else None
            if formula:
                problems.append(
                    _p(
                        "formula_refused",
                        "数式は読みません（計算もしません）。値を文字で入力してください。",
                        "Formulas are not read (nor computed); type the value as text.",
                        sheet=sheet.name,
                        row=number,
                        col=j,
                        header=head,
                        value=text,
                    )
                )
                continue
            if key is None:
                if text not in (None, "") and (j > len(keys) or not (head or "").strip()):
                    problems.append(
                        _p(
                            "unknown_column",
                            "見出しのない列に値があります。",
                            "A value in a column without a header.",
                            sheet=sheet.name,
                            row=number,
                            col=j,
                            value=text,
                        )
                    )
                continue
            row[key] = text
        if len(out) >= limit:
            raise _Refused(
                _p(
                    "too_many_rows",
                    f"行が多すぎます（上限 {limit:,} 行）。",
                    f"Too many rows (at most {limit:,}).",
                    sheet=sheet.name,
                    row=number,
                )
            )
        out.append((number, row))
    return out


def _record(
    table: str,
    cells: Mapping[str, str | None],
    sheet: str,
    number: int,
    problems: list[WorkbookProblem],
    pointer: str,
) -> Any:
    spec = TABLES[table]
    row: dict[str, Any] = {}
    for c in spec.columns:
        row[c.path] = _cell_value(c, cells.get(c.path))
    extra = cells.get(EXTRA)
    if extra not in (None, ""):
        try:
            text = decode_cell(extra, False)
            assert isinstance(text, str)
            json.loads(text)
            row[EXTRA] = text
        except ValueError:
            problems.append(
                _p(
                    "extra_unreadable",
                    "隠し列 _extra が JSON として読めません（手で編集しないでください）。",
                    "The hidden _extra column is not JSON (do not edit it by hand).",
                    sheet=sheet,
                    row=number,
                    header=EXTRA,
                    pointer=pointer,
                )
            )
    return from_row(spec, row)


def _assemble(
    sheets: Iterable[_Sheet], limits: Limits
) -> tuple[dict[str, Any] | None, list[WorkbookProblem]]:
    problems: list[WorkbookProblem] = []
    read: dict[str, list[tuple[int, dict[str, str | None]]]] = {}
    names: dict[str, str] = {}
    for sheet in sheets:
        table = _sheet_table(sheet.name)
        if sheet.name in (OVERVIEW, CODES):
            continue
        if table is None:
            problems.append(
                _p(
                    "sheet_ignored",
                    "この名前のシートは読みません。",
                    "A sheet of this name is not read.",
                    sheet=sheet.name,
                )
            )
            continue
        if table in read:
            problems.append(
                _p(
                    "duplicate_sheet",
                    f"同じ表のシート「{names[table]}」が先にあります。",
                    f"The sheet '{names[table]}' already holds this table.",
                    sheet=sheet.name,
                )
            )
            continue
        names[table] = sheet.name
        try:
            read[table] = _read_table(sheet, table, limits, problems)
        except _Refused as exc:
            return None, [*problems, exc.problem]
    document: dict[str, Any] = {"rest": {"format": "subcontract-chain", "version": "1.0"}}
    contract_rows = read.get("contract", [])
    if contract_rows:
        raw = contract_rows[0][1].get(DOCUMENT)
        if raw:
            try:
                loaded = json.loads(str(decode_cell(raw, False)))
                if (
                    isinstance(loaded, dict)
                    and isinstance(loaded.get("rest"), dict)
                    and isinstance(loaded.get("tables"), list)
                ):
                    document = loaded
                else:
                    raise ValueError
            except ValueError:
                problems.append(
                    _p(
                        "extra_unreadable",
                        "隠し列 _document が読めません（手で編集しないでください）。",
                        "The hidden _document column cannot be read (do not edit it by hand).",
                        sheet=names["contract"],
                        row=contract_rows[0][0],
                        header=DOCUMENT,
                    )
                )
    doc: dict[str, Any] = dict(document["rest"])
    # A workbook this module wrote names the tables its document had; any other holds them all.
    tables = document.get("tables", [t for _, t, _ in SHEETS if t != "documents"])
    for _, table, _ in SHEETS:
        if table == "documents":
            continue
        rows = read.get(table, [])
        where = names.get(table, _sheet_name(table))
        if table == "contract":
            if len(rows) > 1:
                problems.append(
                    _p(
                        "contract_rows",
                        "案件は 1 行だけ書いてください（2 行目以降は読みません）。",
                        "Write the contract on one row (the rows after it are not read).",
                        sheet=where,
                        row=rows[1][0],
                    )
                )
            if rows:
                doc["contract"] = _record(
                    table, rows[0][1], where, rows[0][0], problems, "/contract"
                )
            elif table in tables:
                doc["contract"] = {}
            continue
        if rows or table in tables:
            doc[table] = [
                _record(table, cells, where, n, problems, f"/{table}/{i}")
                for i, (n, cells) in enumerate(rows)
            ]
    _attach_documents(doc, read.get("documents", []), names.get("documents", "書類"), problems)
    return doc, _capped(problems)


def _capped(problems: list[WorkbookProblem]) -> list[WorkbookProblem]:
    """The first :data:`~chain.format.problems.MAX_PROBLEMS` problems, and how many more."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    n = len(problems) - MAX_PROBLEMS
    first = problems[MAX_PROBLEMS]
    return [
        *problems[:MAX_PROBLEMS],
        WorkbookProblem.at(
            first.pointer,
            "more_problems",
            L(
                f"ほか {n:,} 件。示すのは最初の {MAX_PROBLEMS:,} 件です。",
                f"And {n:,} more; the first {MAX_PROBLEMS:,} are shown.",
            ),
            first.line,
            first.column,
            None,
            first.sheet,
            first.header,
        ),
    ]


def _attach_documents(
    doc: dict[str, Any],
    rows: list[tuple[int, dict[str, str | None]]],
    sheet: str,
    problems: list[WorkbookProblem],
) -> None:
    delegations = doc.get("delegations")
    if not rows:
        return
    if not isinstance(delegations, list):
        delegations = doc["delegations"] = []
    by_id: dict[str, int] = {}
    for i, d in enumerate(delegations):
        did = d.get("id") if isinstance(d, dict) else None
        if isinstance(did, str):
            by_id.setdefault(did, i)
    header = _LINK_LABEL.ja
    for n, cells in rows:
        at: int | None = None
        position = cells.get(POSITION)
        if position:
            text = unicodedata.normalize("NFKC", position).strip()
            if text.isdigit() and 1 <= int(text) <= len(delegations):
                at = int(text) - 1
        link = cells.get(LINK)
        if at is None:
            if link in (None, ""):
                problems.append(
                    _p(
                        "link_missing",
                        "どの委託関係の書類かを委託関係ID で示してください。",
                        "Name the delegation the document belongs to (its id).",
                        sheet=sheet,
                        row=n,
                        header=header,
                    )
                )
                continue
            ident = decode_cell(link, False)
            assert isinstance(ident, str)
            at = by_id.get(ident)
            if at is None:
                problems.append(
                    _p(
                        "link_unknown",
                        "この ID の委託関係が委託関係シートにありません。",
                        "No delegation of the 委託関係 sheet has this id.",
                        sheet=sheet,
                        row=n,
                        header=header,
                        value=ident,
                    )
                )
                continue
        holder = delegations[at]
        if not isinstance(holder, dict):
            continue
        docs = holder.get("documents")
        if not isinstance(docs, list):
            docs = holder["documents"] = []
        pointer = f"/delegations/{at}/documents/{len(docs)}"
        docs.append(_record("documents", cells, sheet, n, problems, pointer))


def _xlsx_sheets(data: bytes, limits: Limits) -> Iterator[_Sheet]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    for ws in book.worksheets:
        yield _Sheet(ws.title, *_xlsx_rows(ws))


def _xlsx_rows(
    ws: Any,
) -> tuple[list[str | None], Iterator[tuple[int, list[tuple[str | None, bool]]]], list[int]]:
    rows = ws.iter_rows()
    header: list[str | None] = []
    formulas: list[int] = []
    first = next(rows, None)
    if first is not None:
        header = [_text_of(c.value) for c in first]
        formulas = [j for j, c in enumerate(first, start=1) if c.data_type == "f"]

    def body() -> Iterator[tuple[int, list[tuple[str | None, bool]]]]:
        for number, row in enumerate(rows, start=2):
            cells = [(_text_of(c.value), getattr(c, "data_type", None) == "f") for c in row]
            while cells and cells[-1][0] in (None, ""):
                cells.pop()
            yield number, cells

    return header, body(), formulas


def _decode_csv(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _csv_sheet(name: str, text: str) -> _Sheet:
    reader = csv.reader(io.StringIO(text, newline=""))
    first = next(reader, [])
    header: list[str | None] = list(first)

    def body() -> Iterator[tuple[int, list[tuple[str | None, bool]]]]:
        for number, row in enumerate(reader, start=2):
            yield number, [(v, False) for v in row]

    return _Sheet(name, header, body())


def _too_large(size: int, limits: Limits) -> WorkbookProblem:
    return WorkbookProblem.at(
        "",
        "too_large",
        L(
            f"ファイルが大きすぎます（{size:,} バイト、上限 {limits.max_bytes:,} バイト）。",
            f"The file is too large ({size:,} bytes, at most {limits.max_bytes:,}).",
        ),
    )


def import_csv(
    files: Mapping[str, bytes], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any] | None, list[WorkbookProblem]]:
    """CSV files, one per table, named by their sheet (``委託関係.csv``, ``delegations.csv``),
    in UTF-8 (with or without a byte-order mark) or Shift_JIS/CP932, as the chain document
    and the problems found; the document is ``None`` when nothing could be read."""
    total = sum(len(v) for v in files.values())
    if total > limits.max_bytes:
        return None, [_too_large(total, limits)]
    sheets: list[_Sheet] = []
    problems: list[WorkbookProblem] = []
    for name, data in files.items():
        stem = Path(name).stem
        text = _decode_csv(data)
        if text is None:
            problems.append(
                _p(
                    "csv_encoding",
                    "文字コードを判別できません（UTF-8 または Shift_JIS で保存してください）。",
                    "The encoding cannot be told (save as UTF-8 or Shift_JIS).",
                    sheet=stem,
                )
            )
            continue
        sheets.append(_csv_sheet(stem, text))
    try:
        doc, more = _assemble(sheets, limits)
    except csv.Error as exc:
        return None, [
            *problems,
            _p("csv_unreadable", f"CSV として読めません: {exc}", f"Not readable as CSV: {exc}"),
        ]
    return doc, problems + more


def import_workbook(
    data: bytes, name: str = "chain.xlsx", *, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any] | None, list[WorkbookProblem]]:
    """An ``.xlsx`` workbook (or, by ``name``, one ``.csv`` table) as the chain document and
    the problems found, located by sheet, row and column. The document is ``None`` when the
    file cannot be read at all; problems that are not notes
    (:attr:`WorkbookProblem.is_note`) make the document unfit to use as it is."""
    if name.lower().endswith(".csv"):
        return import_csv({name: data}, limits=limits)
    if len(data) > limits.max_bytes:
        return None, [_too_large(len(data), limits)]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        unpacked = -1
    if unpacked < 0:
        return None, [
            WorkbookProblem.at(
                "",
                "workbook_unreadable",
                L(
                    "Excel ブック（.xlsx）として読めません。Excel で .xlsx 形式で保存し直すか、"
                    "表ごとの CSV にしてください。",
                    "Not readable as an Excel workbook (.xlsx); save it again as .xlsx, or as "
                    "a CSV file per table.",
                ),
            )
        ]
    if unpacked > 8 * limits.max_bytes:
        return None, [_too_large(unpacked, limits)]
    try:
        return _assemble(_xlsx_sheets(data, limits), limits)
    except Exception as exc:  # openpyxl's many ways of failing on a broken file
        return None, [
            WorkbookProblem.at(
                "",
                "workbook_unreadable",
                L(
                    f"Excel ブックの中身を読めません（{excerpt(type(exc).__name__)}）。",
                    f"The workbook's content cannot be read ({excerpt(type(exc).__name__)}).",
                ),
            )
        ]


def import_path(
    path: str | Path, *, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any] | None, list[WorkbookProblem]]:
    """A workbook file, a CSV file, or a folder of CSV files (one per table)."""
    p = Path(path)
    if p.is_dir():
        files: dict[str, bytes] = {}
        total = 0
        for f in sorted(p.iterdir()):
            if f.suffix.lower() == ".csv" and f.is_file():
                total += f.stat().st_size
                if total > limits.max_bytes:
                    return None, [_too_large(total, limits)]
                files[f.name] = f.read_bytes()
        return import_csv(files, limits=limits)
    size = p.stat().st_size
    if size > limits.max_bytes:
        return None, [_too_large(size, limits)]
    return import_workbook(p.read_bytes(), p.name, limits=limits)


def sheet_of(pointer: str, doc: Mapping[str, Any]) -> tuple[str, int, str, int | None] | None:
    """Where a JSON pointer of an imported document lies in the workbook: sheet, row,
    header and column (for the reader's problems), or ``None``."""
    parts = pointer.strip("/").split("/") if pointer else []
    if not parts:
        return None
    table = parts[0]
    if table == "contract":
        _spec, row, rest = TABLES["contract"], 2, parts[1:]
    elif table in ("parties", "workers", "places", "delegations") and len(parts) > 1:
        if not parts[1].isdigit():
            return None
        if table == "delegations" and len(parts) > 3 and parts[2] == "documents":
            if not parts[3].isdigit():
                return None
            row = 2
            for d in doc.get("delegations", [])[: int(parts[1])]:
                docs = d.get("documents") if isinstance(d, dict) else None
                row += len(docs) if isinstance(docs, list) else 0
            _spec, row, rest = TABLES["documents"], row + int(parts[3]), parts[4:]
            table = "documents"
        else:
            _spec, row, rest = TABLES[table], int(parts[1]) + 2, parts[2:]
    else:
        return None
    path = ".".join(rest)
    header, column = "", None
    for j, (_key, c) in enumerate(_columns(table), start=1):
        if c is not None and (
            path == c.path or path.startswith(c.path + ".") or c.path.startswith(path + ".")
        ):
            header, column = c.label.ja, j
            break
    return _sheet_name(table), row, header, column


def locate(problems: Sequence[Any], doc: Mapping[str, Any]) -> list[WorkbookProblem]:
    """The reader's problems of an imported document, located in the workbook."""
    out = []
    for p in problems:
        at = sheet_of(p.pointer, doc)
        if at is None:
            out.append(WorkbookProblem.at(p.pointer, p.type, p.message, input=p.input))
            continue
        sheet, row, header, column = at
        where = _where(sheet, row, header)
        out.append(
            WorkbookProblem.at(
                p.pointer,
                p.type,
                L(f"{where}: {p.message.ja}", f"{where}: {p.message.en}"),
                row,
                column,
                p.input,
                sheet,
                header or None,
            )
        )
    return out
