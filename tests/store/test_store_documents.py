"""Documents filed in a case, on SQLite and PostgreSQL: a drafted decision notice is kept
as written with its SHA-256, the audit trail records the filing, and only those who may
decide file a notice."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from chain.cases.service import CaseService
from chain.cases.words import CaseError
from chain.cli import build_app
from chain.drafts.docx import docx_text

ROOT = Path(__file__).resolve().parents[2]
COMPLIANT = ROOT / "sample_data" / "000" / "compliant.json"
runner = CliRunner()


def _decided(service: CaseService) -> tuple[int, int]:
    case = service.new_case("tanaka", "課税資料入力業務", "市民税課")["id"]
    service.add_user("tanaka", "sato", "approver")
    service.add_user("tanaka", "yamada", "viewer")
    service.save_version("tanaka", case, COMPLIANT.read_bytes(), parent=None)
    service.transition("tanaka", case, "submit")
    service.transition("sato", case, "review")
    decided = service.decide(
        "sato",
        case,
        "conditional",
        edges=["d-hokuto"],
        conditions=[
            {"text": "同等の義務を課すこと", "clause": "特記事項第6第3項", "due": "2025-04-14"}
        ],
    )
    return case, decided["id"]


def test_a_filed_document_is_kept_with_its_hash_and_audited(service: CaseService) -> None:
    case, decision = _decided(service)
    data = b"%PDF-1.4 notice"
    filed = service.file_document(
        "sato",
        case,
        kind="decision_notice",
        name="notice.pdf",
        data=data,
        media_type="application/pdf",
        decision_id=decision,
    )
    assert filed["sha256"] == hashlib.sha256(data).hexdigest()
    assert filed["decision"] == decision and filed["size"] == len(data)
    assert [d["id"] for d in service.documents("yamada", case)] == [filed["id"]]
    record, content = service.document("yamada", case, filed["id"])
    assert content == data and record["intact"]
    audit = service.audit("yamada", case)
    assert audit["intact"]
    event = audit["events"][-1]
    assert event["action"] == "document.filed" and event["after_hash"] == filed["sha256"]
    (exported,) = service.export("yamada", case)["documents"]
    assert exported["sha256"] == filed["sha256"]
    assert base64.b64decode(exported["content_base64"]) == data


def test_filing_is_refused_to_a_viewer_and_for_another_cases_decision(
    service: CaseService,
) -> None:
    case, decision = _decided(service)
    other = service.new_case("tanaka", "別の業務", "市民税課")["id"]
    with pytest.raises(CaseError) as refused:
        service.file_document(
            "yamada", case, kind="decision_notice", name="n.pdf", data=b"x", media_type="x"
        )
    assert refused.value.code == "role"
    with pytest.raises(CaseError) as wrong:
        service.file_document(
            "sato",
            other,
            kind="decision_notice",
            name="n.pdf",
            data=b"x",
            media_type="x",
            decision_id=decision,
        )
    assert wrong.value.code == "not_found"
    with pytest.raises(CaseError):
        service.file_document("sato", case, kind="memo", name="n", data=b"x", media_type="x")
    assert service.documents("yamada", case) == []


def _draft(url: str, *args: str, user: str = "sato"):
    return runner.invoke(
        build_app(),
        ["draft", "decision", *args, "--user", user],
        env={"CHAIN_DATABASE_URL": url, "CHAIN_LANG": "ja"},
    )


def test_the_notice_of_a_recorded_decision_is_drafted_and_filed(
    store_url: str, tmp_path: Path
) -> None:
    service = CaseService.open(store_url)
    try:
        case, decision = _decided(service)
    finally:
        service.engine.dispose()
    out = tmp_path / "notice.pdf"
    result = _draft(
        store_url,
        "--case",
        str(case),
        "--number",
        "青葉市税第1203号",
        "-o",
        str(out),
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    (filed,) = answer["filed"]
    data = out.read_bytes()
    assert filed["sha256"] == hashlib.sha256(data).hexdigest() == answer["documents"][0]["sha256"]
    assert filed["decision"] == decision and filed["media_type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "再委託の条件付承諾通知書" in text and "同等の義務を課すこと" in text
    docx = tmp_path / "notice.docx"
    again = _draft(store_url, "--case", str(case), "--decision-id", str(decision), "-o", str(docx))
    assert again.exit_code == 0, again.output
    assert "青葉市長 森 和彦" in docx_text(docx.read_bytes())
    service = CaseService.open(store_url)
    try:
        kept = service.documents("sato", case)
        assert [d["name"] for d in kept] == ["notice.pdf", "notice.docx"]
        assert service.document("sato", case, kept[1]["id"])[1] == docx.read_bytes()
    finally:
        service.engine.dispose()
    env = {"CHAIN_DATABASE_URL": store_url, "CHAIN_LANG": "ja"}
    listed = runner.invoke(build_app(), ["case", "documents", str(case), "-u", "sato"], env=env)
    assert listed.exit_code == 0 and f"sha256:{filed['sha256']}" in listed.stdout
    back = tmp_path / "back.pdf"
    got = runner.invoke(
        build_app(),
        [
            "case",
            "documents",
            str(case),
            "--document",
            str(filed["id"]),
            "-o",
            str(back),
            "-u",
            "sato",
        ],
        env=env,
    )
    assert got.exit_code == 0, got.output
    assert back.read_bytes() == data


def test_no_notice_without_a_decision_or_for_a_return(store_url: str, tmp_path: Path) -> None:
    service = CaseService.open(store_url)
    try:
        case = service.new_case("tanaka", "課税資料入力業務", "市民税課")["id"]
        service.add_user("tanaka", "sato", "approver")
        service.save_version("tanaka", case, COMPLIANT.read_bytes(), parent=None)
        service.transition("tanaka", case, "submit")
        none = _draft(store_url, "--case", str(case), "-o", str(tmp_path / "n.docx"))
        assert none.exit_code == 2 and "決定はありません" in none.stderr
        service.decide("sato", case, "returned", reason="書類不足")
    finally:
        service.engine.dispose()
    back = _draft(store_url, "--case", str(case), "-o", str(tmp_path / "n.docx"))
    assert back.exit_code == 2 and "差戻し" in back.stderr
    missing = _draft(store_url, "--case", "99", "-o", str(tmp_path / "n.docx"))
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    assert not (tmp_path / "n.docx").exists()
