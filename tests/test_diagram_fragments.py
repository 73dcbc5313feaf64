"""Kept DOT statements: a diagram drawn after edits is the diagram drawn from nothing."""

from __future__ import annotations

import copy

import pytest

from chain.diagram import DiagramOptions, build_dot, fragments
from chain.editor.document import check_document
from chain.liability import assess
from chain.testing.synthetic import Spec, generate


def _dot(doc, options=DiagramOptions(), at=None) -> str:  # noqa: B008 - frozen
    report = check_document(doc).report
    assert report is not None
    assessment = (
        assess(report.graph, report.profile, at, findings=report.findings)
        if at is not None
        else None
    )
    return build_dot(report.graph, findings=report.findings, assessment=assessment, options=options)


def _cold(doc, options=DiagramOptions(), at=None) -> str:  # noqa: B008 - frozen
    fragments.forget()
    return _dot(doc, options, at)


def _edits(doc):
    """One edit after another, each to something a kept statement is made of."""
    party = doc["parties"][3]
    worker = doc["workers"][0]
    delegation = doc["delegations"][1]
    steps = [
        lambda: party.update(name=party["name"] + "（商号変更）"),
        lambda: party.update(name='"><B>x</B>&amp;\\N\u202e'),
        lambda: party.update(corporate_number="1234567890123"),
        lambda: worker.update(name=worker["name"] + "2"),
        lambda: worker.update(count=worker.get("count", 1) + 3),
        lambda: worker.update(employment="dispatched"),
        lambda: worker.update(roles=["operator"]),
        lambda: worker.pop("trained_on", None),
        lambda: delegation.update(work="別の業務 <script>"),
        lambda: delegation.update(
            documents=[d for d in delegation["documents"] if d["kind"] != "approval"]
        ),
        lambda: doc["delegations"][0].update(documents=[]),
        lambda: party.update(name=party["name"][:3]),
    ]
    for step in steps:
        step()
        yield


@pytest.mark.parametrize(
    "options",
    [
        DiagramOptions(),
        DiagramOptions(collapse_workers=False),
        DiagramOptions(show_workers=False),
        DiagramOptions(lang="en", direction="LR"),
        DiagramOptions(max_tier=2),
    ],
    ids=["default", "each-worker", "no-workers", "en", "max-tier"],
)
def test_each_edit_draws_what_a_cold_start_draws(options) -> None:
    doc = generate(Spec(parties=40, fault_rate=0.1, seed=11)).doc
    _dot(doc, options)
    for _ in _edits(doc):
        warm = _dot(doc, options)
        assert warm == _cold(doc, options)


def test_every_edit_changes_the_diagram() -> None:
    """So that the edits above do reach the kept statements."""
    doc = generate(Spec(parties=40, fault_rate=0.1, seed=11)).doc
    before = _dot(doc)
    for _ in _edits(doc):
        after = _dot(doc)
        assert after != before
        before = after


def test_the_overlay_is_drawn_as_from_a_cold_start() -> None:
    doc = generate(Spec(parties=30, fault_rate=0.1, seed=12)).doc
    at = doc["parties"][4]["id"]
    before = _dot(doc)
    overlaid = _dot(doc, at=at)
    assert overlaid != before
    assert overlaid == _cold(doc, at=at)
    assert _dot(doc) == before


def test_a_chain_drawn_again_is_byte_identical() -> None:
    doc = generate(Spec(parties=60, fault_rate=0.05, seed=13)).doc
    first = _cold(copy.deepcopy(doc))
    assert _dot(doc) == first
    assert _dot(copy.deepcopy(doc)) == first


def test_kept_statements_are_bounded() -> None:
    fragments.forget()
    for n in range(fragments.KEPT + 50):  # more delegations than are kept
        fragments.edge_statement(
            "p1",
            "p2",
            2,
            ("approved",),
            (),
            ("approval",),
            False,
            "ja",
            f"edge-{n}",
            f"d{n}",
            "甲",
            "乙",
            None,
        )
        fragments.dispatch_statement("p3", "p2", None, n + 1, "ja", "派遣元", "乙")
    for f in (fragments.edge_statement, fragments.dispatch_statement):
        assert f.cache_info().currsize == fragments.KEPT
    fragments.forget()
    assert fragments.edge_statement.cache_info().currsize == 0
