"""The chain diagram in a real browser: drawn offline, with Japanese names, redrawn on a
change of layout."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from diagram_page import DRAWN, wait_for_diagram

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_diagram_is_drawn_in_the_browser(page, app_url, artifacts):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
    page.goto(app_url)
    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="体制図").wait_for()
    text = wait_for_diagram(page, "青葉市", wide=False)
    for name in ("青葉市", "北斗入力センター株式会社", "有限会社さくらパンチ", "再々委託", "凡例"):
        assert name in text
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.locator(".st-key-diagram").screenshot(path=artifacts / "08-diagram.png")

    # Left to right: the page draws the diagram again, now wider than tall.
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    page.get_by_text("左から右", exact=True).click()
    wait_for_diagram(page, "凡例", wide=True, timeout=15_000)
    assert len(page.evaluate(DRAWN)) == 1  # the new diagram, not beside the old one
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.locator(".st-key-diagram").screenshot(path=artifacts / "09-diagram-lr.png")

    # At its own size the diagram scrolls in its box instead of shrinking to the page.
    page.get_by_text("原寸", exact=True).click()
    page.locator(".st-key-diagram .chain-diagram[style*='max-height']").wait_for()

    # Files made when their button is clicked (not at every rerun) come whole.
    with page.expect_download() as got:
        page.get_by_role("button", name="体制図 PNG").click()
    assert Path(got.value.path()).read_bytes().startswith(b"\x89PNG")
    with page.expect_download() as got:
        page.get_by_role("button", name="指摘事項 CSV").click()
    rows = Path(got.value.path()).read_bytes().decode("utf-8-sig")
    assert "TIR001" in rows and "有限会社さくらパンチ" in rows

    app_host = urlparse(app_url).netloc
    assert hosts == {app_host}, f"requests left the app: {sorted(hosts - {app_host})}"
