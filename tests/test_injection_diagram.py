"""The injection corpus in the chain diagram: DOT that Graphviz reads with nothing added,
SVG that is inert XML.

Each payload names a subcontractor and a worker and gives a reason (as in
``tests/test_injection.py``); the diagram is built with the findings and with
a liability overlay for an incident at that subcontractor. Graphviz must read
the DOT into exactly the nodes, edges and attributes of the same chain with a
plain name; the SVG must parse as XML with no script, no event handler and
no link, and show the name as text. The whole class of invisible characters
is drawn as code points.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from support.injection import HIDDEN, HIDDEN_NAMES, PAYLOADS, hidden_chain, payload_chain

from chain.diagram import build_dot
from chain.diagram.escape import clean, quoted
from chain.liability import assess
from chain.validate import validate_bytes

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed"),
]

BENIGN = "北斗入力センター株式会社"
_LAYOUT = {"_gvid", "nodes", "edges", "subgraphs"}


def _dots(name: str) -> list[str]:
    result = validate_bytes(json.dumps(payload_chain(name), ensure_ascii=False).encode())
    report = result.report
    assert report is not None
    overlay = assess(report.graph, report.profile, "hokuto", findings=report.findings)
    return [
        build_dot(report.graph, findings=report.findings),
        build_dot(report.graph, findings=report.findings, assessment=overlay),
    ]


def _run(dot: str, fmt: str) -> bytes:
    done = subprocess.run(
        ["dot", "-q", f"-T{fmt}"],
        input=dot.encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout


def _shape(dot: str) -> tuple:
    """What Graphviz read: every object and edge, with the names of their attributes."""
    doc = json.loads(_run(dot, "json0"))
    objects = [(o["name"], sorted(set(o) - _LAYOUT)) for o in doc.get("objects", [])]
    edges = [(e["tail"], e["head"], sorted(set(e) - _LAYOUT)) for e in doc.get("edges", [])]
    return sorted(set(doc) - {"objects", "edges"}), objects, edges


@functools.cache
def _benign_shapes() -> list[tuple]:
    return [_shape(dot) for dot in _dots(BENIGN)]


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_adds_nothing_to_the_diagram(payload: str) -> None:
    for dot, benign in zip(_dots(payload), _benign_shapes(), strict=True):
        assert _shape(dot) == benign
        svg = ET.fromstring(_run(dot, "svg"))
        shown: list[str] = []
        for element in svg.iter():
            assert not element.tag.lower().endswith(("script", "foreignobject"))
            for attr, value in element.attrib.items():
                name = attr.rsplit("}", 1)[-1].lower()
                assert not name.startswith("on"), (attr, value)
                assert not (name == "href" and value.strip()), (attr, value)
                shown.append(value)
            shown.append(element.text or "")
        assert any(clean(payload) in s for s in shown)  # the name, as text


def test_every_hidden_character_is_shown_in_the_diagram() -> None:
    """The whole class of hidden characters (tests/support/injection.py) as names: the DOT carries
    none raw and every one as its code point, and Graphviz writes SVG that parses."""
    result = validate_bytes(json.dumps(hidden_chain(), ensure_ascii=False).encode("utf-8"))
    report = result.report
    assert report is not None
    dot = build_dot(report.graph, findings=report.findings)
    assert not any(HIDDEN.search(line) for line in dot.splitlines())
    assert all(quoted(name) in dot for name in HIDDEN_NAMES)  # each tooltip, whole
    svg = ET.fromstring(_run(dot, "svg"))
    shown = [v for e in svg.iter() for v in (e.text or "", *e.attrib.values())]
    assert not any(HIDDEN.search(s.replace("\n", "")) for s in shown)
    for name in HIDDEN_NAMES:
        assert any(clean(name) in s for s in shown)
