"""The chain diagram in a real browser: drawn offline, with Japanese names as text."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Any diagram on the page that is drawn whole (its legend is there) and wider than tall.
_WIDE = (
    "() => Array.from(document.querySelectorAll('.st-key-diagram svg')).some("
    "s => s.textContent.includes('凡例') && s.viewBox.baseVal.width > s.viewBox.baseVal.height)"
)
# What the page holds: which diagram the server last sent (the container named by the
# digest of its DOT text, chain_app.diagram_view) and what the browser drew.
_SEEN = (
    "() => ({sent: Array.from(document.querySelectorAll('.st-key-diagram [class*=\"st-key-diagram-\"]'))"
    ".map(e => Array.from(e.classList).filter(c => c.startsWith('st-key-diagram-')).join()),"
    " drawn: Array.from(document.querySelectorAll('.st-key-diagram svg'))"
    ".filter(s => s.textContent.includes('凡例'))"
    ".map(s => [Math.round(s.viewBox.baseVal.width), Math.round(s.viewBox.baseVal.height)])})"
)


def test_diagram_is_drawn_in_the_browser(page, app_url, artifacts):
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
    page.goto(app_url)
    page.get_by_role("button", name="サンプルのチェーンを開く").click()
    page.get_by_role("heading", name="体制図").wait_for()
    chart = page.locator(".st-key-diagram svg", has_text="青葉市").first
    chart.wait_for()
    text = chart.text_content() or ""
    for name in ("青葉市", "北斗入力センター株式会社", "有限会社さくらパンチ", "再々委託", "凡例"):
        assert name in text
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.locator(".st-key-diagram").screenshot(path=artifacts / "08-diagram.png")

    # Left to right: the page redraws the diagram.
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    before = page.evaluate(_SEEN)
    page.get_by_text("左から右", exact=True).click()
    # Drawn again, now wider than tall.
    try:
        page.wait_for_function(_WIDE, timeout=15_000)
    except PlaywrightTimeout:
        # Seen about once in thirty runs on a loaded machine, on the first click after the
        # page is drawn: the control shows 左から右 chosen and the diagram stays as it was.
        # What the page held is kept (artifacts) and the choice is made again, as an officer
        # would; a second miss fails.
        after = page.evaluate(_SEEN)
        page.screenshot(path=artifacts / "09-diagram-lr-missed.png", full_page=True)
        (artifacts / "09-diagram-lr-missed.txt").write_text(
            f"before: {before}\nafter: {after}\n", encoding="utf-8"
        )
        page.get_by_text("上から下", exact=True).click()
        page.wait_for_function(_WIDE.replace("width > s.viewBox", "width < s.viewBox"))
        page.get_by_text("左から右", exact=True).click()
        try:
            page.wait_for_function(_WIDE)
        except PlaywrightTimeout:
            pytest.fail(
                f"no wide diagram after 左から右, twice: {before} → {after} → {page.evaluate(_SEEN)}"
            )
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.locator(".st-key-diagram").screenshot(path=artifacts / "09-diagram-lr.png")

    app_host = urlparse(app_url).netloc
    assert hosts == {app_host}, f"requests left the app: {sorted(hosts - {app_host})}"
