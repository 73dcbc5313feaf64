"""An edit is never lost: what an officer does between edits leaves every edit in the chain.

Each test edits a table or the contract form, then does what an officer does before the
next edit (looks at the findings, changes the template or the language, asks about an
incident) and comes back to the 編集 page. The open chain, what the editor shows and the
downloaded chain all still hold the edit. Edits are given either as the editor's state
(:func:`edit_table`: the page stores what the editor returns) or sent as the browser sends
them (:func:`send_edit`: the editor's callback stores them, even when the same click
leaves the page).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from appdriving import (
    CHECK,
    EDIT,
    INCIDENT,
    LOAD,
    downloaded,
    edit_table,
    editor_rows,
    finding_codes,
    open_sample,
    send_edit,
)
from streamlit.testing.v1 import AppTest

# --- what an officer does between two edits, ending on the 編集 page -------------------


def _template(at: AppTest, profile_id: str) -> AppTest:
    return at.selectbox(key="template").set_value(profile_id).run()


def _language(at: AppTest, lg: str) -> AppTest:
    return at.radio(key="lang").set_value(lg).run()


def _findings_and_back(at: AppTest) -> AppTest:
    at.switch_page(CHECK).run()
    assert at.title[0].value == "検査結果"
    return at.switch_page(EDIT).run()


def _incident_and_back(at: AppTest) -> AppTest:
    at.switch_page(INCIDENT).run()
    asked = [s for s in at.selectbox if s.key == "incident-at"]
    if asked and "hokuto" in asked[0].options:
        asked[0].set_value("hokuto").run()
    return at.switch_page(EDIT).run()


def _template_here(at: AppTest) -> AppTest:
    return _template(at, "003")


def _template_on_findings_page(at: AppTest) -> AppTest:
    at.switch_page(CHECK).run()
    _template(at, "003")
    return at.switch_page(EDIT).run()


def _language_and_back(at: AppTest) -> AppTest:
    _language(at, "en")
    assert at.title[0].value == "Edit"
    return _language(at, "ja")


def _language_on_another_page(at: AppTest) -> AppTest:
    at.switch_page(LOAD).run()
    _language(at, "en")
    at.switch_page(EDIT).run()
    assert at.title[0].value == "Edit"
    return _language(at, "ja")


def _language_on_the_diagram_pages(at: AppTest) -> AppTest:
    """Switched on the findings page, then the incident page is opened in English and the
    language switched back there, then the findings again: the diagram's controls are worded in the language of the
    run that drew them (AppTest asks for their words between runs, as the browser never does)."""
    at.switch_page(CHECK).run()
    _language(at, "en")
    assert "The whole chain" in at.selectbox(key="dg-branch").options
    at.switch_page(INCIDENT).run()
    _language(at, "ja")
    at.switch_page(CHECK).run()
    assert "チェーン全体" in at.selectbox(key="dg-branch").options
    return at.switch_page(EDIT).run()


def _several_in_a_row(at: AppTest) -> AppTest:
    _findings_and_back(at)
    _incident_and_back(at)
    _template(at, "002")
    _language(at, "en")
    at.switch_page(INCIDENT).run()
    at.switch_page(CHECK).run()
    _language(at, "ja")
    _template(at, "000")
    at.switch_page(CHECK).run()
    return at.switch_page(EDIT).run()


MOVES: dict[str, Callable[[AppTest], AppTest]] = {
    "findings-page": _findings_and_back,
    "template": _template_here,
    "template-on-findings-page": _template_on_findings_page,
    "language": _language_and_back,
    "language-on-another-page": _language_on_another_page,
    "language-on-the-diagram-pages": _language_on_the_diagram_pages,
    "incident-page": _incident_and_back,
    "several-in-a-row": _several_in_a_row,
}

# --- one edit of each table: a changed cell, an added row and a deleted row ----------------


@dataclass(frozen=True)
class TableEdit:
    table: str
    edited: dict[int, dict[str, Any]]
    added: list[dict[str, Any]]
    deleted: list[int]
    ids: list[str]  # the rows' ids (kinds, for documents) after the edit
    cell: tuple[int, str, Any]  # a changed cell after the edit: row, column, value
    delegation: int | None = None  # whose documents
    key: str = "id"
    rows: Callable[[dict], list] = field(default=lambda doc: [])


TABLE_EDITS = [
    TableEdit(
        "parties",
        edited={2: {"name": "北斗入力センター株式会社（改）"}},
        added=[{"id": "kaede", "kind": "company", "name": "株式会社かえでシステム"}],
        deleted=[4],
        ids=["city", "minato", "hokuto", "sakura", "kaede"],
        cell=(2, "name", "北斗入力センター株式会社（改）"),
        rows=lambda doc: doc["parties"],
    ),
    TableEdit(
        "delegations",
        edited={0: {"period.start": "2025-03-20"}},
        added=[
            {
                "id": "d-kaede",
                "delegator": "hokuto",
                "delegate": "kaede",
                "work": "入力データの検証",
            }
        ],
        deleted=[1],
        ids=["d-hokuto", "d-kaede"],
        cell=(0, "period.start", "2025-03-20"),
        rows=lambda doc: doc["delegations"],
    ),
    TableEdit(
        "documents",
        edited={0: {"reference": "みなと発第25-031号（再提出）"}},
        added=[
            {
                "kind": "notification",
                "date": "2025-04-01",
                "reference": "みなと発第25-052号",
                "submitted_by": "minato",
            }
        ],
        deleted=[2],
        ids=["application", "approval", "notification"],
        cell=(0, "reference", "みなと発第25-031号（再提出）"),
        delegation=0,
        key="kind",
        rows=lambda doc: doc["delegations"][0]["documents"],
    ),
    TableEdit(
        "documents",
        edited={1: {"date": "2026-01-10"}},
        added=[{"kind": "guidance", "date": "2026-01-12", "issued_by": "minato"}],
        deleted=[0],
        ids=["approval", "flow_down", "guidance"],
        cell=(0, "date", "2026-01-10"),
        delegation=1,
        key="kind",
        rows=lambda doc: doc["delegations"][1]["documents"],
    ),
    TableEdit(
        "workers",
        edited={1: {"pledge_on": "令和7年3月26日"}},
        added=[
            {
                "id": "w-haken2",
                "name": "派遣 二郎",
                "party": "minato",
                "employment": "dispatched",
                "dispatched_from": "himawari",
            }
        ],
        deleted=[0],
        ids=[
            "w-ops",
            "w-haken",
            "w-ito",
            "w-kato",
            "w-yoshida",
            "w-watanabe",
            "w-saito",
            "w-haken2",
        ],
        cell=(0, "pledge_on", "令和7年3月26日"),
        rows=lambda doc: doc["workers"],
    ),
    TableEdit(
        "places",
        edited={1: {"address": "仙北市駅前五丁目6番7号 2階"}},
        added=[
            {
                "id": "pl-cloud",
                "name": "入力データ保管（クラウド）",
                "kind": "cloud",
                "party": "minato",
                "provider": "Example Cloud",
            }
        ],
        deleted=[0],
        ids=["pl-hokuto", "pl-sakura", "pl-cloud"],
        cell=(0, "address", "仙北市駅前五丁目6番7号 2階"),
        rows=lambda doc: doc["places"],
    ),
]


def _edit_name(e: TableEdit) -> str:
    return e.table if e.delegation is None else f"{e.table}-of-delegation-{e.delegation + 1}"


@pytest.fixture
def editing(app) -> AppTest:
    open_sample(app)
    return app.switch_page(EDIT).run()


def _field(record: dict, path: str) -> Any:
    for k in path.split("."):
        record = record.get(k) if isinstance(record, dict) else None
    return record


def _assert_kept(at: AppTest, e: TableEdit, downloads: dict[str, bytes]) -> None:
    """The chain, its editor and its download hold the edit."""
    assert not at.exception
    row, column, value = e.cell
    doc = at.session_state["doc"]
    assert [r.get(e.key) for r in e.rows(doc)] == e.ids
    assert _field(e.rows(doc)[row], column) == value
    if e.delegation is not None:
        assert at.selectbox(key="doc-delegation").value == e.delegation
    shown = editor_rows(at, e.table)
    assert [r.get(e.key) for r in shown] == e.ids
    assert shown[row][column] == value
    saved = json.loads(downloaded(at, downloads, "download-chain-edit"))
    assert saved == doc


@pytest.mark.parametrize("move", MOVES.values(), ids=MOVES.keys())
@pytest.mark.parametrize("e", TABLE_EDITS, ids=_edit_name)
def test_a_table_edit_is_kept(editing, downloads, e, move):
    at = editing
    if e.delegation is not None:
        at.selectbox(key="doc-delegation").set_value(e.delegation).run()
    edit_table(at, e.table, edited=e.edited, added=e.added, deleted=e.deleted)
    _assert_kept(at, e, downloads)
    move(at)
    _assert_kept(at, e, downloads)


@pytest.mark.parametrize(
    "click",
    [{"page": CHECK}, {"page": INCIDENT}, {"lang": "en"}],
    ids=["findings-page", "incident-page", "language"],
)
@pytest.mark.parametrize("e", TABLE_EDITS, ids=_edit_name)
def test_a_table_edit_committed_by_the_click_that_leaves_is_kept(editing, downloads, e, click):
    """The officer types in a cell and clicks straight on the navigation or the language: the
    edit arrives with that click, in a run where the editor is not drawn (or drawn afresh)."""
    at = editing
    if e.delegation is not None:
        at.selectbox(key="doc-delegation").set_value(e.delegation).run()
    send_edit(at, e.table, edited=e.edited, added=e.added, deleted=e.deleted, **click)
    assert not at.exception
    assert [r.get(e.key) for r in e.rows(at.session_state["doc"])] == e.ids
    if "page" in click:
        at.switch_page(EDIT).run()
    else:
        _language(at, "ja")
    _assert_kept(at, e, downloads)


@pytest.mark.parametrize(
    "table, edit",
    [
        (
            "workers",
            {
                "edited": {1: {"count": "many"}, 0: {"roles": ["operator", "info_manager"]}},
                "added": [{"id": "w-new", "name": "入力補助班"}],
                "deleted": [3],
            },
        ),
        (
            "delegations",
            {"edited": {0: {"protection.contract_copy": False, "personal_data": ["氏名", "住所"]}}},
        ),
        ("parties", {"edited": {4: {"kind": "company", "parent.voting_share_percent": "51.5"}}}),
        (
            "documents",
            {"edited": {2: {"provisions": ["obligations", "supervision"], "date": None}}},
        ),
        ("places", {"edited": {2: {"kind": "storage"}}, "deleted": [0]}),
    ],
    ids=["workers", "delegations", "parties", "documents", "places"],
)
def test_an_edit_is_read_by_the_callback_as_the_editor_reads_it(editing, monkeypatch, table, edit):
    """The editor's callback stores the edit; the table the editor then returns is the same,
    so the document is not changed a second time (nor the page run again)."""
    from chain_app import state

    stored: list[tuple[str, str]] = []
    update = state.update_document

    def recording(doc, origin):
        stored.append((origin, sys._getframe(1).f_code.co_name))
        update(doc, origin)

    monkeypatch.setattr(state, "update_document", recording)
    send_edit(editing, table, **edit)
    assert not editing.exception
    assert stored == [(table, "_editor_changed")]


# --- the contract form -------------------------------------------------------------------


@pytest.mark.parametrize("move", MOVES.values(), ids=MOVES.keys())
def test_a_contract_edit_is_kept(editing, downloads, move):
    at = editing
    at.text_input(key="contract-title").set_value(
        "令和7年度 課税資料データ入力業務委託（変更）"
    ).run()
    at.text_input(key="contract-period.end").set_value("2026-02-28").run()
    at.multiselect(key="contract-personal_data").select("電話番号").run()
    at.checkbox(key="contract-pledges_instructed").check().run()
    move(at)
    assert not at.exception
    contract = at.session_state["doc"]["contract"]
    assert contract["title"] == "令和7年度 課税資料データ入力業務委託（変更）"
    assert contract["period"]["end"] == "2026-02-28"
    assert contract["personal_data"][-1] == "電話番号"
    assert contract["pledges_instructed"] is True
    assert at.text_input(key="contract-title").value == contract["title"]
    assert at.text_input(key="contract-period.end").value == "2026-02-28"
    assert at.multiselect(key="contract-personal_data").value == contract["personal_data"]
    assert at.checkbox(key="contract-pledges_instructed").value is True
    saved = json.loads(downloaded(at, downloads, "download-chain-edit"))
    assert saved["contract"] == contract


def test_a_contract_field_committed_by_the_click_that_leaves_is_kept(editing):
    at = editing
    at.text_input(key="contract-reference").set_value("青葉市契約第2025-0412号の2")
    at.switch_page(CHECK).run()
    assert at.session_state["doc"]["contract"]["reference"] == "青葉市契約第2025-0412号の2"
    at.switch_page(EDIT).run()
    assert at.text_input(key="contract-reference").value == "青葉市契約第2025-0412号の2"


# --- edits that leave the chain invalid, and a whole working session -------------------


@pytest.mark.parametrize(
    "move",
    [_findings_and_back, _incident_and_back, _several_in_a_row],
    ids=["findings-page", "incident-page", "several-in-a-row"],
)
def test_an_edit_that_makes_the_chain_invalid_is_kept_with_its_problem(editing, downloads, move):
    at = edit_table(
        editing,
        "workers",
        edited={1: {"count": "3人"}},
        added=[
            {
                "id": "w-new",
                "name": "入力補助班",
                "count": "二人",
                "party": "minato",
                "employment": "part_time",
            }
        ],
    )
    move(at)
    assert not at.exception
    assert [w["count"] for w in at.session_state["doc"]["workers"] if "count" in w][-2:] == [
        "3人",
        "二人",
    ]
    rows = at.get_by_key("edit-problems").dataframe[0].value.to_dict("records")
    assert [r["JSON ポインタ"] for r in rows] == ["/workers/1/count", "/workers/8/count"]
    shown = editor_rows(at, "workers")
    assert (shown[1]["count"], shown[8]["id"], shown[8]["count"]) == ("3人", "w-new", "二人")
    saved = json.loads(downloaded(at, downloads, "download-chain-edit"))
    assert (saved["workers"][1]["count"], saved["workers"][8]["count"]) == ("3人", "二人")


def test_a_working_session_keeps_every_edit(editing, downloads):
    """Edit, look elsewhere, edit the next table, and so on: nothing is undone on the way."""
    at = edit_table(editing, "delegations", edited={0: {"period.start": "2025-03-20"}})
    _findings_and_back(at)
    edit_table(at, "parties", edited={2: {"name": "北斗入力センター株式会社（改）"}})
    _language_and_back(at)
    edit_table(
        at,
        "workers",
        added=[
            {
                "id": "w-haken2",
                "name": "派遣 二郎",
                "party": "minato",
                "employment": "dispatched",
                "dispatched_from": "himawari",
            }
        ],
    )
    _incident_and_back(at)
    at.selectbox(key="doc-delegation").set_value(1).run()
    edit_table(at, "documents", deleted=[2])  # d-sakura's flow-down
    _template_on_findings_page(at)
    at.text_input(key="contract-note").set_value("再委託の範囲を確認中").run()
    edit_table(at, "places", deleted=[2])
    _several_in_a_row(at)

    assert not at.exception
    doc = at.session_state["doc"]
    assert doc["delegations"][0]["period"]["start"] == "2025-03-20"
    assert doc["parties"][2]["name"] == "北斗入力センター株式会社（改）"
    assert doc["workers"][-1]["id"] == "w-haken2"
    assert [d["kind"] for d in doc["delegations"][1]["documents"]] == ["application", "approval"]
    assert doc["contract"]["note"] == "再委託の範囲を確認中"
    assert [p["id"] for p in doc["places"]] == ["pl-minato", "pl-hokuto"]
    assert editor_rows(at, "delegations")[0]["period.start"] == "2025-03-20"
    assert editor_rows(at, "parties")[2]["name"] == "北斗入力センター株式会社（改）"
    assert editor_rows(at, "workers")[-1]["id"] == "w-haken2"
    assert [r["kind"] for r in editor_rows(at, "documents")] == ["application", "approval"]
    assert [r["id"] for r in editor_rows(at, "places")] == ["pl-minato", "pl-hokuto"]
    assert json.loads(downloaded(at, downloads, "download-chain-edit")) == doc
    at.switch_page(CHECK).run()
    codes = finding_codes(at)
    assert "DLG002" in codes  # d-hokuto now starts before its approval
    assert "PST001" in codes  # d-sakura lost its flow-down


def test_the_documents_of_the_chosen_delegation_are_shown_on_return(editing):
    at = editing
    at.selectbox(key="doc-delegation").set_value(1).run()
    _findings_and_back(at)
    assert at.selectbox(key="doc-delegation").value == 1
    refs = [r["reference"] for r in editor_rows(at, "documents")]
    assert refs == ["みなと発第25-188号", "青葉市税第2210号", "再々委託契約書"]


def test_another_chain_opens_on_its_first_delegation(editing):
    at = editing
    at.selectbox(key="doc-delegation").set_value(1).run()
    at.switch_page(LOAD).run()
    open_sample(at)
    at.switch_page(EDIT).run()
    assert at.selectbox(key="doc-delegation").value == 0
