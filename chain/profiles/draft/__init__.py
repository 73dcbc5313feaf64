"""Drafting a profile from a template's text (``chain profile draft``).

:func:`draft_template` reads the text into its structure
(:mod:`~chain.profiles.draft.structure`), finds the roles, terms and application items
in it (:mod:`~chain.profiles.draft.finders`) and the rules its clauses suggest
(:mod:`~chain.profiles.draft.suggest`); :meth:`Draft.toml` writes the skeleton
(:mod:`~chain.profiles.draft.skeleton`) a person finishes. A file is read by
:func:`~chain.profiles.draft.source.read_template`, which turns what is not a template
into a :class:`DraftError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chain.format.problems import InputProblem
from chain.profiles.draft.finders import (
    FoundList,
    FoundTerm,
    find_item_lists,
    find_roles,
    find_terms,
    units,
)
from chain.profiles.draft.skeleton import render_skeleton
from chain.profiles.draft.source import DraftError, decode_template, read_template
from chain.profiles.draft.structure import MAIN_PART, Node, parse_structure
from chain.profiles.draft.suggest import Suggestion, suggest
from chain.vocab import L

__all__ = [
    "Draft",
    "DraftError",
    "decode_template",
    "draft_file",
    "draft_template",
    "read_template",
]

_TITLE_WORDS = re.compile(r"特記事項|規定|規程|条項|特則|要綱|契約書|約款")


@dataclass
class Draft:
    """What a template's text gives a profile: its structure and what was found in it."""

    id: str
    source: str
    title: str
    issuer: str
    article_suffix: str
    root: Node
    articles: dict[str, str]
    roles: dict[str, FoundTerm]
    terms: dict[str, list[FoundTerm]]
    item_lists: list[FoundList]
    suggestions: list[Suggestion]
    duty_notes: list[Suggestion]
    notes: list[L] = field(default_factory=list)

    def toml(self) -> str:
        """The profile skeleton, suggestions commented."""
        return render_skeleton(self)


def _articles(root: Node) -> dict[str, str]:
    named = len(root.children) > 1 or root.children[0].number != MAIN_PART
    out: dict[str, str] = {}
    for part in root.children:
        for node in part.children:
            if node.kind == "article" and node.heading:
                key = f"{part.number}:{node.number}" if named else node.number
                out[key] = node.heading
    return out


def _title(root: Node) -> str:
    first = root.children[0]
    lines = first.lines or [first.heading]
    return next((x for x in lines if _TITLE_WORDS.search(x)), lines[0] if lines else "").strip()


def _profile_id(source: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]", "", Path(source).stem)[:40]
    return stem or "draft"


def draft_template(
    text: str, *, source: str = "template.txt", notes: list[L] | None = None
) -> Draft:
    """The draft of the template ``text`` (read from the file named ``source``).

    Raises :class:`DraftError` when the text has no structure to draft from: no article
    (第N, 第N条), no numbered paragraph and no headed section.
    """
    root, suffix = parse_structure(text)
    structured = any(
        n.kind in ("article", "paragraph", "section") for p in root.children for n in p.walk()
    )
    if not structured:
        lines = len(text.splitlines())
        raise DraftError(
            source,
            [
                InputProblem(
                    "",
                    "no_structure",
                    L(
                        f"{lines} 行を読みましたが、条（第N・第N条）も、番号のある項も、見出しも見つかりません。テンプレートの本文のテキストを渡してください。",
                        f"Read {lines} lines but found no article (第N, 第N条), no numbered paragraph and no heading; give the text of a template.",
                    ),
                    1 if lines else None,
                )
            ],
        )
    roles = find_roles(root)
    found, duty_notes = suggest(list(units(root)))
    municipality = roles.get("municipality")
    return Draft(
        id=_profile_id(source),
        source=Path(source).name,
        title=_title(root),
        issuer=municipality.defined_as if municipality else "",
        article_suffix=suffix,
        root=root,
        articles=_articles(root),
        roles=roles,
        terms=find_terms(root),
        item_lists=find_item_lists(root),
        suggestions=found,
        duty_notes=duty_notes,
        notes=list(notes or ()),
    )


def draft_file(path: str | Path) -> Draft:
    """:func:`draft_template` of the file at ``path`` (read by :func:`read_template`)."""
    text, notes = read_template(path)
    return draft_template(text, source=str(path), notes=notes)
