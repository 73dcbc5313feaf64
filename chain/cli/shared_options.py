"""Typer option types shared by several command groups (not on ``chain validate``'s fast
path, which avoids Typer: see :mod:`chain.cli.common`)."""

from __future__ import annotations

from typing import Annotated

import typer

from chain.cli.common import Lang

__all__ = ["LangOpt"]

#: ``--lang ja|en``, also from ``CHAIN_LANG``.
LangOpt = Annotated[Lang, typer.Option(envvar="CHAIN_LANG")]
