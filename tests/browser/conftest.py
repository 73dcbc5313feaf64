"""A real app server and a headless Chromium for the browser tests.

The server is ``streamlit run streamlit_app.py`` on a free local port with
the project's offline configuration; the browser is Debian's Chromium
driven by Playwright (never a downloaded browser build). Screenshots go to
``tests/artifacts/`` (git-ignored) for people to look at.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"app at {url} not healthy after {timeout} s")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory) -> Iterator[str]:
    with serve(tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@contextmanager
def serve(log: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """``streamlit run`` of the app on a free local port, its output in ``log``, with
    the test process's environment and ``env``; its URL while it runs."""
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "streamlit_app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


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
