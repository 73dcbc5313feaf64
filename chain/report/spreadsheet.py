"""Findings as CSV and Excel files that are safe to open.

Findings quote what was submitted (party names, references, ids), and a
submitted name such as ``=HYPERLINK("http://…")`` or ``＠SUM(A1)`` would run
as a formula when an officer opens the download in Excel or LibreOffice.
Every cell is therefore neutralised:

- invisible and direction-changing characters (:mod:`chain.text`: controls,
  line breaks and tabs included, bidirectional marks, zero-width and tag
  characters, and so every character XML 1.0, and so the ``.xlsx`` format,
  cannot hold) are written as their code points, ``<U+202E>``, instead of
  breaking the file, hiding in a cell or reordering what an officer reads;
- a cell starting with ``=``, ``+``, ``-``, ``@`` or their full-width forms
  ``＝＋－＠`` (which Japanese spreadsheets accept as formula signs) gets a
  leading ``'`` (a leading tab or line break, which would start a formula
  too, is already written as its code point);
- cells are written as text, never parsed as numbers, dates, URLs or
  formulas.

CSV is UTF-8 with a byte-order mark so that Excel opens Japanese text
correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from chain.check.findings import Finding
from chain.graph import ChainGraph
from chain.report.rows import COLUMNS, OFFICER_COLUMNS, finding_rows
from chain.text import visible
from chain.vocab import L

__all__ = [
    "FORMULA_PREFIXES",
    "MAX_CELL",
    "findings_csv",
    "findings_xlsx",
    "rows_csv",
    "rows_xlsx",
    "safe_cell",
]

#: First characters that make a spreadsheet cell a formula (or start one).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

#: Excel's limit on the characters in one cell.
MAX_CELL = 32_767


def safe_cell(value: Any) -> str:
    """A value as a cell no spreadsheet will run, within Excel's cell size.

    >>> safe_cell('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell("＠SUM(A1)")
    "'＠SUM(A1)"
    >>> safe_cell("株式会社\\x1bみなと\\u202e")
    '株式会社<U+001B>みなと<U+202E>'
    """
    text = visible("" if value is None else str(value))
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text


def rows_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """Rows as CSV text (UTF-8 with BOM, CRLF line ends), every cell neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def rows_xlsx(
    header: Sequence[str], rows: Iterable[Sequence[Any]], *, sheet: str = "findings"
) -> bytes:
    """Rows as an Excel workbook: one sheet, a frozen header row, text cells only."""
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    # A fixed creation date: the same findings give the same bytes.
    book.set_properties({"created": datetime(2000, 1, 1)})
    ws = book.add_worksheet(sheet[:31])
    bold = book.add_format({"bold": True, "bg_color": "#DDDDDD", "text_wrap": True})
    text = book.add_format({"text_wrap": True, "valign": "top"})
    for col, h in enumerate(header):
        ws.write_string(0, col, safe_cell(h), bold)
    widths = [max(8, min(60, len(str(h)) * 2)) for h in header]
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            cell = safe_cell(value)
            ws.write_string(r, col, cell, text)
            widths[col] = max(widths[col], min(60, len(cell) + 2))
    for col, w in enumerate(widths):
        ws.set_column(col, col, w)
    ws.freeze_panes(1, 0)
    if header:
        ws.autofilter(0, 0, 0, len(header) - 1)
    book.close()
    return buf.getvalue()


def _table(
    findings: Iterable[Finding],
    lang: str,
    graph: ChainGraph | None,
    where: Callable[[str], str] | None = None,
    technical: bool = False,
) -> tuple[list[str], list[list[str]]]:
    keys = list(COLUMNS) if technical else list(OFFICER_COLUMNS)
    header = [COLUMNS[k](lang) for k in keys]
    rows = [[row[k] for k in keys] for row in finding_rows(findings, lang, graph, where)]
    return header, rows


def findings_csv(
    findings: Iterable[Finding],
    lang: str = "ja",
    graph: ChainGraph | None = None,
    where: Callable[[str], str] | None = None,
    technical: bool = False,
) -> bytes:
    """The findings table as CSV: the officer's columns (:data:`OFFICER_COLUMNS`), the
    JSON pointer and slug last with ``technical``; ``where`` words a pointer's place."""
    return rows_csv(*_table(findings, lang, graph, where, technical))


def findings_xlsx(
    findings: Iterable[Finding],
    lang: str = "ja",
    graph: ChainGraph | None = None,
    where: Callable[[str], str] | None = None,
    technical: bool = False,
) -> bytes:
    """The findings table as an Excel workbook, with the columns of :func:`findings_csv`."""
    header, rows = _table(findings, lang, graph, where, technical)
    return rows_xlsx(header, rows, sheet=L("指摘事項", "Findings")(lang))
