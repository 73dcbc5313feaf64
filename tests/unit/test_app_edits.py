"""chain_app.edits: an editor's edits applied as Streamlit applies them, from what the browser sends."""

from __future__ import annotations

from chain_app.edits import apply_edits

COLUMNS = ["id", "name", "roles"]  # those the officer can edit; rows also carry _extra
ROWS = [
    {"id": "w-a", "name": "甲", "roles": ["operator"], "_extra": None},
    {"id": "w-b", "name": "乙", "roles": None, "_extra": '{"x": 1}'},
    {"id": "w-c", "name": "丙", "roles": None, "_extra": None},
]


def test_cells_are_edited_then_rows_deleted_then_rows_added():
    edits = {
        # Positions are those of the rows the editor was given, before any deletion.
        "edited_rows": {"2": {"name": "丙（改）", "roles": ["work_lead", "operator"]}},
        "deleted_rows": [0],
        "added_rows": [{"id": "w-d", "name": "丁"}],
    }
    assert apply_edits(ROWS, COLUMNS, edits) == [
        {"id": "w-b", "name": "乙", "roles": None, "_extra": '{"x": 1}'},
        {"id": "w-c", "name": "丙（改）", "roles": ["work_lead", "operator"], "_extra": None},
        {"id": "w-d", "name": "丁", "roles": None},
    ]


def test_a_cleared_cell_becomes_none_and_the_given_rows_are_not_changed():
    edited = apply_edits(ROWS, COLUMNS, {"edited_rows": {1: {"name": None}}})
    assert edited[1]["name"] is None
    assert ROWS[1]["name"] == "乙"


def test_what_names_no_row_or_editable_column_is_skipped():
    edits = {
        "edited_rows": {
            "7": {"name": "x"},
            "-1": {"name": "x"},
            "one": {"name": "x"},
            "0": {"_index": 5, "_extra": "{", "unknown": "x", "name": "甲（改）"},
        },
        "deleted_rows": [3, "x", None],
        "added_rows": ["not a row", {"_index": 9, "_extra": "[]", "id": "w-e"}],
    }
    assert apply_edits(ROWS, COLUMNS, edits) == [
        {"id": "w-a", "name": "甲（改）", "roles": ["operator"], "_extra": None},
        ROWS[1],
        ROWS[2],
        {"id": "w-e", "name": None, "roles": None},
    ]


def test_an_edit_state_of_the_wrong_shape_changes_nothing():
    for edits in ({}, {"edited_rows": [1, 2], "deleted_rows": {"0": 1}, "added_rows": "row"}):
        assert apply_edits(ROWS, COLUMNS, edits) == ROWS
