"""A profile file uploaded in the sidebar: checked strictly, then chosen like a built-in one."""

from __future__ import annotations

from pathlib import Path

from appdriving import finding_codes, open_sample

from chain_app.i18n import MESSAGES

MINAMI = Path(__file__).resolve().parents[1] / "cases/_profiles/minami.toml"


def _upload_profile(at, name: str, data: bytes):
    at.sidebar.file_uploader(key="profile-upload").set_value((name, data, "application/toml"))
    return at.run()


def test_an_uploaded_profile_is_chosen_and_checked_against(app):
    open_sample(app)
    assert app.session_state["template"] == "000"
    _upload_profile(app, "minami.toml", MINAMI.read_bytes())
    assert not app.exception
    assert app.session_state["template"] == "minami"
    box = app.sidebar.selectbox(key="template")
    assert "minami" in box.options[-1] and "南町" in box.options[-1]
    # 000's sample under 南町: a notification is required, and 再々委託 is forbidden.
    codes = finding_codes(app)
    assert "DLG001" in codes and "TIR003" in codes
    # The built-in ones are still there to go back to.
    box.set_value("000").run()
    assert finding_codes(app) == ["TIR001"]


def test_a_bad_profile_lists_its_problems_with_lines_and_keeps_the_choice(app):
    open_sample(app)
    bad = MINAMI.read_bytes().replace(b"tiers = [2]", b"tiers = [0]", 1)
    _upload_profile(app, "bad.toml", bad)
    assert not app.exception
    assert app.session_state["template"] == "000"
    said = app.sidebar.error[-1].value
    assert said.startswith(MESSAGES["sidebar.profile_problems"].ja.split("{")[0]) and "bad" in said
    (row,) = app.get_by_key("profile-problems").dataframe[0].value.to_dict("records")
    assert row["type"] == "tier_below_1" and row["行"] == 25
    assert row["pointer"] == "/rules/0/tiers/0" and row["直し方"]


def test_a_profile_may_not_take_a_built_in_id(app):
    open_sample(app)
    text = MINAMI.read_bytes().replace(b'id = "minami"', b'id = "000"', 1)
    _upload_profile(app, "shadow.toml", text)
    (row,) = app.get_by_key("profile-problems").dataframe[0].value.to_dict("records")
    assert row["type"] == "id_taken"
    assert app.session_state["template"] == "000"


def test_a_file_that_is_not_toml_is_a_located_problem(app):
    open_sample(app)
    _upload_profile(app, "x.toml", b"id = [unclosed\n")
    (row,) = app.get_by_key("profile-problems").dataframe[0].value.to_dict("records")
    assert row["type"] == "toml_syntax" and row["行"] == 1
