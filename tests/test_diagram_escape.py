"""Hostile text through every label: DOT stays well formed and shows the text as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.dotparse import parse_dot, text_of

from chain.check.engine import check_chain
from chain.diagram import DiagramOptions, build_dot
from chain.diagram.escape import BACKSLASH, clean, html, quoted, shorten, width, wrap
from chain.format.read import parse_chain
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent

#: Names a submitted file may carry. Each is put in every user-text field a diagram shows.
CORPUS = [
    "Quote \" and ' apostrophe",
    "Braces {x} [y] ; -> digraph { }",
    "Back\\slash \\N \\G \\E \\T \\H \\L \\l \\r \\n end\\",
    "Angles <b>bold</b> a<b c>d",
    "<script>alert(1)</script>",
    "<![CDATA[x]]> ]]> --> <!--",
    '=HYPERLINK("http://example.invalid","x")',
    "&amp; &lt; &#60; &#x3C; & ; &",
    "RTL \u202eevil\u202c and \u2066iso\u2069 \u200f",
    "Ctrl \x00\x01\x07\x1b[31m\x7f\x85 tab\there\nnewline\rcr",
    "Emoji 😀👨‍👩‍👧 🏢",
    "株式会社" + "とても長い名前の会社" * 28,
    "</TD></TR></TABLE>> ]; x -> y [label=<",
    "%s %n {0} ${x} $(x) `x`",
]


def hostile_doc(name: str) -> dict:
    doc = json.loads((ROOT / "sample_data/000/faulty.json").read_text("utf-8"))
    doc["contract"]["title"] = name
    doc["contract"]["reference"] = name
    for p in doc["parties"]:
        p["name"] = name + " " + p["id"]
    for w in doc["workers"]:
        w["name"] = name
    for d in doc["delegations"]:
        d["work"] = name
    return doc


@pytest.mark.parametrize("name", CORPUS)
@pytest.mark.parametrize(
    "options",
    [
        DiagramOptions(),
        DiagramOptions(collapse_workers=False, direction="LR", lang="en"),
    ],
)
def test_hostile_names_stay_inside_their_labels(name, options):
    doc = hostile_doc(name)
    chain = parse_chain(json.dumps(doc, ensure_ascii=False).encode())
    rep = check_chain(chain, load_profile("000"))
    dot = build_dot(rep.graph, findings=rep.findings, options=options)
    parsed = parse_dot(dot)  # fails on any label that broke out of its quotes or brackets
    assert len([n for n in parsed.nodes if n.startswith("p")]) == len(chain.parties)
    delegation_edges = [a for t, h, a in parsed.edges if a.get("id", "").startswith("edge-")]
    assert len(delegation_edges) == len(chain.delegations)
    # No user backslash reaches Graphviz (it would expand \N, \G, ... or escape a quote).
    for line in dot.splitlines():
        assert "\\" not in line.replace('\\"', "").replace("\\n", "")
    # Every party's name is shown as text (cut for length, tooltip whole).
    for p in chain.parties:
        label = text_of(parsed.nodes[f"p{rep.graph.party_index[p.id]}"]["label"])
        shown = clean(p.name)
        flat = label.replace("\n", "")
        assert shown.replace(" ", "")[:10] in flat.replace(" ", "")
        tooltip = parsed.nodes[f"p{rep.graph.party_index[p.id]}"]["tooltip"]
        assert quoted(p.name) in tooltip
    # HTML in names never becomes markup in a label.
    for attrs in list(parsed.nodes.values()) + [a for _t, _h, a in parsed.edges]:
        label = attrs.get("label", "")
        assert "<script" not in label.lower() and "<b>" not in label
        assert "<![CDATA[" not in label


def test_escape_functions():
    assert html('<a href="x">&</a>') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    assert html("it's") == "it&#39;s"
    assert html("a\\N") == f"a{BACKSLASH}N"
    assert quoted('say "hi"') == 'say \\"hi\\"'
    assert "\\" not in quoted("x\\").replace('\\"', "")
    assert clean("a\u202eb") == "a<U+202E>b"
    assert clean("a\x00b\nc") == "a<U+0000>b<U+000A>c"
    # What XML cannot hold is shown like every other invisible character.
    assert clean("\ud800x\ufffe") == "<U+D800>x<U+FFFE>"
    assert html("a\u202eb") == "a&lt;U+202E&gt;b" and quoted("a\u202eb") == "a<U+202E>b"
    assert clean(clean("a\\b\u200b")) == clean("a\\b\u200b") == f"a{BACKSLASH}b<U+200B>"
    assert clean(123) == "123"


def test_shorten_and_wrap_by_display_width():
    assert width("abc") == 3 and width("株式") == 4
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("株式会社", 5) == "株式…"
    assert shorten("株式会社", 8) == "株式会社"
    assert wrap("株式会社みなとデータサービス", 30, 2) == ["株式会社みなとデータサービス"]
    assert wrap("あ" * 20, 30, 2) == ["あ" * 10, "あ" * 10]  # balanced, not 15 + 5
    long = wrap("あ" * 100, 30, 2)
    assert len(long) == 2 and long[1].endswith("…") and all(width(x) <= 30 for x in long)
    assert wrap("Alpha Beta Gamma Delta Epsilon Zeta", 12, 3) == [
        "Alpha Beta",
        "Gamma Delta",
        "Epsilon Zeta",
    ]
