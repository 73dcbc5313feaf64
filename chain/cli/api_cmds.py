"""``chain api …``: the HTTP API's published schema (the API itself runs with
``uvicorn chain.api:app``). FastAPI loads only when an ``api`` command runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    api_app = typer.Typer(
        help="The HTTP API (run it with `uvicorn chain.api:app`). HTTP API。",
        no_args_is_help=True,
    )

    @api_app.command("openapi")
    def openapi(
        write: Annotated[
            Path | None,
            typer.Option(help="Write api.openapi.json into this folder instead of printing it."),
        ] = None,
    ) -> None:
        """Print the API's OpenAPI schema (as served at /openapi.json).
        API の OpenAPI スキーマを出力します。"""
        from chain.api.app import create_app, openapi_text

        text = openapi_text(create_app("sqlite://"))
        if write is None:
            sys.stdout.write(text)
            return
        write.mkdir(parents=True, exist_ok=True)
        (write / "api.openapi.json").write_text(text, encoding="utf-8")
        print(write / "api.openapi.json")

    app.add_typer(api_app, name="api")
