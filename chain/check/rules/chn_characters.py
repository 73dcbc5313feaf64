"""CHN012: names and ids holding characters that do not show as themselves.

An officer tells parties, delegations, workers and places apart by reading
their ids and names, and compares them with the application and the
approval: a zero-width space, a tag character or a direction override
(:mod:`chain.text`) makes two different companies look the same, or shows
part of a name reversed. Every output already shows such characters as
their code points; this rule says where they are. Always on; it cites the
chain format.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Any

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.format.pointer import join
from chain.graph import ChainGraph
from chain.profiles.params import NoParams
from chain.text import code_points, has_invisible
from chain.vocab import L

__all__: list[str] = []

#: The fields an officer reads an item by, per list, and the id field of a finding.
_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("parties", "party", ("id", "name", "representative")),
    ("delegations", "delegation", ("id",)),
    ("workers", "worker", ("id", "name")),
    ("places", "place", ("id", "name", "provider")),
)


def _label(table: str, column: str) -> L:
    """``事業者・発注者「名称」`` / ``Parties: name``, as the editor's tables say it."""
    # Imported here: the editor's table specs are read only when there is something to
    # report, not by every `chain validate`.
    from chain.format.table_specs import TABLES

    spec = TABLES[table]
    col = spec.column(column)
    assert col is not None, (table, column)  # the table specs name every field above
    return L(f"{spec.label.ja}「{col.label.ja}」", f"{spec.label.en}: {col.label.en}")


def _hit(pointer: str, table: str, column: str, value: str, owner: dict[str, Any]) -> Hit:
    return Hit(
        pointer,
        {"field": _label(table, column), "value": value, "code_points": code_points(value)},
        **owner,
    )


def _any_hidden(values: Iterable[str | None], *, ids: bool = False) -> bool:
    # One search over every value of a field at once: a clean list of 50,000 workers
    # costs one pass over its names, and only a list with a find is looked at item by item.
    # Ids cannot hold a control character (the format's pattern), so ids all in ASCII, the
    # usual case, hold nothing to find, and CPython knows a string is ASCII without a pass.
    text = "".join(filter(None, values))
    return not (ids and text.isascii()) and has_invisible(text)


@rule("CHN012")
def invisible_characters(g: ChainGraph, _p: NoParams, _c: RuleContext) -> Iterator[Hit]:
    chain = g.chain
    for table, owner, fields in _FIELDS:
        items = getattr(chain, table)
        suspect = [f for f in fields if _any_hidden(map(attrgetter(f), items), ids=f == "id")]
        for i, item in enumerate(items if suspect else ()):
            for field in suspect:
                value = getattr(item, field)
                if value and has_invisible(value):
                    yield _hit(join(table, i, field), table, field, value, {owner: item.id})
    # The application names the delegate's manager, whom an officer looks for among the
    # workers. (Its staff list is not read: tens of thousands of names, a tenth of the time
    # of every rule together, for people each of whom is also a worker, read above.)
    held = [r for r in map(attrgetter("responsibility"), chain.delegations) if r is not None]
    if not _any_hidden(map(attrgetter("manager"), held)):
        return
    for i, d in enumerate(chain.delegations):
        r = d.responsibility
        if r is not None and r.manager and has_invisible(r.manager):
            yield _hit(
                join("delegations", i, "responsibility", "manager"),
                "delegations",
                "responsibility.manager",
                r.manager,
                {"delegation": d.id},
            )
