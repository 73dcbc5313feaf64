"""The canonical form of a chain document and its hash, the identity of a version.

The canonical JSON sorts the keys, drops insignificant white space and keeps every
character as it is (no ``\\u`` escapes), so two files that say the same thing have one
hash however they were laid out.

>>> text, digest = canonical({"b": 1, "a": "青葉市"})
>>> text
'{"a":"青葉市","b":1}'
>>> digest[:12]
'1bcbdc8af23a'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

import orjson

__all__ = ["canonical", "canonical_bytes", "digest", "dumps", "dumps_bytes", "dumps_list"]


def dumps_bytes(doc: Any) -> bytes:
    """:func:`dumps` of ``doc`` as UTF-8 bytes, never made as text: orjson's own bytes for
    a document of plain values (a large chain's JSON as text took twice its bytes)."""
    from chain.editor.document import is_plain

    if is_plain(doc):
        try:
            return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:
            pass  # an integer beyond 64 bits, a lone surrogate: json decides
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def canonical_bytes(doc: Any) -> tuple[bytes, str]:
    """The canonical JSON of ``doc`` as UTF-8 bytes, and its sha256 (that of
    :func:`canonical`'s text)."""
    data = dumps_bytes(doc)
    return data, hashlib.sha256(data).hexdigest()


def dumps(doc: Any) -> str:
    """``doc`` as canonical JSON text: ``json.dumps`` with sorted keys, no white space and
    no ``\\u`` escapes but those JSON requires. orjson writes those same characters five
    times as fast for a document of plain values (:func:`chain.editor.document.is_plain`:
    no float, whose notation differs); anything else goes to ``json``."""
    from chain.editor.document import is_plain

    if is_plain(doc):
        try:
            return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except orjson.JSONEncodeError:
            pass  # an integer beyond 64 bits, a lone surrogate: json decides
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


#: Characters of a text encoded at once while it is hashed: a chain's canonical JSON is
#: hashed a slice at a time, so its UTF-8 bytes are never all in memory beside it.
_SLICE = 1 << 20


def digest(text: str) -> str:
    """The sha256 of ``text`` (UTF-8), in hex."""
    if len(text) <= _SLICE:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    sha = hashlib.sha256()
    for start in range(0, len(text), _SLICE):
        sha.update(text[start : start + _SLICE].encode("utf-8"))
    return sha.hexdigest()


def dumps_list(items: Iterable[Any]) -> str:
    """:func:`dumps` of the list of ``items``, each written as it comes: the same text,
    without the whole list of values held at once (a large chain's findings as
    dictionaries took 38 MB to write 1.6 MB)."""
    return "[" + ",".join(map(dumps, items)) + "]"


def canonical(doc: Any) -> tuple[str, str]:
    """The canonical JSON of ``doc`` and its sha256."""
    text = dumps(doc)
    return text, digest(text)
