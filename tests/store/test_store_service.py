"""The service layer on SQLite and PostgreSQL: cases, versions, diffs, the state machine,
decisions and roles. Each test asserts what is kept and what is refused."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from chain.cases.service import CaseService
from chain.cases.words import CaseError

FAULTY = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "faulty.json"


def _bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _setup(service: CaseService, compliant: bytes) -> int:
    case = service.new_case("tanaka", "課税資料入力業務", "市民税課")
    service.add_user("tanaka", "sato", "approver")
    service.add_user("tanaka", "suzuki", "officer")
    service.add_user("tanaka", "yamada", "viewer")
    service.save_version("tanaka", case["id"], compliant, parent=None)
    return case["id"]


def test_versions_are_kept_with_their_hash_and_findings(
    service: CaseService, compliant: bytes
) -> None:
    case = _setup(service, compliant)
    doc = json.loads(compliant)
    doc["delegations"][0]["work"] = "紙帳票の入力"
    v2 = service.save_version("suzuki", case, _bytes(doc), parent=1, source="app")
    shown = service.show_case("yamada", case)
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert shown["versions"][1]["sha256"] == v2["sha256"]
    assert shown["versions"][1]["source"] == "app"
    assert shown["versions"][0]["findings"] == {
        "profile_id": "000",
        "error": 0,
        "warning": 0,
        "info": 1,
    }
    # The stored chain is the document saved, and the hash is its canonical form's.
    assert service.version_chain("yamada", case, 2)["delegations"][0]["work"] == "紙帳票の入力"
    # The same chain laid out differently has the same hash.
    again = service.save_version(
        "suzuki", case, json.dumps(doc, indent=4, ensure_ascii=False).encode(), parent=2
    )
    assert again["sha256"] == v2["sha256"]


def test_a_stale_parent_is_refused_and_both_versions_are_kept(
    service: CaseService, compliant: bytes
) -> None:
    case = _setup(service, compliant)
    doc = json.loads(compliant)
    doc["parties"][1]["name"] = "株式会社みなとデータ"
    service.save_version("tanaka", case, _bytes(doc), parent=1)
    other = json.loads(compliant)
    other["delegations"][0]["supervision"] = "毎週の報告"
    with pytest.raises(CaseError) as refused:
        service.save_version("suzuki", case, _bytes(other), parent=1)
    assert refused.value.code == "stale_parent"
    assert refused.value.details == {"kept": 3, "current": 2, "parent": 1}
    assert "第 3 版として残しました" in refused.value.message.ja
    assert "kept as version 3" in refused.value.message.en
    shown = service.show_case("tanaka", case)
    assert [(v["version"], v["conflict"]) for v in shown["versions"]] == [
        (1, False),
        (2, False),
        (3, True),
    ]
    assert service.version_chain("tanaka", case)["parties"][1]["name"] == "株式会社みなとデータ"
    assert service.version_chain("tanaka", case, 3)["delegations"][0]["supervision"] == "毎週の報告"
    with pytest.raises(CaseError) as missing:
        service.save_version("suzuki", case, compliant, parent=None)
    assert missing.value.code == "parent_missing"


def test_an_unreadable_chain_is_refused_with_its_pointer(
    service: CaseService, compliant: bytes
) -> None:
    case = _setup(service, compliant)
    doc = json.loads(compliant)
    del doc["parties"][0]["name"]
    with pytest.raises(CaseError) as refused:
        service.save_version("tanaka", case, _bytes(doc), parent=1)
    assert refused.value.code == "invalid_chain" and refused.value.kind == "input"
    assert any(p["pointer"].startswith("/parties/0") for p in refused.value.details["problems"])
    assert len(service.show_case("tanaka", case)["versions"]) == 1


def test_diff_field_by_field_and_findings(service: CaseService, compliant: bytes) -> None:
    case = _setup(service, compliant)
    doc = json.loads(compliant)
    doc["delegations"][0]["period"]["start"] = "2025-03-01"
    doc["delegations"][0]["documents"][1]["reference"] = "青葉市税第9999号"
    doc["parties"].append({**doc["parties"][-1], "id": "new-co", "name": "新会社"})
    removed = doc["workers"].pop()["id"]
    doc["places"][0]["address"] = "青葉市中央三丁目"
    service.save_version("tanaka", case, _bytes(doc), parent=1)
    d = service.diff("yamada", case, 1, 2)
    chain = d["chain"]
    assert chain["parties"]["added"] == ["new-co"]
    assert chain["workers"]["removed"] == [removed]
    hokuto = chain["delegations"]["changed"][0]
    assert hokuto["id"] == "d-hokuto"
    assert hokuto["fields"] == [
        {"field": "period/start", "before": "2025-04-15", "after": "2025-03-01"}
    ]
    assert hokuto["documents"]["changed"] == [
        {
            "id": "approval#1",
            "fields": [
                {"field": "reference", "before": "青葉市税第1203号", "after": "青葉市税第9999号"}
            ],
        }
    ]
    assert chain["places"]["changed"][0]["fields"][0]["field"] == "address"
    # Starting before the consent is a new finding, on that delegation.
    assert {(f["code"], f.get("delegation")) for f in d["findings"]["new"]} >= {
        ("DLG002", "d-hokuto")
    }
    assert d["findings"]["resolved"] == []
    faulty = FAULTY.read_bytes()
    service.save_version("tanaka", case, faulty, parent=2)
    back = service.diff("yamada", case, 3, 1)
    assert back["findings"]["new"] == []
    assert len(back["findings"]["resolved"]) >= 10


def _flow(service: CaseService, compliant: bytes) -> int:
    case = _setup(service, compliant)
    service.transition("tanaka", case, "submit")
    service.transition("sato", case, "review")
    return case


def test_the_state_machine_from_submission_to_reapproval(
    service: CaseService, compliant: bytes
) -> None:
    case = _flow(service, compliant)
    returned = service.decide(
        "sato", case, "returned", reason="承諾書の写しがない", codes=["DLG001"]
    )
    assert returned["state"] == "returned"
    doc = json.loads(compliant)
    doc["delegations"][0]["supervision"] = "月次報告と立入確認"
    service.save_version("tanaka", case, _bytes(doc), parent=1)
    assert service.transition("tanaka", case, "submit")["state"] == "submitted"
    ok = service.decide(
        "sato",
        case,
        "conditional",
        conditions=[
            {"text": "従事者名簿を提出すること", "clause": "000 第6第2項", "due": "2025-05-31"}
        ],
        reason="名簿の提出を条件に承認",
        clauses=["000 第6第2項"],
        valid_from="2025-04-01",
        valid_until="2099-03-31",
    )
    assert ok["state"] == "conditional"
    assert ok["conditions"] == [
        {"text": "従事者名簿を提出すること", "clause": "000 第6第2項", "due": "2025-05-31"}
    ]
    assert ok["supersedes"] == returned["id"]
    assert (
        ok["version"] == 2
        and ok["version_sha256"] == service.show_case("sato", case)["versions"][1]["sha256"]
    )
    # A later change to an approved delegation needs re-approval, with the changed fields.
    doc["delegations"][0]["period"]["end"] = "2026-02-28"
    doc["parties"][2]["address"] = "青葉市北二丁目"
    service.save_version("tanaka", case, _bytes(doc), parent=2)
    shown = service.show_case("sato", case)
    rows = {r["delegation"]: r for r in shown["delegations"]}
    assert rows["d-hokuto"]["needs_reapproval"] is True
    assert rows["d-hokuto"]["changed_fields"] == ["delegate/address", "period/end"]
    assert "needs_reapproval" not in rows["d-sakura"]
    assert shown["derived"] == ["needs_reapproval"]
    # A new decision that covers it clears the flag.
    service.transition("tanaka", case, "submit")
    service.decide("sato", case, "approved", edges=["d-hokuto"])
    assert service.show_case("sato", case)["state"] == "in_review"  # d-sakura not yet decided
    final = service.decide("sato", case, "approved", edges=["d-sakura"])
    assert final["state"] == "approved"
    assert service.show_case("sato", case)["derived"] == []
    assert service.transition("sato", case, "revoke")["state"] == "revoked"
    with pytest.raises(CaseError) as late:
        service.transition("tanaka", case, "submit")
    assert late.value.code == "state" and "取消" in late.value.message.ja


def test_per_delegation_outcomes_combine_worst_first(
    service: CaseService, compliant: bytes
) -> None:
    case = _flow(service, compliant)
    with pytest.raises(CaseError) as unknown:
        service.decide("sato", case, "approved", edges=["d-nowhere"])
    assert unknown.value.code == "invalid" and "d-nowhere" in unknown.value.message.en
    assert service.decide("sato", case, "approved", edges=["d-hokuto"])["state"] == "in_review"
    done = service.decide(
        "sato", case, "rejected", edges=["d-sakura"], reason="再々委託の理由がない"
    )
    assert done["state"] == "rejected"
    assert done["supersedes"] is None


def test_expiry_is_derived_from_the_calendar(store_url: str, compliant: bytes) -> None:
    now = [dt.datetime(2026, 1, 10, tzinfo=dt.UTC)]
    service = CaseService.open(store_url, clock=lambda: now[0])
    try:
        case = _flow(service, compliant)
        service.decide("sato", case, "approved", valid_until="2026-03-31")
        assert service.show_case("sato", case)["derived"] == []
        now[0] = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
        shown = service.show_case("sato", case)
        assert shown["derived"] == ["expired"]
        assert all(r["expired"] for r in shown["delegations"])
    finally:
        service.engine.dispose()


def test_roles_and_self_approval(service: CaseService, compliant: bytes) -> None:
    case = _setup(service, compliant)
    for actor, act in (
        ("yamada", lambda: service.save_version("yamada", case, compliant, parent=1)),
        ("suzuki", lambda: service.transition("suzuki", case, "review")),
        ("sato", lambda: service.new_case("sato", "件名", "課")),
    ):
        with pytest.raises(CaseError) as refused:
            act()
        assert refused.value.code == "role", actor
    with pytest.raises(CaseError) as stranger:
        service.list_cases("nobody")
    assert stranger.value.code == "unknown_user"
    service.transition("tanaka", case, "submit")
    # tanaka (an admin) made and submitted the version: deciding it is self-approval.
    with pytest.raises(CaseError) as own:
        service.decide("tanaka", case, "approved")
    assert own.value.code == "self_approval"
    with pytest.raises(CaseError):
        service.set_self_approval("sato", True)
    service.set_self_approval("tanaka", True)
    assert service.decide("tanaka", case, "approved")["state"] == "approved"


def test_decisions_validate_their_reasons(service: CaseService, compliant: bytes) -> None:
    case = _flow(service, compliant)
    bad: list[dict[str, Any]] = [
        {"outcome": "conditional"},
        {"outcome": "rejected"},
        {"outcome": "approved", "valid_from": "2026-04-01", "valid_until": "2026-03-31"},
        {"outcome": "approved", "valid_until": "31/03/2026"},
        {"outcome": "maybe"},
    ]
    for kwargs in bad:
        with pytest.raises(CaseError) as refused:
            service.decide("sato", case, kwargs.pop("outcome"), **kwargs)
        assert refused.value.kind == "input"
    sha = service.show_case("sato", case)["versions"][0]["sha256"]
    with pytest.raises(CaseError) as stale:
        service.decide("sato", case, "approved", version_sha256="0" * 64)
    assert stale.value.code == "stale_version"
    assert service.decide("sato", case, "approved", version_sha256=sha)["state"] == "approved"


def test_concurrent_decisions_exactly_one_wins(store_url: str, compliant: bytes) -> None:
    first = CaseService.open(store_url)
    case = _flow(first, compliant)
    first.add_user("tanaka", "kato", "approver")
    services = [CaseService.open(store_url) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[Any] = [None, None]

    def decide(i: int, who: str) -> None:
        barrier.wait()
        try:
            results[i] = services[i].decide(
                who, case, "approved" if i else "rejected", reason="理由"
            )
        except CaseError as exc:
            results[i] = exc

    threads = [threading.Thread(target=decide, args=(i, w)) for i, w in enumerate(("sato", "kato"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    won = [r for r in results if isinstance(r, dict)]
    lost = [r for r in results if isinstance(r, CaseError)]
    assert len(won) == 1 and len(lost) == 1
    assert lost[0].code in ("state", "conflict")
    shown = first.show_case("sato", case)
    assert len(shown["decisions"]) == 1 and shown["state"] == won[0]["state"]
    assert first.audit("sato")["intact"]
    for s in (first, *services):
        s.engine.dispose()


def test_withdrawal_before_a_decision(service: CaseService, compliant: bytes) -> None:
    case = _flow(service, compliant)
    assert service.transition("tanaka", case, "withdraw")["state"] == "withdrawn"
    with pytest.raises(CaseError) as refused:
        service.decide("sato", case, "approved")
    assert refused.value.code == "state"
    assert "取下げ" in refused.value.message.ja and "withdrawn" in refused.value.message.en


def test_the_list_of_cases_answers_what_each_case_shows(service: CaseService) -> None:
    for i in range(3):
        service.new_case("tanaka", f"件名 {i}", "情報政策課", profile_id="000")
    listed = service.list_cases("tanaka")
    assert [c["title"] for c in listed] == ["件名 0", "件名 1", "件名 2"]
    for case in listed:
        shown = service.show_case("tanaka", case["id"])
        # The case's own fields, in the order show_case gives them, before its versions.
        assert list(case) == list(shown)[: len(case)]
        assert case == {k: shown[k] for k in case}
    assert [c["id"] for c in service.list_cases("tanaka", state="draft")] == [1, 2, 3]
    assert service.list_cases("tanaka", state="submitted") == []


def test_only_an_admin_manages_users_settings_and_tokens(
    service: CaseService, compliant: bytes
) -> None:
    _setup(service, compliant)  # tanaka the admin; sato an approver
    refused_acts = {
        "add users": lambda: service.add_user("sato", "kato", "viewer"),
        "change this setting": lambda: service.set_self_approval("sato", True),
        "issue API tokens": lambda: service.new_token("sato", "sato"),
        "list API tokens": lambda: service.list_tokens("sato"),
        "revoke API tokens": lambda: service.revoke_token("sato", 1),
    }
    for what, act in refused_acts.items():
        with pytest.raises(CaseError) as refused:
            act()
        assert refused.value.code == "role", what
        assert refused.value.message.en == f"Only an admin may {what}.", what
        assert "管理者だけ" in refused.value.message.ja, what
    assert service.add_user("tanaka", "kato", "viewer") == {"name": "kato", "role": "viewer"}
