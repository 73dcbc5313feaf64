"""Meta-tests: every rule is documented, registered, cited, and has its case files.

And every profile's clauses render to citations, every interpretation a rule
or liability entry names resolves, and ``chain rules explain`` has material
for each of its headings.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import pytest
from support.casefiles import CASES_DIR, all_cases

from chain.check.catalog import FAMILIES, catalog
from chain.check.rules import REGISTRY
from chain.profiles import builtin_rules
from chain.profiles.citations import Clause
from chain.profiles.load import builtin_profile_ids, load_profile
from chain.profiles.model import Profile
from chain.profiles.terms import TERM_KEYS

DOCS = catalog()
LIVE = sorted(code for code, doc in DOCS.items() if not doc.retired)
BUILTIN = builtin_rules()
SHIPPED = [load_profile(i) for i in builtin_profile_ids()]
ROOT = Path(__file__).resolve().parent.parent
#: Profiles of other (fictional) municipalities: the case files' and the samples'.
CASE_PROFILES = [
    load_profile(p)
    for folder in (CASES_DIR / "_profiles", ROOT / "sample_data" / "profiles")
    for p in sorted(folder.glob("*.toml"))
]
ALL_PROFILES = [BUILTIN, *SHIPPED, *CASE_PROFILES]
CASES = all_cases()

#: Codes the format offers to other municipalities' profiles though no shipped profile
#: applies them yet. Each is applied by another municipality's profile
#: (tests/cases/_profiles, sample_data/profiles): TIR003 by minami; ELG002 by kita; the
#: decision steps (DLG014) and exempt minor parts (DLG015) by higashi; a document's issuer,
#: its renewal and notified staff (DOC004-DOC006, STF012, STF013) by nishi. PRT, AMT, LOC,
#: DOC001-003, ELG001 and REQ are applied by shipped profiles of the summarised templates.
OFFERED_ONLY = {"TIR003", "ELG002", "DLG014", "DLG015"}
OFFERED_ONLY |= {"DOC004", "DOC005", "DOC006", "STF012", "STF013"}

SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _placeholders(template: str) -> set[str]:
    """The facts a template is filled from (the profile's words, ``{term.…}``, aside)."""
    return {
        name
        for _lit, name, _spec, _conv in string.Formatter().parse(template)
        if name and not name.startswith("term.")
    }


def _terms(template: str) -> set[str]:
    return {
        name[len("term.") :]
        for _lit, name, _spec, _conv in string.Formatter().parse(template)
        if name and name.startswith("term.")
    }


# -- the catalog -------------------------------------------------------------------------


@pytest.mark.parametrize("code", LIVE)
def test_catalog_entry_is_complete(code: str) -> None:
    doc = DOCS[code]
    assert re.fullmatch(r"[A-Z]{3}\d{3}", code) and doc.family in FAMILIES
    assert SLUG.fullmatch(doc.slug), doc.slug
    assert doc.severity in ("error", "warning", "info")
    assert doc.scope in ("structure", "statute", "template")
    for text in (doc.title, doc.what, doc.why, doc.message, doc.fix):
        assert text.ja.strip() and text.en.strip()
        assert JAPANESE.search(text.ja), f"{code}: Japanese text expected: {text.ja!r}"
        # Both languages are filled from the same facts.
        assert _placeholders(text.ja) == _placeholders(text.en), f"{code}: {text}"
        # The profile's words, where a text names them, are words a profile can give
        # (English may word a term as a verb: "approved").
        assert _terms(text.ja) | _terms(text.en) <= set(TERM_KEYS), f"{code}: {text}"
    for text in (doc.title, doc.what, doc.why):  # shown as written: no profile's words
        assert "{term." not in text.ja + text.en, f"{code}: {text}"
    assert doc.bad.strip() and doc.good.strip()


def test_slugs_are_unique() -> None:
    twice = [s for s, n in Counter(d.slug for d in DOCS.values()).items() if n > 1]
    assert not twice


def test_registry_matches_catalog() -> None:
    assert set(REGISTRY) <= set(DOCS), "registered codes missing from the catalog"
    assert set(LIVE) <= set(REGISTRY), "catalog codes without a check"
    retired_but_registered = [c for c in REGISTRY if DOCS[c].retired]
    assert not retired_but_registered


# -- where each rule applies ---------------------------------------------------------------


def _entries(code: str, profiles: list[Profile]) -> list[tuple[Profile, object]]:
    return [(p, r) for p in profiles for r in p.rules if r.code == code]


@pytest.mark.parametrize("code", LIVE)
def test_rule_is_cited_by_a_profile(code: str) -> None:
    entries = _entries(code, ALL_PROFILES)
    assert entries, f"{code} is applied by no profile"
    for profile, entry in entries:
        assert entry.clause, f"{code} in {profile.id} has no clause"
        for clause in entry.clause:
            label = profile.cite(clause).label
            assert label.ja.strip() and label.en.strip()


@pytest.mark.parametrize("code", LIVE)
def test_scope_matches_where_the_rule_is_listed(code: str) -> None:
    """Structure and statute rules run always (built-in); template rules come from profiles."""
    in_builtin = bool(_entries(code, [BUILTIN]))
    in_profiles = bool(_entries(code, SHIPPED + CASE_PROFILES))
    if DOCS[code].scope in ("structure", "statute"):
        assert in_builtin and not in_profiles
    else:
        assert in_profiles and not in_builtin


def test_only_the_offered_codes_lack_a_shipped_profile() -> None:
    unused = {c for c in LIVE if not _entries(c, [BUILTIN, *SHIPPED])}
    assert unused == OFFERED_ONLY


# -- case files ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LIVE)
def test_rule_has_firing_and_clean_cases(code: str) -> None:
    mine = [c for c in CASES if c.code == code]
    assert any(c.kind == "fires" for c in mine), f"no tests/cases/{code}/fires_*.json"
    assert any(c.kind == "clean" for c in mine), f"no tests/cases/{code}/clean_*.json"


def test_case_folders_are_rule_codes() -> None:
    folders = {p.name for p in CASES_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert folders <= set(LIVE)
    stray = [
        p.name for p in CASES_DIR.glob("*/*") if p.suffix != ".json" and p.parent.name[0] != "_"
    ]
    assert not stray


@pytest.mark.parametrize(
    "profile",
    SHIPPED + [load_profile(p) for p in sorted((CASES_DIR / "_profiles").glob("*.toml"))],
    ids=lambda p: p.id,
)
def test_every_profile_has_cases(profile: Profile) -> None:
    mine = [c for c in CASES if c.profile().id == profile.id]
    assert any(c.expect for c in mine), f"no case produces a finding under {profile.id}"
    assert any(not c.expect for c in mine), f"no case is fully clean under {profile.id}"


# -- profiles: clauses, headings, interpretations ---------------------------------------------


def _clauses(profile: Profile) -> list[tuple[str, Clause]]:
    out: list[tuple[str, Clause]] = []
    for i, r in enumerate(profile.rules):
        out += [(f"rules/{i} ({r.code})", c) for c in r.clause]
    for key, lst in profile.item_lists.items():
        out += [(f"item_lists/{key}/{it.key}", it.clause) for it in lst.items]
    for s in profile.silences:
        out += [(f"silences/{s.id}", c) for c in s.basis]
    liab = profile.liability
    out += [("liability/damages", c) for c in liab.damages]
    out += [("liability/termination", c) for c in liab.termination]
    for i, d in enumerate(liab.delegates):
        out += [(f"liability/delegates/{i}", c) for c in d.clause]
    if liab.non_regular is not None:
        out += [("liability/non_regular", c) for c in liab.non_regular.clause]
    return out


@pytest.mark.parametrize("profile", ALL_PROFILES, ids=lambda p: p.id)
def test_every_clause_renders_to_a_citation(profile: Profile) -> None:
    for where, clause in _clauses(profile):
        cite = profile.cite(clause)
        assert cite.label.ja.strip() and cite.label.en.strip(), where
        assert cite.path.strip(), where
        if clause.document is not None:
            assert cite.label.ja.startswith(clause.document), where
            continue
        assert cite.label.ja.startswith(profile.id), where
        # A part numbering its points without articles (004's 本文 1-3) cites the point.
        point = clause.part is not None and clause.paragraph is not None
        assert clause.article or clause.section or point, f"{where}: a clause needs an article"
        if clause.article:
            key = f"{clause.part}:{clause.article}" if clause.part else clause.article
            assert key in profile.articles, f"{where}: article {key} has no heading"


@pytest.mark.parametrize("profile", ALL_PROFILES, ids=lambda p: p.id)
def test_every_interpretation_resolves(profile: Profile) -> None:
    named = [(f"rules/{i} ({r.code})", r.interpretation) for i, r in enumerate(profile.rules)]
    liab = profile.liability
    named += [(f"liability/delegates/{i}", d.interpretation) for i, d in enumerate(liab.delegates)]
    if liab.non_regular is not None:
        named.append(("liability/non_regular", liab.non_regular.interpretation))
    for where, silence_id in named:
        if silence_id is None:
            continue
        interp = profile.interpretation(silence_id)
        assert interp is not None, f"{where}: unknown silence {silence_id}"
        assert interp.topic.ja and interp.topic.en and interp.text.ja and interp.text.en
        assert interp.basis, f"{where}: interpretation {silence_id} rests on no clause"
    ids = [s.id for s in profile.silences]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("profile", SHIPPED, ids=lambda p: p.id)
def test_shipped_profile_describes_its_template(profile: Profile) -> None:
    assert profile.id == Path(profile.source).stem.split("_", 1)[0]
    assert profile.title and profile.issuer and profile.summary.ja and profile.summary.en
    # Every template has a damages clause, or says in a silence that it has none and what
    # the liability entries apply instead.
    assert profile.liability.damages or any(
        d.interpretation for d in profile.liability.delegates
    ), "a damages clause, or a silence saying there is none"
    used = {getattr(r.typed, "items", None) for r in profile.rules}
    assert set(profile.item_lists) <= used, "an item list no rule requires"


# -- rules explain -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LIVE)
def test_explain_has_material_for_every_heading(code: str) -> None:
    """``chain rules explain CODE``: what, why, bad, compliant, fix, and where it applies."""
    doc = DOCS[code]
    for lang in ("ja", "en"):
        sections = [doc.title(lang), doc.what(lang), doc.why(lang), doc.fix(lang)]
        assert all(s.strip() for s in sections)
    assert doc.bad.strip() and doc.good.strip()
    applied = [p.cite(c).label for p, r in _entries(code, [BUILTIN, *SHIPPED]) for c in r.clause]
    assert applied or code in OFFERED_ONLY
