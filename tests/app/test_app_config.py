"""The project's Streamlit configuration keeps the app offline."""

from __future__ import annotations

import tomllib

from appdriving import ROOT

from chain.format.limits import DEFAULT_LIMITS


def _config() -> dict:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))


def test_no_telemetry_and_no_outside_lookups():
    config = _config()
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["headless"] is True
    # With a wildcard or unset address, a headless Streamlit asks an outside service
    # for the machine's public IP at start-up.
    assert config["server"]["address"] not in ("", "0.0.0.0", "::")
    assert config["client"]["showErrorLinks"] is False


def test_upload_limit_matches_the_library():
    assert _config()["server"]["maxUploadSize"] * 1024 * 1024 == DEFAULT_LIMITS.max_bytes
