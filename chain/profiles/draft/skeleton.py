"""Writing a draft as a profile skeleton: TOML a person finishes.

What the text states for certain (its articles and their headings, the words for the
parties) is written as profile data; everything else (rules, item lists, liability)
is written as a commented suggestion that names the clause it came from::

    # 提案 / suggestion: 再委託には承諾が要る / subcontracting needs consent (第6第2項（再委託の禁止）)
    # [[rules]]
    # code = "DLG001"

Removing the ``# `` before the TOML lines of a suggestion confirms it; a line that
needs a person's choice (an item no chain fact fits) is commented twice (``## ``), so
that confirming a suggestion never confirms a guess. Left as it is, the skeleton loads
as a profile with no rules.
"""

from __future__ import annotations

import json
import re
from typing import Any

from chain.profiles.citations import Clause, template_citation
from chain.profiles.draft.finders import FoundList, item_fields
from chain.profiles.draft.structure import MAIN_PART
from chain.profiles.draft.suggest import Suggestion
from chain.text import visible
from chain.vocab import L

_ITEMS_REASON = L("申請書に記載する事項", "what the application must state")

__all__ = ["clause_label", "render_skeleton", "toml_value"]


def toml_value(value: Any) -> str:
    """A TOML value for a string, number, boolean, list or table of them (inline)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # JSON's string escapes are TOML's, but for DEL, which JSON leaves raw.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {type(value).__name__}")


def clause_label(clause: dict[str, str], suffix: str, headings: dict[str, str]) -> str:
    """``第6第2項（再委託の禁止）``: a clause as the findings will cite it."""
    return template_citation(
        Clause(**clause), profile="", document="", article_suffix=suffix, headings=headings
    ).label.ja


def _one_line(text: str, limit: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clauses(clauses: list[dict[str, str]]) -> str:
    return toml_value(clauses[0]) if len(clauses) == 1 else toml_value(clauses)


def _headless_articles(draft: Any) -> list[str]:
    """The keys of the articles of ``draft`` that have no heading, as [articles] keys them."""
    parts = draft.root.children
    named = len(parts) > 1 or parts[0].number != MAIN_PART
    return [
        f"{part.number}:{node.number}" if named else node.number
        for part in parts
        for node in part.children
        if node.kind == "article" and not node.heading
    ]


def render_skeleton(draft: Any) -> str:
    """The skeleton of ``draft`` (a :class:`chain.profiles.draft.Draft`) as TOML text."""
    label = lambda c: clause_label(c, draft.article_suffix, draft.articles)  # noqa: E731
    out: list[str] = [
        f"# プロファイルの下書き / Profile draft of {_one_line(draft.source)}, made by `chain profile draft`.",
        "# 「提案 / suggestion」の行はすべてコメントです。条項と照らして確かめ、採る提案の TOML の行の",
        "# 先頭の「# 」を消してください（「## 」の行は人が選ぶ値です）。",
        "# Every suggestion is a comment: check it against its clause, and remove the leading '# '",
        "# of the TOML lines you confirm ('## ' lines need a value chosen by a person).",
    ]
    for note in draft.notes:
        out.append(f"# 注 / note: {note.ja} / {note.en}")
    out += [
        f"id = {toml_value(draft.id)}",
        f"title = {toml_value(draft.title)}",
        f"issuer = {toml_value(draft.issuer)}  # "
        + ("確認 / to check" if draft.issuer else "要記入 / to fill in"),
        f"source = {toml_value(draft.source)}",
        f"article_suffix = {toml_value(draft.article_suffix)}",
        'summary = { ja = "", en = "" }  # 要記入 / to fill in',
        "",
        "[roles]",
    ]
    for role in ("municipality", "contractor"):
        found = draft.roles.get(role)
        word = found.word if found else ""
        where = (
            f"  # {found.count} 回、初出 / first in {label(found.clause)}"
            if found
            else "  # 要記入 / to fill in"
        )
        if found and found.defined_as:
            where += f"（「{found.defined_as}」の定義 / defined as {found.defined_as}）"
        out.append(f"{role} = {toml_value(word)}{visible(where)}")
    out += ["", "[articles]"]
    out += [f"{toml_value(k)} = {toml_value(v)}" for k, v in draft.articles.items()]
    # An article the text gives no heading is listed too, so that a rule citing it loads
    # (the profile's strict check wants every cited article in [articles]).
    out += [
        f'{toml_value(k)} = ""  # 見出しなし / no heading in the text'
        for k in _headless_articles(draft)
    ]
    out += ["", "# --- 語 / terms the text uses ---"]
    for family, terms in draft.terms.items():
        if terms:
            words = "、".join(f"{t.word}（{t.count}）" for t in terms)
            out.append(f"# {family}: {words}")
    out += _item_lists(draft, label)
    out += ["", "# --- 規則の提案 / suggested rules ---"]
    for s in draft.suggestions:
        if s.where == "rules":
            out += _suggested_rule(s, label)
    out += _liability(draft.suggestions, label)
    if draft.duty_notes:
        out += ["", "# --- 確かめる規則のない定め / duties no rule checks ---"]
        for n in draft.duty_notes:
            out.append(
                f"# {n.reason.ja} / {n.reason.en}: " + "、".join(label(c) for c in n.clauses)
            )
    # Comments quote the template: what cannot stand in a TOML comment (DEL, a line
    # separator) or would hide in one is shown as its code point.
    return "\n".join(_shown(line) for line in out) + "\n"


def _shown(line: str) -> str:
    return visible(line) if line.startswith("#") else line


def _head(s: Suggestion, label) -> str:
    where = ", ".join(label(c) for c in s.clauses)
    return f"# 提案 / suggestion: {s.reason.ja} / {s.reason.en} ({where}): 「{_one_line(s.excerpts[0])}」"


def _suggested_rule(s: Suggestion, label, prefix: str = "# ") -> list[str]:
    lines = ["", _head(s, label), prefix + "[[rules]]"]
    lines += [f"{prefix}{k} = {toml_value(v)}" for k, v in s.entry.items()]
    lines.append(f"{prefix}clause = {_clauses(s.clauses)}")
    return lines


def _list_name(found: FoundList) -> str:
    c = found.clause
    parts = [c.get("part", ""), c.get("article", ""), c.get("paragraph", "")]
    slug = "_".join(re.sub(r"[^A-Za-z0-9]", "", p) or "" for p in parts if p)
    return ("form" if found.form else "items") + (f"_{slug}" if slug else "")


def _item_lists(draft: Any, label) -> list[str]:
    if not draft.item_lists:
        return []
    out = ["", "# --- 申請事項の提案 / suggested application items ---"]
    names: set[str] = set()
    for found in draft.item_lists:
        name = base = _list_name(found)
        n = 2
        while name in names:
            name, n = f"{base}_{n}", n + 1
        names.add(name)
        mapped = [(u, item_fields(u.text)) for u in found.items]
        prefix = "# " if any(f for _, f in mapped) else "## "
        where = label(found.clause)
        out += [
            "",
            f"# 提案 / suggestion: 申請事項の一覧 / application items ({where}): 「{_one_line(found.text)}」",
            f"{prefix}[item_lists.{name}]",
            f"{prefix}label = {toml_value({'ja': f'申請事項（{where}）', 'en': f'Application items ({where})'})}",
        ]
        for unit, fields in mapped:
            item_prefix = prefix if fields else "## "
            key = "item" + "_".join(v for k, v in unit.clause.items() if k in ("paragraph", "item"))
            out += [
                "",
                f"# {label(unit.clause)}: 「{_one_line(unit.text)}」",
                f"{item_prefix}[[item_lists.{name}.items]]",
                f"{item_prefix}key = {toml_value(key)}",
                f"{item_prefix}label = {toml_value({'ja': _one_line(unit.text, 40), 'en': ''})}",
                f"{item_prefix}fields = {toml_value(list(fields))}",
                f"{item_prefix}clause = {toml_value(unit.clause)}",
            ]
        tiers = [3] if "再々委託" in found.text else [2]
        rule = Suggestion(
            "items",
            "rules",
            {"code": "ITM001", "tiers": tiers, "items": name},
            _ITEMS_REASON,
            [found.clause],
            [found.text],
        )
        # A form says what is written, not at which tier: the tier is a person's choice.
        out += _suggested_rule(rule, label, "## " if found.form or prefix == "## " else "# ")
    return out


def _liability(suggestions: list[Suggestion], label) -> list[str]:
    picked = [s for s in suggestions if s.where != "rules"]
    if not picked:
        return []
    out = ["", "# --- 責任の提案 / suggested liability ---"]
    for s in picked:
        out.append(_head(s, label))
    out.append("# [liability]")
    for key in ("damages", "termination"):
        clauses = [c for s in picked if s.where == key for c in s.clauses]
        if clauses:
            out.append(f"# {key} = {toml_value(clauses)}")
    for s in picked:
        if s.where == "delegates":
            out.append("# [[liability.delegates]]")
            out += [f"# {k} = {toml_value(v)}" for k, v in s.entry.items()]
            out.append(f"# clause = {toml_value(s.clauses)}")
    for s in picked:
        if s.where == "non_regular":
            out.append("# [liability.non_regular]")
            out += [f"# {k} = {toml_value(v)}" for k, v in s.entry.items()]
            out.append(f"# clause = {toml_value(s.clauses)}")
            break
    return out
