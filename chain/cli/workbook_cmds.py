"""``chain workbook …``: the chain as an Excel workbook, out and back in.

``export`` writes a chain file as a workbook, ``import`` reads a workbook (or a CSV file,
or a folder of CSV files, one per table) as a chain file and checks it, ``template`` writes
the empty workbook a contractor fills. Exit codes of ``import`` are those of ``chain
validate``: 0 no errors, 1 errors found, 2 the workbook (or the chain it holds) cannot be
read, with each problem located by sheet, row and column. openpyxl loads only when a
workbook command runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from chain.cli.common import Lang, OptionError, TextOrJson, fail, load_profile_option, say_error
from chain.cli.shared_options import LangOpt

__all__ = ["register"]


ProfileOpt = Annotated[
    str | None,
    typer.Option(
        "--profile",
        "-p",
        help="Profile id (000-004) or path to a profile .toml file: its application items are "
        "marked as required. Default: the template named in the chain.",
    ),
]


def _read_chain(path: str) -> dict[str, Any]:
    from chain.format.read import read_source

    try:
        data = read_source(path)
        doc = json.loads(data)
    except Exception as exc:  # the reader's problems, a missing file, not JSON
        raise fail(f"{path}: {exc}") from None
    if not isinstance(doc, dict):
        raise fail(f"{path}: not a chain document (a JSON object)")
    return doc


def _profile(value: str | None, lang: Lang) -> Any:
    try:
        return load_profile_option(value, lang.value)
    except OptionError as exc:
        raise fail(str(exc)) from None


def _write(output: str, data: bytes) -> None:
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise fail(f"{output}: {exc.strerror or exc}") from None


def register(app: typer.Typer) -> None:
    book = typer.Typer(
        help="The chain as an Excel workbook: export, import, an empty template. "
        "チェーンを Excel ブックで出し入れします。",
        no_args_is_help=True,
    )

    @book.command("export", no_args_is_help=True)
    def export(
        path: Annotated[str, typer.Argument(help="Chain JSON file; '-' reads standard input.")],
        output: Annotated[
            str, typer.Option("--output", "-o", help="The workbook to write (.xlsx).")
        ],
        profile: ProfileOpt = None,
        lang: LangOpt = Lang.ja,
    ) -> None:
        """Write a chain as a workbook (案件, 事業者, 委託関係, 書類, 従事者, 場所, 体制一覧)."""
        from chain.editor.workbook import export_workbook

        doc = _read_chain(path)
        _write(output, export_workbook(doc, _profile(profile, lang)))

    @book.command("import", no_args_is_help=True)
    def import_(
        path: Annotated[
            str, typer.Argument(help="Workbook (.xlsx), CSV file, or folder of CSV files.")
        ],
        output: Annotated[
            str | None,
            typer.Option("--output", "-o", help="The chain JSON file to write."),
        ] = None,
        profile: ProfileOpt = None,
        output_format: Annotated[
            TextOrJson, typer.Option("--format", "-f", help="text or json.")
        ] = TextOrJson.text,
        lang: LangOpt = Lang.ja,
    ) -> None:
        """Read a workbook as a chain, write it (-o) and check it like `chain validate`."""
        from chain.editor.workbook import import_path, locate
        from chain.format.limits import Limits
        from chain.validate import validate_bytes

        chosen = _profile(profile, lang)
        if not Path(path).exists():
            raise fail(f"{path}: no such file or folder")
        doc, problems = import_path(path, limits=Limits.from_env())
        blocking = doc is None or any(not p.is_note for p in problems)
        result = None
        if not blocking and doc is not None:
            data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
            result = validate_bytes(data, path=output or path, profile=chosen)
            if result.report is None:
                problems = [*problems, *locate(result.problems, doc)]
            elif output:  # a chain the reader refuses is not written
                _write(output, data + b"\n")
        code = 2 if blocking or result is None or result.report is None else result.exit_code
        if output_format == TextOrJson.json:
            answer: dict[str, Any] = {
                "file": path,
                "output": output if result is not None and result.report is not None else None,
                "exit_code": code,
                "problems": [p.to_dict() for p in problems],
            }
            if result is not None and result.report is not None:
                from chain.report.json import to_json

                answer["report"] = json.loads(to_json([result]))
            sys.stdout.write(json.dumps(answer, ensure_ascii=False, indent=2) + "\n")
        else:
            for p in problems:
                say_error(p.message(lang.value))
            if result is not None and result.report is not None:
                from chain.report.text import to_text

                sys.stdout.write(to_text([result], lang=lang.value))
        raise typer.Exit(code)

    @book.command("template")
    def template(
        output: Annotated[
            str, typer.Option("--output", "-o", help="The workbook to write (.xlsx).")
        ],
        profile: ProfileOpt = None,
        chain: Annotated[
            str | None,
            typer.Option("--chain", help="A chain JSON file whose contract fills the 案件 row."),
        ] = None,
        lang: LangOpt = Lang.ja,
    ) -> None:
        """Write the empty workbook a contractor fills, the profile's items marked 「※」."""
        from chain.editor.workbook import template_workbook

        doc = _read_chain(chain) if chain else None
        chosen = _profile(profile, lang)
        if chosen is None and doc is not None:
            from chain.editor.workbook import profile_of

            chosen = profile_of(doc)
        _write(output, template_workbook(chosen, doc))

    app.add_typer(book, name="workbook")
