"""Citations: a place in a template or a statute, and how findings and assessments cite it.

A :class:`Clause` is written in a profile (``clause = { article = "6", paragraph = "2" }``);
a :class:`Citation` is what the outputs show of it: a label in Japanese and English
(``000 第6第2項第8号``) and the path of headings above it, in the manner of Catala's
law headings (``第6（再委託の禁止） > 2 > (8)``). Where the template is silent, the tool's
:class:`Interpretation` is named with the clauses it rests on.
"""

from collections.abc import Mapping
from typing import Any

from pydantic import Field

from chain._perf.quick_init import quick_dataclass
from chain.profiles.base import ProfileModel
from chain.vocab import L

__all__ = ["Citation", "Clause", "Interpretation", "statute_citation", "template_citation"]


class Clause(ProfileModel):
    """A place in a template (or a statute): part, article, paragraph, item."""

    document: str | None = Field(
        None, description="A statute or other document; omitted means the profile's template."
    )
    part: str | None = Field(None, description="Part of the template, e.g. 本文 or 別記.")
    article: str | None = Field(None, description="Article number as written, e.g. 6 or 10.")
    section: str | None = Field(None, description="Named section where there is no article.")
    paragraph: str | None = None
    item: str | None = None
    subitem: str | None = None


@quick_dataclass
class Citation:
    """A clause a finding rests on: a template clause, a statute, or the chain format."""

    source: str
    """Profile id (``"000"``), statute short name (``"番号法"``) or ``"format"``."""
    document: str
    """Template file name, statute name, or the format's name."""
    label: L
    """Human label, e.g. ``000 第6第2項第8号``."""
    path: str
    """Heading path, e.g. ``第6（再委託の禁止） > 2 > (8)``."""
    part: str | None = None
    article: str | None = None
    paragraph: str | None = None
    item: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "document": self.document,
            "part": self.part,
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "label": self.label.to_dict(),
            "path": self.path,
        }


@quick_dataclass
class Interpretation:
    """What the tool assumed where a template is silent."""

    id: str
    topic: L
    text: L
    basis: tuple[Citation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topic": self.topic.to_dict(),
            "text": self.text.to_dict(),
            "basis": [c.to_dict() for c in self.basis],
        }


class _Parts:
    """The label (Japanese, English) and heading path of a citation, built piece by piece."""

    def __init__(self, head: str, path: list[str]) -> None:
        self.ja, self.en, self.path = [head, " "], [head, " "], path

    def add(self, ja: str, en: str, path: str | None) -> None:
        self.ja.append(ja)
        self.en.append(en)
        if path is not None:
            self.path.append(path)

    # Paragraphs and items are numbered alike in templates and statutes.
    def paragraph(self, clause: Clause) -> None:
        if clause.paragraph:
            self.add(f"第{clause.paragraph}項", f"({clause.paragraph})", clause.paragraph)

    def item(self, clause: Clause) -> None:
        if clause.item:
            self.add(f"第{clause.item}号", f"({clause.item})", f"({clause.item})")

    def label(self) -> L:
        return L("".join(self.ja).strip(), "".join(self.en).strip())


def template_citation(
    clause: Clause,
    *,
    profile: str,
    document: str,
    article_suffix: str,
    headings: Mapping[str, str],
) -> Citation:
    """A clause of the template ``document`` encoded by the profile ``profile``, its
    articles numbered with ``article_suffix`` and headed by ``headings`` (by article, or
    ``part:article``)."""
    art = clause.article
    heading = headings.get(f"{clause.part}:{art}" if clause.part else str(art))
    if heading is None and clause.section:
        heading = clause.section
    parts = _Parts(profile, [])
    if clause.part:
        parts.add(clause.part, clause.part + " ", clause.part)
    if art:
        numbered = f"第{art}{article_suffix}"
        parts.add(numbered, f"art. {art}", numbered + (f"（{heading}）" if heading else ""))
    parts.paragraph(clause)
    if clause.section and not art:
        quoted = f"「{clause.section}」"
        # One space before the quote, whatever comes before it (the name, a part).
        gap = "" if parts.en[-1].endswith(" ") else " "
        parts.add(quoted, f"{gap}“{clause.section}”", quoted)
    parts.item(clause)
    if clause.subitem:
        parts.add(clause.subitem, f"({clause.subitem})", clause.subitem)
    if heading and art:
        parts.add(f"（{heading}）", "", None)
    return Citation(
        source=profile,
        document=document,
        label=parts.label(),
        path=" > ".join(parts.path),
        part=clause.part,
        article=art,
        paragraph=clause.paragraph,
        item=clause.item,
    )


def statute_citation(clause: Clause) -> Citation:
    """A clause of a statute or other document (``clause.document``): its articles are
    numbered 条, and it has no headings of ours."""
    doc = clause.document or ""
    parts = _Parts(doc, [doc])
    if clause.section and not clause.article:
        parts.add(clause.section, clause.section, clause.section)
    if clause.article:
        numbered = f"第{clause.article}条"
        parts.add(numbered, f"art. {clause.article}", numbered)
    parts.paragraph(clause)
    parts.item(clause)
    return Citation(
        source=doc,
        document=doc,
        label=parts.label(),
        path=" > ".join(parts.path),
        article=clause.article,
        paragraph=clause.paragraph,
        item=clause.item,
    )
