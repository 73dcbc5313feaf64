"""The compare page: how two chosen templates differ, with no chain open or with one."""

from __future__ import annotations

from appdriving import open_sample

from chain.profiles.diff import diff_profiles
from chain.profiles.load import load_profile
from chain.report.profile_diff import diff_lines

COMPARE = "chain_app/pages/compare.py"


def test_two_templates_differ_rule_by_rule(app):
    app.switch_page(COMPARE).run()
    assert not app.exception
    app.selectbox(key="diff-a").set_value("000").run()
    app.selectbox(key="diff-b").set_value("002").run()
    frame = app.get_by_key("diff-table").dataframe[0].value
    expected = diff_lines(diff_profiles(load_profile("000"), load_profile("002")), "ja")
    assert [tuple(r) for r in frame.itertuples(index=False)] == expected
    rows = {(r[1], r[2].split()[0]) for r in expected}
    assert ("000 だけ", "TIR001") in rows and ("002 だけ", "PLC003") in rows


def test_the_same_template_twice_has_no_differences(app):
    open_sample(app)
    app.switch_page(COMPARE).run()
    app.selectbox(key="diff-a").set_value("003").run()
    app.selectbox(key="diff-b").set_value("003").run()
    assert not app.exception
    assert app.get_by_key("compare-table")  # the chain's comparison is still above
    assert app.info[-1].value == "違いはありません。"


def test_the_difference_is_in_english_when_switched(app):
    app.session_state["lang"] = "en"
    app.switch_page(COMPARE).run()
    app.selectbox(key="diff-a").set_value("001").run()
    app.selectbox(key="diff-b").set_value("004").run()
    frame = app.get_by_key("diff-table").dataframe[0].value
    assert "Difference" in frame.columns
    assert any(side == "only 004" for side in frame["Which"])
