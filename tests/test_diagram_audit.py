"""The audit marking: whom the municipality may audit directly, drawn on the parties."""

from __future__ import annotations

import json
from pathlib import Path

from support.dotparse import parse_dot, text_of
from test_diagram import node_of, report
from typer.testing import CliRunner

from chain.cli import app
from chain.diagram import DiagramOptions, build_dot
from chain.diagram.style import OVERLAY
from chain.diagram.words import LEGEND
from chain.liability.audit import audit_reach
from chain.profiles import load_profile

ROOT = Path(__file__).resolve().parent.parent


def _drawn(path: str, lang: str = "ja", profile=None):
    rep = report(path)
    plan = audit_reach(rep.graph, profile or rep.profile)
    dot = build_dot(rep.graph, findings=rep.findings, audit=plan, options=DiagramOptions(lang=lang))
    return rep, parse_dot(dot), dot


def test_the_parties_the_city_may_audit_directly_are_marked_with_the_clause() -> None:
    rep, parsed, _dot = _drawn("000/compliant.json")
    label = parsed.nodes[node_of(rep, "minato")]["label"]
    assert "監査: 直接: 000 第11第1項" in text_of(label)
    assert OVERLAY.audit_fill in label and OVERLAY.audit in label
    assert "監査: 直接: 000 第11第1項" in text_of(parsed.nodes[node_of(rep, "hokuto")]["label"])
    # 000 第11 names the contractor and the subcontractor only: tier 3 is reached through
    # the contractor (第6-3, 6-5), drawn without the audit colour.
    deeper = parsed.nodes[node_of(rep, "sakura")]["label"]
    assert "監査: 受託者を通じて: 000 第6第3項・000 第6第5項" in text_of(deeper)
    assert OVERLAY.audit_fill not in deeper
    legend = text_of(parsed.nodes["legend"]["label"])
    assert LEGEND["audit_direct"].ja in legend and LEGEND["audit_flow_down"].ja in legend
    # The municipality is never marked.
    assert "監査: " not in text_of(parsed.nodes[node_of(rep, "city")]["label"])


def test_under_004_only_the_contractor_is_marked_direct_in_english() -> None:
    rep, parsed, _dot = _drawn("004/compliant.json", lang="en")
    assert "Audit: direct" in text_of(parsed.nodes[node_of(rep, "mizushima")]["label"])
    kibi = text_of(parsed.nodes[node_of(rep, "kibi")]["label"])
    assert "Audit: through the contractor" in kibi and "Audit: direct" not in kibi


def test_without_a_plan_nothing_is_marked() -> None:
    rep = report("000/compliant.json")
    dot = build_dot(rep.graph, findings=rep.findings)
    assert "監査: " not in dot and OVERLAY.audit_fill not in dot


def test_a_hostile_profile_clause_cannot_inject_into_the_dot(tmp_path) -> None:
    src = (ROOT / "chain" / "profiles" / "000.toml").read_text(encoding="utf-8")
    # The diagram drops a trailing heading in parentheses; this one keeps its text.
    evil = '"</TD></TABLE>> ]; evil [label="x）（'
    src = src.replace('"11" = "監査及び検査"', f'"11" = {json.dumps(evil, ensure_ascii=False)}')
    src = src.replace('id = "000"', 'id = "evil000"')
    path = tmp_path / "evil.toml"
    path.write_text(src, encoding="utf-8")
    rep, parsed, _dot = _drawn("000/compliant.json", profile=load_profile(path))
    assert "evil" not in parsed.nodes  # no node was injected
    label = parsed.nodes[node_of(rep, "minato")]["label"]
    assert "</TD></TABLE>>" not in label
    assert '</TD></TABLE>> ]; evil [label="x' in text_of(label)  # drawn as text


def test_chain_render_audit_option(tmp_path) -> None:
    out = tmp_path / "chain.dot"
    path = str(ROOT / "sample_data/003/compliant.json")
    result = CliRunner().invoke(app, ["render", path, "-o", str(out), "--audit"])
    assert result.exit_code == 0, result.output
    dot = out.read_text(encoding="utf-8")
    assert "監査: 直接: 003 第17条第1項" in text_of(dot)
    plain = tmp_path / "plain.dot"
    CliRunner().invoke(app, ["render", path, "-o", str(plain)])
    assert "監査: " not in plain.read_text(encoding="utf-8")
