"""ITM: the items a written application must state, per tier, as the profile lists them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, own_answer, scoped_delegations
from chain.format.model import Delegation
from chain.format.pointer import escape
from chain.graph import ChainGraph, Edge
from chain.profiles.params import ItemsParams

__all__ = ["field_value"]


@cache
def _parts(ref: str) -> tuple[bool, tuple[str, ...], str]:
    """A field reference split once: (on the delegate?, attribute path, pointer suffix)."""
    root, *path = ref.split(".")
    return root == "delegate", tuple(path), "".join("/" + p for p in path)


def _value(g: ChainGraph, e: Edge, d: Delegation, ref: str) -> Any:
    on_delegate, path, _suffix = _parts(ref)
    obj: Any = g.party(e.delegate) if on_delegate else d
    for name in path:
        if obj is None:
            break
        obj = getattr(obj, name, None)
    return obj


def field_value(g: ChainGraph, e: Edge, d: Delegation, ref: str) -> tuple[Any, str]:
    """The value a field reference names, and its JSON pointer."""
    on_delegate, _path, suffix = _parts(ref)
    base = g.party_pointer(e.delegate) if on_delegate else e.pointer
    return _value(g, e, d, ref), base + suffix


@cache
def _getter(ref: str) -> tuple[bool, Callable[[Any], Any]]:
    """(on the delegate?, a function reading the value from the delegation or the delegate)."""
    on_delegate, path, _suffix = _parts(ref)
    if not path:
        return on_delegate, _itself
    return on_delegate, attrgetter(".".join(path))


def _itself(value: Any) -> Any:
    return value


_ALWAYS_PRESENT = (bool, int, float, date)  # once None and False are ruled out


#: Whether values of a type are items of the format nested in another (the items are
#: pydantic dataclasses, see chain.format.model): decided once per type.
_is_item = cache(is_dataclass)


def _present(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    kind: type = type(value)
    if _is_item(kind):
        # A nested item (the delegation's responsibility, a party's contact) counts as
        # present when any of its fields is; a nested item within it counts, as a
        # non-empty dict would.
        for v in _field_values(kind)(value):
            if v is None or v is False:
                continue
            inner: type = type(v)
            if _is_item(inner) or _present(v):
                return True
        return False
    return True


@cache
def _field_values(kind: type) -> Callable[[Any], tuple]:
    """A function reading every field of an item of ``kind``, in order, as a tuple."""
    names = [f.name for f in fields(kind)]
    if len(names) == 1:
        (only,) = names
        return lambda item: (getattr(item, only),)
    return attrgetter(*names)


def _all_of(refs: list, delegate: bool) -> Callable[[Any], tuple] | None:
    """A function reading, in one call, every referenced field on one side (the
    delegation or the delegate), as a tuple; it raises AttributeError on a None on
    the way, as the field-by-field getters do. ``None`` when a reference names the
    object itself (left to the field-by-field look)."""
    paths = [
        ".".join(_parts(ref)[1]) for _n, ref, on_delegate, _get in refs if on_delegate == delegate
    ]
    if "" in paths:
        return None
    if not paths:
        return lambda _obj: ()
    if len(paths) == 1:
        one = attrgetter(paths[0])
        return lambda obj: (one(obj),)
    return attrgetter(*paths)


def _all_present(values: tuple) -> bool:
    """Whether every value, none of them falsy, is present: no blank text, no empty
    nested object (as ``_present`` decides)."""
    for v in values:
        kind = type(v)
        if kind is str:
            if v.isspace():
                return False
        elif kind is not list and kind not in _ALWAYS_PRESENT and not _present(v):
            return False
    return True


def _own_answered(d: Delegation, key: str) -> bool:
    """Whether the delegation, or one of its applications, answers an item of the
    template's own (``items.KEY``, not blank)."""
    return own_answer(d, key) is not None


def _own_missing(g: ChainGraph, p: ItemsParams, ctx: RuleContext) -> Iterator[Hit]:
    item_list = ctx.profile.item_lists[p.items]
    own = [item for item in item_list.items if item.own]
    if not own:
        return
    for e, d in scoped_delegations(g, p):
        for item in own:
            if not _own_answered(d, item.key):
                yield Hit(
                    e.pointer + "/items/" + escape(item.key),
                    {
                        **delegation_facts(g, e),
                        "item": item.label,
                        "item_key": item.key,
                        "list": item_list.label,
                        "fields": ["items." + item.key],
                    },
                    delegation=e.id,
                    party=e.delegate,
                    clauses=(item.clause,),
                )


@rule("ITM001")
def application_item_missing(g: ChainGraph, p: ItemsParams, ctx: RuleContext) -> Iterator[Hit]:
    yield from _fields_missing(g, p, ctx)
    yield from _own_missing(g, p, ctx)


def _fields_missing(g: ChainGraph, p: ItemsParams, ctx: RuleContext) -> Iterator[Hit]:
    item_list = ctx.profile.item_lists[p.items]
    # Split every field reference once for the whole chain, not per delegation, and
    # look at every field of every item in one run: most delegations miss nothing.
    items = [item for item in item_list.items if not item.own]
    if not items:
        return
    refs = [(n, ref, *_getter(ref)) for n, item in enumerate(items) for ref in item.fields]
    party, party_index = g.chain.parties, g.party_index
    read_delegation, read_delegate = _all_of(refs, False), _all_of(refs, True)
    for e, d in scoped_delegations(g, p):
        delegate = party[party_index[e.delegate]]
        # Most delegations state everything: read all their fields in one call and
        # settle them at once; any doubt goes to the field-by-field look below.
        if read_delegation is not None and read_delegate is not None:
            try:
                values = read_delegation(d) + read_delegate(delegate)
            except AttributeError:  # a None on the way
                values = None
            if values is not None and all(values) and _all_present(values):
                continue
        absent: list[tuple[int, str]] | None = None
        for n, ref, on_delegate, get in refs:
            try:
                value: Any = get(delegate if on_delegate else d)
            except AttributeError:  # a None on the way
                value = None
            kind = type(value)
            if (
                value is None
                or value is False
                or (
                    not value.strip()
                    if kind is str
                    else not value
                    if kind is list
                    else kind not in _ALWAYS_PRESENT and not _present(value)
                )
            ):
                if absent is None:
                    absent = []
                absent.append((n, ref))
        if absent is None:
            continue
        for n, item in enumerate(items):
            missing = [(ref, field_value(g, e, d, ref)[1]) for k, ref in absent if k == n]
            if missing:
                yield Hit(
                    missing[0][1],
                    {
                        **delegation_facts(g, e),
                        "item": item.label,
                        "item_key": item.key,
                        "list": item_list.label,
                        "fields": [ref for ref, _ptr in missing],
                    },
                    delegation=e.id,
                    party=e.delegate,
                    clauses=(item.clause,),
                )
