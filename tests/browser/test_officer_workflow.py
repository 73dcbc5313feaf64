"""An officer's work in a real browser: land, open the sample, upload files, read findings.

Drives ``streamlit run`` in Debian's headless Chromium, saves a screenshot
of each step to ``tests/artifacts/`` and checks that the page never asks
anything of a host other than the app itself.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from diagram_page import wait_for_diagram

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "000" / "compliant.json"
FORMULA = '=HYPERLINK("http://example.invalid/x","click")'


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    doc = json.loads(SAMPLE.read_text("utf-8"))
    faulty = copy.deepcopy(doc)
    faulty["delegations"][0]["documents"] = [
        d for d in faulty["delegations"][0]["documents"] if d["kind"] != "approval"
    ]
    faulty["parties"][2]["name"] = FORMULA
    paths = {
        "faulty": tmp_path / "faulty-chain.json",
        "broken": tmp_path / "broken-chain.json",
    }
    paths["faulty"].write_text(json.dumps(faulty, ensure_ascii=False), "utf-8")
    broken = dict(doc, delegations="none")
    paths["broken"].write_text(json.dumps(broken, ensure_ascii=False), "utf-8")
    return paths


def _grid_text(page, index: int = 0) -> str:
    """The text of a data grid (drawn on a canvas; its accessible table holds the cells)."""
    grids = page.locator("[data-testid='stDataFrame']:visible table[role='grid']")
    return grids.nth(index).text_content()


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    page.wait_for_timeout(500)


def _select_tab(page, name: str) -> None:
    """Click a tab until it is selected (a click landing during a rerun is dropped)."""
    tab = page.get_by_role("tab", name=name)
    for _ in range(5):
        tab.click()
        try:
            page.wait_for_function(
                "name => [...document.querySelectorAll('[role=tab]')].some("
                "t => t.textContent.trim() === name && t.getAttribute('aria-selected') === 'true')",
                arg=name,
                timeout=3000,
            )
            return
        except Exception:
            _settle(page)
    raise AssertionError(f"tab {name} could not be selected")


def _edit_cell(page, tab: str, moves: tuple[str, ...], cell: str, text: str, grid_has: str) -> None:
    """Type into a cell of the workers grid until the app reports the edit.

    The grid is drawn on a canvas; on a loaded machine a click or keystroke that
    lands while the page reruns is dropped, so each step is checked against the
    grid's accessible table (which cell is selected) and the edit is retried,
    not waited on. ``cell`` is that table's id of the cell the moves reach; ``grid_has``
    is a text the grid of ``tab`` shows (the grid of another tab is never edited).
    """
    done = page.get_by_text("入力の問題（1）")
    grid = page.locator(".st-key-edit-tab [data-testid='stDataFrame']:visible").first
    selected = grid.locator("td[aria-selected='true']")
    target = grid.locator(f"td#{cell}[aria-selected='true']")
    seen: list[str] = []
    for _ in range(6):
        _settle(page)
        if done.count():  # an earlier attempt arrived late
            return
        shown = grid.locator("table[role='grid']").text_content() or ""
        if grid_has not in shown:
            seen.append(f"grid without {grid_has!r}: {shown[:80]!r}")
            _select_tab(page, tab)
            continue
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 60, box["y"] + 52)  # first data cell (id of row 1)
        try:
            selected.first.wait_for(state="attached", timeout=5000)
            for key in moves:
                page.keyboard.press(key)
            target.wait_for(state="attached", timeout=5000)
        except Exception:
            seen.append(f"selection: {selected.evaluate_all('cs => cs.map(c => c.id)')}")
            page.keyboard.press("Escape")
            continue
        page.keyboard.type(text, delay=80)
        page.keyboard.press("Enter")
        try:
            done.wait_for(timeout=15000)
            return
        except Exception:
            problems = page.get_by_text("入力の問題（")
            seen.append(
                f"typed; problems: {problems.all_text_contents()}; "
                f"cell: {grid.locator(f'td#{cell}').all_text_contents()}"
            )
            page.keyboard.press("Escape")
    raise AssertionError(f"the edit in the workers grid never reached the app: {seen}")


def test_officer_workflow(page, app_url, files, artifacts):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))

    # 1. Land on the Japanese page, which says what to do.
    page.goto(app_url)
    page.get_by_role("heading", name="再委託チェーン検査").wait_for()
    page.get_by_text("まずはサンプルでお試しください").wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "01-landing.png", full_page=True)

    # 2. One click opens the sample and shows its findings.
    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="検査結果").wait_for()
    page.get_by_text("エラーはありません").wait_for()
    _settle(page)
    assert "TIR001" in _grid_text(page)
    page.screenshot(path=artifacts / "02-sample-findings.png", full_page=True)

    # 3. A broken file is refused with its place named; the sample stays open.
    page.get_by_role("link", name="読み込み").click()
    page.get_by_test_id("stMain").locator("input[type='file']").set_input_files(files["broken"])
    page.get_by_text("読み込めませんでした").wait_for()
    _settle(page)
    assert "/delegations" in _grid_text(page)
    page.get_by_text("そのまま残っています").wait_for()
    page.screenshot(path=artifacts / "03-bad-upload.png", full_page=True)

    # 4. The faulty chain: its missing approval is a finding, ticked off in the checklist.
    page.get_by_test_id("stMain").locator("input[type='file']").set_input_files(files["faulty"])
    page.get_by_role("heading", name="検査結果").wait_for()
    page.get_by_text("エラーが 2 件あります").wait_for()  # DLG001, and DAT003 (個人番号)
    _settle(page)
    findings = _grid_text(page)
    assert "DLG001" in findings and "000 第6第1項" in findings
    page.get_by_text("1 件不足").wait_for()
    # Select the first finding (its row marker) to read it in full.
    grid = page.locator(".st-key-findings-table [data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()  # below the chain diagram
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 52)
    page.locator(".st-key-finding-detail").wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "04-faulty-findings.png", full_page=True)
    # The diagram shows the chain with the finding on its link.
    drawn_text = wait_for_diagram(page, "株式会社みなとデータサービス")
    assert "株式会社みなとデータサービス" in drawn_text and "DLG001" in drawn_text

    # 4b. An incident at the sub-subcontractor: the overlay and the table of who answers.
    page.get_by_role("link", name="事故と責任").click()
    page.get_by_role("heading", name="事故と責任").wait_for()
    _settle(page)
    page.locator(".st-key-incident-at [data-testid='stSelectbox']").click()
    page.keyboard.type("さくらパンチ", delay=50)
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="責任を負う当事者").wait_for()
    _settle(page)
    overlay = wait_for_diagram(page, "事故発生")
    assert "事故発生" in overlay and "有限会社さくらパンチ" in overlay
    who = _grid_text(page)
    assert "委託先による個人情報の取扱いについての責任" in who and "自らの特記事項違反" in who
    assert (
        "000 第6第8項" in who and "第6第8項" in overlay
    )  # the capacity's clause, also on the path
    page.screenshot(path=artifacts / "10-incident-overlay.png", full_page=True)

    # 5. The same chain against every template, side by side.
    page.get_by_role("link", name="テンプレート比較").click()
    page.get_by_role("heading", name="テンプレート比較").wait_for()
    _settle(page)
    compare = _grid_text(page)
    assert "000" in compare and "004" in compare and "不適合" in compare
    page.screenshot(path=artifacts / "05-compare.png", full_page=True)

    # 6. Edit a cell in the workers table: a count that is not a number is kept,
    #    re-checked at once and located, and the officer stays on the same table.
    page.get_by_role("link", name="編集").click()
    page.get_by_role("heading", name="編集").wait_for()
    _settle(page)
    _select_tab(page, "従事者")
    _edit_cell(  # the count of row 2
        page,
        "従事者",
        ("ArrowRight", "ArrowRight", "ArrowDown"),
        "glide-cell-3-1",
        "many",
        grid_has="w-nakamura",
    )
    _settle(page)
    assert "/workers/1/count" in _grid_text(page) and "many" in _grid_text(page)
    assert page.get_by_role("tab", name="従事者").get_attribute("aria-selected") == "true"
    page.screenshot(path=artifacts / "06-edit-invalid-cell.png", full_page=True)

    # 6b. The findings page and back: the edit is still in the grid, checked and downloaded.
    page.get_by_role("link", name="検査結果", exact=True).click()
    page.get_by_role("heading", name="検査結果").wait_for()
    page.get_by_text("入力に問題があるため検査できません").wait_for()
    _settle(page)
    assert "/workers/1/count" in _grid_text(page) and "many" in _grid_text(page)
    page.get_by_role("link", name="編集").click()
    page.get_by_role("heading", name="編集").wait_for()
    page.get_by_text("入力の問題（1）").wait_for()
    _settle(page)
    assert page.get_by_role("tab", name="従事者").get_attribute("aria-selected") == "true"
    workers = page.locator(".st-key-edit-tab [data-testid='stDataFrame']:visible").first
    assert workers.locator("td#glide-cell-3-1").text_content() == "many"
    with page.expect_download() as download:
        page.get_by_role("button", name="チェーン JSON").click()
    saved = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert saved["workers"][1]["count"] == "many"
    assert saved["parties"][2]["name"] == FORMULA  # the rest of the chain as it was opened
    page.screenshot(path=artifacts / "06b-edit-kept-after-findings.png", full_page=True)

    # 7. English on request.
    page.get_by_text("English").click()
    page.get_by_role("heading", name="Edit").wait_for()
    _settle(page)
    page.screenshot(path=artifacts / "07-english.png", full_page=True)

    app_host = urlparse(app_url).netloc
    assert hosts == {app_host}, f"requests left the app: {sorted(hosts - {app_host})}"


def _type_into_cell(page, tab: str, moves: tuple[str, ...], cell: str, text: str) -> None:
    """Type into a cell of the grid of ``tab``, leaving the cell's editor open (not committed).

    Retried as in :func:`_edit_cell`: a click or keystroke landing during a rerun is dropped.
    """
    grid = page.locator(".st-key-edit-tab [data-testid='stDataFrame']:visible").first
    selected = grid.locator("td[aria-selected='true']")
    target = grid.locator(f"td#{cell}[aria-selected='true']")
    typed = page.locator("textarea.gdg-input")
    for _ in range(6):
        _settle(page)
        if page.get_by_role("tab", name=tab).get_attribute("aria-selected") != "true":
            _select_tab(page, tab)
            continue
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 60, box["y"] + 52)  # first data cell (id of row 1)
        try:
            selected.first.wait_for(state="attached", timeout=5000)
            for key in moves:
                page.keyboard.press(key)
            target.wait_for(state="attached", timeout=5000)
            page.keyboard.type(text, delay=80)
            if typed.count() == 1 and typed.input_value() == text:
                return
        except Exception:
            pass
        page.keyboard.press("Escape")
    raise AssertionError(f"could not type {text!r} into {cell} of the {tab} grid")


def test_a_cell_typed_just_before_leaving_the_edit_page_is_kept(page, app_url, artifacts):
    """The officer types in a cell and clicks 検査結果 at once: that click commits the cell."""
    page.goto(app_url)
    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="検査結果").wait_for()
    _settle(page)
    page.get_by_role("link", name="編集", exact=True).click()
    page.get_by_role("heading", name="編集").wait_for()
    _select_tab(page, "従事者")
    _type_into_cell(  # the count of row 2
        page, "従事者", ("ArrowRight", "ArrowRight", "ArrowDown"), "glide-cell-3-1", "many"
    )
    findings = page.get_by_role("link", name="検査結果", exact=True)
    cannot = page.get_by_text("入力に問題があるため検査できません")
    # The click may be taken by the grid closing its cell editor; then the officer clicks again.
    for _ in range(4):
        findings.click()
        try:
            cannot.wait_for(timeout=10_000)
            break
        except Exception:
            _settle(page)
    cannot.wait_for(timeout=1000)
    _settle(page)
    page.get_by_role("heading", name="検査結果").wait_for(timeout=1000)
    assert "/workers/1/count" in _grid_text(page) and "many" in _grid_text(page)
    page.screenshot(path=artifacts / "08-typed-cell-kept-on-findings.png", full_page=True)

    page.get_by_role("link", name="編集", exact=True).click()
    page.get_by_role("heading", name="編集").wait_for()
    page.get_by_text("入力の問題（1）").wait_for()
    _settle(page)
    _select_tab(page, "従事者")
    workers = page.locator(".st-key-edit-tab [data-testid='stDataFrame']:visible").first
    assert workers.locator("td#glide-cell-3-1").text_content() == "many"
    with page.expect_download() as download:
        page.get_by_role("button", name="チェーン JSON").click()
    saved = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert saved["workers"][1]["count"] == "many"
