"""The officers' app in a real browser: how long an officer waits on a large chain.

``python -m benchmarks --only app`` starts the app (``streamlit run``, headless, no usage
statistics, the case store off so that only the page is measured), drives Debian's
Chromium through Playwright and times, for a chain of 300 parties (and 1,000 without
``--quick``), what the officer waits for:

- **upload**: from choosing the file to its findings listed and the diagram drawn;
- **filter**: from choosing 「エラー」 in the severity filter to the table showing the errors;
- **return**: from clicking 検査結果 on the edit page to the findings listed again;
- **edit**: from changing the contract's end date on the edit page to the new counts of
  findings shown there.

Each is timed from the action to the text that shows it done (a count the library
computes for the same chain beforehand), so that a page that is quick to draw the wrong
thing is not counted as quick. Targets (issue: the officers' app, second round): 2 s,
0.5 s, 1 s and 1 s.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from chain.testing.app_server import CHROMIUM, CHROMIUM_ARGS, serve
from chain.testing.synthetic import Spec, generate

__all__ = ["CHROMIUM", "TARGETS", "measure"]

#: Seconds an officer may wait, per step.
TARGETS = {"upload": 2.0, "filter": 0.5, "return": 1.0, "edit": 1.0}
#: The contract's new end date in the edit step: every delegation then runs past it.
_NEW_END = "2025-04-30"


def _expected(data: bytes) -> dict[str, object]:
    """What the page must show after each step, from the library."""
    from chain.validate import validate_bytes

    report = validate_bytes(data).report
    assert report is not None, "the benchmark's chain must be readable"
    counts = report.counts()
    doc = json.loads(data)
    doc["contract"]["period"]["end"] = _NEW_END
    edited = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8")).report
    assert edited is not None
    total = len(report.findings)
    return {
        "all": f"{total} 件中 {total} 件を表示",
        "errors": f"{total} 件中 {counts['error']} 件を表示",
        "edited": "検査結果: エラー {error} 件・警告 {warning} 件・情報 {info} 件".format(
            **edited.counts()
        ),
    }


def _timed(action: Callable[[], None], done: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    done()
    return time.perf_counter() - start


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=120_000)
    page.wait_for_timeout(300)


def _one_chain(browser, url: str, path: Path, expected: dict[str, object]) -> dict[str, float]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page.set_default_timeout(120_000)
    try:
        page.goto(url)
        page.get_by_role("heading", name="再委託チェーン検査").wait_for()
        _settle(page)
        uploader = page.get_by_test_id("stMain").locator("input[type='file']")
        shown_all = page.get_by_text(str(expected["all"]), exact=True)
        drawn = page.locator(".st-key-diagram img, .st-key-diagram svg").first

        def upload_done() -> None:
            shown_all.wait_for()
            drawn.wait_for()

        upload = _timed(lambda: uploader.set_input_files(str(path)), upload_done)
        _settle(page)

        box = page.get_by_role("combobox", name="重大度")
        option = page.get_by_role("option", name="エラー", exact=True)
        box.click()
        try:
            option.wait_for(timeout=3_000)
        except PlaywrightTimeout:  # the list opens on a key when the click fell on a rerun
            box.press("ArrowDown")
            option.wait_for()
        errors = page.get_by_text(str(expected["errors"]), exact=True)
        filtered = _timed(option.click, errors.wait_for)
        page.keyboard.press("Escape")
        _settle(page)

        page.get_by_role("link", name="編集").first.click()
        page.get_by_role("heading", name="編集", exact=True).wait_for()
        _settle(page)
        back = page.get_by_role("link", name="検査結果").first
        returned = _timed(back.click, errors.wait_for)  # the filter is kept across pages
        _settle(page)

        page.get_by_role("link", name="編集").first.click()
        page.get_by_role("heading", name="編集", exact=True).wait_for()
        _settle(page)
        page.locator(".st-key-contract-box summary").click()  # open the contract's form
        end = page.get_by_label("契約期間（終了）")
        end.fill(_NEW_END)
        counts = page.get_by_text(str(expected["edited"]))
        edited = _timed(lambda: end.press("Enter"), counts.wait_for)
        return {"upload": upload, "filter": filtered, "return": returned, "edit": edited}
    finally:
        page.close()


def _round(browser, url: str, path: Path, expected: dict[str, object]) -> dict[str, float]:
    """One round, run again once if the page lost a click (a click that lands while the
    page reruns is dropped by the browser, as an officer would see, and click again)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        return _one_chain(browser, url, path, expected)
    except PlaywrightError as exc:
        print(f"  a round was run again: {str(exc).splitlines()[0]}", file=sys.stderr)
        return _one_chain(browser, url, path, expected)


def measure(quick: bool) -> dict[int, dict[str, float]]:
    """Seconds of each step per chain size (the best of the rounds)."""
    from playwright.sync_api import sync_playwright

    sizes = (300,) if quick else (300, 1_000)
    rounds = 1 if quick else 3
    found: dict[int, dict[str, float]] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve(env={"CHAIN_APP_CASES": "off"}) as url,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            for n in sizes:
                data = generate(Spec(parties=n, fault_rate=0.02, seed=n)).to_bytes()
                path = Path(tmp) / f"chain-{n}.json"
                path.write_bytes(data)
                expected = _expected(data)
                runs = [_round(browser, url, path, expected) for _ in range(rounds)]
                found[n] = {step: min(r[step] for r in runs) for step in TARGETS}
        finally:
            browser.close()
    return found
