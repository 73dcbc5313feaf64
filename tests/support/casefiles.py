"""Behaviour case files: ``tests/cases/<CODE>/<kind>_<what>.json``.

Each file is a small chain a lawyer can read, in the manner of pycodestyle's
test data and OpenFisca's YAML tests: a shared base chain, and the change the
case is about::

    {
      "about": {"ja": "何を確かめるか", "en": "what the case shows"},
      "profile": "000",
      "base": "000_two_tier",
      "patch": [
        {"op": "test", "path": "/delegations/0/documents/1/kind", "value": "approval"},
        {"op": "remove", "path": "/delegations/0/documents/1"}
      ],
      "expect": [
        ["DLG001", "/delegations/0"],
        ["TIR002", "/delegations/2", {"interpretation": {"id": "beyond-third-tier"}}]
      ]
    }

- ``base`` names a chain in ``tests/cases/_bases/`` (``000_two_tier`` is
  ``_bases/000_two_tier.json``): a complete, compliant chain in the published
  format, one or two per profile and shape (``<profile>_<shape>``).
- ``patch`` is a JSON Patch (RFC 6902, applied by ``patch.py``) that turns the
  base into the case's chain; ``[]`` leaves the base as it is. A ``test`` before
  a ``remove`` says which item goes and fails if the base has moved it.
- Instead of ``base`` and ``patch`` a file may hold the whole chain under
  ``"chain"``, as every case once did; ``python -m tests.support.rebase FILE``
  rewrites such a file as a base and a patch.
- ``profile`` is a built-in profile id, or a ``.toml`` path relative to the
  case file (``../_profiles/minami.toml``).
- ``expect`` is the exact list of findings, in the engine's order: a code and
  a JSON pointer, optionally followed by a subset of the finding's JSON form
  (``Finding.to_dict()``) that must match: ``facts``, ``interpretation``,
  ``citations``, ``party``, ``severity``... Objects match when every key given
  matches; lists of objects match item by item; anything else must be equal.
- The file name says what the case is for the rule of its folder:
  ``fires_`` (the rule reports), ``clean_`` (the rule stays silent and nothing
  but notices are reported) or ``quiet_`` (the rule stays silent, others
  may report).

Why JSON Patch and not a deep merge (RFC 7396): a chain is mostly lists
(parties, delegations, documents, staff, workers), and a merge replaces a list
whole, so "the approval is missing" would repeat every other document and a
reader would have to spot the absent one; a merge cannot remove an item at all.
A patch states the one change, at the same JSON pointers the ``expect`` list
and every finding use, so a reader sees where the case acts and where the
finding lands in the same words.

The loader is strict, because a case that quietly tests less than its
``about`` says is worse than none: an unknown key, a base that does not exist,
an operation that does not apply, a chain that is not an object are each an
error naming the case file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chain.profiles.load import load_profile
from chain.profiles.model import Profile
from chain.validate import FileResult, validate_bytes

from .patch import PatchError, apply_patch

__all__ = [
    "BASES_DIR",
    "CASES_DIR",
    "KINDS",
    "Case",
    "CaseFileError",
    "all_cases",
    "load_case",
    "load_case_text",
    "read_base",
    "subset_mismatches",
]

CASES_DIR = Path(__file__).resolve().parents[1] / "cases"
BASES_DIR = CASES_DIR / "_bases"
KINDS = ("fires", "clean", "quiet")
_KEYS = {"about", "profile", "expect"}
#: A case holds its chain in one of two forms: a base and a patch, or the whole chain.
_FORMS = ({"base", "patch"}, {"chain"})
_BASE_NAME = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")


@dataclass(frozen=True)
class Expected:
    code: str
    pointer: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class Case:
    path: Path
    code: str
    """The rule the case is filed under (its folder)."""
    kind: str
    """``fires``, ``clean`` or ``quiet`` (from the file name)."""
    about: dict[str, str]
    profile_ref: str
    expect: tuple[Expected, ...]
    chain: dict[str, Any]
    """The chain the case checks: the base with the patch applied, or the file's own."""
    base: str | None = None
    """The base the chain was built from (``None`` for a file that holds its chain)."""

    @property
    def id(self) -> str:
        return f"{self.code}/{self.path.stem}"

    @property
    def expected_pairs(self) -> list[tuple[str, str]]:
        return [(e.code, e.pointer) for e in self.expect]

    def profile(self) -> Profile:
        if self.profile_ref.endswith(".toml"):
            return load_profile((self.path.parent / self.profile_ref).resolve())
        return load_profile(self.profile_ref)

    def chain_bytes(self) -> bytes:
        return json.dumps(self.chain, ensure_ascii=False).encode("utf-8")

    def run(self, data: bytes | None = None) -> FileResult:
        """Validate the chain (or ``data``) through the same path a submitted file takes."""
        return validate_bytes(
            self.chain_bytes() if data is None else data,
            path=str(self.path),
            profile=self.profile(),
        )


class CaseFileError(ValueError):
    """A case or base file that cannot be read as the format says; the message names it."""


def read_base(name: str) -> dict[str, Any]:
    """The base chain ``tests/cases/_bases/<name>.json`` (a new copy on each call)."""
    if not isinstance(name, str) or not _BASE_NAME.fullmatch(name):
        raise CaseFileError(f"base must be the name of a file in _bases/, not {name!r}")
    if not (BASES_DIR / f"{name}.json").is_file():
        known = ", ".join(sorted(p.stem for p in BASES_DIR.glob("*.json")))
        raise CaseFileError(
            f"base {name!r} does not exist (_bases/{name}.json); the bases: {known}"
        )
    try:
        chain = json.loads((BASES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"_bases/{name}.json: not JSON: {exc}") from None
    if not isinstance(chain, dict):
        raise CaseFileError(f"_bases/{name}.json: a base is a chain, a JSON object")
    return chain


def load_case(path: Path) -> Case:
    """Read a case file, failing with its name on anything malformed."""
    return load_case_text(path.read_text(encoding="utf-8"), path)


def load_case_text(text: str, path: Path) -> Case:
    """Read a case file's ``text`` as the file ``path`` (whose folder is the rule code)."""
    where = f"{path.parent.name}/{path.name}"
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{where}: not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise CaseFileError(f"{where}: a case file is a JSON object")
    form = next((f for f in _FORMS if set(raw) == _KEYS | f), None)
    if form is None:
        unknown = sorted(set(raw) - _KEYS - {"base", "patch", "chain"})
        said = f"unknown key {', '.join(map(repr, unknown))}; " if unknown else ""
        raise CaseFileError(
            f"{where}: {said}keys must be exactly {sorted(_KEYS)} and either"
            " 'base' with 'patch' or 'chain'"
        )
    kind = path.stem.split("_", 1)[0]
    if kind not in KINDS:
        raise CaseFileError(f"{where}: file name must start with one of {KINDS}")
    about = raw["about"]
    if not (
        isinstance(about, dict)
        and set(about) == {"ja", "en"}
        and all(isinstance(v, str) and v.strip() for v in about.values())
    ):
        raise CaseFileError(f"{where}: about needs non-empty ja and en")
    if not isinstance(raw["profile"], str) or not raw["profile"]:
        raise CaseFileError(f"{where}: profile must be an id or a path")
    if not isinstance(raw["expect"], list):
        raise CaseFileError(f"{where}: expect must be a list of findings")
    expect = []
    for entry in raw["expect"]:
        if not (
            isinstance(entry, list)
            and len(entry) in (2, 3)
            and all(isinstance(x, str) for x in entry[:2])
            and (len(entry) == 2 or isinstance(entry[2], dict))
        ):
            raise CaseFileError(f"{where}: bad expect entry {entry!r}")
        expect.append(Expected(entry[0], entry[1], entry[2] if len(entry) == 3 else {}))
    if form == {"chain"}:
        chain, base = raw["chain"], None
    else:
        base = raw["base"]
        try:
            chain = apply_patch(read_base(base), raw["patch"])
        except (CaseFileError, PatchError) as exc:
            raise CaseFileError(f"{where}: {exc}") from None
    if not isinstance(chain, dict):
        raise CaseFileError(f"{where}: the chain must be a JSON object")
    return Case(
        path=path,
        code=path.parent.name,
        kind=kind,
        about=about,
        profile_ref=raw["profile"],
        expect=tuple(expect),
        chain=chain,
        base=base,
    )


def all_cases() -> list[Case]:
    """Every case file, in folder then file-name order."""
    return [
        load_case(p)
        for p in sorted(CASES_DIR.glob("*/*.json"))
        if not p.parent.name.startswith("_")
    ]


def subset_mismatches(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Where ``actual`` fails to contain ``expected`` (see the module docstring)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path or '/'}: expected an object, got {actual!r}"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}/{key}: missing")
            else:
                out += subset_mismatches(value, actual[key], f"{path}/{key}")
        return out
    if isinstance(expected, list) and expected and all(isinstance(x, dict) for x in expected):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, got {actual!r}"]
        out = []
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            out += subset_mismatches(e, a, f"{path}/{i}")
        return out
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]
