"""STF012, STF013: staff notified to the municipality (not approved), with each person's
scope of work, and notified again on every change of staff.

A change of staff is a worker who joins after the party's first work day, a worker who
replaces another (``replaces``), or a worker changed after the notice (``changed_on``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import worker_facts
from chain.check.rules.stf_staff import staff_in_scope
from chain.format.model import Worker
from chain.format.pointer import join
from chain.graph import ChainGraph, work_start
from chain.profiles.params import NoticeParams
from chain.vocab import L

__all__: list[str] = []

_NONE = L("届出がありません", "not notified")
_NONE_CHANGE = L("交代・追加の届出がありません", "joined or replaced another, and not notified")
_LATE = L(
    "届出（{done}）が作業の開始（{start}）より後です",
    "notified on {done}, after starting on {start}",
)
_STALE = L(
    "届出（{done}）の後に変更（{changed}）があり、届け出られていません",
    "changed on {changed}, after the notice of {done}, and not notified again",
)


def _joined_later(g: ChainGraph, w: Worker) -> bool:
    first = work_start(g, w.party)
    return w.replaces is not None or (w.start is not None and first is not None and w.start > first)


def _latest_change(w: Worker) -> date | None:
    """The worker's latest change: its ``changed_on`` or the last of its ``changes``."""
    dates = [c.date for c in w.changes]
    if w.changed_on is not None:
        dates.append(w.changed_on)
    return max(dates, default=None)


def _reason(text: L, **values: object) -> L:
    return L(text.ja.format(**values), text.en.format(**values))


@rule("STF012")
def staff_not_notified(g: ChainGraph, p: NoticeParams, _c: RuleContext) -> Iterator[Hit]:
    for i, w in staff_in_scope(g, p):
        later = _joined_later(g, w)
        if later and not p.on_change:
            continue
        done, start = w.notified_on, w.start or work_start(g, w.party)
        if done is None:
            reason = _NONE_CHANGE if later else _NONE
        elif start is not None and done > start:
            reason = _reason(_LATE, done=done, start=start)
        elif p.on_change and (changed := _latest_change(w)) is not None and changed > done:
            reason = _reason(_STALE, done=done, changed=changed)
        else:
            continue
        yield Hit(
            join("workers", i, "notified_on"),
            {**worker_facts(g, w), "reason": reason},
            worker=w.id,
            party=w.party,
        )


@rule("STF013")
def staff_scope_missing(g: ChainGraph, p: NoticeParams, _c: RuleContext) -> Iterator[Hit]:
    for i, w in staff_in_scope(g, p):
        if (p.on_change or not _joined_later(g, w)) and not (w.scope or "").strip():
            yield Hit(join("workers", i), worker_facts(g, w), worker=w.id, party=w.party)
