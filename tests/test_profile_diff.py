"""``chain profile diff``: what one profile requires that the other does not, by topic."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.profiles.diff import diff_profiles
from chain.profiles.load import load_profile, parse_profile
from chain.report.profile_diff import diff_text

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _profile(**changes) -> object:
    data = tomllib.loads((ROOT / "chain" / "profiles" / "000.toml").read_text("utf-8"))
    data.update(changes)
    return parse_profile(data)


def _by(diff, topic: str) -> list:
    return [e for e in diff.entries if e.topic == topic]


def test_a_profile_against_itself_has_no_differences() -> None:
    for pid in ("000", "004"):
        p = load_profile(pid)
        assert diff_profiles(p, p).entries == ()


def test_codes_only_one_applies_with_their_tiers_and_clauses() -> None:
    d = diff_profiles(load_profile("000"), load_profile("002"))
    tiers = {e.subject: e for e in _by(d, "tiers")}
    assert set(tiers) == {"TIR001", "TIR002"}
    # 000 第6第6項 (tier 3, a reason stated or none) and 第6第2項 (tier 2, no reason stated)
    tir001 = {
        (tuple(e.facts["tiers"]), e.facts["scope"]["reason"], e.clauses_a[0].label.ja)
        for e in _by(d, "tiers")
        if e.subject == "TIR001" and e.kind == "only_a"
    }
    assert tir001 == {
        ((3,), "stated", "000 第6第6項（再委託の禁止）"),
        ((3,), "missing", "000 第6第6項（再委託の禁止）"),
        ((2,), "missing", "000 第6第2項（再委託の禁止）"),
    }
    places = {e.subject: e for e in _by(d, "places")}
    assert places["PLC003"].kind == "only_b"
    assert places["PLC003"].facts["scope"] == {"kinds": ["storage", "cloud"]}
    # 第2第4項; at a delegate, 第4 too (the delegate keeps the provisions)
    assert [c.label.ja for c in places["PLC003"].clauses_b] == [
        "002 第2第4項（機密の保持等）",
        "002 第4（再委託等の禁止）",
    ]


def test_consent_left_at_its_default_is_the_same_consent() -> None:
    # 000 writes consent = "approval" on one DLG001 entry only; 002 never: no difference.
    d = diff_profiles(load_profile("000"), load_profile("002"))
    assert "DLG001" not in {e.subject for e in d.entries}


def test_consent_kind_differs() -> None:
    rules = tomllib.loads((ROOT / "chain" / "profiles" / "000.toml").read_text("utf-8"))["rules"]
    for r in rules:
        if r["code"] == "DLG001" and r.get("tiers") == [2]:
            r["consent"] = "notification"
    d = diff_profiles(load_profile("000"), _profile(id="n", rules=rules))
    (e,) = [e for e in d.entries if e.subject == "DLG001"]
    assert (e.kind, e.topic) == ("differs", "consent")
    assert e.facts["changed"] == {"consent": ["approval", "notification"]}
    assert e.clauses_a and e.clauses_b


def test_tiers_one_covers_and_the_other_does_not() -> None:
    d = diff_profiles(load_profile("001"), load_profile("000"))
    (e,) = [e for e in d.entries if e.subject == "TIR002"]
    assert e.kind == "only_a" and e.facts["tiers"] == [3]
    assert [c.label.ja for c in e.clauses_a] == ["001 第7第2項（再委託の禁止）"]


def test_application_items_one_requires_tier_by_tier() -> None:
    d = diff_profiles(load_profile("000"), load_profile("001"))
    items = {(e.subject, tuple(e.facts["tiers"])): e for e in _by(d, "items")}
    rep = items[("delegate", (2,))]
    assert rep.kind == "only_a"
    assert rep.facts["fields"] == [
        "delegate.representative",
        "delegate.address",
        "delegate.contact",
    ]
    assert [c.label.ja for c in rep.clauses_a] == ["000 第6第2項第5号（再委託の禁止）"]
    assert ("work", (2,)) not in items  # both ask for the work delegated


def test_liability_by_tier_and_non_regular() -> None:
    d = diff_profiles(load_profile("000"), load_profile("002"))
    liab = _by(d, "liability")
    tier2 = next(e for e in liab if e.subject == "delegates" and e.facts["tier"] == 2)
    assert (tier2.facts["basis_a"], tier2.facts["basis_b"]) == (
        "regardless_of_terms",
        "joint_and_several",
    )
    assert next(c.label.ja for c in tier2.clauses_b) == "002 第5（再委託等に係る連帯責任）"
    regular = next(e for e in liab if e.subject == "non_regular")
    assert (regular.facts["basis_a"], regular.facts["basis_b"]) == ("all_acts", "general_law")


def test_silences_and_roles() -> None:
    d = diff_profiles(load_profile("000"), load_profile("001"))
    silences = {e.subject: e for e in _by(d, "silences")}
    assert silences["sub-subcontract"].kind == "only_b"
    assert "TIR002" in silences["sub-subcontract"].facts["rules"]
    roles = {e.subject: (e.facts["a"], e.facts["b"]) for e in _by(d, "roles")}
    assert roles == {"contractor": ("受託者", "乙"), "municipality": ("市", "甲")}


def test_topics_come_in_order() -> None:
    d = diff_profiles(load_profile("000"), load_profile("003"))
    keys = [k for k, _label, _hits in d.by_topic()]
    order = ["consent", "items", "tiers", "duties", "staff", "places", "data", "periods"]
    order += ["liability", "silences", "roles", "other"]
    assert keys == [k for k in order if k in keys]


def test_cli_text_and_json_and_english() -> None:
    text = runner.invoke(app, ["profile", "diff", "000", "002"])
    assert text.exit_code == 0, text.output
    assert "## 委託の段階" in text.stdout and "TIR001 原則として認められない段階" in text.stdout
    assert diff_text(diff_profiles(load_profile("000"), load_profile("002")), "ja") == text.stdout
    en = runner.invoke(app, ["profile", "diff", "000", "002", "--lang", "en"])
    assert "## tiers" in en.stdout and "[only 002] PLC003" in en.stdout
    js = runner.invoke(
        app, ["profile", "diff", "000", str(ROOT / "chain/profiles/002.toml"), "-f", "json"]
    )
    data = json.loads(js.stdout)
    assert data["format"] == "subcontract-chain-profile-diff"
    assert (data["a"]["id"], data["b"]["id"]) == ("000", "002")
    topics = {t["topic"]: t for t in data["topics"]}
    tir = [x for x in topics["tiers"]["differences"] if x["subject"] == "TIR001"]
    assert {x["clauses_a"][0]["label"]["ja"] for x in tir} == {
        "000 第6第6項（再委託の禁止）",
        "000 第6第2項（再委託の禁止）",
    }


@pytest.mark.parametrize("args", [["000", "nope"], ["000", "/no/such.toml"]])
def test_cli_unknown_profile_is_a_message(args) -> None:
    result = runner.invoke(app, ["profile", "diff", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_cli_draft(tmp_path: Path) -> None:
    source = ROOT / "tests" / "data" / "templates" / "jo_ko_go.txt"
    result = runner.invoke(app, ["profile", "draft", str(source)])
    assert result.exit_code == 0, result.output
    articles = tomllib.loads(result.stdout)["articles"]
    assert articles == {"1": "目的", "2": "再委託", "3": "責任", "3の2": ""}  # 3の2: no heading
    out = tmp_path / "city.toml"
    assert runner.invoke(app, ["profile", "draft", str(source), "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8") == result.stdout
    binary = tmp_path / "x.pdf"
    binary.write_bytes(b"%PDF\x00\x01")
    bad = runner.invoke(app, ["profile", "draft", str(binary), "--lang", "en"])
    assert bad.exit_code == 2
    assert "Not a text file" in bad.output and "Traceback" not in bad.output


def test_a_new_rule_family_shows_without_a_change(monkeypatch) -> None:
    from chain.profiles import params

    monkeypatch.setitem(params.PARAMS, "XYZ001", params.PlaceScope)
    base = tomllib.loads((ROOT / "chain" / "profiles" / "000.toml").read_text("utf-8"))["rules"]
    rules = [*base, {"code": "XYZ001", "kinds": ["work"], "clause": {"article": "8"}}]
    d = diff_profiles(_profile(id="x", rules=rules), _profile(id="y", rules=base))
    (e,) = [e for e in d.entries if e.subject == "XYZ001"]
    assert (e.topic, e.kind, e.facts["scope"]) == ("other", "only_a", {"kinds": ["work"]})
    assert [c.label.ja for c in e.clauses_a] == ["x 第8（個人情報の安全管理）"]
