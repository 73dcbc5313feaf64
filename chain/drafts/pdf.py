"""A filled form laid out as an A4 PDF, with its Japanese font embedded.

The PDF is made from the filled .docx document itself (its paragraphs, with their
alignment, weight and size, and its tables, in order), so a municipality's own 様式 gives
its PDF too. The font is a TrueType Japanese font (IPAex明朝 from Debian's
``fonts-ipaexfont``, or the file ``CHAIN_PDF_FONT`` names), embedded as a subset with its
character map, so the text reads back as written. Lines wrap between any two Japanese
characters and long words are broken, never clipped; pages are numbered (－ １ －). Text
goes in escaped: nothing in a value is read as the layout's markup. The file is written
without a date or a random id, so the same draft gives the same bytes.
"""

from __future__ import annotations

import io
import os
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from chain.drafts.content import DraftError, fullwidth
from chain.drafts.docx import row_cells
from chain.vocab import L

__all__ = ["FONT_ENV", "font_path", "pdf_from_docx"]

FONT_ENV = "CHAIN_PDF_FONT"
_FONT_NAME = "DraftJapanese"
#: TrueType Japanese fonts, in order of preference (Debian's paths).
_CANDIDATES = (
    "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf",
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
)


def font_path() -> Path:
    """The TrueType font the PDFs embed; :class:`DraftError` when there is none."""
    chosen = os.environ.get(FONT_ENV)
    candidates = (chosen,) if chosen else _CANDIDATES
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    raise DraftError(
        L(
            "PDF に埋め込む日本語の TrueType フォントがありません（Debian の fonts-ipaexfont を"
            f"入れるか、{FONT_ENV} にフォントファイルを指定してください）。",
            "No TrueType Japanese font to embed in the PDF (install Debian's fonts-ipaexfont, "
            f"or name a font file in {FONT_ENV}).",
        )
    )


@cache
def _register(path: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(_FONT_NAME, path))
    except Exception as exc:  # not a TrueType font reportlab can embed (CFF, a collection)
        raise DraftError(
            L(
                f"フォント {path} を PDF に埋め込めません（TrueType のフォントが要ります）: {exc}",
                f"The font {path} cannot be embedded in a PDF (a TrueType font is needed): {exc}",
            )
        ) from None
    return _FONT_NAME


def _markup(text: str) -> str:
    """Text as a paragraph of the layout: escaped, its line breaks as breaks."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _style(font: str, size: float, align: int, bold: bool) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"s{size}{align}{bold}",
        fontName=font,
        fontSize=size,
        leading=size * 1.6,
        alignment=align,
        wordWrap="CJK",
        # The font has no bold face: a heading is set larger, and drawn with a stroke.
        textColor="black",
    )


def pdf_from_docx(document: Any, *, title: str = "") -> bytes:
    """The filled form ``document`` (python-docx) as an A4 PDF."""
    from reportlab.platypus.doctemplate import LayoutError

    font = _register(str(font_path()))
    try:
        return _build(document, font, title, split_in_row=0)
    except LayoutError:  # a row taller than a page: let it run over onto the next
        return _build(document, font, title, split_in_row=1)


def _build(document: Any, font: str, title: str, *, split_in_row: int) -> bytes:
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as PdfTable

    width = A4[0] - 50 * mm
    story: list[Any] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxParagraph):
            text = block.text
            if not text.strip():
                story.append(Spacer(1, 10.5 * 0.8))
                continue
            size = next((r.font.size.pt for r in block.runs if r.font.size), 10.5)
            bold = any(r.bold for r in block.runs)
            align = {None: 0, 0: 0, 1: 1, 2: 2, 3: 4}.get(
                int(block.alignment) if block.alignment is not None else None, 0
            )
            story.append(Paragraph(_markup(text), _style(font, size, align, bold)))
        elif isinstance(block, Table):
            rows, widths = _table(block, font, width)
            if not rows:
                continue
            t = PdfTable(
                rows,
                colWidths=widths,
                repeatRows=1 if len(rows) > 1 else 0,
                splitInRow=split_in_row,
            )
            t.setStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, 10),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
            story.append(t)
            story.append(Spacer(1, 6))

    def number(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"－ {fullwidth(doc.page)} －")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        title=title,
        author="",
        creator="subcontract-chain",
        producer="subcontract-chain",
        invariant=1,
        initialFontName=font,
        initialFontSize=10.5,
    )
    doc.build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()


def _table(block: Any, font: str, width: float) -> tuple[list[list[Any]], list[float]]:
    from reportlab.platypus import Paragraph

    style = _style(font, 10, 0, False)
    rows: list[list[Any]] = []
    count = 0
    for row in block.rows:
        cells: list[Any] = [Paragraph(_markup(cell.text), style) for cell in row_cells(row)]
        count = max(count, len(cells))
        rows.append(cells)
    if not rows:
        return [], []
    for cells in rows:  # a row of merged cells is padded to the table's columns
        cells.extend(Paragraph("", style) for _ in range(count - len(cells)))
    grid = [c.width for c in block.columns] if len(block.columns) == count else []
    known = [w for w in grid if w]
    if len(known) == count and sum(known) > 0:
        total = float(sum(known))
        return rows, [width * w / total for w in known]
    return rows, [width / count] * count
