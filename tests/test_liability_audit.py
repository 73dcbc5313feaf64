"""Whom the municipality may audit, at each tier, under each template (legal review D10)."""

from __future__ import annotations

import json

import pytest
from test_liability import ROOT, runner

from chain.cli import app
from chain.format import parse_chain
from chain.graph import analyse
from chain.liability.audit import audit_reach
from chain.profiles import load_profile

BASES = ROOT / "tests" / "cases" / "_bases"


def _plan(base: str, profile: str):
    chain = parse_chain((BASES / f"{base}.json").read_bytes())
    return audit_reach(analyse(chain), load_profile(profile))


def _rows(plan) -> list[tuple[str, int, str, str, str | None]]:
    """(party, tier, reach, first clause, interpretation) of each company."""
    out = []
    for r in plan.parties:
        c = r.citations[0] if r.citations else None
        first = f"{c.source} {c.part or ''}{c.article or ''}({c.paragraph or ''})" if c else ""
        interp = r.interpretation.id if r.interpretation is not None else None
        out.append((r.party, r.tier, r.reach, first, interp))
    return out


@pytest.mark.parametrize(
    ("profile", "expected", "duty", "on_site"),
    [
        # 000 第11: the contractor and the subcontractor; deeper only through 第6-3, 6-5.
        (
            "000",
            [
                ("aoba", 1, "direct", "000 11(1)", None),
                ("towa", 2, "direct", "000 11(1)", None),
                ("kita", 3, "flow_down", "000 6(3)", "audit-deeper"),
            ],
            False,
            "not_stated",
        ),
        # 001 第11: 乙 and the subcontractor, on-site included; deeper through 第7-2.
        (
            "001",
            [
                ("aoba", 1, "direct", "001 11(1)", None),
                ("towa", 2, "direct", "001 11(1)", None),
                ("kita", 3, "flow_down", "001 7(2)", "audit-deeper"),
            ],
            False,
            "yes",
        ),
        # 002 第7-1 and 第8: every 再委託等の相手方, with alternatives to the inspection.
        (
            "002",
            [
                ("aoba", 1, "direct", "002 7(1)", None),
                ("towa", 2, "direct", "002 7(1)", None),
                ("kita", 3, "direct", "002 7(1)", "audit-every-tier"),
            ],
            False,
            "yes",
        ),
        # 003 第17条: a duty of the city, subcontractors included, on site in principle.
        (
            "003",
            [
                ("aoba", 1, "direct", "003 17(1)", None),
                ("towa", 2, "direct", "003 17(1)", None),
                ("kita", 3, "direct", "003 17(1)", "audit-deeper"),
            ],
            True,
            "principle",
        ),
        # 004 本文3: the contractor only; subcontractors through its guidance, 本文2(3).
        (
            "004",
            [
                ("aoba", 1, "direct", "004 本文(3)", None),
                ("towa", 2, "flow_down", "004 本文(2)", "audit-through-contractor"),
                ("kita", 3, "flow_down", "004 本文(2)", "audit-through-contractor"),
            ],
            False,
            "not_stated",
        ),
    ],
)
def test_each_templates_audit_reach_per_tier(profile, expected, duty, on_site) -> None:
    plan = _plan(f"{profile}_three_tier", profile)
    assert _rows(plan) == expected
    assert (plan.duty, plan.on_site) == (duty, on_site)
    assert plan.direct == tuple(r[0] for r in expected if r[2] == "direct")


def test_002_names_the_alternatives_to_an_inspection() -> None:
    plan = _plan("002_three_tier", "002")
    words = " ".join(a.en for a in plan.alternatives)
    assert "third party" in words and "ISO/IEC 27001" in words
    assert not _plan("000_three_tier", "000").alternatives


def test_a_profile_without_audit_data_gives_no_plan() -> None:
    kita = load_profile(ROOT / "tests" / "cases" / "_profiles" / "kita.toml")
    chain = parse_chain((BASES / "kita_two_tier.json").read_bytes())
    assert audit_reach(analyse(chain), kita) is None


def test_a_tier_no_entry_covers_is_out_of_reach(tmp_path) -> None:
    src = (ROOT / "chain" / "profiles" / "004.toml").read_text(encoding="utf-8")
    # Only the contractor's entry is kept: the subcontractor's tier has none.
    src = src.replace('min_tier = 2\nreach = "flow_down"', 'tiers = [9]\nreach = "flow_down"')
    path = tmp_path / "city.toml"
    path.write_text(src.replace('id = "004"', 'id = "city004"'), encoding="utf-8")
    plan = _plan("004_two_tier", str(path))
    assert [(r.party, r.reach, r.citations) for r in plan.parties][1] == ("towa", "none", ())


def test_chain_liability_shows_the_audit_reach_in_text_and_json() -> None:
    path = str(ROOT / "sample_data/000/compliant.json")
    result = runner.invoke(app, ["liability", path, "--at", "sakura", "-f", "json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.output)["audit"]
    assert [(p["party"], p["reach"]) for p in audit["parties"]] == [
        ("minato", "direct"),
        ("hokuto", "direct"),
        ("sakura", "flow_down"),
    ]
    assert audit["parties"][0]["citations"][0]["article"] == "11"
    assert audit["parties"][2]["interpretation"]["id"] == "audit-deeper"
    text = runner.invoke(app, ["liability", path, "--at", "sakura", "--lang", "en"]).output
    assert "Audit by the municipality" in text
    assert "only through the contractor" in text and "000 art. 11(1)" in text
