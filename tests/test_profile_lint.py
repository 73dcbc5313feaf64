"""Strict loading: each problem a profile can have is found, with its type, file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from chain.profiles import builtin_rules
from chain.profiles.lint import LINT_TYPES, lint
from chain.profiles.load import ProfileError, load_profile, parse_profile
from chain.profiles.model import BUILTIN_DIR
from chain.profiles.shipped import shipped_names, shipped_toml
from chain.profiles.tomlfile import parse_toml

HEAD = """\
id = "lint"
title = "検査用"
issuer = "架空町"
source = "lint_example.txt"
article_suffix = "条"
summary = { ja = "検査用", en = "for tests" }

[roles]
municipality = "町"
contractor = "受注者"

[articles]
"5" = "再委託"
"7" = "損害賠償"

[[rules]]
code = "DLG001"
tiers = [2]
clause = { article = "5" }
"""

#: Each case: the text after HEAD (its first line is line 20, left empty), and the (type, line, pointer)
#: one of its problems must have.
CASES: dict[str, tuple[str, tuple[str, int, str]]] = {
    "tier below 1": (
        '\n[[rules]]\ncode = "DLG002"\ntiers = [0]\nclause = { article = "5" }\n',
        ("tier_below_1", 23, "/rules/1/tiers/0"),
    ),
    "a rule's own fix naming a fact the rule does not give": (
        '\n[[rules]]\ncode = "DLG002"\ntiers = [2]\nclause = { article = "5" }\n'
        'fix = { ja = "{nothing}を確認してください。", en = "Check {nothing}." }\n',
        ("rule_text_field", 25, "/rules/1/fix/ja"),
    ),
    "a rule of no tier": (
        '\n[[rules]]\ncode = "DLG002"\nclause = { article = "5" }\n',
        ("never_applies", 21, "/rules/1"),
    ),
    "a tier min_tier covers": (
        '\n[[rules]]\ncode = "DLG002"\ntiers = [3]\nmin_tier = 2\nclause = { article = "5" }\n',
        ("no_effect", 23, "/rules/1/tiers/0"),
    ),
    "an unknown rule code": (
        '\n[[rules]]\ncode = "DLG999"\nclause = { article = "5" }\n',
        ("unknown_code", 22, "/rules/1/code"),
    ),
    "an unknown breach code": (
        '\n[liability]\nbreach_codes = ["DLG001", "XYZ001"]\n',
        ("unknown_code", 22, "/liability/breach_codes/1"),
    ),
    "a breach code no rule reports": (
        '\n[liability]\nbreach_codes = ["DLG001", "STF001"]\n',
        ("no_effect", 22, "/liability/breach_codes/1"),
    ),
    "a clause citing nothing": (
        '\n[[rules]]\ncode = "DLG002"\ntiers = [2]\nclause = {}\n',
        ("clause_cites_nothing", 24, "/rules/1/clause/0"),
    ),
    "an article without heading": (
        '\n[[rules]]\ncode = "DLG002"\ntiers = [2]\nclause = { article = "9" }\n',
        ("unknown_article", 24, "/rules/1/clause/0/article"),
    ),
    "two silences of one id": (
        '\n[[silences]]\nid = "s"\ntopic = { ja = "a", en = "a" }\ninterpretation = { ja = "a", en = "a" }\n'
        "recorded_only = true\n"
        '\n[[silences]]\nid = "s"\ntopic = { ja = "b", en = "b" }\ninterpretation = { ja = "b", en = "b" }\n'
        "recorded_only = true\n",
        ("duplicate_id", 28, "/silences/1/id"),
    ),
    "two rules alike": (
        '\n[[rules]]\ncode = "DLG001"\ntiers = [2]\nclause = { article = "5" }\n',
        ("duplicate_id", 21, "/rules/1"),
    ),
    "a silence nothing relies on": (
        '\n[[silences]]\nid = "s"\ntopic = { ja = "a", en = "a" }\ninterpretation = { ja = "a", en = "a" }\n',
        ("unused_silence", 21, "/silences/0"),
    ),
    "an item list no rule requires": (
        '\n[item_lists.extra]\nlabel = { ja = "a", en = "a" }\n'
        '\n[[item_lists.extra.items]]\nkey = "k"\nlabel = { ja = "a", en = "a" }\n'
        'fields = ["delegation.work"]\nclause = { article = "5" }\n',
        ("unused_item_list", 21, "/item_lists/extra"),
    ),
    "contradictory severities": (
        '\n[[rules]]\ncode = "DLG001"\nmin_tier = 2\nseverity = "warning"\nclause = { article = "5" }\n',
        ("contradictory_severity", 24, "/rules/1/severity"),
    ),
    "a liability entry of no tier": (
        '\n[liability]\n\n[[liability.delegates]]\nbasis = "all_acts"\n',
        ("never_applies", 23, "/liability/delegates/0"),
    ),
    "a document kind not declared": (
        '\n[[rules]]\ncode = "DOC001"\nsubject = "contract"\ndocument = "pledge"\nclause = { article = "5" }\n',
        ("unknown_document_kind", 24, "/rules/1/document"),
    ),
    "a document kind no rule requires": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n',
        ("unused_document_kind", 21, "/document_kinds/pledge"),
    ),
    "a DOC002 without deadline": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC002"\nsubject = "worker"\ndocument = "pledge"\ndue = "none"\n'
        'clause = { article = "5" }\n',
        ("never_applies", 24, "/rules/1"),
    ),
    "days without within_days": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC001"\nsubject = "worker"\ndocument = "pledge"\ndays = 5\n'
        'clause = { article = "5" }\n',
        ("no_effect", 28, "/rules/1/days"),
    ),
    "a DOC004 naming no issuer": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC004"\nsubject = "delegation"\ndocument = "pledge"\n'
        'clause = { article = "5" }\n',
        ("never_applies", 24, "/rules/1"),
    ),
    "a DOC005 without renew": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC005"\nsubject = "party"\ndocument = "pledge"\n'
        'clause = { article = "5" }\n',
        ("never_applies", 24, "/rules/1"),
    ),
    "a DOC006 without renew_months": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC006"\nsubject = "place"\ndocument = "pledge"\n'
        'clause = { article = "5" }\n',
        ("never_applies", 24, "/rules/1"),
    ),
    "a DOC002 on request without days": (
        '\n[document_kinds.pledge]\nlabel = { ja = "誓約書", en = "pledge" }\n'
        '\n[[rules]]\ncode = "DOC002"\nsubject = "contract"\ndocument = "pledge"\n'
        'due = "on_request"\nclause = { article = "5" }\n',
        ("never_applies", 24, "/rules/1"),
    ),
    "a part not declared": (
        '\n[[rules]]\ncode = "PRT001"\ntiers = [2]\nparts = ["planning"]\nclause = { article = "5" }\n',
        ("unknown_part", 24, "/rules/1/parts/0"),
    ),
    "a consent route's when about a worker": (
        '\n[[rules]]\ncode = "DLG001"\ntiers = [3]\nclause = { article = "5" }\n'
        'routes = [{ kind = "approval" }, { kind = "notification", when = { roles = ["operator"] } }]\n',
        ("never_applies", 25, "/rules/1/routes/1/when/roles"),
    ),
    "a consent route's empty when": (
        '\n[[rules]]\ncode = "DLG001"\ntiers = [3]\nclause = { article = "5" }\n'
        'routes = [{ kind = "approval", when = {} }]\n',
        ("no_effect", 25, "/rules/1/routes/0/when"),
    ),
    "a decision role not declared": (
        '\n[decision.roles]\nhead = { ja = "町長", en = "the mayor" }\n'
        '\n[[rules]]\ncode = "DLG014"\ntiers = [2]\ndecided_by = ["head", "deputy"]\n'
        'clause = { article = "5" }\n',
        ("unknown_role", 27, "/rules/1/decided_by/1"),
    ),
    "a liability entry a later one overrides": (
        '\n[liability]\n\n[[liability.delegates]]\ntiers = [2]\nbasis = "all_acts"\n'
        '\n[[liability.delegates]]\nmin_tier = 2\nbasis = "deemed_own"\n',
        ("never_applies", 23, "/liability/delegates/0"),
    ),
}


def _load(tmp: Path, body: str) -> ProfileError:
    path = tmp / "lint.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(str(path))
    assert info.value.source == str(path)
    return info.value


def test_the_head_alone_is_a_valid_profile(tmp_path: Path) -> None:
    path = tmp_path / "lint.toml"
    path.write_text(HEAD, encoding="utf-8")
    assert load_profile(str(path)).id == "lint"


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_problem_is_found_with_its_line_and_a_fix(tmp_path: Path, case: str) -> None:
    body, (kind, line, pointer) = CASES[case]
    exc = _load(tmp_path, body)
    found = {(p.type, p.line, p.pointer) for p in exc.problems}
    assert (kind, line, pointer) in found, found
    problem = next(p for p in exc.problems if p.pointer == pointer)
    assert problem.fix is not None and problem.fix.ja and problem.fix.en
    assert problem.to_dict()["fix"] == problem.fix.to_dict()
    assert f"line {line}, column 1 ({pointer})" in exc.text("en")
    assert f"{line}行1列" in exc.text("ja")


@pytest.mark.parametrize(
    "name", [n for n in shipped_names() if n.startswith("profiles/")], ids=lambda n: n
)
def test_every_shipped_profile_passes_the_linter(name: str) -> None:
    # Their generated data is loaded without the linter at start-up: this is where it runs.
    path = BUILTIN_DIR / Path(name).name
    text = path.read_text(encoding="utf-8")
    profile = parse_profile(parse_toml(path.read_bytes()), source=str(path), text=text)
    enabled = (
        frozenset()
        if profile.id == "_builtin"
        else frozenset(r.code for r in builtin_rules().rules)
    )
    assert lint(profile, enabled=enabled) == []


def test_an_edited_shipped_file_is_linted(monkeypatch: pytest.MonkeyPatch) -> None:
    import chain.profiles.load as load

    seen: list[bool] = []
    real = load.parse_profile
    monkeypatch.setattr(
        load, "parse_profile", lambda *a, **k: seen.append(k["strict"]) or real(*a, **k)
    )
    monkeypatch.setattr(load, "shipped_data", lambda name: (shipped_toml(name), False))
    load._load_shipped.cache_clear()
    try:
        load._load_shipped("003.toml")
    finally:
        load._load_shipped.cache_clear()
    assert seen == [True]


def test_every_lint_type_has_a_case() -> None:
    assert {c[1][0] for c in CASES.values()} >= set(LINT_TYPES)


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    body = CASES["tier below 1"][0] + CASES["a silence nothing relies on"][0]
    exc = _load(tmp_path, body)
    assert {"tier_below_1", "unused_silence"} <= {p.type for p in exc.problems}


def test_the_problems_of_a_rule_s_parameters_are_each_at_its_key(tmp_path: Path) -> None:
    body = '\n[[rules]]\ncode = "DLG002"\ntiers = "two"\nconsent = "maybe"\nclause = { article = "5" }\n'
    exc = _load(tmp_path, body)
    found = {(p.type, p.line, p.pointer) for p in exc.problems}
    assert ("list_type", 23, "/rules/1/tiers") in found
    assert ("literal_error", 24, "/rules/1/consent") in found


def test_an_unknown_code_suggests_close_ones(tmp_path: Path) -> None:
    exc = _load(tmp_path, '\n[[rules]]\ncode = "DLG0001"\nclause = { article = "5" }\n')
    (problem,) = exc.problems
    assert problem.type == "unknown_code"
    assert problem.fix is not None and "DLG001" in problem.fix.en


def test_severities_of_entries_that_never_meet_the_same_delegation_may_differ(
    tmp_path: Path,
) -> None:
    # One entry for delegations carrying personal data (error), one for those carrying none
    # (warning): the two preconditions exclude each other, so nothing contradicts.
    path = tmp_path / "lint.toml"
    head = HEAD.replace(
        "tiers = [2]\nclause", "tiers = [2]\nwhen = { personal_data = true }\nclause"
    )
    path.write_text(
        head + '\n[[rules]]\ncode = "DLG001"\nmin_tier = 2\nwhen = { personal_data = false }\n'
        'severity = "warning"\nclause = { article = "5" }\n',
        encoding="utf-8",
    )
    profile = load_profile(str(path))
    assert [r.severity for r in profile.rules] == [None, "warning"]
    # Without the preconditions the same two entries contradict each other.
    path = tmp_path / "lint_plain.toml"
    path.write_text(
        HEAD + '\n[[rules]]\ncode = "DLG001"\nmin_tier = 2\nseverity = "warning"\n'
        'clause = { article = "5" }\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match="over the same delegations"):
        load_profile(str(path))
