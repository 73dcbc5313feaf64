"""Hypothesis strategies: valid chains, and the ways submitted files go wrong.

``chains()`` draws a chain document from the synthetic generator (sizes,
depth, faults, template and pathologies drawn too) with user text replaced
by drawn Unicode. ``mutated_chains()`` then breaks it the ways real files
break: fields missing, wrong types, cycles, dangling references, huge and
deep values, odd Unicode. ``hostile_bytes()`` works on the serialised bytes:
truncation, stray bytes, other encodings, duplicate keys, NaN.

``FUZZ`` and ``FUZZ_SIDE`` hold the settings: a few hundred derandomised
examples in the test suite; ``CHAIN_FUZZ_EXAMPLES=10000`` (the benchmark
command) runs 10,000 randomised examples of the main property and a fifth
as many of each other.
"""

from __future__ import annotations

import copy
import json
import os
from typing import Any

from hypothesis import HealthCheck, assume, settings
from hypothesis import strategies as st

from chain.testing.synthetic import Spec, generate

__all__ = [
    "FUZZ",
    "FUZZ_SIDE",
    "chains",
    "hostile_bytes",
    "mutated_chains",
    "odd_text",
    "serialise",
]

_LONG_RUN = int(os.environ.get("CHAIN_FUZZ_EXAMPLES") or 0)


def _settings(share: int, default: int) -> settings:
    return settings(
        max_examples=max(_LONG_RUN // share, 1) if _LONG_RUN else default,
        deadline=None,  # the machine is shared: time is bounded by the test's own alarm
        derandomize=not _LONG_RUN,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


#: The main property: every example of a long run.
FUZZ = _settings(1, 100)
#: The other properties: a fifth of a long run each.
FUZZ_SIDE = _settings(5, 60)

TEMPLATES = ("000", "001", "002", "003", "004")

#: Characters that break naive renderers: controls, bidi overrides, zero-width, combining
#: marks, full-width forms, markup and formula starters.
_ODD = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x1b",
        "\r",
        "\n",
        "\t",
        "\x7f",
        "\x85",
        "\u200b",
        "\u200e",
        "\u202e",
        "\u2066",
        "\u2028",
        "\ufeff",
        "\u0301",
        "\uffff",
        "\U0010ffff",
        "\u00ad",
        "\u034f",
        "\u061c",
        "\u180e",
        "\u3164",
        "\ufe0f",
        "\u200d",
        "\U000e0041",
        "\U000e0100",
        "[x](http://e.invalid)",
        "**",
        "\U0001f3e2",
        "ｶ",
        "㈱",
        "Ａ",
        "\u3000",
        '"',
        "'",
        "\\",
        "{",
        "}",
        "<",
        ">",
        "&",
        "=",
        "+",
        "-",
        "@",
        "|",
        ";",
        "/",
        "..",
        "%s",
        "{0}",
        "${x}",
    ]
)

odd_text = st.lists(st.one_of(_ODD, st.text(max_size=5)), max_size=12).map("".join)
#: Lone surrogates: valid in JSON escapes, not encodable as UTF-8.
_SURROGATE = st.sampled_from(["\ud800", "\udfff", "\udc80x"])


@st.composite
def chains(draw: st.DrawFn) -> dict[str, Any]:
    """A chain document in the published format, small but of any shape."""
    parties = draw(st.integers(2, 14))
    spec = Spec(
        parties=parties,
        delegations=draw(st.one_of(st.none(), st.integers(0, parties + 3))),
        workers=draw(st.one_of(st.none(), st.integers(0, 25))),
        places=draw(st.one_of(st.none(), st.integers(0, 8))),
        documents=draw(st.integers(0, 7)),
        depth=draw(st.integers(1, 6)),
        fault_rate=draw(st.sampled_from([0.0, 0.0, 0.1, 0.5, 1.0])),
        template=draw(st.sampled_from(TEMPLATES)),
        seed=draw(st.integers(0, 2**32)),
        pathological=draw(st.booleans()),
    )
    doc = generate(spec).doc
    # User text in drawn Unicode: names, notes, reasons (within the format's bounds).
    for party in doc["parties"]:
        if draw(st.booleans()):
            name = draw(odd_text)
            party["name"] = name[:300] or "名"
    for d in doc["delegations"]:
        if draw(st.booleans()):
            d["reason"] = draw(odd_text)
    return doc


def _places(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys and indexes) inside a JSON value."""
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _places(v, (*path, i))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for key in path:
        doc = doc[key]
    return doc


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    odd_text,
    st.sampled_from([0, -1, 2**63, 1e308, "", "2025-02-30", "令和99年1月1日", "R0.1.1"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(odd_text, inner, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def _mutate(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    places = [p for p in _places(doc) if p]
    path = draw(st.sampled_from(places))
    parent, key = _get(doc, path[:-1]), path[-1]
    kind = draw(
        st.sampled_from(
            [
                "delete",
                "retype",
                "huge",
                "deep",
                "wide",
                "odd",
                "cycle",
                "dangling",
                "duplicate",
                "extra_key",
            ]
        )
    )
    if kind == "delete":
        del parent[key]
    elif kind == "retype":
        parent[key] = draw(_VALUES)
    elif kind == "huge":
        unit = draw(st.sampled_from(["x", "株", "\u202e", "&lt;", "\\"]))
        parent[key] = unit * draw(st.sampled_from([301, 10_001, 100_000]))
    elif kind == "deep":
        value = parent[key]
        for _ in range(draw(st.sampled_from([3, 20, 150, 199, 260]))):
            value = [value] if draw(st.booleans()) else {"v": value}
        parent[key] = value
    elif kind == "wide" and len(json.dumps(parent[key])) <= 2_000:
        # Many copies of a small value: a long list of junk (kept small enough that the
        # document itself stays a few megabytes at most).
        parent[key] = [copy.deepcopy(parent[key])] * draw(st.sampled_from([50, 500, 5_000]))
    elif kind == "odd" and isinstance(parent[key], str):
        parent[key] = draw(odd_text) + draw(st.one_of(st.just(""), _SURROGATE)) or "\u202e"
    elif kind == "cycle" and doc.get("delegations") and isinstance(doc["delegations"], list):
        last = doc["delegations"][-1]
        if isinstance(last, dict):
            doc["delegations"].append(
                dict(
                    last,
                    id="fuzz-cycle",
                    delegator=last.get("delegate"),
                    delegate=doc.get("contract", {}).get("contractor"),
                )
            )
    elif kind == "dangling" and isinstance(parent[key], str):
        parent[key] = "nobody-" + draw(odd_text)[:20]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    elif kind == "extra_key" and isinstance(parent[key], dict):
        parent[key][draw(odd_text) or "x"] = draw(_SCALARS)


@st.composite
def mutated_chains(draw: st.DrawFn) -> dict[str, Any]:
    """A chain broken in one to four places."""
    doc = draw(chains())
    for _ in range(draw(st.integers(1, 4))):
        draw(_mutate(doc))
    assume(len(json.dumps(doc)) <= 16_000_000)  # the harness must not exhaust memory itself
    return doc


def serialise(doc: Any, *, ascii_only: bool = False, indent: int | None = None) -> bytes:
    """JSON bytes as submitters produce them; lone surrogates stay as they are (not UTF-8)."""
    text = json.dumps(doc, ensure_ascii=ascii_only, indent=indent)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """The bytes of a chain file, damaged the ways files are damaged in transit or by tools."""
    doc = draw(st.one_of(chains(), mutated_chains()))
    data = serialise(doc, ascii_only=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    kind = draw(
        st.sampled_from(
            [
                "none",
                "truncate",
                "flip",
                "insert",
                "bom",
                "utf16",
                "cp932",
                "dup_keys",
                "nan",
                "trailing",
                "empty",
            ]
        )
    )
    if kind == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == "flip" and data:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1 :]
    elif kind == "insert":
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(min_size=1, max_size=8)) + data[i:]
    elif kind == "bom":
        data = b"\xef\xbb\xbf" + data
    elif kind == "utf16":
        data = data.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass")
    elif kind == "cp932":
        data = data.decode("utf-8", "surrogatepass").encode("cp932", "replace")
    elif kind == "dup_keys":
        data = data.replace(b'"id":', b'"id": "dup", "id":', 1)
    elif kind == "nan":
        data = data.replace(b'"count": 1', b'"count": NaN', 1).replace(b"true", b"Infinity", 1)
    elif kind == "trailing":
        data += draw(st.sampled_from([b",", b"}", b"\x00", b" // comment", b"\n{}"]))
    elif kind == "empty":
        data = draw(st.sampled_from([b"", b" ", b"null", b"[]", b"0", b'"x"', b"{}"]))
    return data
