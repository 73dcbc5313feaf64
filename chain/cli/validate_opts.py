"""The options of ``chain validate``, declared once as data.

Two parsers read this table: Typer builds the documented command from it
(help, completion of choices, error messages), and :mod:`chain.cli.fastpath`
parses the common invocations without importing Typer, which costs more than
a small file's whole check. Nothing here imports Typer.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["ARGUMENT_HELP", "DOC", "FORMATS", "LANGS", "OPTIONS", "Option"]

FORMATS = ("text", "json", "sarif")
LANGS = ("ja", "en")

DOC = """Check chain files against their template; exit 0 (no errors), 1 (errors), 2 (bad input).

再委託チェーンを確認します。終了コード: 0 エラーなし、1 エラーあり、2 入力を読めない。
Several files or a folder: a progress bar on a terminal and a summary table at the end.
"""

ARGUMENT_HELP = "Chain JSON file(s) or folder(s); '-' reads standard input."


class Option(NamedTuple):
    """One option: its parameter name, flags, value kind and help.

    A named tuple rather than a frozen dataclass: defining one costs a tenth as much,
    and this module is imported by every ``chain validate``.
    """

    name: str
    flags: tuple[str, ...]
    kind: str
    """``str``, ``int``, ``choice``, ``list`` (repeatable), ``flag`` or ``switch``
    (``--x/--no-x``, unset by default)."""
    help: str
    default: object = None
    choices: tuple[str, ...] = ()
    envvar: str | None = None


OPTIONS: tuple[Option, ...] = (
    Option(
        "profile",
        ("--profile", "-p"),
        "str",
        "Profile id (000-004) or path to a profile .toml file. "
        "Default: the template named in the chain (contract.template).",
    ),
    Option(
        "output_format",
        ("--format", "-f"),
        "choice",
        "Output format.",
        default="text",
        choices=FORMATS,
    ),
    Option(
        "select",
        ("--select",),
        "list",
        "Only these codes: prefixes or slugs, comma-separated (DLG,STF004).",
    ),
    Option(
        "ignore", ("--ignore",), "list", "Skip these codes: prefixes or slugs, comma-separated."
    ),
    Option(
        "lang",
        ("--lang",),
        "choice",
        "Language of text output.",
        default="ja",
        choices=LANGS,
        envvar="CHAIN_LANG",
    ),
    Option("brief", ("--brief",), "flag", "Text output: one line per finding.", default=False),
    Option(
        "progress",
        ("--progress", "--no-progress"),
        "switch",
        "Progress bar on standard error (default: when it is a terminal and there are "
        "several files).",
    ),
    Option(
        "max_bytes", ("--max-bytes",), "int", "Largest file accepted, in bytes (CHAIN_MAX_BYTES)."
    ),
    Option("max_parties", ("--max-parties",), "int", "Most parties accepted (CHAIN_MAX_PARTIES)."),
    Option(
        "max_depth",
        ("--max-depth",),
        "int",
        "Deepest nesting of JSON arrays and objects accepted (CHAIN_MAX_DEPTH).",
    ),
    Option(
        "max_string",
        ("--max-string",),
        "int",
        "Longest string accepted, in characters (CHAIN_MAX_STRING).",
    ),
    Option(
        "max_findings",
        ("--max-findings",),
        "int",
        "Most findings listed per file; the others are counted per code "
        "(CHAIN_MAX_FINDINGS, default 10,000).",
    ),
)
