"""Capacities declared as data: the profile's own label, reasoning and clause for each,
the four wordings of the contractor's liability for its delegates, the damages and
termination texts, and the strict loading of what a profile declares."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from support.dotparse import parse_dot, text_of
from typer.testing import CliRunner

from chain.check import check_chain
from chain.cli import app
from chain.diagram import build_dot
from chain.format.read import parse_chain
from chain.graph import analyse
from chain.liability import CAPACITIES, assess, assess_all
from chain.profiles import ProfileError, load_profile, parse_profile
from chain.profiles.shipped import shipped_toml

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "tests" / "data" / "profiles" / "capacities.toml"
COMPLIANT = ROOT / "sample_data" / "000" / "compliant.json"
FAULTY = ROOT / "sample_data" / "000" / "faulty.json"
runner = CliRunner()

NEW = ("all_responsibility", "deemed_own", "cannot_escape", "final_responsibility")


def data() -> dict[str, Any]:
    return tomllib.loads(PROFILE.read_text("utf-8"))


def cli_json(chain: Path, at: str) -> dict[str, Any]:
    result = runner.invoke(
        app, ["liability", str(chain), "--profile", str(PROFILE), "--at", at, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["assessment"]


def cli_text(chain: Path, at: str, lang: str) -> str:
    result = runner.invoke(
        app, ["liability", str(chain), "--profile", str(PROFILE), "--at", at, "--lang", lang]
    )
    assert result.exit_code == 0, result.output
    return result.output


def held(assessment: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(c["party"], c["capacity"]): c for c in assessment["capacities"]}


def cited(capacity: dict[str, Any]) -> list[str]:
    return [c["label"]["en"] for c in capacity["citations"]]


# -- the test profile: みなし at tier 2, all responsibility at tier 3, its own capacity ---------


def test_deemed_own_at_tier_2_in_json_and_text() -> None:
    caps = held(cli_json(COMPLIANT, "hokuto"))
    deemed = caps[("minato", "deemed_own")]
    assert ("minato", "regardless_of_terms") not in caps
    assert deemed["label"] == {
        "ja": "再委託先の行為を自らの行為とみなす責任",
        "en": "the delegate's acts deemed its own",
    }
    assert cited(deemed) == ["capacities-example art. 6(3)"]
    assert "みなされます" in deemed["trace"][-1]["ja"]
    assert "北斗入力センター株式会社" in deemed["trace"][-1]["ja"]
    text = cli_text(COMPLIANT, "hokuto", "ja")
    assert "■ 再委託先の行為を自らの行為とみなす責任" in text
    assert "capacities-example 第6第3項" in text
    assert "再委託契約の内容にかかわらず発注者に" not in text
    assert "■ the delegate's acts deemed its own" in cli_text(COMPLIANT, "hokuto", "en")


def test_all_responsibility_at_tier_3() -> None:
    caps = held(cli_json(COMPLIANT, "sakura"))
    found = caps[("minato", "all_responsibility")]
    assert found["label"]["en"] == "all responsibility for the delegate's work"
    assert cited(found) == ["capacities-example art. 6(8)"]
    assert "一切の責任を負います" in found["trace"][-1]["ja"]
    assert "有限会社さくらパンチ" in found["trace"][-1]["ja"]
    assert "■ 再委託先が行う業務についての一切の責任" in cli_text(COMPLIANT, "sakura", "ja")


def test_a_capacity_of_the_profile_with_its_own_sentence() -> None:
    caps = held(cli_json(COMPLIANT, "w-haken"))
    own = caps[("minato", "staff_supervised")]
    assert own["label"]["ja"] == "監督すべき従業者の行為についての責任"
    assert cited(own) == ["capacities-example art. 7(2)"]
    assert own["trace"][-1] == {
        "ja": "松本 彩（派遣労働者）は株式会社みなとデータサービスが監督すべき従業者です。"
        "テンプレートにより、株式会社みなとデータサービスはその行為について発注者に責任を負います。",
        "en": "松本 彩 (dispatched worker) is staff 株式会社みなとデータサービス must supervise; "
        "under the template 株式会社みなとデータサービス answers for their acts.",
    }
    assert "■ for the acts of staff it must supervise" in cli_text(COMPLIANT, "w-haken", "en")


def test_damages_and_termination_texts_of_the_profile() -> None:
    caps = held(cli_json(FAULTY, "hokuto"))
    direct = caps[("minato", "direct")]
    assert "第13の損害賠償の定めと債務不履行" in direct["trace"][-1]["ja"]
    assert "under the damages provision of art. 13 and" in direct["trace"][-1]["en"]
    breach = caps[("minato", "own_breach")]
    assert breach["trace"][-1]["ja"].endswith(
        "発注者は契約の全部の解除ができ、生じた損害の賠償を請求することができます。"
    )
    assert breach["trace"][-1]["en"].endswith(
        "opening termination of the whole contract and compensation for the loss caused."
    )
    assert cited(breach) == ["capacities-example art. 12(1)", "capacities-example art. 13"]


def test_default_damages_and_termination_texts_are_the_sentences_of_reasons_toml() -> None:
    """A profile giving no texts of its own (002 without its direct reasoning and claim
    text) gets the sentences of reasons.toml."""
    data = shipped_toml("profiles/002.toml")
    liab = data["liability"]
    liab.pop("damages_claim_text")
    liab["capacities"] = [c for c in liab.get("capacities", []) if c["id"] != "direct"]
    a = assess_all(check_chain(analyse(parse_chain(FAULTY.read_bytes())), parse_profile(data)))
    direct = next(c for x in a.values() for c in x.capacities if c.capacity == "direct")
    assert "損害賠償の条項と債務不履行（民法第415条）" in direct.trace[-1].ja
    breach = next(
        c
        for x in a.values()
        for c in x.capacities
        if c.capacity == "own_breach" and c.interpretation is None
    )
    assert breach.trace[-1].en.endswith("opening termination and a claim for damages.")


def test_the_diagram_names_the_declared_capacities() -> None:
    profile = load_profile(PROFILE)
    report = check_chain(analyse(parse_chain(COMPLIANT.read_bytes())), profile)
    for at, line in [
        ("hokuto", "委託先の行為を自らの行為とみなす: capacities-example 第6第3項"),
        ("w-haken", "従業者の監督責任: capacities-example 第7第2項"),
    ]:
        dot = build_dot(report.graph, findings=report.findings, assessment=assess(report, at))
        minato = next(
            text_of(n["label"])
            for n in parse_dot(dot).nodes.values()
            if "みなと" in text_of(n["label"])
        )
        assert line in minato.splitlines()


# -- each of the four wordings is a capacity of its own -------------------------------------


def with_tier_2(capacity: str) -> dict[str, Any]:
    doc = data()
    doc["liability"]["delegates"][0]["capacity"] = capacity
    return doc


@pytest.mark.parametrize("capacity", NEW)
def test_each_wording_is_its_own_capacity(capacity: str) -> None:
    profile = parse_profile(with_tier_2(capacity))
    report = check_chain(analyse(parse_chain(COMPLIANT.read_bytes())), profile)
    a = assess(report, "hokuto")
    (found,) = [c for c in a.capacities if c.capacity == capacity]
    assert found.label == CAPACITIES[capacity]
    assert found.label != CAPACITIES["regardless_of_terms"]
    assert [c.label.en for c in found.citations] == ["capacities-example art. 6(3)"]
    step = found.trace[-1]
    assert "北斗入力センター株式会社" in step.ja and "北斗入力センター株式会社" in step.en
    assert "株式会社みなとデータサービス" in step.ja and "{" not in step.ja + step.en
    assert "再委託契約の内容にかかわらず" not in step.ja
    assert found.to_dict()["label"] == CAPACITIES[capacity].to_dict()


def test_the_four_wordings_differ_from_each_other() -> None:
    labels = {CAPACITIES[c].ja for c in (*NEW, "regardless_of_terms")}
    assert len(labels) == 5


# -- the older basis values: the same output as before ------------------------------------------


def as_capacities(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every ``basis`` written as the capacity it gives."""
    doc = copy.deepcopy(doc)
    liab = doc["liability"]
    for entry in liab.get("delegates", []):
        entry["capacity"] = {
            "all_acts": "regardless_of_terms",
            "deemed_own": "regardless_of_terms",
        }.get(entry["basis"], entry["basis"])
        del entry["basis"]
    nr = liab.get("non_regular")
    if nr is not None and nr["basis"] == "all_acts":
        nr["capacity"] = "non_regular_all_acts"
        del nr["basis"]
    elif nr is not None:
        del liab["non_regular"]
    return doc


@pytest.mark.parametrize("pid", ["000", "001", "002", "003", "004"])
def test_basis_and_capacity_give_the_same_assessments(pid: str) -> None:
    old = load_profile(pid)
    new = parse_profile(as_capacities(shipped_toml(f"profiles/{pid}.toml")))
    for sample in ("compliant", "faulty"):
        graph = analyse(parse_chain((ROOT / "sample_data" / pid / f"{sample}.json").read_bytes()))
        before = {k: v.to_dict() for k, v in assess_all(check_chain(graph, old)).items()}
        after = {k: v.to_dict() for k, v in assess_all(check_chain(graph, new)).items()}
        assert after == before


def test_older_deemed_own_basis_keeps_its_output() -> None:
    doc = data()
    entry = doc["liability"]["delegates"][0]
    del entry["capacity"]
    entry["basis"] = "deemed_own"
    report = check_chain(analyse(parse_chain(COMPLIANT.read_bytes())), parse_profile(doc))
    assert ("minato", "regardless_of_terms") in {
        (c.party, c.capacity) for c in assess(report, "hokuto").capacities
    }


def test_a_profile_may_relabel_a_built_in_capacity() -> None:
    doc = data()
    doc["liability"]["capacities"].append(
        {
            "id": "direct",
            "label": {"ja": "契約の相手方としての責任", "en": "as the other party to the contract"},
            "attaches": "contract",
            "reasoning": ["direct"],
            "statutes": ["contract_breach"],
        }
    )
    report = check_chain(analyse(parse_chain(COMPLIANT.read_bytes())), parse_profile(doc))
    (direct,) = [c for c in assess(report, "minato").capacities if c.capacity == "direct"]
    assert direct.label.en == "as the other party to the contract"
    assert [c.label.en for c in direct.citations] == ["capacities-example art. 13", "民法 art. 415"]


# -- strict loading -------------------------------------------------------------------------------


def problems(doc: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ProfileError) as err:
        parse_profile(doc)
    for p in err.value.problems:
        assert p.fix is not None and p.fix.ja and p.fix.en
    return [(p.pointer, p.type) for p in err.value.problems]


def own_sentence(doc: dict[str, Any], ja: str) -> dict[str, Any]:
    doc["liability"]["capacities"][0]["reasoning"] = [{"ja": ja, "en": "{worker}"}]
    return doc


@pytest.mark.parametrize(
    "ja",
    [
        "{__class__}",
        "{worker.__class__}",
        "{worker.__init__.__globals__}",
        "{worker[0]}",
        "{worker!r}",
        "{worker:>99999999}",
        "{0}",
        "{}",
        "{host}",
        "{delegate}",
        "{worker",
        "worker}",
        "{{worker}} {L}",
        '"); import os; os.system("x"); ("{worker}',
    ],
)
def test_hostile_sentence_fields_are_refused_where_they_are(ja: str) -> None:
    if ja.startswith('"'):  # literal text is never code: this one is a valid sentence
        profile = parse_profile(own_sentence(data(), ja))
        report = check_chain(analyse(parse_chain(COMPLIANT.read_bytes())), profile)
        (own,) = [
            c for c in assess(report, "w-haken").capacities if c.capacity == "staff_supervised"
        ]
        assert own.trace[-1].ja == '"); import os; os.system("x"); ("松本 彩'
        return
    assert problems(own_sentence(data(), ja)) == [
        ("/liability/capacities/0/reasoning/0/ja", "sentence_field")
    ]


def test_unknown_capacity_is_refused_with_a_close_match() -> None:
    doc = data()
    doc["liability"]["delegates"][0]["capacity"] = "deemed_owm"
    with pytest.raises(ProfileError) as err:
        parse_profile(doc)
    (p,) = err.value.problems
    assert (p.pointer, p.type) == ("/liability/delegates/0/capacity", "unknown_capacity")
    assert p.fix is not None and "Did you mean deemed_own?" in p.fix.en


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["liability"]["non_regular"].update(capacity="deemed_own"),
            [
                ("/liability/capacities/0", "capacity_attaches_to_nothing"),
                ("/liability/non_regular/capacity", "capacity_attachment"),
            ],
        ),
        (
            lambda d: d["liability"]["delegates"][1].update(basis="regardless_of_terms"),
            [("/liability/delegates/1", "capacity_and_basis")],
        ),
        (
            lambda d: d["liability"]["delegates"][1].pop("capacity"),
            [("/liability/delegates/1", "no_capacity")],
        ),
        (
            lambda d: d["liability"]["capacities"][0].update(reasoning=["delegate_act"]),
            [("/liability/capacities/0/reasoning/0", "unknown_sentence")],
        ),
        (
            lambda d: d["liability"]["capacities"][0].update(reasoning=["delegate_acts"]),
            [("/liability/capacities/0/reasoning/0", "sentence_facts")],
        ),
        (
            lambda d: d["liability"]["capacities"][0].update(statutes=["joint_clam"]),
            [("/liability/capacities/0/statutes/0", "unknown_statute_use")],
        ),
        (
            lambda d: d["liability"]["capacities"].append(
                {**d["liability"]["capacities"][0], "id": "unused"}
            ),
            [("/liability/capacities/1", "capacity_attaches_to_nothing")],
        ),
        (
            lambda d: d["liability"]["capacities"].append(
                {
                    **d["liability"]["capacities"][0],
                    "id": "mine",
                    "attaches": "contract",
                    "reasoning": ["direct"],
                }
            ),
            [("/liability/capacities/1/attaches", "capacity_attaches_to_nothing")],
        ),
        (
            lambda d: d["liability"]["capacities"].append(d["liability"]["capacities"][0]),
            [("/liability/capacities/1/id", "duplicate_capacity")],
        ),
        (
            lambda d: d["liability"]["capacities"].append(
                {
                    "id": "direct",
                    "label": {"ja": "x", "en": "x"},
                    "attaches": "delegate",
                    "reasoning": ["direct"],
                }
            ),
            [
                ("/liability/capacities/1/attaches", "capacity_attaches_changed"),
                ("/liability/capacities/1/reasoning/0", "sentence_facts"),
            ],
        ),
    ],
)
def test_strict_loading_of_capacities(change, expected) -> None:
    doc = data()
    change(doc)
    assert problems(doc) == expected


def test_a_profile_file_with_a_hostile_sentence_is_a_located_cli_error(tmp_path: Path) -> None:
    text = PROFILE.read_text("utf-8").replace("{worker}（{employment}）", "{worker.__class__}", 1)
    bad = tmp_path / "bad.toml"
    bad.write_text(text, "utf-8")
    result = runner.invoke(
        app, ["liability", str(COMPLIANT), "--profile", str(bad), "--at", "w-haken"]
    )
    assert result.exit_code == 2
    assert "/liability/capacities/0/reasoning/0/ja" in result.output
    assert "Traceback" not in result.output
    with pytest.raises(ProfileError) as err:
        load_profile(bad)
    (p,) = err.value.problems
    assert p.type == "sentence_field"
    # placed at the key holding the sentence (the sentences are an array of inline tables)
    assert p.line == text[: text.index("reasoning = [")].count("\n") + 1
    assert p.fix is not None
