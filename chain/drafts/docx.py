"""Filling a .docx form by its placeholders, and reading a document's text back.

A form is any .docx file. A placeholder is ``{{NAME}}`` in its text (in the body, its
tables, headers and footers); ``NAME`` is a field of the draft (``applicant.name``,
``delegation.period``...: ``chain draft fields`` lists them) or a name of the form's own
that the profile's field map gives a field. A table row holding a placeholder of a
repeated row (``item.…`` in an application, ``condition.…`` in a notice) is written once
per item, in order, and left out when there is none. A placeholder naming no field is
filled with a blank and reported.

Values go in as text, never as markup: python-docx writes them as XML text (escaped), a
value's line breaks become breaks, and a value that looks like a placeholder is not filled
again (each paragraph is filled in one pass over the form's own text). The file is written
with fixed dates (its parts and its properties), so the same draft gives the same bytes
and the same SHA-256.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from chain.drafts.content import BLANK, Draft, DraftError
from chain.vocab import L

__all__ = [
    "FORMS_DIR",
    "Filled",
    "default_form",
    "docx_text",
    "fill_form",
    "placeholders",
    "row_cells",
]

FORMS_DIR = Path(__file__).parent / "forms"
PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s][^{}]*?)\s*\}\}")
#: The prefix of the fields of each kind's repeated rows.
ROW_PREFIXES = ("item.", "condition.")
_FIXED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


def default_form(kind: str) -> Path:
    """The built-in form of a kind of document (``application``, ``decision``)."""
    return FORMS_DIR / f"{kind}.docx"


class Filled:
    """A filled form: the document (python-docx), its bytes, the placeholders it named that
    no field fills."""

    def __init__(self, document: Any, data: bytes, unknown: list[str]):
        self.document = document
        self.data = data
        self.unknown = unknown


def _paragraphs(container: Any) -> Iterator[Any]:
    yield from container.paragraphs
    for table in container.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from _paragraphs(cell)


def _tables(container: Any) -> Iterator[Any]:
    for table in container.tables:
        yield table
        for row in table.rows:
            for cell in row.cells:
                yield from _tables(cell)


def _parts(document: Any) -> Iterator[Any]:
    """The body, then every header and footer of every section."""
    yield document
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if not part.is_linked_to_previous:
                yield part


def _text_of(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.runs)


def _fill_paragraph(paragraph: Any, lookup: Any) -> None:
    text = _text_of(paragraph)
    if "{{" not in text:
        return
    new = PLACEHOLDER.sub(lambda m: lookup(m.group(1)), text)
    runs = paragraph.runs
    runs[0].text = new
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def placeholders(form: bytes) -> list[str]:
    """The placeholders of a form, in order of first appearance."""
    from docx import Document as open_docx

    document = open_docx(io.BytesIO(form))
    seen: dict[str, None] = {}
    for part in _parts(document):
        for p in _paragraphs(part):
            for m in PLACEHOLDER.finditer(_text_of(p)):
                seen.setdefault(m.group(1), None)
    return list(seen)


def _open(form: bytes) -> Any:
    from docx import Document as open_docx

    try:
        return open_docx(io.BytesIO(form))
    except Exception as exc:  # not a zip, not a Word document, a broken part
        raise DraftError(
            L(
                f"様式のファイルを .docx として読めません: {type(exc).__name__}",
                f"The form cannot be read as a .docx file: {type(exc).__name__}",
            )
        ) from None


def fill_form(form: bytes, draft: Draft, field_map: Mapping[str, str] | None = None) -> Filled:
    """``form`` filled with ``draft`` (its fields, its repeated rows), as a document and bytes."""
    document = _open(form)
    names = dict(field_map or {})
    unknown: dict[str, None] = {}

    def target(name: str) -> str:
        return names.get(name, name)

    def lookup_in(extra: Mapping[str, str]) -> Any:
        def lookup(name: str) -> str:
            field = target(name)
            if field in extra:
                return extra[field]
            if field in draft.values:
                return draft.values[field]
            unknown.setdefault(name, None)
            return BLANK

        return lookup

    done: set[Any] = set()  # paragraphs of repeated rows, filled once already
    for part in _parts(document):
        for table in list(_tables(part)):
            _expand_rows(table, draft, target, lookup_in, done)
        plain = lookup_in({})
        for p in _paragraphs(part):
            if p._p not in done:
                _fill_paragraph(p, plain)
    props = document.core_properties
    props.created = props.modified = _FIXED.replace(tzinfo=None)
    props.last_printed = _FIXED.replace(tzinfo=None)
    props.revision = 1
    props.last_modified_by = ""
    props.author = props.author or ""
    buffer = io.BytesIO()
    document.save(buffer)
    return Filled(document, _fixed_zip(buffer.getvalue()), list(unknown))


def _expand_rows(table: Any, draft: Draft, target: Any, lookup_in: Any, done: set[Any]) -> None:
    for row in list(table.rows):
        text = "".join(_text_of(p) for cell in row.cells for p in _paragraphs(cell))
        fields = [target(m.group(1)) for m in PLACEHOLDER.finditer(text)]
        prefix = next((px for px in ROW_PREFIXES for f in fields if f.startswith(px)), None)
        if prefix is None:
            continue
        entries = draft.rows.get(prefix.rstrip("."), [])
        tr = row._tr
        for entry in entries:
            clone = copy.deepcopy(tr)
            tr.addprevious(clone)
            from docx.table import _Row

            new_row = _Row(clone, table)
            lookup = lookup_in(entry)
            seen: set[int] = set()
            for cell in new_row.cells:
                if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                    continue
                seen.add(id(cell._tc))
                for p in _paragraphs(cell):
                    _fill_paragraph(p, lookup)
                    done.add(p._p)
        tr.getparent().remove(tr)


def _fixed_zip(data: bytes) -> bytes:
    """The same package with every part dated 2000-01-01, in the same order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_text(data: bytes) -> str:
    """A .docx file's text as read back: its paragraphs and table rows in document order
    (cells separated by `` | ``), one per line."""
    document = _open(data)
    return "\n".join(_blocks(document))


def _blocks(document: Any) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                yield " | ".join(cell.text.replace("\n", " / ") for cell in row_cells(row))


def row_cells(row: Any) -> list[Any]:
    """The cells of a table row, a cell merged across columns once (python-docx gives it
    once per column it spans)."""
    cells: list[Any] = []
    last = None
    for cell in row.cells:
        if cell._tc is last:
            continue
        last = cell._tc
        cells.append(cell)
    return cells
