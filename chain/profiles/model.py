"""Profiles: a contract template's rules, held as data with their clauses.

Each template is a TOML file under ``chain/profiles/``; a new municipality
is a new file, loaded by id (if it sits beside the built-in ones) or by
path. A profile says:

- who the parties are called (``roles``) and the headings of its articles;
- the application items it requires, per list, each with its clause;
- which rules apply, with their parameters (tiers, consent kind, roles...)
  and the clause each rests on;
- where the template is silent (``silence``), and the interpretation the
  tool applies there; rules resting on an interpretation name it;
- the liability clauses (damages, termination, answering for delegates and
  for non-regular workers).

The rule parameters are validated against each rule's own parameter model
(:mod:`chain.check.rules`), so a typo in a profile is an error with its place.
"""

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from chain._perf.factories import new_dict, new_list
from chain.check.findings import Citation, Interpretation
from chain.profiles.shipped import shipped_toml
from chain.profiles.tomlfile import TomlFileError, read_toml
from chain.text import excerpt, visible
from chain.vocab import L

if TYPE_CHECKING:
    from chain.format.read import InputProblem

__all__ = [
    "BUILTIN_DIR",
    "FIELD_REFS",
    "ApplicationItem",
    "Clause",
    "DelegateLiability",
    "Liability",
    "Profile",
    "ProfileError",
    "RuleEntry",
    "Silence",
    "TierInterpretation",
    "builtin_profile_ids",
    "load_profile",
]

BUILTIN_DIR = Path(__file__).parent

#: Fields an application item may require, as ``delegation.<field>`` or ``delegate.<field>``.
FIELD_REFS = (
    "delegation.work",
    "delegation.personal_data",
    "delegation.period.start",
    "delegation.period.end",
    "delegation.reason",
    "delegation.responsibility.structure",
    "delegation.responsibility.manager",
    "delegation.responsibility.staff",
    "delegation.protection.measures",
    "delegation.protection.contract_copy",
    "delegation.supervision",
    "delegate.name",
    "delegate.representative",
    "delegate.address",
    "delegate.contact",
    "delegate.corporate_number",
)
FieldRef = Literal[FIELD_REFS]  # type: ignore[valid-type]


def _new_liability() -> "Liability":
    return Liability()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text2(_Model):
    """A text in Japanese and English."""

    ja: str
    en: str

    def l(self) -> L:  # noqa: E743 - short on purpose, used in templates
        return L(self.ja, self.en)


class Clause(_Model):
    """A place in a template (or a statute): part, article, paragraph, item."""

    document: str | None = Field(
        None, description="A statute or other document; omitted means the profile's template."
    )
    part: str | None = Field(None, description="Part of the template, e.g. 本文 or 別記.")
    article: str | None = Field(None, description="Article number as written, e.g. 6 or 10.")
    section: str | None = Field(None, description="Named section where there is no article.")
    paragraph: str | None = None
    item: str | None = None
    subitem: str | None = None


class ApplicationItem(_Model):
    """An item the written application must state."""

    key: str
    label: Text2
    fields: list[FieldRef] = Field(min_length=1)  # type: ignore[valid-type]
    clause: Clause


class ItemList(_Model):
    label: Text2
    items: list[ApplicationItem] = Field(min_length=1)


class Silence(_Model):
    """A question the template does not answer, and what the tool assumes."""

    id: str
    topic: Text2
    interpretation: Text2
    basis: list[Clause] = Field(default_factory=new_list)


class RuleEntry(_Model):
    """A rule applied by the profile: a code, its clause(s) and its parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{3}\d{3}$")
    clause: list[Clause] = Field(min_length=1)
    severity: Literal["error", "warning", "info"] | None = None
    interpretation: str | None = Field(None, description="Id of the silence this rule rests on.")
    note: Text2 | None = None
    params: dict[str, Any] = Field(default_factory=new_dict)
    _typed: Any = PrivateAttr(None)

    @model_validator(mode="after")
    def _check_params(self) -> "RuleEntry":
        from chain.check.registry import typed_params

        self._typed = typed_params(self.code, self.params)
        return self

    @property
    def typed(self) -> Any:
        """The parameters, validated against the rule's parameter model."""
        return self._typed


class DelegateLiability(_Model):
    """How the contractor answers for delegates at some tiers."""

    tiers: list[int] = Field(default_factory=new_list)
    min_tier: int | None = None
    basis: Literal[
        "regardless_of_terms", "joint_and_several", "all_acts", "deemed_own", "general_law"
    ]
    clause: list[Clause] = Field(default_factory=new_list)
    interpretation: str | None = None

    def applies(self, tier: int | None) -> bool:
        if tier is None:
            return False
        return tier in self.tiers or (self.min_tier is not None and tier >= self.min_tier)


#: Error findings that put the contractor in breach of the provisions when they sit on a
#: delegation of the incident's path, or on the worker the incident is about (the staff
#: codes: a worker not approved, not bound to the obligations, or not in the application).
DEFAULT_BREACH_CODES = (
    "DLG001",
    "DLG002",
    "DLG003",
    "DLG005",
    "DLG006",
    "DLG007",
    "DLG008",
    "ITM001",
    "TIR003",
    "DAT002",
    "DAT003",
    "STF001",
    "STF010",
    "STF011",
)


class Liability(_Model):
    """The template's liability clauses."""

    damages: list[Clause] = Field(default_factory=new_list)
    termination: list[Clause] = Field(default_factory=new_list)
    termination_label: Text2 | None = None
    delegates: list[DelegateLiability] = Field(default_factory=new_list)
    non_regular: DelegateLiability | None = None
    breach_codes: list[str] = Field(
        default_factory=lambda: list(DEFAULT_BREACH_CODES),
        description="Error findings that amount to the contractor's own breach when they sit on "
        "a delegation of the incident's path (consent, application, items, forbidden tiers, "
        "data scope) or on the worker the incident is about (staff codes).",
    )

    def delegate_rule(self, tier: int | None) -> DelegateLiability | None:
        """The clause on answering for a delegate at ``tier`` (the last that applies)."""
        found = None
        for spec in self.delegates:
            if spec.applies(tier):
                found = spec
        return found


class TierInterpretation(_Model):
    """Beyond the tiers a template contemplates, every finding names this silence."""

    min_tier: int = Field(ge=2)
    interpretation: str = Field(description="Id of the silence applied at this tier and deeper.")


class Roles(_Model):
    municipality: str
    contractor: str


class Profile(_Model):
    """A template's rules as data."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,40}$")
    title: str
    issuer: str
    revision: str | None = None
    source: str = Field(description="File name of the template the profile encodes.")
    summary: Text2
    article_suffix: str = Field("", description="How articles are numbered: '' (第6) or 条.")
    roles: Roles
    articles: dict[str, str] = Field(
        default_factory=new_dict,
        description="Article headings by article number (or part:article).",
    )
    item_lists: dict[str, ItemList] = Field(default_factory=new_dict)
    silences: list[Silence] = Field(default_factory=new_list)
    tier_interpretations: list[TierInterpretation] = Field(
        default_factory=new_list,
        description="Tiers the template does not contemplate, and the silence applied there.",
    )
    rules: list[RuleEntry] = Field(default_factory=new_list)
    liability: Liability = Field(default_factory=_new_liability)
    _citations: dict[int, tuple[Clause, Citation]] = PrivateAttr(default_factory=dict)

    # -- citations ----------------------------------------------------------------
    def cite(self, clause: Clause) -> Citation:
        """A citation for a clause of this profile's template (or of a statute)."""
        # Keyed by identity: clauses live in the (immutable) profile, and hashing
        # pydantic models costs more than building the citation. The cache is read
        # from the private-attribute store directly: `self._citations` would go
        # through BaseModel.__getattr__, which cost more than the lookup itself.
        cache = self.__pydantic_private__["_citations"]  # type: ignore[index]
        hit = cache.get(id(clause))
        if hit is not None and hit[0] is clause:
            return hit[1]
        citation = self._cite(clause)
        cache[id(clause)] = (clause, citation)
        return citation

    def _cite(self, clause: Clause) -> Citation:
        if clause.document is not None:
            return _cite_external(clause)
        art = clause.article
        heading = self.articles.get(f"{clause.part}:{art}" if clause.part else str(art))
        if heading is None and clause.section:
            heading = clause.section
        ja = [self.id, " "]
        en = [self.id, " "]
        path: list[str] = []
        if clause.part:
            ja.append(clause.part)
            en.append(clause.part + " ")
            path.append(clause.part)
        if art:
            ja.append(f"第{art}{self.article_suffix}")
            en.append(f"art. {art}")
            path.append(f"第{art}{self.article_suffix}" + (f"（{heading}）" if heading else ""))
        if clause.paragraph:
            ja.append(f"第{clause.paragraph}項")
            en.append(f"({clause.paragraph})")
            path.append(clause.paragraph)
        if clause.section and not art:
            ja.append(f"「{clause.section}」")
            en.append(f" “{clause.section}”")
            path.append(f"「{clause.section}」")
        if clause.item:
            ja.append(f"第{clause.item}号")
            en.append(f"({clause.item})")
            path.append(f"({clause.item})")
        if clause.subitem:
            ja.append(clause.subitem)
            en.append(f"({clause.subitem})")
            path.append(clause.subitem)
        if heading and art:
            ja.append(f"（{heading}）")
        return Citation(
            source=self.id,
            document=self.source,
            label=L("".join(ja).strip(), "".join(en).strip()),
            path=" > ".join(path),
            part=clause.part,
            article=art,
            paragraph=clause.paragraph,
            item=clause.item,
        )

    def silence(self, silence_id: str) -> Silence | None:
        return next((s for s in self.silences if s.id == silence_id), None)

    def interpretation(self, silence_id: str | None) -> Interpretation | None:
        s = self.silence(silence_id) if silence_id else None
        if s is None:
            return None
        return Interpretation(
            s.id, s.topic.l(), s.interpretation.l(), tuple(self.cite(c) for c in s.basis)
        )

    @property
    def municipality_label(self) -> str:
        return self.roles.municipality


def _cite_external(clause: Clause) -> Citation:
    doc = clause.document or ""
    ja, en, path = [doc, " "], [doc, " "], [doc]
    if clause.section and not clause.article:
        ja.append(clause.section)
        en.append(clause.section)
        path.append(clause.section)
    if clause.article:
        ja.append(f"第{clause.article}条")
        en.append(f"art. {clause.article}")
        path.append(f"第{clause.article}条")
    if clause.paragraph:
        ja.append(f"第{clause.paragraph}項")
        en.append(f"({clause.paragraph})")
        path.append(clause.paragraph)
    if clause.item:
        ja.append(f"第{clause.item}号")
        en.append(f"({clause.item})")
        path.append(f"({clause.item})")
    return Citation(
        source=doc,
        document=doc,
        label=L("".join(ja).strip(), "".join(en).strip()),
        path=" > ".join(path),
        article=clause.article,
        paragraph=clause.paragraph,
        item=clause.item,
    )


class ProfileError(Exception):
    """A profile file is missing, unreadable or invalid.

    Each of ``problems`` (:class:`~chain.format.read.InputProblem`) is located by a JSON
    pointer into the profile's data or by a line and column of the file, and worded
    in Japanese and English; :meth:`text` joins them in one language after the file's
    name, and ``str()`` is the English text.
    """

    def __init__(self, source: str, problems: "list[InputProblem]"):
        self.source = source
        self.problems = problems
        super().__init__(self.text("en"))

    def text(self, lang: str = "ja") -> str:
        """``<file>: <where>: <message>; ...``, user text made visible."""
        return visible(
            f"{self.source}: " + "; ".join(_where(p, lang) + p.message(lang) for p in self.problems)
        )


def _where(problem: "InputProblem", lang: str) -> str:
    if problem.pointer:
        return f"{problem.pointer}: "
    line, column = problem.line, problem.column
    if line is None:
        return ""
    if lang == "ja":
        return f"{line}行{column}列: " if column is not None else f"{line}行: "
    return f"line {line}, column {column}: " if column is not None else f"line {line}: "


def _problem(pointer: str, kind: str, ja: str, en: str) -> "InputProblem":
    from chain.format.read import InputProblem

    return InputProblem(pointer, kind, ja, en)


def builtin_profile_ids() -> list[str]:
    """Ids of the profiles shipped with the tool, sorted."""
    return sorted(p.stem.split("_", 1)[0] for p in BUILTIN_DIR.glob("[!_]*.toml"))


def _builtin_path(profile_id: str) -> Path | None:
    for p in sorted(BUILTIN_DIR.glob("[!_]*.toml")):
        if p.stem.split("_", 1)[0] == profile_id:
            return p
    return None


def load_profile(id_or_path: str | Path) -> Profile:
    """Load a built-in profile by id (``"000"``) or any profile file by path.

    Raises :class:`ProfileError`, and nothing else, for an unknown id and for a file
    that is missing, not a regular file, too large or nested too deeply (see
    :mod:`chain.profiles.tomlfile`), not UTF-8, not TOML, or not a valid profile.
    """
    text = str(id_or_path)
    builtin = _builtin_path(text) if not text.endswith(".toml") else None
    if builtin is not None:
        return _load_shipped(builtin.name)
    path = Path(id_or_path)
    real = _resolved(path)
    try:
        if real.parent == _shipped_dir():  # chain/profiles/NAME.toml, by path or by a link
            return _load_shipped(real.name)
        # Named as given, made absolute: a link is followed in reading, not in the name.
        return _load_file(os.path.abspath(path))
    except ProfileError as exc:
        if exc.problems[0].type != "not_found":
            raise
        known = ", ".join(builtin_profile_ids())
        raise ProfileError(
            text,
            [
                _problem(
                    "",
                    "not_found",
                    f"そのようなプロファイルはありません（組込み: {known}。または .toml ファイルのパスを指定してください）。",
                    f"No such profile (built-in: {known}; or give a path to a .toml file).",
                )
            ],
        ) from None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL byte: said when read
        return path.absolute()


@cache
def _shipped_dir() -> Path:
    return BUILTIN_DIR.resolve()


@cache
def _load_shipped(name: str) -> Profile:
    """A file of ``chain/profiles/``, through the generated data (:mod:`chain.profiles.shipped`)."""
    source = str(BUILTIN_DIR / name)
    try:
        data = shipped_toml(f"profiles/{name}")
    except TomlFileError as exc:
        raise ProfileError(source, exc.problems) from None
    return parse_profile(data, source=source)


@cache
def _load_file(path: str) -> Profile:
    try:
        data = read_toml(path)
    except TomlFileError as exc:
        raise ProfileError(path, exc.problems) from None
    return parse_profile(data, source=path)


def parse_profile(data: dict[str, Any], *, source: str = "<profile>") -> Profile:
    """Validate profile data (as read from TOML) into a :class:`Profile`."""
    data = dict(data)
    rules = data.get("rules")
    if isinstance(rules, list):  # anything else is for the model to refuse, with its place
        data["rules"] = [_split_params(r) for r in rules]
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        from chain.format.read import translate_errors

        raise ProfileError(source, translate_errors(exc.errors(include_url=False))) from None
    problems = _dangling(profile)
    if problems:
        raise ProfileError(source, problems)
    return profile


def _dangling(profile: Profile) -> "list[InputProblem]":
    """References inside a profile that lead nowhere (silence ids, item lists)."""
    out: list[InputProblem] = []

    def unknown_silence(where: str, silence_id: str) -> None:
        shown = excerpt(silence_id)
        out.append(
            _problem(
                where,
                "unknown_silence",
                f"silences にない id です: {shown}",
                f"Unknown silence id {shown!r}.",
            )
        )

    for i, r in enumerate(profile.rules):
        if r.interpretation and profile.silence(r.interpretation) is None:
            unknown_silence(f"/rules/{i}/interpretation", r.interpretation)
        items = getattr(r.typed, "items", None)
        if isinstance(items, str) and items not in profile.item_lists:
            shown = excerpt(items)
            out.append(
                _problem(
                    f"/rules/{i}/items",
                    "unknown_item_list",
                    f"item_lists にない一覧です: {shown}",
                    f"Unknown item list {shown!r}.",
                )
            )
    for i, ti in enumerate(profile.tier_interpretations):
        if profile.silence(ti.interpretation) is None:
            unknown_silence(f"/tier_interpretations/{i}", ti.interpretation)
    liab = profile.liability
    for where, spec in [
        *((f"/liability/delegates/{i}", d) for i, d in enumerate(liab.delegates)),
        *((("/liability/non_regular", liab.non_regular),) if liab.non_regular else ()),
    ]:
        if spec.interpretation and profile.silence(spec.interpretation) is None:
            unknown_silence(where + "/interpretation", spec.interpretation)
    return out


_ENTRY_KEYS = frozenset(RuleEntry.model_fields) - {"params"}


def _split_params(raw: Any) -> Any:
    """Rule tables are flat in TOML; move everything but the common keys into ``params``."""
    if not isinstance(raw, dict):
        return raw
    common = {k: v for k, v in raw.items() if k in _ENTRY_KEYS}
    params = {k: v for k, v in raw.items() if k not in _ENTRY_KEYS}
    if "clause" in common and isinstance(common["clause"], dict):
        common["clause"] = [common["clause"]]
    return {**common, "params": params}
