"""Read back the DOT text the diagram builder writes, for structural assertions.

A small parser for the subset :mod:`chain.diagram.dot` emits: one statement
per line, attribute values quoted (``"..."`` with ``\\"`` escapes) or HTML
(``<...>`` with balanced angle brackets). It fails loudly on anything else,
so a label that broke out of its quotes or brackets fails the tests.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

__all__ = ["Dot", "parse_dot", "text_of"]

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_NODE = re.compile(rf"^({_NAME}) \[(.*)\];$")
_EDGE = re.compile(rf"^({_NAME}) -> ({_NAME}) \[(.*)\];$")
_CHAIN = re.compile(rf"^({_NAME}(?: -> {_NAME})+) \[(.*)\];$")
_RANK = re.compile(rf"^\{{rank=same; ({_NAME}(?:; {_NAME})*)\}}$")
_OPEN = re.compile(rf"^(?:digraph|subgraph) ({_NAME}) \{{$")


@dataclass
class Dot:
    graph: dict[str, str] = field(default_factory=dict)
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    edges: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    ranks: list[list[str]] = field(default_factory=list)
    clusters: dict[str, list[str]] = field(default_factory=dict)
    """Cluster name → nodes declared directly or in nested clusters."""
    cluster_attrs: dict[str, dict[str, str]] = field(default_factory=dict)

    def edges_between(self, tail: str, head: str) -> list[dict[str, str]]:
        return [a for t, h, a in self.edges if t == tail and h == head]

    def rank_of(self, node: str) -> list[str] | None:
        return next((r for r in self.ranks if node in r), None)


def parse_attrs(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    i = 0
    while i < len(text):
        m = re.compile(rf"({_NAME})=").match(text, i)
        assert m, f"attribute expected at {text[i : i + 40]!r}"
        key = m.group(1)
        i = m.end()
        if text[i] == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out[key] = text[i + 1 : j]
            i = j + 1
        elif text[i] == "<":
            depth = 0
            j = i
            while True:
                if text[j] == "<":
                    depth += 1
                elif text[j] == ">":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out[key] = text[i + 1 : j]
            i = j + 1
        else:
            raise AssertionError(f"unquoted value for {key}: {text[i : i + 40]!r}")
        if text.startswith(", ", i):
            i += 2
        else:
            assert i == len(text), f"junk after {key}: {text[i : i + 40]!r}"
    return out


def parse_dot(dot: str) -> Dot:
    out = Dot()
    stack: list[str] = []
    for raw in dot.splitlines():
        line = raw.strip()
        if m := _OPEN.match(line):
            stack.append(m.group(1))
            if m.group(1).startswith("cluster_"):
                out.clusters[m.group(1)] = []
            continue
        if line == "}":
            stack.pop()
            continue
        if line.startswith(("graph [", "node [", "edge [")):
            attrs = parse_attrs(line[line.index("[") + 1 : -2])
            if line.startswith("graph") and len(stack) == 1:
                out.graph = attrs
            elif line.startswith("graph"):
                out.cluster_attrs[stack[-1]] = attrs
            continue
        if m := _RANK.match(line):
            out.ranks.append(m.group(1).split("; "))
            continue
        if m := _EDGE.match(line):
            out.edges.append((m.group(1), m.group(2), parse_attrs(m.group(3))))
            continue
        if m := _CHAIN.match(line):
            names = m.group(1).split(" -> ")
            attrs = parse_attrs(m.group(2))
            out.edges.extend((a, b, attrs) for a, b in itertools.pairwise(names))
            continue
        if m := _NODE.match(line):
            out.nodes[m.group(1)] = parse_attrs(m.group(2))
            for name in stack:
                if name in out.clusters:
                    out.clusters[name].append(m.group(1))
            continue
        raise AssertionError(f"unexpected DOT line: {line[:120]!r}")
    assert not stack, "unbalanced braces"
    return out


def text_of(html_label: str) -> str:
    """The visible text of an HTML-like label, entities decoded."""
    import html

    text = re.sub(r"<BR/>|</TR>", "\n", html_label)
    return html.unescape(re.sub(r"<[^>]*>", "", text)).strip()
