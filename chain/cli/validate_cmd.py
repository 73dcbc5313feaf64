"""``chain validate``: check chain files and report findings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from chain.cli.common import Lang, OutputFormat, fail, split_codes

__all__ = ["expand_paths", "register"]


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; folders expand to the ``*.json`` files under them, sorted.

    Expected-findings sidecars (``*.expected.json``) beside sample chains are skipped.
    """
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(
                str(f)
                for f in sorted(path.rglob("*.json"))
                if f.is_file() and not f.name.endswith(".expected.json")
            )
        else:
            out.append(p)
    return out


def register(app: typer.Typer) -> None:
    @app.command(no_args_is_help=True)
    def validate(
        paths: Annotated[
            list[str],
            typer.Argument(
                help="Chain JSON file(s) or folder(s); '-' reads standard input.",
                show_default=False,
            ),
        ],
        profile: Annotated[
            str | None,
            typer.Option(
                "--profile",
                "-p",
                help="Profile id (000-004) or path to a profile .toml file. "
                "Default: the template named in the chain (contract.template).",
            ),
        ] = None,
        output_format: Annotated[
            OutputFormat, typer.Option("--format", "-f", help="Output format.")
        ] = OutputFormat.text,
        select: Annotated[
            list[str] | None,
            typer.Option(help="Only these codes: prefixes or slugs, comma-separated (DLG,STF004)."),
        ] = None,
        ignore: Annotated[
            list[str] | None,
            typer.Option(help="Skip these codes: prefixes or slugs, comma-separated."),
        ] = None,
        lang: Annotated[
            Lang, typer.Option(envvar="CHAIN_LANG", help="Language of text output.")
        ] = Lang.ja,
        brief: Annotated[
            bool, typer.Option("--brief", help="Text output: one line per finding.")
        ] = False,
        max_bytes: Annotated[
            int | None, typer.Option(help="Largest file accepted, in bytes (CHAIN_MAX_BYTES).")
        ] = None,
        max_parties: Annotated[
            int | None, typer.Option(help="Most parties accepted (CHAIN_MAX_PARTIES).")
        ] = None,
    ) -> None:
        """Check chain files against their template; exit 0 (no errors), 1 (errors), 2 (bad input).

        再委託チェーンを確認します。終了コード: 0 エラーなし、1 エラーあり、2 入力を読めない。
        """
        from chain.limits import Limits
        from chain.profile import ProfileError, load_profile
        from chain.validate import validate_path

        try:
            limits = Limits.from_env().with_overrides(max_bytes=max_bytes, max_parties=max_parties)
        except ValueError as exc:
            raise fail(str(exc)) from None
        chosen = None
        if profile is not None:
            try:
                chosen = load_profile(profile)
            except ProfileError as exc:
                raise fail(f"profile: {exc}") from None
        files = expand_paths(paths)
        if not files:
            raise fail("no chain files found (folders are searched for *.json)")
        results = [
            validate_path(
                f,
                profile=chosen,
                select=split_codes(select),
                ignore=split_codes(ignore),
                limits=limits,
            )
            for f in files
        ]
        if output_format is OutputFormat.json:
            from chain.output import to_json

            sys.stdout.write(to_json(results))
        elif output_format is OutputFormat.sarif:
            from chain.sarif import to_sarif

            sys.stdout.write(to_sarif(results, lang=lang.value))
        else:
            from chain.output import to_text

            sys.stdout.write(to_text(results, lang=lang.value, verbose=not brief))
        raise typer.Exit(max(r.exit_code for r in results))
