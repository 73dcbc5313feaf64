"""The audit trail's hash chain, pure: how an event's hash is made, and where a chain
of events breaks.

Each event's hash covers its sequence number, time, actor, action, object, the hashes
before and after, and the hash of the event before it, so changing, removing or
reordering any event breaks every hash after it.

>>> e1 = seal({"seq": 1, "at": "t", "actor": "a", "action": "x", "object": "o",
...            "before_hash": None, "after_hash": None}, GENESIS)
>>> verify([e1]) is None
True
>>> verify([{**e1, "actor": "b"}])["seq"]
1
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from chain.cases.canonical import canonical

__all__ = ["FIELDS", "GENESIS", "event_hash", "seal", "verify"]

#: The hash the first event names as the one before it.
GENESIS = "0" * 64

#: The fields an event's hash covers, with the hash before it (``prev_hash``).
FIELDS = ("seq", "at", "actor", "action", "object", "before_hash", "after_hash", "prev_hash")


def event_hash(event: dict[str, Any]) -> str:
    return canonical({k: event.get(k) for k in FIELDS})[1]


def seal(event: dict[str, Any], prev_hash: str) -> dict[str, Any]:
    """``event`` with ``prev_hash`` and its own ``hash``."""
    done = {**event, "prev_hash": prev_hash}
    done["hash"] = event_hash(done)
    return done


def verify(events: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """``None`` when the events, in order, form an unbroken chain; else where it breaks:
    ``seq`` of the first event that does not fit and ``why`` (``sequence``, ``prev_hash``
    or ``hash``)."""
    prev, expected = GENESIS, 1
    for e in events:
        if e["seq"] != expected:
            return {"seq": e["seq"], "why": "sequence", "expected": expected}
        if e["prev_hash"] != prev:
            return {"seq": e["seq"], "why": "prev_hash"}
        if e["hash"] != event_hash(e):
            return {"seq": e["seq"], "why": "hash"}
        prev, expected = e["hash"], expected + 1
    return None
