"""The structure of a Japanese template's text: parts, articles, paragraphs, items.

Templates reach us as text extracted from PDF or Word: lines broken in mid-sentence,
blank lines at page breaks, digits in 全角 or 半角, a heading in parentheses on the
line before its article (or right after the number), ``第 10`` with a space, and
list markers (``- ``) the extraction added. :func:`parse_structure` reads that into a
tree of :class:`Node`:

- **part**: 本文 (the text before any other part), 別記, 別紙N, 様式N (様式第N号), 附則;
- **article**: 第N, 第N条, 第N条の2, 第一条 (numbers kept in 半角 arabic: ``"6"``, ``"6の2"``);
- **paragraph**: ``２``, ``2項``, ``①`` at the start of a line (the text before the
  first numbered paragraph of an article is paragraph 1 when the numbering starts at 2);
- **section**: a heading in parentheses that no article follows (004's 本文);
- **item**: ``(1)``, ``（１）``, ``一``, and ``ア`` where no numbered item is open;
- **subitem**: ``ア``, ``イ`` … under an item.

A marker only counts when it is the next number of its kind (a wrapped line that
happens to begin with ``3 `` in the middle of paragraph 5 is text), so the lines that
PDF extraction broke rejoin the node they belong to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Node", "kanji_number", "parse_structure"]

MAIN_PART = "本文"

_KANJI_DIGITS = {
    "〇": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_UNITS = {"十": 10, "百": 100}
#: Iroha-less katakana order of subitems (ア, イ, ウ …), as templates number them.
_KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_SPACE = r"[ \t\u3000]"
_NUM = r"[0-9０-９]+|[〇一二三四五六七八九十百]+"
_ARTICLE = re.compile(
    rf"^第{_SPACE}*(?P<n>{_NUM}){_SPACE}*(?P<jo>条)?(?:の{_SPACE}*(?P<sub>{_NUM}))?"
    rf"(?:{_SPACE}*[（(](?P<head>[^（）()]+)[）)])?(?:(?<=[）)]){_SPACE}*|{_SPACE}+|$)(?P<rest>.*)$"
)
_PARAGRAPH = re.compile(rf"^(?P<n>[0-9０-９]+)項?{_SPACE}+(?P<rest>.*)$")
_CIRCLED_PARA = re.compile(rf"^(?P<n>[{_CIRCLED}]){_SPACE}*(?P<rest>.*)$")
_ITEM = re.compile(rf"^[（(](?P<n>[0-9０-９]+)[）)]{_SPACE}*(?P<rest>.*)$")
_KANJI_ITEM = re.compile(rf"^(?P<n>[一二三四五六七八九十]+)(?:{_SPACE}+|、)(?P<rest>.*)$")
_SUBITEM = re.compile(rf"^(?P<n>[{_KATAKANA}])(?:{_SPACE}+|(?=[（(]))(?P<rest>.*)$")
_HEADING = re.compile(r"^[（(](?P<head>[^（）()]+)[）)]$")
_PART = re.compile(
    rf"^(?P<name>別記|別紙|様式|附{_SPACE}*則)(?:{_SPACE}*(?:第{_SPACE}*)?(?P<n>[0-9０-９]+){_SPACE}*号?)?"
    rf"(?:{_SPACE}+(?P<title>.*)|(?P<quoted>[「『].*)|$)"
)
#: Text that announces a list of items below it (so ① there numbers items, not paragraphs).
_ANNOUNCES_ITEMS = re.compile(r"次の|以下の|次に掲げる|[:：]$")
_BULLET = re.compile(rf"^[-‐－・•]{_SPACE}+")


@dataclass
class Node:
    """A part, article, paragraph, section, item or subitem, with its own text."""

    kind: str
    number: str = ""
    heading: str = ""
    line: int = 0
    lines: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The node's own text, its broken lines joined (children not included)."""
        return "".join(self.lines)

    def walk(self):
        """This node and every node below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def outline(self, depth: int = 0) -> list[str]:
        """One line per node: kind, number, heading; what the golden files record."""
        label = " ".join(
            x for x in (self.kind, self.number, f"（{self.heading}）" if self.heading else "") if x
        )
        out = ["  " * depth + label]
        for child in self.children:
            out.extend(child.outline(depth + 1))
        return out


def kanji_number(text: str) -> int | None:
    """``"十二"`` → 12, ``"１２"`` → 12; ``None`` when ``text`` is no number."""
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (digit if digit is not None else 1) * _KANJI_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _next_of(number: str, kinds: str) -> str:
    return kinds[kinds.index(number) + 1] if number in kinds[:-1] else ""


class _Parser:
    def __init__(self) -> None:
        self.root = Node("document")
        self.part = self._new_part(MAIN_PART, "", 0)
        self.article: Node | None = None
        self.paragraph: Node | None = None
        self.section: Node | None = None
        self.item: Node | None = None
        self.subitem: Node | None = None
        self.heading: tuple[str, int] | None = None
        self.article_suffix = ""

    # -- containers --------------------------------------------------------------
    def _new_part(self, name: str, title: str, line: int) -> Node:
        part = Node("part", name, title, line)
        self.root.children.append(part)
        return part

    def _deepest(self) -> Node:
        for node in (self.subitem, self.item, self.section, self.paragraph, self.article):
            if node is not None:
                return node
        return self.part

    def _holder(self) -> Node:
        """Where a new paragraph goes: the article, or the part when it has none."""
        return self.article if self.article is not None else self.part

    def _close(self, level: str) -> None:
        order = ("article", "paragraph", "section", "item", "subitem")
        for name in order[order.index(level) :]:
            setattr(self, name, None)

    # -- expectations ---------------------------------------------------------------
    def _last(self, holder: Node, kind: str) -> Node | None:
        return next((c for c in reversed(holder.children) if c.kind == kind), None)

    def _expects_article(self, number: str) -> bool:
        last = self._last(self.part, "article")
        if last is None:
            return True
        base, _, sub = last.number.partition("の")
        new_base, _, new_sub = number.partition("の")
        if new_sub:
            return new_base == base and int(new_sub) == (int(sub) + 1 if sub else 2)
        return int(new_base) == int(base) + 1

    def _expects_paragraph(self, number: int, holder: Node) -> bool:
        last = self._last(holder, "paragraph")
        if last is None:
            return number in (1, 2)
        return number == int(last.number) + 1

    def _item_holder(self) -> Node:
        for node in (self.section, self.paragraph, self.article):
            if node is not None:
                return node
        return self.part

    # -- lines ------------------------------------------------------------------------
    def feed(self, raw: str, line: int) -> None:
        text = _BULLET.sub("", raw.strip(" \t\u3000\r\f\v")).strip(" \t\u3000")
        if not text:
            return
        for step in (self._part, self._heading, self._article, self._paragraph, self._item):
            if step(text, line):
                return
        self._text(text, line)

    def _part(self, text: str, line: int) -> bool:
        m = _PART.match(text)
        if not m:
            return False
        name = re.sub(_SPACE, "", m["name"])
        if m["n"]:
            name += str(int(unicodedata.normalize("NFKC", m["n"])))
        title = (m["title"] or m["quoted"] or "").strip(" \u3000「」『』")
        self._flush_heading()
        self._close("article")
        self.part = self._new_part(name, title, line)
        return True

    def _heading(self, text: str, line: int) -> bool:
        m = _HEADING.match(text)
        if not m or kanji_number(m["head"]) is not None:
            return False
        self._flush_heading()
        self.heading = (m["head"].strip(), line)
        return True

    def _flush_heading(self) -> None:
        """A heading no article followed becomes a section where the text goes on."""
        if self.heading is None:
            return
        head, line = self.heading
        self.heading = None
        section = Node("section", "", head, line)
        if self.article is not None:
            # In a part with articles a heading closes the article: it heads what follows.
            self._close("article")
        if self.paragraph is not None and self.article is None:
            self.paragraph.children.append(section)
        else:
            self.part.children.append(section)
        self._close("section")
        self.section = section

    def _article(self, text: str, line: int) -> bool:
        m = _ARTICLE.match(text)
        if not m:
            return False
        n = kanji_number(m["n"])
        sub = kanji_number(m["sub"]) if m["sub"] else None
        if n is None or (m["sub"] and sub is None):
            return False
        number = f"{n}の{sub}" if sub else str(n)
        if not self._expects_article(number):
            return False
        heading = self.heading[0] if self.heading else ""
        self.heading = None
        if m["head"]:
            heading = m["head"].strip()
        if m["jo"]:
            self.article_suffix = "条"
        self._close("article")
        self.section = None
        self.paragraph = None
        article = Node("article", number, heading, line)
        article.lines.append(m["rest"].strip())
        self.part.children.append(article)
        self.article = article
        return True

    def _paragraph(self, text: str, line: int) -> bool:
        m = _PARAGRAPH.match(text)
        if m:
            number = int(unicodedata.normalize("NFKC", m["n"]))
        else:
            m = _CIRCLED_PARA.match(text)
            if not m or self._announces_items():
                return False
            number = _CIRCLED.index(m["n"]) + 1
        holder = self._holder()
        if not self._expects_paragraph(number, holder):
            return False
        self._flush_heading_if_part_level()
        if number == 2 and self._last(holder, "paragraph") is None and holder.kind == "article":
            # The text before ２ is paragraph 1: it is cited as 第N第1項.
            first = Node("paragraph", "1", "", holder.line, holder.lines, holder.children)
            holder.lines, holder.children = [], [first]
        self.section = self.item = self.subitem = None
        paragraph = Node("paragraph", str(number), "", line, [m["rest"].strip()])
        holder.children.append(paragraph)
        self.paragraph = paragraph
        return True

    def _flush_heading_if_part_level(self) -> None:
        if self.heading is not None:
            self._flush_heading()
            # A numbered paragraph right after a heading does not belong to that section.
            self.section = None

    def _announces_items(self) -> bool:
        node = self.item or self.section or self.paragraph or self.article
        if node is None:
            return False
        if node is self.item:
            return True
        return bool(_ANNOUNCES_ITEMS.search(node.text))

    def _item(self, text: str, line: int) -> bool:
        for pattern, kind in ((_ITEM, "arabic"), (_KANJI_ITEM, "kanji"), (_SUBITEM, "kana")):
            m = pattern.match(text)
            if m and self._place_item(m["n"], kind, m["rest"], line):
                return True
        m = _CIRCLED_PARA.match(text)
        if m and self._announces_items():
            return self._place_item(str(_CIRCLED.index(m["n"]) + 1), "circled", m["rest"], line)
        return False

    def _place_item(self, raw: str, kind: str, rest: str, line: int) -> bool:
        if kind == "kana" and self.item is not None and self.item.number.isdigit():
            return self._place_subitem(raw, rest, line)
        number = raw if kind == "kana" else kanji_number(raw)
        if number is None:
            return False
        holder = self._item_holder() if self.heading is None else None
        last = self._last(holder, "item") if holder is not None else None
        expected: str | int
        if kind == "kana":
            expected = _next_of(last.number, _KATAKANA) if last is not None else _KATAKANA[0]
        else:
            expected = int(last.number) + 1 if last is not None and last.number.isdigit() else 1
        if number != expected:
            return False
        self._flush_heading()
        holder = self._item_holder()
        item = Node("item", str(number), "", line, [rest.strip()])
        holder.children.append(item)
        self.item, self.subitem = item, None
        return True

    def _place_subitem(self, raw: str, rest: str, line: int) -> bool:
        assert self.item is not None
        expected = _next_of(self.subitem.number, _KATAKANA) if self.subitem else _KATAKANA[0]
        if raw != expected:
            return False
        sub = Node("subitem", raw, "", line, [rest.strip()])
        self.item.children.append(sub)
        self.subitem = sub
        return True

    def _text(self, text: str, line: int) -> None:
        if self.heading is not None:
            self._flush_heading()
        self._deepest().lines.append(text)


def parse_structure(text: str) -> tuple[Node, str]:
    """The tree of ``text`` (a ``document`` node holding its parts) and the way its
    articles are numbered: ``"条"`` (第6条) or ``""`` (第6)."""
    parser = _Parser()
    for number, raw in enumerate(text.splitlines(), start=1):
        parser.feed(raw, number)
    parser._flush_heading()
    root = parser.root
    if not root.children[0].children and not root.children[0].lines and len(root.children) > 1:
        root.children.pop(0)  # no 本文 before the first part
    return root, parser.article_suffix
