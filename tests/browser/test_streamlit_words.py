"""Streamlit's own English words in the Japanese app: the uploader and a table's toolbar say
them in Japanese (chain_app/streamlit_words.py), the page is ``lang="ja"``, and the English
app keeps Streamlit's English."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TOOLBAR = "[data-testid='stElementToolbarButton'] button"


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    page.wait_for_timeout(500)


def _toolbar_labels(page) -> list[str]:
    """The toolbar of the first table, shown by hovering it: its buttons' labels."""
    grid = page.locator("[data-testid='stDataFrame']:visible").first
    grid.scroll_into_view_if_needed()
    grid.hover()
    shown = page.locator(f"{TOOLBAR}:visible")  # not the toolbar of a folded table
    shown.first.wait_for()
    page.wait_for_timeout(300)  # the observer runs as the toolbar is drawn
    return [b.get_attribute("aria-label") or "" for b in shown.all()]


def test_streamlits_words_are_japanese_in_the_japanese_app(page, app_url, artifacts):
    page.goto(app_url)
    page.get_by_role("heading", name="再委託チェーン検査").wait_for()
    _settle(page)
    assert page.evaluate("document.documentElement.lang") == "ja"
    dropzone = page.get_by_test_id("stMain").get_by_test_id("stFileUploaderDropzone")
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stMain] [data-testid=stFileUploaderDropzone]')"
        ".innerText.includes('ファイルを選択')"
    )
    text = dropzone.inner_text()
    assert "ファイルを選択" in text and "1ファイル 64MB まで" in text, text
    assert "Upload" not in text and "per file" not in text, text
    page.screenshot(path=artifacts / "words-01-uploader-ja.png")

    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="検査結果").wait_for()
    _settle(page)
    labels = _toolbar_labels(page)
    assert any(label.startswith("検索") for label in labels), labels
    assert any(label.startswith("全画面表示") for label in labels), labels
    assert any(label.startswith("CSV でダウンロード") for label in labels), labels
    assert not any(label.startswith(("Search", "Fullscreen", "Download")) for label in labels)
    page.screenshot(path=artifacts / "words-02-toolbar-ja.png")

    # English: Streamlit's words as they are, and the page is lang="en".
    page.get_by_text("English").click()
    page.get_by_role("heading", name="Findings").first.wait_for()
    _settle(page)
    assert page.evaluate("document.documentElement.lang") == "en"
    labels = _toolbar_labels(page)
    assert any(label.startswith("Search") for label in labels), labels
    assert any(label.startswith("Fullscreen") for label in labels), labels
    assert not any(label.startswith(("検索", "全画面表示")) for label in labels)
    page.get_by_role("link", name="Open").click()
    page.get_by_test_id("stMain").get_by_test_id("stFileUploaderDropzone").wait_for()
    _settle(page)
    text = page.get_by_test_id("stMain").get_by_test_id("stFileUploaderDropzone").inner_text()
    assert "Upload" in text and "per file" in text and "ファイルを選択" not in text, text
    page.screenshot(path=artifacts / "words-03-english.png")
