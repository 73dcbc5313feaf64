"""The incident page shows a profile's declared capacities (a profile file uploaded in the
sidebar): their labels, clauses and reasoning; a hostile sentence is a located problem."""

from __future__ import annotations

from appdriving import INCIDENT, ROOT, open_sample

PROFILE = ROOT / "tests" / "data" / "profiles" / "capacities.toml"
PID = "capacities-example"


def _upload_profile(at, name: str, data: bytes):
    at.sidebar.file_uploader(key="profile-upload").set_value((name, data, "application/toml"))
    return at.run()


def _incident(app, at: str):
    open_sample(app)
    _upload_profile(app, "capacities.toml", PROFILE.read_bytes())
    assert not app.exception
    assert app.session_state["template"] == PID
    app.switch_page(INCIDENT).run()
    assert not app.exception
    app.selectbox(key="incident-at").set_value(at).run()
    assert not app.exception
    return app.get_by_key("incident-capacities").dataframe[0].value


def test_deemed_own_capacity_on_the_incident_page(app):
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


def test_all_responsibility_and_own_capacity_on_the_incident_page(app):
    frame = _incident(app, "sakura")
    assert "再委託先が行う業務についての一切の責任" in list(frame.iloc[:, 1])
    app.selectbox(key="incident-at").set_value("w-haken").run()
    frame = app.get_by_key("incident-capacities").dataframe[0].value
    rows = list(zip(frame.iloc[:, 1], frame.iloc[:, 2], strict=True))
    assert (
        "監督すべき従業者の行為についての責任",
        "capacities-example 第7第2項（派遣労働者等の利用時の措置）",
    ) in rows
    assert any("監督すべき従業者です" in m.value for m in app.markdown)


def test_a_hostile_sentence_is_a_located_problem_in_the_app(app):
    open_sample(app)
    text = PROFILE.read_text("utf-8")
    bad = text.replace("{worker}（{employment}）", "{worker.__class__}", 1)
    _upload_profile(app, "bad.toml", bad.encode("utf-8"))
    assert not app.exception
    assert app.session_state["template"] == "000"
    (row,) = app.get_by_key("profile-problems").dataframe[0].value.to_dict("records")
    assert row["type"] == "sentence_field"
    assert row["pointer"] == "/liability/capacities/0/reasoning/0/ja"
    assert row["行"] == bad[: bad.index("reasoning = [")].count("\n") + 1
    assert row["直し方"]
