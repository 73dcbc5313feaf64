"""Fixtures for driving the app headless with Streamlit's AppTest."""

from __future__ import annotations

import copy
import json

import pytest
from appdriving import APP, FORMULA, SAMPLE
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest


@pytest.fixture(autouse=True)
def no_case_store(monkeypatch, request) -> None:
    """The app without a case store, unless a test asks for one (``case_store``): no test
    writes into the user's data folder."""
    if "case_store" not in request.fixturenames:
        monkeypatch.setenv("CHAIN_APP_CASES", "off")
        monkeypatch.delenv("CHAIN_DATABASE_URL", raising=False)


@pytest.fixture
def case_store(tmp_path, monkeypatch) -> str:
    """A temporary SQLite case store the app uses (``CHAIN_DATABASE_URL``), acting as
    tanaka, who becomes its admin by writing first."""
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    monkeypatch.delenv("CHAIN_APP_CASES", raising=False)
    monkeypatch.delenv("CHAIN_USER_HEADER", raising=False)
    monkeypatch.setenv("CHAIN_DATABASE_URL", url)
    monkeypatch.setenv("CHAIN_USER", "tanaka")
    return url


@pytest.fixture
def app() -> AppTest:
    """The app on its landing page, nothing open."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    return at.run()


@pytest.fixture
def sample_doc() -> dict:
    return json.loads(SAMPLE.read_text("utf-8"))


@pytest.fixture
def faulty_doc(sample_doc) -> dict:
    """The sample with the subcontract's approval removed and a formula as a party name."""
    doc = copy.deepcopy(sample_doc)
    hokuto = doc["delegations"][0]
    hokuto["documents"] = [d for d in hokuto["documents"] if d["kind"] != "approval"]
    doc["parties"][2]["name"] = FORMULA
    return doc


@pytest.fixture(autouse=True)
def downloads(monkeypatch) -> dict[str, bytes]:
    """Every file the app hands to a download button, by media file id (recorded in every test,
    so that it sees the app's first run too); a file made when its button is clicked is made
    when the test asks for it (:func:`appdriving.downloaded`)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    served: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id
    original_deferred = MediaFileManager.add_deferred

    def recording(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        if isinstance(path_or_data, bytes):
            served[file_id] = path_or_data
        return file_id

    def recording_deferred(self, data_callable, *args, **kwargs):
        file_id = original_deferred(self, data_callable, *args, **kwargs)
        served[file_id] = data_callable  # type: ignore[assignment]
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", recording)
    monkeypatch.setattr(MediaFileManager, "add_deferred", recording_deferred)
    return served
