"""``when`` on a rule entry: its findings count only where every condition holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain.profiles.load import ProfileError, load_profile
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
MINAMI = ROOT / "tests/cases/_profiles/minami.toml"
BASE = ROOT / "tests/cases/_bases/minami_two_tier.json"


def _profile(tmp: Path, when: str) -> Path:
    text = MINAMI.read_text(encoding="utf-8").replace(
        'code = "DLG001"\ntiers = [2]\n', f'code = "DLG001"\ntiers = [2]\nwhen = {when}\n', 1
    )
    path = tmp / "when.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _codes(profile: Path, **change) -> list[str]:
    doc = json.loads(BASE.read_text(encoding="utf-8"))
    d = doc["delegations"][0]
    d["documents"] = [x for x in d["documents"] if x["kind"] != "notification"]
    d.update(change)
    res = validate_bytes(
        json.dumps(doc, ensure_ascii=False).encode(), profile=load_profile(str(profile))
    )
    assert res.report is not None, res.problems
    return [f.code for f in res.report.findings]


@pytest.mark.parametrize(
    ("when", "change", "fires"),
    [
        ("{ personal_data = true }", {}, True),
        ("{ personal_data = true }", {"personal_data": []}, False),
        ("{ categories = ['被保険者番号'] }", {}, True),
        ("{ categories = ['個人番号'] }", {}, False),
        ("{ tiers = [2] }", {}, True),
        ("{ min_tier = 3 }", {}, False),
        ("{ subsidiary = true }", {}, False),
        ("{ roles = ['operator'] }", {}, False),
    ],
)
def test_a_finding_counts_only_where_when_holds(
    tmp_path: Path, when: str, change: dict, fires: bool
) -> None:
    assert ("DLG001" in _codes(_profile(tmp_path, when), **change)) is fires
    # Without when, the rule reports in every case.
    assert "DLG001" in _codes(MINAMI, **change)


def test_a_tier_below_1_in_when_and_an_empty_when_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as info:
        load_profile(str(_profile(tmp_path, "{ tiers = [0] }")))
    assert [(p.type, p.pointer, p.line) for p in info.value.problems] == [
        ("tier_below_1", "/rules/0/when/tiers/0", 26)
    ]
    with pytest.raises(ProfileError) as info:
        load_profile(str(_profile(tmp_path, "{}")))
    assert [(p.type, p.pointer) for p in info.value.problems] == [("no_effect", "/rules/0/when")]
