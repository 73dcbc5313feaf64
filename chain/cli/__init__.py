"""The ``chain`` command: a thin shell over the library.

Each command parses its arguments, calls :mod:`chain`, and prints. Exit
codes for ``validate``: 0 no errors, 1 errors found, 2 input unreadable or
invalid against the format (with the JSON pointer of each problem).

The Typer application (``chain.cli.app``) is built on first use: plain
``chain validate`` invocations run without it (:mod:`chain.cli.fastpath`).
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

__all__ = ["app", "build_app", "main"]


@cache
def build_app() -> Any:
    """The Typer application with every command registered."""
    import typer

    from chain.cli import catalog_cmds, liability_cmd, render_cmd, validate_cmd

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
    return application


def __getattr__(name: str) -> Any:
    if name == "app":
        return build_app()
    raise AttributeError(f"module 'chain.cli' has no attribute {name!r}")


def main() -> None:
    from chain.cli import startup

    startup.pause()
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
