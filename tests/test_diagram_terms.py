"""The diagram speaks the template's words (issue 14 point 1): band headings, statuses and
legend use the profile's [terms] (001 甲・乙, 003 承認), through the library, the CLI and the
app alike; a profile's word is shown as written, never formatted or injected."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from chain.check.wording import profile_terms
from chain.cli import app
from chain.diagram import DiagramOptions, build_dot
from chain.diagram.export import render
from chain.profiles.load import load_profile
from chain.validate import validate_path
from chain.vocab import L

ROOT = Path(__file__).resolve().parent.parent


def dot_of(name: str, terms=None) -> str:
    report = validate_path(ROOT / "sample_data" / name).report
    assert report is not None
    if terms is None:
        terms = profile_terms(report.profile)
    return build_dot(report.graph, findings=report.findings, terms=terms)


def test_001_bands_and_legend_say_ko_and_otsu() -> None:
    dot = dot_of("001/compliant.json")
    assert "1次 乙（委託）" in dot and "甲（自治体）" in dot
    assert "1次 受託者" not in dot


def test_003_edges_say_shonin() -> None:
    dot = dot_of("003/compliant.json")
    assert "承認あり" in dot and "承諾" not in dot


def test_without_terms_the_built_in_words() -> None:
    report = validate_path(ROOT / "sample_data/001/compliant.json").report
    assert report is not None
    dot = build_dot(report.graph, findings=report.findings)
    assert "1次 受託者（委託）" in dot


def test_a_profiles_word_is_shown_as_written() -> None:
    terms = dict(profile_terms(load_profile("001")))
    terms["contractor"] = L('乙{x}"<b>', "B")
    dot = dot_of("001/compliant.json", terms)
    assert "1次 乙{x}&quot;&lt;b&gt;（委託）" in dot
    svg = render(dot, "svg").decode("utf-8")
    assert "乙{x}" in svg and "<b>" not in svg


def test_the_cli_draws_in_the_profiles_words(tmp_path: Path) -> None:
    out = tmp_path / "chain.dot"
    result = CliRunner().invoke(
        app, ["render", str(ROOT / "sample_data/001/compliant.json"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1次 乙（委託）" in out.read_text(encoding="utf-8")


def test_english_diagram_is_unchanged_by_japanese_terms() -> None:
    report = validate_path(ROOT / "sample_data/001/compliant.json").report
    assert report is not None
    dot = build_dot(
        report.graph,
        findings=report.findings,
        options=DiagramOptions(lang="en"),
        terms=profile_terms(report.profile),
    )
    assert "Tier 1: contractor" in dot
