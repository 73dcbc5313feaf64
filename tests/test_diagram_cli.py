"""``chain render``: formats by suffix, options, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from support.dotparse import parse_dot, text_of
from typer.testing import CliRunner

from chain.cli import app
from chain.diagram import export

ROOT = Path(__file__).resolve().parent.parent
FAULTY = str(ROOT / "sample_data/000/faulty.json")
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_dot_output_needs_no_graphviz(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    out = tmp_path / "chain.dot"
    result = run("render", FAULTY, "-o", str(out))
    assert result.exit_code == 0, result.output
    dot = parse_dot(out.read_text("utf-8"))
    assert dot.graph["rankdir"] == "TB"
    # The same input gives the same bytes.
    again = tmp_path / "again.dot"
    run("render", FAULTY, "-o", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_options_reach_the_diagram(tmp_path):
    out = tmp_path / "chain.dot"
    result = run(
        "render",
        FAULTY,
        "-o",
        str(out),
        "--layout",
        "lr",
        "--lang",
        "en",
        "--max-tier",
        "2",
        "--no-workers",
        "--no-legend",
        "--no-findings",
    )
    assert result.exit_code == 0, result.output
    dot = parse_dot(out.read_text("utf-8"))
    assert dot.graph["rankdir"] == "LR"
    assert "legend" not in dot.nodes
    labels = " ".join(text_of(a["label"]) for a in dot.nodes.values())
    assert "Staff" not in labels and "DLG" not in labels and "Tier 2: subcontractors" in labels
    assert any(n.startswith("h") for n in dot.nodes)  # deeper tiers counted, not drawn


def test_branch_and_each_worker(tmp_path):
    out = tmp_path / "chain.dot"
    assert (
        run("render", FAULTY, "-o", str(out), "--branch", "sakura", "--each-worker").exit_code == 0
    )
    dot = out.read_text("utf-8")
    assert "株式会社みなとBPOサポート" not in dot and "有限会社さくらパンチ" in dot
    assert 'PORT="w8"' in dot  # 渡辺 久美子, worker 8, on her own row


def test_reads_standard_input(tmp_path):
    out = tmp_path / "chain.dot"
    result = run("render", "-", "-o", str(out), input=Path(FAULTY).read_text("utf-8"))
    assert result.exit_code == 0, result.output
    assert "青葉市" in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-o", "chain.gif"], ".svg"),
        (["-o", "chain.dot", "--branch", "nobody"], "nobody"),
        (["-o", "chain.dot", "--profile", "999"], "999: "),
    ],
)
def test_bad_options_exit_2(tmp_path, monkeypatch, args, needle):
    monkeypatch.chdir(tmp_path)
    result = run("render", FAULTY, *args)
    assert result.exit_code == 2
    assert needle in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())


def test_bad_input_exit_2_with_located_problems(tmp_path):
    bad = ROOT / "tests/data/cli/invalid.json"
    result = run("render", str(bad), "-o", str(tmp_path / "x.svg"))
    assert result.exit_code == 2
    assert "/workers/0/count" in result.output and "Traceback" not in result.output
    missing = run("render", str(tmp_path / "none.json"), "-o", str(tmp_path / "x.svg"))
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_no_dot_exit_2(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = run("render", FAULTY, "-o", str(tmp_path / "x.svg"), "--lang", "en")
    assert result.exit_code == 2
    assert "Graphviz" in result.output and not (tmp_path / "x.svg").exists()


@pytest.mark.render
def test_no_japanese_font_exit_2(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "japanese_fonts", lambda: [])
    result = run("render", FAULTY, "-o", str(tmp_path / "x.png"))
    assert result.exit_code == 2
    assert "日本語フォント" in result.output and not (tmp_path / "x.png").exists()


@pytest.mark.render
@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_each_format_is_written(tmp_path, suffix):
    out = tmp_path / f"chain.{suffix}"
    result = run("render", FAULTY, "-o", str(out))
    assert result.exit_code == 0, result.output
    head = out.read_bytes()[:8]
    assert head.startswith({"svg": b"<?xml", "png": b"\x89PNG", "pdf": b"%PDF"}[suffix])


def test_every_option_has_help():
    command = typer.main.get_command(app).commands["render"]
    for param in command.params:
        if param.param_type_name == "option":
            assert (param.help or "").strip(), param.name
