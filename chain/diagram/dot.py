"""A small DOT writer: statements and attribute lists, always quoted.

Values are written either as quoted strings or, when wrapped in
:class:`Html`, as HTML-like labels. Quoted values must already be safe
(constants of the diagram, or user text passed through
:func:`chain.diagram.escape.quoted`); HTML values are built with
:func:`chain.diagram.escape.html` for every piece of user text.

>>> attrs({"shape": "plain", "label": Html("<B>x</B>")})
'[shape="plain", label=<<B>x</B>>]'
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FONT", "Html", "Writer", "attrs"]

#: Font family of every text; a Japanese font, so that glyphs render (see chain.diagram.export).
FONT = "Noto Sans CJK JP"


class Html(str):
    """An HTML-like label whose user text is already escaped."""

    __slots__ = ()


def _value(value: object) -> str:
    if type(value) is str:  # the usual case, settled first
        return f'"{value}"'
    if isinstance(value, Html):
        return f"<{value}>"
    if isinstance(value, bool):
        return '"true"' if value else '"false"'
    if isinstance(value, float):
        return f'"{value:g}"'
    return f'"{value}"'


def attrs(values: Mapping[str, object]) -> str:
    """An attribute list; ``None`` values are left out."""
    body = ", ".join(f"{k}={_value(v)}" for k, v in values.items() if v is not None)
    return f"[{body}]"


class Writer:
    """Collects DOT lines with indentation."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("  " * self.depth + text)

    def open(self, header: str) -> None:
        self.line(header + " {")
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.line("}")

    def node(self, name: str, values: Mapping[str, object]) -> None:
        self.line(f"{name} {attrs(values)};")

    def edge(self, tail: str, head: str, values: Mapping[str, object]) -> None:
        self.line(f"{tail} -> {head} {attrs(values)};")

    def defaults(self, kind: str, values: Mapping[str, object]) -> None:
        self.line(f"{kind} {attrs(values)};")

    def text(self) -> str:
        """The lines, each ended by a newline: joined once (adding the last newline after
        joining copied a large diagram's text once more, 45 MB for 20,000 parties)."""
        self.lines.append("")
        try:
            return "\n".join(self.lines)
        finally:
            self.lines.pop()
