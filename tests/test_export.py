"""Rendering diagrams: SVG, PNG and PDF with Japanese text; missing dot or font; injection."""

from __future__ import annotations

import io
import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_diagram_escape import CORPUS, hostile_doc

from chain.check.engine import check_chain
from chain.diagram import DiagramOptions, build_dot, export
from chain.diagram.escape import clean
from chain.diagram.export import DotMissing, FontMissing, format_for, missing_for, render
from chain.format.read import parse_chain
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"


def _report(path: str = "sample_data/000/faulty.json"):
    chain = parse_chain((ROOT / path).read_bytes())
    return check_chain(chain, load_profile(chain.contract.template))


@pytest.fixture(scope="module")
def faulty_dot() -> str:
    rep = _report()
    return build_dot(rep.graph, findings=rep.findings)


def _node_texts(svg: bytes) -> dict[str, str]:
    """Text of each SVG group by its id (party-N, edge-N, ...), lines joined."""
    root = ET.fromstring(svg)
    out = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("id"):
            out[g.get("id")] = "".join(t.text or "" for t in g.iter(f"{SVG}text"))
    return out


def test_dot_format_is_the_text_itself(faulty_dot):
    assert render(faulty_dot, "dot") == faulty_dot.encode("utf-8")


def test_format_from_the_file_name():
    assert format_for("out.SVG") == "svg" and format_for("a.b.pdf") == "pdf"
    assert format_for("out.gif") is None and format_for("out") is None
    with pytest.raises(ValueError):
        render("digraph {}", "gif")  # type: ignore[arg-type]


@pytest.mark.render
def test_svg_has_the_japanese_names_as_text(faulty_dot):
    svg = render(faulty_dot, "svg")
    texts = _node_texts(svg)
    rep = _report()
    for party in rep.chain.parties:
        assert party.name in texts[f"party-{rep.graph.party_index[party.id]}"]
    assert "再委託" in texts["edge-0"] and "DLG002" in texts["edge-0"]


@pytest.mark.render
def test_png_is_produced(faulty_dot):
    png = render(faulty_dot, "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert 800 < width < 6000 and 800 < height < 8000


@pytest.mark.render
def test_pdf_embeds_a_japanese_font(faulty_dot):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render(faulty_dot, "pdf")))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", []):
                descriptor = desc.get_object()["/FontDescriptor"].get_object()
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    fonts.add(str(descriptor["/FontName"]))
    assert any("CJK" in f for f in fonts), fonts
    text = reader.pages[0].extract_text()
    assert "北斗入力センター株式会社" in text and "再々委託" in text


@pytest.mark.render
@pytest.mark.parametrize("name", CORPUS)
def test_hostile_names_never_become_svg_markup(name):
    doc = hostile_doc(name)
    chain = parse_chain(json.dumps(doc, ensure_ascii=False).encode())
    rep = check_chain(chain, load_profile("000"))
    dot = build_dot(
        rep.graph, findings=rep.findings, options=DiagramOptions(collapse_workers=False)
    )
    svg = render(dot, "svg")
    root = ET.fromstring(svg)  # well-formed XML
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert tags <= {
        "svg",
        "g",
        "title",
        "text",
        "path",
        "polygon",
        "ellipse",
        "polyline",
        "a",
        "{http://www.w3.org/1999/xlink}a",
    }, tags
    for el in root.iter():
        assert not any(k.lower().startswith("on") for k in el.attrib), el.attrib
    texts = _node_texts(svg)
    municipality = rep.graph.party_index["city"]
    shown = texts[f"party-{municipality}"].replace(" ", "")
    assert clean(name).replace(" ", "")[:8] in shown


def test_missing_dot_is_reported(monkeypatch, faulty_dot, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    for fmt in ("svg", "png", "pdf"):
        assert isinstance(missing_for(fmt), DotMissing)
        with pytest.raises(DotMissing) as exc:
            render(faulty_dot, fmt)  # type: ignore[arg-type]
        assert "Graphviz" in exc.value.message.en and "Graphviz" in exc.value.message.ja
    assert render(faulty_dot, "dot") == faulty_dot.encode()


@pytest.mark.render
def test_missing_japanese_font_is_reported_not_drawn_as_boxes(monkeypatch, faulty_dot):
    monkeypatch.setattr(export, "japanese_fonts", lambda: [])
    for fmt in ("png", "pdf"):
        with pytest.raises(FontMissing):
            render(faulty_dot, fmt)  # type: ignore[arg-type]
    assert render(faulty_dot, "svg").startswith(b"<?xml")  # the viewer's fonts draw SVG text


@pytest.mark.render
def test_font_probe_finds_the_installed_japanese_font():
    fonts = export.japanese_fonts()
    assert fonts, "the set-up installs fonts-noto-cjk"
    assert any("CJK" in f or "Gothic" in f or "Mincho" in f for f in fonts)


def test_without_fontconfig_png_is_refused(monkeypatch):
    monkeypatch.setattr(export, "dot_program", lambda: "/usr/bin/dot")
    monkeypatch.setattr(export.shutil, "which", lambda name: None)
    assert export.japanese_fonts() is None
    assert isinstance(missing_for("png"), FontMissing)
