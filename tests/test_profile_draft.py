"""``chain profile draft``: the structure of a template's text, and the skeleton drafted from it.

The golden outlines (``tests/golden/draft/*.outline``) were checked against the texts by
reading them: every article, paragraph, item and subitem, and nothing else.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from chain.profiles.draft import DraftError, decode_template, draft_file, draft_template
from chain.profiles.draft.structure import parse_structure
from chain.profiles.load import ProfileError, load_profile, parse_profile

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT.parent / "shared" / "templates"
OWN = ROOT / "tests" / "data" / "templates"
SHIPPED = sorted(TEMPLATES.glob("00[0-4]_*.txt")) if TEMPLATES.is_dir() else []
OWN_TEXTS = sorted(OWN.glob("*.txt"))

#: The headings of the articles of each text of ours, read off the text.
OWN_HEADINGS = {
    "annex_forms": {"別記:1": "秘密の保持", "別記:2": "再委託の禁止"},
    "circled_items": {"1": "届出", "2": "周知", "3": "返還"},
    "jo_ko_go": {"1": "目的", "2": "再委託", "3": "責任"},
    "supplementary": {"本文:1": "趣旨", "本文:2": "再委託", "本文:3": "損害賠償"},
    "zenkaku_hankaku": {"1": "基本事項", "2": "外注の制限", "3": "派遣労働者", "4": "事故の報告"},
}

needs_templates = pytest.mark.skipif(
    not SHIPPED, reason="the five templates are not beside the repository"
)


def _outline(path: Path) -> str:
    root, suffix = parse_structure(path.read_text(encoding="utf-8"))
    return f"article_suffix: {suffix!r}\n" + "\n".join(root.outline()) + "\n"


#: The articles of the texts that have no heading: listed with an empty one, so that the
#: rules citing them load.
OWN_HEADLESS = {"annex_forms": ["本文:1", "本文:2"], "jo_ko_go": ["3の2"]}


def _completed(skeleton: str) -> str:
    """The skeleton finished as a person would: every suggestion confirmed, and the values
    left to a person ('## ' lines) taken as suggested. An item list confirmed without the
    rule that requires it is refused by the strict check (nothing would use it)."""
    return _confirmed("\n".join(re.sub(r"^## ", "", line) for line in skeleton.splitlines()))


def _confirmed(skeleton: str) -> str:
    """The skeleton with every suggestion confirmed (its '# ' removed; '## ' lines stay)."""
    return "\n".join(re.sub(r"^# (?=\[|[a-z_]+ = )", "", line) for line in skeleton.splitlines())


@needs_templates
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name[:3])
def test_structure_of_the_five(path: Path, golden) -> None:
    golden(f"draft/{path.name[:3]}.outline", _outline(path))


@pytest.mark.parametrize("path", OWN_TEXTS, ids=lambda p: p.stem)
def test_structure_of_other_shapes(path: Path, golden) -> None:
    golden(f"draft/{path.stem}.outline", _outline(path))


@needs_templates
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name[:3])
def test_skeleton_articles_are_the_templates_headings(path: Path) -> None:
    skeleton = draft_file(path).toml()
    data = tomllib.loads(skeleton)
    assert data["articles"] == load_profile(path.name[:3]).articles
    assert data.get("rules", []) == []  # nothing a person has not confirmed
    profile = parse_profile(data)
    assert profile.article_suffix == load_profile(path.name[:3]).article_suffix


@needs_templates
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name[:3])
def test_skeleton_roles_and_consent_suggestion(path: Path) -> None:
    draft = draft_file(path)
    shipped = load_profile(path.name[:3])
    assert draft.roles["contractor"].word == shipped.roles.contractor
    assert shipped.roles.municipality.startswith(draft.roles["municipality"].word)
    consent = [s for s in draft.suggestions if s.entry.get("code") == "DLG001"]
    shipped_clauses = {
        tuple(sorted(c.model_dump(exclude_none=True).items()))
        for r in shipped.rules
        if r.code == "DLG001"
        for c in r.clause
    }
    suggested = {tuple(sorted(c.items())) for s in consent for c in s.clauses}
    assert suggested & shipped_clauses, (suggested, shipped_clauses)


@needs_templates
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name[:3])
def test_confirmed_suggestions_load_as_a_profile(path: Path) -> None:
    skeleton = draft_file(path).toml()
    assert "\n[[rules]]" not in skeleton
    profile = parse_profile(tomllib.loads(_confirmed(skeleton)))
    assert profile.rules, "a template on subcontracting suggests rules"


@pytest.mark.parametrize("path", OWN_TEXTS, ids=lambda p: p.stem)
def test_own_texts_skeleton(path: Path) -> None:
    skeleton = draft_file(path).toml()
    data = tomllib.loads(skeleton)
    assert {k: v for k, v in data["articles"].items() if v} == OWN_HEADINGS[path.stem]
    headless = [k for k, v in data["articles"].items() if not v]
    assert headless == OWN_HEADLESS.get(path.stem, [])
    parse_profile(data)
    parse_profile(tomllib.loads(_completed(skeleton)))


def test_item_list_suggestion_names_its_clause_and_fields() -> None:
    draft = draft_file(OWN / "jo_ko_go.txt")
    (found,) = draft.item_lists
    assert found.clause == {"article": "2", "paragraph": "2"}
    profile = parse_profile(tomllib.loads(_confirmed(draft.toml())))
    items = profile.item_lists["items_2_2"].items
    assert [i.clause.item for i in items] == ["1", "2", "3"]
    assert list(items[0].fields) == ["delegate.name", "delegate.address"]
    (rule,) = [r for r in profile.rules if r.code == "ITM001"]
    assert rule.params == {"tiers": [2], "items": "items_2_2"}


def test_forms_items_are_listed_and_their_tier_left_to_a_person() -> None:
    draft = draft_file(OWN / "annex_forms.txt")
    (form,) = draft.item_lists
    assert form.form and form.clause == {"part": "様式1"}
    skeleton = draft.toml()
    assert '## code = "ITM001"' in skeleton
    with pytest.raises(ProfileError, match="form_1"):  # the list confirmed, its rule not
        parse_profile(tomllib.loads(_confirmed(skeleton)))
    profile = parse_profile(tomllib.loads(_completed(skeleton)))
    assert [i.fields[0] for i in profile.item_lists["form_1"].items] == [
        "delegate.name",
        "delegate.name",
        "delegation.work",
        "delegation.reason",
    ]


def test_each_suggestion_is_a_comment_with_its_clause() -> None:
    skeleton = draft_file(OWN / "supplementary.txt").toml()
    heads = [line for line in skeleton.splitlines() if line.startswith("# 提案 / suggestion:")]
    assert any("再々委託の禁止" in h and "本文第2条第2項（再委託）" in h for h in heads), heads
    profile = parse_profile(tomllib.loads(_confirmed(skeleton)))
    tir = [r for r in profile.rules if r.code == "TIR003"]
    assert [c.model_dump(exclude_none=True) for c in tir[0].clause] == [
        {"part": "本文", "article": "2", "paragraph": "2"}
    ]


def test_shift_jis_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes((OWN / "jo_ko_go.txt").read_text(encoding="utf-8").encode("cp932"))
    draft = draft_file(path)
    assert draft.articles == OWN_HEADINGS["jo_ko_go"]
    assert [n.en for n in draft.notes] == ["Not UTF-8: read as Shift_JIS (CP932)."]
    assert "Shift_JIS" in draft.toml().splitlines()[5]


@pytest.mark.parametrize(
    ("data", "kind", "line"),
    [
        (b"%PDF-1.7\n\x00\x01binary", "binary", 2),
        (b"\xff\xfe\x00\x00", "encoding", None),
        (b"ok\n\x81\x7f\n", "encoding", 2),
        ("一行目\n二行目\x1b[31m\n".encode(), "binary", 2),
        ("ただの文章です。\n条も項もありません。\n".encode(), "no_structure", 1),
        (b"", "no_structure", None),
    ],
)
def test_hostile_text_is_a_located_message(data: bytes, kind: str, line: int | None) -> None:
    with pytest.raises(DraftError) as info:
        text, notes = decode_template(data, source="bad.txt")
        draft_template(text, source="bad.txt", notes=notes)
    (problem,) = info.value.problems
    assert (problem.type, problem.line) == (kind, line)
    assert problem.message.ja and problem.message.en
    assert info.value.text("en").startswith("bad.txt: ")


def test_huge_file_and_folder_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024))
    for path, kind in (
        (big, "too_large"),
        (tmp_path, "not_a_file"),
        (tmp_path / "none", "not_found"),
    ):
        with pytest.raises(DraftError) as info:
            draft_file(path)
        assert info.value.problems[0].type == kind


def test_invisible_characters_are_shown_in_comments_and_kept_in_values() -> None:
    text = "（再委託\x7f）\n第1 乙は、甲の承諾\u2028なく再委託\x7fしてはならない。\n"
    skeleton = draft_template(text, source="t.txt").toml()
    data = tomllib.loads(skeleton)  # DEL and U+2028 cannot stand raw in a TOML comment
    assert data["articles"] == {"1": "再委託\x7f"}
    assert "<U+007F>" in skeleton and "\x7f" not in skeleton
    parse_profile(tomllib.loads(_confirmed(skeleton)))


@needs_templates
def test_a_change_of_the_subcontract_suggests_binding_the_approval_to_its_delegate() -> None:
    """000 第6-2 asks a new application and approval for a change of the subcontract: the
    draft suggests DLG011 with that clause, as the shipped profile has it."""
    path = next(p for p in SHIPPED if p.name.startswith("000"))
    found = [s for s in draft_file(path).suggestions if s.entry.get("code") == "DLG011"]
    assert [s.clauses for s in found] == [[{"article": "6", "paragraph": "2"}]]
    shipped = load_profile("000")
    assert any(
        r.code == "DLG011"
        and {"article": "6", "paragraph": "2"}
        in [c.model_dump(exclude_none=True) for c in r.clause]
        for r in shipped.rules
    )
