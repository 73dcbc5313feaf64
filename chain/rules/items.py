"""ITM: the items a written application must state, per tier, as the profile lists them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chain.findings import Hit
from chain.graph import ChainGraph, Edge
from chain.model import Delegation
from chain.rules.common import delegation_facts, scoped_delegations
from chain.rules.registry import RuleContext, TierScope, rule

__all__ = ["ItemsParams", "field_value"]


class ItemsParams(TierScope):
    items: str
    """Key of the profile's item list (``item_lists``) to require."""


def field_value(g: ChainGraph, e: Edge, d: Delegation, ref: str) -> tuple[Any, str]:
    """The value a field reference names, and its JSON pointer."""
    root, *path = ref.split(".")
    if root == "delegate":
        obj: Any = g.party(e.delegate)
        base = g.party_pointer(e.delegate)
    else:
        obj = d
        base = e.pointer
    pointer = base + "".join("/" + p for p in path)
    for name in path:
        obj = getattr(obj, name, None) if obj is not None else None
    return obj, pointer


def _present(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    if hasattr(value, "model_dump"):
        return any(_present(v) for v in value.model_dump().values())
    return True


@rule("ITM001", ItemsParams)
def application_item_missing(g: ChainGraph, p: ItemsParams, ctx: RuleContext) -> Iterator[Hit]:
    item_list = ctx.profile.item_lists[p.items]
    for e, d in scoped_delegations(g, p):
        for item in item_list.items:
            missing = []
            for ref in item.fields:
                value, pointer = field_value(g, e, d, ref)
                if not _present(value):
                    missing.append((ref, pointer))
            if missing:
                yield Hit(
                    missing[0][1],
                    {
                        **delegation_facts(g, e),
                        "item": item.label.l(),
                        "item_key": item.key,
                        "list": item_list.label.l(),
                        "fields": [ref for ref, _ptr in missing],
                    },
                    delegation=e.id,
                    party=e.delegate,
                    clauses=(item.clause,),
                )



