"""Flows 1 and 2: land on a Japanese page, bring a chain in (sample, upload, new form)."""

from __future__ import annotations

import json
import re
import sys

import pytest
from appdriving import APP, SAMPLE, finding_codes, open_sample, upload
from streamlit.testing.v1 import AppTest

from chain_app.i18n import MESSAGES

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _page_title(at: AppTest) -> str:
    return at.title[0].value


def test_landing_page_is_japanese_and_explains_itself(app):
    assert not app.exception
    assert _page_title(app) == MESSAGES["app.title"].ja
    intro = app.markdown[0].value
    assert CJK.search(intro) and intro == MESSAGES["load.intro"].ja
    assert app.button(key="open-sample").label == MESSAGES["load.sample_button"].ja
    assert app.session_state["doc"] is None


def test_english_is_one_switch_away(app):
    app.radio(key="lang").set_value("en").run()
    assert _page_title(app) == MESSAGES["app.title"].en
    assert not CJK.search(app.markdown[0].value)
    assert not CJK.search(app.button(key="open-sample").label)


def test_sample_is_one_click_away_and_lands_on_the_findings(app):
    open_sample(app)
    assert not app.exception
    assert _page_title(app) == MESSAGES["nav.check"].ja
    assert app.session_state["doc"] == json.loads(SAMPLE.read_text("utf-8"))
    assert app.session_state["template"] == "000"  # the contract's template
    assert [m.value for m in app.metric] == ["0", "0", "1"]
    assert finding_codes(app) == ["TIR001"]


def test_uploaded_chain_is_checked(app, faulty_doc):
    upload(app, "faulty.json", json.dumps(faulty_doc, ensure_ascii=False).encode())
    assert not app.exception
    assert _page_title(app) == MESSAGES["nav.check"].ja
    assert app.session_state["doc"] == faulty_doc
    assert "DLG001" in finding_codes(app)
    assert app.metric[0].value == "2"  # DLG001, and DAT003: the data includes 個人番号


def _problems(at: AppTest) -> list[dict]:
    return at.get_by_key("load-problems").dataframe[0].value.to_dict("records")


def test_bad_upload_names_the_place_and_keeps_the_open_chain(app, sample_doc):
    open_sample(app)
    app.switch_page("chain_app/pages/load.py").run()
    broken = dict(sample_doc, parties=[{"id": "x", "kind": "company"}], delegations="none")
    upload(app, "broken.json", json.dumps(broken).encode())
    assert not app.exception
    assert _page_title(app) == MESSAGES["app.title"].ja  # stayed on the load page
    pointers = {row["JSON ポインタ"]: row["場所"] for row in _problems(app)}
    assert set(pointers) == {"/parties/0/name", "/delegations"}
    assert "事業者・発注者 1行目「名称」" in pointers["/parties/0/name"]
    assert app.session_state["doc"] == sample_doc  # the open chain is kept
    assert len(app.error) == 1 and len(app.info) == 1


def test_malformed_json_names_line_and_column(app):
    upload(app, "cut.json", b'{\n  "format": "subcontract-chain",\n  "version": ')
    rows = _problems(app)
    assert len(rows) == 1 and rows[0]["場所"] == "3行13列"
    assert app.session_state["doc"] is None


def test_not_utf8_is_a_message_not_a_crash(app):
    upload(app, "sjis.json", '{"format": "青葉市"}'.encode("cp932"))
    assert not app.exception
    assert _problems(app)[0]["JSON ポインタ"] == "/"


def test_new_chain_from_the_form(app):
    for key, value in {
        "new-title": "令和7年度 住民票写し交付事務委託",
        "new-municipality": "青葉市",
        "new-contractor": "株式会社みなとデータサービス",
        "new-start": "令和7年4月1日",
        "new-end": "2026-03-31",
    }.items():
        app.text_input(key=key).set_value(value)
    app.selectbox(key="new-template").set_value("003")
    app.get_by_key("new-chain").button[0].click()  # the form's submit button
    app.run()
    assert not app.exception
    assert _page_title(app) == MESSAGES["nav.edit"].ja
    doc = app.session_state["doc"]
    assert doc["contract"]["title"] == "令和7年度 住民票写し交付事務委託"
    assert doc["contract"]["period"] == {"start": "令和7年4月1日", "end": "2026-03-31"}
    assert [p["name"] for p in doc["parties"]] == ["青葉市", "株式会社みなとデータサービス"]
    assert app.session_state["template"] == "003"
    # A new chain reads as a chain at once: no input problems on the edit page.
    with pytest.raises(KeyError):
        app.get_by_key("edit-problems")
    assert app.success[0].value == MESSAGES["edit.valid"].ja


def test_chain_named_on_the_command_line_is_open_at_start(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["streamlit_app.py", "--chain", str(SAMPLE)])
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert at.session_state["doc"]["contract"]["template"] == "000"
    assert at.session_state["doc_source"] == "compliant.json"
