"""``chain validate`` without building the Typer application.

Building the Typer/Click command tree costs more than checking a small file,
so the command-line entry point first tries :func:`parse_validate`: it reads
``validate`` invocations made only of the options declared in
:mod:`chain.cli.validate_opts`, in the forms Click accepts for them. Anything
else (help, a misspelt option, a bad value, an attached short option) returns
``None`` and goes to Typer, which gives the documented help and errors. Both
parsers call the same :func:`chain.cli.validate_cmd.run`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from chain.cli.validate_opts import OPTIONS

__all__ = ["parse_validate", "try_fast"]

_BY_FLAG = {flag: opt for opt in OPTIONS for flag in opt.flags}


def parse_validate(argv: Sequence[str]) -> dict[str, Any] | None:
    """Keyword arguments of :func:`run` for ``validate ...``, or ``None`` to leave it to Typer."""
    if not argv or argv[0] != "validate":
        return None
    values: dict[str, Any] = {o.name: [] if o.kind == "list" else o.default for o in OPTIONS}
    given: set[str] = set()
    paths: list[str] = []
    args = list(argv[1:])
    i = 0
    only_paths = False
    while i < len(args):
        arg = args[i]
        i += 1
        if only_paths or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        if arg == "--":
            only_paths = True
            continue
        flag, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        opt = _BY_FLAG.get(flag)
        if opt is None:
            return None
        given.add(opt.name)
        if opt.kind in ("flag", "switch"):
            if eq:
                return None
            values[opt.name] = flag == opt.flags[0] if opt.kind == "switch" else True
            continue
        if eq:
            value = inline
        elif i < len(args):
            value, i = args[i], i + 1
        else:
            return None
        if opt.kind == "int":
            try:
                values[opt.name] = int(value)
            except ValueError:
                return None
        elif opt.kind == "choice":
            if value not in opt.choices:
                return None
            values[opt.name] = value
        elif opt.kind == "list":
            values[opt.name].append(value)
        else:
            values[opt.name] = value
    if not paths:
        return None
    for opt in OPTIONS:
        if opt.envvar and opt.name not in given and os.environ.get(opt.envvar):
            value = os.environ[opt.envvar]
            if opt.kind != "choice" or value not in opt.choices:
                return None
            values[opt.name] = value
    for opt in OPTIONS:
        if opt.kind == "list" and not values[opt.name]:
            values[opt.name] = None
    return {"paths": paths, **values}


def try_fast(argv: Sequence[str]) -> int | None:
    """Run ``chain validate`` directly when :func:`parse_validate` accepts ``argv``."""
    params = parse_validate(argv)
    if params is None:
        return None
    from chain.cli.validate_cmd import run

    return run(params.pop("paths"), **params)
