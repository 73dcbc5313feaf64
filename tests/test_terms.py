"""A profile's own words ([terms]) in every message and fix; the built-in words by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain.check.catalog import catalog
from chain.check.wording import fill_terms, generic, profile_terms
from chain.profiles import builtin_rules
from chain.profiles.load import ProfileError, load_profile
from chain.profiles.terms import FACT_WORDS, TERM_KEYS
from chain.validate import validate_bytes
from chain.vocab import L

ROOT = Path(__file__).resolve().parent.parent
MINAMI = ROOT / "tests/cases/_profiles/minami.toml"
BASE = ROOT / "tests/cases/_bases/minami_two_tier.json"

TERMS = """
[terms]
municipality = { ja = "甲", en = "Party A" }
consent = { ja = "確認", en = "confirmation" }
notification_document = { ja = "申出書", en = "letter of notice" }
delegation = { ja = "再請負", en = "sub-contract (tier 2)" }
"""


def _profile(tmp: Path, extra: str) -> Path:
    text = MINAMI.read_text(encoding="utf-8").replace("[roles]", extra + "\n[roles]", 1)
    path = tmp / "words.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_term_has_a_built_in_word() -> None:
    assert set(builtin_rules().terms.given()) == set(TERM_KEYS)


def test_the_built_in_words_are_the_words_of_the_facts() -> None:
    # So a profile without [terms] words every finding as before.
    given = builtin_rules().terms.given()
    for key, word in FACT_WORDS.items():
        assert given[key] == word, key


def test_fill_terms_keeps_the_facts_and_escapes_the_words() -> None:
    template = L("{term.consent}が{delegate}にありません", "no {term.consent} for {delegate}")
    filled = fill_terms(template, {"consent": L("承認{x}", "approval")})
    assert filled == L("承認{{x}}が{delegate}にありません", "no approval for {delegate}")
    assert fill_terms(L("a {b}", "a {b}"), {}) == L("a {b}", "a {b}")


def test_documentation_shows_the_built_in_words() -> None:
    for doc in catalog().values():
        for lang in ("ja", "en"):
            assert "term." not in generic(doc.fix, lang)
            assert "term." not in generic(doc.message, lang)


def test_a_profile_s_words_are_in_its_messages_and_facts(tmp_path: Path) -> None:
    profile = load_profile(str(_profile(tmp_path, TERMS)))
    assert profile_terms(profile)["consent"] == L("確認", "confirmation")
    assert profile_terms(profile)["contractor"] == builtin_rules().terms.contractor
    doc = json.loads(BASE.read_text(encoding="utf-8"))
    d = doc["delegations"][0]
    d["documents"] = [x for x in d["documents"] if x["kind"] != "notification"]
    res = validate_bytes(json.dumps(doc, ensure_ascii=False).encode(), profile=profile)
    assert res.report is not None
    (finding,) = [f for f in res.report.findings if f.code == "DLG001"]
    assert "申出書" in finding.message.ja and "再請負" in finding.message.ja
    assert "letter of notice" in finding.message.en and "sub-contract" in finding.message.en
    assert finding.facts["kind"] == L("再請負", "sub-contract (tier 2)")
    # Without [terms], the same chain words the finding as the tool does.
    plain = validate_bytes(
        json.dumps(doc, ensure_ascii=False).encode(), profile=load_profile(str(MINAMI))
    )
    (before,) = [f for f in plain.report.findings if f.code == "DLG001"]  # type: ignore[union-attr]
    assert "届出" in before.message.ja and "再委託" in before.message.ja


def test_a_template_word_of_the_catalogue_takes_the_profile_s_word(tmp_path: Path) -> None:
    profile = load_profile(str(_profile(tmp_path, TERMS)))
    terms = profile_terms(profile)
    fix = fill_terms(catalog()["DLG007"].fix, terms)
    assert "確認" in fix.ja and "承諾" not in fix.ja
    msg = fill_terms(catalog()["PLC003"].message, terms)
    assert "甲" in msg.ja and "Party A" in msg.en


def test_an_unknown_term_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _profile(tmp_path, '[terms]\nconsnet = { ja = "承認", en = "approval" }\n')
    with pytest.raises(ProfileError) as info:
        load_profile(str(path))
    (problem,) = info.value.problems
    assert (problem.type, problem.pointer) == ("extra_forbidden", "/terms/consnet")
    assert problem.line == 15
