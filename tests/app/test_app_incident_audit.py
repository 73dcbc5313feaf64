"""The incident page's audit table: whom the municipality may audit, tier by tier."""

from __future__ import annotations

import json

from appdriving import ROOT, diagram_text, open_sample, upload

from chain_app.i18n import MESSAGES

INCIDENT = "chain_app/pages/incident.py"


def _audit(app) -> list[tuple[str, int, str, str]]:
    frame = app.get_by_key("incident-audit").dataframe[0].value
    return [tuple(row) for row in frame.iloc[:, :4].itertuples(index=False)]


def test_the_incident_page_lists_whom_the_city_may_audit_under_000(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("hokuto").run()
    assert not app.exception
    # Said in the words of 000: 市.
    assert "市が監査できる相手" in [h.value for h in app.subheader]
    assert _audit(app) == [
        (
            "株式会社みなとデータサービス",
            1,
            "直接（発注者が監査できる）",
            "000 第11第1項（監査及び検査）",
        ),
        (
            "北斗入力センター株式会社",
            2,
            "直接（発注者が監査できる）",
            "000 第11第1項（監査及び検査）",
        ),
        (
            "有限会社さくらパンチ",
            3,
            "受託者を通じてだけ（義務の承継と監督）",
            "000 第6第3項（再委託の禁止）、000 第6第5項（再委託の禁止）",
        ),
    ]
    frame = app.get_by_key("incident-audit").dataframe[0].value
    assert "第11は受託者と再委託先だけ" in frame.iloc[2, 4]


def test_003_audit_is_a_duty_and_english_switches(app):
    doc = json.loads((ROOT / "sample_data/003/compliant.json").read_text("utf-8"))
    upload(app, "003.json", json.dumps(doc, ensure_ascii=False).encode())
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("mikajima").run()
    assert not app.exception
    assert [r[2] for r in _audit(app)] == ["直接（発注者が監査できる）"] * 2
    assert any("発注者の義務" in c.value for c in app.caption)
    app.radio(key="lang").set_value("en").run()
    assert MESSAGES["incident.audit"].en in [h.value for h in app.subheader]
    rows = _audit(app)
    assert rows[0][2] == "direct (the municipality may audit it)"
    assert rows[0][3].startswith("003 art. 17(1)")
    assert any("a duty of the municipality" in c.value for c in app.caption)


def test_the_diagram_marks_whom_the_city_may_audit_when_asked(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("sakura").run()
    assert "監査: 直接" not in diagram_text(app)
    app.toggle(key="dg-audit").set_value(True).run()
    assert not app.exception
    dot = diagram_text(app)
    assert "監査: 直接: 000 第11第1項" in dot
    assert "監査: 受託者を通じて: 000 第6第3項" in dot
    assert "事故発生" in dot  # the incident overlay stays
