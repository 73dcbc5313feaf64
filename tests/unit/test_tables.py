"""chain.editor.tables: the chain as editable tables, and back, losing nothing typed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from chain.editor.document import check_document, load_document
from chain.editor.locate import Location, field_label, locate
from chain.editor.tables import EXTRA, TABLES, from_frame, to_frame
from chain.format.model import Chain

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "compliant.json"
LISTS = ("parties", "delegations", "workers", "places")


@pytest.fixture
def doc() -> dict:
    return load_document(SAMPLE.read_bytes())[0]


def _round_trip(doc: dict) -> dict:
    out = doc
    for table in ("contract", *LISTS):
        out = from_frame(out, table, to_frame(out, table))
    for i in range(len(out.get("delegations", []))):
        out = from_frame(out, "documents", to_frame(out, "documents", i), i)
    return out


def test_sample_round_trips_exactly(doc):
    assert _round_trip(doc) == doc


def test_frames_have_one_row_per_record_and_hidden_extra(doc):
    parties = to_frame(doc, "parties")
    assert len(parties) == len(doc["parties"])
    assert list(parties.columns) == [c.path for c in TABLES["parties"].columns] + [EXTRA]
    assert parties.loc[0, "contact.department"] == "財務部市民税課"
    delegations = to_frame(doc, "delegations")
    # Documents are not a column of the delegations table: they ride in _extra.
    assert json.loads(delegations.loc[0, EXTRA])["documents"][0]["kind"] == "application"
    documents = to_frame(doc, "documents", 1)
    assert list(documents["kind"]) == ["application", "approval", "flow_down"]


def test_numbers_are_edited_as_text_and_written_back_as_numbers(doc):
    workers = to_frame(doc, "workers")
    assert workers.loc[1, "count"] == "4"
    workers.loc[1, "count"] = "１２"  # full width, as typed with a Japanese IME
    out = from_frame(doc, "workers", workers)
    assert out["workers"][1]["count"] == 12
    parties = to_frame(doc, "parties")
    parties.loc[3, "parent.party"] = "hokuto"
    parties.loc[3, "parent.basis"] = "voting_rights"
    parties.loc[3, "parent.voting_share_percent"] = "51.5"
    out = from_frame(doc, "parties", parties)
    assert out["parties"][3]["parent"] == {
        "party": "hokuto",
        "basis": "voting_rights",
        "voting_share_percent": 51.5,
    }
    assert Chain.model_validate(out).parties[3].parent.voting_share_percent == 51.5


def test_invalid_cells_are_kept_and_located(doc):
    workers = to_frame(doc, "workers")
    workers.loc[1, "count"] = "3人"
    workers.loc[2, "trained_on"] = "令和7年13月1日"
    out = from_frame(doc, "workers", workers)
    assert out["workers"][1]["count"] == "3人"
    assert out["workers"][2]["trained_on"] == "令和7年13月1日"
    result = check_document(out)
    assert result.report is None
    pointers = {p.pointer: p.type for p in result.problems}
    assert pointers == {"/workers/1/count": "int_parsing", "/workers/2/trained_on": "date_format"}
    # And what was typed survives another trip through the table.
    assert _round_trip(out) == out


def test_rows_added_and_deleted(doc):
    places = to_frame(doc, "places")
    places = places.drop(index=0).reset_index(drop=True)
    added = {c: None for c in places.columns} | {
        "id": "pl-cloud",
        "name": "外部クラウド",
        "kind": "cloud",
        "party": "minato",
    }
    places = pd.concat([places, pd.DataFrame([added])], ignore_index=True)
    out = from_frame(doc, "places", places)
    assert [p["id"] for p in out["places"]] == ["pl-hokuto", "pl-sakura", "pl-cloud"]
    assert out["places"][2] == {
        "id": "pl-cloud",
        "name": "外部クラウド",
        "kind": "cloud",
        "party": "minato",
    }


def test_deleting_a_delegation_keeps_the_other_delegations_documents(doc):
    delegations = to_frame(doc, "delegations").drop(index=0).reset_index(drop=True)
    out = from_frame(doc, "delegations", delegations)
    assert [d["id"] for d in out["delegations"]] == ["d-sakura"]
    assert out["delegations"][0]["documents"] == doc["delegations"][1]["documents"]


def test_editing_documents_of_one_delegation(doc):
    documents = to_frame(doc, "documents", 0)
    documents = documents[documents["kind"] != "approval"].reset_index(drop=True)
    out = from_frame(doc, "documents", documents, 0)
    assert [d["kind"] for d in out["delegations"][0]["documents"]] == ["application", "flow_down"]
    assert out["delegations"][1] == doc["delegations"][1]
    codes = {f.code for f in check_document(out).report.findings}
    assert "DLG001" in codes
    with pytest.raises(IndexError):
        from_frame(doc, "documents", documents, 7)


def test_list_cells_from_the_editor(doc):
    """The editor hands lists back as lists or numpy arrays; empty items are not kept."""
    delegations = to_frame(doc, "delegations")
    delegations.at[0, "personal_data"] = np.array(["氏名", "", "住所"], dtype=object)
    delegations.at[1, "responsibility.staff"] = None
    out = from_frame(doc, "delegations", delegations)
    assert out["delegations"][0]["personal_data"] == ["氏名", "住所"]
    assert "staff" not in out["delegations"][1]["responsibility"]
    workers = to_frame(doc, "workers")
    workers.at[0, "roles"] = ["work_lead", "info_manager"]
    assert from_frame(doc, "workers", workers)["workers"][0]["roles"] == [
        "work_lead",
        "info_manager",
    ]


def test_cleared_cells_leave_the_field_out(doc):
    parties = to_frame(doc, "parties")
    for col in ("contact.department", "contact.person", "contact.phone", "contact.email"):
        parties.loc[0, col] = ""
    parties.loc[0, "note"] = np.nan
    out = from_frame(doc, "parties", parties)
    assert "contact" not in out["parties"][0]
    assert "note" not in out["parties"][0]


def test_fields_outside_the_columns_survive(doc):
    """Keys the tables do not show (here, ones the format rejects) are neither lost nor hidden."""
    odd = copy.deepcopy(doc)
    odd["parties"][1]["fax"] = "022-000-9999"
    odd["parties"][1]["contact"]["mobile"] = "090-0000-0000"
    assert _round_trip(odd) == odd
    problems = {p.pointer for p in check_document(odd).problems}
    assert problems == {"/parties/1/fax", "/parties/1/contact/mobile"}


def test_contract_is_a_one_row_table(doc):
    contract = to_frame(doc, "contract")
    assert len(contract) == 1
    contract.loc[0, "template"] = "003"
    contract.loc[0, "specific_personal_information"] = True
    out = from_frame(doc, "contract", contract)
    assert out["contract"]["template"] == "003"
    assert out["contract"]["specific_personal_information"] is True
    assert out["contract"]["period"] == doc["contract"]["period"]


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("/workers/2/count", Location("workers", 2, "count")),
        ("/parties/0/contact/phone", Location("parties", 0, "contact.phone")),
        ("/delegations/1/personal_data/3", Location("delegations", 1, "personal_data")),
        ("/delegations/0/documents/2/date", Location("documents", 2, "date", parent=0)),
        ("/delegations/0/documents", Location("documents", None, None, parent=0)),
        ("/contract/period/end", Location("contract", 0, "period.end")),
        ("/parties", Location("parties")),
        ("/parties/4/fax", Location("parties", 4, "fax")),
        ("", None),
        ("/version", None),
    ],
)
def test_locate(pointer, expected):
    assert locate(pointer) == expected


def test_location_labels_name_row_and_column():
    where = locate("/delegations/0/documents/2/date")
    assert where is not None
    assert "3" in where.label("ja") and "日付" in where.label("ja")
    assert "row 3" in where.label("en") and "date" in where.label("en")


def test_field_labels():
    assert field_label("delegation.reason").en.endswith("reason")
    assert field_label("delegate.contact").en.endswith("contact")
    assert field_label("nowhere.field").en == "nowhere.field"


@pytest.mark.parametrize("forged", ["{not json", "[1, 2", "\x00", "NaNx"])
def test_a_hidden_cell_that_is_not_json_keeps_the_record_as_it_was(doc, forged):
    # Only a forged edit can change the hidden column; it must not break the table.
    frame = to_frame(doc, "parties")
    frame.loc[1, EXTRA] = forged
    frame.loc[1, "name"] = "北斗入力センター株式会社（改）"
    back = from_frame(doc, "parties", frame)
    expected = copy.deepcopy(doc["parties"][1])
    expected["name"] = "北斗入力センター株式会社（改）"
    assert back["parties"][1] == expected
    assert back["parties"][0] == doc["parties"][0]
