"""Options and helpers shared by the commands.

Nothing here imports Typer or the library at module level: ``chain validate``
uses these helpers on its fast path (:mod:`chain.cli.fastpath`).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    import typer

    from chain.profiles.model import Profile

__all__ = [
    "Lang",
    "OptionError",
    "TextOrJson",
    "fail",
    "load_profile_option",
    "profile_option",
    "say_error",
    "split_codes",
]


class Lang(StrEnum):
    ja = "ja"
    en = "en"


class TextOrJson(StrEnum):
    """The ``--format`` of a command that writes text for people or JSON for scripts."""

    text = "text"
    json = "json"


class OptionError(Exception):
    """An option's value cannot be used; the text is printed as is, and the command exits 2.

    ``problems`` are the profile's own when the option is ``--profile`` (else ``None``),
    for a report that lists them as data (``--format json``)."""

    def __init__(self, text: str, source: str | None = None, problems: list | None = None):
        super().__init__(text)
        self.source = source
        self.problems = problems


def split_codes(values: Sequence[str] | None) -> list[str]:
    """``--select DLG,ITM --select STF004`` → ``["DLG", "ITM", "STF004"]``."""
    return [x.strip() for v in values or () for x in v.split(",") if x.strip()]


def say_error(message: str) -> None:
    """Print ``message`` to standard error, each of its lines shown visibly.

    Messages quote what they could not use (an id, a profile's words, a path), and
    standard error is a terminal as much as standard output is.
    """
    from chain.text import visible

    print("\n".join(map(visible, message.split("\n"))), file=sys.stderr)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``message`` to standard error (:func:`say_error`); the Typer exit to raise."""
    import typer

    say_error(message)
    return typer.Exit(code)


def load_profile_option(value: str | None, lang: str = "ja") -> Profile | None:
    """The profile ``--profile ID|PATH`` names; ``None`` when the option is not given.

    Raises :class:`OptionError` (``profile: <file>: <where>: <problem>; ...``, in
    ``lang``) when the id is unknown or the file is missing, unreadable or invalid.
    """
    if value is None:
        return None
    from chain.profiles.load import ProfileError, load_profile

    try:
        return load_profile(value)
    except ProfileError as exc:
        prefix = "プロファイル" if lang == "ja" else "profile"
        raise OptionError(f"{prefix}: {exc.text(lang)}", exc.source, exc.problems) from None


def profile_option(value: str | None, lang: str = "ja") -> Profile | None:
    """:func:`load_profile_option` for Typer commands: a bad profile ends the command (exit 2)."""
    try:
        return load_profile_option(value, lang)
    except OptionError as exc:
        raise fail(str(exc)) from None
