"""``chain render``: draw a chain as SVG, PNG, PDF or DOT."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chain.cli.common import Lang, fail, profile_option

__all__ = ["Layout", "register"]


class Layout(StrEnum):
    tb = "tb"
    lr = "lr"


def register(app: typer.Typer) -> None:
    @app.command(no_args_is_help=True)
    def render(
        path: Annotated[
            str,
            typer.Argument(help="Chain JSON file; '-' reads standard input.", show_default=False),
        ],
        output: Annotated[
            str,
            typer.Option(
                "--output",
                "-o",
                help="Output file; its suffix picks the format: .svg, .png, .pdf or .dot.",
                show_default=False,
            ),
        ],
        at: Annotated[
            str | None,
            typer.Option(
                "--at",
                help="Party or worker id where an incident happens: highlight the path of "
                "liability to the municipality, each party's capacity and the joint group "
                "(party:ID or worker:ID when a party and a worker share the id).",
            ),
        ] = None,
        profile: Annotated[
            str | None,
            typer.Option(
                "--profile",
                "-p",
                help="Profile id (000-004) or path to a profile .toml file, for the findings "
                "marked on the diagram. Default: the template named in the chain.",
            ),
        ] = None,
        layout: Annotated[
            Layout,
            typer.Option(help="tb: municipality at the top, tiers downwards; lr: from the left."),
        ] = Layout.tb,
        branch: Annotated[
            str | None,
            typer.Option(help="Party id: draw only the path to it and everything below it."),
        ] = None,
        max_tier: Annotated[
            int | None,
            typer.Option(
                min=0,
                help="Draw tiers down to this one (1 = the contractor); "
                "deeper parties are counted, not drawn.",
            ),
        ] = None,
        no_workers: Annotated[
            bool, typer.Option("--no-workers", help="Leave staff out of the party boxes.")
        ] = False,
        each_worker: Annotated[
            bool,
            typer.Option(
                "--each-worker", help="One row per worker instead of counts per employment type."
            ),
        ] = False,
        no_findings: Annotated[
            bool, typer.Option("--no-findings", help="Do not mark findings on the diagram.")
        ] = False,
        no_legend: Annotated[
            bool, typer.Option("--no-legend", help="Leave out the legend.")
        ] = False,
        audit: Annotated[
            bool,
            typer.Option(
                "--audit",
                help="Mark whom the municipality may audit directly, and whom only through "
                "the contractor, with the clause.",
            ),
        ] = False,
        lang: Annotated[
            Lang, typer.Option(envvar="CHAIN_LANG", help="Language of the diagram and messages.")
        ] = Lang.ja,
    ) -> None:
        """Draw the chain: tiers as ranks, delegations styled by approval status, findings marked.

        チェーンの体制図を SVG・PNG・PDF・DOT で出力します。終了コード: 0 出力した、
        2 入力・オプションの問題、dot コマンドや日本語フォントがない。
        """
        from chain.diagram import DiagramOptions, UnknownParty, build_dot
        from chain.diagram.export import ExportError, format_for, render
        from chain.validate import validate_path

        lg = lang.value
        fmt = format_for(output)
        if fmt is None:
            raise fail(
                f"{output}: "
                + (
                    "出力ファイルの拡張子は .svg .png .pdf .dot のいずれかにしてください。"
                    if lg == "ja"
                    else "the output file must end in .svg, .png, .pdf or .dot."
                )
            )
        result = validate_path(path, profile=profile_option(profile, lg))
        if result.report is None:
            from chain.report.text import to_text

            sys.stderr.write(to_text([result], lang=lg))
            raise typer.Exit(2)
        report = result.report
        options = DiagramOptions(
            direction="LR" if layout is Layout.lr else "TB",
            collapse_workers=not each_worker,
            max_tier=max_tier,
            branch=branch,
            show_findings=not no_findings,
            show_workers=not no_workers,
            show_legend=not no_legend,
            # The --lang option is a choice of "ja" and "en", typed str by Typer.
            lang=lg,  # type: ignore[arg-type]
        )
        assessment = None
        if at is not None:
            from chain.liability import LiabilityError, assess

            try:
                assessment = assess(report, at)
            except LiabilityError as exc:
                raise fail(f"--at: {exc.text(lg)}") from None
        plan = None
        if audit:
            from chain.liability.audit import audit_reach

            plan = audit_reach(report.graph, report.profile)
        try:
            dot = build_dot(
                report.graph,
                findings=report.findings,
                assessment=assessment,
                audit=plan,
                options=options,
            )
        except UnknownParty as exc:
            raise fail(_unknown(exc.party, "--branch", lg)) from None
        try:
            data = render(dot, fmt)
        except ExportError as exc:
            raise fail(exc.message(lg)) from None
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise fail(f"{output}: {exc.strerror or exc}") from None


def _unknown(party: str, option: str, lang: str) -> str:
    from chain.text import excerpt

    if lang == "ja":
        return f"{option}: チェーンに id「{excerpt(party)}」の事業者はありません。"
    return f"{option}: the chain has no party with id {excerpt(party)!r}."
