"""The sample chains shipped in ``sample_data/``, for opening with one click."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["SAMPLE_DIR", "Sample", "samples"]

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"


@dataclass(frozen=True)
class Sample:
    path: Path
    name: str
    """Path under ``sample_data/``, e.g. ``000/compliant.json``."""
    title: str
    """The contract's title, or the name if the file has none."""


@cache
def samples() -> tuple[Sample, ...]:
    """Every sample chain, sorted by path; the first is the one the load page offers."""
    from chain.profiles.load import builtin_profile_ids

    builtin = set(builtin_profile_ids())
    out = []
    for path in sorted(SAMPLE_DIR.glob("**/*.json")):
        if path.name.endswith(".expected.json"):
            continue  # the findings a sample must produce, not a chain
        name = path.relative_to(SAMPLE_DIR).as_posix()
        try:
            contract = json.loads(path.read_text("utf-8"))["contract"]
            title = contract["title"]
            template = contract.get("template")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if template not in builtin:
            continue  # e.g. the sixth-municipality example, which needs its own profile file
        out.append(Sample(path, name, str(title)))
    return tuple(out)
