"""The chain diagram in a real browser: drawn offline, with Japanese names as text."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


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
    page.get_by_text("左から右", exact=True).click()
    # Drawn again, now wider than tall.
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.st-key-diagram svg')).some("
        "s => s.textContent.includes('凡例') && s.viewBox.baseVal.width > s.viewBox.baseVal.height)"
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.locator(".st-key-diagram").screenshot(path=artifacts / "09-diagram-lr.png")

    app_host = urlparse(app_url).netloc
    assert hosts == {app_host}, f"requests left the app: {sorted(hosts - {app_host})}"
