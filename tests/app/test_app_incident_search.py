"""The incident page of a large chain: its parties and workers are searched, not all listed,
and the incident asked about is kept while the officer visits other pages."""

from __future__ import annotations

import copy
import json

from appdriving import CHECK, INCIDENT, LOAD, SAMPLE, open_sample, upload

from chain_app.i18n import MESSAGES

LISTED = 500  # chain_app/pages/incident.py: INCIDENT_LIST


def _large(workers: int = 700) -> bytes:
    """The sample with ``workers`` more workers at 北斗 (more choices than are listed)."""
    doc = json.loads(SAMPLE.read_text("utf-8"))
    model = next(w for w in doc["workers"] if w["party"] == "hokuto")
    for i in range(workers):
        doc["workers"].append(
            copy.deepcopy(model) | {"id": f"w-extra{i:04d}", "name": f"入力者{i:04d}"}
        )
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _capacities(at) -> list[tuple[str, str]]:
    frame = at.get_by_key("incident-capacities").dataframe[0].value
    return list(zip(frame.iloc[:, 0], frame.iloc[:, 1], strict=True))


def test_a_small_chain_lists_every_choice_without_a_search(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    assert not [w for w in app.text_input if w.key == "incident-search"]
    assert len(app.selectbox(key="incident-at").options) == 3 + 8  # parties, then workers


def test_a_large_chain_lists_the_first_choices_and_narrows_them_by_search(app):
    upload(app, "large.json", _large())
    app.switch_page(INCIDENT).run()
    assert not app.exception
    options = app.selectbox(key="incident-at").options
    assert len(options) == LISTED
    assert options[0] == "株式会社みなとデータサービス（受託者）"  # in the order of the list
    shown = MESSAGES["incident.shown"].ja.format(shown=LISTED, matched=3 + 8 + 700)
    assert shown in [c.value for c in app.caption]
    app.text_input(key="incident-search").input("入力者0699").run()
    assert app.selectbox(key="incident-at").options == [
        "従事者: 入力者0699（正社員、北斗入力センター株式会社）"
    ]
    app.selectbox(key="incident-at").set_value("w-extra0699").run()
    assert _capacities(app)[-1][0] == "北斗入力センター株式会社"


def test_the_search_ignores_case_and_width_and_finds_ids(app):
    upload(app, "large.json", _large())
    app.switch_page(INCIDENT).run()
    app.text_input(key="incident-search").input("Ｗ-EXTRA0007").run()  # full width, upper case
    assert app.selectbox(key="incident-at").options == [
        "従事者: 入力者0007（正社員、北斗入力センター株式会社）"
    ]
    app.text_input(key="incident-search").input("存在しない会社").run()
    assert app.selectbox(key="incident-at").options == []
    assert MESSAGES["incident.none_found"].ja in [c.value for c in app.caption]
    assert not app.exception


def test_the_incident_and_the_search_are_kept_across_leaving_the_page(app):
    upload(app, "large.json", _large())
    app.switch_page(INCIDENT).run()
    app.text_input(key="incident-search").input("入力者06").run()
    app.selectbox(key="incident-at").set_value("w-extra0650").run()
    before = _capacities(app)
    app.switch_page(CHECK).run()
    app.switch_page(INCIDENT).run()
    assert app.text_input(key="incident-search").value == "入力者06"
    assert app.selectbox(key="incident-at").value == "w-extra0650"
    assert _capacities(app) == before
    # A search that no longer lists the incident keeps it chosen, first in the list.
    app.text_input(key="incident-search").input("入力者01").run()
    assert app.selectbox(key="incident-at").value == "w-extra0650"
    assert app.selectbox(key="incident-at").options[0].startswith("従事者: 入力者0650")


def test_a_small_chains_incident_is_kept_across_leaving_the_page(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("w-haken").run()
    app.switch_page(CHECK).run()
    app.switch_page(INCIDENT).run()
    assert app.selectbox(key="incident-at").value == "w-haken"
    assert _capacities(app)[0][1] == "直接の責任（契約の当事者）"


def test_opening_another_chain_forgets_the_incident(app):
    open_sample(app)
    app.switch_page(INCIDENT).run()
    app.selectbox(key="incident-at").set_value("hokuto").run()
    app.switch_page(LOAD).run()
    upload(app, "large.json", _large())
    app.switch_page(INCIDENT).run()
    assert app.selectbox(key="incident-at").value is None
    assert app.text_input(key="incident-search").value == ""
