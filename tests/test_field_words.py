"""Fixes and messages name the fields as the officer knows them, by the editor's table and
column (``{field.worker.pledge_on}``) and a document kind by its name (``{kind.flow_down}``),
never by a JSON key: checked when the catalogue is loaded, when a profile is loaded, and
in what the findings of every sample read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chain.check.catalog import catalog, catalogue_problems, load_docs
from chain.check.wording import check_template, fill_terms, profile_terms, render
from chain.format.field_words import field_word
from chain.format.table_specs import TABLES
from chain.profiles import ProfileError, load_profile
from chain.profiles.shipped import shipped_toml
from chain.validate import validate_bytes
from chain.vocab import DOCUMENT_KINDS, L

ROOT = Path(__file__).resolve().parent.parent

# The words of the chain's keys a Japanese text must never show (a key of a field, of a
# list or of a document kind); "ID" and code points (U+E0100) are officer words.
_KEYS = {
    key
    for spec in TABLES.values()
    for col in spec.columns
    for key in col.path.split(".")
    if key != "id"
} | {*DOCUMENT_KINDS, "parties", "documents", "records", "steps", "states", "statuses"}
_KEYS |= {"location", "premises", "country", "answered_on", "scope", "dispatch_documents"}


def _ascii_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z_.]*", re.sub(r"\{[^{}]*\}", "", text)))


def test_a_column_is_named_by_its_table_and_label() -> None:
    assert field_word("worker.pledge_on") == L(
        "従事者表の「誓約書の日付」欄", "the “pledge on” column of the Workers table"
    )
    assert field_word("delegation.reason").ja == "委託（再委託・再々委託）表の「必要とする理由」欄"
    assert field_word("contract.personal_data").ja == "契約の「個人情報の項目」欄"
    assert field_word("delegate.address").ja == "事業者・発注者表の「所在地」欄"
    assert field_word("delegation.period").ja == (
        "委託（再委託・再々委託）表の「期間（開始）」「期間（終了）」欄"
    )
    assert field_word("party").ja == "事業者・発注者表"
    assert field_word("delegation.documents").ja == "書類表"
    # A field the editor keeps without a column: the record and the field's label.
    assert field_word("worker.scope") == L(
        "従事者の「担当する業務の範囲」", "the worker's “scope of work”"
    )
    assert field_word("request.answered_on").ja == "求めの「応じた日」"
    assert field_word("worker.pledge") is None
    assert field_word("nothing.pledge_on") is None


def test_the_placeholders_are_filled_with_labels_and_the_profiles_words() -> None:
    template = L(
        "{kind.approval}の日付を{field.worker.pledge_on}に、{fields:field}",
        "{kind.approval} in {field.worker.pledge_on}; {fields:field}",
    )
    filled = fill_terms(template, profile_terms())
    facts = {"fields": ["delegation.reason", "delegate.address"]}
    assert render(filled, facts, "ja") == (
        "承諾書の日付を従事者表の「誓約書の日付」欄に、"
        "委託（再委託・再々委託）表の「必要とする理由」欄、事業者・発注者表の「所在地」欄"
    )
    assert render(filled, facts, "en").startswith(
        "approval in the “pledge on” column of the Workers table; the “reason” column"
    )
    # The consent document in 003's words (承認書), not the built-in 承諾書.
    words = profile_terms(load_profile("003"))
    assert fill_terms(template, words).ja.startswith(words["consent_document"].ja + "の日付")


def test_an_unknown_field_kind_or_term_is_an_error() -> None:
    text = L("{field.worker.pledge}{kind.nope}{term.nope}{fields:field}{n:>3}", "{delegate}")
    assert check_template(text) == ["field.worker.pledge", "kind.nope", "n:>3", "term.nope"]
    raw = dict(shipped_toml("check/catalog.toml"))
    raw["STF004"] = {**raw["STF004"], "fix": {"ja": "{field.worker.pledge}", "en": "x"}}
    assert catalogue_problems(load_docs(raw)) == ["STF004 fix: field.worker.pledge"]
    assert catalogue_problems(catalog()) == []


def test_no_catalogue_text_shows_a_json_key_in_japanese() -> None:
    for code, doc in catalog().items():
        for text in (doc.message, doc.fix):
            assert not (_ascii_words(text.ja) & _KEYS), (code, text.ja)


@pytest.mark.parametrize("path", sorted((ROOT / "chain" / "profiles").glob("[!_]*.toml")))
def test_no_profile_text_shows_a_json_key_in_japanese(path: Path) -> None:
    profile = load_profile(path.stem)
    for entry in profile.rules:
        for text in (entry.message, entry.fix):
            if text is not None:
                assert not (_ascii_words(text.ja) & _KEYS), (path.stem, entry.code, text.ja)


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in (ROOT / "sample_data").rglob("*.json")
        if ".expected" not in p.name and p.parent.name != "profiles"  # its own profile
    ),
    ids=lambda p: str(p.relative_to(ROOT / "sample_data")),
)
def test_no_finding_of_a_sample_shows_a_json_key_in_japanese(path: Path) -> None:
    report = validate_bytes(path.read_bytes()).report
    assert report is not None
    for f in report.findings:
        words = _ascii_words(f.message.ja) | _ascii_words(f.fix.ja)
        assert not (words & _KEYS), (f.code, f.message.ja, f.fix.ja)


def test_itm001_and_doc001_name_where_to_write_by_label() -> None:
    doc = json.loads((ROOT / "sample_data/001/faulty.json").read_text(encoding="utf-8"))
    report = validate_bytes(json.dumps(doc, ensure_ascii=False).encode()).report
    assert report is not None
    (itm,) = [f for f in report.findings if f.code == "ITM001"][:1]
    assert "委託（再委託・再々委託）表の「必要とする理由」欄" in itm.fix.ja
    assert itm.facts["fields"] == ["delegation.reason"]  # the facts keep the reference
    assert "the “reason” column of the Delegations table" in itm.fix.en


def test_a_profile_text_naming_an_unknown_field_is_refused(tmp_path: Path) -> None:
    source = (ROOT / "sample_data/profiles/example_notification.toml").read_text("utf-8")
    head, _, tail = source.partition('code = "DLG001"')
    assert tail, "the example profile has a DLG001 rule"

    def with_fix(ja: str) -> Path:
        path = tmp_path / f"p{len(list(tmp_path.iterdir()))}.toml"
        fix = f'\nfix = {{ ja = "{ja}", en = "x" }}'
        path.write_text(head + 'code = "DLG001"' + fix + tail, encoding="utf-8")
        return path

    good = load_profile(with_fix("{kind.flow_down}を{field.worker.pledge_on}に"))
    (entry,) = [e for e in good.rules if e.code == "DLG001" and e.fix is not None]
    assert entry.fix is not None and "{field.worker.pledge_on}" in entry.fix.ja
    with pytest.raises(ProfileError, match=r"field\.worker\.pledge"):
        load_profile(with_fix("{field.worker.pledge}に"))
