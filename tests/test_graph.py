"""The chain as a graph: tiers, paths, cycles, groups (chain.graph)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chain.check.engine import check_chain
from chain.format.model import Chain
from chain.graph import (
    CONTRACT_EDGE,
    analyse,
    ancestors,
    cycle_graph,
    group_root,
    groups,
    multigraph,
    path_to,
    received_data,
    same_group,
    work_start,
)
from chain.profiles.load import load_profile


def make_chain(
    parties: list[str | dict[str, Any]],
    delegations: list[tuple[str, str, str] | dict[str, Any]] = (),
    *,
    municipality: str = "city",
    contractor: str = "co",
    **extra: Any,
) -> Chain:
    """A chain from short specs: party ids (companies; ``city`` is the municipality)."""
    ps = []
    for p in parties:
        if isinstance(p, str):
            kind = "municipality" if p == "city" else "company"
            p = {"id": p, "kind": kind, "name": f"{p} 株式会社" if kind == "company" else "緑川市"}
        ps.append(p)
    ds = []
    for d in delegations:
        if isinstance(d, tuple):
            d = {"id": d[0], "delegator": d[1], "delegate": d[2]}
        ds.append(d)
    return Chain.model_validate(
        {
            "format": "subcontract-chain",
            "version": "1.0",
            "contract": {
                "title": "業務委託",
                "municipality": municipality,
                "contractor": contractor,
                "period": {"start": "2025-04-01", "end": "2026-03-31"},
                "personal_data": ["氏名", "住所"],
            },
            "parties": ps,
            "delegations": ds,
            **extra,
        }
    )


LINE = [("d2", "co", "sub"), ("d3", "sub", "subsub"), ("d4", "subsub", "t4")]


def test_tiers_follow_the_chain() -> None:
    g = analyse(make_chain(["city", "co", "sub", "subsub", "t4"], LINE))
    assert g.tiers == {"city": 0, "co": 1, "sub": 2, "subsub": 3, "t4": 4}
    assert g.municipality == "city" and g.contractor == "co"
    # The contract is the first edge, then the delegations in file order.
    assert [(e.id, e.tier) for e in g.edges] == [
        (CONTRACT_EDGE, 1),
        ("d2", 2),
        ("d3", 3),
        ("d4", 4),
    ]
    assert g.edges[0].is_contract and g.edges[0].pointer == "/contract"
    assert [e.pointer for e in g.delegation_edges] == [
        "/delegations/0",
        "/delegations/1",
        "/delegations/2",
    ]


def test_tiers_do_not_depend_on_file_order() -> None:
    g = analyse(make_chain(["t4", "subsub", "city", "sub", "co"], list(reversed(LINE))))
    assert g.tiers == {"city": 0, "co": 1, "sub": 2, "subsub": 3, "t4": 4}
    assert {e.id: e.tier for e in g.delegation_edges} == {"d2": 2, "d3": 3, "d4": 4}


def test_path_to() -> None:
    g = analyse(make_chain(["city", "co", "sub", "subsub", "t4"], LINE))
    assert [e.id for e in path_to(g, "t4")] == [CONTRACT_EDGE, "d2", "d3", "d4"]
    assert [e.id for e in path_to(g, "co")] == [CONTRACT_EDGE]
    assert path_to(g, "city") == []
    assert path_to(g, "nobody") == []


def test_shortest_path_sets_the_tier() -> None:
    # sub-b is reached directly from the contractor and through sub-a.
    g = analyse(
        make_chain(
            ["city", "co", "sub-a", "sub-b"],
            [("d1", "co", "sub-a"), ("d2", "sub-a", "sub-b"), ("d3", "co", "sub-b")],
        )
    )
    assert g.tiers["sub-b"] == 2
    assert [e.id for e in path_to(g, "sub-b")] == [CONTRACT_EDGE, "d3"]
    # The longer path's delegation keeps its own tier.
    assert g.edge_by_id["d2"].tier == 3
    assert [e.delegator for e in g.incoming["sub-b"]] == ["sub-a", "co"]
    assert [e.id for e in g.outgoing["co"]] == ["d1", "d3"]


def test_cycle_does_not_hang() -> None:
    g = analyse(make_chain(["city", "co", "sub"], [("d1", "co", "sub"), ("d2", "sub", "co")]))
    assert g.tiers == {"city": 0, "co": 1, "sub": 2}
    assert g.edge_by_id["d2"].tier == 3  # it leads back up the chain
    assert [e.id for e in path_to(g, "co")] == [CONTRACT_EDGE]
    assert [e.id for e in path_to(g, "sub")] == [CONTRACT_EDGE, "d1"]


def test_self_loop_does_not_hang() -> None:
    g = analyse(make_chain(["city", "co"], [("d1", "co", "co")]))
    assert g.tiers == {"city": 0, "co": 1}
    assert [e.id for e in path_to(g, "co")] == [CONTRACT_EDGE]


def test_long_cycle_is_analysed_and_reported_once() -> None:
    n = 300
    ids = [f"p{i}" for i in range(n)]
    dels = [(f"d{i}", ids[i], ids[(i + 1) % n]) for i in range(n)]
    chain = make_chain(["city", *ids], dels, contractor="p0")
    g = analyse(chain)
    assert g.tiers[ids[-1]] == n
    assert len(path_to(g, ids[-1])) == n
    report = check_chain(g, load_profile("002"))
    cycles = [f for f in report.findings if f.code == "CHN001"]
    assert [f.delegation for f in cycles] == [f"d{n - 1}"]  # the one leading back to p0


def test_the_cycle_graph_keeps_only_what_a_cycle_can_pass_through() -> None:
    # city → co → a → b → c → a (the cycle), with a tail out of it (c → t → u), a branch
    # into it from a party off the chain (x → b), a second cycle (m ⇄ n) and a party
    # delegating to itself.
    g = analyse(
        make_chain(
            ["city", "co", "a", "b", "c", "t", "u", "x", "m", "n", "s"],
            [
                ("d1", "co", "a"),
                ("d2", "a", "b"),
                ("d3", "b", "c"),
                ("d4", "c", "a"),
                ("d5", "c", "t"),
                ("d6", "t", "u"),
                ("d7", "x", "b"),
                ("d8", "co", "m"),
                ("d9", "m", "n"),
                ("d10", "n", "m"),
                ("d11", "co", "s"),
                ("d12", "s", "s"),
            ],
        )
    )
    assert list(cycle_graph(g).nodes) == ["a", "b", "c", "m", "n"]  # in file order
    assert sorted(k for _u, _v, k in cycle_graph(g).edges(keys=True)) == [
        "d10",
        "d2",
        "d3",
        "d4",
        "d9",
    ]
    report = check_chain(g, load_profile("000"))
    assert sorted(f.delegation for f in report.findings if f.code == "CHN001") == ["d10", "d4"]


def test_parties_off_the_chain_have_no_tier() -> None:
    g = analyse(make_chain(["city", "co", "x", "y"], [("dx", "x", "y"), ("dy", "y", "x")]))
    assert "x" not in g.tiers and "y" not in g.tiers
    assert g.edge_by_id["dx"].tier is None and g.edge_by_id["dy"].tier is None
    assert path_to(g, "x") == []


def test_dangling_delegations_are_left_out() -> None:
    g = analyse(make_chain(["city", "co", "sub"], [("d1", "co", "ghost"), ("d2", "co", "sub")]))
    assert [e.id for e in g.delegation_edges] == ["d2"]
    assert g.edge_by_id["d2"].index == 1  # still points at its place in the file
    assert "ghost" not in multigraph(g)


def test_first_of_duplicate_ids_wins() -> None:
    second = {"id": "sub", "kind": "company", "name": "二つ目の会社"}
    g = analyse(make_chain(["city", "co", "sub", second], [("d1", "co", "sub")]))
    assert g.party_index["sub"] == 2
    assert g.party_name("sub") == "sub 株式会社"


def test_unknown_municipality_starts_from_the_contractor() -> None:
    g = analyse(make_chain(["co", "sub"], [("d1", "co", "sub")], municipality="city"))
    assert g.municipality is None
    assert g.tiers == {"co": 1, "sub": 2}
    assert g.edge_by_id["d1"].tier == 2
    assert CONTRACT_EDGE not in g.edge_by_id


def _group_chain() -> Chain:
    parties = [
        "city",
        {"id": "hd", "kind": "company", "name": "あおばホールディングス株式会社"},
        {
            "id": "co",
            "kind": "company",
            "name": "株式会社あおば情報システム",
            "parent": {"party": "hd", "basis": "voting_rights", "voting_share_percent": 100},
        },
        {
            "id": "bpo",
            "kind": "company",
            "name": "あおばBPOサービス株式会社",
            "parent": {"party": "co", "basis": "substantive_control"},
        },
        {
            "id": "sister",
            "kind": "company",
            "name": "あおば計算センター株式会社",
            "parent": {"party": "hd", "basis": "voting_rights", "voting_share_percent": 51},
        },
        "other",
    ]
    return make_chain(parties, [("d1", "co", "bpo"), ("d2", "co", "other")])


def test_ancestors_and_groups() -> None:
    g = analyse(_group_chain())
    assert ancestors(g, "bpo") == ["co", "hd"]
    assert ancestors(g, "hd") == []
    assert group_root(g, "bpo") == "hd"
    assert groups(g) == {"hd": ["hd", "co", "bpo", "sister"]}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("co", "bpo", True),  # parent and subsidiary (control in substance)
        ("bpo", "co", True),
        ("co", "sister", True),  # sister companies
        ("hd", "bpo", True),  # grandparent
        ("co", "other", False),
        ("co", "co", False),  # a party is not its own group company
        ("other", "city", False),
    ],
)
def test_same_group(a: str, b: str, same: bool) -> None:
    assert same_group(analyse(_group_chain()), a, b) is same


def test_parent_loop_does_not_hang() -> None:
    parties = [
        "city",
        {
            "id": "co",
            "kind": "company",
            "name": "A株式会社",
            "parent": {"party": "b", "basis": "voting_rights"},
        },
        {
            "id": "b",
            "kind": "company",
            "name": "B株式会社",
            "parent": {"party": "co", "basis": "voting_rights"},
        },
        {
            "id": "self",
            "kind": "company",
            "name": "C株式会社",
            "parent": {"party": "self", "basis": "voting_rights"},
        },
    ]
    g = analyse(make_chain(parties))
    assert ancestors(g, "co") == ["b"]
    assert ancestors(g, "b") == ["co"]
    assert ancestors(g, "self") == []
    assert group_root(g, "self") == "self"
    assert all(m in g.party_index for members in groups(g).values() for m in members)


def test_received_data_and_work_start() -> None:
    chain = make_chain(
        ["city", "co", "sub"],
        [
            {
                "id": "d1",
                "delegator": "co",
                "delegate": "sub",
                "personal_data": ["ｼﾒｲ", "住 所"],
                "period": {"start": "2025-05-01"},
            },
            {
                "id": "d2",
                "delegator": "co",
                "delegate": "sub",
                "personal_data": ["電話番号"],
                "period": {"start": "2025-04-15"},
            },
        ],
    )
    g = analyse(chain)
    assert received_data(g)["co"] == frozenset({"氏名", "住所"})
    assert received_data(g)["sub"] == frozenset({"シメイ", "住所", "電話番号"})
    assert work_start(g, "co") == date(2025, 4, 1)
    assert work_start(g, "sub") == date(2025, 4, 15)
    assert work_start(g, "city") is None


def test_workers_and_places_by_party() -> None:
    chain = make_chain(
        ["city", "co", "sub"],
        [("d1", "co", "sub")],
        workers=[
            {"id": "w1", "name": "佐藤 健一", "party": "co", "employment": "regular"},
            {"id": "w2", "name": "伊藤 誠", "party": "sub", "employment": "regular"},
            {"id": "w3", "name": "入力班", "count": 3, "party": "co", "employment": "part_time"},
        ],
        places=[{"id": "pl1", "name": "入力室", "kind": "work", "party": "sub"}],
    )
    g = analyse(chain)
    assert [(i, w.id) for i, w in g.workers_by_party["co"]] == [(0, "w1"), (2, "w3")]
    assert [(i, p.id) for i, p in g.places_by_party["sub"]] == [(0, "pl1")]
    assert "co" not in g.places_by_party
