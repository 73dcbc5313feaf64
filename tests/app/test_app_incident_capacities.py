"""The incident page shows a profile's declared capacities: their labels, clauses and
reasoning (a profile file checked as the app checks a built-in one)."""

from __future__ import annotations

import pytest
from appdriving import INCIDENT, ROOT, open_sample

from chain.profiles.load import builtin_profile_ids, load_profile
from chain_app import sidebar, state

PROFILE = ROOT / "tests" / "data" / "profiles" / "capacities.toml"
PID = "capacities-example"


@pytest.fixture
def with_profile(monkeypatch):
    """The app offering the test profile beside the built-in ones (it lists only those)."""
    ids = [*builtin_profile_ids(), PID]
    check = state.check_document

    def check_document(doc, template, **kwargs):
        return check(doc, load_profile(PROFILE) if template == PID else template, **kwargs)

    monkeypatch.setattr(state, "builtin_profile_ids", lambda: ids)
    monkeypatch.setattr(sidebar, "builtin_profile_ids", lambda: ids)
    monkeypatch.setattr(state, "check_document", check_document)


def _incident(app, at: str):
    open_sample(app)
    app.selectbox(key=state.TEMPLATE_KEY).set_value(PID).run()
    app.switch_page(INCIDENT).run()
    assert not app.exception
    app.selectbox(key="incident-at").set_value(at).run()
    assert not app.exception
    return app.get_by_key("incident-capacities").dataframe[0].value


def test_deemed_own_capacity_on_the_incident_page(app, with_profile):
    frame = _incident(app, "hokuto")
    rows = list(zip(frame.iloc[:, 1], frame.iloc[:, 2], strict=True))
    assert (
        "再委託先の行為を自らの行為とみなす責任",
        "capacities-example 第6第3項（再委託の禁止）",
    ) in rows
    assert all("再委託契約の内容にかかわらず" not in c for c, _b in rows)
    reasoning = " ".join(e.label for e in app.expander)
    assert "再委託先の行為を自らの行為とみなす責任" in reasoning
    assert any("みなされます" in m.value for m in app.markdown)


def test_all_responsibility_and_own_capacity_on_the_incident_page(app, with_profile):
    frame = _incident(app, "sakura")
    assert "再委託先が行う業務についての一切の責任" in list(frame.iloc[:, 1])
    app.selectbox(key="incident-at").set_value("w-haken").run()
    frame = app.get_by_key("incident-capacities").dataframe[0].value
    assert (
        "監督すべき従業者の行為についての責任",
        "capacities-example 第7第2項（派遣労働者等の利用時の措置）",
    ) in list(zip(frame.iloc[:, 1], frame.iloc[:, 2], strict=True))
    assert any("監督すべき従業者です" in m.value for m in app.markdown)
