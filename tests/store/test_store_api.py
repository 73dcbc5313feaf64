"""The HTTP API over the case service, on SQLite and PostgreSQL: each endpoint's
outcome, tokens, roles, a stale parent, bodies over the limit, batch validation, and
the published OpenAPI schema."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chain.cases.canonical import digest
from chain.cases.service import CaseService
from chain.cases.words import CaseError
from chain.format.limits import Limits

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chain.api import create_app
from chain.api.app import openapi_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_data" / "000"
COMPLIANT = (SAMPLES / "compliant.json").read_bytes()
FAULTY = (SAMPLES / "faulty.json").read_bytes()
JSON = {"Content-Type": "application/json"}


class Office:
    """A store with an admin (tanaka), an officer, an approver and a viewer, each with
    a token, and a client of the API over it."""

    def __init__(self, url: str, limits: Limits | None = None) -> None:
        self.service = CaseService.open(url)
        self.service.new_case("tanaka", "準備", "総務課")  # tanaka runs the store (admin)
        self.tokens = {"tanaka": self.service.new_token("tanaka", "tanaka")["token"]}
        for name, role in (("suzuki", "officer"), ("sato", "approver"), ("ito", "viewer")):
            self.service.add_user("tanaka", name, role)
            self.tokens[name] = self.service.new_token("tanaka", name)["token"]
        self.client = TestClient(create_app(url, limits=limits), raise_server_exceptions=False)

    def as_(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def close(self) -> None:
        self.client.close()
        self.service.engine.dispose()


@pytest.fixture
def office(store_url: str) -> Iterator[Office]:
    made = Office(store_url)
    yield made
    made.close()


def test_a_case_from_filing_to_a_decision(office: Office) -> None:
    c, officer, approver = office.client, office.as_("suzuki"), office.as_("sato")
    made = c.post(
        "/cases", json={"title": "課税資料入力業務", "department": "市民税課"}, headers=officer
    )
    assert made.status_code == 201
    case = made.json()["id"]
    assert made.json()["state"] == "draft" and made.json()["created_by"] == "suzuki"
    assert [x["id"] for x in c.get("/cases", headers=office.as_("ito")).json()] == [1, case]
    assert [x["id"] for x in c.get("/cases?state=draft", headers=officer).json()] == [1, case]

    saved = c.post(f"/cases/{case}/versions", content=COMPLIANT, headers={**officer, **JSON})
    assert saved.status_code == 201
    assert saved.json()["version"] == 1 and saved.json()["source"] == "api"
    assert saved.json()["findings"] == {"profile_id": "000", "error": 0, "warning": 0, "info": 1}
    second = c.post(f"/cases/{case}/versions?parent=1", content=FAULTY, headers={**officer, **JSON})
    assert second.status_code == 201 and second.json()["findings"]["error"] > 0
    versions = c.get(f"/cases/{case}/versions", headers=officer).json()
    assert [(v["version"], v["conflict"]) for v in versions] == [(1, False), (2, False)]
    chain = c.get(f"/cases/{case}/versions/1", headers=officer).json()
    assert chain == json.loads(COMPLIANT)

    diff = c.get(f"/cases/{case}/diff?a=1&b=2", headers=officer).json()
    assert "d-komachi" in diff["chain"]["delegations"]["added"]
    assert "DLG002" in {f["code"] for f in diff["findings"]["new"]}

    assert c.post(f"/cases/{case}/submit", headers=officer).json()["state"] == "submitted"
    assert c.post(f"/cases/{case}/review", headers=approver).json()["state"] == "in_review"
    decided = c.post(
        f"/cases/{case}/decisions",
        json={"outcome": "returned", "codes": ["DLG002"], "reason": "再々委託の承認がない"},
        headers=approver,
    )
    assert decided.status_code == 201, decided.text
    assert decided.json()["state"] == "returned" and decided.json()["version"] == 2
    listed = c.get(f"/cases/{case}/decisions", headers=officer).json()
    assert [(d["outcome"], d["decided_by"], d["reasons"]["codes"]) for d in listed] == [
        ("returned", "sato", ["DLG002"])
    ]
    shown = c.get(f"/cases/{case}", headers=officer).json()
    assert shown["state"] == "returned" and len(shown["versions"]) == 2

    audit = c.get(f"/audit?case={case}", headers=office.as_("ito")).json()
    assert audit["intact"] is True
    assert [e["action"] for e in audit["events"]] == [
        "case.new",
        "version.save",
        "version.save",
        "case.submit",
        "case.review",
        "decision.returned",
        "case.state",
    ]
    assert {e["actor"] for e in audit["events"]} == {"suzuki", "sato"}
    exported = c.get(f"/cases/{case}/export", headers=officer).json()
    assert exported["format"] == "subcontract-chain-case" and len(exported["versions"]) == 2


def test_a_stale_parent_is_refused_with_409_and_both_versions_kept(office: Office) -> None:
    c, officer = office.client, office.as_("suzuki")
    case = c.post("/cases", json={"title": "t", "department": "d"}, headers=officer).json()["id"]
    c.post(f"/cases/{case}/versions", content=COMPLIANT, headers=officer)
    c.post(f"/cases/{case}/versions?parent=1", content=FAULTY, headers=officer)
    stale = c.post(f"/cases/{case}/versions?parent=1", content=COMPLIANT, headers=officer)
    assert stale.status_code == 409
    error = stale.json()["error"]
    assert error["code"] == "stale_parent"
    assert (error["kept"], error["current"], error["parent"]) == (3, 2, 1)
    assert "第 3 版として残しました" in error["message"]["ja"]
    assert "kept as version 3" in error["message"]["en"]
    # Worded for any caller: no command-line option in an HTTP answer.
    assert "--parent" not in error["message"]["ja"] + error["message"]["en"]
    versions = c.get(f"/cases/{case}/versions", headers=officer).json()
    assert [(v["version"], v["conflict"]) for v in versions] == [(1, False), (2, False), (3, True)]
    # A second save without naming its parent is refused too, as the CLI refuses it.
    missing = c.post(f"/cases/{case}/versions", content=COMPLIANT, headers=officer)
    assert missing.status_code == 422 and missing.json()["error"]["code"] == "parent_missing"


def test_requests_without_or_with_a_wrong_token_are_refused(office: Office) -> None:
    c = office.client
    for headers in ({}, {"Authorization": "Bearer sct_wrong"}, {"Authorization": "Basic eDp5"}):
        for method, url in (("get", "/cases"), ("post", "/validate"), ("get", "/audit")):
            r = c.request(method, url, headers=headers, content=COMPLIANT)
            assert r.status_code == 401, (url, headers)
            assert r.headers["www-authenticate"] == "Bearer"
            assert r.json()["error"]["code"] == "unauthorized"
            assert r.json()["error"]["message"]["ja"].startswith("API トークン")
    # A revoked token stops working; the store keeps only the hashes.
    office.service.revoke_token("tanaka", 4)  # ito's
    assert c.get("/cases", headers=office.as_("ito")).status_code == 401
    assert c.get("/cases", headers=office.as_("sato")).status_code == 200
    with office.service.engine.connect() as conn:
        from sqlalchemy import text

        kept = [row[0] for row in conn.execute(text("SELECT sha256 FROM api_tokens ORDER BY id"))]
    assert kept == [digest(office.tokens[n]) for n in ("tanaka", "suzuki", "sato", "ito")]
    assert not any(office.tokens[n] in kept for n in office.tokens)


def test_roles_are_enforced_by_the_service(office: Office) -> None:
    c, officer, approver, viewer = (
        office.client,
        office.as_("suzuki"),
        office.as_("sato"),
        office.as_("ito"),
    )
    refused = c.post("/cases", json={"title": "t", "department": "d"}, headers=viewer)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "role"
    assert "閲覧" in refused.json()["error"]["message"]["ja"]
    case = c.post("/cases", json={"title": "t", "department": "d"}, headers=officer).json()["id"]
    assert c.post(f"/cases/{case}/versions", content=COMPLIANT, headers=approver).status_code == 403
    c.post(f"/cases/{case}/versions", content=COMPLIANT, headers=officer)
    assert c.post(f"/cases/{case}/submit", headers=officer).status_code == 200
    assert c.post(f"/cases/{case}/review", headers=officer).status_code == 403
    decide = {"outcome": "approved"}
    assert c.post(f"/cases/{case}/decisions", json=decide, headers=officer).status_code == 403
    # The approver decides; an action the state does not allow is 409.
    c.post(f"/cases/{case}/review", headers=approver)
    assert c.post(f"/cases/{case}/decisions", json=decide, headers=approver).status_code == 201
    again = c.post(f"/cases/{case}/review", headers=approver)
    assert again.status_code == 409 and again.json()["error"]["code"] == "state"
    assert c.post(f"/cases/{case}/undo", headers=approver).status_code == 422
    # Self-approval: the admin files, saves and submits, then may not decide it.
    own = c.post("/cases", json={"title": "t", "department": "d"}, headers=office.as_("tanaka"))
    n = own.json()["id"]
    c.post(f"/cases/{n}/versions", content=COMPLIANT, headers=office.as_("tanaka"))
    c.post(f"/cases/{n}/submit", headers=office.as_("tanaka"))
    self_ = c.post(f"/cases/{n}/decisions", json=decide, headers=office.as_("tanaka"))
    assert self_.status_code == 403 and self_.json()["error"]["code"] == "self_approval"
    # Only an admin may issue tokens (through the service, as the CLI does).
    with pytest.raises(CaseError) as refused_token:
        office.service.new_token("suzuki", "suzuki")
    assert refused_token.value.code == "role"


def test_unknown_cases_and_unusable_requests(office: Office) -> None:
    c, officer = office.client, office.as_("suzuki")
    missing = c.get("/cases/99", headers=officer)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert c.get("/cases/1/versions/7", headers=officer).status_code == 404
    bad = c.post("/cases", json={"title": "t"}, headers=officer)
    assert bad.status_code == 422
    assert bad.json()["error"]["problems"][0]["pointer"] == "/department"
    assert c.get("/cases/abc", headers=officer).status_code == 422
    assert c.get("/nowhere", headers=officer).json()["error"]["code"] == "http"
    # A malformed chain: the located problems the CLI gives.
    broken = c.post("/cases/1/versions", content=b'{"contract": ', headers=officer)
    assert broken.status_code == 422
    problems = broken.json()["error"]["problems"]
    assert problems and problems[0]["line"] == 1
    wrong = json.loads(COMPLIANT)
    wrong["parties"][0]["kind"] = "alien"
    located = c.post("/cases/1/versions", content=json.dumps(wrong), headers=officer)
    assert located.status_code == 422
    assert located.json()["error"]["problems"][0]["pointer"] == "/parties/0/kind"
    odd = c.post("/cases/1/decisions", json={"outcome": "maybe"}, headers=office.as_("sato"))
    assert odd.status_code == 422 and odd.json()["error"]["problems"][0]["pointer"] == "/outcome"


def test_validate_answers_as_chain_validate_json(office: Office, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from chain.cli import build_app

    c, viewer = office.client, office.as_("ito")
    r = c.post("/validate", content=FAULTY, headers=viewer)
    assert r.status_code == 200
    path = tmp_path / "faulty.json"
    path.write_bytes(FAULTY)
    cli = CliRunner().invoke(build_app(), ["validate", str(path), "--format", "json"])
    api, expected = r.json(), json.loads(cli.stdout)
    assert api["summary"] == expected["summary"]
    assert api["files"][0]["findings"] == expected["files"][0]["findings"]
    assert {f["code"] for f in api["files"][0]["findings"]} >= {"DLG002"}
    unreadable = c.post("/validate", content=b'{"contract": [', headers=viewer)
    assert unreadable.status_code == 422
    assert unreadable.json()["files"][0]["status"] == "invalid"
    assert unreadable.json()["files"][0]["errors"][0]["line"] == 1
    chosen = c.post("/validate?profile=001", content=COMPLIANT, headers=viewer)
    assert chosen.json()["files"][0]["profile"]["id"] == "001"
    # A request names a profile by id, never a file on the server.
    for profile in ("/etc/passwd", "../chain/profiles/000.toml", "nope"):
        r = c.post(f"/validate?profile={profile}", content=COMPLIANT, headers=viewer)
        assert r.status_code == 422 and r.json()["error"]["code"] == "profile_unknown"


def test_a_body_over_the_limit_is_refused_with_413(store_url: str) -> None:
    office = Office(store_url, limits=Limits(max_bytes=len(COMPLIANT) - 1))
    try:
        c, officer = office.client, office.as_("suzuki")
        for url in ("/validate", "/cases/1/versions", "/batch"):
            r = c.post(url, content=COMPLIANT, headers=officer)
            assert r.status_code == 413, url
            error = r.json()["error"]
            assert error["code"] == "too_large"
            assert f"{len(COMPLIANT):,} バイト" in error["message"]["ja"]
            assert error["problems"][0]["type"] == "too_large"

        # Sent in pieces with no length declared, the body is read only up to the limit.
        def pieces() -> Iterator[bytes]:
            for _ in range(10_000):
                yield b" " * 1024

        streamed = c.post("/validate", content=pieces(), headers=officer)
        assert streamed.status_code == 413
        assert streamed.json()["error"]["code"] == "too_large"
        # The bodies FastAPI reads itself (a new case, a decision) are bounded alike.
        big = {"title": "t" * len(COMPLIANT), "department": "d"}
        assert c.post("/cases", json=big, headers=officer).status_code == 413
        for url in ("/cases", "/cases/1/decisions"):
            r = c.post(url, content=pieces(), headers={**officer, **JSON})
            assert r.status_code == 413 and r.json()["error"]["code"] == "too_large", url
        assert [x["title"] for x in c.get("/cases", headers=officer).json()] == ["準備"]
        assert c.get("/cases/1/versions", headers=officer).json() == []
    finally:
        office.close()


def test_batch_validation_gives_each_submission_its_own_result(office: Office) -> None:
    c, viewer = office.client, office.as_("ito")
    body = {
        "submissions": [
            {"name": "a.json", "chain": json.loads(COMPLIANT)},
            {"name": "b.json", "chain": json.loads(FAULTY)},
            {"name": "c.json", "chain": [1, 2]},
            {"chain": {"contract": {}}},
        ]
    }
    r = c.post("/batch", json=body, headers=viewer)
    assert r.status_code == 200
    files = r.json()["files"]
    assert [(f["path"], f["status"], f["exit_code"]) for f in files] == [
        ("a.json", "checked", 0),
        ("b.json", "checked", 1),
        ("c.json", "invalid", 2),
        ("submission-4", "invalid", 2),
    ]
    assert files[2]["errors"][0]["pointer"] == "/submissions/2/chain"
    assert "DLG002" in {f["code"] for f in files[1]["findings"]}
    assert r.json()["summary"]["files"] == 4
    many = {"submissions": [{"chain": {}}] * 101}
    over = c.post("/batch", json=many, headers=viewer)
    assert over.status_code == 413 and over.json()["error"]["code"] == "too_many"
    for bad in (b"[]", b"{", b'{"submissions": 3}', b"[" * 5000):
        refused = c.post("/batch", content=bad, headers=viewer)
        assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid"


def test_the_openapi_schema_is_published_and_its_copy_current() -> None:
    app = create_app("sqlite://")
    served = TestClient(app).get("/openapi.json").json()
    assert {"/cases", "/cases/{case}/versions", "/validate", "/batch", "/audit"} <= set(
        served["paths"]
    )
    assert served["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    published = (ROOT / "schemas" / "api.openapi.json").read_text(encoding="utf-8")
    assert published == openapi_text(), (
        "schemas/api.openapi.json drifted from the API; run `chain api openapi --write schemas`"
    )


def test_chain_case_token_new_prints_a_token_that_the_api_takes(store_url: str) -> None:
    from typer.testing import CliRunner

    from chain.cli import build_app

    def case(*args: str, user: str = "tanaka") -> Any:
        return CliRunner().invoke(
            build_app(),
            ["case", *args, "--user", user],
            env={"CHAIN_DATABASE_URL": store_url, "CHAIN_LANG": "ja"},
            catch_exceptions=False,
        )

    assert case("new", "準備", "-d", "総務課").exit_code == 0  # tanaka runs the store
    assert case("user", "sato", "approver").exit_code == 0
    issued = case("token", "new", "sato", "--label", "夜間バッチ")
    assert issued.exit_code == 0
    token = issued.stdout.strip()
    assert token.startswith("sct_") and "二度と表示されません" in issued.stderr
    refused = case("token", "new", "tanaka", user="sato")
    assert refused.exit_code == 1
    unknown = case("token", "new", "nobody", "--json")
    assert unknown.exit_code == 2
    assert json.loads(unknown.stdout)["error"]["code"] == "unknown_user"
    client = TestClient(create_app(store_url))
    try:
        answer = client.get("/audit", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        assert [e["action"] for e in answer.json()["events"]][-1] == "token.new"
        assert token not in answer.text
        assert case("token", "revoke", "1").exit_code == 0
        listed = case("token", "list", "--json")
        assert [(t["id"], t["label"], t["user"]) for t in json.loads(listed.stdout)] == [
            (1, "夜間バッチ", "sato")
        ]
        assert json.loads(listed.stdout)[0]["revoked_at"] and token not in listed.stdout
        assert case("token", "list", user="sato").exit_code == 1
        assert client.get("/audit", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    finally:
        client.close()


def test_a_failure_inside_is_answered_without_a_traceback(office: Office) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret detail at /srv/app/chain/cases/service.py line 42")

    service = office.client.app.state.service()
    service.list_cases = broken
    r = office.client.get("/cases", headers=office.as_("ito"))
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "internal"
    assert "Traceback" not in r.text and "secret" not in r.text and "service.py" not in r.text


def test_the_api_holds_no_database_code() -> None:
    import ast

    for path in sorted((ROOT / "chain" / "api").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            alias.name if isinstance(node, ast.Import) else node.module or ""
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        touched = {n for n in names if n.split(".")[0] in ("sqlalchemy", "alembic", "psycopg")}
        touched |= {n for n in names if n.startswith("chain.cases.") and n != "chain.cases.words"}
        assert touched <= {"chain.cases.service"}, (path.name, touched)


def test_concurrent_saves_on_one_parent_one_wins_the_others_kept(office: Office) -> None:
    from concurrent.futures import ThreadPoolExecutor

    c, officer = office.client, office.as_("suzuki")
    case = c.post("/cases", json={"title": "t", "department": "d"}, headers=officer).json()["id"]
    c.post(f"/cases/{case}/versions", content=COMPLIANT, headers=officer)

    def save(_n: int) -> int:
        url = f"/cases/{case}/versions?parent=1"
        status: int = c.post(url, content=FAULTY, headers=officer).status_code
        return status

    with ThreadPoolExecutor(4) as pool:
        statuses = sorted(pool.map(save, range(4)))
    assert statuses == [201, 409, 409, 409]
    versions = c.get(f"/cases/{case}/versions", headers=officer).json()
    assert sorted(v["conflict"] for v in versions) == [False, False, True, True, True]
    assert c.get("/audit", headers=officer).json()["intact"] is True


def test_the_documents_filed_in_a_case_are_served_with_their_hash(office: Office) -> None:
    """A notice filed in a case (chain draft decision) is listed and served as filed."""
    import hashlib

    service = office.service
    case = service.new_case("suzuki", "課税資料入力業務", "市民税課")["id"]
    notice = "承諾通知書「=SUM(A1)」<b>".encode()
    filed = service.file_document(
        "sato",  # an approver files the notice of a decision
        case,
        kind="decision_notice",
        name="承諾通知書 第1号.docx",
        data=notice,
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    c = office.client
    listed = c.get(f"/cases/{case}/documents", headers=office.as_("ito"))  # a viewer reads
    assert listed.status_code == 200
    (row,) = listed.json()
    assert row["id"] == filed["id"] and row["sha256"] == hashlib.sha256(notice).hexdigest()
    assert "content" not in row
    got = c.get(f"/cases/{case}/documents/{filed['id']}", headers=office.as_("ito"))
    assert got.status_code == 200 and got.content == notice
    assert got.headers["X-Content-SHA256"] == hashlib.sha256(notice).hexdigest()
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''%E6%89%BF" in got.headers["content-disposition"]
    missing = c.get(f"/cases/{case}/documents/{filed['id'] + 99}", headers=office.as_("ito"))
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert c.get(f"/cases/{case}/documents").status_code == 401
