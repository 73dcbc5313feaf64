"""Fuzzing profiles: any bytes are a parsed TOML file or a located error, and a profile
with wrong values anywhere inside is refused with its place or checks chains without
an exception."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from support.strategies import FUZZ_SIDE

from chain.diagram import build_dot
from chain.format.read import load_chain
from chain.liability import assess_all
from chain.liability.text import to_text as liability_text
from chain.profiles.load import ProfileError, parse_profile
from chain.profiles.model import BUILTIN_DIR
from chain.profiles.tomlfile import TomlFileError, parse_toml
from chain.report.json import to_json
from chain.report.sarif import to_sarif
from chain.report.text import to_text
from chain.validate import FileResult

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = {p.stem: tomllib.loads(p.read_text("utf-8")) for p in BUILTIN_DIR.glob("[!_]*.toml")}
CHAINS = [
    load_chain(ROOT / f"sample_data/{t}/{kind}.json")
    for t in ("000", "001", "003")
    for kind in ("compliant", "faulty")
]

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


def _places(value, loc=()):
    yield loc
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, (*loc, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _places(v, (*loc, i))


_JUNK = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.sampled_from([0, 1, 2, 3, 99]),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.sampled_from(["", "DLG001", "approval", "notification", "\u202e", "\x1b[31m"]),
    st.just([]),
    st.just({}),
    st.lists(st.integers(-3, 9), max_size=3),
    st.just([{}]),
    st.just({"ja": "甲", "en": "A"}),
)


@FUZZ_SIDE
@given(
    name=st.sampled_from(sorted(SHIPPED)),
    changes=st.lists(st.tuples(st.integers(min_value=0), _JUNK), min_size=1, max_size=3),
    picks=st.data(),
)
def test_a_profile_with_wrong_values_inside_is_refused_or_works(name, changes, picks) -> None:
    data = copy.deepcopy(SHIPPED[name])
    for index, value in changes:
        places = [p for p in _places(data) if p]
        *head, last = places[index % len(places)]
        target = data
        for key in head:
            target = target[key]
        target[last] = copy.deepcopy(value)  # a shared [] or {} would nest in itself
    try:
        profile = parse_profile(data, source="fuzz.toml")
    except ProfileError as exc:
        assert exc.problems and all(p.message_ja and p.message_en for p in exc.problems)
        return
    chain = picks.draw(st.sampled_from(CHAINS))
    from chain.check.engine import check_chain

    report = check_chain(chain, profile)
    result = FileResult(path="chain.json", report=report)
    to_text([result], lang="ja")
    to_json([result])
    to_sarif([result], lang="en")
    build_dot(report.graph, findings=report.findings)
    for assessment in list(assess_all(report.graph, profile).values())[:2]:
        liability_text(assessment, report.graph, lang="ja", title=profile.title)
        build_dot(report.graph, findings=report.findings, assessment=assessment)
