"""The chain as a table: each delegation under the party it came from, tier by tier.

A drawing of 300 parties is either too small to read or too wide to hold; the same
structure as rows, depth first from the contractor (the order of a 体制表), reads at any
size and can be searched. Each row is a delegation (the contract for the contractor),
with the findings about it.

>>> from chain.validate import validate_path
>>> report = validate_path("sample_data/000/faulty.json").report
>>> [(r.tier, r.delegate) for r in overview(report)][:3]
[(1, '株式会社みなとデータサービス'), (2, '北斗入力センター株式会社'), (3, '有限会社さくらパンチ')]
"""

from __future__ import annotations

from typing import NamedTuple

from chain.check.engine import Report
from chain.graph import Edge

__all__ = ["OverviewRow", "overview"]


class OverviewRow(NamedTuple):
    """One delegation of the chain in the table's order."""

    tier: int | None
    """The tier of the delegate (1: the contractor); ``None`` off the chain."""
    delegate: str
    delegator: str
    work: str
    delegation: str | None
    """The delegation's id (``None`` for the contract)."""
    codes: tuple[str, ...]
    """Codes of the findings about the delegation or its delegate, in the report's order,
    once each."""
    again: bool = False
    """The delegate was reached before by another delegation (its subtree is not repeated)."""


def overview(report: Report) -> list[OverviewRow]:
    """Every delegation, depth first from the contract in file order, then those not
    reached from it."""
    graph = report.graph
    chain = graph.chain
    codes: dict[str, dict[str, None]] = {}
    for f in sorted(report.findings, key=lambda f: f.sort_key()):
        for place in (f.delegation, f.party):
            if place is not None:
                codes.setdefault(place, {})[f.code] = None
    rows: list[OverviewRow] = []
    seen: set[int] = set()
    reached: set[str] = set()

    def row(edge: Edge, tier: int | None, again: bool = False) -> OverviewRow:
        work = chain.contract.work if edge.index is None else chain.delegations[edge.index].work
        found = dict(codes.get(edge.id, {})) if not edge.is_contract else {}
        found.update(codes.get(edge.delegate, {}))
        return OverviewRow(
            tier,
            graph.party_name(edge.delegate),
            graph.party_name(edge.delegator),
            work or "",
            None if edge.is_contract else edge.id,
            tuple(found),
            again,
        )

    # An explicit stack, not recursion: a chain may be thousands of tiers deep.
    stack: list[tuple[Edge, int]] = [(e, 1) for e in reversed(graph.edges) if e.is_contract]
    while stack:
        edge, tier = stack.pop()
        if id(edge) in seen:
            continue
        seen.add(id(edge))
        again = edge.delegate in reached
        rows.append(row(edge, tier, again))
        if again:
            continue
        reached.add(edge.delegate)
        stack.extend((e, tier + 1) for e in reversed(graph.outgoing.get(edge.delegate, [])))
    for e in graph.edges:
        if id(e) not in seen:
            seen.add(id(e))
            rows.append(row(e, None))
    return rows
