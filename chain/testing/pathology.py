"""What broken submissions contain, added to a synthetic chain (``Spec(pathological=True)``).

Every addition stays inside the format (the file parses), so the structure
rules and the engine, not the parser, meet it: a line of delegations many
tiers deep, cycles, self-delegation, duplicate ids, dangling references,
one corporate number under two names, unreachable parties, staff of a
company no delegation reaches, inverted periods, undated documents, values
at the format's length bounds and names in odd Unicode.
"""

from __future__ import annotations

import random
from typing import Any

__all__ = ["add_pathologies"]


def _delegation(did: str, delegator: str, delegate: str, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": did,
        "delegator": delegator,
        "delegate": delegate,
        "work": "再々委託の作業",
        "personal_data": ["氏名"],
        "period": {"start": "2025-05-01", "end": "2026-02-28"},
        "documents": [
            {"kind": "application", "date": "2025-04-01", "submitted_by": "p1"},
            {"kind": "approval", "date": "2025-04-15", "issued_by": "city"},
        ],
    }
    d.update(extra)
    return d


def add_pathologies(
    doc: dict[str, Any], rng: random.Random, *, depth: int, odd: tuple[str, ...]
) -> None:
    """Add broken structure to ``doc`` in place."""
    parties, delegations = doc["parties"], doc["delegations"]
    workers, places = doc["workers"], doc["places"]
    company = next(p for p in parties if p["id"] == "p1")

    # A line of delegations `depth` tiers deep below the contractor, closed by a cycle.
    above = "p1"
    line = max(2, depth)
    for k in range(1, line):
        pid = f"deep{k}"
        parties.append({"id": pid, "kind": "company", "name": f"深層{k}{rng.choice(odd)}"})
        delegations.append(_delegation(f"dd{k}", above, pid))
        above = pid
    delegations.append(_delegation("cycle-back", above, "deep1"))
    delegations.append(_delegation("cycle-top", "deep1", "p1"))
    delegations.append(_delegation("self", "p1", "p1"))
    delegations.append(_delegation("to-city", "p1", "city"))

    # Duplicate ids, dangling references.
    parties.append({**company, "name": company["name"] + "（重複）"})
    delegations.append(_delegation("dd1", "p1", "deep1"))
    delegations.append(
        _delegation(
            "ghost",
            "p1",
            "nobody",
            documents=[
                {"kind": "approval", "issued_by": "nowhere"},
                {"kind": "application", "submitted_by": "ghost-party"},
                {"kind": "flow_down"},
            ],
        )
    )
    if workers:
        workers.append({**workers[0], "name": workers[0]["name"] + "（重複）"})
    workers.append(
        {
            "id": "w-ghost",
            "name": "所属不明",
            "party": "nowhere",
            "employment": "dispatched",
            "dispatched_from": "p1",
        }
    )
    workers.append(
        {"id": "w-no-agency", "name": "派遣元なし", "party": "p1", "employment": "dispatched"}
    )
    workers.append({"id": "w-city", "name": "市職員", "party": "city", "employment": "regular"})
    places.append({"id": "pl-ghost", "name": "不明な場所", "kind": "cloud", "party": "nobody"})

    # One corporate number under two names, the same company twice, parent loops.
    parties.append(
        {
            "id": "twin",
            "kind": "company",
            "name": "別名の会社",
            "corporate_number": company.get("corporate_number", ""),
        }
    )
    parties.append(
        {
            "id": "same",
            "kind": "company",
            "name": company["name"],
            "corporate_number": company.get("corporate_number", ""),
        }
    )
    parties.append(
        {
            "id": "loop-a",
            "kind": "company",
            "name": "循環親会社A",
            "parent": {"party": "loop-b", "basis": "voting_rights"},
        }
    )
    parties.append(
        {
            "id": "loop-b",
            "kind": "company",
            "name": "循環親会社B",
            "parent": {
                "party": "loop-a",
                "basis": "substantive_control",
                "voting_share_percent": 100,
            },
        }
    )
    parties.append({"id": "orphan", "kind": "company", "name": "どこからも委託されない会社"})
    parties.append(
        {
            "id": "offchain",
            "kind": "company",
            "name": "委託なしで作業する会社",
            "parent": {"party": "p1", "basis": "voting_rights", "voting_share_percent": 51},
        }
    )
    workers.append(
        {
            "id": "w-offchain",
            "name": "無承諾の作業者",
            "party": "offchain",
            "employment": "part_time",
        }
    )
    delegations.append(_delegation("to-loop", "p1", "loop-a"))
    delegations.append(_delegation("to-twin", "deep1", "twin"))

    # Inverted periods, undated documents, values at the format's bounds.
    delegations.append(
        _delegation(
            "inverted",
            "p1",
            "orphan-2",
            period={"start": "2026-03-01", "end": "2025-04-01"},
            documents=[{"kind": "application"}, {"kind": "approval"}, {"kind": "guidance"}],
            work="長" * 10_000,
            reason="理" * 10_000,
        )
    )
    parties.append(
        {
            "id": "orphan-2",
            "kind": "company",
            "name": "名" * 300,
            "address": "住" * 10_000,
            "note": rng.choice(odd) * 100,
        }
    )
    parties.append(
        {
            "id": "x" * 100,
            "kind": "company",
            "name": rng.choice(odd),
            "corporate_number": "１２３４５６７８９０１２３",
        }
    )
    doc["contract"]["period"] = {"start": "令和7年4月1日", "end": "R8.3.31"}
