"""Loading a profile: by id (a file shipped in ``chain/profiles/``) or by path.

Whatever a file holds, loading it ends in a :class:`~chain.profiles.model.Profile` or a
:class:`ProfileError` whose problems each say where (a JSON pointer into the profile's
data, or a line and column of the file) and what, in Japanese and English. The shipped
files are read from the data generated from them (:mod:`chain.profiles.shipped`), a
file given by path through the bounded reader of :mod:`chain.profiles.tomlfile`.
"""

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from chain.format.pointer import sort_key
from chain.format.problems import InputProblem, translate_errors
from chain.profiles.capacities import capacity_problems
from chain.profiles.model import BUILTIN_DIR, Profile, RuleEntry
from chain.profiles.params import PARAMS
from chain.profiles.search import PROFILE_PATH_ENV, find_in_path
from chain.profiles.shipped import shipped_data
from chain.profiles.tomlfile import TomlFileError, parse_toml, read_bytes
from chain.text import excerpt, visible
from chain.vocab import L

__all__ = ["ProfileError", "builtin_profile_ids", "builtin_rules", "load_profile", "parse_profile"]


class ProfileError(Exception):
    """A profile file is missing, unreadable or invalid.

    Each of ``problems`` (:class:`~chain.format.problems.InputProblem`) is located by a JSON
    pointer into the profile's data or by a line and column of the file, and worded
    in Japanese and English; :meth:`text` joins them in one language after the file's
    name, :attr:`message` is that text in both, and ``str()`` is the English text.
    """

    def __init__(self, source: str, problems: list[InputProblem]):
        self.source = source
        self.problems = problems
        super().__init__(self.text("en"))

    def text(self, lang: str = "ja") -> str:
        """``<file>: <where>: <message>; ...``, user text made visible."""
        return visible(
            f"{self.source}: " + "; ".join(_where(p, lang) + _said(p, lang) for p in self.problems)
        )

    @property
    def message(self) -> L:
        """:meth:`text` in Japanese and English."""
        return L(self.text("ja"), self.text("en"))


def _said(problem: InputProblem, lang: str) -> str:
    if problem.fix is None:
        return problem.message(lang)
    return L(
        f"{problem.message.ja} 対処: {problem.fix.ja}",
        f"{problem.message.en} Fix: {problem.fix.en}",
    )(lang)


def _where(problem: InputProblem, lang: str) -> str:
    line, column, pointer = problem.line, problem.column, problem.pointer
    if line is None:
        return f"{pointer}: " if pointer else ""
    at = f" ({pointer})" if pointer else ""
    if column is None:
        return L(f"{line}行{at}: ", f"line {line}{at}: ")(lang)
    return L(f"{line}行{column}列{at}: ", f"line {line}, column {column}{at}: ")(lang)


def _problem(pointer: str, kind: str, ja: str, en: str) -> InputProblem:
    return InputProblem(pointer, kind, L(ja, en))


def builtin_profile_ids() -> list[str]:
    """Ids of the profiles shipped with the tool, sorted."""
    return sorted(p.stem.split("_", 1)[0] for p in BUILTIN_DIR.glob("[!_]*.toml"))


def _builtin_path(profile_id: str) -> Path | None:
    for p in sorted(BUILTIN_DIR.glob("[!_]*.toml")):
        if p.stem.split("_", 1)[0] == profile_id:
            return p
    return None


def load_profile(id_or_path: str | Path) -> Profile:
    """Load a profile by id (``"000"``: a shipped one, else one of the folders of
    ``CHAIN_PROFILE_PATH``, see :mod:`chain.profiles.search`) or any profile file by path.

    Raises :class:`ProfileError`, and nothing else, for an unknown id and for a file
    that is missing, not a regular file, too large or nested too deeply (see
    :mod:`chain.profiles.tomlfile`), not UTF-8, not TOML, or not a valid profile.
    """
    text = str(id_or_path)
    builtin = _builtin_path(text) if not text.endswith(".toml") else None
    if builtin is not None:
        return _load_shipped(builtin.name)
    found = find_in_path(text) if not text.endswith(".toml") else None
    if found is not None:
        return _load_file(os.path.abspath(found))
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
                    f"そのようなプロファイルはありません（組込み: {known}。{PROFILE_PATH_ENV} の"
                    "フォルダにもありません。または .toml ファイルのパスを指定してください）。",
                    f"No such profile (built-in: {known}; none in the folders of "
                    f"{PROFILE_PATH_ENV} either; or give a path to a .toml file).",
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
    path = BUILTIN_DIR / name
    source = str(path)
    try:
        data, generated = shipped_data(f"profiles/{name}")
    except TomlFileError as exc:
        raise ProfileError(source, exc.problems) from None
    # The text is read only to place problems, which a shipped file has none of. Data
    # generated from a file's very bytes was linted then (tests/test_profile_lint.py checks
    # every shipped file), so only an edited or added file is linted at start-up.
    return parse_profile(
        data,
        source=source,
        text=lambda: path.read_text("utf-8", "replace"),
        strict=not generated,
    )


@cache
def _load_file(path: str) -> Profile:
    try:
        raw = read_bytes(path)
        data = parse_toml(raw)
    except TomlFileError as exc:
        raise ProfileError(path, exc.problems) from None
    return parse_profile(data, source=path, text=raw.decode("utf-8", "replace"))


def parse_profile(
    data: dict[str, Any],
    *,
    source: str = "<profile>",
    text: str | Callable[[], str] | None = None,
    strict: bool = True,
) -> Profile:
    """Validate profile data (as read from TOML) into a :class:`Profile`, strictly.

    Every problem is collected, not only the first: the shape (the model's), then,
    once the shape is right, what a careful reader would say (:mod:`chain.profiles.lint`
    and references that lead nowhere). With the file's ``text`` (or a function giving
    it), each problem also gets its line and column (:mod:`chain.profiles.locate`).
    ``strict=False`` leaves out the linter, for data known to pass it.
    """
    data = dict(data)
    rules = data.get("rules")
    problems: list[InputProblem] = []
    checked: set[int] = set()
    if isinstance(rules, list):  # anything else is for the model to refuse, with its place
        data["rules"] = [_split_params(r) for r in rules]
        for i, raw in enumerate(data["rules"]):
            found = _rule_params(i, raw)
            if found is not None:
                checked.add(i)
                problems += found
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        errors = [
            e
            for e in exc.errors(include_url=False)
            # a rule's code and parameters are said above, each at its own key
            if not (
                len(e["loc"]) in (2, 3)
                and e["loc"][0] == "rules"
                and e["loc"][1] in checked
                and e["loc"][2:] in ((), ("code",))
            )
        ]
        problems = sorted([*problems, *translate_errors(errors)], key=lambda p: sort_key(p.pointer))
        raise ProfileError(source, _placed(problems, text)) from None
    if problems:  # (the model refuses what was found above: kept for the certainty)
        raise ProfileError(source, _placed(problems, text))
    problems = _dangling(profile)
    if strict:
        from chain.profiles.lint import lint  # not needed for the shipped data (start-up)

        enabled = frozenset() if profile.id == "_builtin" else _builtin_codes()
        problems += lint(profile, enabled=enabled)
    if problems:
        problems.sort(key=lambda p: sort_key(p.pointer))
        raise ProfileError(source, _placed(problems, text))
    return profile


@cache
def _builtin_codes() -> frozenset[str]:
    return frozenset(r.code for r in builtin_rules().rules)


def _rule_params(i: int, raw: Any) -> list[InputProblem] | None:
    """The problems of one rule's code and parameters, or ``None`` to leave it to the model."""
    if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
        return None
    code = raw["code"]
    model = PARAMS.get(code)
    if model is None:
        from difflib import get_close_matches  # only for a code that is wrong

        shown = excerpt(code)
        near = get_close_matches(code, PARAMS, n=3)
        hint = (
            L(f"（近いもの: {', '.join(near)}）", f" (close: {', '.join(near)})")
            if near
            else L("", "")
        )
        return [
            InputProblem(
                f"/rules/{i}/code",
                "unknown_code",
                L(f"規則のコードではありません: {shown}", f"Not a rule code: {shown}."),
                fix=L(
                    f"chain rules で使えるコードを確かめてください{hint.ja}。",
                    f"See chain rules for the codes there are{hint.en}.",
                ),
            )
        ]
    params = raw.get("params")
    if not isinstance(params, dict):
        return None
    try:
        model.model_validate(params)
    except ValidationError as exc:
        errors = [{**e, "loc": ("rules", i, *e["loc"])} for e in exc.errors(include_url=False)]
        return translate_errors(errors)
    return []


def _placed(
    problems: list[InputProblem], text: str | Callable[[], str] | None
) -> list[InputProblem]:
    """The problems with the line and column of their pointer in ``text``, where found."""
    if text is None or not any(p.pointer and p.line is None for p in problems):
        return problems
    from chain.profiles.locate import key_positions  # only for a profile with problems

    positions = key_positions(text if isinstance(text, str) else text())
    out = []
    for p in problems:
        if p.pointer and p.line is None:
            at = positions.locate(p.pointer)
            if at is not None:
                p = p._replace(line=at[0], column=at[1])
        out.append(p)
    return out


def _dangling(profile: Profile) -> list[InputProblem]:
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
    for i, reach in enumerate(profile.audit.reach if profile.audit else ()):
        if reach.interpretation and profile.silence(reach.interpretation) is None:
            unknown_silence(f"/audit/reach/{i}/interpretation", reach.interpretation)
    # The built-in rules declare the general capacities every other profile builds on.
    general = None if profile.id == "_builtin" else builtin_rules().liability
    return out + capacity_problems(profile, general)


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


@cache
def builtin_rules() -> Profile:
    """The rules every chain is checked against: structure and statutes."""
    return load_profile(BUILTIN_DIR / "_builtin.toml")
