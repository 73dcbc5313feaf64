"""The bound on what reading a large file takes, known before reading it (chain.format.density)."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

import chain.format.density
import chain.format.keyscan
from chain.format.density import TREE_ALLOWANCE, TREE_LIMIT, densest, estimate, indexed_members
from chain.testing.synthetic import Spec, generate
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def _minimal(n: int) -> dict:
    """A chain of items with the fewest fields the format allows, written compact: the
    densest chain there is."""
    parties = [{"id": f"p{i}", "kind": "company", "name": "A"} for i in range(n)]
    parties[0]["kind"] = "municipality"
    return {
        "format": "subcontract-chain",
        "version": "1.0",
        "contract": {"title": "t", "municipality": "p0", "contractor": "p1", "period": {}},
        "parties": parties,
        "delegations": [
            {"id": f"d{i}", "delegator": "p1", "delegate": f"p{i + 2}"} for i in range(n - 2)
        ],
        "workers": [
            {
                "id": f"w{i}",
                "name": "A",
                "party": "p1",
                "employment": "regular",
                "roles": ["operator"],
            }
            for i in range(n)
        ],
        "places": [{"id": f"l{i}", "name": "A", "kind": "work", "party": "p1"} for i in range(n)],
    }


@pytest.mark.parametrize(
    "data",
    [
        (ROOT / "sample_data/000/faulty.json").read_bytes(),
        generate(Spec(parties=300, fault_rate=0.1, seed=9)).to_bytes(),
        generate(Spec(parties=300, fault_rate=0.1, seed=9, pathological=True)).to_bytes(),
        json.dumps(_minimal(5_000), separators=(",", ":")).encode(),
    ],
    ids=["sample", "synthetic", "pathological", "minimal"],
)
def test_chains_stay_under_the_bound(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the allowance every file is a large one: the bound is the one that decides
    # (members of large objects counted one by one once the colons alone would refuse).
    monkeypatch.setattr(chain.format.density, "TREE_ALLOWANCE", 0)
    assert estimate(data).tree_bytes < (TREE_LIMIT - 1) * len(data)


def test_a_dense_file_is_refused_where_it_is_dense() -> None:
    head = json.dumps(BASE, ensure_ascii=False, indent=2).encode("utf-8")[:-2]
    data = head + b',\n  "workers": [\n' + b"0," * (8 * 1024 * 1024) + b"0]}"
    assert estimate(data).exceeds()
    result = validate_bytes(data)
    assert result.exit_code == 2
    (problem,) = result.problems
    assert problem.type == "too_dense"
    assert problem.line == data.count(b"\n") + 1  # the values are on the last line
    assert f"{TREE_LIMIT} 倍" in problem.message_ja and f"{TREE_LIMIT} times" in problem.message_en
    assert densest(data) > 0


def test_a_small_file_is_never_refused() -> None:
    data = b'{"parties": [' + b"[[[[[]]]]]," * 40_000 + b"[]]}"
    assert estimate(data).tree_bytes > TREE_LIMIT * len(data)
    assert estimate(data).tree_bytes < TREE_ALLOWANCE and not estimate(data).exceeds()
    assert {p.type for p in validate_bytes(data).problems} == {"missing", "model_type"}


def test_empty_containers_are_taken_back_before_a_file_is_refused() -> None:
    """An empty array or object takes no storage: counted as one only while that does not
    matter, taken back before a file is refused."""
    empties = b"[" + b"{}," * 500_000 + b"[]]"
    zeros = b"[" + b"0," * 500_000 + b"0]"
    assert estimate(empties).tree_bytes == estimate(zeros).tree_bytes
    assert not estimate(empties).exceeds()
    assert estimate(b'["\\n"]').tree_bytes > estimate(b'["n"]').tree_bytes


@pytest.mark.parametrize("module", [chain.format.density, chain.format.keyscan])
def test_the_examples_run(module) -> None:
    assert doctest.testmod(module).failed == 0


def test_members_of_large_objects_are_counted_as_indexed() -> None:
    """Only objects of more than 16 members get an index; strings (escaped quotes and
    brackets in them too) are not structure."""
    small = b"{" + b",".join(b'"k%d":{"a":[1,{"b":2}]}' % i for i in range(16)) + b"}"
    assert indexed_members(small) == 0
    large = b"{" + b",".join(b'"k%d":{"a":[1,{"b":2}]}' % i for i in range(17)) + b"}"
    assert indexed_members(large) == 17
    nested = b'[{"x": ' + large + b'}, "{:,:}", "\\":{\\\\"]'
    assert indexed_members(nested) == 17
    items = b"[" + b",".join([b'{"a":1,"b":"x:y,z","c":[]}'] * 1000) + b"]"
    assert indexed_members(items) == 0


def test_a_flood_of_short_keys_is_refused_but_not_a_chain_of_small_items() -> None:
    """Short keys in one object take their index besides the tree (14 times the file);
    a chain of as many members in small items takes none, and is read."""
    keys = (b'"%s":0' % k.encode() for k in _short_keys(6_000_000))
    flood = _head() + b"," + b",".join(keys) + b"}"
    assert len(flood) > 50 * 1024 * 1024
    assert estimate(flood).exceeds()
    (problem,) = validate_bytes(flood).problems
    assert problem.type == "too_dense" and problem.line == 1 and problem.column >= 1
    chain = json.dumps(_minimal(150_000), separators=(",", ":")).encode()
    assert chain.count(b":") > 2_000_000
    assert not estimate(chain).exceeds()


def _short_keys(n: int):
    import itertools
    import string

    alphabet = string.ascii_letters + string.digits
    for length in range(1, 5):
        for letters in itertools.product(alphabet, repeat=length):
            yield "".join(letters)
            n -= 1
            if n == 0:
                return


def _head() -> bytes:
    return json.dumps(BASE, ensure_ascii=False).encode("utf-8")[:-1]
