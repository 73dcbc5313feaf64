"""The ``chain`` command: a thin shell over the library.

Each command parses its arguments, calls :mod:`chain`, and prints. Exit
codes for ``validate``: 0 no errors, 1 errors found, 2 input unreadable or
invalid against the format (with the JSON pointer of each problem).

The Typer application (``chain.cli.app``) is built on first use: plain
``chain validate`` invocations run without it (:mod:`chain.cli.fastpath`).
"""

from __future__ import annotations

import errno
import sys
from functools import cache
from typing import Any

__all__ = ["app", "build_app", "entry", "main"]


@cache
def build_app() -> Any:
    """The Typer application with every command registered."""
    import typer

    from chain.cli import (
        api_cmds,
        case_cmds,
        catalog_cmds,
        draft_cmds,
        liability_cmd,
        profile_cmds,
        render_cmd,
        validate_cmd,
        workbook_cmds,
    )

    application = typer.Typer(
        name="chain",
        help="再委託チェーンを特記事項のテンプレートに照らして確認します。 "
        "Check outsourcing chains against the personal-information provisions of the contract.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    validate_cmd.register(application)
    liability_cmd.register(application)
    catalog_cmds.register(application)
    render_cmd.register(application)
    profile_cmds.register(application)
    case_cmds.register(application)
    api_cmds.register(application)
    workbook_cmds.register(application)
    draft_cmds.register(application)
    return application


def __getattr__(name: str) -> Any:
    if name == "app":
        return build_app()
    raise AttributeError(f"module 'chain.cli' has no attribute {name!r}")


def main() -> None:
    from chain.cli import startup

    startup.pause()
    startup.without_pydantic_plugins()
    try:
        from chain.cli.fastpath import try_fast

        code = try_fast(sys.argv[1:])
        application = build_app() if code is None else None
    finally:
        startup.resume()
    try:
        if application is None:
            sys.stdout.flush()
            raise SystemExit(code)
        application()
    finally:
        startup.finish()


#: Write failures that say the output cannot be written (a full disk, an I/O error).
_OUTPUT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EIO", "EFBIG", "EDQUOT") if hasattr(errno, name)
)


def entry() -> None:
    """The ``chain`` program (the script and ``python -m chain``): :func:`main`, then
    the process ends without the interpreter's teardown (:func:`startup.leave`).

    When the output cannot be written, the program says so in one line and exits
    with status 120 (as Python does when it cannot flush its output at exit); when
    the reader of a pipe goes away (``chain validate … | head``), it stops quietly.
    """
    from chain.cli import startup

    try:
        main()
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            startup.leave(exc.code)
        raise
    except BrokenPipeError:
        _drop_stdout()
        startup.leave(1)
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _drop_stdout()
        print(f"chain: the output could not be written: {exc.strerror}", file=sys.stderr)
        startup.leave(120)


def _drop_stdout() -> None:
    """Point standard output at the null device: what is left in its buffer is lost
    anyway, and flushing it again at exit would fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    finally:
        os.close(devnull)
