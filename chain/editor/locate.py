"""Where a JSON pointer is in the editor: the table, row and column an officer can fix.

>>> locate("/workers/2/count")
Location(table='workers', row=2, column='count', parent=None)
>>> locate("/delegations/0/documents/1/date")
Location(table='documents', row=1, column='date', parent=0)
"""

from __future__ import annotations

from dataclasses import dataclass

from chain.format.pointer import split
from chain.format.table_specs import TABLES
from chain.vocab import L

__all__ = ["Location", "field_label", "locate"]


def field_label(ref: str) -> L:
    """The column label of a profile field reference (``delegation.reason``, ``delegate.name``).

    >>> field_label("delegate.representative").ja
    '事業者・発注者「代表者」'
    """
    root, _, path = ref.partition(".")
    table = {"delegation": "delegations", "delegate": "parties"}.get(root)
    spec = TABLES.get(table) if table else None
    col = spec.column(path) if spec else None
    label = col.label if col is not None else _GROUPS.get(path)
    if spec is None or label is None:
        return L(ref, ref)
    return L(f"{spec.label.ja}「{label.ja}」", f"{spec.label.en}: {label.en}")


# Objects whose fields are separate columns, named as a whole by some references.
_GROUPS = {"contact": L("連絡先", "contact")}


@dataclass(frozen=True)
class Location:
    """A place in the editor: a table, its row (and the delegation for documents), a column."""

    table: str
    row: int | None = None
    column: str | None = None
    parent: int | None = None
    """For documents: the position of their delegation."""

    def label(self, lang: str = "ja") -> str:
        """Where to look, in words: ``委託 1行目の書類 2行目「日付」``."""
        spec = TABLES.get(self.table)
        ja = lang != "en"
        text = spec.label(lang) if spec else self.table
        if self.parent is not None:
            parent = TABLES["delegations"].label(lang)
            text = (
                f"{parent} {self.parent + 1}行目の{text}"
                if ja
                else f"{text} of {parent.lower()} row {self.parent + 1}"
            )
        if self.row is not None and not (spec and spec.single):
            text += f" {self.row + 1}行目" if ja else f", row {self.row + 1}"
        col = spec.column(self.column) if spec and self.column else None
        name = col.label(lang) if col else self.column
        if name:
            text += f"「{name}」" if ja else f", “{name}”"
        return text


def locate(pointer: str) -> Location | None:
    """The table cell a JSON pointer names, or ``None`` for the document as a whole.

    >>> locate("/workers/2/count")
    Location(table='workers', row=2, column='count', parent=None)
    >>> locate("/delegations/0/documents/1/date")
    Location(table='documents', row=1, column='date', parent=0)
    >>> locate("/contract/period/start")
    Location(table='contract', row=0, column='period.start', parent=None)
    """
    tokens = split(pointer)
    if not tokens:
        return None
    head, rest = tokens[0], tokens[1:]
    if head == "contract":
        return Location("contract", 0, _column("contract", rest))
    if head not in TABLES or TABLES[head].single or TABLES[head].nested:
        return Location(head) if head in TABLES else None
    if not rest:
        return Location(head)
    if not rest[0].isdigit():
        return Location(head)
    row = int(rest[0])
    if head == "delegations" and len(rest) >= 2 and rest[1] == "documents":
        if len(rest) >= 3 and rest[2].isdigit():
            return Location("documents", int(rest[2]), _column("documents", rest[3:]), row)
        return Location("documents", None, None, row)
    return Location(head, row, _column(head, rest[1:]))


def _column(table: str, tokens: list[str]) -> str | None:
    """The longest column path the tokens start with (list indexes dropped)."""
    names = [t for t in tokens if not t.isdigit()]
    spec = TABLES[table]
    for n in range(len(names), 0, -1):
        path = ".".join(names[:n])
        if spec.column(path) is not None:
            return path
    return ".".join(names) or None
