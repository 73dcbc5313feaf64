"""Writes the built-in forms (``chain/drafts/forms/*.docx``) from their layout here.

``python -m chain.drafts.forms_build`` rewrites them; a municipality's own 様式 needs none
of this (any .docx with placeholders will do, see the README). The layout is the usual
Japanese official letter: number and date at the right, the addressee, the sender, the
title, the body, 記, then the items.
"""

from __future__ import annotations

import io
import sys
from typing import Any

from chain.drafts.docx import FORMS_DIR, _fixed_zip

__all__ = ["application_form", "decision_form", "write"]

_FONT = "ＭＳ 明朝"


def _new() -> Any:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    normal = document.styles["Normal"]
    normal.font.name = _FONT
    normal.font.size = Pt(10.5)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), _FONT)
    return document


def _p(document: Any, text: str, align: str = "left", *, bold: bool = False, size: float = 0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return paragraph


def _table(document: Any, widths: list[float], rows: list[list[str]]) -> None:
    from docx.shared import Mm

    table = document.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for c, w in enumerate(widths):
        table.columns[c].width = Mm(w)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = table.rows[r].cells[c]
            cell.width = Mm(widths[c])
            lines = text.split("\n")
            cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                cell.add_paragraph().add_run(line)


def _letterhead(document: Any, sender: list[str]) -> None:
    _p(document, "{{document.number}}", "right")
    _p(document, "{{document.date}}", "right")
    _p(document, "")
    _p(document, "{{addressee}}")
    _p(document, "")
    for line in sender:
        _p(document, line, "right")
    _p(document, "")


def application_form() -> bytes:
    """The built-in application (申請書)."""
    document = _new()
    _letterhead(
        document,
        [
            "申請者（{{applicant.word}}）　所在地　{{applicant.address}}",
            "商号又は名称　{{applicant.name}}",
            "代表者　{{applicant.representative}}",
        ],
    )
    _p(document, "{{title}}", "center", bold=True, size=14)
    _p(document, "")
    _p(document, "{{body}}")
    _p(document, "")
    _p(document, "記", "center")
    _p(document, "契約件名　{{contract.title}}（契約番号　{{contract.reference}}）")
    _table(
        document,
        [12, 48, 100],
        [
            ["番号", "事項", "内容"],
            ["{{item.number}}", "{{item.label}}\n（{{item.clause}}）", "{{item.value}}"],
        ],
    )
    _p(document, "{{items.note}}")
    _p(document, "以上", "right")
    return _save(document)


def decision_form() -> bytes:
    """The built-in decision notice (通知書)."""
    document = _new()
    _letterhead(document, ["{{issuer}}"])
    _p(document, "{{title}}", "center", bold=True, size=14)
    _p(document, "")
    _p(document, "{{body}}")
    _p(document, "")
    _p(document, "記", "center")
    _p(document, "１　対象")
    _table(
        document,
        [48, 112],
        [
            ["委託の区分", "{{delegation.kind}}"],
            ["相手方", "{{approved.delegate}}"],
            ["業務の内容", "{{approved.work}}"],
            ["期間", "{{approved.period}}"],
            ["取り扱う個人情報", "{{approved.personal_data}}"],
            ["決定", "{{outcome}}"],
        ],
    )
    _p(document, "２　条件")
    _table(
        document,
        [12, 78, 40, 30],
        [
            ["番号", "条件", "根拠", "期限"],
            [
                "{{condition.number}}",
                "{{condition.text}}",
                "{{condition.clause}}",
                "{{condition.due}}",
            ],
        ],
    )
    _p(document, "{{conditions.note}}")
    _p(document, "３　理由")
    _p(document, "{{reasons}}")
    _p(document, "以上", "right")
    return _save(document)


def _save(document: Any) -> bytes:
    import datetime as dt

    fixed = dt.datetime(2000, 1, 1)
    props = document.core_properties
    props.created = props.modified = props.last_printed = fixed
    props.author = props.last_modified_by = ""
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def write() -> None:
    FORMS_DIR.mkdir(exist_ok=True)
    (FORMS_DIR / "application.docx").write_bytes(application_form())
    (FORMS_DIR / "decision.docx").write_bytes(decision_form())


if __name__ == "__main__":
    write()
    print(f"wrote {FORMS_DIR}/application.docx, decision.docx", file=sys.stderr)
