"""The chain as a table (chain.report.overview): depth first, each party's subtree once,
delegations off the chain last, any depth."""

from __future__ import annotations

import json
from pathlib import Path

from chain.report.overview import overview
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parents[1]


def _report(doc: dict):
    report = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8")).report
    assert report is not None
    return report


def _doc() -> dict:
    return json.loads((ROOT / "sample_data/000/compliant.json").read_text("utf-8"))


def test_a_party_reached_twice_is_listed_again_without_its_subtree():
    doc = _doc()
    # sakura also receives work straight from the contractor: its row comes twice, and
    # what sakura passes on is not repeated under the second.
    doc["delegations"].append(dict(doc["delegations"][0], id="d-direct", delegate="sakura"))
    doc["delegations"].append(
        dict(doc["delegations"][1], id="d-on", delegator="sakura", delegate="himawari")
    )
    rows = overview(_report(doc))
    assert [(r.tier, r.delegation, r.again) for r in rows] == [
        (1, None, False),
        (2, "d-hokuto", False),
        (3, "d-sakura", False),
        (4, "d-on", False),
        (2, "d-direct", True),
    ]


def test_a_delegation_off_the_chain_comes_last_without_a_tier():
    doc = _doc()
    doc["parties"].append({"id": "stray", "kind": "company", "name": "株式会社どこか"})
    doc["parties"].append({"id": "stray2", "kind": "company", "name": "株式会社そこか"})
    doc["delegations"].append(
        dict(doc["delegations"][1], id="d-stray", delegator="stray", delegate="stray2")
    )
    rows = overview(_report(doc))
    assert (rows[-1].tier, rows[-1].delegation, rows[-1].delegate) == (
        None,
        "d-stray",
        "株式会社そこか",
    )
    assert rows[-1].codes == ("CHN005",)  # unreachable from the municipality


def test_a_chain_thousands_of_tiers_deep_is_listed_whole():
    doc = _doc()
    base = doc["delegations"][1]
    for i in range(1500):
        doc["parties"].append({"id": f"p{i}", "kind": "company", "name": f"株式会社{i}"})
        doc["delegations"].append(
            dict(base, id=f"d{i}", delegator="sakura" if i == 0 else f"p{i - 1}", delegate=f"p{i}")
        )
    rows = overview(_report(doc))
    assert len(rows) == len(doc["delegations"]) + 1
    assert rows[-1].tier == 1503 and rows[-1].delegation == "d1499"
