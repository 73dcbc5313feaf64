"""The difference between two versions of a chain: what was added, removed and changed,
field by field, and which findings are new or resolved. Pure: dictionaries in, a
dictionary out, in a deterministic order.

>>> a = {"parties": [{"id": "p", "name": "A"}], "delegations": []}
>>> b = {"parties": [{"id": "p", "name": "B"}, {"id": "q", "name": "Q"}], "delegations": []}
>>> d = chain_diff(a, b)
>>> d["parties"]["added"], d["parties"]["changed"]
(['q'], [{'id': 'p', 'fields': [{'field': 'name', 'before': 'A', 'after': 'B'}]}])
"""

from __future__ import annotations

from collections import Counter
from typing import Any

__all__ = [
    "SECTIONS",
    "chain_diff",
    "delegation_changes",
    "field_changes",
    "findings_diff",
    "is_empty",
]

#: The lists of a chain whose items have ids, in the order a diff shows them.
SECTIONS = ("parties", "delegations", "workers", "places")

_MISSING = object()


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict) and value:
        for key in sorted(value):
            _flatten(value[key], f"{prefix}/{key}" if prefix else str(key), out)
    else:
        out[prefix] = value


def field_changes(before: Any, after: Any, prefix: str = "") -> list[dict[str, Any]]:
    """The fields (``a/b`` paths) whose values differ between two objects; lists are
    compared whole (a list of names is one field), except the delegations' documents,
    which :func:`chain_diff` compares one by one."""
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten(before, prefix, a)
    _flatten(after, prefix, b)
    changes = []
    for key in sorted(set(a) | set(b)):
        old, new = a.get(key, _MISSING), b.get(key, _MISSING)
        if old != new:
            changes.append(
                {
                    "field": key,
                    "before": None if old is _MISSING else old,
                    "after": None if new is _MISSING else new,
                }
            )
    return changes


def _by_id(items: Any) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            out.setdefault(item["id"], item)
    return out


def _documents(delegation: dict) -> dict[str, dict]:
    """A delegation's documents keyed ``kind#n`` (the n-th of its kind)."""
    seen: Counter[str] = Counter()
    out = {}
    for doc in delegation.get("documents") or []:
        if isinstance(doc, dict):
            kind = str(doc.get("kind"))
            seen[kind] += 1
            out[f"{kind}#{seen[kind]}"] = doc
    return out


def _section(before: Any, after: Any, section: str) -> dict[str, Any]:
    a, b = _by_id(before), _by_id(after)
    changed = []
    for key in sorted(set(a) & set(b)):
        if section == "delegations":
            entry = delegation_changes(a[key], b[key])
        else:
            entry = {"fields": field_changes(a[key], b[key])}
        if entry["fields"] or entry.get("documents"):
            changed.append({"id": key, **entry})
    return {
        "added": sorted(set(b) - set(a)),
        "removed": sorted(set(a) - set(b)),
        "changed": changed,
    }


def delegation_changes(before: dict, after: dict) -> dict[str, Any]:
    """A delegation's changed fields, its documents apart (added, removed, changed)."""
    da, db = _documents(before), _documents(after)
    strip = lambda d: {k: v for k, v in d.items() if k != "documents"}  # noqa: E731
    docs = {
        "added": sorted(set(db) - set(da)),
        "removed": sorted(set(da) - set(db)),
        "changed": [
            {"id": key, "fields": field_changes(da[key], db[key])}
            for key in sorted(set(da) & set(db))
            if da[key] != db[key]
        ],
    }
    out: dict[str, Any] = {"fields": field_changes(strip(before), strip(after))}
    if docs["added"] or docs["removed"] or docs["changed"]:
        out["documents"] = docs
    return out


def chain_diff(before: dict, after: dict) -> dict[str, Any]:
    """What changed from ``before`` to ``after``: the contract's fields, then each
    section's items added, removed and changed (by id), field by field."""
    out: dict[str, Any] = {
        "contract": field_changes(before.get("contract") or {}, after.get("contract") or {})
    }
    for section in SECTIONS:
        out[section] = _section(before.get(section), after.get(section), section)
    return out


def _finding_key(f: dict) -> tuple:
    # Pointers move when an item is added above; the ids a finding names do not.
    return (
        f.get("code"),
        f.get("party"),
        f.get("delegation"),
        f.get("worker"),
        f.get("place"),
        f.get("pointer")
        if not any(f.get(k) for k in ("party", "delegation", "worker", "place"))
        else None,
    )


def _brief(f: dict) -> dict[str, Any]:
    keep = ("code", "severity", "pointer", "party", "delegation", "worker", "place", "message")
    return {k: f[k] for k in keep if f.get(k) is not None}


def findings_diff(before: list[dict], after: list[dict]) -> dict[str, list[dict]]:
    """The findings of ``after`` that ``before`` did not have (``new``), and those of
    ``before`` gone in ``after`` (``resolved``), matched by code and the ids they name."""
    count_a = Counter(map(_finding_key, before))
    count_b = Counter(map(_finding_key, after))
    new, resolved = [], []
    used: Counter[tuple] = Counter()
    for f in after:
        key = _finding_key(f)
        used[key] += 1
        if used[key] > count_a[key]:
            new.append(_brief(f))
    used.clear()
    for f in before:
        key = _finding_key(f)
        used[key] += 1
        if used[key] > count_b[key]:
            resolved.append(_brief(f))
    return {"new": new, "resolved": resolved}


def is_empty(diff: dict[str, Any]) -> bool:
    """Whether a :func:`chain_diff` found nothing."""
    if diff.get("contract"):
        return False
    return not any(diff[s]["added"] or diff[s]["removed"] or diff[s]["changed"] for s in SECTIONS)
