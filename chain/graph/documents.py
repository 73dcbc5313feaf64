"""The documents of every delegation, grouped by kind in one pass."""

from __future__ import annotations

from chain.format.model import Document
from chain.graph.model import ChainGraph, DocumentPass, Edge

__all__ = [
    "document_parties",
    "documents",
    "documents_of",
    "earliest_of",
    "kinds_naming_delegate",
    "undated_documents",
]


def _document_pass(g: ChainGraph) -> DocumentPass:
    # One pass over every document, grouped by kind then by delegation: the
    # checks ask "this delegation's approvals" tens of thousands of times. The
    # parties documents name (submitter, issuer, delegate) and the undated ones are
    # noted on the way.
    found = g.indexes.documents
    if found is not None:
        return found
    count = len(g.chain.delegations)
    out: dict[str, list[list[tuple[int, Document]] | None]] = {}
    refs: set[str | None] = set()
    undated: dict[int, list[tuple[int, Document]]] = {}
    naming: set[str] = set()
    for i, d in enumerate(g.chain.delegations):
        for j, doc in enumerate(d.documents):
            per = out.get(doc.kind)
            if per is None:
                per = out[doc.kind] = [None] * count
            found_docs = per[i]
            if found_docs is None:
                per[i] = [(j, doc)]
            else:
                found_docs.append((j, doc))
            refs.add(doc.submitted_by)
            refs.add(doc.issued_by)
            refs.add(doc.delegate)
            if doc.delegate is not None or doc.delegate_name is not None:
                naming.add(doc.kind)
            if doc.date is None:
                undated.setdefault(i, []).append((j, doc))
    refs.discard(None)
    # None was discarded just above: refs holds party ids only.
    found = g.indexes.documents = DocumentPass(out, refs, undated, naming)  # type: ignore[arg-type]
    return found


def undated_documents(g: ChainGraph) -> dict[int, list[tuple[int, Document]]]:
    """Documents without a date, with their index, by delegation index. Shared: do
    not modify."""
    return _document_pass(g).undated


def kinds_naming_delegate(g: ChainGraph) -> set[str]:
    """The document kinds of which some document names its delegate. Shared: do not
    modify."""
    return _document_pass(g).naming


def document_parties(g: ChainGraph) -> set[str]:
    """Every party id a document names as its submitter, issuer or delegate."""
    return _document_pass(g).parties


def documents_of(g: ChainGraph, kind: str) -> list[list[tuple[int, Document]] | None]:
    """Every delegation's documents of ``kind`` (by index in ``chain.delegations``),
    ``None`` where it has none. Shared: do not modify."""
    by_kind = _document_pass(g).by_kind
    found = by_kind.get(kind)
    if found is None:
        found = by_kind[kind] = [None] * len(g.chain.delegations)
    return found


def documents(g: ChainGraph, edge: Edge, kind: str) -> list[tuple[int, Document]]:
    """Documents of ``kind`` on a delegation edge, with their index (do not modify)."""
    if edge.index is None:
        return []
    return documents_of(g, kind)[edge.index] or []


def earliest_of(g: ChainGraph, kind: str) -> list[tuple[int, Document] | None]:
    """Every delegation's earliest dated document of ``kind`` (by delegation index),
    ``None`` where none is dated: ties go to the first in the file."""
    cache = g.indexes.earliest
    found = cache.get(kind)
    if found is None:
        found = cache[kind] = [
            None if docs is None else _earliest(docs) for docs in documents_of(g, kind)
        ]
    return found


def _earliest(docs: list[tuple[int, Document]]) -> tuple[int, Document] | None:
    best: tuple[int, Document] | None = None
    for item in docs:
        when = item[1].date
        # best is always a dated document (taken only when its date was not None).
        if when is not None and (best is None or when < best[1].date):  # type: ignore[operator]
            best = item
    return best
