"""Rewrite case files as a base chain plus the patch that makes each case.

    python -m tests.support.rebase tests/cases/DLG001/fires_000_no_approval.json ...
    python -m tests.support.rebase --all
    python -m tests.support.rebase --check --all

A case can be written in full (``"chain"``, say a chain exported from the app);
this finds the base in ``tests/cases/_bases/`` it differs least from and writes
the case again with ``"base"`` and the shortest ``"patch"`` that turns that base
into the same chain. A case already in patch form is rebased the same way, which
is what to do after a base has changed. ``--check`` writes nothing and fails if
a file would change.

Before a file is written, the loader reads the new text back and the chain it
builds must equal the chain the file held, compared as canonical JSON (sorted
keys); ``about``, ``profile`` and ``expect`` must be unchanged. So a rewrite
never changes what a case tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .casefiles import BASES_DIR, CASES_DIR, load_case, load_case_text, read_base
from .injection import HIDDEN
from .patch import escape

__all__ = ["WIDTH", "bases", "canonical", "dump_case", "make_patch", "rebase_file", "render"]

#: The widest line the writer aims at, in display columns (a kanji takes two).
WIDTH = 100


def canonical(value: Any) -> str:
    """One spelling per JSON value: sorted keys, no insignificant space."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- writing JSON a person reads ---------------------------------------------------------------


def _string(text: str) -> str:
    # Characters that would not show are written as escapes, so a reader sees them.
    def escaped(m: Any) -> str:
        cp = ord(m.group(0))
        if cp <= 0xFFFF:
            return f"\\u{cp:04x}"
        cp -= 0x10000
        return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"

    return HIDDEN.sub(escaped, json.dumps(text, ensure_ascii=False))


def _flat(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_string(k)}: {_flat(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    return json.dumps(value)


#: How many plain values an object or list may hold and still stay on one long line.
_SHORT = 4
#: The longest such a line may be.
_LONG = 130


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render(value: Any, indent: int = 0, lead: int = 0) -> str:
    """JSON on one line where it fits in ``WIDTH`` (``lead`` columns already used),
    otherwise one member or item a line, each again on one line where it fits."""
    flat = _flat(value)
    if not isinstance(value, dict | list) or not value or lead + _columns(flat) + 1 <= WIDTH:
        return flat
    members = value.values() if isinstance(value, dict) else value
    if (
        len(value) <= _SHORT
        and lead + _columns(flat) <= _LONG
        and not any(isinstance(v, dict | list) for v in members)
    ):
        return flat  # a few plain values read best together, even on a longer line
    hung = _hanging(value, indent, lead)
    if hung is not None:
        return hung
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            key = f"{_string(k)}: "
            lines.append(pad + key + render(v, indent + 2, indent + 2 + _columns(key)))
        return "{\n" + ",\n".join(lines) + "\n" + " " * indent + "}"
    items = [pad + render(v, indent + 2, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def _hanging(value: dict[str, Any] | list[Any], indent: int, lead: int) -> str | None:
    """``["DLG001", "/delegations/0", {`` with the last value opened on the same line,
    where every value before it is a plain one and they fit on the line."""
    last = list(value.values())[-1] if isinstance(value, dict) else value[-1]
    before = list(value.items())[:-1] if isinstance(value, dict) else value[:-1]
    plain = [v for _k, v in before] if isinstance(value, dict) else before
    # Only an object hangs: a list of plain values opened at the end of a line would
    # spread one value a line.
    if (
        not before
        or not isinstance(last, dict)
        or not last
        or any(isinstance(v, dict | list) for v in plain)
    ):
        return None
    if isinstance(value, dict):
        parts = [f"{_string(k)}: {_flat(v)}" for k, v in before]
        opening = "{" + "".join(p + ", " for p in parts) + _string(list(value)[-1]) + ": "
        closing = "}"
    else:
        opening, closing = "[" + "".join(_flat(v) + ", " for v in before), "]"
    if lead + _columns(opening) + 1 > WIDTH:
        return None
    return opening + render(last, indent, lead + _columns(opening)) + closing


def dump_case(doc: dict[str, Any]) -> str:
    """A case file's text: its members in the order a reader wants them, each language
    of ``about``, each operation of the patch and each expected finding on a line (or
    lines) of its own."""
    members = []
    for key in ("about", "profile", "base", "patch", "chain", "expect"):
        if key not in doc:
            continue
        head = f"  {_string(key)}: "
        value = doc[key]
        if key in ("patch", "expect") and value:
            body = "[\n" + ",\n".join("    " + render(v, 4, 4) for v in value) + "\n  ]"
        elif key == "about" and isinstance(value, dict) and value:
            lines = [f"    {_string(k)}: {_flat(v)}" for k, v in value.items()]
            body = "{\n" + ",\n".join(lines) + "\n  }"
        else:
            body = render(value, 2, _columns(head))
        members.append(head + body)
    return "{\n" + ",\n".join(members) + "\n}\n"


# -- the patch -----------------------------------------------------------------------------------


def _lines(ops: Sequence[dict[str, Any]]) -> tuple[int, int]:
    """What a patch costs a reader: lines, then columns, as ``dump_case`` writes it."""
    text = [render(op, 4, 4) for op in ops]
    return sum(t.count("\n") + 1 for t in text), sum(_columns(t) for t in text)


def _cheaper(ops: list[dict[str, Any]], path: str, target: Any) -> list[dict[str, Any]]:
    """The operations, or one ``replace`` of the whole value if that reads shorter."""
    if not path:
        return ops
    whole = [{"op": "replace", "path": path, "value": target}]
    return whole if _lines(whole)[0] < _lines(ops)[0] else ops


def _label(item: Any) -> tuple[str, Any] | None:
    """The member that says which item of a list this is (``id``, or a document's ``kind``)."""
    if isinstance(item, dict):
        for key in ("id", "kind"):
            if isinstance(item.get(key), str):
                return key, item[key]
    return None


def _removal(path: str, item: Any) -> list[dict[str, Any]]:
    # An index alone does not say what goes; the test says it, and fails if the base moved.
    label = _label(item)
    if label is not None:
        test = [{"op": "test", "path": f"{path}/{label[0]}", "value": label[1]}]
    elif not isinstance(item, dict | list):
        test = [{"op": "test", "path": path, "value": item}]
    else:
        test = []
    return [*test, {"op": "remove", "path": path}]


def _ids(items: list[Any]) -> list[str] | None:
    """The items' ids, if every item is an object with an id of its own."""
    ids = [x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)]
    return ids if len(ids) == len(items) and len(set(ids)) == len(ids) else None


def _list_patch(a: list[Any], b: list[Any], path: str) -> list[dict[str, Any]]:
    ka, kb = _ids(a), _ids(b)
    keyed = ka is not None and kb is not None
    if not keyed:
        ka, kb = [canonical(x) for x in a], [canonical(x) for x in b]
    ops: list[dict[str, Any]] = []
    # Blocks are patched in order, so when a block starts the list reads b[:j1] + a[i1:]:
    # the block's first item sits at index j1.
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal" and not keyed:
            continue
        span = (i1, i2, j1, j2)
        if tag != "replace":
            ops += _block(a, b, path, span, paired=tag == "equal")
            continue
        # Items in the same place may be edits of each other, or one gone and another come.
        # An item under another id reads as another party or delegation, unless editing it
        # takes under half the lines (a case about the id itself).
        edited = _block(a, b, path, span, paired=True)
        other = _block(a, b, path, span, paired=False)
        if keyed:
            ops += edited if 2 * _lines(edited)[0] < _lines(other)[0] else other
        else:
            ops += min(edited, other, key=_lines)
    return ops


def _block(
    a: list[Any], b: list[Any], path: str, span: tuple[int, int, int, int], *, paired: bool
) -> list[dict[str, Any]]:
    """The operations for ``a[i1:i2]`` becoming ``b[j1:j2]``: items paired in order and
    edited (as many as both have), the rest of ``a``'s removed, the rest of ``b``'s added."""
    i1, i2, j1, j2 = span
    pairs = min(i2 - i1, j2 - j1) if paired else 0
    ops: list[dict[str, Any]] = []
    for k in range(pairs):
        ops += make_patch(a[i1 + k], b[j1 + k], f"{path}/{j1 + k}")
    for i in range(i1 + pairs, i2):
        ops += _removal(f"{path}/{j1 + pairs}", a[i])
    for j in range(j1 + pairs, j2):
        ops += _addition(path, j, b[j], [*b[:j], *a[i2:]], appending=i2 == len(a))
    return ops


#: The most changes a copied item may need to be written as a copy.
_COPY_CHANGES = 4


def _addition(
    path: str, j: int, item: Any, current: list[Any], *, appending: bool
) -> list[dict[str, Any]]:
    """Adding ``item`` at ``j`` to the list ``current``: written out, or, where that reads
    shorter, as a copy of an item already there with what differs (a second delegation
    like the first, to another party)."""
    spot = "-" if appending else str(j)  # appended at the end, or inserted
    best = [{"op": "add", "path": f"{path}/{spot}", "value": item}]
    if not isinstance(item, dict):
        return best
    for s, other in enumerate(current):
        if not isinstance(other, dict):
            continue
        copied = [{"op": "copy", "from": f"{path}/{s}", "path": f"{path}/{spot}"}]
        # After the copy the new item is the last one, or the one at j.
        at = f"{path}/{len(current) if appending else j}"
        changes = make_patch(other, item, at)
        # A copy with many of its members changed reads worse than the item written out.
        if len(changes) > min(_COPY_CHANGES, len(item) // 2):
            continue
        candidate = copied + changes
        if _lines(candidate)[0] < _lines(best)[0]:
            best = candidate
    return best


def make_patch(a: Any, b: Any, path: str = "") -> list[dict[str, Any]]:
    """RFC 6902 operations that turn ``a`` into ``b``, written for a reader: changed
    members are replaced where they are, list items are matched by ``id`` (or by
    content), a removed item is named by a ``test`` first, and a value whose
    changes would take more lines than the value itself is replaced whole."""
    if canonical(a) == canonical(b):
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        ops: list[dict[str, Any]] = []
        for key in a:
            where = f"{path}/{escape(key)}"
            if key not in b:
                ops.append({"op": "remove", "path": where})
            else:
                ops += make_patch(a[key], b[key], where)
        ops += [
            {"op": "add", "path": f"{path}/{escape(k)}", "value": b[k]} for k in b if k not in a
        ]
        return _cheaper(ops, path, b)
    if isinstance(a, list) and isinstance(b, list):
        return _cheaper(_list_patch(a, b, path), path, b)
    return [{"op": "replace", "path": path, "value": b}]


# -- rewriting files -----------------------------------------------------------------------------


def bases() -> dict[str, Any]:
    """Every base chain by name (the file name without ``.json``)."""
    return {p.stem: read_base(p.stem) for p in sorted(BASES_DIR.glob("*.json"))}


def rebase_file(path: Path, choices: dict[str, Any]) -> str:
    """The text ``path`` should hold: the closest base of the chain's template, and its patch."""
    case = load_case(path)
    template = case.chain.get("contract", {}).get("template")
    best: tuple[tuple[int, int], str, list[dict[str, Any]]] | None = None
    for name, base in choices.items():
        if base.get("contract", {}).get("template") != template:
            continue
        ops = make_patch(base, case.chain)
        if best is None or _lines(ops) < best[0]:
            best = (_lines(ops), name, ops)
    raw = json.loads(path.read_text(encoding="utf-8"))
    doc = {k: raw[k] for k in ("about", "profile", "expect")}
    if best is None:
        doc["chain"] = case.chain
    else:
        doc["base"], doc["patch"] = best[1], best[2]
    text = dump_case(doc)
    again = load_case_text(text, path)
    if canonical(again.chain) != canonical(case.chain):
        raise SystemExit(f"{case.id}: the rewritten file builds another chain")
    if canonical({k: json.loads(text)[k] for k in ("about", "profile", "expect")}) != canonical(
        {k: raw[k] for k in ("about", "profile", "expect")}
    ):
        raise SystemExit(f"{case.id}: the rewritten file states another case")
    return text


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.rebase", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--all", action="store_true", help="every case file")
    parser.add_argument("--check", action="store_true", help="write nothing; fail on a change")
    args = parser.parse_args(list(argv) if argv is not None else None)
    files = list(args.files)
    if args.all:
        files += sorted(p for p in CASES_DIR.glob("*/*.json") if not p.parent.name.startswith("_"))
    choices = bases()
    changed = 0
    for path in files:
        text = rebase_file(path, choices)
        if text != path.read_text(encoding="utf-8"):
            changed += 1
            if args.check:
                print(f"would rewrite {path}")
            else:
                path.write_text(text, encoding="utf-8")
    print(f"{len(files)} case files, {changed} {'to rewrite' if args.check else 'rewritten'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
