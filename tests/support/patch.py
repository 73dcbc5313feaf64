"""JSON Patch (RFC 6902) applied strictly: the case files' ``"patch"`` (``casefiles.py``).

The operations are RFC 6902's, on JSON pointers (RFC 6901): ``add``, ``remove``,
``replace``, ``move``, ``copy`` and ``test``. Two things are stricter than the RFC,
because a patch that silently does less than it says would leave a case testing
something other than what its ``about`` claims:

- an operation carries exactly its own members (the RFC ignores others; here a
  misspelt ``"vaule"`` is an error, not an ``add`` of nothing);
- ``test`` compares JSON values by type as well as value: ``true`` is not ``1``.

The document given is never changed; ``apply_patch`` returns a new one.
"""

from __future__ import annotations

import copy
import json
from typing import Any

__all__ = ["OPS", "PatchError", "apply_patch", "escape", "parse_pointer"]

#: The members each operation takes, besides ``op``.
OPS: dict[str, tuple[str, ...]] = {
    "add": ("path", "value"),
    "remove": ("path",),
    "replace": ("path", "value"),
    "move": ("from", "path"),
    "copy": ("from", "path"),
    "test": ("path", "value"),
}


class PatchError(ValueError):
    """An operation that is malformed or does not apply; the message says which and why."""


def escape(token: str) -> str:
    """One reference token as a pointer writes it (``~`` → ``~0``, ``/`` → ``~1``)."""
    return token.replace("~", "~0").replace("/", "~1")


def parse_pointer(pointer: object) -> list[str]:
    """The reference tokens of a JSON pointer (``""`` is the whole document)."""
    if not isinstance(pointer, str):
        raise PatchError(f"a pointer is a string, not {pointer!r}")
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"pointer {pointer!r} must start with '/'")
    tokens = pointer[1:].split("/")
    for token in tokens:
        # RFC 6901: "~" is only ever followed by 0 or 1.
        if "~" in token.replace("~0", "").replace("~1", ""):
            raise PatchError(f"pointer {pointer!r} has a '~' that is neither '~0' nor '~1'")
    return [t.replace("~1", "/").replace("~0", "~") for t in tokens]


def _index(tokens: list[str], at: int, items: list[Any], *, appending: bool) -> int:
    """The list index that ``tokens[at]`` names; ``-`` (the end) only where adding."""
    token = tokens[at]
    where = "/" + "/".join(escape(t) for t in tokens[: at + 1])
    if token == "-" and appending:
        return len(items)
    if not token.isascii() or not token.isdigit() or (len(token) > 1 and token[0] == "0"):
        raise PatchError(f"{where}: {token!r} is not an index of a list")
    i = int(token)
    if i > len(items) or (i == len(items) and not appending):
        raise PatchError(f"{where}: no item {i} in a list of {len(items)}")
    return i


def _parent(doc: Any, tokens: list[str]) -> Any:
    """The container that holds the value ``tokens`` names."""
    node = doc
    for at in range(len(tokens) - 1):
        token = tokens[at]
        if isinstance(node, dict):
            if token not in node:
                where = "/" + "/".join(escape(t) for t in tokens[: at + 1])
                raise PatchError(f"{where}: no such member")
            node = node[token]
        elif isinstance(node, list):
            node = node[_index(tokens, at, node, appending=False)]
        else:
            where = "/" + "/".join(escape(t) for t in tokens[:at])
            raise PatchError(f"{where or '/'}: {json.dumps(node)} holds nothing")
    return node


def _get(doc: Any, tokens: list[str]) -> Any:
    if not tokens:
        return doc
    parent, last = _parent(doc, tokens), tokens[-1]
    if isinstance(parent, dict):
        if last not in parent:
            raise PatchError(f"/{'/'.join(escape(t) for t in tokens)}: no such member")
        return parent[last]
    if isinstance(parent, list):
        return parent[_index(tokens, len(tokens) - 1, parent, appending=False)]
    raise PatchError(f"/{'/'.join(escape(t) for t in tokens[:-1])}: a value holds nothing")


def _add(doc: Any, tokens: list[str], value: Any) -> Any:
    if not tokens:
        return value
    parent, last = _parent(doc, tokens), tokens[-1]
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list):
        parent.insert(_index(tokens, len(tokens) - 1, parent, appending=True), value)
    else:
        raise PatchError(f"/{'/'.join(escape(t) for t in tokens[:-1])}: a value holds nothing")
    return doc


def _remove(doc: Any, tokens: list[str]) -> Any:
    if not tokens:
        raise PatchError("the whole document cannot be removed")
    _get(doc, tokens)  # fails, naming the pointer, when there is nothing to remove
    parent, last = _parent(doc, tokens), tokens[-1]
    if isinstance(parent, dict):
        del parent[last]
    else:
        del parent[int(last)]
    return doc


def _replace(doc: Any, tokens: list[str], value: Any) -> Any:
    if not tokens:
        return value
    _get(doc, tokens)  # replace needs something already there
    parent = _parent(doc, tokens)
    # In place, so that a replaced member keeps its position among its siblings.
    parent[tokens[-1] if isinstance(parent, dict) else int(tokens[-1])] = value
    return doc


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``true`` is not ``1``, but ``1`` is ``1.0``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _apply_one(doc: Any, op: Any) -> Any:
    if not isinstance(op, dict) or not isinstance(op.get("op"), str):
        raise PatchError(f'an operation is an object with an "op", not {json.dumps(op)}')
    name = op["op"]
    if name not in OPS:
        raise PatchError(f"unknown op {name!r} (one of {', '.join(OPS)})")
    wanted = {"op", *OPS[name]}
    if set(op) != wanted:
        said = []
        if extra := sorted(set(op) - wanted):
            said.append(f"unknown {', '.join(extra)}")
        if missing := sorted(wanted - set(op)):
            said.append(f"missing {', '.join(missing)}")
        raise PatchError(f"{name}: {'; '.join(said)}")
    path = parse_pointer(op["path"])
    if name == "add":
        return _add(doc, path, copy.deepcopy(op["value"]))
    if name == "remove":
        return _remove(doc, path)
    if name == "replace":
        return _replace(doc, path, copy.deepcopy(op["value"]))
    if name == "test":
        if not _same(_get(doc, path), op["value"]):
            raise PatchError(
                f"test {op['path']}: found {json.dumps(_get(doc, path), ensure_ascii=False)},"
                f" not {json.dumps(op['value'], ensure_ascii=False)}"
            )
        return doc
    source = parse_pointer(op["from"])
    value = copy.deepcopy(_get(doc, source))
    if name == "move":
        if path[: len(source)] == source and len(path) > len(source):
            raise PatchError(f"move: {op['from']} cannot move into itself ({op['path']})")
        doc = _remove(doc, source)
    return _add(doc, path, value)


def apply_patch(doc: Any, patch: Any) -> Any:
    """``doc`` with every operation of ``patch`` applied in order (a new document).

    Raises ``PatchError`` naming the operation (``patch/<n>``) and what failed.
    """
    if not isinstance(patch, list):
        raise PatchError(f"a patch is a list of operations, not {json.dumps(patch)[:60]}")
    out = copy.deepcopy(doc)
    for n, op in enumerate(patch):
        try:
            out = _apply_one(out, op)
        except PatchError as exc:
            raise PatchError(f"patch/{n}: {exc}") from None
    return out
