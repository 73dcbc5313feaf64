"""``chain validate`` without Typer: the same arguments as Typer would pass, or none at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import click
import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chain.cli import build_app, validate_cmd
from chain.cli.fastpath import parse_validate
from chain.cli.validate_opts import OPTIONS

ROOT = Path(__file__).resolve().parent.parent
LISTS = {o.name for o in OPTIONS if o.kind == "list"}


def _typer_params(argv: list[str], lang_env: str | None) -> dict | None:
    """What Typer passes to ``run`` for ``argv``, or ``None`` when it refuses the arguments."""
    captured: dict = {}

    def fake_run(paths, **kw):
        captured.update(paths=list(paths), **kw)
        return 0

    env = {} if lang_env is None else {"CHAIN_LANG": lang_env}
    command = typer.main.get_command(build_app())
    with mock.patch.object(validate_cmd, "run", fake_run), mock.patch.dict(os.environ, env):
        if lang_env is None:
            os.environ.pop("CHAIN_LANG", None)
        try:
            command.main(["validate", *argv], prog_name="chain", standalone_mode=False)
        except click.exceptions.Exit:
            pass
        except click.ClickException:
            return None
    return _normal(captured) if captured else None


def _fast_params(argv: list[str], lang_env: str | None) -> dict | None:
    env = {} if lang_env is None else {"CHAIN_LANG": lang_env}
    with mock.patch.dict(os.environ, env):
        if lang_env is None:
            os.environ.pop("CHAIN_LANG", None)
        got = parse_validate(["validate", *argv])
    return None if got is None else _normal(got)


def _normal(params: dict) -> dict:
    return {k: (list(v) or None) if k in LISTS and v is not None else v for k, v in params.items()}


def _option_tokens() -> st.SearchStrategy[list[str]]:
    values = st.sampled_from(
        [
            "000",
            "json",
            "sarif",
            "text",
            "xml",
            "en",
            "ja",
            "5",
            "-3",
            "1_000",
            "x",
            "DLG,ITM",
            "",
            "--brief",
            "-",
        ]
    )
    options = []
    for opt in OPTIONS:
        for flag in opt.flags:
            if opt.kind in ("flag", "switch"):
                options.append(st.just([flag]))
            else:
                options.append(st.tuples(st.just(flag), values).map(list))
                if flag.startswith("--"):
                    options.append(values.map(lambda v, f=flag: [f"{f}={v}"]))
    odd = st.sampled_from(
        [["--"], ["-h"], ["--help"], ["--nope"], ["-fjson"], ["--brief=1"], ["-p"], ["--format"]]
    )
    paths = st.sampled_from(["a.json", "-", "dir", "名前.json", "-x.json"]).map(lambda p: [p])
    return st.lists(st.one_of(*options, odd, paths), max_size=8).map(
        lambda parts: [tok for part in parts for tok in part]
    )


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(argv=_option_tokens(), lang_env=st.sampled_from([None, "en", "ja", "xx", ""]))
def test_fast_parse_equals_typer_whenever_it_accepts(argv: list[str], lang_env) -> None:
    fast = _fast_params(argv, lang_env)
    if fast is not None:
        assert fast == _typer_params(argv, lang_env)


def test_common_invocations_take_the_fast_path() -> None:
    for argv in (
        ["a.json"],
        ["a.json", "b.json", "-f", "json"],
        ["dir", "--brief", "--lang=en"],
        ["-", "--select", "DLG,ITM", "--select", "STF004", "--ignore", "PER"],
        ["a.json", "-p", "003", "--max-bytes", "1000", "--no-progress"],
    ):
        fast = _fast_params(argv, None)
        assert fast is not None and fast == _typer_params(argv, None), argv


def test_help_and_mistakes_go_to_typer() -> None:
    for argv in (
        ["--help"],
        ["a.json", "-h"],
        [],
        ["a.json", "--format", "xml"],
        ["a.json", "--nope"],
        ["a.json", "-fjson"],
        ["a.json", "--max-bytes", "many"],
    ):
        assert _fast_params(argv, None) is None, argv


def test_validate_runs_without_importing_typer_or_click() -> None:
    code = (
        "import atexit, sys, runpy\n"
        "sys.argv = ['chain', 'validate', 'sample_data/000/compliant.json', '--brief']\n"
        "def report():\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'rich'))\n"
        "    print('LOADED', loaded)\n"
        "atexit.register(report)\n"
        "runpy.run_module('chain', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout
