"""One string object for each distinct text of a parsed JSON document.

A JSON parser makes a new string for every value it reads, even where the
text repeats: a chain's dates, kinds, roles, party ids and names repeat by
the thousand (an 11 MB chain's document held 451,000 strings, 77,000 of them
distinct: 29 MB where 5 MB would do). :func:`share_strings` replaces, in
place, each string value by the first equal one met, so that a document kept
for a session (the app's open chain) holds each text once. Keys are left as
the parser made them (both parsers already share the keys they read).

:func:`loads_shared` shares them while the JSON is read, each object's values as the
object is made, so that the copies are let go at once rather than all held until the
document is whole: a 58 MB chain's reading peaked 100 MB lower, and its document took
100 MB less of the process once read (the copies freed afterwards were scattered among
what is kept, their memory neither reused at once nor given back).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads_shared", "share_strings"]


def loads_shared(data: bytes | str) -> Any:
    """``json.loads(data)``, with every string value one shared object per distinct text,
    as :func:`share_strings` leaves it."""
    memo: dict[str, str] = {}
    one = memo.setdefault

    def shared_list(root: list[Any]) -> None:
        # The objects within were made by ``made`` already: their values are shared.
        stack = [root]
        while stack:
            node = stack.pop()
            for i, value in enumerate(node):
                kind = type(value)
                if kind is str:
                    node[i] = one(value, value)
                elif kind is list:
                    stack.append(value)

    def made(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # The members in order, a repeated key's last value kept: the dict json.loads makes.
        out = {}
        for key, value in pairs:
            kind = type(value)
            if kind is str:
                value = one(value, value)
            elif kind is list:
                shared_list(value)
            out[key] = value
        return out

    root = json.loads(data, object_pairs_hook=made)
    kind = type(root)
    if kind is str:
        return one(root, root)
    if kind is list:
        shared_list(root)
    return root


def share_strings(root: Any) -> Any:
    """``root``, its lists and objects with every string value replaced by one shared
    object per distinct text (in place); ``root`` is returned."""
    memo: dict[str, str] = {}
    one = memo.setdefault
    stack = [root]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if type(node) is dict:
            for key, value in node.items():  # values replaced, keys untouched: no resize
                kind = type(value)
                if kind is str:
                    node[key] = one(value, value)
                elif kind is dict or kind is list:
                    push(value)
        elif type(node) is list:
            for i, value in enumerate(node):
                kind = type(value)
                if kind is str:
                    node[i] = one(value, value)
                elif kind is dict or kind is list:
                    push(value)
    return root
