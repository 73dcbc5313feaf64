"""Asking about an incident in the app: capacities with citations, joint group, exposures."""

from __future__ import annotations

import json

from appdriving import ROOT, diagram_text, open_sample, upload

from chain_app.i18n import MESSAGES

INCIDENT = "chain_app/pages/incident.py"


def _capacities(at) -> list[tuple[str, str]]:
    frame = at.get_by_key("incident-capacities").dataframe[0].value
    return list(zip(frame.iloc[:, 0], frame.iloc[:, 1], strict=True))


def test_incident_at_a_subcontractor_shows_capacities_and_clauses(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    assert not app.exception
    assert app.title[0].value == MESSAGES["nav.incident"].ja
    choices = app.selectbox(key="incident-at").options
    assert any("北斗入力センター" in c for c in choices)
    app.selectbox(key="incident-at").set_value("hokuto").run()
    caps = _capacities(app)
    assert caps == [
        ("株式会社みなとデータサービス", "直接の責任（契約の当事者）"),
        (  # 000 第6第3項: the delegate's handling of personal information
            "株式会社みなとデータサービス",
            "委託先による個人情報の取扱いについての責任（契約の内容にかかわらず）",
        ),
        ("北斗入力センター株式会社", "市と契約関係なし（委託元に対して契約上の責任）"),
    ]
    frame = app.get_by_key("incident-capacities").dataframe[0].value
    assert "000 第6第3項" in frame.iloc[1, 2]
    exposures = app.get_by_key("incident-exposures").dataframe[0].value
    assert "民法 第715条" in " ".join(exposures.iloc[:, 3])


def test_dispatched_worker_attaches_to_the_host(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("w-haken").run()
    caps = _capacities(app)
    assert [c for _p, c in caps] == [
        "直接の責任（契約の当事者）",
        "正社員以外の労働者の行為すべてについての責任",
    ]
    exposures = app.get_by_key("incident-exposures").dataframe[0].value
    # The host answers as employer; the agency's own exposure and the city's duty are shown.
    assert set(exposures.iloc[:, 0]) == {
        "株式会社みなとデータサービス",
        "株式会社ひまわりスタッフ",
        "青葉市",
    }


def test_joint_group_is_named_and_english_switches(app):
    doc = json.loads((ROOT / "sample_data/002/compliant.json").read_text("utf-8"))
    upload(app, "002.json", json.dumps(doc, ensure_ascii=False).encode())
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("netops").run()
    assert {c for _p, c in _capacities(app)} >= {"連帯責任"}
    assert any("連帯して責任を負う当事者" in w.value for w in app.warning)
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == MESSAGES["nav.incident"].en
    assert {c for _p, c in _capacities(app)} >= {"joint and several"}


def test_incident_page_without_a_chain(app):
    app.switch_page(INCIDENT).run()
    assert not app.exception
    assert app.info[0].value == MESSAGES["check.none"].ja


def test_incident_shows_the_overlay_on_the_diagram(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("sakura").run()
    assert not app.exception
    dot = diagram_text(app)
    assert "事故発生" in dot  # the incident party is marked
    assert "000 第6第8項" in dot or "第6第8項" in dot  # the capacity's clause on the path


def test_reporting_duties_after_the_incident_are_listed_with_their_clauses(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("hokuto").run()
    frame = app.get_by_key("incident-reporting").dataframe[0].value
    assert list(frame.columns) == ["報告する者", "報告先・時期・内容", "根拠"]
    first = frame.iloc[0]
    assert first.iloc[0] == "株式会社みなとデータサービス" and "000 第9第1項" in first.iloc[2]
    assert any("個人情報保護法 第68条第1項" in b for b in frame.iloc[:, 2])
    assert any("北斗入力センター" in p for p in frame.iloc[:, 0])  # its notice to its delegator
    app.radio(key="lang").set_value("en").run()
    frame = app.get_by_key("incident-reporting").dataframe[0].value
    assert list(frame.columns) == ["Who reports", "To whom, when, what", "Basis"]
