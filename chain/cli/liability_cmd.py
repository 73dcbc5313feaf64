"""``chain liability``: who answers to the municipality for an incident at a party or worker."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from chain.cli.common import Lang, TextOrJson, fail, profile_option

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command(no_args_is_help=True)
    def liability(
        path: Annotated[str, typer.Argument(help="Chain JSON file; '-' reads standard input.")],
        at: Annotated[
            str,
            typer.Option(
                "--at",
                help="Id of the party or worker where the incident happens "
                "(party:ID or worker:ID when a party and a worker share the id).",
            ),
        ],
        profile: Annotated[
            str | None,
            typer.Option(
                "--profile",
                "-p",
                help="Profile id or .toml path (default: the contract's template).",
            ),
        ] = None,
        output_format: Annotated[
            TextOrJson, typer.Option("--format", "-f", help="Output format.")
        ] = TextOrJson.text,
        lang: Annotated[
            Lang, typer.Option(envvar="CHAIN_LANG", help="Language of text output.")
        ] = Lang.ja,
    ) -> None:
        """Who answers to the municipality for an incident, in what capacity, under which clause.

        事故が起きたとき、誰がどの立場・どの条項で発注者に責任を負うかを示します。
        Exit 0 on success, 2 when the input cannot be read or the party is unknown.
        """
        from chain.liability import LiabilityError, assess
        from chain.liability.audit import audit_reach, audit_text
        from chain.liability.text import to_document, to_text
        from chain.report.json import dump_json
        from chain.report.text import to_text as problems_text
        from chain.validate import validate_path

        result = validate_path(path, profile=profile_option(profile, lang.value))
        if result.report is None:
            sys.stdout.write(problems_text([result], lang=lang.value))
            raise typer.Exit(2)
        report = result.report
        try:
            assessment = assess(report, at)
        except LiabilityError as exc:
            raise fail(exc.text(lang.value)) from None
        # Whom the municipality may audit: the same for every incident of the chain.
        plan = audit_reach(report.graph, report.profile)
        if output_format is TextOrJson.json:
            doc = to_document(assessment, path=path, profile_title=report.profile.title)
            doc["audit"] = plan.to_dict() if plan is not None else None
            sys.stdout.write(dump_json(doc))
        else:
            sys.stdout.write(
                to_text(assessment, report.graph, lang=lang.value, title=report.profile.title)
            )
            if plan is not None:
                sys.stdout.write("\n" + audit_text(plan, report.graph, lang.value))
