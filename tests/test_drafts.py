"""Drafted applications and decision notices: what they say (golden text read back from
the .docx and the PDF), which delegations get one, the 再々委託 wording, the missing items,
the outcomes, a municipality's own form with its field map, hostile names, fonts, A4, and
the command's exit codes."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pypdf import PdfReader
from typer.testing import CliRunner

from chain.check.engine import Report
from chain.cli import build_app
from chain.drafts.content import (
    BLANK,
    FIELDS,
    DecisionInput,
    DraftError,
    application_drafts,
    consent_edges,
    decision_drafts,
)
from chain.drafts.docx import default_form, docx_text, fill_form, placeholders
from chain.drafts.pdf import pdf_from_docx
from chain.text import visible
from chain.validate import validate_bytes, validate_path
from tests.support.injection import INVISIBLE, load_corpus, payload_chain

ROOT = Path(__file__).resolve().parents[1]
S000 = ROOT / "sample_data" / "000" / "compliant.json"
F000 = ROOT / "sample_data" / "000" / "faulty.json"
S001 = ROOT / "sample_data" / "001" / "compliant.json"
S003 = ROOT / "sample_data" / "003" / "compliant.json"
ON = dt.date(2025, 3, 17)
runner = CliRunner()


def _report(path: Path | dict, profile: Any = None) -> Report:
    if isinstance(path, dict):
        result = validate_bytes(json.dumps(path, ensure_ascii=False).encode(), profile=profile)
    else:
        result = validate_path(path, profile=profile)
    assert result.report is not None, result.problems
    return result.report


def _docx(draft: Any) -> Any:
    return fill_form(default_form(draft.kind).read_bytes(), draft, draft.form.fields)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _squeezed_docx(data: bytes) -> str:
    """Every paragraph of the document, in order (table cells too), without white space."""
    from docx import Document

    document = Document(io.BytesIO(data))
    parts: list[str] = []
    body = document.element.body
    for p in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        parts.append("".join(t.text or "" for t in p.iter(_W + "t")))
    return re.sub(r"\s", "", "".join(parts))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


#: The tables' header rows, which the PDF repeats on every page a table runs over.
_HEADERS = ("番号事項内容", "番号条件根拠期限")


def _squeezed_pdf(data: bytes) -> str:
    text = re.sub(r"－\s*[０-９]+\s*－", "", pdf_text(data))  # the page numbers
    text = re.sub(r"\s", "", text)
    for header in _HEADERS:
        first = text.find(header)
        if first >= 0:
            cut = first + len(header)
            text = text[:cut] + text[cut:].replace(header, "")
    return text


def cli(*args: str, env: dict | None = None) -> Any:
    return runner.invoke(build_app(), list(args), env={"CHAIN_LANG": "ja", **(env or {})})


# -- what gets drafted ------------------------------------------------------------------


def test_every_delegation_that_needs_consent_gets_an_application() -> None:
    assert [e.id for e in consent_edges(_report(S000))] == ["d-hokuto", "d-sakura"]
    assert [e.id for e in consent_edges(_report(S001))] == ["d-hikari", "d-sportsnet"]


@pytest.mark.parametrize("sample", ["000", "001"])
def test_golden_application_text_from_docx_and_pdf(sample: str, golden) -> None:
    path = ROOT / "sample_data" / sample / "compliant.json"
    for draft in application_drafts(_report(path), on=ON, number="発第25-031号"):
        filled = _docx(draft)
        assert filled.unknown == []
        text = docx_text(filled.data)
        golden(f"drafts/application_{sample}_{draft.delegation}.docx.txt", text + "\n")
        pdf = pdf_from_docx(filled.document)
        golden(f"drafts/application_{sample}_{draft.delegation}.pdf.txt", pdf_text(pdf) + "\n")
        # The PDF says what the form says, character for character (no boxes, nothing lost).
        assert _squeezed_pdf(pdf) == _squeezed_docx(filled.data)


def test_the_items_are_the_profiles_at_each_tier_with_the_tier_3_wording() -> None:
    first, second = application_drafts(_report(S000), on=ON)
    assert first.values["title"] == "再委託承諾申請書"
    assert second.values["title"] == "再々委託承諾申請書"
    assert [r["item.number"] for r in first.rows["item"]] == list("１２３４５６７８")
    assert [r["item.number"] for r in second.rows["item"]] == list("１２３４５６７８")
    assert second.rows["item"][7]["item.label"] == "再委託先による再々委託の相手方の監督方法"
    assert second.rows["item"][7]["item.clause"].startswith("特記事項第6第7項第8号")
    assert first.rows["item"][7]["item.label"] == "相手方の監督方法"
    # Under 000 the contractor files the tier-3 application too; 001 asks three items.
    assert second.values["applicant.name"] == "株式会社みなとデータサービス"
    (one, *_rest) = application_drafts(_report(S001), on=ON)
    assert [r["item.label"] for r in one.rows["item"]] == [
        "再委託先の商号又は名称",
        "再委託する業務の内容",
        "再委託する理由",
    ]
    assert one.values["addressee"].startswith("若葉市長")


def test_dates_are_in_the_era_and_the_period_reads_from_to() -> None:
    first = application_drafts(_report(S000), on=ON)[0]
    assert first.values["document.date"] == "令和7年3月17日"
    assert first.rows["item"][2]["item.value"] == "令和7年4月15日から令和8年1月31日まで"
    blank = application_drafts(_report(S000))[0]
    assert blank.values["document.date"] == "令和　　年　　月　　日"
    assert blank.values["document.number"] == "第　　　　号"


def test_consent_term_follows_the_profile() -> None:
    report = _report(S003)
    drafts = application_drafts(report, on=ON)
    assert drafts and all("承認申請書" in d.values["title"] for d in drafts)


# -- what is missing ----------------------------------------------------------------------


def test_missing_items_are_blank_and_listed_where_itm001_finds_them() -> None:
    report = _report(F000)
    drafts = application_drafts(report, on=ON)
    listed = {(m.delegation, m.field) for d in drafts for m in d.missing}
    found = {
        (f.delegation, field)
        for f in report.findings
        if f.code == "ITM001"
        for field in f.facts.get("fields", ())
    }
    assert found and found <= listed
    komachi = next(d for d in drafts if d.delegation == "d-komachi")
    text = docx_text(_docx(komachi).data)
    assert BLANK in text
    pointers = {m.pointer for m in komachi.missing}
    assert "/delegations/2/supervision" in pointers


def test_the_command_lists_missing_items_before_writing_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "app.docx"
    result = cli("draft", "application", str(F000), "-o", str(out), "--format", "json")
    assert result.exit_code == 1, result.output
    answer = json.loads(result.stdout)
    names = [Path(d["output"]).name for d in answer["documents"]]
    assert names == ["app-d-hokuto.docx", "app-d-sakura.docx", "app-d-komachi.docx"]
    komachi = answer["documents"][2]
    assert {m["pointer"] for m in komachi["missing"]} >= {"/delegations/2/supervision"}
    assert "未記入: d-komachi: 委託元による委託先の監督方法" in result.stderr
    assert all((tmp_path / n).is_file() for n in names)


def test_exit_codes(tmp_path: Path) -> None:
    ok = cli("draft", "application", str(S000), "-o", str(tmp_path / "a.pdf"))
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "a-d-hokuto.pdf").read_bytes().startswith(b"%PDF")
    one = cli(
        "draft",
        "application",
        str(S000),
        "--delegation",
        "d-sakura",
        "-o",
        str(tmp_path / "s.docx"),
    )
    assert one.exit_code == 0 and (tmp_path / "s.docx").is_file()
    unknown = cli(
        "draft", "application", str(S000), "--delegation", "nope", "-o", str(tmp_path / "x.docx")
    )
    assert unknown.exit_code == 2 and "チェーンにない委託" in unknown.stderr
    suffix = cli("draft", "application", str(S000), "-o", str(tmp_path / "x.txt"))
    assert suffix.exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    unread = cli("draft", "application", str(bad), "-o", str(tmp_path / "x.docx"))
    assert unread.exit_code == 2 and "Traceback" not in unread.output
    assert not (tmp_path / "x.docx").exists()
    neither = cli("draft", "decision", "-o", str(tmp_path / "n.docx"))
    assert neither.exit_code == 2


# -- decisions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "title", "said"),
    [
        ("approved", "再委託の承諾通知書", "下記のとおり承諾します。"),
        ("conditional", "再委託の条件付承諾通知書", "下記の条件を付して承諾します。"),
        ("rejected", "再委託の不承諾通知書", "下記の理由により承諾しません。"),
    ],
)
def test_decision_outcomes(outcome: str, title: str, said: str, golden) -> None:
    data: dict[str, Any] = {
        "outcome": outcome,
        "delegations": ["d-hokuto"],
        "number": "青葉市税第1203号",
        "date": "2025-03-28",
        "reasons": {"text": "繁忙期の入力に限る", "clauses": ["特記事項第6第2項"]},
    }
    if outcome == "conditional":
        data["conditions"] = [
            {"text": "同等の義務を課すこと", "clause": "特記事項第6第3項", "due": "2025-04-14"}
        ]
    (draft,) = decision_drafts(_report(S000), DecisionInput.from_dict(data))
    assert draft.values["title"] == title
    filled = _docx(draft)
    text = docx_text(filled.data)
    assert said in text
    assert "令和7年3月17日付けみなと発第25-031号で申請のあった再委託" in text
    assert "株式会社みなとデータサービス　代表取締役 佐藤 健一　様" in text
    if outcome == "conditional":
        assert "１ | 同等の義務を課すこと | 特記事項第6第3項 | 令和7年4月14日" in text
    golden(f"drafts/decision_000_{outcome}.docx.txt", text + "\n")
    pdf = pdf_from_docx(filled.document)
    assert _squeezed_pdf(pdf) == _squeezed_docx(filled.data)


def test_decision_in_the_profiles_word_and_from_toml(tmp_path: Path) -> None:
    report = _report(S003)
    (edge, *_rest) = consent_edges(report)
    (draft,) = decision_drafts(
        report, DecisionInput.from_dict({"outcome": "approved", "delegations": [edge.id]})
    )
    assert draft.values["title"].endswith("の承認通知書")
    toml = tmp_path / "d.toml"
    toml.write_text(
        'outcome = "rejected"\ndelegations = ["d-hokuto"]\nreasons = "理由"\n', encoding="utf-8"
    )
    result = cli(
        "draft", "decision", str(S000), "--decision", str(toml), "-o", str(tmp_path / "n.docx")
    )
    assert result.exit_code == 0, result.output
    assert "不承諾通知書" in docx_text((tmp_path / "n.docx").read_bytes())


def test_a_decision_file_that_cannot_be_used_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DraftError):
        DecisionInput.from_dict({"outcome": "conditional"})
    with pytest.raises(DraftError):
        DecisionInput.from_dict({"outcome": "maybe"})
    with pytest.raises(DraftError):
        DecisionInput.from_dict({"outcome": "approved", "date": "昨日"})
    bad = tmp_path / "d.json"
    bad.write_text('{"outcome": "returned"}', encoding="utf-8")
    result = cli(
        "draft", "decision", str(S000), "--decision", str(bad), "-o", str(tmp_path / "n.pdf")
    )
    assert result.exit_code == 2 and "Traceback" not in result.output


# -- a municipality's own form --------------------------------------------------------------


def _own_form() -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("様式第1号　{{件名}}")
    document.add_paragraph("提出者：{{申請者}}（{{申請日}}）")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["No.", "項目", "記載"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["{{番号}}", "{{項目}}", "{{記載}}"], strict=True):
        cell.text = text
    document.add_paragraph("{{no.such.field}}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_municipalitys_own_form_with_a_field_map_and_western_dates(tmp_path: Path) -> None:
    (tmp_path / "own.docx").write_bytes(_own_form())
    profile = tmp_path / "mine.toml"
    profile.write_text(
        (ROOT / "chain" / "profiles" / "000.toml").read_text(encoding="utf-8")
        + """
[drafts]
dates = "western"

[drafts.application]
form = "own.docx"
fields = { "件名" = "title", "申請者" = "applicant.name", "申請日" = "document.date", "番号" = "item.number", "項目" = "item.label", "記載" = "item.value" }
""",
        encoding="utf-8",
    )
    out = tmp_path / "out.docx"
    result = cli(
        "draft",
        "application",
        str(S000),
        "--profile",
        str(profile),
        "--delegation",
        "d-hokuto",
        "--date",
        "2025-03-17",
        "-o",
        str(out),
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    text = docx_text(out.read_bytes())
    assert "様式第1号　再委託承諾申請書" in text
    assert "提出者：株式会社みなとデータサービス（2025年3月17日）" in text
    assert "３ | 期間 | 2025年4月15日から2026年1月31日まで" in text
    assert json.loads(result.stdout)["documents"][0]["unknown_placeholders"] == ["no.such.field"]
    assert "{{no.such.field}}: 該当する欄がありません" in result.stderr


def test_the_built_in_forms_hold_their_placeholders() -> None:
    app = placeholders(default_form("application").read_bytes())
    assert {"applicant.name", "item.value", "item.label", "title", "body"} <= set(app)
    notice = placeholders(default_form("decision").read_bytes())
    assert {"condition.text", "condition.due", "outcome", "reasons"} <= set(notice)


# -- the PDF ----------------------------------------------------------------------------------


def test_pdf_is_a4_with_every_font_embedded_and_long_names_wrap() -> None:
    doc = json.loads(S000.read_text(encoding="utf-8"))
    long_name = "株式会社" + "とても長い名前の入力センター" * 20
    doc["parties"][2]["name"] = long_name
    (draft, *_rest) = application_drafts(_report(doc), on=ON)
    filled = _docx(draft)
    pdf = pdf_from_docx(filled.document)
    reader = PdfReader(io.BytesIO(pdf))
    width = float(reader.pages[0].mediabox.width)
    assert round(width, 1) == 595.3 and round(float(reader.pages[0].mediabox.height), 1) == 841.9
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            assert "IPAex" in font["/BaseFont"]
        xs: list[float] = []

        def at(_t: str, cm: Any, tm: Any, _fd: Any, _fs: Any, xs: list[float] = xs) -> None:
            xs.append(cm[4] + tm[4])

        page.extract_text(visitor_text=at)
        assert xs and min(xs) >= 0 and max(xs) < width
    assert _squeezed_pdf(pdf) == _squeezed_docx(filled.data)
    assert long_name in _squeezed_pdf(pdf)


def test_same_draft_same_bytes() -> None:
    a = application_drafts(_report(S000), on=ON)[0]
    b = application_drafts(_report(S000), on=ON)[0]
    assert _docx(a).data == _docx(b).data
    assert pdf_from_docx(_docx(a).document) == pdf_from_docx(_docx(b).document)


# -- hostile input -------------------------------------------------------------------------


def _xml_texts(data: bytes) -> tuple[str, list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml")
    root = etree.fromstring(xml)  # well-formed whatever the names held
    return xml.decode("utf-8"), [t.text or "" for t in root.iter(_W + "t")]


@pytest.mark.parametrize("payload", load_corpus())
def test_injection_corpus_stays_text_in_docx(payload: str) -> None:
    doc = payload_chain(payload)
    doc["delegations"][0]["work"] = payload + "{{applicant.name}}"
    report = _report(doc)
    drafts = application_drafts(report, on=ON)
    first = next(d for d in drafts if d.delegation == "d-hokuto")
    filled = _docx(first)
    xml, texts = _xml_texts(filled.data)
    joined = "".join(texts)
    # The value is there as text, its hidden characters as code points, never raw.
    for line in payload.replace("\r\n", "\n").split("\n"):
        if line.strip():
            assert visible(line).strip() in joined
    assert not INVISIBLE.search(joined)
    # A placeholder inside a value is not filled again.
    assert "{{applicant.name}}" in joined
    # Nothing of the payload became markup: the document's runs are the form's.
    assert xml.count("<w:tbl>") == 1
    assert "<script" not in xml.lower()


def test_injection_corpus_stays_text_in_pdf() -> None:
    payloads = [p for p in load_corpus() if p.strip()]
    doc = copy.deepcopy(payload_chain(payloads[0]))
    doc["delegations"][0]["reason"] = "\n".join(payloads)
    (first, *_rest) = application_drafts(_report(doc), on=ON)
    filled = _docx(first)
    pdf = pdf_from_docx(filled.document)
    # The reason is taller than a page: its row runs over, so the cells' text interleaves
    # as read back, but every character is there.
    assert Counter(_squeezed_pdf(pdf)) == Counter(_squeezed_docx(filled.data))
    text = pdf_text(pdf)
    # Markup in a value is shown as written, not read as the layout's markup.
    markup = [p for p in payloads if "<" in p and "\n" not in p]
    assert markup and all(re.sub(r"\s", "", visible(p)) in _squeezed_pdf(pdf) for p in markup[:3])
    assert not INVISIBLE.search(text.replace("\n", ""))


def test_the_list_of_fields_is_what_is_drafted() -> None:
    report = _report(S000)
    (app, *_rest) = application_drafts(report)
    assert set(FIELDS["application"]) == set(app.values) | set(app.rows["item"][0])
    decided = DecisionInput.from_dict({"outcome": "conditional", "conditions": [{"text": "x"}]})
    (notice, *_rest) = decision_drafts(report, decided)
    assert set(FIELDS["decision"]) == set(notice.values) | set(notice.rows["condition"][0])
    listed = cli("draft", "fields", "decision")
    assert listed.exit_code == 0 and "{{condition.due}}\t条件の期限" in listed.stdout
    assert cli("draft", "fields", "memo").exit_code == 2


def test_a_form_that_is_not_a_docx_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "form.docx"
    bad.write_text("not a document", encoding="utf-8")
    out = tmp_path / "a.docx"
    result = cli("draft", "application", str(S000), "--form", str(bad), "-o", str(out))
    assert result.exit_code == 2 and "様式のファイルを .docx として読めません" in result.stderr
    assert not out.exists() and "Traceback" not in result.output
    gone = cli(
        "draft", "application", str(S000), "--form", str(tmp_path / "no.docx"), "-o", str(out)
    )
    assert gone.exit_code == 2 and not out.exists()


def test_a_decision_recorded_at_a_moment_is_dated_by_its_day_in_japan() -> None:
    late = DecisionInput.from_dict({"outcome": "approved", "date": "2025-03-27T16:30:00+00:00"})
    assert late.date == dt.date(2025, 3, 28)
    rejected = DecisionInput.from_dict(
        {"outcome": "rejected", "delegations": ["d-hokuto"], "reasons": {"codes": ["DLG002"]}}
    )
    (draft,) = decision_drafts(_report(S000), rejected)
    assert draft.values["reasons"] == "確認結果: DLG002（承諾前に始まった委託）"


def test_the_built_in_forms_are_those_their_layout_writes() -> None:
    from chain.drafts.forms_build import application_form, decision_form

    assert default_form("application").read_bytes() == application_form()
    assert default_form("decision").read_bytes() == decision_form()


def test_a_hidden_character_in_a_delegation_id_is_shown_as_its_code_point(tmp_path: Path) -> None:
    doc = json.loads(S000.read_text(encoding="utf-8"))
    doc["delegations"][0]["id"] = "d-\u202ehokuto"
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = cli("draft", "application", str(path), "-o", str(tmp_path / "a.docx"))
    assert result.exit_code == 0, result.output
    assert "d-<U+202E>hokuto" in result.stdout and "\u202e" not in result.stdout
    assert (tmp_path / "a-d-_hokuto.docx").is_file()
