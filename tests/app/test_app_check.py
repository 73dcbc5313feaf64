"""Flows 4, 6 and 7: template choice, findings filters, checklist, comparison, downloads."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from appdriving import FORMULA, ROOT, downloaded, finding_codes, open_sample, upload
from streamlit.testing.v1 import AppTest

from chain.profiles.load import builtin_profile_ids
from chain.report.spreadsheet import FORMULA_PREFIXES
from chain_app.i18n import MESSAGES


@pytest.fixture
def checking(app, faulty_doc) -> AppTest:
    """The faulty chain (approval missing, a formula as a party name) on the findings page."""
    return upload(app, "faulty.json", json.dumps(faulty_doc, ensure_ascii=False).encode())


def _codes(at: AppTest) -> list[str]:
    return finding_codes(at)


def test_template_defaults_to_the_contract_and_can_be_changed(app):
    open_sample(app)
    assert app.selectbox(key="template").value == "000"
    assert _codes(app) == ["TIR001"]
    app.selectbox(key="template").set_value("003").run()
    assert not app.exception
    codes = _codes(app)
    assert "STF001" in codes and "PLC001" in codes
    assert app.metric[0].value == str(
        codes.count("STF001") + codes.count("PLC001") + codes.count("PLC005")
    )


def test_contract_without_a_known_template_asks_for_one(app, sample_doc):
    sample_doc["contract"]["template"] = "999"
    upload(app, "other.json", json.dumps(sample_doc).encode())
    assert app.selectbox(key="template").value is None
    problems = app.get_by_key("check-problems").dataframe[0].value
    assert list(problems.iloc[:, 3]) == ["/contract/template"]
    app.selectbox(key="template").set_value("000").run()
    assert _codes(app) == ["TIR001"]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("flt-severity", ["error"], ["DLG001", "DAT003"]),
        ("flt-code", ["TIR001"], ["TIR001"]),
        ("flt-party", ["sakura"], ["TIR001"]),
        ("flt-clause", ["000 第6第1項（再委託の禁止）"], ["DLG001"]),
    ],
)
def test_findings_filters(checking, key, value, expected):
    assert _codes(checking) == ["DLG001", "DAT003", "TIR001"]
    checking.multiselect(key=key).set_value(value).run()
    assert not checking.exception
    assert _codes(checking) == expected


def test_filter_choices_come_from_the_findings(checking):
    assert checking.multiselect(key="flt-severity").options == ["エラー", "情報"]
    # Each code with its title in the catalogue, never its English slug.
    assert checking.multiselect(key="flt-code").options == [
        "DAT003 特定個人情報の再委託に最初の委託者の許諾がない",
        "DLG001 承諾（届出）がない委託",
        "TIR001 原則として認められない段階",
    ]
    # Parties by name alone: no two share one, so no id is shown.
    assert checking.multiselect(key="flt-party").options == [FORMULA, "有限会社さくらパンチ"]


def test_a_party_filter_tells_apart_two_parties_of_one_name(app, faulty_doc):
    faulty_doc["parties"][3]["name"] = faulty_doc["parties"][2]["name"]  # sakura as hokuto
    upload(app, "twins.json", json.dumps(faulty_doc, ensure_ascii=False).encode())
    assert app.multiselect(key="flt-party").options == [
        FORMULA + " (hokuto)",
        FORMULA + " (sakura)",
    ]


def _detail(at: AppTest, row: int = 0) -> str:
    at.session_state["findings-select"] = {"selection": {"rows": [row], "columns": []}}
    at.run()
    return " ".join(m.value for m in at.get_by_key("finding-detail").markdown)


def test_finding_detail_keeps_the_pointer_behind_a_toggle(checking):
    frame = checking.get_by_key("findings-table").dataframe[0].value
    assert (
        "位置（JSON ポインタ）" not in frame.columns
        and "技術情報: JSON ポインタ" not in frame.columns
    )
    assert "スラッグ" not in " ".join(frame.columns)
    assert frame.iloc[0]["箇所"] == "委託（再委託・再々委託） 1行目"
    text = _detail(checking)
    assert "委託（再委託・再々委託） 1行目" in text
    assert "/delegations" not in text and "consent\\-missing" not in text
    assert "consent-missing" not in text.replace("\\", "")
    toggle = checking.toggle(key="finding-technical")
    assert toggle.label == "技術的な詳細" and toggle.value is False
    toggle.set_value(True).run()
    text = " ".join(m.value for m in checking.get_by_key("finding-detail").markdown)
    assert "consent\\-missing" in text and "\\/delegations\\/0" in text


def test_a_clause_cites_the_template_by_title_not_its_file(checking):
    text = _detail(checking)
    assert "000_fa396c403729c04b" not in text.replace("\\", "")
    assert "（個人情報取扱特記事項（市・受託者））" in text


def test_the_app_says_shiteki_jikou_everywhere():
    # 指摘事項 on every page (the incident page once said 発見事項).
    assert not [k for k, m in MESSAGES.items() if "発見事項" in m.ja]


def test_officer_downloads_leave_the_pointer_and_slug_out(checking, downloads):
    data = downloaded(checking, downloads, "download-csv").decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(data, newline="")))
    assert "箇所" in header
    assert not any("ポインタ" in h or "スラッグ" in h for h in header)
    assert "/delegations" not in data


def test_english_counts_one_finding_in_the_singular(checking):
    checking.radio(key="lang").set_value("en").run()
    checking.multiselect(key="flt-severity").set_value(["info"]).run()
    captions = " ".join(c.value for c in checking.caption)
    assert "the 1 finding shown" in captions and "1 findings" not in captions


def test_finding_row_shows_clause_and_fix_in_full(checking):
    frame = checking.get_by_key("findings-table").dataframe[0].value
    row = frame.iloc[0]
    assert row["コード"] == "DLG001" and row["条項"].startswith("000 第6第1項")
    assert row["対応"]  # every finding says how to fix it
    checking.session_state["findings-select"] = {"selection": {"rows": [0], "columns": []}}
    checking.run()
    detail = checking.get_by_key("finding-detail")
    text = " ".join(m.value for m in detail.markdown)
    assert "DLG001" in text and "第6（再委託の禁止） \\> 1" in text


def test_checklist_ticks_and_misses(checking):
    first = checking.get_by_key("checklist-0").dataframe[0].value
    status = dict(zip(first["項目"], first["状態"], strict=True))
    # 000 calls its consent document 承諾 (its consent_document), not the built-in 承諾書.
    assert "承諾書" not in status
    assert status["承諾"] == MESSAGES["checklist.ng"].ja
    assert status["申請書"] == MESSAGES["checklist.ok"].ja
    assert status["業務の内容"] == MESSAGES["checklist.ok"].ja
    assert len(first) == 11  # 8 application items and 3 documents under 000 at tier 2
    second = checking.get_by_key("checklist-1").dataframe[0].value
    assert set(second["状態"]) == {MESSAGES["checklist.ok"].ja}
    # The delegation with something missing is open; the complete one is folded.
    assert [e.proto.expanded for e in _checklists(checking)[:2]] == [True, False]
    assert [e.icon for e in _checklists(checking)[:2]] == [
        ":material/warning:",
        ":material/check_circle:",
    ]


def _checklists(at) -> list:
    """The checklist's expanders (one per delegation: 委託元 → 委託先), in page order."""
    return [e for e in at.expander if " → " in e.label]


def _no_formula(cells) -> bool:
    return all(not str(c).startswith(FORMULA_PREFIXES) for c in cells if c is not None)


def test_findings_downloads_neutralise_formulas(checking, downloads):
    data = downloaded(checking, downloads, "download-csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r[1] for r in rows[1:]] == ["DLG001", "DAT003", "TIR001"]
    assert _no_formula(c for r in rows for c in r)
    assert rows[1][6] == "'" + FORMULA  # the name alone: no two parties share it
    book = openpyxl.load_workbook(io.BytesIO(downloaded(checking, downloads, "download-xlsx")))
    sheet = book.active
    assert [c.value for c in sheet["B"]][1:] == ["DLG001", "DAT003", "TIR001"]
    assert _no_formula(c.value for row in sheet.iter_rows() for c in row)
    assert sheet["G2"].value == "'" + FORMULA


def test_downloads_follow_the_filters(checking, downloads):
    checking.multiselect(key="flt-severity").set_value(["info"]).run()
    data = downloaded(checking, downloads, "download-csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert [r[1] for r in rows[1:]] == ["TIR001"]


def test_chain_json_download_is_the_open_chain(checking, downloads, faulty_doc):
    assert json.loads(downloaded(checking, downloads, "download-chain")) == faulty_doc


def test_compare_shows_every_template_side_by_side(app):
    open_sample(app)
    app.switch_page("chain_app/pages/compare.py").run()
    assert not app.exception
    table = app.get_by_key("compare-table").dataframe[0].value
    assert list(table["テンプレート"])[:5] == ["000", "001", "002", "003", "004"]
    assert sorted(table["テンプレート"]) == builtin_profile_ids()
    verdict = dict(zip(table["テンプレート"], table["判定"], strict=True))
    assert verdict["000"] == MESSAGES["compare.pass"].ja
    assert verdict["003"] == MESSAGES["compare.fail"].ja
    assert list(table["契約の指定"]) == ["✔"] + [""] * (len(table) - 1)
    assert app.metric[0].value == MESSAGES["compare.pass"].ja
    # One click from a template's card to its findings.
    app.button(key="compare-use-003").click().run()
    assert app.title[0].value == MESSAGES["nav.check"].ja
    assert app.selectbox(key="template").value == "003"
    assert "STF001" in _codes(app)


def test_compare_needs_a_readable_chain(app):
    open_sample(app)
    app.switch_page("chain_app/pages/edit.py").run()
    app.session_state["ed-workers"] = {
        "edited_rows": {0: {"count": "many"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.switch_page("chain_app/pages/compare.py").run()
    problems = app.get_by_key("compare-problems").dataframe[0].value
    assert list(problems.iloc[:, 3]) == ["/workers/0/count"]


def test_submitted_markdown_is_shown_literally(app, sample_doc):
    """A name that is Markdown (an image from elsewhere) must not become markup."""
    sample_doc["parties"][2]["name"] = "![x](http://example.invalid/x.png) **大** a@example.invalid"
    upload(app, "md.json", json.dumps(sample_doc, ensure_ascii=False).encode())
    label = _checklists(app)[0].label
    assert "](http" not in label and "**" not in label
    assert "\\!\\[x\\]\\(http\u2060\\:" in label  # escaped, with the link pattern broken
    assert "a\u2060\\@example" in label
    assert app.sidebar.markdown  # the sidebar still draws


def test_a_large_chains_download_is_built_when_clicked(app, monkeypatch, faulty_doc):
    """A large chain's bytes are not kept for the session: its download button is given a
    function that writes them when clicked, and what it writes is the open chain."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    from chain_app import state

    deferred = {}
    original = MediaFileManager.add_deferred

    def recording(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        deferred[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    monkeypatch.setattr(state, "_LARGE", 0)  # every chain counted large
    at = upload(app, "faulty.json", json.dumps(faulty_doc, ensure_ascii=False).encode())
    assert not at.exception
    button = at.get_by_key("download-chain").proto
    assert button.deferred_file_id and not button.url
    write = deferred[button.deferred_file_id]
    assert json.loads(write()) == faulty_doc
    # The application of a large chain is drafted when clicked too.
    application = at.get_by_key("download-application").proto.deferred_file_id
    assert application
    from chain.drafts.docx import docx_text

    assert "再委託承諾申請書" in docx_text(deferred[application]())


def test_the_application_of_a_delegation_downloads_as_docx_and_pdf(checking, downloads):
    from pypdf import PdfReader

    from chain.drafts.docx import docx_text

    assert checking.selectbox(key="draft-delegation").value == "d-hokuto"
    text = docx_text(downloaded(checking, downloads, "download-application"))
    assert "再委託承諾申請書" in text and "株式会社みなとデータサービス" in text
    checking.selectbox(key="draft-delegation").set_value("d-sakura").run()
    checking.radio(key="draft-format").set_value("pdf").run()
    assert not checking.exception
    data = downloaded(checking, downloads, "download-application")
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "再々委託承諾申請書" in pdf


def test_a_delegation_with_errors_is_never_ticked_complete(app):
    """000 faulty: d-hokuto has every document and item, and errors (DLG002, DAT002...)."""
    upload(app, "faulty.json", (ROOT / "sample_data/000/faulty.json").read_bytes())
    headers = {e.label: e for e in app.expander if "hokuto" in e.label}
    (label,) = headers
    assert "すべて揃っています" not in label
    assert "エラーの指摘が" in label and "DLG002" in label
    assert headers[label].proto.expanded


def _many_delegations(n: int = 25) -> bytes:
    from chain.testing.spec import Spec
    from chain.testing.synthetic import generate

    return generate(Spec(parties=n + 1, fault_rate=0.2, seed=11)).to_bytes()


def test_the_checklist_of_many_delegations_comes_a_page_at_a_time(app):
    from chain.report.checklist import checklists
    from chain.validate import validate_bytes
    from chain_app.components import CHECKLIST_PAGE

    data = _many_delegations()
    every = checklists(validate_bytes(data).report)
    open_ = [cl for cl in every if not cl.clear]
    assert len(open_) > CHECKLIST_PAGE and len(every) > len(open_)  # the chain tests both
    upload(app, "many.json", data)
    assert app.segmented_control(key="cl-show").value == "open"  # many: the open ones first
    assert len(_checklists(app)) == CHECKLIST_PAGE
    keys = {f"checklist-{cl.index}" for cl in every if _has_key(app, f"checklist-{cl.index}")}
    assert keys == {f"checklist-{cl.index}" for cl in open_[:CHECKLIST_PAGE] if cl.items}
    app.selectbox(key="cl-page").set_value(1).run()
    keys = {f"checklist-{cl.index}" for cl in every if _has_key(app, f"checklist-{cl.index}")}
    second = open_[CHECKLIST_PAGE : 2 * CHECKLIST_PAGE]
    assert keys == {f"checklist-{cl.index}" for cl in second if cl.items}
    # Leaving the page and coming back keeps the page of the checklist.
    app.switch_page("chain_app/pages/edit.py").run()
    app.switch_page("chain_app/pages/check.py").run()
    assert app.selectbox(key="cl-page").value == 1
    app.segmented_control(key="cl-show").set_value("all").run()
    pages = app.selectbox(key="cl-page").options
    assert len(pages) == -(-len(every) // CHECKLIST_PAGE)


def _has_key(at, key: str) -> bool:
    try:
        at.get_by_key(key)
    except KeyError:
        return False
    return True


def test_a_small_chain_shows_every_checklist(app):
    open_sample(app)
    assert app.segmented_control(key="cl-show").value == "all"
    assert not app.get("selectbox") or all(s.key != "cl-page" for s in app.selectbox)
