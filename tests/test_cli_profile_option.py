"""``--profile ID|PATH``: every command resolves it the same way and reports a bad one alike.

A profile given by path can be anything: missing, a folder, a named pipe, a device,
huge, not UTF-8, not TOML, nested thousands of levels deep, or TOML of the wrong
shape. Each is a profile error naming the file and, where the file has one, the
line and column; every command exits 2 with it, never a traceback, never a hang.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.cli import app
from chain.cli.common import OptionError, load_profile_option
from chain.cli.fastpath import try_fast
from chain.profiles.load import ProfileError, load_profile
from chain.profiles.model import BUILTIN_DIR
from chain.profiles.tomlfile import MAX_TOML_BYTES, MAX_TOML_DEPTH

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = str(ROOT / "sample_data/000/compliant.json")
VALID = (BUILTIN_DIR / "002.toml").read_text(encoding="utf-8")
#: The line of the profile's first rule (its code, min_tier and clause follow).
FIRST = VALID.splitlines().index("[[rules]]") + 1


def _commands(tmp: Path) -> dict[str, list[str]]:
    return {
        "validate": ["validate", COMPLIANT],
        "liability": ["liability", COMPLIANT, "--at", "p-contractor"],
        "render": ["render", COMPLIANT, "-o", str(tmp / "out.svg")],
        "rules": ["rules"],
    }


def _in_first_rule(line: str) -> str:
    """A valid profile with ``line`` added to its first rule (at line FIRST + 1)."""
    return VALID.replace("[[rules]]\n", f"[[rules]]\n{line}\n", 1)


def _first_rule_with(old: str, new: str) -> bytes:
    assert old in VALID
    return VALID.replace(old, new, 1).encode()


#: Each case: what the file holds, and one (problem type, line, column, pointer) it gives.
CASES: dict[str, tuple[bytes, tuple[str, int | None, int | None, str]]] = {
    "not TOML": (b"id = [unclosed\n", ("toml_syntax", 1, 7, "")),
    "not UTF-8": (b'id = "\xff\xfe"\n', ("encoding", 1, 7, "")),
    "Shift_JIS": ('id = "市"\n'.encode("cp932"), ("encoding", 1, 7, "")),
    "arrays 900 deep": (
        b"a = " + b"[" * 900 + b"]" * 900 + b"\n",
        ("too_deep", 1, 4 + MAX_TOML_DEPTH, ""),
    ),
    "arrays 10,000 deep": (
        b"a = " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
        ("too_deep", 1, 4 + MAX_TOML_DEPTH, ""),
    ),
    "inline tables 10,000 deep": (
        b"a = " + b"{b = " * 10_000 + b"1" + b"}" * 10_000 + b"\n",
        ("too_deep", 1, 5 + 5 * (MAX_TOML_DEPTH - 1), ""),
    ),
    "deep in a rule": (
        _in_first_rule("x = " + "[" * 600 + "]" * 600).encode(),
        ("too_deep", FIRST + 1, 4 + MAX_TOML_DEPTH, ""),
    ),
    "dotted keys 10,000 deep": (
        b"x." + b"a." * 10_000 + b"b = 1\n",
        ("too_deep", None, None, "/x" + "/a" * (MAX_TOML_DEPTH - 1)),
    ),
    "a number of 5,000 digits": (b"id = 1\nn = " + b"9" * 5000 + b"\n", ("toml_syntax", 2, 5, "")),
    "huge": (b"# " + b"x" * MAX_TOML_BYTES + b"\n", ("too_large", None, None, "")),
    "not a profile": (b'id = "x"\n', ("missing", None, None, "/issuer")),
    "rules not an array": (b'id = "x"\nrules = 5\n', ("list_type", 2, 1, "/rules")),
    "rules a table": (b'id = "x"\n[rules]\na = 1\n', ("list_type", 2, 1, "/rules")),
    "a rule not a table": (b'id = "x"\nrules = [1]\n', ("model_type", 2, 1, "/rules/0")),
    "a clause not a table": (
        _first_rule_with('clause = { article = "4" }', "clause = 5"),
        ("list_type", FIRST + 3, 1, "/rules/0/clause"),
    ),
    "an article not a string": (
        _first_rule_with('clause = { article = "4" }', 'clause = { article = ["4"] }'),
        ("string_type", FIRST + 3, 1, "/rules/0/clause/0/article"),
    ),
    "a parameter of the wrong type": (
        _first_rule_with("min_tier = 2", 'min_tier = "two"'),
        ("int_parsing", FIRST + 2, 1, "/rules/0/min_tier"),
    ),
    "a rule resting on no silence": (
        _first_rule_with('code = "DLG001"', 'code = "DLG001"\ninterpretation = "no-such"'),
        ("unknown_silence", FIRST + 2, 1, "/rules/0/interpretation"),
    ),
    "a date for a string": (
        _first_rule_with('id = "002"', "id = 2025-04-01"),
        ("string_type", 3, 1, "/id"),
    ),
}


def _write(tmp: Path, case: str) -> str:
    path = tmp / "city.toml"
    path.write_bytes(CASES[case][0])
    return str(path)


def _located(exc: ProfileError) -> set[tuple[str, int | None, int | None, str]]:
    return {(p.type, p.line, p.column, p.pointer) for p in exc.problems}


def test_option_absent_or_given() -> None:
    assert load_profile_option(None) is None
    profile = load_profile_option("002")
    assert profile is not None and profile.id == "002"


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_profile_is_a_located_profile_error(tmp_path: Path, case: str) -> None:
    path = _write(tmp_path, case)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.source == path
    assert CASES[case][1] in _located(info.value)


def _bad_values(tmp: Path) -> dict[str, str]:
    broken = tmp / "broken.toml"
    broken.write_text("id = [unclosed\n", encoding="utf-8")
    invalid = tmp / "invalid.toml"
    invalid.write_text('id = "x"\n', encoding="utf-8")  # required keys missing
    deep = tmp / "deep.toml"
    deep.write_bytes(CASES["arrays 10,000 deep"][0])
    inline = tmp / "inline.toml"
    inline.write_bytes(CASES["inline tables 10,000 deep"][0])
    (tmp / "folder.toml").mkdir()
    return {
        "unknown id": "nope",
        "missing file": str(tmp / "absent.toml"),
        "not TOML": str(broken),
        "not a profile": str(invalid),
        "deep arrays": str(deep),
        "deep inline tables": str(inline),
        "a folder": str(tmp / "folder.toml"),
    }


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "case",
    [
        "unknown id",
        "missing file",
        "not TOML",
        "not a profile",
        "deep arrays",
        "deep inline tables",
        "a folder",
    ],
)
def test_every_command_reports_a_bad_profile_alike(tmp_path: Path, case: str, lang: str) -> None:
    value = _bad_values(tmp_path)[case]
    with pytest.raises(OptionError) as info:
        load_profile_option(value, lang)
    expected = str(info.value)
    assert expected.startswith({"ja": "プロファイル: ", "en": "profile: "}[lang] + value + ": ")
    runner = CliRunner()
    for name, args in _commands(tmp_path).items():
        result = runner.invoke(app, [*args, "--profile", value, "--lang", lang])
        assert result.exit_code == 2, (name, result.output)
        assert result.stderr.strip() == expected, name
        assert "Traceback" not in result.output
    assert not (tmp_path / "out.svg").exists()
    # The fast path of `chain validate` (no Typer) says the same.
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = try_fast(["validate", COMPLIANT, "--profile", value, "--lang", lang])
    assert code == 2
    assert err.getvalue().strip() == expected


def test_the_message_gives_the_line_and_column(tmp_path: Path) -> None:
    value = _bad_values(tmp_path)["deep arrays"]
    column = 4 + MAX_TOML_DEPTH
    with pytest.raises(OptionError, match=f"^プロファイル: .*deep.toml: 1行{column}列: "):
        load_profile_option(value, "ja")
    with pytest.raises(OptionError, match=f"^profile: .*deep.toml: line 1, column {column}: "):
        load_profile_option(value, "en")


def _special_files(tmp: Path) -> dict[str, tuple[str, str]]:
    fifo = tmp / "fifo.toml"
    os.mkfifo(fifo)
    zero = tmp / "zero.toml"
    zero.symlink_to("/dev/zero")
    loop = tmp / "loop.toml"
    loop.symlink_to(loop)
    return {
        "a named pipe": (str(fifo), "not_a_file"),
        "a link to /dev/zero": (str(zero), "not_a_file"),
        "a link to itself": (str(loop), "unreadable"),
        "a NUL byte in the name": (str(tmp / "a\0b.toml"), "unreadable"),
        "a name too long": (str(tmp / ("x" * 300 + ".toml")), "unreadable"),
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_special_files_are_refused_without_being_read(tmp_path: Path) -> None:
    for case, (value, kind) in _special_files(tmp_path).items():
        with pytest.raises(ProfileError) as info:
            load_profile(value)
        assert _located(info.value) == {(kind, None, None, "")}, case
        assert info.value.source == value, case


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("command", ["validate", "liability", "render", "rules"])
def test_no_command_waits_on_a_named_pipe_or_reads_dev_zero(tmp_path: Path, command: str) -> None:
    # A process of its own: reading either would hang or fill memory, not fail.
    files = _special_files(tmp_path)
    for case in ("a named pipe", "a link to /dev/zero"):
        value = files[case][0]
        args = [*_commands(tmp_path)[command], "--profile", value, "--lang", "en"]
        done = subprocess.run(
            [sys.executable, "-m", "chain", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert done.returncode == 2, (case, done.stderr)
        assert done.stderr.startswith(f"profile: {value}: Not a regular file: "), case
        assert "Traceback" not in done.stderr


def test_a_shipped_file_given_by_path_is_the_shipped_profile(tmp_path: Path) -> None:
    assert load_profile(BUILTIN_DIR / "001.toml") is load_profile("001")
    link = tmp_path / "city.toml"
    link.symlink_to(BUILTIN_DIR / "003.toml")
    assert load_profile(link) is load_profile("003")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_chain_naming_a_hostile_file_as_its_template_is_refused_unread(tmp_path: Path) -> None:
    import json

    files = _special_files(tmp_path)
    deep = tmp_path / "deep.toml"
    deep.write_bytes(CASES["arrays 10,000 deep"][0])
    doc = json.loads(Path(COMPLIANT).read_text(encoding="utf-8"))
    for template in (
        files["a named pipe"][0],
        files["a link to /dev/zero"][0],
        str(deep),
        "fifo.toml",
        "../" + Path(files["a named pipe"][0]).name,
    ):
        doc["contract"]["template"] = template
        chain = tmp_path / "chain.json"
        chain.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "chain", "validate", str(chain), "-f", "json"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
        assert done.returncode == 2, (template, done.stderr)
        errors = json.loads(done.stdout)["files"][0]["errors"]
        assert [(e["pointer"], e["type"]) for e in errors] == [
            ("/contract/template", "template_unknown")
        ], template
