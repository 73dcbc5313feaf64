"""Cases in the app, each test on a temporary SQLite store (``case_store``): filing, autosave,
reopening after a reload, the ケース page's moves and decisions, self-approval and stale saves.
Each asserts what the store holds, not only what the page says."""

from __future__ import annotations

import pytest
from appdriving import APP, edit_table, open_sample
from streamlit.testing.v1 import AppTest

from chain.cases.service import CaseService
from chain_app.i18n import MESSAGES

CASES = "chain_app/pages/cases.py"
EDIT = "chain_app/pages/edit.py"
LOAD = "chain_app/pages/load.py"


def _app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=60).run()


def _store(url: str) -> CaseService:
    return CaseService.open(url)


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def _saved_caption(at: AppTest) -> str:
    (text,) = [c for c in _captions(at) if c.startswith("最終保存")]
    return text


def _edit_manager(at: AppTest, name: str) -> AppTest:
    """Change the first delegation's 責任者 on the edit page."""
    at.switch_page(EDIT).run()
    return edit_table(at, "delegations", edited={0: {"responsibility.manager": name}})


def _as(at: AppTest, name: str) -> AppTest:
    """Act as ``name``, chosen from the registered users (the store has some)."""
    picked = at.selectbox(key="case-user")
    assert name in picked.options
    picked.set_value(name)
    return at.run()


def _click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click()
    return at.run()


@pytest.fixture
def filed(case_store) -> AppTest:
    at = open_sample(_app())
    assert not at.exception
    return at


def test_opening_a_sample_files_it_in_a_new_case(filed, case_store):
    store = _store(case_store)
    (case,) = store.list_cases("tanaka")
    assert case["title"] == "令和7年度 市民税・県民税課税資料データ入力業務委託"
    assert case["department"] == "財務部市民税課"
    assert case["contractor"] == "株式会社みなとデータサービス"
    assert case["state"] == "draft"
    (v1,) = store.show_case("tanaka", case["id"])["versions"]
    assert (v1["version"], v1["source"], v1["source_name"]) == (1, "file", "compliant.json")
    assert v1["created_by"] == "tanaka"
    assert _saved_caption(filed).endswith("（第1版）")


def test_an_edit_saves_version_2_and_a_reload_reopens_it(filed, case_store):
    at = _edit_manager(filed, "山田 花子")
    assert not at.exception
    store = _store(case_store)
    versions = store.show_case("tanaka", 1)["versions"]
    assert [(v["version"], v["source"], v["conflict"]) for v in versions] == [
        (1, "file", False),
        (2, "app", False),
    ]
    chain = store.version_chain("tanaka", 1, 2)
    assert chain["delegations"][0]["responsibility"]["manager"] == "山田 花子"
    assert _saved_caption(at).endswith("（第2版）")
    # Leaving the page and coming back saves nothing more.
    at.switch_page(CASES).run()
    at.switch_page(EDIT).run()
    assert len(store.show_case("tanaka", 1)["versions"]) == 2

    reloaded = _app()  # a new session on the same store
    assert reloaded.session_state["doc"] is None
    assert reloaded.button(key="case-reopen").label == MESSAGES["case.reopen"].ja.format(
        id=1, title="令和7年度 市民税・県民税課税資料データ入力業務委託", n=2
    )
    reloaded = _click(reloaded, "case-reopen")
    assert not reloaded.exception
    doc = reloaded.session_state["doc"]
    assert doc["delegations"][0]["responsibility"]["manager"] == "山田 花子"
    # Reopening is not an edit: still two versions; the next edit is made from version 2.
    assert len(store.show_case("tanaka", 1)["versions"]) == 2
    reloaded = _edit_manager(reloaded, "佐藤 一郎")
    versions = store.show_case("tanaka", 1)["versions"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert not versions[2]["conflict"]


def test_an_upload_can_be_filed_in_an_existing_case(filed, case_store, sample_doc):
    import json

    from appdriving import upload

    at = filed
    at.switch_page(LOAD).run()
    at.selectbox(key="case-target").set_value(1).run()
    sample_doc["delegations"][0]["work"] = "データ入力と検証"
    at = upload(at, "revised.json", json.dumps(sample_doc, ensure_ascii=False).encode())
    assert not at.exception
    store = _store(case_store)
    assert len(store.list_cases("tanaka")) == 1
    versions = store.show_case("tanaka", 1)["versions"]
    assert [(v["version"], v["source_name"]) for v in versions] == [
        (1, "compliant.json"),
        (2, "revised.json"),
    ]


def test_submit_return_resubmit_conditional_then_a_change_needs_reapproval(filed, case_store):
    store = _store(case_store)
    store.add_user("tanaka", "suzuki", "approver")
    at = filed
    at.switch_page(CASES).run()
    assert not at.exception
    at = _click(at, "cases-submit")
    assert store.show_case("tanaka", 1)["state"] == "submitted"

    # The approver, in the same tab: starts the review and returns the case with reasons.
    at = _as(at, "suzuki")
    at = _click(at, "cases-review")
    assert store.show_case("suzuki", 1)["state"] == "in_review"
    at.selectbox(key="cases-decide-outcome").set_value("returned")
    at.text_area(key="cases-decide-reason").input("再々委託の理由を具体的に記載してください")
    at.text_input(key="cases-decide-codes").input("TIR001")
    at = _click(at, "cases-decide")
    assert not at.exception
    shown = store.show_case("suzuki", 1)
    assert shown["state"] == "returned"
    (returned,) = shown["decisions"]
    assert returned["outcome"] == "returned"
    assert returned["reasons"]["codes"] == ["TIR001"]
    assert returned["decided_by"] == "suzuki"

    # The officer edits (saved as version 2) and submits again.
    at = _as(at, "tanaka")
    at = _edit_manager(at, "山田 花子")
    assert [v["version"] for v in store.show_case("tanaka", 1)["versions"]] == [1, 2]
    at.switch_page(CASES).run()
    at = _click(at, "cases-submit")
    assert store.show_case("tanaka", 1)["state"] == "submitted"

    # The approver approves with a condition, bound to version 2's hash.
    at = _as(at, "suzuki")
    at.selectbox(key="cases-decide-outcome").set_value("conditional")
    at.text_area(key="cases-decide-conditions").input(
        "四半期ごとに立入確認の結果を報告すること | 000 第6第7項 | 2026-03-31"
    )
    at.text_input(key="cases-decide-from").input("2025-04-15")
    at.text_input(key="cases-decide-until").input("2099-03-31")
    at = _click(at, "cases-decide")
    assert not at.exception
    shown = store.show_case("suzuki", 1)
    assert shown["state"] == "conditional"
    decision = shown["decisions"][-1]
    assert decision["conditions"] == [
        {
            "text": "四半期ごとに立入確認の結果を報告すること",
            "clause": "000 第6第7項",
            "due": "2026-03-31",
        }
    ]
    assert decision["version"] == 2
    assert decision["version_sha256"] == shown["versions"][1]["sha256"]
    assert (decision["valid_from"], decision["valid_until"]) == ("2025-04-15", "2099-03-31")
    assert shown["derived"] == []

    # A change to the approved delegation: version 3, and 要再承認 with the field changed.
    at = _as(at, "tanaka")
    at = _edit_manager(at, "佐藤 一郎")
    shown = store.show_case("tanaka", 1)
    assert [v["version"] for v in shown["versions"]] == [1, 2, 3]
    assert shown["derived"] == ["needs_reapproval"]
    hokuto = next(r for r in shown["delegations"] if r["delegation"] == "d-hokuto")
    assert hokuto["needs_reapproval"] and hokuto["changed_fields"] == ["responsibility/manager"]
    at.switch_page(CASES).run()
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any("要再承認" in w for w in warnings)
    status = at.get_by_key("cases-status").dataframe[0].value
    row = status[status["委託"] == "d-hokuto"].iloc[0]
    assert row["要再承認"] == "あり" and row["変更された項目"] == "責任者"
    # The diff of versions 2 and 3 names the field by the editor's column.
    diff = at.get_by_key("cases-diff-table").dataframe[0].value
    assert list(diff.iloc[0])[:6] == [
        "委託（再委託・再々委託）",
        "変更",
        "d-hokuto",
        "責任者",
        "山田 花子",
        "佐藤 一郎",
    ]


def test_self_approval_is_refused(filed, case_store):
    store = _store(case_store)
    at = filed
    at.switch_page(CASES).run()
    at = _click(at, "cases-submit")
    at = _click(at, "cases-review")  # tanaka runs the store (admin): may review
    at.selectbox(key="cases-decide-outcome").set_value("approved")
    at = _click(at, "cases-decide")
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("自己承認" in e for e in errors), errors
    shown = store.show_case("tanaka", 1)
    assert shown["decisions"] == []
    assert shown["state"] == "in_review"


def test_a_stale_save_shows_the_conflict_and_keeps_both_versions(filed, case_store):
    store = _store(case_store)
    first = filed
    second = _click(_app(), "case-reopen")  # another tab on version 1
    first = _edit_manager(first, "山田 花子")  # version 2, current
    second = _edit_manager(second, "佐藤 一郎")  # made from version 1: kept as version 3
    assert not second.exception
    versions = store.show_case("tanaka", 1)["versions"]
    assert [(v["version"], v["conflict"]) for v in versions] == [(1, False), (2, False), (3, True)]
    assert store.version_chain("tanaka", 1)["delegations"][0]["responsibility"]["manager"] == (
        "山田 花子"
    )
    kept = store.version_chain("tanaka", 1, 3)
    assert kept["delegations"][0]["responsibility"]["manager"] == "佐藤 一郎"
    warnings = [w.value for w in second.sidebar.warning]
    assert any("ほかの職員が先にケース 1 を更新しました" in w for w in warnings), warnings
    assert _saved_caption(second).endswith("（第3版・競合として保存）")
    # What the officer typed stays open; making it current saves it from version 2.
    assert second.session_state["doc"]["delegations"][0]["responsibility"]["manager"] == "佐藤 一郎"
    second = _click(second, "case-take-mine")
    versions = store.show_case("tanaka", 1)["versions"]
    assert [(v["version"], v["conflict"]) for v in versions][-1] == (4, False)
    assert store.version_chain("tanaka", 1)["delegations"][0]["responsibility"]["manager"] == (
        "佐藤 一郎"
    )


def test_a_store_that_cannot_open_is_said_and_the_app_works_on(monkeypatch, tmp_path):
    monkeypatch.delenv("CHAIN_APP_CASES", raising=False)
    (tmp_path / "not-a-dir").write_text("x")
    monkeypatch.setenv("CHAIN_DATABASE_URL", f"sqlite:///{tmp_path / 'not-a-dir' / 'cases.db'}")
    at = open_sample(_app())
    assert not at.exception
    assert at.session_state["doc"] is not None
    warnings = [w.value for w in at.sidebar.warning]
    assert any(w.startswith("ケースの保存先を開けないため") for w in warnings), warnings
    at = _edit_manager(at, "山田 花子")
    assert not at.exception
    assert at.session_state["doc"]["delegations"][0]["responsibility"]["manager"] == "山田 花子"


def test_the_trusted_header_names_the_officer_only_when_set(case_store, monkeypatch):
    import streamlit as st

    headers = {"X-Remote-User": "sato"}
    monkeypatch.setattr(type(st.context), "headers", property(lambda self: headers))
    at = _app()  # no setting names the header: the sidebar's name acts
    assert at.text_input(key="case-user").value == "tanaka"
    monkeypatch.setenv("CHAIN_USER_HEADER", "X-Remote-User")
    at = open_sample(_app())
    assert not at.exception
    assert [w.key for w in at.sidebar.text_input] == []
    assert "職員（ログイン）: sato" in _captions(at)
    (case,) = _store(case_store).list_cases("sato")
    assert case["created_by"] == "sato"


def test_the_cases_page_speaks_english(filed):
    at = filed.switch_page(CASES).run()
    at.radio(key="lang").set_value("en")
    at = at.run()
    assert not at.exception
    assert at.title[0].value == "Cases"
    versions = at.get_by_key("cases-versions").dataframe[0].value
    assert list(versions.columns)[:5] == ["Version", "By", "When", "Source", "Hash"]
    assert list(versions["Source"]) == ["file"]
    assert len(versions["Hash"][0]) == 12
    assert at.button(key="cases-submit").label == "Submit"


def test_hostile_text_in_a_case_is_shown_as_text(case_store, sample_doc):
    import json

    from appdriving import FORMULA, upload

    sample_doc["contract"]["title"] = f"**太字** <script>x</script> {FORMULA}"
    at = upload(_app(), "hostile.json", json.dumps(sample_doc, ensure_ascii=False).encode())
    assert not at.exception
    (case,) = _store(case_store).list_cases("tanaka")
    assert case["title"] == sample_doc["contract"]["title"]
    (shown,) = [c for c in _captions(at) if c.startswith("ケース 1")]
    assert "\\*\\*" in shown and "\\<script\\>" in shown
    at = at.switch_page(CASES).run()
    assert not at.exception
    listed = at.get_by_key("cases-table").dataframe[0].value
    assert listed["件名"][0] == sample_doc["contract"]["title"]


def test_a_store_busy_at_a_save_keeps_the_edit_and_saves_it_later(filed, case_store, monkeypatch):
    from chain.cases.words import StoreUnavailable
    from chain.vocab import L

    real = CaseService.save_version

    def busy(self, *args, **kwargs):
        raise StoreUnavailable("locked", L("保存先はほかの書き込み中です。", "The store is busy."))

    monkeypatch.setattr(CaseService, "save_version", busy)
    at = _edit_manager(filed, "山田 花子")
    assert not at.exception
    warnings = [w.value for w in at.sidebar.warning]
    assert any("この編集は保存されていません" in w and "書き込み中" in w for w in warnings)
    assert at.session_state["doc"]["delegations"][0]["responsibility"]["manager"] == "山田 花子"
    store = _store(case_store)
    assert len(store.show_case("tanaka", 1)["versions"]) == 1
    monkeypatch.setattr(CaseService, "save_version", real)
    at = at.run()  # the next run saves what was typed
    versions = store.show_case("tanaka", 1)["versions"]
    assert [v["version"] for v in versions] == [1, 2]
    assert store.version_chain("tanaka", 1)["delegations"][0]["responsibility"]["manager"] == (
        "山田 花子"
    )
    assert not [w for w in at.sidebar.warning]


def test_the_reopen_offer_is_this_officers_last_case(filed, case_store):
    """After a reload each officer is offered the case they saved last, not the case
    saved last by anyone; an officer who saved nothing is offered none."""
    store = _store(case_store)
    store.add_user("tanaka", "suzuki", "officer")
    store.add_user("tanaka", "kato", "officer")
    data = (APP.parent / "sample_data" / "000" / "compliant.json").read_bytes()
    other = store.new_case("suzuki", "鈴木の案件", "情報政策課")["id"]
    store.save_version("suzuki", other, data, parent=None)  # saved after tanaka's case 1
    reloaded = _app()
    assert reloaded.selectbox(key="case-user").value == "tanaka"
    assert reloaded.button(key="case-reopen").label == MESSAGES["case.reopen"].ja.format(
        id=1, title="令和7年度 市民税・県民税課税資料データ入力業務委託", n=1
    )
    suzuki = _as(reloaded, "suzuki")
    assert suzuki.button(key="case-reopen").label == MESSAGES["case.reopen"].ja.format(
        id=other, title="鈴木の案件", n=1
    )
    suzuki = _click(suzuki, "case-reopen")
    assert suzuki.session_state["doc"] is not None
    assert f"ケース {other}: 鈴木の案件" in _captions(suzuki)
    kato = _as(_app(), "kato")
    assert [b for b in kato.sidebar.button if b.key == "case-reopen"] == []


def test_the_acting_officer_is_picked_from_the_registered_users(case_store):
    """Before anyone wrote, the name is typed (the first to write runs the store); once the
    store has users, who acts is one of them, picked from a list."""
    at = _app()
    assert at.text_input(key="case-user").value == "tanaka"
    assert [s.key for s in at.sidebar.selectbox] == []
    at = open_sample(at)  # tanaka writes first: the store's admin
    store = _store(case_store)
    store.add_user("tanaka", "sato", "approver")
    at = _app()
    assert [t.key for t in at.sidebar.text_input] == []
    picked = at.selectbox(key="case-user")
    assert picked.options == ["sato", "tanaka"] and picked.value == "tanaka"
    at = _as(at, "sato")
    at.switch_page(CASES).run()
    assert not at.exception
    assert MESSAGES["case.role"].ja.format(role="決裁") in [c.value for c in at.caption]


def test_an_unreadable_edit_is_kept_said_not_saved_and_saved_once_readable(filed, case_store):
    """A cell the chain cannot be read with (人数 "3人") stays in the table and the chain,
    the sidebar says the edit is not saved yet and where, no version is written; the
    officer's next edit that makes the chain readable saves both edits as one version."""
    store = _store(case_store)
    at = filed.switch_page(EDIT).run()
    at = edit_table(at, "workers", edited={1: {"count": "3人"}})
    assert not at.exception
    assert at.session_state["doc"]["workers"][1]["count"] == "3人"
    warnings = [w.value for w in at.sidebar.warning]
    assert any(
        w.startswith("この編集はまだ保存されていません")
        and "/workers/1/count" in w.replace("\\", "")  # markdown escapes each slash
        for w in warnings
    ), warnings
    assert len(store.show_case("tanaka", 1)["versions"]) == 1
    # Another page and back: still kept, still said, still not saved.
    at.switch_page(CASES).run()
    at = at.switch_page(EDIT).run()
    assert at.session_state["doc"]["workers"][1]["count"] == "3人"
    assert any(w.value.startswith("この編集はまだ保存") for w in at.sidebar.warning)
    assert len(store.show_case("tanaka", 1)["versions"]) == 1
    # Readable again with a second edit: one version holds both.
    at = edit_table(at, "workers", edited={1: {"count": "3", "name": "入力担当 B"}})
    assert not at.exception
    assert not any(w.value.startswith("この編集はまだ保存") for w in at.sidebar.warning)
    versions = store.show_case("tanaka", 1)["versions"]
    assert [v["version"] for v in versions] == [1, 2]
    saved = store.version_chain("tanaka", 1, 2)["workers"][1]
    assert (saved["count"], saved["name"]) == (3, "入力担当 B")
    assert _saved_caption(at).endswith("（第2版）")


class _User(dict):
    """What ``st.user`` holds after an OIDC login (the identity token's claims)."""

    @property
    def is_logged_in(self) -> bool:
        return bool(self)


def test_under_streamlits_login_the_logged_in_officer_acts(case_store, monkeypatch):
    """With an ``[auth]`` section in the secrets, nobody acts until they log in (nothing
    is saved, the sidebar offers the login); once logged in, the token's e-mail claim (or
    the claim CHAIN_USER_CLAIM names) is the officer on the record."""
    import streamlit as st

    auth = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x"}
    monkeypatch.setattr(st, "user", _User())
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.secrets["auth"] = auth
    at = open_sample(at.run())
    assert not at.exception
    assert [b.key for b in at.sidebar.button if b.key == "case-login"] == ["case-login"]
    assert [w.key for w in at.sidebar.text_input] == []
    assert any(w.value.startswith("この編集は保存されていません") for w in at.sidebar.warning)
    assert _store(case_store).registered_users() == []

    monkeypatch.setattr(st, "user", _User(email="sato@city.example.lg.jp", sub="0001"))
    at = at.run()  # the same tab, logged in: the chain open is filed
    assert "職員（ログイン）: sato@city.example.lg.jp" in [
        c.value.replace("\\", "").replace("\u2060", "") for c in at.sidebar.caption
    ]
    assert [b.key for b in at.sidebar.button if b.key == "case-logout"] == ["case-logout"]
    (case,) = _store(case_store).list_cases("sato@city.example.lg.jp")
    assert case["created_by"] == "sato@city.example.lg.jp"

    _store(case_store).add_user("sato@city.example.lg.jp", "0001", "officer")
    monkeypatch.setenv("CHAIN_USER_CLAIM", "sub")
    at = _edit_manager(at, "山田 花子")
    versions = _store(case_store).show_case("0001", 1)["versions"]
    assert [v["created_by"] for v in versions] == ["sato@city.example.lg.jp", "0001"]
