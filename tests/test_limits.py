"""Limits: documented defaults, configurable from code, environment and CLI, located messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chain.format.limits import DEFAULT_LIMITS, PARSER_MAX_DEPTH, Limits
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def _bytes(doc: dict, indent: int | None = 2) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=indent).encode("utf-8")


def _problem(data: bytes, limits: Limits) -> dict:
    result = validate_bytes(data, limits=limits)
    assert result.exit_code == 2
    (problem,) = result.problems
    return problem.to_dict()


def test_defaults_cost_no_extra_pass() -> None:
    assert not DEFAULT_LIMITS.needs_scan
    assert DEFAULT_LIMITS.max_depth == PARSER_MAX_DEPTH and DEFAULT_LIMITS.max_string is None
    assert Limits(max_depth=10).needs_scan and Limits(max_string=50).needs_scan


@pytest.mark.parametrize(
    "values",
    [
        {"max_parties": 0},
        {"max_bytes": -1},
        {"max_depth": PARSER_MAX_DEPTH + 1},
        {"max_string": 0},
        {"max_workers": True},
    ],
)
def test_nonsense_limits_are_refused(values: dict) -> None:
    with pytest.raises(ValueError):
        Limits(**values)


def test_environment_variables() -> None:
    got = Limits.from_env(
        {
            "CHAIN_MAX_PARTIES": "5_000",
            "CHAIN_MAX_DEPTH": "12",
            "CHAIN_MAX_STRING": "2,000",
            "CHAIN_MAX_BYTES": "",
        }
    )
    assert (got.max_parties, got.max_depth, got.max_string) == (5000, 12, 2000)
    assert got.max_bytes == DEFAULT_LIMITS.max_bytes
    with pytest.raises(ValueError, match="CHAIN_MAX_WORKERS"):
        Limits.from_env({"CHAIN_MAX_WORKERS": "many"})
    with pytest.raises(ValueError, match="CHAIN_MAX_DEPTH cannot exceed"):
        Limits.from_env({"CHAIN_MAX_DEPTH": "500"})


def test_the_format_nests_six_deep() -> None:
    data = _bytes(SAMPLE)
    assert validate_bytes(data, limits=Limits(max_depth=6)).exit_code == 0
    p = _problem(data, Limits(max_depth=5))
    assert p["type"] == "too_deep" and p["pointer"] == "/delegations/0/documents/1/personal_data"
    lines = data.decode().split("\n")
    assert lines[p["line"] - 1][p["column"] - 1] in "[{"


def test_too_deep_points_at_the_bracket() -> None:
    doc = dict(SAMPLE, parties=[[[[{"id": "x"}]]]])
    p = _problem(_bytes(doc, indent=None), Limits(max_depth=4))
    assert p["type"] == "too_deep"
    assert p["pointer"] == "/parties/0/0/0"


def test_too_deep_in_a_file_nested_a_million_times_is_located() -> None:
    """Only the text up to the bracket is scanned for its pointer: the scan of the whole
    spelt out a pointer per level, a million pointers a million long (MemoryError)."""
    data = b'{"parties": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}"
    p = _problem(data, Limits(max_depth=10))
    assert p["type"] == "too_deep" and p["pointer"] == "/parties" + "/0" * 9
    assert (p["line"], p["column"]) == (1, 22)


def test_parser_depth_limit_is_located() -> None:
    depth = PARSER_MAX_DEPTH + 5
    data = b'{"parties": ' + b"[" * depth + b"]" * depth + b"}"
    p = _problem(data, DEFAULT_LIMITS)
    assert p["type"] == "json_invalid" and p["line"] == 1 and p["column"] > PARSER_MAX_DEPTH


def test_string_limit_counts_characters_and_points_at_the_value() -> None:
    doc = json.loads(json.dumps(SAMPLE))
    doc["parties"][1]["address"] = "株" * 1000  # every other string is shorter
    data = _bytes(doc)
    assert validate_bytes(data, limits=Limits(max_string=1000)).exit_code == 0
    p = _problem(data, Limits(max_string=999))
    assert (p["type"], p["pointer"]) == ("string_over_limit", "/parties/1/address")
    assert p["input"].startswith("株株株")
    # Escapes count as the characters they stand for: 1,000 characters, 6,000 bytes.
    escaped = json.dumps(doc, ensure_ascii=True).encode()
    assert validate_bytes(escaped, limits=Limits(max_string=1000)).exit_code == 0
    assert _problem(escaped, Limits(max_string=999))["pointer"] == "/parties/1/address"


def test_string_limit_beyond_the_format_keeps_the_format_bound() -> None:
    doc = json.loads(json.dumps(SAMPLE))
    doc["parties"][1]["name"] = "x" * 301
    p = _problem(_bytes(doc), Limits(max_string=5000))
    assert (p["type"], p["pointer"]) == ("string_too_long", "/parties/1/name")


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chain", "validate", *args, "-f", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env},
    )


def test_cli_flags_and_environment() -> None:
    sample = "sample_data/000/compliant.json"
    for args, env in ((["--max-depth", "4"], {}), ([], {"CHAIN_MAX_DEPTH": "4"})):
        out = _cli(sample, *args, **env)
        assert out.returncode == 2
        assert json.loads(out.stdout)["files"][0]["errors"][0]["type"] == "too_deep"
    out = _cli(sample, "--max-string", "10")
    assert json.loads(out.stdout)["files"][0]["errors"][0]["type"] == "string_over_limit"
    out = _cli(sample, "--max-parties", "2")
    assert json.loads(out.stdout)["files"][0]["errors"][0]["pointer"] == "/parties"
    bad = _cli(sample, CHAIN_MAX_PARTIES="lots")
    assert bad.returncode == 2 and "CHAIN_MAX_PARTIES" in bad.stderr and bad.stdout == ""
