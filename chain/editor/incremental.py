"""Checking an edited document again without validating the rows that did not change.

In the app an officer edits one cell of a chain of hundreds of parties, and
the whole document is checked again as the file it will be downloaded as
(:func:`chain.editor.document.check_document`). Parsing that file validates every
party, delegation, worker and place, although all but one row are as they
were. A :class:`RowCache` remembers, for the last document it parsed, each
row's JSON and the model validated from it; the next parse validates only the
rows whose JSON is new and reuses the others.

The outcome is the one :func:`chain.format.read.parse_chain` gives for the
document's bytes, model for model, including the limits and the variant
models of large files (:mod:`chain.format.failfast`); the test suite compares the
two on random documents and edits. Whatever the cache cannot vouch for goes
the whole way: the first parse, a change outside the four lists (the
contract, the format, which lists are present), a list that is not a list,
a value JSON cannot encode, and any row that does not validate, so that
problems are always reported, and located, by the full parse.

A cache belongs to one editor (one app session): it holds one document's
rows, at most one model per distinct row. Rows are known by their JSON, or
in a document of more than 8 MiB by a 128-bit digest of it (the JSON of the
rows of a 55 MB document took 60 MB; hashing them costs more than the rows of
a small document take to compare).

The cache can be given the chain a file was opened with
(:meth:`RowCache.remember`): the first check of the document then reuses
every row instead of parsing the whole file again, which would hold the
parser's tree besides the document and the chain.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any, get_args

import orjson
from pydantic import BaseModel, TypeAdapter, ValidationError

from chain.format.failfast import TooManyUnknownKeys, unknown_key_budget
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.model import Chain
from chain.format.prechecks import prepare_bytes
from chain.format.read import COMPLETE_CHECK_MAX_BYTES, check_counts, parse_chain

__all__ = ["ROW_LISTS", "RowCache"]

#: The lists whose rows are validated one by one.
ROW_LISTS = ("parties", "delegations", "workers", "places")

#: A row as it is compared: its JSON (``bytes``), or, where rows are known by digest, the
#: pair of its digest and the row itself. ``RowCache._key`` and ``_json`` read either kind.
Row = Any
#: Documents larger than this keep a digest of each row's JSON, not the JSON.
DIGEST_FROM = 8 * 1024 * 1024


class RowCache:
    """The rows of the last document parsed, with their models, for the next parse."""

    def __init__(self) -> None:
        self._head: bytes | None = None
        self._chain: Chain | None = None
        self._rows: dict[str, dict[bytes, Any]] = {}
        self._key: Callable[[Any], bytes] = _as_is
        """What a row is known by: its JSON, or a digest of it (a large document)."""
        self._json: Callable[[Any], bytes] = _as_is
        """A row's JSON, from what :func:`_split` gave for it."""
        self.reused = 0
        """Rows taken from the cache by the last parse (0 after a full parse)."""
        self.validated = 0
        """Rows validated by the last parse (every row after a full parse)."""

    def clear(self) -> None:
        self._head, self._chain, self._rows = None, None, {}

    def parse(self, doc: Any, data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Chain:
        """The chain that ``data``, the bytes of ``doc``, parses to.

        Raises :class:`~chain.format.problems.ChainInputError` exactly as
        :func:`~chain.format.read.parse_chain` does for ``data``.
        """
        digest = len(data) > DIGEST_FROM
        split = _split(doc, len(data) > COMPLETE_CHECK_MAX_BYTES, digest)
        self._by(digest)
        if split is not None and self._chain is not None and split[0] == self._head:
            chain = self._reuse(split[1], data, limits)
            if chain is not None:
                return chain
        self.clear()
        chain = parse_chain(data, limits=limits)
        if split is not None:
            self._remember(split, chain)
        return chain

    def remember(self, doc: Any, chain: Chain, size: int) -> None:
        """Take ``chain``, read from a file of ``size`` bytes whose JSON is ``doc``, as the
        last parse. The next parse reuses its rows if the document's bytes give the same
        variant of the models (both files large, or both not) and the same kind of keys;
        else it parses in full, as always."""
        self.clear()
        large = size > COMPLETE_CHECK_MAX_BYTES
        # The document's bytes are at least as large as the file unless it was indented
        # more or escaped more; they are told apart then by their head (chain._split).
        digest = size > DIGEST_FROM
        split = _split(doc, large, digest)
        self._by(digest)
        if split is not None:
            self._remember(split, chain)

    def _by(self, digest: bool) -> None:
        self._key, self._json = (_first, _dumped) if digest else (_as_is, _as_is)

    def _reuse(self, rows: dict[str, list[Row]], data: bytes, limits: Limits) -> Chain | None:
        prepare_bytes(data, limits)  # size, encoding and shape, as parse_chain checks them
        previous = self._chain
        assert previous is not None
        with unknown_key_budget(0):  # a row with an unknown key: the full parse reports it
            return self._validate_rows(rows, limits, previous)

    def _validate_rows(
        self, rows: dict[str, list[Row]], limits: Limits, previous: Chain
    ) -> Chain | None:
        model = type(previous)
        kept: dict[str, dict[bytes, Any]] = {}
        update: dict[str, list[Any]] = {}
        reused = validated = 0
        key_of = self._key
        for key, items in rows.items():
            validate = _item_validator(_item_model(model, key))
            old = self._rows.get(key, {})
            new: dict[bytes, Any] = {}
            out: list[Any] = []
            for row in items:
                known = key_of(row)
                found = new.get(known)
                if found is None:
                    found = old.get(known)
                    if found is None:
                        try:
                            found = validate(self._json(row))
                        except (ValidationError, TooManyUnknownKeys):
                            return None  # the full parse words and locates the problem
                        validated += 1
                    else:
                        reused += 1
                    new[known] = found
                else:
                    reused += 1
                out.append(found)
            kept[key] = new
            update[key] = out
        if not update.get("parties", previous.parties):
            return None  # at least one party: the full parse says so
        chain = previous.model_copy(update=update)
        check_counts(chain, limits)
        self._chain, self._rows = chain, kept
        self.reused, self.validated = reused, validated
        return chain

    def _remember(self, split: tuple[bytes, dict[str, list[Row]]], chain: Chain) -> None:
        head, rows = split
        kept: dict[str, dict[bytes, Any]] = {}
        for key, items in rows.items():
            models = getattr(chain, key)
            if len(models) != len(items):
                return  # cannot happen for a chain that validated; keep nothing
            kept[key] = dict(zip(map(self._key, items), models, strict=True))
        self._head, self._chain, self._rows = head, chain, kept
        self.reused, self.validated = 0, sum(len(v) for v in rows.values())


def _as_is(raw: bytes) -> bytes:
    return raw


def _first(row: tuple[bytes, Any]) -> bytes:
    return row[0]


def _dumped(row: tuple[bytes, Any]) -> bytes:
    return orjson.dumps(row[1])  # only for a row not seen before: dumped again


def _item_model(model: type[BaseModel], key: str) -> type:
    """The model (or pydantic dataclass) of one row of list ``key`` (the fail-fast
    variant in a large file's model)."""
    (item,) = get_args(model.model_fields[key].annotation)
    return item


@cache
def _item_validator(item: type) -> Callable[[bytes], Any]:
    """What reads one row's JSON into ``item``: a model's own method, else a type adapter."""
    if issubclass(item, BaseModel):
        return item.model_validate_json
    return TypeAdapter(item).validate_json


def _split(
    doc: Any, large: bool, digest: bool = False
) -> tuple[bytes, dict[str, list[Row]]] | None:
    """The document's head (everything but the rows, which lists it has, whether it is
    large, whether rows are known by digest) and each row's JSON, or with ``digest``
    each row's digest and the row (its JSON is not kept: a 55 MB document's took 60 MB
    more while it was checked); ``None`` when the document cannot be taken apart so."""
    if type(doc) is not dict:
        return None
    head: dict[str, Any] = {}
    rows: dict[str, list[Row]] = {}
    present: list[str] = []
    try:
        for key, value in doc.items():
            if key in ROW_LISTS:
                if type(value) is not list:
                    return None
                if digest:
                    rows[key] = [
                        (hashlib.blake2b(orjson.dumps(item), digest_size=16).digest(), item)
                        for item in value
                    ]
                else:
                    # Copied to bytes of their own size: orjson returns each in a buffer
                    # of about 4 KB, and 80,000 rows so held took 330 MB, not 30.
                    rows[key] = [memoryview(orjson.dumps(item)).tobytes() for item in value]
                present.append(key)
            else:
                head[key] = value
        signature = orjson.dumps([head, present, large, digest])
    except (orjson.JSONEncodeError, TypeError):
        return None
    return signature, rows
