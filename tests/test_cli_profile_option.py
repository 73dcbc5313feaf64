"""``--profile ID|PATH``: every command resolves it the same way and reports a bad one alike."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.cli.common import OptionError, load_profile_option
from chain.cli.fastpath import try_fast

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = str(ROOT / "sample_data/000/compliant.json")


def _commands(tmp: Path) -> dict[str, list[str]]:
    return {
        "validate": ["validate", COMPLIANT],
        "liability": ["liability", COMPLIANT, "--at", "p-contractor"],
        "render": ["render", COMPLIANT, "-o", str(tmp / "out.svg")],
        "rules": ["rules"],
    }


def _bad_profiles(tmp: Path) -> dict[str, str]:
    broken = tmp / "broken.toml"
    broken.write_text("id = [unclosed\n", encoding="utf-8")
    invalid = tmp / "invalid.toml"
    invalid.write_text('id = "x"\n', encoding="utf-8")  # required keys missing
    return {"unknown id": "nope", "missing file": str(tmp / "absent.toml"),
            "not TOML": str(broken), "not a profile": str(invalid)}


def test_option_absent_or_given() -> None:
    assert load_profile_option(None) is None
    profile = load_profile_option("002")
    assert profile is not None and profile.id == "002"


@pytest.mark.parametrize("case", ["unknown id", "missing file", "not TOML", "not a profile"])
def test_every_command_reports_a_bad_profile_alike(tmp_path: Path, case: str) -> None:
    value = _bad_profiles(tmp_path)[case]
    with pytest.raises(OptionError) as info:
        load_profile_option(value)
    expected = str(info.value)
    assert expected.startswith("profile: ")
    runner = CliRunner()
    for name, args in _commands(tmp_path).items():
        result = runner.invoke(app, [*args, "--profile", value])
        assert result.exit_code == 2, (name, result.output)
        assert result.stderr.strip() == expected, name
        assert "Traceback" not in result.output
    assert not (tmp_path / "out.svg").exists()
    # The fast path of `chain validate` (no Typer) says the same.
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = try_fast(["validate", COMPLIANT, "--profile", value])
    assert code == 2
    assert err.getvalue().strip() == expected
