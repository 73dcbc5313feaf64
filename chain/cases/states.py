"""The case's state machine and the states derived from decisions, both pure.

下書き → 提出 → 審査中 → 差戻し / 承認 / 条件付承認 / 不承認; a returned case is saved
and submitted again; 取下げ (withdrawn by the officer) before a decision; 取消 (revoked)
after an approval. 期限切れ and 要再承認 are derived, never stored.

>>> allowed("draft", "submit"), allowed("approved", "submit"), allowed("rejected", "submit")
(True, True, False)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from chain.cases.diff import delegation_changes as _delegation_changes
from chain.cases.diff import field_changes

__all__ = [
    "ACTIONS",
    "APPROVING",
    "EDITABLE",
    "allowed",
    "approval_status",
    "combined_outcome",
    "edge_changes",
]

#: Each action: the states it may start from, and the state it leads to (``None``: the
#: outcome of the decision decides).
ACTIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "submit": (frozenset({"draft", "returned", "approved", "conditional"}), "submitted"),
    "review": (frozenset({"submitted"}), "in_review"),
    "decide": (frozenset({"submitted", "in_review"}), None),
    "withdraw": (frozenset({"draft", "submitted", "in_review", "returned"}), "withdrawn"),
    "revoke": (frozenset({"approved", "conditional"}), "revoked"),
}

#: The states in which a new version may be saved (after an approval, a change is saved
#: and submitted again; the approval it touches needs re-approval).
EDITABLE = frozenset({"draft", "returned", "approved", "conditional"})

#: The outcomes that approve.
APPROVING = frozenset({"approved", "conditional"})

#: How outcomes combine when every delegation of a version is decided: the worst wins.
_ORDER = ("rejected", "returned", "conditional", "approved")


def allowed(state: str, action: str) -> bool:
    """Whether ``action`` may be taken on a case in ``state``."""
    starts, _to = ACTIONS[action]
    return state in starts


def combined_outcome(outcomes: list[str]) -> str:
    """The case's state when its delegations were decided with ``outcomes``."""
    return min(outcomes, key=_ORDER.index)


def _edge(chain: dict, edge_id: str) -> dict | None:
    for d in chain.get("delegations") or []:
        if isinstance(d, dict) and d.get("id") == edge_id:
            return d
    return None


def _party(chain: dict, party_id: Any) -> dict | None:
    for p in chain.get("parties") or []:
        if isinstance(p, dict) and p.get("id") == party_id:
            return p
    return None


def edge_changes(approved: dict, current: dict, edge_id: str) -> list[str] | None:
    """The fields of delegation ``edge_id`` (and of the party it delegates to) that
    changed from the approved chain to the current one; ``None`` when it is gone."""
    before, after = _edge(approved, edge_id), _edge(current, edge_id)
    if before is None:
        return []
    if after is None:
        return None
    changes = _delegation_changes(before, after)
    fields = [c["field"] for c in changes["fields"]]
    docs = changes.get("documents") or {}
    fields += [f"documents/{k}" for k in docs.get("added", []) + docs.get("removed", [])]
    fields += [
        f"documents/{c['id']}/{f['field']}" for c in docs.get("changed", []) for f in c["fields"]
    ]
    pa, pb = _party(approved, before.get("delegate")), _party(current, after.get("delegate"))
    fields += [f"delegate/{c['field']}" for c in field_changes(pa or {}, pb or {})]
    return sorted(fields)


def approval_status(
    decisions: list[dict[str, Any]],
    chains: dict[int, dict],
    current: dict,
    today: dt.date,
) -> list[dict[str, Any]]:
    """Each delegation of the ``current`` chain with the decision that covers it now,
    and what is derived from it: ``expired`` after ``valid_until``, ``needs_reapproval``
    (with the changed fields) when a later version changed what was approved.

    ``decisions`` are in the order they were made (each with ``id``, ``version_id``,
    ``edge_ids`` (``None`` for the whole submission), ``outcome``, ``valid_until``);
    ``chains`` the chain of every version a decision was made on.
    """
    out = []
    for d in current.get("delegations") or []:
        if not isinstance(d, dict) or not isinstance(d.get("id"), str):
            continue
        edge = d["id"]
        covering = [x for x in decisions if x["edge_ids"] is None or edge in x["edge_ids"]]
        row: dict[str, Any] = {"delegation": edge, "decision": None, "outcome": None}
        if covering:
            last = covering[-1]
            row["decision"], row["outcome"] = last["id"], last["outcome"]
            if last["outcome"] in APPROVING:
                until = last.get("valid_until")
                if until and dt.date.fromisoformat(until) < today:
                    row["expired"] = True
                changed = edge_changes(chains[last["version_id"]], current, edge)
                if changed:
                    row["needs_reapproval"] = True
                    row["changed_fields"] = changed
        out.append(row)
    return out
