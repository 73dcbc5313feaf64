"""Every payload of the injection corpus stays inert in every output, and nothing is lost.

For each payload (``tests/data/injection.txt``), a chain names a subcontractor
and a worker with it and gives it as a reason; the findings quoting it go
through the text, JSON and SARIF reports, the CSV and Excel downloads, the
liability report and the batch table. Outputs for people show it visibly
(controls and direction marks escaped, no extra lines); machine outputs keep
it exactly; spreadsheets never take it for a formula. The app is checked in
``tests/app/test_app_injection.py``.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import openpyxl
import pytest
from injection import CORPUS, INVISIBLE, PAYLOADS, SAMPLE, decode, payload_chain

from chain.batch import Batch, BatchItem, summary_table
from chain.liability import assess
from chain.liability.text import to_document
from chain.liability.text import to_text as liability_text
from chain.output import to_json, to_text
from chain.pointer import split
from chain.sarif import to_sarif
from chain.spreadsheet import FORMULA_PREFIXES, findings_csv, findings_xlsx
from chain.text import visible
from chain.validate import validate_bytes

BENIGN = "北斗入力センター株式会社"


def _check(payload: str):
    data = json.dumps(payload_chain(payload), ensure_ascii=False).encode("utf-8")
    result = validate_bytes(data, path="payload.json")
    assert result.report is not None, [p.to_dict() for p in result.problems]
    return result


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _fact_values(findings: list[dict]) -> set[str]:
    out: set[str] = set()
    for f in findings:
        for v in f["facts"].values():
            if isinstance(v, str):
                out.add(v)
    return out


def test_corpus_is_read_as_documented() -> None:
    assert decode(r"a\x1bb\u202ec\U0001F3E2d\n\\N") == "a\x1bb\u202ec\U0001f3e2d\n\\N"
    assert len(PAYLOADS) == len(set(PAYLOADS)) >= 50
    text = "".join(PAYLOADS)
    # The categories the corpus is for: each is present.
    for needle in ('"', "{", "}", "<script>", "=HYPERLINK(", "＝", "+", "-", "@", "../",
                   "\\\\", "\x1b", "\x00", "\u202e", "\u2066", "\n", "\r", "\t", "](", "\\N"):
        assert needle in text, needle
    assert CORPUS.read_text(encoding="utf-8").startswith("# Injection corpus")


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_stays_data_in_every_output(payload: str) -> None:
    result = _check(payload)
    report = result.report
    codes = {(f.code, f.pointer) for f in report.findings}
    assert {("DLG001", "/delegations/0"), ("STF006", "/workers/0/trained_on"),
            ("TIR001", "/delegations/1")} <= codes
    shown = visible(payload)

    # Text, both languages, full and brief: the payload visible, never raw; no extra lines.
    benign = _check(BENIGN)
    for lang in ("ja", "en"):
        for verbose in (True, False):
            text = to_text([result], lang=lang, verbose=verbose)
            assert not INVISIBLE.search(text)
            assert shown in text
            assert text.count("\n") == to_text([benign], lang=lang, verbose=verbose).count("\n")

    # JSON keeps the exact text as data, and the wording shows it visibly.
    doc = json.loads(to_json([result]))
    findings = doc["files"][0]["findings"]
    assert payload in _fact_values(findings)
    dlg = next(f for f in findings if f["code"] == "DLG001")
    assert dlg["facts"]["delegate"] == payload and shown in dlg["message"]["ja"]

    # SARIF: valid JSON, one result per finding, wording visible.
    sarif = json.loads(to_sarif([result]))
    results = sarif["runs"][0]["results"]
    assert len(results) == len(report.findings)
    assert all(not INVISIBLE.search(r["message"]["text"]) for r in results)
    assert any(shown in r["properties"]["messageJa"] for r in results)

    # CSV: every cell text, none a formula, nothing invisible; one row per finding.
    rows = list(csv.reader(io.StringIO(
        findings_csv(report.findings, "ja", report.graph).decode("utf-8-sig"), newline="")))
    assert len(rows) == len(report.findings) + 1
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(FORMULA_PREFIXES) for c in cells)
    # Line breaks and tabs are legal inside a cell (a leading one is quoted as a formula sign).
    layout = str.maketrans("", "", "\n\r\t")
    assert not any(INVISIBLE.search(c.translate(layout)) for c in cells)

    # Excel: text cells only, no formulas, same neutralised values.
    book = openpyxl.load_workbook(io.BytesIO(findings_xlsx(report.findings, "ja", report.graph)))
    sheet = book.active
    values = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n") and cell.data_type != "f"
            if cell.value not in (None, ""):
                # xlsx stores a carriage return as _x000D_; Excel reads it back, openpyxl not.
                values.append(cell.value.replace("_x000D_", "\r"))
                assert not str(cell.value).startswith(FORMULA_PREFIXES)
    assert Counter(values) == Counter(c for c in cells if c != "")

    # The liability report of an incident at the payload-named subcontractor.
    a = assess(report.graph, report.profile, "hokuto", findings=report.findings)
    for lang in ("ja", "en"):
        text = liability_text(a, report.graph, lang=lang, title=report.profile.title)
        assert not INVISIBLE.search(text) and shown in text
    document = json.loads(json.dumps(to_document(a, path=payload, profile_title="t")))
    assert document["file"] == payload
    assert any(payload in s for s in _strings(document["assessment"]))


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_in_refused_input_is_located_and_inert(payload: str) -> None:
    """As a misspelt field name and as a wrong value: located, quoted visibly, kept exactly."""
    doc = json.loads(json.dumps(SAMPLE))
    doc["parties"][1][payload] = "x"
    doc["workers"][1]["count"] = payload
    result = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), path=payload)
    assert result.exit_code == 2
    kinds = {(p.type, tuple(split(p.pointer))) for p in result.problems}
    assert ("extra_forbidden", ("parties", "1", payload)) in kinds
    count = next(p for p in result.problems if p.pointer == "/workers/1/count")
    assert count.input is not None and not INVISIBLE.search(count.input)
    for lang in ("ja", "en"):
        text = to_text([result], lang=lang)
        assert not INVISIBLE.search(text)
    out = json.loads(to_json([result]))["files"][0]
    assert out["path"] == payload
    assert {tuple(split(e["pointer"])) for e in out["errors"]} >= {("parties", "1", payload)}
    json.loads(to_sarif([result]))
    batch = Batch([BatchItem(result, 0, 0.0)])
    batch.summary.add(batch.items[0])
    table = summary_table(batch)
    assert not INVISIBLE.search(table) and visible(payload) in table


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_as_template_name_is_quoted_visibly(payload: str) -> None:
    doc = json.loads(json.dumps(SAMPLE))
    doc["contract"]["template"] = payload[:100]
    result = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    ((pointer, kind),) = {(p.pointer, p.type) for p in result.problems}
    assert (pointer, kind) == ("/contract/template", "template_unknown")
    for lang in ("ja", "en"):
        assert not INVISIBLE.search(to_text([result], lang=lang))
    json.loads(to_sarif([result]))
