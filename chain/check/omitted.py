"""Findings beyond the limit: the first ones kept whole, the others counted per code.

A chain of a million small faulty items gave 1.7 million findings, each a
located, cited object (about 700 bytes with its facts and key): 3.9 GB. As
compilers bound their errors, a check given ``max_findings`` keeps the first
findings in the report's order (place in the file, then code, then the order
they were found: those an unlimited check gives first) and, for the others, an
:class:`Omitted` summary per code and severity: how many, and where the first
of them is. The findings kept, the counts and the first places are those of an
unlimited check of the same chain, every run.

Counting findings is counting the hits left once two hits of one code at one
place (pointer and ids) with the same facts are one finding (two entries of a
profile reporting the same thing). Nothing is kept of a hit beyond the limit
but a 64-bit hash of its code and place, in an array (8 bytes a hit). A hash
met once is one finding. The rare hashes met more than once (the same place
reported twice, or two places with one hash) are settled by a second run of
the entries of those codes, looking only at their hits: their places and
facts, compared as the check compares them.
"""

from __future__ import annotations

import heapq
from array import array
from datetime import date
from typing import Any, NamedTuple

from chain.check.findings import Finding
from chain.vocab import L

__all__ = ["LIMIT_HINT", "Kept", "Omitted", "facts_key", "repeated"]

#: How to change the limit, said once under the summaries.
LIMIT_HINT = L(
    "上限は --max-findings または CHAIN_MAX_FINDINGS で変更できます。",
    "Change the limit with --max-findings or CHAIN_MAX_FINDINGS.",
)


class Omitted(NamedTuple):
    """Findings of one code and severity left out of a report: how many, and the first."""

    code: str
    slug: str
    severity: str
    # A field may shadow tuple.count: reports read it by name, and no one counts its items.
    count: int  # type: ignore[assignment]
    pointer: str
    """Where the first of them is (in the report's order)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "slug": self.slug,
            "severity": self.severity,
            "count": self.count,
            "pointer": self.pointer,
        }

    def message(self, limit: int) -> L:
        """ "ほか N 件" / "and N more", from the count, the first place and the limit."""
        return L(
            f"ほか {self.count:,} 件（発見事項が上限の {limit:,} 件を超えたため一覧にない分。"
            f"最初は {self.pointer or '/'}）",
            f"and {self.count:,} more (not listed: the findings exceed the limit of {limit:,}; "
            f"the first is at {self.pointer or '/'})",
        )


class Kept:
    """The first ``limit`` findings met so far, in the report's order, and what the others
    leave of themselves: their place hashes (every hit's, kept or not) and the first of
    each code.

    Findings are held until there are a quarter more than the limit, then cut back to
    the limit: the order of the last one kept is the threshold past which a hit is not
    made a finding.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.findings: dict[tuple, Finding] = {}
        self.order: dict[tuple, tuple] = {}
        self.threshold: tuple | None = None
        self.hashes: dict[str, array] = {}
        self.first: dict[str, tuple] = {}
        """Per code, the order and pointer of the first finding left out."""

    def hashes_of(self, code: str) -> array:
        """Where the place hashes of ``code``'s hits are recorded (with their severity)."""
        found = self.hashes.get(code)
        if found is None:
            found = self.hashes[code] = array("q")
        return found

    def add(self, key: tuple, finding: Finding, order: tuple) -> None:
        self.findings[key] = finding
        self.order[key] = order
        if len(self.findings) >= self.limit + self.limit // 4 + 1:
            self._cut()

    def leave_out(self, order: tuple) -> None:
        """A finding of this order, past the threshold, is left out."""
        code = order[1]
        first = self.first.get(code)
        if first is None or order < first:
            self.first[code] = order

    def _cut(self) -> None:
        ranked = sorted(self.order.items(), key=lambda item: item[1])
        for key, order in ranked[self.limit :]:
            self.leave_out(order)
            del self.findings[key], self.order[key]
        self.threshold = ranked[self.limit - 1][1]

    def result(self) -> list[Finding]:
        """The findings kept, in the report's order (those past the limit left out)."""
        if len(self.findings) > self.limit:
            self._cut()
        return [self.findings[key] for key, _ in sorted(self.order.items(), key=lambda i: i[1])]


def repeated(values: array) -> tuple[dict[int, int], set[int]]:
    """Of 64-bit ``values`` (severity in the two lowest bits): how many met once, by
    severity rank, and the set of those met more than once (severity bits cleared).

    Sorted in runs of 2**18 (a run at a time as Python integers) and merged: the values
    are never all Python integers at once."""
    runs = [array("q", sorted(values[i : i + 2**18])) for i in range(0, len(values), 2**18)]
    once: dict[int, int] = {0: 0, 1: 0, 2: 0}
    more: set[int] = set()
    previous: int | None = None
    count = last = 0
    for value in heapq.merge(*runs) if len(runs) > 1 else (runs[0] if runs else ()):
        place = value & ~3
        if place == previous:
            count += 1
            continue
        if previous is not None:
            _settle(previous, count, last, once, more)
        previous, count, last = place, 1, value
    if previous is not None:
        _settle(previous, count, last, once, more)
    return once, more


def _settle(place: int, count: int, value: int, once: dict[int, int], more: set[int]) -> None:
    if count == 1:
        once[value & 3] += 1
    else:
        more.add(place)


def facts_key(value: Any) -> Any:
    """A hashable stand-in for facts, equal for two facts exactly when their ``repr`` of
    sorted items is (how the check compares two findings of one place), built without
    writing that ``repr`` (8 µs for a finding's facts, a tenth of that so)."""
    kind = type(value)
    if kind is dict:
        return (dict, tuple(sorted((k, facts_key(v)) for k, v in value.items())))
    if kind is list or kind is tuple:
        return (kind, tuple(map(facts_key, value)))
    if kind in _PLAIN or kind is L:
        return (kind, value)
    try:
        hash(value)
    except TypeError:
        return (kind, repr(value))
    return (kind, value)


_PLAIN = frozenset({str, int, float, bool, type(None), date})
