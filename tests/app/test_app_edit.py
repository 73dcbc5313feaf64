"""Flow 3: edit the chain in tables and forms; every edit re-checks; the download is the chain."""

from __future__ import annotations

import json

import pytest
from appdriving import downloaded, edit_table, finding_codes, open_sample, upload
from streamlit.testing.v1 import AppTest

from chain.editor.document import document_bytes, load_document


@pytest.fixture
def editing(app) -> AppTest:
    open_sample(app)
    return app.switch_page("chain_app/pages/edit.py").run()


@pytest.fixture
def editing_faulty(app, faulty_doc) -> AppTest:
    upload(app, "faulty.json", json.dumps(faulty_doc, ensure_ascii=False).encode())
    return app.switch_page("chain_app/pages/edit.py").run()


def _findings(at: AppTest) -> list[str]:
    at.switch_page("chain_app/pages/check.py").run()
    codes = finding_codes(at)
    at.switch_page("chain_app/pages/edit.py").run()
    return codes


def test_editor_shows_every_table(editing):
    keys = [e.key for e in editing.data_editor]
    assert keys == ["ed-parties", "ed-delegations", "ed-documents", "ed-workers", "ed-places"]
    parties = editing.data_editor(key="ed-parties").value
    assert list(parties["id"]) == ["city", "minato", "hokuto", "sakura", "himawari"]


def test_adding_the_missing_approval_clears_the_finding(editing_faulty):
    at = editing_faulty
    assert "DLG001" in _findings(at)
    edit_table(
        at,
        "documents",
        added=[
            {
                "kind": "approval",
                "date": "2025-03-28",
                "reference": "青葉市税第1203号",
                "issued_by": "city",
            }
        ],
    )
    assert not at.exception
    kinds = [d["kind"] for d in at.session_state["doc"]["delegations"][0]["documents"]]
    assert kinds == ["application", "flow_down", "approval"]
    assert "DLG001" not in _findings(at)


def test_invalid_cell_is_kept_located_and_downloaded(editing, downloads):
    at = editing
    edit_table(at, "workers", edited={1: {"count": "3人"}})
    assert not at.exception
    rows = at.get_by_key("edit-problems").dataframe[0].value.to_dict("records")
    assert [(r["JSON ポインタ"], r["入力値"]) for r in rows] == [("/workers/1/count", "3人")]
    assert "従事者 2行目「人数」" in rows[0]["場所"]
    assert at.session_state["doc"]["workers"][1]["count"] == "3人"
    saved = json.loads(downloaded(at, downloads, "download-chain-edit"))
    assert saved["workers"][1]["count"] == "3人"
    # The check page says it cannot check, and shows the same place.
    at.switch_page("chain_app/pages/check.py").run()
    assert at.get_by_key("check-problems").dataframe[0].value.iloc[0, 3] == "/workers/1/count"
    # Fixing the cell makes the chain valid again.
    at.switch_page("chain_app/pages/edit.py").run()
    edit_table(at, "workers", edited={1: {"count": "５"}})
    assert at.session_state["doc"]["workers"][1]["count"] == 5
    with pytest.raises(KeyError):
        at.get_by_key("edit-problems")


def test_rows_are_added_and_deleted(editing):
    at = edit_table(
        editing,
        "places",
        deleted=[0],
        added=[
            {
                "id": "pl-cloud",
                "name": "入力データ保管（クラウド）",
                "kind": "cloud",
                "party": "minato",
                "provider": "Example Cloud",
            },
        ],
    )
    assert [p["id"] for p in at.session_state["doc"]["places"]] == [
        "pl-hokuto",
        "pl-sakura",
        "pl-cloud",
    ]


def test_edits_in_one_table_keep_edits_made_in_another(editing):
    reason = "繁忙期の入力件数が処理能力を超えるため"
    at = edit_table(editing, "delegations", edited={0: {"reason": reason}})
    at = edit_table(at, "documents", deleted=[2])  # drop d-hokuto's flow-down
    at = edit_table(at, "parties", edited={2: {"representative": "代表取締役 小林 由美子"}})
    doc = at.session_state["doc"]
    assert doc["delegations"][0]["reason"] == reason
    assert [d["kind"] for d in doc["delegations"][0]["documents"]] == ["application", "approval"]
    assert doc["parties"][2]["representative"] == "代表取締役 小林 由美子"
    assert "PST001" in _findings(at)


def test_documents_of_another_delegation(editing):
    editing.selectbox(key="doc-delegation").set_value(1).run()
    docs = editing.data_editor(key="ed-documents").value
    assert list(docs["reference"]) == ["みなと発第25-188号", "青葉市税第2210号", "再々委託契約書"]
    at = edit_table(editing, "documents", edited={1: {"date": "2026-01-10"}})
    assert at.session_state["doc"]["delegations"][1]["documents"][1]["date"] == "2026-01-10"
    assert "DLG002" in _findings(at)  # approved after the tier-3 work started


def test_contract_form_changes_the_template(editing):
    editing.text_input(key="contract-template").set_value("003").run()
    assert not editing.exception
    assert editing.session_state["doc"]["contract"]["template"] == "003"
    assert editing.session_state["template"] == "003"
    assert "STF001" in _findings(editing)


def test_contract_form_keeps_an_invalid_date(editing):
    editing.text_input(key="contract-period.start").set_value("令和7年2月30日").run()
    assert editing.session_state["doc"]["contract"]["period"]["start"] == "令和7年2月30日"
    rows = editing.get_by_key("edit-problems").dataframe[0].value.to_dict("records")
    assert [r["JSON ポインタ"] for r in rows] == ["/contract/period/start"]


def test_downloaded_chain_is_valid_json_in_the_published_format(editing, downloads):
    at = edit_table(editing, "workers", edited={0: {"pledge_on": "令和7年3月26日"}})
    data = downloaded(at, downloads, "download-chain-edit")
    assert data == document_bytes(at.session_state["doc"])  # the bytes that were checked
    doc, chain = load_document(data)
    assert doc == at.session_state["doc"]
    assert chain.workers[0].pledge_on.isoformat() == "2025-03-26"


def test_switching_language_keeps_pending_edits(editing):
    at = edit_table(editing, "parties", edited={1: {"note": "確認済み"}})
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.session_state["doc"]["parties"][1]["note"] == "確認済み"
    assert at.data_editor(key="ed-parties").value.loc[1, "note"] == "確認済み"
