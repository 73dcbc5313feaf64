"""Options of the document and notice rules that no case file's profile sets: a staff notice
required of the first staff only (on_change = false), and a delegation requirement narrowed
to some tiers; each outcome is the findings' codes and pointers."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from support.casefiles import read_base

from chain.profiles.load import parse_profile
from chain.profiles.tomlfile import parse_toml
from chain.validate import validate_bytes

PROFILE = Path(__file__).parent / "cases" / "_profiles" / "nishi.toml"


def _profile(replace: tuple[str, str]):
    text = PROFILE.read_text(encoding="utf-8").replace(*replace)
    return parse_profile(parse_toml(text.encode("utf-8")), source=str(PROFILE), text=text)


def _found(chain: dict, profile) -> list[tuple[str, str]]:
    data = json.dumps(chain, ensure_ascii=False).encode("utf-8")
    report = validate_bytes(data, path="case.json", profile=profile).report
    assert report is not None
    return [(f.code, f.pointer) for f in report.findings]


def _with_replacement() -> dict:
    chain = copy.deepcopy(read_base("nishi_two_tier"))
    chain["workers"].append(
        {
            "id": "w-kato",
            "name": "加藤 美咲",
            "party": "towa",
            "employment": "regular",
            "start": "2025-08-01",
            "replaces": "w-ito",
            "documents": [{"kind": "training_record", "date": "2025-07-25"}],
        }
    )
    return chain


def test_a_replacement_is_notified_again_by_default() -> None:
    profile = _profile(("", ""))
    assert _found(_with_replacement(), profile) == [
        ("STF013", "/workers/3"),
        ("STF012", "/workers/3/notified_on"),
    ]


def test_only_the_first_staff_without_on_change() -> None:
    rule = 'code = "STF012"\n'
    profile = _profile((rule, rule + "on_change = false\n"))
    # STF013 keeps its default (every change): the scope is still asked of the newcomer.
    assert _found(_with_replacement(), profile) == [("STF013", "/workers/3")]


def test_a_delegation_requirement_at_some_tiers_only() -> None:
    chain = copy.deepcopy(read_base("nishi_two_tier"))
    del chain["delegations"][0]["records"]
    rule = 'code = "DOC001"\nsubject = "delegation"\n'
    assert _found(chain, _profile(("", ""))) == [("DOC001", "/delegations/0")]
    assert _found(chain, _profile((rule, rule + "min_tier = 3\n"))) == []
    assert _found(chain, _profile((rule, rule + "tiers = [2]\n"))) == [("DOC001", "/delegations/0")]
