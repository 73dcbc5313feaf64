"""Counting the unknown keys of a file that has too many to report one by one.

When a large file holds more unknown keys than the reader reports
(:func:`chain.format.failfast.unknown_key_budget`), pydantic is stopped at the first
key beyond the budget and keeps nothing of the others. :func:`unknown_keys`
then walks the text once, object by object, knowing which object of the
format each one is (the chain, its contract, a party, a delegation's period,
...), and returns the first unknown keys in document order, each with its
JSON pointer and its value when that is a scalar, and how many there are in
all. It keeps nothing else: memory does not grow with the file.

It looks where pydantic looks: at the keys of the objects the format
expects; not inside the value of an unknown key or of a field that is not an
object, and in every item of a list (pydantic, reading a large file, stops at
the first invalid item). A key given twice in one object is counted twice
(pydantic reports it once): knowing it was seen would mean keeping every key.

>>> found = unknown_keys(b'{"format": "x", "zz": 1, "parties": [{"id": "a", "nmae": "b"}]}', 5)
>>> found.total, [(u.pointer, u.value) for u in found.first]
(2, [('/zz', 1), ('/parties/0/nmae', 'b')])
"""

from __future__ import annotations

import json
import re
import types
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.dataclasses import is_pydantic_dataclass

from chain.format.model import Chain
from chain.format.pointer import escape

__all__ = ["UnknownKey", "UnknownKeys", "unknown_keys"]


class UnknownKey(NamedTuple):
    """A key the format does not have, where it is and what it holds (``None`` for an
    object or an array, which are not quoted)."""

    pointer: str
    value: Any


@dataclass
class UnknownKeys:
    """The first unknown keys of a file, in document order, and how many there are."""

    first: list[UnknownKey] = field(default_factory=list)
    total: int = 0


@dataclass(frozen=True)
class _Shape:
    """The keys an object of the format accepts, and the objects some of them hold."""

    keys: frozenset[bytes]
    children: dict[bytes, _Shape]
    """Keys whose value is an object of the format, or a list of them (the shape of an item)."""
    lists: frozenset[bytes]
    """The keys of ``children`` whose value is a list of such objects."""


def _fields(annotation: Any) -> dict | None:
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return annotation.model_fields
        if is_pydantic_dataclass(annotation):
            return annotation.__pydantic_fields__
    return None


def _object_type(annotation: Any) -> tuple[Any, bool] | None:
    """The model or dataclass ``annotation`` holds, and whether as a list of them."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _object_type(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            found = _object_type(arg)
            if found is not None:
                return found
        return None
    if origin is list:
        inner = _object_type(get_args(annotation)[0])
        return (inner[0], True) if inner is not None and not inner[1] else None
    return (annotation, False) if _fields(annotation) is not None else None


@cache
def _shape(model: Any) -> _Shape:
    keys: set[bytes] = set()
    children: dict[bytes, _Shape] = {}
    lists: set[bytes] = set()
    # model is a model or a pydantic dataclass here, so it has fields.
    for name, info in _fields(model).items():  # type: ignore[union-attr]
        # Fields are accepted by name and by alias (validate_by_name, chain.format.model).
        names = {name.encode()} | ({info.alias.encode()} if info.alias else set())
        keys |= names
        found = _object_type(info.annotation)
        if found is not None:
            for key in names:
                children[key] = _shape(found[0])
                if found[1]:
                    lists.add(key)
    return _Shape(frozenset(keys), children, frozenset(lists))


_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_SCALAR = rb'[^\s,\[\]{}":]+'
# In an object: a member whose value is a scalar or a string, whole; a key whose value is
# an object or an array (the bracket comes next); a closing bracket.
_IN_OBJECT = re.compile(
    rb'"([^"\\]*(?:\\.[^"\\]*)*)"\s*:\s*(' + _STRING + rb"|" + _SCALAR + rb")?|([\]}])", re.DOTALL
)
# In an array: an element (scalar, string or opening bracket), or the closing bracket.
_IN_ARRAY = re.compile(rb"(" + _STRING + rb"|" + _SCALAR + rb")|([\[{])|([\]}])", re.DOTALL)
_OPEN = re.compile(rb"\s*([\[{])")
# A run of members whose values are scalars or strings (most of an object, and all of a
# flood of unknown keys), matched at once; its keys are then read in bulk.
_RUN = re.compile(
    rb"(?:\s*,?\s*" + _STRING + rb"\s*:\s*(?:" + _STRING + rb"|" + _SCALAR + rb")){1,4096}+",
    re.DOTALL,
)
# The members of such a run, and only their keys (no string value there is followed by a
# colon, so a key is a string followed by one).
_MEMBER = re.compile(
    rb'"([^"\\]*(?:\\.[^"\\]*)*)"\s*:\s*(' + _STRING + rb"|" + _SCALAR + rb")", re.DOTALL
)
_KEY = re.compile(_STRING + rb"\s*:", re.DOTALL)
# What lies between brackets: anything but brackets and quotes, and whole strings.
_BETWEEN = re.compile(rb'(?:[^"\[\]{}]+|' + _STRING + rb")*", re.DOTALL)


def _after(data: bytes, pos: int) -> int:
    """Where the object or array opened just before ``pos`` ends (the end if never)."""
    depth, end = 1, len(data)
    while True:
        pos = _BETWEEN.match(data, pos).end()  # type: ignore[union-attr]  # matches empty
        if pos >= end:
            return end
        c = data[pos]
        pos += 1
        if c in b"[{":
            depth += 1
        elif c in b"]}":
            depth -= 1
            if depth == 0:
                return pos
        # else a quote that opens no complete string: stepped over


def _text(raw: bytes) -> str:
    """A key or string as JSON means it (escapes resolved)."""
    if b"\\" not in raw:
        return raw.decode("utf-8", "replace")
    try:
        return str(json.loads(b'"' + raw + b'"'))
    except ValueError:
        return raw.decode("utf-8", "replace")


def _value(raw: bytes | None) -> Any:
    if raw is None:
        return None  # an object or an array
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


@cache
def _known(keys: frozenset[bytes]) -> re.Pattern[bytes]:
    """The accepted keys (with their colon) of an object, to count them in a run."""
    names = b"|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rb'"(?:' + names + rb')"\s*:')


def _count(data: bytes, pos: int, end: int, top: list[Any], found: UnknownKeys, keep: int) -> None:
    """Count (and keep the first) unknown keys of the run of members ``data[pos:end]`` of
    the object ``top``."""
    accepted = top[0].keys
    if len(found.first) < keep or data.find(b"\\", pos, end) >= 0:
        for m in _MEMBER.finditer(data, pos, end):
            key = m.group(1)
            if (_text(key).encode() if b"\\" in key else key) not in accepted:
                found.total += 1
                if len(found.first) < keep:
                    pointer = "/".join(["", *map(escape, top[3]), escape(_text(key))])
                    found.first.append(UnknownKey(pointer, _value(m.group(2))))
        return
    run = data[pos:end]  # at most 4,096 members
    found.total += _KEY.subn(b"", run)[1] - _known(accepted).subn(b"", run)[1]


def unknown_keys(data: bytes, keep: int) -> UnknownKeys:
    """The first ``keep`` unknown keys of the chain file ``data`` (valid JSON, no byte
    order mark), and their number."""
    found = UnknownKeys()
    opened = _OPEN.match(data)
    if opened is None or opened.group(1) != b"{":
        return found  # not an object: pydantic says so, there are no keys to look at
    root = _shape(Chain)
    # Containers entered, innermost last: [shape, is_list, index or key of the child, path]
    # where path is the list of the tokens of the container's pointer; an object's shape is
    # its own, a list's the shape of its items.
    stack: list[list[Any]] = [[root, False, None, []]]
    pos = opened.end()
    while stack:
        top = stack[-1]
        shape, is_list = top[0], top[1]
        if is_list:
            m = _IN_ARRAY.search(data, pos)
            if m is None:
                break
            pos = m.end()
            if m.group(3) is not None:  # ] or }
                stack.pop()
                continue
            top[2] = index = top[2] + 1
            if m.group(2) is None:
                continue  # a scalar or a string
            if m.group(2) == b"{":
                stack.append([shape, False, None, [*top[3], str(index)]])
            else:
                pos = _after(data, pos)  # a list in a list: the format has none to look into
            continue
        run = _RUN.match(data, pos)
        if run is not None:
            end = run.end()
            _count(data, pos, end, top, found, keep)
            pos = end
        m = _IN_OBJECT.search(data, pos)
        if m is None:
            break
        pos = m.end()
        if m.group(3) is not None:  # ] or }
            stack.pop()
            continue
        key = m.group(1)
        name = _text(key).encode() if b"\\" in key else key
        scalar = m.group(2)
        if name not in shape.keys:
            found.total += 1
            if len(found.first) < keep:
                pointer = "/".join(["", *map(escape, top[3]), escape(_text(key))])
                found.first.append(UnknownKey(pointer, _value(scalar)))
        if scalar is not None:
            continue
        opening = _OPEN.match(data, pos)
        if opening is None:
            continue  # damaged text: pydantic has said so
        pos = opening.end()
        child = shape.children.get(name)
        if child is None:
            pos = _after(data, pos)  # not an object of the format: nothing to look at inside
            continue
        is_child_list = name in shape.lists
        if (opening.group(1) == b"[") != is_child_list:
            pos = _after(data, pos)  # the wrong kind of value: pydantic says so
            continue
        stack.append([child, is_child_list, -1 if is_child_list else None, [*top[3], _text(key)]])
    return found
