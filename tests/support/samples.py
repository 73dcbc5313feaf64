"""The sample chains as documents, and an assessment of one: shared by the liability tests."""

from __future__ import annotations

import json
from pathlib import Path

from chain.format.read import parse_chain
from chain.graph import analyse
from chain.liability import Assessment, assess
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parents[2]


def sample(name: str) -> dict:
    """``sample_data/<name>`` as a document (a fresh copy each call)."""
    return json.loads((ROOT / "sample_data" / name).read_text(encoding="utf-8"))


def run(doc: dict, at: str, profile: str | None = None) -> Assessment:
    """The assessment of an incident at ``at`` in ``doc``, under its template or ``profile``."""
    graph = analyse(parse_chain(json.dumps(doc, ensure_ascii=False).encode()))
    return assess(graph, load_profile(profile or doc["contract"]["template"]), at)
