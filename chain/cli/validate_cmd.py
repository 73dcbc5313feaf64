"""``chain validate``: check chain files and report findings.

:func:`run` does the work and returns the exit code; it imports neither
Typer nor anything heavy, so the common invocations can skip building the
Typer application (:mod:`chain.cli.fastpath`). :func:`register` builds the
documented Typer command from the same option table
(:mod:`chain.cli.validate_opts`).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Sequence
from typing import Annotated, Any

from chain.batch import expand_paths
from chain.cli.common import OptionError, load_profile_option, say_error, split_codes
from chain.cli.validate_opts import ARGUMENT_HELP, DOC, OPTIONS, Option

__all__ = ["expand_paths", "register", "run"]


def _fail(message: str) -> int:
    say_error(message)
    return 2


def run(
    paths: Sequence[str],
    *,
    profile: str | None = None,
    output_format: str = "text",
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    lang: str = "ja",
    brief: bool = False,
    progress: bool | None = None,
    max_bytes: int | None = None,
    max_parties: int | None = None,
    max_depth: int | None = None,
    max_string: int | None = None,
    max_findings: int | None = None,
) -> int:
    """Validate ``paths`` (files, folders, ``-``), write the report, return the exit code."""
    from chain.batch import Batch, iter_batch
    from chain.cli import startup
    from chain.format.limits import Limits

    try:
        limits = Limits.from_env().with_overrides(
            max_bytes=max_bytes,
            max_parties=max_parties,
            max_depth=max_depth,
            max_string=max_string,
            max_findings=max_findings,
        )
    except ValueError as exc:
        return _fail(str(exc))
    try:
        chosen = load_profile_option(profile, lang)
    except OptionError as exc:
        if output_format == "json" and exc.problems is not None:
            from chain.report.json import profile_error_json

            sys.stdout.write(profile_error_json(exc.source or "", exc.problems))
            return 2
        return _fail(str(exc))
    files = expand_paths(paths)
    if not files:
        return _fail("no chain files found (folders are searched for *.json)")

    show = progress if progress is not None else len(files) > 1 and sys.stderr.isatty()
    bar = None
    if show:
        from chain.cli.progress import Progress

        bar = Progress(sys.stderr, len(files), lang=lang)
    text = output_format == "text"
    if text:
        from chain.report.text import to_text
    out = sys.stdout
    batch = Batch()
    for item in iter_batch(
        files, profile=chosen, select=split_codes(select), ignore=split_codes(ignore), limits=limits
    ):
        batch.items.append(item)
        batch.summary.add(item)
        startup.resume()  # start-up is over once the first file is done
        notice = item.result.notice
        if text and notice is not None:  # in JSON it is a field of the file
            if bar is not None:
                bar.clear()
            say_error(f"{item.result.path}: {notice(lang)}")
        if text:  # streamed, file by file; the input is no longer needed once written
            if bar is not None:
                bar.clear()
            out.write(to_text([item.result], lang=lang, verbose=not brief))
            item.result.data = None
        if bar is not None:
            out.flush()
            bar.update(len(batch.items), item)
    if bar is not None:
        bar.finish(batch.summary)
    if text:
        if len(files) > 1:
            from chain.report.text import summary_table

            out.write("\n" + summary_table(batch, lang=lang))
    elif output_format == "json":
        from chain.report.json import write_json

        out.flush()  # the report goes as UTF-8 bytes, a finding at a time
        write_json(batch.results, out.buffer)
    else:
        from chain.report.sarif import to_sarif

        out.write(to_sarif(batch.results, lang=lang))
    return batch.summary.worst_exit


# --- the Typer command, built from the option table ------------------------------------------


def _annotation(opt: Option) -> Any:
    import typer

    flags = ("/".join(opt.flags),) if opt.kind == "switch" else opt.flags  # --x/--no-x
    info = typer.Option(
        *flags, help=opt.help, envvar=opt.envvar, show_default=opt.default not in (None, False)
    )
    kind: Any
    if opt.kind == "choice":
        from enum import StrEnum

        # An enum named at run time, one per option: the checker reads only literal names.
        make_enum: Any = StrEnum
        kind = make_enum(opt.name.title().replace("_", ""), {c: c for c in opt.choices})
    else:
        kind = {
            "str": str | None,
            "int": int | None,
            "list": list[str] | None,
            "flag": bool,
            "switch": bool | None,
        }[opt.kind]
    return Annotated[kind, info]


def _default(opt: Option, annotation: Any) -> Any:
    if opt.kind == "choice":
        return annotation.__origin__(opt.default)  # the enum member
    return opt.default


def register(app) -> None:
    """Add ``validate`` to the Typer application."""
    import typer

    def validate(**params: Any) -> None:
        values = {k: getattr(v, "value", v) for k, v in params.items()}  # enum members → str
        raise typer.Exit(run(values.pop("paths"), **values))

    params = [
        inspect.Parameter(
            "paths",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=Annotated[list[str], typer.Argument(help=ARGUMENT_HELP, show_default=False)],
        )
    ]
    for opt in OPTIONS:
        annotation = _annotation(opt)
        params.append(
            inspect.Parameter(
                opt.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                annotation=annotation,
                default=_default(opt, annotation),
            )
        )
    # Typer reads the options from the signature given here; functions take the attribute.
    validate.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    validate.__annotations__ = {p.name: p.annotation for p in params}
    validate.__doc__ = DOC
    app.command(no_args_is_help=True)(validate)
