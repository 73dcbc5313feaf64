"""The chain diagram on the findings page: layout choices and the diagram downloads."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest
from appdriving import (
    FORMULA,
    ROOT,
    diagram_dot,
    diagram_element,
    diagram_svg,
    downloaded,
    open_sample,
    upload,
)
from streamlit.testing.v1 import AppTest

from chain.diagram import export
from chain.diagram.escape import quoted
from chain.diagram.words import STATUS_WORDS

NAMES = (
    "青葉市",
    "株式会社みなとデータサービス",
    "北斗入力センター株式会社",
    "有限会社さくらパンチ",
)


_dot = diagram_dot


def test_diagram_sits_between_summary_and_findings(app):
    open_sample(app)
    assert not app.exception
    dot = _dot(app)
    for name in NAMES:
        assert name in dot
    assert 'rankdir="TB"' in dot and "再々委託" in dot and "TIR001" in dot
    headers = [h.value for h in app.subheader]
    assert headers.index("体制図") < headers.index("指摘事項")


def test_layout_choices_redraw_the_diagram(app):
    open_sample(app)
    app.get("segmented_control")[0].set_value("LR").run()
    assert 'rankdir="LR"' in _dot(app)
    app.toggle(key="dg-collapse").set_value(False).run()
    assert 'PORT="w0"' in _dot(app)
    app.selectbox(key="dg-branch").set_value("").run()
    app.selectbox(key="dg-max-tier").set_value(1).run()
    dot = _dot(app)
    assert "北斗入力センター株式会社" not in dot and "ほか 2社（再委託以下）" in dot


def test_branch_shows_one_part_of_the_chain(app):
    upload(app, "faulty.json", (ROOT / "sample_data/000/faulty.json").read_bytes())
    assert "株式会社みなとBPOサポート" in _dot(app)
    app.selectbox(key="dg-branch").set_value("sakura").run()
    dot = _dot(app)
    assert "有限会社さくらパンチ" in dot and "株式会社こまちオフィス" in dot
    assert "株式会社みなとBPOサポート" not in dot


def test_diagram_shows_missing_consent(app, faulty_doc):
    upload(app, "faulty.json", json.dumps(faulty_doc, ensure_ascii=False).encode())
    dot = _dot(app)
    assert STATUS_WORDS["missing"].ja in dot and "DLG001" in dot
    # The formula typed as a name is text: XML-escaped in the label, whole in the tooltip.
    assert "=HYPERLINK(&quot;http://examp" in dot
    assert 'tooltip="' + quoted(FORMULA) + "\\nid: hokuto" in dot


def test_english_diagram(app):
    open_sample(app)
    app.session_state["lang"] = "en"
    app.run()
    assert "sub-subcontract (tier 3)" in _dot(app)


def test_branch_choice_resets_when_another_chain_opens(app, sample_doc):
    open_sample(app)
    app.selectbox(key="dg-branch").set_value("sakura").run()
    sample_doc["parties"] = [p for p in sample_doc["parties"] if p["id"] != "sakura"]
    sample_doc["delegations"] = [d for d in sample_doc["delegations"] if d["delegate"] != "sakura"]
    sample_doc["workers"] = [w for w in sample_doc["workers"] if w["party"] != "sakura"]
    sample_doc["places"] = [p for p in sample_doc["places"] if p["party"] != "sakura"]
    app.switch_page("chain_app/pages/load.py").run()
    upload(app, "other.json", json.dumps(sample_doc, ensure_ascii=False).encode())
    assert not app.exception
    assert app.selectbox(key="dg-branch").value == ""
    assert "青葉市" in _dot(app)


@pytest.mark.render
def test_diagram_downloads(app, downloads):
    open_sample(app)
    dot = downloaded(app, downloads, "download-dot").decode("utf-8")
    assert dot == _dot(app)
    svg = ET.fromstring(downloaded(app, downloads, "download-svg"))
    texts = "".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    for name in NAMES:
        assert name in texts
    assert downloaded(app, downloads, "download-png").startswith(b"\x89PNG")
    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(downloaded(app, downloads, "download-pdf")))
    assert "有限会社さくらパンチ" in pdf.pages[0].extract_text()


@pytest.mark.render
def test_download_follows_the_layout_shown(app, downloads):
    open_sample(app)
    app.get("segmented_control")[0].set_value("LR").run()
    assert 'rankdir="LR"' in downloaded(app, downloads, "download-dot").decode("utf-8")


def test_without_dot_only_the_dot_file_is_offered(app, monkeypatch):
    monkeypatch.setattr(export, "dot_program", lambda: None)
    open_sample(app)
    keys = {b.key for b in app.get("download_button")}
    assert "download-dot" in keys
    assert not keys & {"download-svg", "download-png", "download-pdf"}
    messages = [i.value for i in app.info]
    assert export.DotMissing().message.ja in messages


@pytest.mark.render
def test_without_a_japanese_font_png_and_pdf_are_not_offered(app, monkeypatch):
    monkeypatch.setattr(export, "japanese_fonts", lambda: [])
    open_sample(app)
    keys = {b.key for b in app.get("download_button")}
    assert {"download-dot", "download-svg"} <= keys
    assert not keys & {"download-png", "download-pdf"}
    assert export.FontMissing().message.ja in [i.value for i in app.info]


def test_diagram_section_takes_an_assessment():
    """The section the incident page can reuse: the overlay reaches the chart."""
    script = (
        "from chain.validate import validate_path\n"
        "from chain.liability import assess\n"
        "from chain_app.diagram_view import diagram\n"
        f"report = validate_path({str(ROOT / 'sample_data/002/faulty.json')!r}).report\n"
        "diagram(report, assess(report.graph, report.profile, 'netops',"
        " findings=report.findings))\n"
    )
    at = AppTest.from_string(script, default_timeout=60).run()
    assert not at.exception
    dot = _dot(at)
    assert "連帯して責任を負う範囲" in dot and "事故発生" in dot


def test_diagram_follows_edits_and_keeps_between_reruns(app):
    open_sample(app)
    before = _dot(app)
    app.run()  # a rerun with nothing changed draws the same diagram
    assert _dot(app) == before
    app.switch_page("chain_app/pages/edit.py").run()
    app.session_state["ed-parties"] = {
        "edited_rows": {2: {"name": "北斗入力センター株式会社（商号変更）"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.switch_page("chain_app/pages/check.py").run()
    after = _dot(app)
    assert "北斗入力センター株式会社（商号変更）" in after and after != before
    app.get("segmented_control")[0].set_value("LR").run()
    assert 'rankdir="LR"' in _dot(app) and "（商号変更）" in _dot(app)


@pytest.mark.render
def test_the_page_shows_the_svg_of_its_dot(app):
    """Where the server has dot, the page shows the SVG dot lays out from the diagram's
    DOT text, as an image: nothing in it runs, no outside font or file is asked for."""
    from chain_app.diagram_view import page_svg

    open_sample(app)
    shown = diagram_element(app)
    assert shown.type == "html"
    assert shown.proto.body == page_svg(export.render(_dot(app), "svg"))
    svg = diagram_svg(shown.proto.body, unescape=False)
    root = ET.fromstring(svg.encode("utf-8"))
    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for name in NAMES:
        assert name in texts
    tags = {e.tag.rsplit("}", 1)[-1] for e in root.iter()}
    assert not tags & {"script", "foreignObject", "image", "style"}
    assert "http" not in "".join(
        v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href")
    )
    assert 'font-family="Noto Sans CJK JP,' in svg  # with fonts to fall back on


@pytest.mark.render
def test_actual_size_scrolls_instead_of_shrinking(app):
    open_sample(app)
    assert "width:100%" in diagram_element(app).proto.body
    app.get("segmented_control")[1].set_value("natural").run()
    body = diagram_element(app).proto.body
    assert "max-height:80vh" in body and "max-width:none" in body


def _large_chain() -> bytes:
    from chain.testing.spec import Spec
    from chain.testing.synthetic import generate

    return generate(Spec(parties=120, fault_rate=0.02, seed=3)).to_bytes()


def test_a_large_chain_opens_down_to_tier_2_and_a_small_one_whole(app):
    upload(app, "large.json", _large_chain())
    app.switch_page("chain_app/pages/check.py").run()
    assert app.selectbox(key="dg-max-tier").value == 2
    assert any("2 次までを表示" in c.value for c in app.caption)
    app.switch_page("chain_app/pages/load.py").run()
    upload(app, "sample.json", (ROOT / "sample_data/000/compliant.json").read_bytes())
    app.switch_page("chain_app/pages/check.py").run()
    assert app.selectbox(key="dg-max-tier").value == 0  # the small chain is shown whole


def test_without_dot_a_large_chain_is_not_laid_out_left_to_right_in_the_browser(app, monkeypatch):
    monkeypatch.setattr(export, "dot_program", lambda: None)
    upload(app, "large.json", _large_chain())
    app.switch_page("chain_app/pages/check.py").run()
    app.selectbox(key="dg-max-tier").set_value(0).run()
    assert diagram_element(app).type == "graphviz_chart"  # top to bottom: the browser draws it
    app.get("segmented_control")[0].set_value("LR").run()
    assert not app.get("graphviz_chart")
    assert any("左から右に描けません" in i.value for i in app.info)
    app.selectbox(key="dg-max-tier").set_value(1).run()  # a few parties: drawn
    assert diagram_element(app).type == "graphviz_chart"


def test_diagram_and_filter_choices_outlive_a_visit_to_another_page(app):
    open_sample(app)
    app.get("segmented_control")[0].set_value("LR").run()
    app.toggle(key="dg-collapse").set_value(False).run()
    app.selectbox(key="dg-max-tier").set_value(2).run()
    app.multiselect(key="flt-severity").set_value(["info"]).run()
    for page in ("chain_app/pages/edit.py", "chain_app/pages/incident.py"):
        app.switch_page(page).run()
        app.switch_page("chain_app/pages/check.py").run()
        assert app.get("segmented_control")[0].value == "LR"
        assert app.toggle(key="dg-collapse").value is False
        assert app.selectbox(key="dg-max-tier").value == 2
        assert app.multiselect(key="flt-severity").value == ["info"]
        assert 'rankdir="LR"' in _dot(app)


def test_the_chain_as_a_table_lists_each_delegation_under_its_delegator(app):
    """Beside the drawing, the 体制一覧 table: the contract and each delegation, depth
    first, indented by tier, with the findings about each; closed on a small chain."""
    upload(app, "faulty.json", (ROOT / "sample_data/000/faulty.json").read_bytes())
    (box,) = [e for e in app.expander if e.label.startswith("体制一覧（表）")]
    assert not box.proto.expanded
    frame = app.get_by_key("overview-table").dataframe[0].value
    names = list(frame.iloc[:, 0])
    assert names[:4] == [
        "株式会社みなとデータサービス",
        "　北斗入力センター株式会社",
        "　　有限会社さくらパンチ",
        "　　　株式会社こまちオフィス",
    ]
    assert list(frame.iloc[:4, 1]) == [
        "1次（委託）",
        "2次（再委託）",
        "3次（再々委託）",
        "4次（4次委託）",
    ]
    codes = dict(zip(names, frame.iloc[:, 4], strict=True))
    assert "DLG002" in codes["　北斗入力センター株式会社"]


def test_a_large_chain_opens_with_its_table(app):
    data = _large_chain()
    upload(app, "large.json", data)
    app.switch_page("chain_app/pages/check.py").run()
    (box,) = [e for e in app.expander if e.label.startswith("体制一覧（表）")]
    assert box.proto.expanded
    frame = app.get_by_key("overview-table").dataframe[0].value
    assert len(frame) == len(json.loads(data)["delegations"]) + 1  # and the contract
