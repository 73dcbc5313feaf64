"""The app says its labels in the words of the open chain's template (issue 14 point 1):
001's 甲 and 乙 on the incident page and in the diagram, back to 市 for a 000 chain."""

from __future__ import annotations

from appdriving import ROOT, diagram_text, open_sample, upload

INCIDENT = "chain_app/pages/incident.py"


def _texts(at) -> str:
    return " ".join(
        [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    )


def test_labels_follow_the_open_chains_template(app):
    data = (ROOT / "sample_data/001/compliant.json").read_bytes()
    upload(app, "001.json", data)
    app.switch_page(INCIDENT).run()
    assert not app.exception
    said = _texts(app)
    assert "どの条項で甲に責任を負うか" in said
    assert "どの条項で発注者に責任を負うか" not in said
    # Another template's chain: its own words.
    app.switch_page("chain_app/pages/load.py").run()
    open_sample(app)  # the 000 sample: 市
    app.switch_page(INCIDENT).run()
    assert "どの条項で市に責任を負うか" in _texts(app)


def test_the_apps_diagram_uses_the_templates_words(app):
    data = (ROOT / "sample_data/001/compliant.json").read_bytes()
    upload(app, "001.json", data)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("hikari").run()
    assert not app.exception
    assert "1次 乙（委託）" in diagram_text(app)
