"""The liability overlay: path highlighted, capacities on the boxes, incident and joint group."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.dotparse import parse_dot, text_of
from test_diagram import SAMPLE_FILES, edge_attrs, node_of, report, report_of, sample_doc

from chain.diagram import DiagramOptions, build_dot
from chain.diagram.export import render
from chain.diagram.highlight import capacity_line
from chain.diagram.style import EDGE_STYLES, OVERLAY
from chain.diagram.words import CAPACITY_SHORT, LEGEND
from chain.liability import assess
from chain.liability.rows import incident_choices

ROOT = Path(__file__).resolve().parent.parent


def overlay(path: str, at: str, **options):
    rep = report(path)
    assessment = assess(rep.graph, rep.profile, at, findings=rep.findings)
    dot = build_dot(
        rep.graph, findings=rep.findings, assessment=assessment, options=DiagramOptions(**options)
    )
    return rep, assessment, dot


@pytest.mark.parametrize(
    ("path", "at"),
    [
        ("000/faulty.json", "komachi"),
        ("000/faulty.json", "w-morita"),
        ("002/faulty.json", "netops"),
        ("004/faulty.json", "kojima"),
    ],
)
def test_golden_overlay(golden, path, at):
    _rep, _a, dot = overlay(path, at)
    golden(f"dot/{path.replace('/', '-').removesuffix('.json')}-at-{at}.dot", dot)


def test_path_to_the_municipality_is_highlighted():
    rep, assessment, dot = overlay("000/faulty.json", "komachi")
    parsed = parse_dot(dot)
    on_path = {(e.delegator, e.delegate) for e in assessment.path}
    assert on_path == {
        ("city", "minato"),
        ("minato", "hokuto"),
        ("hokuto", "sakura"),
        ("sakura", "komachi"),
    }
    for a, b in on_path:
        colours = edge_attrs(parsed, rep, a, b)["color"].split(":")
        assert colours[0] == colours[2] == OVERLAY.path
        assert colours[1] in {s.color for s in EDGE_STYLES.values()}  # the status stays visible
    dispatch = [a for t, h, a in parsed.edges if t == node_of(rep, "himawari")]
    assert all(OVERLAY.path not in a["color"] for a in dispatch)
    # Parties off the path keep their own border.
    assert f'COLOR="{OVERLAY.path}"' not in parsed.nodes[node_of(rep, "minato-bpo")]["label"]


def test_each_party_on_the_path_shows_its_capacities():
    rep, assessment, dot = overlay("000/faulty.json", "komachi")
    parsed = parse_dot(dot)
    held = {(c.party, c.capacity) for c in assessment.capacities}
    assert held == {
        ("minato", "direct"),
        ("minato", "regardless_of_terms"),
        ("minato", "own_breach"),
        ("hokuto", "recourse_only"),
        ("sakura", "recourse_only"),
        ("komachi", "recourse_only"),
    }
    for c in assessment.capacities:
        label = text_of(parsed.nodes[node_of(rep, c.party)]["label"])
        # each capacity under its short label, the profile's own where it words it
        assert capacity_line(c.short, c.citations, "ja") in label.splitlines()
    minato = text_of(parsed.nodes[node_of(rep, "minato")]["label"])
    assert "直接責任（契約当事者）: 000 第13・民法 第415条" in minato
    # 000 第6第8項: the handling of personal information, whatever the sub-subcontract says
    assert "委託先の取扱いにも責任: 000 第6第8項" in minato
    legend = text_of(parsed.nodes["legend"]["label"])
    for key in ("incident", "path", "capacity"):
        assert LEGEND[key].ja in legend


def test_incident_party_is_marked():
    rep, _a, dot = overlay("000/faulty.json", "komachi")
    label = parse_dot(dot).nodes[node_of(rep, "komachi")]["label"]
    assert text_of(label).startswith("事故発生")
    assert f'COLOR="{OVERLAY.incident}"' in label


def test_incident_worker_gets_its_own_row():
    rep, assessment, dot = overlay("000/faulty.json", "w-morita")
    assert (assessment.incident_kind, assessment.host) == ("worker", "hokuto")
    parsed = parse_dot(dot)
    morita = next(i for i, w in enumerate(rep.chain.workers) if w.id == "w-morita")
    label = parsed.nodes[node_of(rep, "hokuto")]["label"]
    assert f'PORT="w{morita}" BORDER="2" COLOR="{OVERLAY.incident}"' in label
    assert "事故発生（従事者）\n森田 純" in text_of(label)
    assert not text_of(label).startswith("事故発生")  # the party itself is not the incident
    ports = [a.get("headport") for t, h, a in parsed.edges if t == node_of(rep, "himawari")]
    assert f"w{morita}" in ports
    # Without staff rows, the worker is named under the party's header.
    _rep, _a, bare = overlay("000/faulty.json", "w-morita", show_workers=False)
    text = text_of(parse_dot(bare).nodes[node_of(rep, "hokuto")]["label"])
    assert "事故発生（従事者）: 森田 純" in text


def test_joint_group_is_boxed():
    """At the subsidiary (tier 2) the contractor answers jointly with it: the two are boxed."""
    rep, assessment, dot = overlay("002/faulty.json", "shinoit")
    assert assessment.joint_group == ("shinonome", "shinoit")
    parsed = parse_dot(dot)
    assert parsed.clusters["cluster_joint"] == [node_of(rep, p) for p in ("shinonome", "shinoit")]
    assert "連帯して責任を負う範囲（002 第5）" in text_of(
        parsed.cluster_attrs["cluster_joint"]["label"]
    )
    # The corporate group stays a box of its own.
    (group,) = [c for c in parsed.clusters if c.startswith("cluster_group_")]
    assert set(parsed.clusters[group]) == {node_of(rep, "shinonome"), node_of(rep, "shinoit")}
    assert LEGEND["joint"].ja in text_of(parsed.nodes["legend"]["label"])
    assert "連帯責任: 002 第5" in text_of(parsed.nodes[node_of(rep, "shinonome")]["label"])
    assert "連帯責任" not in text_of(parsed.nodes[node_of(rep, "shinoit")]["label"])


def test_joint_liability_binds_the_contractor_only():
    """002 第5 at tier 3: the contractor answers jointly with the party where it happened,
    linked to it; the subsidiary between them is in no joint group (契約の相対効)."""
    rep, assessment, dot = overlay("002/faulty.json", "netops")
    assert assessment.joint_group == ("shinonome", "netops")
    parsed = parse_dot(dot)
    assert "cluster_joint" not in parsed.clusters  # the pair crosses the corporate group
    links = [(t, h) for t, h, a in parsed.edges if a.get("dir") == "none"]
    assert links == [(node_of(rep, "shinonome"), node_of(rep, "netops"))]
    assert "連帯責任: 002 第5" in text_of(parsed.nodes[node_of(rep, "shinonome")]["label"])
    for party in ("shinoit", "netops"):
        assert "連帯責任" not in text_of(parsed.nodes[node_of(rep, party)]["label"])


def _crossing_doc() -> dict:
    """002 faulty with a second subsidiary off the path: the group crosses the joint group."""
    doc = sample_doc("002/faulty.json")
    sister = dict(next(p for p in doc["parties"] if p["id"] == "shinoit"))
    sister.update(id="sister", name="株式会社シノノメ総研", corporate_number=None)
    doc["parties"].append(sister)
    return doc


def test_joint_group_crossing_a_corporate_group_is_linked_instead():
    rep = report_of(_crossing_doc(), "002")
    assessment = assess(rep.graph, rep.profile, "netops", findings=rep.findings)
    parsed = parse_dot(build_dot(rep.graph, findings=rep.findings, assessment=assessment))
    assert "cluster_joint" not in parsed.clusters
    links = [(t, h) for t, h, a in parsed.edges if a.get("dir") == "none"]
    assert links == [(node_of(rep, "shinonome"), node_of(rep, "netops"))]
    assert LEGEND["joint"].ja in text_of(parsed.nodes["legend"]["label"])


def test_path_is_drawn_whatever_the_scope():
    rep, _a, dot = overlay("000/faulty.json", "komachi", max_tier=1)
    parsed = parse_dot(dot)
    for p in ("city", "minato", "hokuto", "sakura", "komachi"):
        assert node_of(rep, p) in parsed.nodes
    _rep, _a, dot = overlay("000/faulty.json", "komachi", branch="minato-bpo")
    assert node_of(rep, "komachi") in parse_dot(dot).nodes


def test_english_overlay():
    rep, _a, dot = overlay("000/faulty.json", "komachi", lang="en")
    minato = text_of(parse_dot(dot).nodes[node_of(rep, "minato")]["label"])
    assert CAPACITY_SHORT["direct"].en + ": 000 art. 13, 民法 art. 415" in minato


def test_overlay_is_deterministic():
    assert overlay("002/faulty.json", "netops")[2] == overlay("002/faulty.json", "netops")[2]


@pytest.mark.render
@pytest.mark.parametrize("path", SAMPLE_FILES)
def test_every_incident_of_every_sample_renders(path):
    """Graphviz lays out every overlay (corporate boxes, joint boxes, dispatch arrows)."""
    rep = report(path)
    for at, _label in incident_choices(rep.graph):
        assessment = assess(rep.graph, rep.profile, at, findings=rep.findings)
        for direction in ("TB", "LR"):
            dot = build_dot(
                rep.graph,
                findings=rep.findings,
                assessment=assessment,
                options=DiagramOptions(direction=direction),
            )
            ET.fromstring(render(dot, "svg"))


@pytest.mark.render
def test_crossing_joint_group_renders():
    rep = report_of(_crossing_doc(), "002")
    assessment = assess(rep.graph, rep.profile, "netops", findings=rep.findings)
    svg = render(build_dot(rep.graph, findings=rep.findings, assessment=assessment), "svg")
    assert "連帯して責任を負う範囲" in svg.decode("utf-8")


def test_cli_at_option(tmp_path):
    from test_diagram_cli import run

    out = tmp_path / "at.dot"
    result = run(
        "render", str(ROOT / "sample_data/002/faulty.json"), "-o", str(out), "--at", "netops"
    )
    assert result.exit_code == 0, result.output
    parsed = parse_dot(out.read_text("utf-8"))
    assert [a.get("style") for _t, _h, a in parsed.edges if a.get("dir") == "none"] == ["dashed"]
    bad = run("render", str(ROOT / "sample_data/002/faulty.json"), "-o", str(out), "--at", "nobody")
    assert bad.exit_code == 2 and "nobody" in bad.output and "Traceback" not in bad.output
