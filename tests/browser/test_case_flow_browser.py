"""A case in a real browser: the sample opened is filed as case 1, an edit of the
contract is saved as version 2, kept when the officer leaves the page and comes back and
after a reload (the sidebar offers the officer's last case), the versions are listed,
and an approver picked from the registered users returns it (差戻し); it is submitted
again, approved with a condition (条件付承認), and a revised chain filed in the case then
needs re-approval (要再承認). Screenshots of
each step go to ``tests/artifacts/``; the store is read afterwards to see what it holds."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from chain.cases.service import CaseService

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TITLE = "令和7年度 市民税・県民税課税資料データ入力業務委託"
EDITED = "令和7年度 課税資料データ入力業務委託（変更）"


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    page.wait_for_timeout(300)


def _sidebar(page):
    return page.get_by_test_id("stSidebar")


def _click(page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()
    _settle(page)


def _contract_title(page):
    """The contract form's 契約件名, its box opened if it is closed."""
    box = page.locator(".st-key-contract-box")
    title = box.get_by_label("契約件名")
    if not title.is_visible():
        box.locator("summary").click()
        title.wait_for()
    return title


def _pick(page, key: str, option: str) -> None:
    """Choose ``option`` in the select box ``key`` (typed, as an officer does)."""
    page.locator(f".st-key-{key} [data-testid='stSelectbox']").click()
    page.keyboard.type(option, delay=30)
    page.keyboard.press("Enter")
    _settle(page)


def test_a_case_from_the_sample_to_a_decision(page, case_store_app, artifacts, tmp_path):
    url, store = case_store_app

    # 1. The sample, opened, is filed as case 1, version 1.
    page.goto(url)
    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="検査結果").wait_for()
    _sidebar(page).get_by_text("（第1版）").wait_for()
    _sidebar(page).get_by_text(f"ケース 1: {TITLE}").wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "20-case-filed.png", full_page=True)

    # 2. An edit of the contract's title is saved as version 2.
    page.get_by_role("link", name="編集").click()
    page.get_by_role("heading", name="編集").wait_for()
    _settle(page)
    title = _contract_title(page)
    title.fill(EDITED)
    title.press("Enter")
    _sidebar(page).get_by_text("（第2版）").wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "21-case-edit-saved.png", full_page=True)

    # 3. Away and back: the edit is still there, nothing more is saved.
    page.get_by_role("link", name="ケース").click()
    page.get_by_test_id("stMain").get_by_role("heading", name="ケース", exact=True).wait_for()
    page.get_by_role("link", name="編集").click()
    page.get_by_role("heading", name="編集").wait_for()
    _settle(page)
    expect(_contract_title(page)).to_have_value(EDITED)
    _sidebar(page).get_by_text("（第2版）").wait_for()

    # 4. A reload: a new session, offered the officer's last case, reopened at version 2.
    page.reload()
    _settle(page)
    reopen = _sidebar(page).get_by_role(
        "button", name=f"前回のケース 1「{TITLE}」の第2版を開き直す"
    )
    reopen.wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "22-case-reload-offer.png", full_page=True)
    reopen.click()
    page.get_by_role("heading", name="編集").wait_for()
    _settle(page)
    _sidebar(page).get_by_text(f"ケース 1: {TITLE}").wait_for()
    expect(_contract_title(page)).to_have_value(EDITED)

    # 5. The ケース page lists both versions; tanaka submits.
    page.get_by_role("link", name="ケース").click()
    page.get_by_test_id("stMain").get_by_role("heading", name="ケース", exact=True).wait_for()
    _settle(page)
    versions = page.locator(".st-key-cases-versions table[role='grid']").text_content() or ""
    assert "tanaka" in versions and "ファイル" in versions and "アプリ" in versions
    page.screenshot(path=artifacts / "23-case-versions.png", full_page=True)
    _click(page, "提出")
    page.get_by_text("記録しました: 提出").wait_for()

    # 6. sato, picked from the registered users, reviews and returns it (差戻し).
    _pick(page, "case-user", "sato")
    page.get_by_text("役割: 決裁").wait_for()
    _click(page, "審査開始")
    page.get_by_text("記録しました: 審査開始").wait_for()
    _pick(page, "cases-decide-outcome", "差戻し")
    page.locator(".st-key-cases-decide-reason textarea").fill("再々委託の理由を具体的に")
    _click(page, "決定を記録する")
    page.get_by_text("記録しました").first.wait_for()
    _settle(page)

    # 7. tanaka submits it again (再提出).
    _pick(page, "case-user", "tanaka")
    _click(page, "提出")
    page.get_by_text("記録しました: 提出").wait_for()

    # 8. sato approves it with a condition (条件付承認), bound to version 2.
    _pick(page, "case-user", "sato")
    page.get_by_text("役割: 決裁").wait_for()
    _pick(page, "cases-decide-outcome", "条件付承認")
    page.locator(".st-key-cases-decide-conditions textarea").fill(
        "四半期ごとに立入確認の結果を報告すること | 000 第6第7項 | 2026-03-31"
    )
    page.locator(".st-key-cases-decide-reason textarea").fill("体制と書類を確認した")
    _click(page, "決定を記録する")
    page.get_by_text("記録しました").first.wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "24-case-decided.png", full_page=True)

    # 9. The contractor's revised chain (another manager on the approved delegation),
    # filed in case 1 from the load page: version 3, and the case needs re-approval.
    _pick(page, "case-user", "tanaka")
    service = CaseService.open(store)
    try:
        revised = service.version_chain("tanaka", 1, 2)
    finally:
        service.engine.dispose()
    hokuto = next(d for d in revised["delegations"] if d["id"] == "d-hokuto")
    hokuto["responsibility"]["manager"] = "佐藤 一郎"
    path = tmp_path / "revised.json"
    path.write_text(json.dumps(revised, ensure_ascii=False), encoding="utf-8")
    page.get_by_role("link", name="読み込み").click()
    _settle(page)
    _pick(page, "case-target", "ケース 1")
    page.get_by_test_id("stMain").locator("input[type='file']").set_input_files(str(path))
    page.get_by_role("heading", name="検査結果").wait_for()
    _sidebar(page).get_by_text("（第3版）").wait_for()
    page.get_by_role("link", name="ケース").click()
    page.get_by_test_id("stMain").get_by_role("heading", name="ケース", exact=True).wait_for()
    _settle(page)
    page.get_by_text("要再承認").first.wait_for()
    page.screenshot(path=artifacts / "25-case-needs-reapproval.png", full_page=True)

    service = CaseService.open(store)
    try:
        shown = service.show_case("tanaka", 1)
        assert [v["version"] for v in shown["versions"]] == [1, 2, 3]
        assert service.version_chain("tanaka", 1, 2)["contract"]["title"] == EDITED
        returned, conditional = shown["decisions"]
        assert (returned["outcome"], returned["decided_by"]) == ("returned", "sato")
        assert (conditional["outcome"], conditional["version"]) == ("conditional", 2)
        assert conditional["conditions"][0]["due"] == "2026-03-31"
        assert shown["state"] == "conditional" and shown["derived"] == ["needs_reapproval"]
        row = next(r for r in shown["delegations"] if r["delegation"] == "d-hokuto")
        assert row["changed_fields"] == ["responsibility/manager"]
        assert service.audit("tanaka")["intact"]
    finally:
        service.engine.dispose()
