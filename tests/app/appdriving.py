"""Driving the app in AppTest: the landing page, uploads, edits, and reading what the app serves."""

from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path
from urllib.parse import urlparse

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
#: Where the findings page keeps the DOT text of its diagram (chain_app.diagram_view._DOT).
DIAGRAM_DOT = "_with-result-diagram-dot"
APP = ROOT / "streamlit_app.py"
SAMPLE = ROOT / "sample_data" / "000" / "compliant.json"
FORMULA = '=HYPERLINK("http://example.invalid/x","click")'
LOAD = "chain_app/pages/load.py"
EDIT = "chain_app/pages/edit.py"
CHECK = "chain_app/pages/check.py"
INCIDENT = "chain_app/pages/incident.py"


def downloaded(at: AppTest, served: dict[str, bytes], key: str) -> bytes:
    """The bytes behind the download button ``key`` (made now if the button makes them
    when clicked)."""
    button = at.get_by_key(key).proto
    if button.deferred_file_id:
        return served[button.deferred_file_id]()  # type: ignore[operator]
    file_id = Path(urlparse(button.url).path).stem
    return served[file_id]


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    """Upload a file on the landing page and run the app."""
    at.file_uploader(key="upload").set_value((name, data, "application/json"))
    return at.run()


def open_sample(at: AppTest) -> AppTest:
    at.button(key="open-sample").click()
    return at.run()


def finding_codes(at: AppTest) -> list[str]:
    frame = at.get_by_key("findings-table").dataframe[0].value
    return list(frame.iloc[:, 1])


def diagram_dot(at: AppTest) -> str:
    """The DOT source of the diagram the page shows: the one the browser is sent to lay
    out, or, where ``dot`` lays it out on the server, the one the page's SVG was drawn
    from (``test_the_page_shows_the_svg_of_its_dot`` shows the two agree)."""
    shown = diagram_element(at)
    if shown.type == "graphviz_chart":
        return shown.proto.spec
    assert "data:image/svg+xml;base64," in shown.proto.body
    return at.session_state[DIAGRAM_DOT][3]


def diagram_element(at: AppTest):
    """The element the page draws its diagram with (an HTML image, or a graphviz chart)."""
    (inner,) = at.get_by_key("diagram").children.values()
    (shown,) = inner.children.values()
    assert shown.type in ("html", "graphviz_chart"), shown.type
    return shown


def diagram_text(at: AppTest) -> str:
    """What the diagram the page shows says: the text of the SVG drawn on the server, or
    the DOT source the browser lays out."""
    shown = diagram_element(at)
    return shown.proto.spec if shown.type == "graphviz_chart" else diagram_svg(shown.proto.body)


def diagram_svg(body: str, *, unescape: bool = True) -> str:
    """The SVG of the page's diagram (chain_app.diagram_view.page_svg): its text
    unescaped, or as it is (XML) with ``unescape=False``."""
    found = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', body)
    assert found is not None, body[:200]
    svg = base64.b64decode(found.group(1)).decode("utf-8")
    return html.unescape(svg) if unescape else svg


def edit_table(at: AppTest, table: str, edited=None, added=None, deleted=None) -> AppTest:
    """Give a table editor edits in the form the browser reports them, and run.

    Set through ``at.session_state``, so the editor's callback does not run: the page stores
    the edits from the table the editor returns. :func:`send_edit` runs the callback.
    """
    at.session_state[f"ed-{table}"] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": deleted or [],
    }
    return at.run()


def send_edit(
    at: AppTest,
    table: str,
    edited=None,
    added=None,
    deleted=None,
    *,
    page: str | None = None,
    lang: str | None = None,
) -> AppTest:
    """Send a table editor's edits as the browser does, and run.

    As a widget state, not through ``at.session_state``, so that the editor's callback runs
    as in the browser. ``page`` or ``lang`` is the click that committed the edit, arriving in
    the same run: a page in the navigation, or the language switch. AppTest has no public
    way to send an editor's state, hence its tree's widget states and ``_run``.
    """
    editor = at.data_editor(key=f"ed-{table}")
    if lang is not None:
        at.radio(key="lang").set_value(lang)
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = editor.proto.id
    state.string_value = json.dumps(
        {
            "edited_rows": {str(i): cells for i, cells in (edited or {}).items()},
            "added_rows": added or [],
            "deleted_rows": deleted or [],
        }
    )
    if page is not None:
        at.switch_page(page)
    return at._run(states)


def editor_rows(at: AppTest, table: str) -> list[dict]:
    """The rows a table editor shows: the table it was given, with the edits it holds."""
    rows = at.data_editor(key=f"ed-{table}").value.to_dict("records")
    held = at.session_state.get(f"ed-{table}") or {}
    for i, cells in (held.get("edited_rows") or {}).items():
        rows[int(i)].update(cells)
    gone = {int(i) for i in held.get("deleted_rows") or []}
    return [r for i, r in enumerate(rows) if i not in gone] + [
        dict(r) for r in held.get("added_rows") or []
    ]
