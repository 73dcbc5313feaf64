"""chain.report.spreadsheet: findings as CSV and Excel that no spreadsheet will execute."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pytest

from chain.editor.document import check_document
from chain.report.spreadsheet import (
    FORMULA_PREFIXES,
    MAX_CELL,
    findings_csv,
    findings_xlsx,
    rows_csv,
    rows_xlsx,
    safe_cell,
)
from chain.vocab import L


@pytest.mark.parametrize("prefix", [p for p in FORMULA_PREFIXES if p.isprintable()])
def test_formula_prefixes_are_quoted(prefix):
    assert safe_cell(prefix + "1+1") == "'" + prefix + "1+1"


@pytest.mark.parametrize("prefix", [p for p in FORMULA_PREFIXES if not p.isprintable()])
def test_a_leading_tab_or_line_break_is_shown_as_its_code_point(prefix):
    cell = safe_cell(prefix + "=1+1")
    assert cell == f"<U+{ord(prefix):04X}>=1+1"
    assert not cell.startswith(FORMULA_PREFIXES)


@pytest.mark.parametrize("text", ["株式会社みなと", "1+1", "a=b", "", "'already"])
def test_plain_text_is_unchanged(text):
    assert safe_cell(text) == text


def test_invisible_characters_become_code_points():
    assert safe_cell("a\x00b\x1bc\u202ed\u200be\U000e0041") == (
        "a<U+0000>b<U+001B>c<U+202E>d<U+200B>e<U+E0041>"
    )
    # A cell is one line, as in every output for people: tabs and line breaks are shown too.
    assert safe_cell("a\tb\nc") == "a<U+0009>b<U+000A>c"
    assert safe_cell("\x01=1") == "<U+0001>=1"


def test_cells_fit_excel():
    assert len(safe_cell("x" * (MAX_CELL + 10))) == MAX_CELL
    assert safe_cell(None) == "" and safe_cell(12) == "12"


HOSTILE = [
    '=HYPERLINK("http://example.invalid","x")',
    "＠SUM(A1)",
    "-2+3",
    "+cmd|' /C calc'!A0",
    "@A1",
    "\t=1",
    "\r=1",
    "ok\x07bell",
    "\ufffe",
]


def test_csv_quotes_every_hostile_cell():
    data = rows_csv(["名前"], [[h] for h in HOSTILE])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["名前"]
    cells = [r[0] for r in rows[1:]]
    assert all(not c.startswith(FORMULA_PREFIXES) for c in cells)
    assert cells[0] == "'" + HOSTILE[0]
    assert cells[7] == "ok<U+0007>bell" and cells[8] == "<U+FFFE>"


def test_xlsx_holds_text_only():
    data = rows_xlsx(["名前", "値"], [[h, h] for h in HOSTILE])
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(isinstance(v, str) and not v.startswith(FORMULA_PREFIXES) for v in values)
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row)
    # No formula made it into the sheet XML.
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


@pytest.fixture
def hostile_report():
    from pathlib import Path

    from chain.editor.document import load_document

    sample = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "compliant.json"
    doc = load_document(sample.read_bytes())[0]
    doc["parties"][2]["name"] = HOSTILE[0]
    doc["delegations"][0]["documents"].pop(1)  # the approval: DLG001 names the delegate
    report = check_document(doc).report
    assert report is not None
    return report


def test_findings_csv_and_xlsx(hostile_report):
    report = hostile_report
    text = findings_csv(report.findings, "ja", report.graph).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(report.findings) + 1
    codes = [r[1] for r in rows[1:]]
    assert codes == [f.code for f in report.findings]
    assert all(not c.startswith(FORMULA_PREFIXES) for r in rows for c in r)
    party = rows[1 + codes.index("DLG001")][rows[0].index("事業者")]
    assert party == "'" + HOSTILE[0]  # by name: no two parties share it
    data = findings_xlsx(report.findings, "en", report.graph)
    assert data == findings_xlsx(report.findings, "en", report.graph)  # deterministic
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Findings"
    assert [c.value for c in sheet[1]][:2] == ["Severity", "Code"]
    assert [sheet.cell(row=i, column=2).value for i in range(2, sheet.max_row + 1)] == codes


def test_labels_are_used_as_headers():
    assert rows_csv([L("名前", "Name")("en")], []).decode("utf-8-sig").strip() == '"Name"'
