"""chain.report.compare and chain.report.rows: the side-by-side view and the findings table."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from chain.editor.document import check_document, document_chain, load_document
from chain.profiles.load import builtin_profile_ids
from chain.report.compare import compare_profiles
from chain.report.rows import COLUMNS, OFFICER_COLUMNS, facets, filter_findings, finding_rows

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "compliant.json"


@pytest.fixture
def doc() -> dict:
    return load_document(SAMPLE.read_bytes())[0]


def test_compare_checks_every_builtin_template(doc):
    outcomes = compare_profiles(document_chain(doc))
    assert [o.profile_id for o in outcomes] == builtin_profile_ids()
    by_id = {o.profile_id: o for o in outcomes}
    assert by_id["000"].passes and by_id["000"].named_in_contract
    assert not any(o.named_in_contract for o in outcomes if o.profile_id != "000")
    # 003 wants every worker and work place approved before work: the sample records none.
    assert not by_id["003"].passes
    assert {"STF001", "PLC001"} <= set(by_id["003"].error_codes)
    for o in outcomes:
        report = check_document(doc, o.profile_id).report
        assert (o.errors, o.warnings, o.infos) == tuple(report.counts().values())


def test_compare_given_profiles_in_order(doc):
    outcomes = compare_profiles(document_chain(doc), ["004", "000"])
    assert [o.profile_id for o in outcomes] == ["004", "000"]


@pytest.fixture
def report(doc):
    broken = copy.deepcopy(doc)
    broken["delegations"][0]["documents"] = [
        d for d in broken["delegations"][0]["documents"] if d["kind"] != "approval"
    ]
    # An application item left out at tier 3 (its reason kept: TIR001 stays a notice).
    del broken["delegations"][1]["supervision"]
    del broken["workers"][2]["pledge_on"]
    rep = check_document(broken).report
    assert rep is not None
    return rep


def test_rows_follow_the_columns(report):
    rows = finding_rows(report.findings, "ja", report.graph)
    assert [list(r) for r in rows] == [list(COLUMNS)] * len(report.findings)
    first = rows[0]
    assert first["code"] == report.findings[0].code
    assert first["pointer"] == report.findings[0].pointer
    dlg = next(r for r in rows if r["code"] == "DLG001")
    # Parties and delegations by name: no id where no two parties share a name.
    assert dlg["party"] == "北斗入力センター株式会社"
    assert dlg["delegation"] == "株式会社みなとデータサービス → 北斗入力センター株式会社"
    assert "000" in dlg["clause"]
    stf = next(r for r in rows if r["code"] == "STF010")
    assert stf["interpretation"]  # 000 is silent on how staff are bound


def test_a_party_sharing_its_name_is_told_apart_by_its_id(doc):
    twin = copy.deepcopy(doc)
    twin["parties"][3]["name"] = twin["parties"][2]["name"]  # sakura named as hokuto
    twin["delegations"][0]["documents"] = []
    report = check_document(twin).report
    assert report is not None
    labels = dict(facets(report.findings, report.graph).parties)
    assert labels["hokuto"] == "北斗入力センター株式会社 (hokuto)"
    assert labels["sakura"] == "北斗入力センター株式会社 (sakura)"
    rows = finding_rows(report.findings, "ja", report.graph)
    assert "株式会社みなとデータサービス → 北斗入力センター株式会社 (hokuto)" in {
        r["delegation"] for r in rows
    }


def test_the_officers_columns_leave_the_pointer_and_slug_to_scripts(report):
    assert tuple(k for k in COLUMNS if k not in ("pointer", "slug")) == OFFICER_COLUMNS
    assert list(COLUMNS)[-2:] == ["pointer", "slug"]  # technical, last
    rows = finding_rows(report.findings, "ja", report.graph, where=lambda p: f"at {p}")
    assert rows[0]["where"] == f"at {report.findings[0].pointer}"


def test_code_choices_carry_the_rules_title(report):
    codes = dict(facets(report.findings, report.graph).codes)
    assert codes["DLG001"].ja == "DLG001 承諾（届出）がない委託"  # its title in the catalogue
    assert codes["DLG001"].en.startswith("DLG001 ") and "consent-missing" not in codes["DLG001"].en


def test_facets_offer_only_what_selects_something(report):
    f = facets(report.findings, report.graph)
    assert [s for s, _ in f.severities] == ["error", "info"]
    assert [c for c, _ in f.codes] == sorted({x.code for x in report.findings})
    assert [p for p, _ in f.parties] == ["minato", "hokuto", "sakura"]
    for key, _label in f.clauses:
        assert filter_findings(report.findings, clauses=[key])


def test_filters_combine(report):
    findings = report.findings
    errors = filter_findings(findings, severities=["error"])
    assert errors and all(f.severity == "error" for f in errors)
    assert [f.code for f in filter_findings(findings, codes=["DLG001"])] == ["DLG001"]
    by_party = filter_findings(findings, parties=["sakura"], graph=report.graph)
    assert {f.code for f in by_party} == {"ITM001", "TIR001"}
    worker_party = filter_findings(findings, parties=["minato"], graph=report.graph)
    assert [f.code for f in worker_party] == ["STF010"]  # a worker of minato
    assert filter_findings(findings, severities=["error"], codes=["TIR001"]) == []
    assert filter_findings(findings) == findings
