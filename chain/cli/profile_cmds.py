"""``chain profile draft`` and ``chain profile diff``: start a profile from a template's
text, and see how two profiles differ. Both only call the library and print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from chain.cli.common import Lang, TextOrJson, fail, profile_option

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    profile_app = typer.Typer(
        help="Draft a profile from a template's text, or compare two. "
        "テンプレートの文からプロファイルの下書きを作り、二つを比べます。",
        no_args_is_help=True,
    )

    @profile_app.command()
    def draft(
        template: Annotated[Path, typer.Argument(help="The template's text (UTF-8 or Shift_JIS).")],
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help="Write the skeleton here, not to stdout."),
        ] = None,
        lang: Annotated[Lang, typer.Option(envvar="CHAIN_LANG")] = Lang.ja,
    ) -> None:
        """Write a profile skeleton from a template's text: its articles and headings, the
        roles and terms found, and suggested rules as comments citing their clauses.
        テンプレートの文からプロファイルの下書き（提案はコメント、条項つき）を書きます。"""
        from chain.profiles.draft import DraftError, draft_file

        try:
            skeleton = draft_file(template)
        except DraftError as exc:
            raise fail(exc.text(lang.value)) from None
        for note in skeleton.notes:
            print(f"{template}: {note(lang.value)}", file=sys.stderr)
        text = skeleton.toml()
        if output is None:
            sys.stdout.write(text)
            return
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            where = "書き込めません" if lang is Lang.ja else "cannot write"
            raise fail(f"{output}: {where}: {exc.strerror}") from None

    @profile_app.command()
    def diff(
        a: Annotated[str, typer.Argument(help="A profile id or path.")],
        b: Annotated[str, typer.Argument(help="Another profile id or path.")],
        output_format: Annotated[TextOrJson, typer.Option("--format", "-f")] = TextOrJson.text,
        lang: Annotated[Lang, typer.Option(envvar="CHAIN_LANG")] = Lang.ja,
    ) -> None:
        """Show, rule by rule and clause by clause, what one profile requires that the other
        does not. 二つのプロファイルの違い（規則ごと・条項ごと）を示します。"""
        from chain.profiles.diff import diff_profiles
        from chain.report.profile_diff import diff_text

        first, second = profile_option(a, lang.value), profile_option(b, lang.value)
        assert first is not None and second is not None
        result = diff_profiles(first, second)
        if output_format is TextOrJson.json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
            return
        sys.stdout.write(diff_text(result, lang.value))

    app.add_typer(profile_app, name="profile")
