"""Boxes around sets of parties (corporate groups, the joint-and-several group).

Graphviz clusters must nest: a party can sit in two boxes only if one box
is inside the other. :func:`nest` arranges the boxes as a tree, or says
which boxes cannot be drawn as clusters because they cross another one.

>>> tree, crossing = nest([Box("a", frozenset({"x", "y"})), Box("b", frozenset({"y", "z"}))])
>>> [b.key for b in crossing]
['b']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Box", "BoxNode", "nest"]


@dataclass(frozen=True)
class Box:
    """A set of parties to draw inside one box."""

    key: str
    members: frozenset[str]
    attrs: tuple[tuple[str, object], ...] = ()


@dataclass
class BoxNode:
    box: Box
    children: list[BoxNode] = field(default_factory=list)


def nest(boxes: Sequence[Box]) -> tuple[list[BoxNode], list[Box]]:
    """The boxes as a forest (outermost first, in the given order), and those that cross.

    A box crossing one already placed (sharing members without either
    holding the other) is left out of the forest and returned separately.
    """
    placed: list[Box] = []
    crossing: list[Box] = []
    # Larger boxes first so that a box's parent is always placed before it.
    for box in sorted(boxes, key=lambda b: -len(b.members)):
        if any(_crosses(box, other) for other in placed):
            crossing.append(box)
        else:
            placed.append(box)
    nodes = {b.key: BoxNode(b) for b in placed}
    roots: list[BoxNode] = []
    for b in sorted(placed, key=lambda b: [x.key for x in boxes].index(b.key)):
        parent = _smallest_holder(b, placed)
        (nodes[parent.key].children if parent else roots).append(nodes[b.key])
    return roots, crossing


def _crosses(a: Box, b: Box) -> bool:
    shared = a.members & b.members
    return bool(shared) and not (a.members <= b.members or b.members <= a.members)


def _smallest_holder(box: Box, placed: Sequence[Box]) -> Box | None:
    holders = [
        o
        for o in placed
        if o.key != box.key
        and box.members <= o.members
        and (len(o.members) > len(box.members) or o.key < box.key)
    ]
    return min(holders, key=lambda o: (len(o.members), o.key), default=None)
