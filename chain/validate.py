"""Validate a submitted file end to end: read, parse, pick the profile, check.

This is what the CLI, the app and batch jobs call. It never raises for bad
input: every outcome is a :class:`FileResult` with either a report or the
located problems that stopped the check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chain.check.engine import Report, check_chain
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.model import Chain
from chain.format.problems import ChainInputError, InputProblem
from chain.format.read import parse_chain, read_source
from chain.profiles.load import ProfileError, builtin_profile_ids, load_profile
from chain.profiles.model import Profile
from chain.profiles.search import PROFILE_PATH_ENV, find_in_path
from chain.text import excerpt
from chain.vocab import L

__all__ = [
    "FileResult",
    "override_notice",
    "resolve_profile",
    "validate_bytes",
    "validate_chain",
    "validate_path",
]


@dataclass
class FileResult:
    """The outcome of validating one file."""

    path: str
    report: Report | None = None
    problems: list[InputProblem] = field(default_factory=list)
    data: bytes | None = None
    """The raw input, kept for locating findings by line (may be ``None``)."""
    notice: L | None = None
    """Said once about the file: the profile given overrode a different ``contract.template``."""

    @property
    def exit_code(self) -> int:
        """0: no errors; 1: errors found; 2: the input could not be checked."""
        if self.report is None:
            return 2
        return 1 if self.report.has_errors else 0


def resolve_profile(chain: Chain, override: Profile | str | Path | None = None) -> Profile:
    """The profile to check ``chain`` against: the override, else the contract's template."""
    if isinstance(override, Profile):
        return override
    if override is not None:
        return load_profile(override)
    template = chain.contract.template
    if not template:
        known = ", ".join(builtin_profile_ids())
        raise ChainInputError(
            [
                InputProblem(
                    "/contract/template",
                    "template_missing",
                    L(
                        f"契約のテンプレートが指定されていません。contract.template に設定するか --profile で指定してください（組込み: {known}）。",
                        f"No template: set contract.template or pass --profile (built-in: {known}).",
                    ),
                )
            ]
        )
    # The submitted value is quoted visibly (controls and direction marks escaped, cut short).
    shown = excerpt(template)
    if template not in builtin_profile_ids() and find_in_path(template) is None:
        # A submitted file names a template by id (shipped, or in a folder the operator
        # named in CHAIN_PROFILE_PATH); it never makes the tool read a file of its choosing.
        known = ", ".join(builtin_profile_ids())
        raise ChainInputError(
            [
                InputProblem(
                    "/contract/template",
                    "template_unknown",
                    L(
                        f"テンプレート「{shown}」は組込みのものではなく、{PROFILE_PATH_ENV} の"
                        f"フォルダにもありません（組込み: {known}）。"
                        "自治体独自のプロファイルは --profile でファイルを指定するか、"
                        f"そのフォルダを {PROFILE_PATH_ENV} に加えてください。",
                        f"'{shown}' is not a built-in template, nor the id of a profile in the "
                        f"folders of {PROFILE_PATH_ENV} (built-in: {known}); give a "
                        "municipality's own profile file with --profile, or add its folder "
                        f"to {PROFILE_PATH_ENV}.",
                    ),
                    input=shown,
                )
            ]
        )
    try:
        return load_profile(template)
    except ProfileError:
        known = ", ".join(builtin_profile_ids())
        raise ChainInputError(
            [
                InputProblem(
                    "/contract/template",
                    "template_unknown",
                    L(
                        f"テンプレート「{shown}」は見つかりません（組込み: {known}）。--profile でファイルを指定できます。",
                        f"Unknown template '{shown}' (built-in: {known}); pass a profile file with --profile.",
                    ),
                    input=shown,
                )
            ]
        ) from None


def validate_bytes(
    data: bytes,
    *,
    path: str = "<input>",
    profile: Profile | str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FileResult:
    """Validate JSON bytes; profile errors from ``profile`` propagate as ``ProfileError``."""
    try:
        chain = parse_chain(data, limits=limits)
    except ChainInputError as exc:
        return FileResult(path, problems=exc.problems, data=data)
    return validate_chain(
        chain, path=path, profile=profile, select=select, ignore=ignore, data=data, limits=limits
    )


def validate_chain(
    chain: Chain,
    *,
    path: str = "<input>",
    profile: Profile | str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    data: bytes | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FileResult:
    """Check a chain already read: by :func:`~chain.format.read.parse_chain`, or by the
    app's editor, which reuses the rows of its last check
    (:class:`~chain.editor.incremental.RowCache`). ``data`` are the bytes it was read
    from, kept in the result for locating findings by line; ``limits.max_findings`` bounds
    the findings kept (:mod:`chain.check.omitted`).
    """
    try:
        chosen = resolve_profile(chain, profile)
    except ChainInputError as exc:
        return FileResult(path, problems=exc.problems, data=data)
    report = check_chain(
        chain, chosen, select=select, ignore=ignore, max_findings=limits.max_findings
    )
    notice = override_notice(chain, chosen) if profile is not None else None
    return FileResult(path, report=report, data=data, notice=notice)


def override_notice(chain: Chain, chosen: Profile) -> L | None:
    """What to say when the profile given is not the one ``contract.template`` names."""
    template = chain.contract.template
    if not template or template == chosen.id:
        return None
    shown, pid = excerpt(template), excerpt(chosen.id)
    return L(
        f"契約のテンプレート「{shown}」ではなく、指定されたプロファイル「{pid}」（--profile）で確認しました。",
        f"Checked against the profile given ({pid}, --profile), not the contract's template {shown}.",
    )


def validate_path(
    path: str | Path,
    *,
    profile: Profile | str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FileResult:
    """Read and validate a file (``"-"`` for standard input)."""
    try:
        data = read_source(path, limits=limits)
    except ChainInputError as exc:
        return FileResult(str(path), problems=exc.problems)
    return validate_bytes(
        data, path=str(path), profile=profile, select=select, ignore=ignore, limits=limits
    )
