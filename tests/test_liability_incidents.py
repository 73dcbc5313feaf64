"""Placing an incident: agencies, ids shared by a party and a worker, parties reached twice."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.format.read import parse_chain
from chain.graph import analyse
from chain.liability import LiabilityError, assess, assess_all
from chain.liability.rows import incident_choices
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = ROOT / "sample_data" / "000" / "compliant.json"
runner = CliRunner()


def base() -> dict:
    return json.loads(COMPLIANT.read_text(encoding="utf-8"))


def graph_of(doc: dict):
    return analyse(parse_chain(json.dumps(doc, ensure_ascii=False).encode()))


def caps(a) -> list[tuple[str, str]]:
    return [(c.party, c.capacity) for c in a.capacities]


def test_an_agency_is_not_a_place_of_incident_its_worker_is() -> None:
    g = graph_of(base())
    with pytest.raises(LiabilityError) as err:
        assess(g, load_profile("000"), "himawari")
    assert err.value.kind == "dispatch_agency"
    assert err.value.ids == ("w-haken",)
    a = assess(g, load_profile("000"), "w-haken")
    assert a.host == "minato"
    assert ("minato", "non_regular_all_acts") in caps(a)
    # No capacity for the agency: only its own exposure in tort, noted apart.
    assert "himawari" not in a.parties
    assert [x.kind for x in a.exposures if x.party == "himawari"] == ["agency_tort"]


def test_agency_in_every_template_is_refused() -> None:
    g = graph_of(base())
    for pid in ("000", "001", "002", "003", "004"):
        with pytest.raises(LiabilityError):
            assess(g, load_profile(pid), "himawari")


def test_id_of_a_party_and_a_worker_needs_a_prefix() -> None:
    doc = base()
    doc["workers"][0]["id"] = "hokuto"  # 中村 亮, a regular employee of the contractor
    g = graph_of(doc)
    with pytest.raises(LiabilityError) as err:
        assess(g, load_profile("000"), "hokuto")
    assert err.value.kind == "ambiguous"
    assert set(err.value.ids) == {"party:hokuto", "worker:hokuto"}

    as_party = assess(g, load_profile("000"), "party:hokuto")
    assert (as_party.incident, as_party.incident_kind, as_party.host) == (
        "hokuto",
        "party",
        "hokuto",
    )
    assert ("minato", "regardless_of_terms") in caps(as_party)

    as_worker = assess(g, load_profile("000"), "worker:hokuto")
    assert (as_worker.incident, as_worker.incident_kind, as_worker.host) == (
        "hokuto",
        "worker",
        "minato",
    )
    assert caps(as_worker) == [("minato", "direct")]


def test_a_prefix_must_name_the_right_kind() -> None:
    g = graph_of(base())
    with pytest.raises(LiabilityError) as err:
        assess(g, load_profile("000"), "worker:hokuto")
    assert err.value.kind == "unknown"
    assert assess(g, load_profile("000"), "party:hokuto").host == "hokuto"


def test_incident_choices_are_exactly_what_can_be_assessed() -> None:
    doc = base()
    doc["workers"][0]["id"] = "hokuto"
    g = graph_of(doc)
    keys = [k for k, _label in incident_choices(g)]
    assert "himawari" not in keys and "city" not in keys
    assert "hokuto" not in keys and "party:hokuto" in keys and "worker:hokuto" in keys
    for key in keys:
        assess(g, load_profile("000"), key)
    assert set(assess_all(g, load_profile("000"))) == {"minato", "hokuto", "sakura"}


def test_a_party_reached_by_two_delegations_says_so() -> None:
    doc = base()
    doc["delegations"].append(
        copy.deepcopy(doc["delegations"][0]) | {"id": "d-direct", "delegate": "sakura"}
    )
    g = graph_of(doc)
    a = assess(g, load_profile("000"), "sakura")
    assert [e.id for e in a.path] == ["contract", "d-direct"]
    assert any("CHN006" in n.en and "北斗入力センター株式会社" in n.en for n in a.notes)
    single = assess(graph_of(base()), load_profile("000"), "sakura")
    assert not any("CHN006" in n.en for n in single.notes)


def test_delegations_sharing_an_id_keep_their_own_parties_in_every_assessment() -> None:
    doc = base()
    twin = copy.deepcopy(doc["delegations"][0])  # d-hokuto: minato → hokuto
    twin["delegate"] = "kaede"
    doc["delegations"].append(twin)
    kaede = copy.deepcopy(doc["parties"][2])
    kaede.update(id="kaede", name="かえで")
    kaede.pop("corporate_number", None)
    doc["parties"].append(kaede)
    g = graph_of(doc)
    profile = load_profile("000")
    every = assess_all(g, profile)
    for pid in ("hokuto", "sakura", "kaede"):
        assert every[pid].to_dict() == assess(g, profile, f"party:{pid}").to_dict()
    a = every["kaede"]
    assert a.notes[1].en.endswith(" → かえで")
    (recourse,) = [c for c in a.capacities if c.capacity == "recourse_only"]
    assert recourse.party == "kaede" and recourse.trace[1].ja.startswith("かえでは")


@pytest.mark.parametrize("command", [["liability"], ["render", "-o", "OUT.dot"]])
def test_cli_refuses_an_agency_with_exit_2(command, tmp_path) -> None:
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    result = runner.invoke(app, [*args, str(COMPLIANT), "--at", "himawari"])
    assert result.exit_code == 2, result.output
    assert "w-haken" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.dot").exists()


def test_cli_accepts_prefixed_ids() -> None:
    result = runner.invoke(
        app, ["liability", str(COMPLIANT), "--at", "worker:w-haken", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["assessment"]
    assert (doc["incident"], doc["incident_kind"], doc["host"]) == ("w-haken", "worker", "minato")


@pytest.mark.parametrize("keep_others", [True, False])
def test_no_contractor_is_refused_for_one_party_and_for_all(keep_others: bool) -> None:
    doc = base()
    doc["contract"]["contractor"] = "no-such-company"
    if not keep_others:  # only the municipality left: still refused, never an empty answer
        doc["parties"] = [p for p in doc["parties"] if p["kind"] == "municipality"]
        doc["delegations"], doc["workers"], doc["places"] = [], [], []
    g = graph_of(doc)
    assert g.contractor is None
    for call in (
        lambda: assess_all(g, load_profile("000")),
        lambda: assess(g, load_profile("000"), g.chain.parties[0].id),
    ):
        with pytest.raises(LiabilityError) as err:
            call()
        assert err.value.kind == "no_contractor"
