"""A chain as an editable JSON document.

Editors (the app's tables and forms) work on the chain file's own JSON
object rather than on :class:`~chain.model.Chain`: while an officer types,
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
from functools import partial
from typing import Any

import orjson

from chain.incremental import RowCache
from chain.inputs import ChainInputError, InputProblem, parse_chain
from chain.limits import DEFAULT_LIMITS, Limits
from chain.model import FORMAT_NAME, FORMAT_VERSION, Chain
from chain.profile import Profile
from chain.validate import FileResult, validate_bytes

__all__ = [
    "CONTRACTOR_ID",
    "MUNICIPALITY_ID",
    "ChainInputError",
    "check_document",
    "copy_document",
    "document_bytes",
    "document_chain",
    "load_document",
    "new_document",
]

MUNICIPALITY_ID = "municipality"
CONTRACTOR_ID = "contractor"

_UTF8_BOM = b"\xef\xbb\xbf"


def load_document(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> tuple[dict[str, Any], Chain]:
    """Parse a submitted file into its JSON object and the validated :class:`Chain`.

    Raises :class:`~chain.inputs.ChainInputError` (with located problems) when
    the file is not a valid chain; the caller keeps whatever it had open.
    """
    chain = parse_chain(data, limits=limits)
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    # parse_chain accepted the bytes, so they are UTF-8 JSON of the chain format.
    doc = json.loads(data.decode("utf-8"))
    return doc, chain


def document_bytes(doc: dict[str, Any]) -> bytes:
    """The document as a chain file: UTF-8 JSON, Japanese kept readable, stable layout.

    The bytes are those of ``json.dumps(doc, ensure_ascii=False, indent=2,
    allow_nan=False)`` plus a newline. The standard library's indenting encoder
    is pure Python (50 ms for a 500-party chain, more than checking it), so a
    document made only of strings, integers, booleans, nulls, lists and objects
    with string keys, for which orjson writes the same bytes, is written by
    orjson; anything else (floats, whose notation differs, NaN, other types)
    goes to ``json.dumps``, which also words any error.
    """
    if _plain(doc):
        try:
            return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"
        except orjson.JSONEncodeError:
            pass  # e.g. an integer beyond 64 bits or a lone surrogate: json.dumps decides
    return (json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


_SCALARS = (str, int, bool, type(None))


def _plain(value: Any) -> bool:
    """Whether ``value`` holds only strings, integers, booleans, nulls, lists and str-keyed
    objects, of exactly those types."""
    stack = [value]
    while stack:
        v = stack.pop()
        kind = type(v)
        if kind is dict:
            if not all(type(k) is str for k in v):
                return False
            stack.extend(x for x in v.values() if type(x) is not str)
        elif kind is list:
            stack.extend(x for x in v if type(x) is not str)
        elif kind not in _SCALARS:
            return False
    return True


def document_chain(doc: dict[str, Any], *, limits: Limits = DEFAULT_LIMITS) -> Chain:
    """The document as a validated :class:`Chain`; raises :class:`ChainInputError` if it is not."""
    try:
        data = document_bytes(doc)
    except (TypeError, ValueError) as exc:
        raise ChainInputError([_not_json(exc)]) from None
    return parse_chain(data, limits=limits)


def _not_json(exc: Exception) -> InputProblem:
    # Only reachable for values JSON cannot hold (NaN, objects); editors
    # produce strings, numbers, booleans and lists.
    return InputProblem(
        "",
        "not_json",
        f"JSON にできない値があります: {exc}",
        f"A value cannot be written as JSON: {exc}",
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
        data = document_bytes(doc)
    except (TypeError, ValueError) as exc:
        return FileResult(path, problems=[_not_json(exc)])
    parse = parse_chain if rows is None else partial(rows.parse, doc)
    return validate_bytes(data, path=path, profile=profile, limits=limits, parse=parse)


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

