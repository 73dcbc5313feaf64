"""The case files' own machinery: the JSON Patch they are written in, the strict loader,
the bases, and the script that rewrites a case as a base and a patch.

Whether each case gives its findings is ``test_cases.py``; here, whether a case file
builds the chain it says, and fails loudly, naming itself, when it cannot.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import rebase
from support.casefiles import (
    BASES_DIR,
    CASES_DIR,
    CaseFileError,
    all_cases,
    load_case,
    load_case_text,
    read_base,
)
from support.patch import PatchError, apply_patch
from support.rebase import bases, canonical, dump_case, main, make_patch, rebase_file

from chain.profiles.load import builtin_profile_ids, load_profile
from chain.validate import validate_bytes

CASES = all_cases()
BASE = "000_two_tier"

# -- JSON Patch (RFC 6902) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "patch", "result"),
    [
        # RFC 6902, appendix A.1 to A.10 and A.16.
        (
            {"foo": "bar"},
            [{"op": "add", "path": "/baz", "value": "qux"}],
            {"baz": "qux", "foo": "bar"},
        ),
        (
            {"foo": ["bar", "baz"]},
            [{"op": "add", "path": "/foo/1", "value": "qux"}],
            {"foo": ["bar", "qux", "baz"]},
        ),
        ({"baz": "qux", "foo": "bar"}, [{"op": "remove", "path": "/baz"}], {"foo": "bar"}),
        (
            {"foo": ["bar", "qux", "baz"]},
            [{"op": "remove", "path": "/foo/1"}],
            {"foo": ["bar", "baz"]},
        ),
        (
            {"baz": "qux", "foo": "bar"},
            [{"op": "replace", "path": "/baz", "value": "boo"}],
            {"baz": "boo", "foo": "bar"},
        ),
        (
            {"foo": {"bar": "baz", "waldo": "fred"}, "qux": {"corge": "grault"}},
            [{"op": "move", "from": "/foo/waldo", "path": "/qux/thud"}],
            {"foo": {"bar": "baz"}, "qux": {"corge": "grault", "thud": "fred"}},
        ),
        (
            {"foo": ["all", "grass", "cows", "eat"]},
            [{"op": "move", "from": "/foo/1", "path": "/foo/3"}],
            {"foo": ["all", "cows", "eat", "grass"]},
        ),
        (
            {"baz": "qux", "foo": ["a", 2, "c"]},
            [
                {"op": "test", "path": "/baz", "value": "qux"},
                {"op": "test", "path": "/foo/1", "value": 2},
            ],
            {"baz": "qux", "foo": ["a", 2, "c"]},
        ),
        (
            {"foo": ["bar"]},
            [{"op": "add", "path": "/foo/-", "value": ["abc", "def"]}],
            {"foo": ["bar", ["abc", "def"]]},
        ),
        (
            {"/": 9, "~1": 10},
            [{"op": "test", "path": "/~01", "value": 10}, {"op": "remove", "path": "/~1"}],
            {"~1": 10},
        ),
        (
            {"a": {"b": 1}},
            [{"op": "copy", "from": "/a", "path": "/c"}],
            {"a": {"b": 1}, "c": {"b": 1}},
        ),
        ({"a": 1}, [{"op": "test", "path": "/a", "value": 1.0}], {"a": 1}),
        ({"a": 1}, [{"op": "replace", "path": "", "value": [1]}], [1]),
    ],
)
def test_patch_applies_as_rfc_6902_says(doc: Any, patch: list, result: Any) -> None:
    before = json.dumps(doc)
    assert apply_patch(doc, patch) == result
    assert json.dumps(doc) == before, "the document given is left as it was"


@pytest.mark.parametrize(
    ("doc", "op", "names"),
    [
        ({"foo": "bar"}, {"op": "add", "path": "/baz/bat", "value": "qux"}, "/baz"),  # A.12
        ({"foo": "bar"}, {"op": "remove", "path": "/baz"}, "/baz"),
        ({"foo": "bar"}, {"op": "replace", "path": "/baz", "value": 1}, "/baz"),
        ({"foo": [1]}, {"op": "remove", "path": "/foo/1"}, "no item 1"),
        ({"foo": [1]}, {"op": "add", "path": "/foo/2", "value": 1}, "no item 2"),
        ({"foo": [1]}, {"op": "remove", "path": "/foo/01"}, "'01'"),
        ({"foo": [1]}, {"op": "remove", "path": "/foo/-"}, "'-'"),
        ({"baz": "qux"}, {"op": "test", "path": "/baz", "value": "bar"}, '"qux"'),  # A.9
        ({"a": True}, {"op": "test", "path": "/a", "value": 1}, "true"),
        ({"a": {"b": 1}}, {"op": "move", "from": "/a", "path": "/a/b/c"}, "into itself"),
        ({"a": 1}, {"op": "add", "path": "a", "value": 1}, "start with '/'"),
        ({"a": 1}, {"op": "remove", "path": "/a~2"}, "'~'"),
        ({"a": 1}, {"op": "remove", "path": ""}, "whole document"),
        ({"a": 1}, {"op": "add", "path": "/a/b", "value": 1}, "holds nothing"),
        # Stricter than the RFC: a misspelt or a missing member is an error.
        ({"a": 1}, {"op": "add", "path": "/b", "vaule": 1}, "unknown vaule; missing value"),
        ({"a": 1}, {"op": "remove", "path": "/a", "value": 1}, "unknown value"),
        ({"a": 1}, {"op": "delete", "path": "/a"}, "unknown op 'delete'"),
        ({"a": 1}, ["remove", "/a"], '"op"'),
    ],
)
def test_patch_that_does_not_apply_says_which_operation_and_why(
    doc: Any, op: Any, names: str
) -> None:
    with pytest.raises(PatchError) as info:
        apply_patch(doc, [{"op": "test", "path": "", "value": doc}, op])
    assert str(info.value).startswith("patch/1: ")
    assert names in str(info.value)


def test_a_patch_is_a_list() -> None:
    with pytest.raises(PatchError, match="a list of operations"):
        apply_patch({}, {"op": "remove", "path": "/a"})


# -- the loader --------------------------------------------------------------------------------


def _case_file(tmp_path: Path, doc: dict[str, Any], name: str = "fires_000_x.json") -> Path:
    folder = tmp_path / "DLG001"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _doc(**members: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "about": {"ja": "承諾がない。", "en": "No approval."},
        "profile": "000",
        "expect": [["DLG001", "/delegations/0"]],
    }
    return {**doc, **members}


NO_APPROVAL = [
    {"op": "test", "path": "/delegations/0/documents/1/kind", "value": "approval"},
    {"op": "remove", "path": "/delegations/0/documents/1"},
]


def test_a_case_is_its_base_with_its_patch_applied(tmp_path: Path) -> None:
    case = load_case(_case_file(tmp_path, _doc(base=BASE, patch=NO_APPROVAL)))
    expected = read_base(BASE)
    del expected["delegations"][0]["documents"][1]
    assert case.chain == expected
    assert case.base == BASE
    assert [(f.code, f.pointer) for f in case.run().report.findings] == case.expected_pairs


def test_the_complete_form_is_still_accepted(tmp_path: Path) -> None:
    chain = read_base(BASE)
    case = load_case(_case_file(tmp_path, _doc(chain=chain, expect=[])))
    assert case.chain == chain and case.base is None
    assert case.run().report.findings == []


@pytest.mark.parametrize(
    ("members", "names"),
    [
        ({"base": BASE, "patch": [], "note": "x"}, "unknown key 'note'"),
        ({"base": BASE, "patch": [], "chain": {}}, "either 'base' with 'patch' or 'chain'"),
        ({"base": BASE}, "either 'base' with 'patch' or 'chain'"),
        ({"patch": []}, "either 'base' with 'patch' or 'chain'"),
        ({"base": "000_no_such_base", "patch": []}, "base '000_no_such_base' does not exist"),
        ({"base": "../_profiles/minami", "patch": []}, "the name of a file in _bases/"),
        ({"base": BASE, "patch": [*NO_APPROVAL, *NO_APPROVAL]}, "patch/2: test"),
        ({"base": BASE, "patch": [{"op": "remove", "path": "/workers/0"}]}, "patch/0"),
        (
            {"base": BASE, "patch": [{"op": "replace", "path": "", "value": []}]},
            "the chain must be a JSON object",
        ),
        ({"chain": [], "expect": "DLG001"}, "expect must be a list"),
    ],
)
def test_a_malformed_case_is_an_error_naming_the_file(
    tmp_path: Path, members: dict[str, Any], names: str
) -> None:
    doc = _doc(**members)
    path = _case_file(tmp_path, doc)
    with pytest.raises(CaseFileError) as info:
        load_case(path)
    assert str(info.value).startswith("DLG001/fires_000_x.json: ")
    assert names in str(info.value)


def test_a_case_file_that_is_not_json_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "DLG001" / "fires_000_x.json"
    path.parent.mkdir()
    path.write_text('{"about": ', encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"^DLG001/fires_000_x.json: not JSON"):
        load_case(path)


# -- the bases ---------------------------------------------------------------------------------

BASE_NAMES = sorted(p.stem for p in BASES_DIR.glob("*.json"))


def _base_profile_id(name: str) -> str:
    """The profile a base is named by: a shipped id (its hyphens written as underscores,
    as a base's name allows) or a case profile of ``_profiles/``."""
    for pid in builtin_profile_ids():
        if name.startswith(pid.replace("-", "_") + "_"):
            return pid
    return name.split("_", 1)[0]


def _base_profile(name: str):
    profile = _base_profile_id(name)
    return load_profile(
        profile if profile in builtin_profile_ids() else CASES_DIR / "_profiles" / f"{profile}.toml"
    )


@pytest.mark.parametrize("name", BASE_NAMES)
def test_a_base_is_a_chain_whose_only_findings_come_from_its_shape(name: str) -> None:
    """Whatever a base reports, every case built on it inherits; so a base reports nothing
    but what a third tier implies under its profile: a notice where the template allows it
    with conditions, a warning where it does not contemplate it, an error where it forbids
    it."""
    chain = read_base(name)
    profile = _base_profile(name)
    assert chain["contract"]["template"] == profile.id, "a base is named by its profile"
    result = validate_bytes((BASES_DIR / f"{name}.json").read_bytes(), profile=profile)
    assert not result.problems
    found = [(f.code, f.pointer) for f in result.report.findings]
    if "_three_tier" in name:
        assert len(found) <= 1 and all(
            code in ("TIR001", "TIR002", "TIR003") and pointer == "/delegations/1"
            for code, pointer in found
        ), found
    else:
        assert found == []


def test_every_base_is_used_and_every_case_builds_on_a_base_of_its_profile() -> None:
    used = {c.base for c in CASES}
    assert set(BASE_NAMES) <= used, f"bases no case uses: {set(BASE_NAMES) - used}"
    for case in CASES:
        if case.base is not None:
            assert _base_profile_id(case.base) == case.profile().id, case.id


# -- rewriting a case as a base and a patch --------------------------------------------------------

_KEYS = st.sampled_from(["id", "kind", "name", "a/b", "~", "staff"])
_PLAIN = st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["x", "y", "承諾", ""])
_JSON = st.recursive(
    _PLAIN,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(_KEYS, inner, max_size=5)
        | st.lists(
            st.fixed_dictionaries({"id": st.sampled_from("pqrst")}, optional={"v": inner}),
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(_JSON, _JSON)
def test_the_patch_written_turns_one_value_into_the_other(a: Any, b: Any) -> None:
    assert canonical(apply_patch(a, make_patch(a, b))) == canonical(b)


@pytest.mark.parametrize("case", CASES[::7], ids=lambda c: c.id)
def test_a_case_written_in_full_is_rewritten_as_base_and_patch(case, tmp_path: Path) -> None:
    raw = json.loads(case.path.read_text(encoding="utf-8"))
    full = {k: raw[k] for k in ("about", "profile", "expect")} | {"chain": case.chain}
    path = _case_file(tmp_path, full, case.path.name)
    text = rebase_file(path, bases())
    again = load_case_text(text, path)
    assert again.base is not None and "chain" not in json.loads(text)
    assert canonical(again.chain) == canonical(case.chain)
    assert again.expect == case.expect and again.about == case.about


def test_the_rewrite_refuses_a_patch_that_builds_another_chain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _case_file(tmp_path, _doc(base=BASE, patch=NO_APPROVAL))
    monkeypatch.setattr(rebase, "make_patch", lambda a, b: [])
    with pytest.raises(SystemExit, match="builds another chain"):
        rebase_file(path, {BASE: read_base(BASE)})


def test_check_reports_a_file_it_would_rewrite_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _case_file(tmp_path, _doc(chain=read_base(BASE), expect=[]))
    before = path.read_text(encoding="utf-8")
    assert main(["--check", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == before
    assert main([str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["patch"] == []
    assert main(["--check", str(path)]) == 0
    assert "would rewrite" in capsys.readouterr().out


def test_characters_that_do_not_show_are_written_as_escapes() -> None:
    text = dump_case(
        _doc(
            base=BASE,
            patch=[
                {"op": "replace", "path": "/parties/2/name", "value": "東和\u202e\u200b\U000e0041"},
            ],
        )
    )
    assert "\\u202e" in text and "\\u200b" in text and "\\udb40\\udc41" in text
    assert "\u202e" not in text and "\u200b" not in text
    assert json.loads(text)["patch"][0]["value"] == "東和\u202e\u200b\U000e0041"


def test_a_written_case_reads_one_operation_and_one_finding_a_line() -> None:
    text = dump_case(_doc(base=BASE, patch=NO_APPROVAL))
    lines = text.splitlines()
    assert lines[1:4] == ['  "about": {', '    "ja": "承諾がない。",', '    "en": "No approval."']
    assert '    {"op": "remove", "path": "/delegations/0/documents/1"}' in lines
    assert '    ["DLG001", "/delegations/0"]' in lines
    assert list(json.loads(text)) == ["about", "profile", "base", "patch", "expect"]
