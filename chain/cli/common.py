"""Options and helpers shared by the commands."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

__all__ = ["Lang", "OutputFormat", "fail", "split_codes"]


class Lang(StrEnum):
    ja = "ja"
    en = "en"


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"


def split_codes(values: list[str] | None) -> list[str]:
    """``--select DLG,ITM --select STF004`` → ``["DLG", "ITM", "STF004"]``."""
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def fail(message: str, code: int = 2) -> typer.Exit:
    print(message, file=sys.stderr)
    return typer.Exit(code)
