"""A chain as an editable JSON document.

Editors (the app's tables and forms) work on the chain file's own JSON
object rather than on :class:`~chain.format.model.Chain`: while an officer types,
the chain may be invalid for a moment (a date half written, a count of
"3人"), and what was typed must be kept, shown with the place of the
problem, and written back exactly. The document is checked by serialising
it and running the same path as a submitted file
(:func:`chain.validate.validate_bytes`), so a download always matches what
was checked.

>>> doc = new_document(title="入力業務", municipality="青葉市", contractor="株式会社みなと",
...                    template="000", start="2025-04-01", end="2026-03-31")
>>> check_document(doc).report.counts()["error"]
0
"""

from __future__ import annotations

import copy
import json
from itertools import chain as _chained
from itertools import compress, repeat
from operator import is_
from typing import Any, BinaryIO

import orjson

from chain._perf.heap import release_free_memory
from chain._perf.strings import loads_shared
from chain.editor.incremental import DIGEST_FROM, RowCache
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.model import FORMAT_NAME, FORMAT_VERSION, Chain
from chain.format.problems import ChainInputError, InputProblem
from chain.format.read import parse_chain
from chain.profiles.model import Profile
from chain.validate import FileResult, validate_bytes, validate_chain
from chain.vocab import L

__all__ = [
    "CONTRACTOR_ID",
    "MUNICIPALITY_ID",
    "ChainInputError",
    "check_document",
    "copy_document",
    "document_bytes",
    "document_chain",
    "is_plain",
    "load_document",
    "new_document",
    "write_document",
]

MUNICIPALITY_ID = "municipality"
CONTRACTOR_ID = "contractor"


def load_document(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> tuple[dict[str, Any], Chain]:
    """Parse a submitted file into its JSON object and the validated :class:`Chain`.

    Raises :class:`~chain.format.problems.ChainInputError` (with located problems) when
    the file is not a valid chain; the caller keeps whatever it had open.
    """
    chain = parse_chain(data, limits=limits)
    # parse_chain accepted the bytes, so they are UTF-8 JSON of the chain format (a byte
    # order mark read as such). The standard library reads them: orjson's own tree took
    # the reading of a 58 MB file 47 MB higher.
    # Kept for the session: each repeated text held once, shared as it is read
    # (chain._perf.strings).
    return loads_shared(data), chain


def document_bytes(doc: dict[str, Any], *, max_bytes: int | None = None) -> bytes:
    """The document as a chain file: UTF-8 JSON, Japanese kept readable, stable layout.

    The bytes are those of ``json.dumps(doc, ensure_ascii=False, indent=2,
    allow_nan=False)`` plus a newline. The standard library's indenting encoder
    is pure Python (50 ms for a 500-party chain, more than checking it), so a
    document made only of strings, integers, booleans, nulls, lists and objects
    with string keys, for which orjson writes the same bytes, is written by
    orjson; anything else (floats, whose notation differs, NaN, other types)
    goes to ``json.dumps``, which also words any error.

    orjson writes first: it refuses what it cannot write as ``json.dumps``
    would (keys other than strings, integers beyond 64 bits, lone surrogates,
    unknown types, circular or very deep nesting), and what it accepted is then
    proved plain (:func:`_indentation`) before its bytes are used.

    Indenting makes a file half as large again: a document of a 55 MB file was 87 MB,
    over the 64 MiB a file may have, so that it could be neither checked nor read back
    once downloaded. A document whose indented bytes are more than ``max_bytes`` is
    written without whitespace (``separators=(",", ":")``), as such files are.
    """
    if max_bytes is None:
        return _encoded(doc, orjson.OPT_INDENT_2, {"indent": 2})
    # The compact bytes first, and the indented ones only if they fit: their size is the
    # compact bytes' and the whitespace that indenting adds (counted by _indentation), so
    # that a large document is never indented only to be thrown away (90 MB for 55 MB).
    try:
        compact = orjson.dumps(doc, option=orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        compact = None
    whitespace = _indentation(doc) if compact is not None else None
    if compact is None or whitespace is None:  # json.dumps decides, as for any document
        data = _encoded(doc, orjson.OPT_INDENT_2, {"indent": 2})
        if len(data) > max_bytes:
            del data  # not kept while the compact bytes are made
            return _encoded(doc, 0, {"separators": (",", ":")})
        return data
    if len(compact) + whitespace > max_bytes:
        return compact
    del compact
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


def write_document(doc: dict[str, Any], out: BinaryIO, *, max_bytes: int | None = None) -> None:
    """Write :func:`document_bytes` of ``doc`` to ``out`` (a binary file open for writing
    and seeking), the rows of each table a batch at a time, so that the file's bytes are
    never all in memory: orjson took 94 MB beyond the 55 MB of a 58 MB chain's bytes to
    write them at once, for a download that wants them once.

    The compact bytes are written first; if they and the whitespace of indenting fit in
    ``max_bytes``, they are replaced by the indented ones. A document that is not plain
    (see :func:`document_bytes`) is written as that function writes it.
    """
    whitespace = _indentation(doc) if type(doc) is dict else None
    if whitespace is not None and all(type(key) is str for key in doc):
        try:
            size = _write_tables(doc, out, indented=False)
            if max_bytes is not None and size + whitespace > max_bytes:
                return
            out.seek(0)
            out.truncate()
            _write_tables(doc, out, indented=True)
            return
        except orjson.JSONEncodeError:
            out.seek(0)
            out.truncate()
    out.write(document_bytes(doc, max_bytes=max_bytes))


def _write_tables(doc: dict[str, Any], out: BinaryIO, *, indented: bool) -> int:
    """``orjson.dumps(doc)`` (indented by two spaces if ``indented``) and a newline, written
    to ``out`` a member of the document and a batch of :data:`_BATCH` rows at a time; the
    bytes written are counted. A member's JSON is indented one level deeper by putting
    spaces after each of its newlines: JSON text holds no other newline."""
    if not doc:
        return out.write(b"{}\n")
    option = orjson.OPT_INDENT_2 if indented else 0
    size = out.write(b"{")
    for n, (key, value) in enumerate(doc.items()):
        head = orjson.dumps(key) + (b": " if indented else b":")
        size += out.write((b"," if n else b"") + (b"\n  " if indented else b"") + head)
        if type(value) is not list or not value:
            text = orjson.dumps(value, option=option)
            size += out.write(text.replace(b"\n", b"\n  ") if indented else text)
            continue
        size += out.write(b"[")
        for start in range(0, len(value), _BATCH):
            rows = value[start : start + _BATCH]
            if indented:
                parts = [
                    b"\n    " + orjson.dumps(row, option=option).replace(b"\n", b"\n    ")
                    for row in rows
                ]
            else:
                parts = [orjson.dumps(row) for row in rows]
            size += out.write((b"," if start else b"") + b",".join(parts))
            del parts
        size += out.write(b"\n  ]" if indented else b"]")
    return size + out.write(b"\n}\n" if indented else b"}\n")


def _encoded(doc: dict[str, Any], option: int, layout: dict[str, Any]) -> bytes:
    try:
        data = orjson.dumps(doc, option=option | orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        data = None  # json.dumps decides, and words the error if there is one
    if data is not None and _indentation(doc) is not None:
        return data
    return (json.dumps(doc, ensure_ascii=False, allow_nan=False, **layout) + "\n").encode("utf-8")


_PLAIN_TYPES = frozenset({str, int, bool, type(None), dict, list})
_values_of_all = _chained.from_iterable


def _indentation(value: Any) -> int | None:
    """The bytes that indenting by two spaces adds to ``value``'s compact JSON, if every
    value within it is a string, integer, boolean, null, list or object, of exactly those
    types (not subclasses, not floats, not tuples); ``None`` if not.

    Each member of a non-empty list or object at depth ``d`` (the document's at 0) is put
    on a line of its own, indented by ``2 * (d + 1)`` spaces, the closing bracket on one
    indented by ``2 * d``; each key is followed by a space; empty ones stay ``[]``, ``{}``.

    Keys are not looked at: this is only asked of what orjson accepted, and orjson
    accepts no key but an exact ``str``. Nor is nesting bounded here, for the same
    reason: orjson refuses more than 254 levels, so a cycle never gets this far.

    The walk goes one level at a time, each level's values gathered, typed and
    sorted into dicts and lists by built-ins over the whole level rather than a
    Python step per value: a 500-party document holds some 70,000 values. A level
    of more than :data:`_BATCH` lists and objects is walked a batch of them at a time
    (the rest waiting their turn), so that the values gathered at once stay few: all
    the members of a 58 MB chain's rows at once took 31 MB while it was written.
    """
    kind = type(value)
    if kind is not dict and kind is not list:
        return 0 if kind in _PLAIN_TYPES else None
    whitespace = 0
    waiting: list[tuple[int, list[Any], list[Any]]] = [
        (0, [value], []) if kind is dict else (0, [], [value])
    ]
    while waiting:
        depth, dicts, lists = waiting.pop()
        sizes = list(map(len, dicts))
        keys = sum(sizes)
        sizes.extend(map(len, lists))
        members = sum(sizes)
        filled = len(sizes) - sizes.count(0)
        whitespace += members * (2 * depth + 3) + filled * (2 * depth + 1) + keys
        values = list(_values_of_all(map(dict.values, dicts)))
        values.extend(_values_of_all(lists))
        del dicts, lists
        kinds = list(map(type, values))
        found = set(kinds)
        if not found <= _PLAIN_TYPES:
            return None
        inner = list(compress(values, map(is_, kinds, repeat(dict)))) if dict in found else []
        lists = list(compress(values, map(is_, kinds, repeat(list)))) if list in found else []
        del values, kinds
        for start in range(0, len(inner), _BATCH):
            waiting.append((depth + 1, inner[start : start + _BATCH], []))
        for start in range(0, len(lists), _BATCH):
            waiting.append((depth + 1, [], lists[start : start + _BATCH]))
    return whitespace


def is_plain(value: Any) -> bool:
    """Whether every value within ``value`` is a string, integer, boolean, null, list or
    object of exactly those types (no float, whose notation orjson and ``json`` write
    differently, no tuple, no subclass): then orjson writes the bytes ``json`` would."""
    return _indentation(value) is not None


#: Lists and objects of one level whose values :func:`_indentation` gathers at once.
_BATCH = 4096


def document_chain(doc: dict[str, Any], *, limits: Limits = DEFAULT_LIMITS) -> Chain:
    """The document as a validated :class:`Chain`; raises :class:`ChainInputError` if it is not."""
    try:
        data = document_bytes(doc, max_bytes=limits.max_bytes)
    except (TypeError, ValueError) as exc:
        raise ChainInputError([_not_json(exc)]) from None
    return parse_chain(data, limits=limits)


def _not_json(exc: Exception) -> InputProblem:
    # Only reachable for values JSON cannot hold (NaN, objects); editors
    # produce strings, numbers, booleans and lists.
    return InputProblem(
        "",
        "not_json",
        L(f"JSON にできない値があります: {exc}", f"A value cannot be written as JSON: {exc}"),
    )


def check_document(
    doc: dict[str, Any],
    profile: Profile | str | None = None,
    *,
    path: str = "<editor>",
    limits: Limits = DEFAULT_LIMITS,
    rows: RowCache | None = None,
) -> FileResult:
    """Validate the document as if it were submitted as a file.

    ``profile`` overrides the contract's template. Never raises for bad
    content: problems come back located in the result. An editor checking
    the same document after each edit passes its ``rows`` cache, so that
    only the rows that changed are validated again (same result).
    """
    try:
        data = document_bytes(doc, max_bytes=limits.max_bytes)
    except (TypeError, ValueError) as exc:
        return FileResult(path, problems=[_not_json(exc)])
    if rows is None:
        return validate_bytes(data, path=path, profile=profile, limits=limits)
    if len(data) > DIGEST_FROM:
        # Writing a large document leaves memory freed but held by the C library (62 MB
        # for 58 MB of bytes), given back before the chain is read and checked.
        release_free_memory()
    try:
        chain = rows.parse(doc, data, limits=limits)
    except ChainInputError as exc:
        return FileResult(path, problems=exc.problems, data=data)
    return validate_chain(chain, path=path, profile=profile, data=data, limits=limits)


def new_document(
    *,
    title: str,
    municipality: str,
    contractor: str,
    template: str | None = None,
    start: str | None = None,
    end: str | None = None,
    reference: str | None = None,
    work: str | None = None,
) -> dict[str, Any]:
    """A new chain: the contract between a municipality and its contractor, no delegations yet.

    Values are stored as given (dates as typed, era notation included); empty
    strings are left out. Checking the result tells what is still missing.
    """
    contract: dict[str, Any] = {"title": title}
    for key, value in (("reference", reference), ("template", template)):
        if _given(value):
            contract[key] = value
    contract["municipality"] = MUNICIPALITY_ID
    contract["contractor"] = CONTRACTOR_ID
    if _given(work):
        contract["work"] = work
    contract["period"] = {k: v for k, v in (("start", start), ("end", end)) if _given(v)}
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "contract": contract,
        "parties": [
            {"id": MUNICIPALITY_ID, "kind": "municipality", "name": municipality},
            {"id": CONTRACTOR_ID, "kind": "company", "name": contractor},
        ],
        "delegations": [],
        "workers": [],
        "places": [],
    }


def _given(value: str | None) -> bool:
    return value is not None and value.strip() != ""


def copy_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A deep copy, so an edit never changes a document another view still holds."""
    return copy.deepcopy(doc)
