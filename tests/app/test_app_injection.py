"""The injection corpus in the app: shown as text, never as markup, and kept exactly.

One chain names a subcontractor (and a worker) after every payload of
``tests/data/injection.txt``; the check, incident, compare and edit pages and
the downloads are inspected.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from appdriving import APP, diagram_svg, downloaded, upload
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.injection import HIDDEN, HIDDEN_NAMES, PAYLOADS, SAMPLE, hidden_chain, hidden_pattern

from chain.report.spreadsheet import FORMULA_PREFIXES
from chain.text import visible

# Markdown that would turn into a link, an image or a colour if it reached the renderer.
_LIVE_MARKUP = re.compile(r"(?<!\\)\]\(|(?<!\\)!\[|(?<!\\):red\[|(?<!\\)<(script|img|svg)")


# The app itself puts a word joiner (U+2060) into URLs and addresses so that Markdown does not
# link them (chain_app.text.md), and writes its own Markdown in lines; any other invisible
# character is the submitter's, raw (a submitted U+2060 or line break is shown as <U+2060>
# or <U+000A> before the app adds its own).
_RAW = hidden_pattern("\u2060\n")


def _payload_doc(names: list[str] = PAYLOADS) -> dict:
    doc = json.loads(json.dumps(SAMPLE))
    for i, payload in enumerate(names):
        doc["parties"].append({"id": f"inj{i}", "kind": "company", "name": payload})
        doc["delegations"].append(
            {"id": f"d-inj{i}", "delegator": "minato", "delegate": f"inj{i}", "reason": payload}
        )
        doc["workers"].append(
            {
                "id": f"w-inj{i}",
                "name": payload,
                "party": "minato",
                "employment": "regular",
                "trained_on": "2025-03-25",
            }
        )
    return doc


def _shown_texts(at) -> list[str]:
    """Every text the app renders as Markdown on the current page."""
    out = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "success",
        "info",
        "warning",
        "error",
    ):
        out += [str(e.value) for e in getattr(at, kind)]
    out += [str(b.label) for b in at.button]
    return out


def _assert_inert(at) -> None:
    assert not at.exception
    for text in _shown_texts(at):
        assert not _RAW.search(text), text
        assert not _LIVE_MARKUP.search(text), text


@pytest.fixture
def loaded(app):
    upload(app, "payloads.json", json.dumps(_payload_doc(), ensure_ascii=False).encode())
    return app


def test_check_page_shows_payloads_as_data(loaded, downloads):
    _assert_inert(loaded)
    frame = loaded.get_by_key("findings-table").dataframe[0].value
    cells = " ".join(str(v) for v in frame.to_numpy().ravel())
    for payload in PAYLOADS:
        assert visible(payload) in cells
    rows = list(
        csv.reader(
            io.StringIO(
                downloaded(loaded, downloads, "download-csv").decode("utf-8-sig"), newline=""
            )
        )
    )
    assert len(rows) == len(frame) + 1
    assert not any(c.startswith(FORMULA_PREFIXES) for r in rows for c in r)
    book = openpyxl.load_workbook(io.BytesIO(downloaded(loaded, downloads, "download-xlsx")))
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            assert not str(cell.value or "").startswith(FORMULA_PREFIXES)
    # The chain downloaded back is the chain uploaded, byte for byte in meaning.
    assert json.loads(downloaded(loaded, downloads, "download-chain")) == _payload_doc()


def test_finding_detail_escapes_markup(loaded):
    frame = loaded.get_by_key("findings-table").dataframe[0].value
    text = frame.astype(str).agg(" ".join, axis=1)
    # The rows quoting a link, an image, a script tag and a direction mark.
    rows = [
        next(i for i, t in enumerate(text) if needle in t)
        for needle in ("](javascript", "![外部画像]", "<script>", "<U+202E>")
    ]
    for i in rows:
        loaded.session_state["findings-select"] = {"selection": {"rows": [i], "columns": []}}
        loaded.run()
        _assert_inert(loaded)
        detail = " ".join(m.value for m in loaded.get_by_key("finding-detail").markdown)
        assert frame.iloc[i, 1] in detail  # the code of the selected finding is shown


def test_incident_page_names_payload_parties_inertly(loaded):
    loaded.switch_page("chain_app/pages/incident.py").run()
    _assert_inert(loaded)
    options = loaded.selectbox(key="incident-at").options
    assert not any(HIDDEN.search(o) for o in options)
    for i in (PAYLOADS.index(p) for p in PAYLOADS if re.search(r"[<\[\]\x00-\x1f\u202e]", p)):
        loaded.selectbox(key="incident-at").set_value(f"inj{i}").run()
        _assert_inert(loaded)
        caps = loaded.get_by_key("incident-capacities").dataframe[0].value
        assert visible(PAYLOADS[i]) in " ".join(str(v) for v in caps.to_numpy().ravel())


def test_compare_page_is_inert(loaded):
    loaded.switch_page("chain_app/pages/compare.py").run()
    _assert_inert(loaded)


def test_edit_tables_keep_the_exact_text(loaded):
    loaded.switch_page("chain_app/pages/edit.py").run()
    _assert_inert(loaded)
    frames = [d.value for d in loaded.dataframe]
    cells = {v for f in frames for v in f.to_numpy().ravel() if isinstance(v, str)}
    assert set(PAYLOADS) <= cells  # what was typed is what is edited


_SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def _diagram_shape(at) -> list[tuple]:
    """What each diagram the page draws is made of: the elements of the SVG ``dot`` laid
    out (chain_app.diagram_view) and their attribute names, or where the browser lays it
    out, what Graphviz reads from the DOT (objects, edges, attribute names)."""
    shapes: list[tuple] = []
    for shown in at.get("html"):
        if "chain-diagram" not in shown.proto.body:
            continue
        root = ElementTree.fromstring(diagram_svg(shown.proto.body, unescape=False).encode("utf-8"))
        kinds = [(e.tag, tuple(sorted(e.attrib))) for e in root.iter()]
        # A long name is wrapped onto more lines of text: lines are counted by kind only.
        lines = sorted({k for k in kinds if k[0] == _SVG_TEXT})
        shapes.append((sorted(k for k in kinds if k[0] != _SVG_TEXT), lines))
    layout = {"_gvid", "nodes", "edges", "subgraphs"}
    for chart in at.get("graphviz_chart"):
        done = subprocess.run(
            ["dot", "-Tjson0"],
            input=chart.proto.spec.encode("utf-8"),
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        doc = json.loads(done.stdout)
        shapes.append(
            (
                sorted((o["name"], tuple(sorted(set(o) - layout))) for o in doc.get("objects", [])),
                sorted(
                    (e["tail"], e["head"], tuple(sorted(set(e) - layout)))
                    for e in doc.get("edges", [])
                ),
            )
        )
    return shapes


@pytest.mark.render
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")
def test_diagram_of_payloads_has_the_shape_of_plain_names(loaded):
    shown = _diagram_shape(loaded)
    assert shown  # the check page draws the chain
    plain = [f"会社{i}" for i in range(len(PAYLOADS))]
    other = AppTest.from_file(str(APP), default_timeout=60).run()
    upload(other, "plain.json", json.dumps(_payload_doc(plain), ensure_ascii=False).encode())
    assert shown == _diagram_shape(other)


def _cells(frame) -> list[str]:
    return [str(v) for v in frame.to_numpy().ravel()]


def test_every_hidden_character_is_shown_in_the_app(app, downloads):
    """The whole class of invisible characters as names (tests/support/injection.py): every table,
    the finding's detail, the checklist, the downloads and the incident page show each as
    its code point and none raw; the chain downloaded back holds them exactly."""
    doc = hidden_chain()
    # The checklist lists a delegation's documents with their references.
    doc["delegations"][0]["documents"][0]["reference"] = HIDDEN_NAMES[0]
    upload(app, "hidden.json", json.dumps(doc, ensure_ascii=False).encode())
    _assert_inert(app)
    frame = app.get_by_key("findings-table").dataframe[0].value
    cells = _cells(frame)
    assert not any(HIDDEN.search(c) for c in cells)
    for name in HIDDEN_NAMES:
        assert any(visible(name) in c for c in cells)
    app.segmented_control(key="cl-show").set_value("all").run()  # the first delegation's list
    checklist = _cells(app.get_by_key("checklist-0").dataframe[0].value)
    assert not any(HIDDEN.search(c) for c in checklist)
    assert any(visible(HIDDEN_NAMES[0]) in c for c in checklist)
    # The detail of a CHN012 finding, in Markdown.
    row = next(i for i, code in enumerate(frame.iloc[:, 1]) if code == "CHN012")
    app.session_state["findings-select"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    _assert_inert(app)
    rows = list(
        csv.reader(
            io.StringIO(downloaded(app, downloads, "download-csv").decode("utf-8-sig"), newline="")
        )
    )
    assert not any(HIDDEN.search(c) for r in rows for c in r)
    book = openpyxl.load_workbook(io.BytesIO(downloaded(app, downloads, "download-xlsx")))
    assert not any(HIDDEN.search(str(c.value or "")) for r in book.active.iter_rows() for c in r)
    assert json.loads(downloaded(app, downloads, "download-chain")) == doc
    app.switch_page("chain_app/pages/incident.py").run()
    _assert_inert(app)
    options = app.selectbox(key="incident-at").options
    assert not any(HIDDEN.search(o) for o in options)
    app.selectbox(key="incident-at").set_value("hid0").run()
    _assert_inert(app)
    caps = app.get_by_key("incident-capacities").dataframe[0].value
    assert visible(HIDDEN_NAMES[0]) in " ".join(_cells(caps))


def test_markdown_in_names_shows_literally(app):
    """A name written as Markdown (a link, bold, code) is shown as those characters."""
    doc = _payload_doc(["[click](http://evil.invalid)", "**太字** `x`"])
    upload(app, "markdown.json", json.dumps(doc, ensure_ascii=False).encode())
    _assert_inert(app)
    frame = app.get_by_key("findings-table").dataframe[0].value
    text = frame.astype(str).agg(" ".join, axis=1)
    row = next(i for i, t in enumerate(text) if "**太字**" in t)
    app.session_state["findings-select"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    detail = " ".join(m.value for m in app.get_by_key("finding-detail").markdown)
    assert r"\*\*太字\*\*" in detail and r"\`x\`" in detail
