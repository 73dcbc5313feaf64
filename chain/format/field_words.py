"""A field of the chain named as the officer knows it: the table and the column's label.

Messages and fixes name the field to fill in (``{field.worker.pledge_on}`` in the
catalogue, a rule's facts holding ``delegation.reason``) and :func:`field_word` gives
its words: the editor's table and column (:data:`~chain.format.table_specs.TABLES`),
or, for what a row keeps beyond its columns (a worker's scope of work, a document's
steps), the table and the field's own label from :data:`HIDDEN`. A reference is
``ROOT.PATH``: the root says which record (``contract``, ``party`` or ``delegate``,
``delegation``, ``document``, ``worker``, ``place``, and the lists with no table of
their own: ``record``, ``request``, ``step``, ``status``), the path the field in it.

>>> field_word("worker.pledge_on").ja
'従事者表の「誓約書の日付」欄'
>>> field_word("worker.pledge_on").en
'the “pledge on” column of the Workers table'
>>> field_word("delegation.reason").ja
'委託（再委託・再々委託）表の「必要とする理由」欄'
>>> field_word("worker.scope").ja
'従事者の「担当する業務の範囲」'
>>> field_word("worker.scope").en
"the worker's “scope of work”"
>>> field_word("party").ja
'事業者・発注者表'
>>> field_word("worker.pledge") is None
True
"""

from __future__ import annotations

from functools import cache

from chain.format.table_specs import TABLES, Column
from chain.vocab import L

__all__ = ["HIDDEN", "ROOTS", "field_word", "fields_word", "is_field"]

#: The record a reference's root names: a table of the editor, or a list without one.
ROOTS: dict[str, str] = {
    "contract": "contract",
    "party": "parties",
    "delegate": "parties",
    "delegation": "delegations",
    "document": "documents",
    "worker": "workers",
    "place": "places",
    "record": "records",
    "request": "requests",
    "step": "steps",
    "status": "statuses",
}

#: The lists of the chain that have no table of their own in the editor.
_LISTS: dict[str, L] = {
    "records": L("記録の書類", "Records"),
    "requests": L("求め", "Requests"),
    "steps": L("承諾の手続", "Steps of a consent"),
    "statuses": L("事業者の状態の記録", "Status records"),
}

#: One record of each list, named before a field the editor shows no column for.
_ONE: dict[str, L] = {
    "contract": L("契約", "contract"),
    "parties": L("事業者", "party"),
    "delegations": L("委託", "delegation"),
    "documents": L("書類", "document"),
    "workers": L("従事者", "worker"),
    "places": L("場所", "place"),
    "records": L("書類", "document"),
    "requests": L("求め", "request"),
    "steps": L("手続", "step"),
    "statuses": L("状態の記録", "status record"),
}

#: Fields a record keeps beyond its table's columns, with their labels.
HIDDEN: dict[str, dict[str, L]] = {
    "contract": {
        "amount": L("契約金額", "contract amount"),
        "requests": L("求めとその回答", "requests and their answers"),
        "documents": L("書類", "documents"),
        "changed_on": L("変更日", "date of change"),
    },
    "parties": {
        "documents": L("書類", "documents"),
        "statuses": L("状態の記録", "status records"),
        "changed_on": L("変更日", "date of change"),
    },
    "delegations": {
        "records": L("記録の書類", "records"),
        "items": L("申請事項", "application items"),
        "amount": L("委託の金額", "amount"),
        "changed_on": L("変更日", "date of change"),
    },
    "documents": {
        "steps": L("承諾の手続の記録", "steps of the consent"),
        "items": L("申請事項", "application items"),
    },
    "workers": {
        "documents": L("書類", "documents"),
        "dispatch_documents": L("派遣契約の書類", "documents of the dispatch"),
        "scope": L("担当する業務の範囲", "scope of work"),
        "notified_on": L("従事者の届出日", "date notified as staff"),
        "changed_on": L("変更日", "date of change"),
    },
    "places": {
        "documents": L("書類", "documents"),
        "location": L("所在（庁舎の内外・国）", "location (premises, country)"),
        "location.premises": L("庁舎の内外", "on or off the premises"),
        "location.country": L("所在する国", "country"),
        "location.region": L("リージョン", "region"),
        "changed_on": L("変更日", "date of change"),
    },
    "records": {
        "kind": L("種類", "kind"),
        "date": L("日付", "date"),
        "reference": L("文書番号・件名", "reference"),
        "issued_by": L("発行者", "issued by"),
        "states": L("定めた事項", "what it states"),
        "delegates": L("記載された委託先", "delegates listed"),
    },
    "requests": {
        "kind": L("求めた事項", "what was asked"),
        "date": L("求めの日", "date of the request"),
        "answered_on": L("応じた日", "date answered"),
    },
    "steps": {
        "step": L("手続", "step"),
        "date": L("日付", "date"),
        "by": L("実施者", "taken by"),
    },
    "statuses": {
        "kind": L("種類", "kind"),
        "start": L("始まりの日", "start"),
        "end": L("終わりの日", "end"),
    },
}


def is_field(ref: str) -> bool:
    """Whether ``ref`` names a field :func:`field_word` can word."""
    return field_word(ref) is not None


def _resolve(ref: str) -> tuple[str, str] | None:
    """(table, path) of a reference, ``None`` for an unknown root."""
    root, _, path = ref.partition(".")
    if root == "items":  # a template's own application item, by key
        root, path = "delegation", "items"
    if root == "delegation" and path == "documents":  # the table of its own
        root, path = "document", ""
    if root in ("delegation", "document") and path.startswith("items."):
        path = "items"  # a template's own item, by key: the label is the item's
    table = ROOTS.get(root)
    return None if table is None else (table, path)


def _columns(table: str, path: str) -> list[Column]:
    spec = TABLES.get(table)
    if spec is None:
        return []
    cols = [c for c in spec.columns if c.path == path]
    if not cols:  # an object shown as several columns (period)
        cols = [c for c in spec.columns if c.path.startswith(path + ".")]
    return cols


def _in_table(table: str, cols: list[Column]) -> L:
    spec = TABLES[table]
    ja = "".join(f"「{c.label.ja}」" for c in cols)
    ens = [f"“{c.label.en}”" for c in cols]
    en = ens[0] if len(ens) == 1 else ", ".join(ens[:-1]) + " and " + ens[-1]
    plural = "s" if len(cols) > 1 else ""
    if spec.single:
        return L(f"{spec.label.ja}の{ja}欄", f"the {en} field{plural} of the {spec.label.en}")
    return L(f"{spec.label.ja}表の{ja}欄", f"the {en} column{plural} of the {spec.label.en} table")


@cache
def field_word(ref: str) -> L | None:
    """The words of the field ``ref`` names (``worker.pledge_on``), ``None`` if none."""
    found = _resolve(ref)
    if found is None:
        return None
    table, path = found
    if not path:  # the table itself
        whole = TABLES[table].label if table in TABLES else _LISTS[table]
        if table not in TABLES or TABLES[table].single:
            return L(whole.ja, f"the {whole.en}")
        return L(f"{whole.ja}表", f"the {whole.en} table")
    cols = _columns(table, path)
    if cols:
        return _in_table(table, cols)
    label = HIDDEN.get(table, {}).get(path)
    if label is None:
        return None
    one = _ONE[table]
    return L(f"{one.ja}の「{label.ja}」", f"the {one.en}'s “{label.en}”")


def fields_word(refs: list[str]) -> L | None:
    """The words of several fields, the columns of one table named together
    (「委託（再委託・再々委託）表の「責任体制」「責任者」欄」); ``None`` if one is unknown.

    >>> fields_word(["delegation.reason", "delegation.supervision", "delegate.name"]).ja
    '委託（再委託・再々委託）表の「必要とする理由」「監督方法」欄、事業者・発注者表の「名称」欄'
    """
    parts: list[tuple[str | None, list[Column] | L]] = []
    for ref in refs:
        found = _resolve(ref)
        cols = _columns(*found) if found is not None and found[1] else []
        if found is not None and cols:
            last = parts[-1] if parts else None
            if last is not None and last[0] == found[0] and isinstance(last[1], list):
                last[1].extend(c for c in cols if c not in last[1])
            else:
                parts.append((found[0], list(cols)))
            continue
        word = field_word(ref)
        if word is None:
            return None
        parts.append((None, word))
    words = [_in_table(t, p) if t is not None and isinstance(p, list) else p for t, p in parts]
    return L(
        "、".join(w.ja for w in words if isinstance(w, L)),
        "; ".join(w.en for w in words if isinstance(w, L)),
    )
