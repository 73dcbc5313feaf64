"""Fuzzing: every input gives findings or a located error; never an exception, never a hang.

Each example goes through what a submitted file goes through: reading and
validation, every rule, the liability of every party, and the text, JSON and
SARIF reports. The test suite runs a few hundred derandomised examples;
``CHAIN_FUZZ_EXAMPLES=10000`` (part of ``python -m benchmarks``) runs 10,000
randomised examples of broken chains and 2,000 of each other property, and ``CHAIN_FUZZ_REPORT=FILE`` records what
it met.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from contextlib import contextmanager

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.injection import INVISIBLE
from support.strategies import FUZZ, FUZZ_SIDE, chains, hostile_bytes, mutated_chains, serialise

from chain.check.catalog import catalog
from chain.format.positions import positions
from chain.graph import analyse, cycle_graph, has_cycle, multigraph
from chain.liability import LiabilityError, assess_all
from chain.report.json import to_json
from chain.report.sarif import to_sarif
from chain.report.text import to_text
from chain.validate import FileResult, validate_bytes

#: An example taking longer than this is a hang (a 10,000-example run takes minutes).
HANG_SECONDS = 60

STATS: Counter = Counter()
SLOWEST: dict[str, float] = {}


class Hang(Exception):
    pass


@contextmanager
def time_bound(seconds: float):
    def expire(_signum, _frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    path = os.environ.get("CHAIN_FUZZ_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"stats": dict(STATS), "slowest": SLOWEST}) + "\n")


def check_everything(data: bytes, prop: str) -> FileResult:
    """Run ``data`` through every path and output; assert the outcome is well formed."""
    start = time.perf_counter()
    with time_bound(HANG_SECONDS):
        result = validate_bytes(data, path="fuzz.json")
        assert result.exit_code in (0, 1, 2)
        if result.report is None:
            assert result.problems, "refused without saying why"
            for p in result.problems:
                assert p.type and p.message_ja.strip() and p.message_en.strip()
                assert p.pointer == "" or p.pointer.startswith("/")
                STATS[f"problem:{p.type}"] += 1
        else:
            assert not result.problems
            known = catalog()
            for f in result.report.findings:
                assert f.code in known and f.pointer.startswith("/")
                assert f.message.ja and f.message.en and f.fix.ja and f.citations
                STATS[f"finding:{f.code}"] += 1
            report = result.report
            try:
                liability = assess_all(report.graph, report.profile, findings=report.findings)
                STATS["liability_assessments"] += len(liability)
            except LiabilityError as exc:  # no contractor on the chain: said, not raised
                assert exc.text("ja") and exc.text("en")
                STATS["liability_refused"] += 1
        text = to_text([result]) + to_text([result], lang="en", verbose=False)
        # Newlines are layout; no other invisible or direction-changing character is raw.
        assert not INVISIBLE.search(text), "raw invisible or direction character in text output"
        assert json.loads(to_json([result]))["files"][0]["exit_code"] == result.exit_code
        json.loads(to_sarif([result]))
    seconds = time.perf_counter() - start
    STATS[f"examples:{prop}"] += 1
    if seconds > SLOWEST.get(prop, 0.0):
        SLOWEST[prop] = round(seconds, 3)
    return result


@FUZZ_SIDE
@given(doc=chains())
def test_valid_chains_are_checked(doc) -> None:
    result = check_everything(serialise(doc), "valid")
    assert result.report is not None, [p.to_dict() for p in result.problems]


@FUZZ
@given(doc=mutated_chains(), ascii_only=st.booleans())
def test_broken_chains_are_reported(doc, ascii_only: bool) -> None:
    check_everything(serialise(doc, ascii_only=ascii_only), "mutated")


@FUZZ_SIDE
@given(data=hostile_bytes())
def test_damaged_bytes_are_reported(data: bytes) -> None:
    check_everything(data, "bytes")


@FUZZ_SIDE
@given(doc=chains(), extra=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12))
def test_cycle_test_agrees_with_networkx(doc, extra) -> None:
    """The quick cycle test (which spares building the networkx graph) never disagrees."""
    ids = [p["id"] for p in doc["parties"]]
    for n, (a, b) in enumerate(extra):
        doc["delegations"].append(
            {"id": f"x{n}", "delegator": ids[a % len(ids)], "delegate": ids[b % len(ids)]}
        )
    result = validate_bytes(serialise(doc))
    if result.report is None:
        return
    g = analyse(result.report.chain)
    cycles = {frozenset(c) for c in nx.strongly_connected_components(multigraph(g)) if len(c) > 1}
    assert has_cycle(g) == bool(cycles)
    # The peeled graph CHN001 searches holds the same cycles as the whole graph.
    assert {
        frozenset(c) for c in nx.strongly_connected_components(cycle_graph(g)) if len(c) > 1
    } == cycles


def _write(
    value, path: str, out: list[str], offsets: dict[str, int], indent: str | None, level: int
) -> None:
    """Serialise ``value``, recording where each value starts: the oracle for positions()."""
    offsets.setdefault(path, sum(len(s) for s in out))
    nl = "" if indent is None else "\n" + indent * (level + 1)
    end = "" if indent is None else "\n" + indent * level
    if isinstance(value, dict):
        out.append("{")
        for i, (k, v) in enumerate(value.items()):
            out.append(("," if i else "") + nl + json.dumps(k) + ": ")
            key = k.replace("~", "~0").replace("/", "~1")
            _write(v, f"{path}/{key}", out, offsets, indent, level + 1)
        out.append((end if value else "") + "}")
    elif isinstance(value, list):
        out.append("[")
        for i, v in enumerate(value):
            out.append(("," if i else "") + nl)
            _write(v, f"{path}/{i}", out, offsets, indent, level + 1)
        out.append((end if value else "") + "]")
    else:
        out.append(json.dumps(value, ensure_ascii=False))


_JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=8),
        st.floats(allow_nan=False, allow_infinity=False),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


@FUZZ_SIDE
@given(value=_JSON, indent=st.sampled_from([None, "", "  ", "\t"]))
def test_positions_find_every_value(value, indent) -> None:
    """Line numbers in reports come from positions(): every value is found where it starts."""
    out: list[str] = []
    offsets: dict[str, int] = {}
    _write(value, "", out, offsets, indent, 0)
    assert positions("".join(out)).offsets == offsets


@FUZZ_SIDE
@given(value=_JSON, indent=st.sampled_from([None, "  "]), data=st.data())
def test_positions_of_a_few_pointers_are_those_of_the_whole_scan(value, indent, data) -> None:
    """Told which pointers a report names, positions() walks only their way; the lines
    and columns are those of the full scan, absent fields and all."""
    out: list[str] = []
    offsets: dict[str, int] = {}
    _write(value, "", out, offsets, indent, 0)
    text = "".join(out)
    present = sorted(offsets)
    chosen = data.draw(st.lists(st.sampled_from(present), max_size=5))
    absent = [p + "/missing" for p in data.draw(st.lists(st.sampled_from(present), max_size=2))]
    wanted = chosen + absent
    few = positions(text)
    few.want(wanted)
    whole = positions(text)
    assert [few.locate(p) for p in wanted] == [whole.locate(p) for p in wanted]
    assert few._offsets is None  # the whole file was not scanned
