"""Behaviour case files: ``tests/cases/<CODE>/<kind>_<what>.json``.

Each file is a small chain a lawyer can read, in the manner of pycodestyle's
test data and OpenFisca's YAML tests::

    {
      "about": {"ja": "何を確かめるか", "en": "what the case shows"},
      "profile": "000",
      "expect": [
        ["DLG001", "/delegations/0"],
        ["TIR002", "/delegations/2", {"interpretation": {"id": "beyond-third-tier"}}]
      ],
      "chain": { ...a complete chain in the published format... }
    }

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
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chain.profiles.load import load_profile
from chain.profiles.model import Profile
from chain.validate import FileResult, validate_bytes

__all__ = [
    "CASES_DIR",
    "KINDS",
    "Case",
    "all_cases",
    "load_case",
    "subset_mismatches",
]

CASES_DIR = Path(__file__).resolve().parent / "cases"
KINDS = ("fires", "clean", "quiet")
_KEYS = {"about", "profile", "expect", "chain"}


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


def load_case(path: Path) -> Case:
    """Read a case file, failing with its name on anything malformed."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    where = f"{path.parent.name}/{path.name}"
    if not isinstance(raw, dict) or set(raw) != _KEYS:
        raise ValueError(f"{where}: keys must be exactly {sorted(_KEYS)}")
    kind = path.stem.split("_", 1)[0]
    if kind not in KINDS:
        raise ValueError(f"{where}: file name must start with one of {KINDS}")
    about = raw["about"]
    if not (
        isinstance(about, dict)
        and set(about) == {"ja", "en"}
        and all(isinstance(v, str) and v.strip() for v in about.values())
    ):
        raise ValueError(f"{where}: about needs non-empty ja and en")
    if not isinstance(raw["profile"], str) or not raw["profile"]:
        raise ValueError(f"{where}: profile must be an id or a path")
    expect = []
    for entry in raw["expect"]:
        if not (
            isinstance(entry, list)
            and len(entry) in (2, 3)
            and all(isinstance(x, str) for x in entry[:2])
            and (len(entry) == 2 or isinstance(entry[2], dict))
        ):
            raise ValueError(f"{where}: bad expect entry {entry!r}")
        expect.append(Expected(entry[0], entry[1], entry[2] if len(entry) == 3 else {}))
    return Case(
        path=path,
        code=path.parent.name,
        kind=kind,
        about=about,
        profile_ref=raw["profile"],
        expect=tuple(expect),
        chain=raw["chain"],
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
