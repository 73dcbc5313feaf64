"""A real app server and a headless Chromium for the browser tests.

The server is ``streamlit run streamlit_app.py`` on a free local port with
the project's offline configuration; the browser is Debian's Chromium
driven by Playwright (never a downloaded browser build). Screenshots go to
``tests/artifacts/`` (git-ignored) for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chain.testing.app_server import CHROMIUM, CHROMIUM_ARGS, ROOT, serve

ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def app_url(tmp_path_factory) -> Iterator[str]:
    with serve(tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `./dev test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1440, "height": 1600}, locale="ja-JP")
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def case_store_app(tmp_path) -> Iterator[tuple[str, str]]:
    """The app with a case store of its own (SQLite in a temporary folder), acting as
    tanaka, who runs the store, with sato registered as an approver: the app's URL and
    the store's."""
    from chain.cases.service import CaseService

    store = f"sqlite:///{tmp_path / 'cases.db'}"
    service = CaseService.open(store)
    service.add_user("tanaka", "sato", "approver")  # tanaka, the first to write: admin
    service.engine.dispose()
    env = {"CHAIN_APP_CASES": "on", "CHAIN_DATABASE_URL": store, "CHAIN_USER": "tanaka"}
    with serve(tmp_path / "server.log", env) as url:
        yield url, store
