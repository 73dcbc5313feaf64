"""The ``chain`` command: a thin shell over the library.

Each command parses its arguments, calls :mod:`chain`, and prints. Exit
codes for ``validate``: 0 no errors, 1 errors found, 2 input unreadable or
invalid against the format (with the JSON pointer of each problem).
"""

from __future__ import annotations

import typer

from chain.cli import catalog_cmds, liability_cmd, validate_cmd

__all__ = ["app", "main"]

app = typer.Typer(
    name="chain",
    help="再委託チェーンを特記事項のテンプレートに照らして確認します。 "
    "Check outsourcing chains against the personal-information provisions of the contract.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
validate_cmd.register(app)
liability_cmd.register(app)
catalog_cmds.register(app)


def main() -> None:
    app()
