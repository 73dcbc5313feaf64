"""What a template's text says, found in its structure: clauses, roles, terms, item lists.

Each finder walks the tree of :mod:`chain.profiles.draft.structure` and reports what it
found with the clause it found it in (a table a profile's ``clause`` takes: part,
article, paragraph, section, item, subitem), so that every line of a draft can say
where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from chain.profiles.draft.structure import MAIN_PART, Node

__all__ = [
    "FoundList",
    "FoundTerm",
    "Unit",
    "find_item_lists",
    "find_roles",
    "find_terms",
    "item_fields",
    "units",
]


@dataclass(frozen=True)
class Unit:
    """The smallest citable piece of text: an article's, paragraph's, section's or item's own words."""

    clause: dict[str, str]
    text: str
    node: Node
    context: str = ""
    """The text of the nodes above it (the article before its paragraph), for tests of scope."""


def units(root: Node) -> Iterator[Unit]:
    """Every node with text of its own, in document order, with its clause."""
    named_parts = len(root.children) > 1 or root.children[0].number != MAIN_PART
    for part in root.children:
        base = {"part": part.number} if named_parts else {}
        yield from _units(part, base, "")


_LEVEL = {"article": "article", "paragraph": "paragraph", "item": "item", "subitem": "subitem"}


def _units(node: Node, clause: dict[str, str], context: str) -> Iterator[Unit]:
    if node.kind == "section":
        clause = {**clause, "section": node.heading}
    elif node.kind in _LEVEL:
        clause = {**clause, _LEVEL[node.kind]: node.number}
    if node.text and node.kind != "part":
        yield Unit(clause, node.text, node, context)
    below = context + node.text
    for child in node.children:
        yield from _units(child, clause, below)


# -- roles ------------------------------------------------------------------------------

#: Words templates call the parties by, commonest first within each role.
ROLE_WORDS = {
    "municipality": ("市", "甲", "発注者", "委託者", "町", "村", "県", "区", "町長", "市長"),
    "contractor": ("受託者", "乙", "受注者", "指定管理者", "事業者"),
}
_DEFINED = re.compile(r"([^\s、。（）「」｢｣]{1,20}?)（以下[「｢]([^」｣]{1,10})[」｣]という。?）")


@dataclass
class FoundTerm:
    """A word found in the template: how often, and the first clause it appears in."""

    word: str
    count: int
    clause: dict[str, str]
    defined_as: str = ""
    """For a role defined as 「以下「甲」という。」, the words it stands for."""


def _count_role(word: str, text: str) -> int:
    # A one-character role (市, 甲) counts only as a word: not inside 市民 or 所沢市.
    if len(word) == 1:
        pattern = rf"(?<![\u4e00-\u9fff]){word}(?=[はがのにをとへ、及又若や])"
    else:
        pattern = re.escape(word)
    return len(re.findall(pattern, text))


def find_roles(root: Node) -> dict[str, FoundTerm]:
    """The word used for the municipality and for the contractor (the most frequent)."""
    all_units = list(units(root))
    defined: dict[str, tuple[str, dict[str, str]]] = {}
    for unit in all_units:
        for m in _DEFINED.finditer(unit.text):
            defined.setdefault(m[2], (m[1], unit.clause))
    out: dict[str, FoundTerm] = {}
    for role, words in ROLE_WORDS.items():
        best: FoundTerm | None = None
        for word in words:
            count, first = 0, None
            for unit in all_units:
                n = _count_role(word, unit.text)
                if n and first is None:
                    first = unit.clause
                count += n
            if first is not None and (best is None or count > best.count):
                stands_for, at = defined.get(word, ("", first))
                best = FoundTerm(word, count, at if stands_for else first, stands_for)
        if best is not None:
            out[role] = best
    return out


# -- terms ------------------------------------------------------------------------------

#: The families of terms templates vary in, each with the words found in them.
TERM_FAMILIES = {
    "consent": ("承諾", "承認", "許諾", "同意", "確認", "届出", "届け出", "申出", "申し出"),
    "delegation": ("再委託等", "再委託", "再々委託", "再請負", "下請負", "外注"),
    "provisions": ("特記事項", "特約条項", "特則", "取扱規定"),
    "documents": ("承諾書", "決定書", "誓約書", "申請書"),
}


def find_terms(root: Node) -> dict[str, list[FoundTerm]]:
    """For each family, the words of it the template uses, commonest first."""
    all_units = list(units(root))
    out: dict[str, list[FoundTerm]] = {}
    for family, words in TERM_FAMILIES.items():
        found = []
        for word in words:
            hits = [(u, u.text.count(word)) for u in all_units if word in u.text]
            # 再委託 inside 再委託等 is the same word: count it once.
            longer = [w for w in words if w != word and word in w]
            count = sum(n - sum(u.text.count(w) for w in longer) for u, n in hits)
            if count > 0:
                first = next(
                    u for u, _ in hits if u.text.count(word) > sum(u.text.count(w) for w in longer)
                )
                found.append(FoundTerm(word, count, first.clause))
        out[family] = sorted(found, key=lambda t: -t.count)
    return out


# -- application item lists -----------------------------------------------------------

_ANNOUNCES = re.compile(r"次の各号|次に掲げる|次の事項|以下の事項|下記の事項")
_WRITTEN = re.compile(r"記載|書面|申請|提出|届け出|届出")

#: An item's words → the chain facts it asks for. The first group that matches wins;
#: within the delegate's group every detail named counts (名称、代表者、所在地、連絡先).
_FIELD_GROUPS: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    (("監督", ("delegation.supervision",)),),
    (("保護措置", ("delegation.protection.measures", "delegation.protection.contract_copy")),),
    (
        (
            "責任体制|責任者|従事者",
            (
                "delegation.responsibility.structure",
                "delegation.responsibility.manager",
                "delegation.responsibility.staff",
            ),
        ),
    ),
    (
        ("相手方|商号|名称|委託先", ("delegate.name",)),
        ("代表者", ("delegate.representative",)),
        ("所在地|住所", ("delegate.address",)),
        ("連絡先", ("delegate.contact",)),
        ("法人番号", ("delegate.corporate_number",)),
    ),
    (("理由", ("delegation.reason",)),),
    (("期間", ("delegation.period.start", "delegation.period.end")),),
    (("個人情報|取り扱う情報|取扱う情報", ("delegation.personal_data",)),),
    (("業務の内容|業務内容|作業の内容|委託する業務", ("delegation.work",)),),
)


def item_fields(text: str) -> tuple[str, ...]:
    """The chain facts an application item asks for; empty when none fits."""
    for group in _FIELD_GROUPS:
        fields = [ref for pattern, refs in group if re.search(pattern, text) for ref in refs]
        if fields:
            if fields[0] != "delegate.name" and fields[0].startswith("delegate."):
                fields.insert(0, "delegate.name")
            return tuple(fields)
    return ()


@dataclass
class FoundList:
    """Items under a clause that asks for a written application, or the fields of a form."""

    clause: dict[str, str]
    text: str
    items: list[Unit] = field(default_factory=list)
    form: bool = False


def find_item_lists(root: Node) -> list[FoundList]:
    """Item lists: the items under a paragraph that says 次の各号に…記載した書面 (or the
    like), and the numbered entries of every 様式 (form)."""
    out: list[FoundList] = []
    for unit in units(root):
        items = [c for c in unit.node.children if c.kind == "item"]
        if items and _ANNOUNCES.search(unit.text) and _WRITTEN.search(unit.text):
            found = FoundList(unit.clause, unit.text)
            found.items = [u for u in units_below(unit) if u.node in items]
            out.append(found)
    for part in root.children:
        if not part.number.startswith("様式"):
            continue
        entries = [c for c in part.children if c.kind in ("paragraph", "item")]
        if entries:
            found = FoundList({"part": part.number}, part.heading or part.text, form=True)
            found.items = [
                Unit(
                    {"part": part.number, ("item" if c.kind == "item" else "paragraph"): c.number},
                    c.text,
                    c,
                )
                for c in entries
            ]
            out.append(found)
    return out


def units_below(unit: Unit) -> Iterator[Unit]:
    """The units of the children of ``unit``'s node, with their clauses."""
    for child in unit.node.children:
        yield from _units(child, unit.clause, unit.context + unit.text)
