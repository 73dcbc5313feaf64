"""Fuzzing profiles: any bytes are a parsed TOML file or a located error."""

from __future__ import annotations

import tomllib

from hypothesis import given
from hypothesis import strategies as st
from strategies import FUZZ_SIDE

from chain.tomlfile import TomlFileError, parse_toml

# Characters that make TOML structure: brackets, quotes of each kind, comments, escapes.
_TOML_ISH = st.text(alphabet="[]{}\"'#=\\\n .,a1_-", max_size=200)


@FUZZ_SIDE
@given(text=_TOML_ISH, prefix=st.sampled_from(["", "a = ", "a = [", "[t]\nb = {c = "]))
def test_any_text_is_what_tomllib_gives_or_a_located_error(text: str, prefix: str) -> None:
    source = prefix + text
    try:
        expected = tomllib.loads(source)
    except (tomllib.TOMLDecodeError, RecursionError):
        expected = None
    try:
        got = parse_toml(source.encode("utf-8"))
    except TomlFileError as exc:
        assert exc.problems and exc.problems[0].type in {"toml_syntax", "too_deep"}
        return
    assert got == expected


@FUZZ_SIDE
@given(data=st.binary(max_size=300))
def test_any_bytes_are_parsed_or_refused(data: bytes) -> None:
    try:
        parse_toml(data)
    except TomlFileError as exc:
        assert exc.problems[0].type in {"toml_syntax", "too_deep", "encoding"}
