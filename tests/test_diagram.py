"""Chain diagrams: ranks by tier, groups, statuses, findings, legend, layout options, goldens."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

import pytest
from support.dotparse import Dot, parse_dot, text_of

from chain.check.engine import Report, check_chain
from chain.check.findings import Finding
from chain.diagram import (
    DiagramOptions,
    UnknownParty,
    build_dot,
    edge_status,
    edge_statuses,
    statuses_by_edge,
)
from chain.diagram.style import EDGE_STYLES
from chain.diagram.words import LEGEND
from chain.format.read import parse_chain
from chain.graph import Edge
from chain.profiles.load import load_profile

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data"


@cache
def _report_for(path: str, profile: str | None = None) -> Report:
    data = (SAMPLES / path).read_bytes()
    chain = parse_chain(data)
    return check_chain(chain, load_profile(profile or chain.contract.template))


def report(path: str) -> Report:
    if path.startswith("profiles/"):
        return _report_for(path, str(SAMPLES / "profiles" / "example_notification.toml"))
    return _report_for(path)


def report_of(doc: dict, profile: str = "000") -> Report:
    chain = parse_chain(json.dumps(doc, ensure_ascii=False).encode())
    return check_chain(chain, load_profile(profile))


def sample_doc(path: str) -> dict:
    return json.loads((SAMPLES / path).read_text("utf-8"))


def draw(path: str, **options) -> Dot:
    rep = report(path)
    return parse_dot(build_dot(rep.graph, findings=rep.findings, options=DiagramOptions(**options)))


def node_of(rep: Report, party: str) -> str:
    return f"p{rep.graph.party_index[party]}"


def edge_attrs(dot: Dot, rep: Report, delegator: str, delegate: str) -> dict[str, str]:
    (attrs,) = [
        a
        for a in dot.edges_between(node_of(rep, delegator), node_of(rep, delegate))
        if "dispatch" not in text_of(a.get("label", ""))
        and "派遣" not in text_of(a.get("label", ""))
    ]
    return attrs


# -- goldens -----------------------------------------------------------------------------------

SAMPLE_FILES = [
    f"{t}/{kind}.json"
    for t in ("000", "001", "002", "003", "004")
    for kind in ("compliant", "faulty")
] + ["profiles/example_chain.json"]


@pytest.mark.parametrize("path", SAMPLE_FILES)
def test_golden_dot_for_every_sample(golden, path):
    rep = report(path)
    name = path.replace("/", "-").removesuffix(".json")
    golden(f"dot/{name}.dot", build_dot(rep.graph, findings=rep.findings))


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("lr-en", {"direction": "LR", "lang": "en"}),
        ("each-worker", {"collapse_workers": False}),
        ("no-workers", {"show_workers": False}),
        ("branch-hokuto", {"branch": "hokuto"}),
        ("max-tier-2", {"max_tier": 2}),
        ("bare", {"show_findings": False, "show_legend": False}),
    ],
)
def test_golden_dot_options(golden, name, options):
    rep = report("000/faulty.json")
    dot = build_dot(rep.graph, findings=rep.findings, options=DiagramOptions(**options))
    golden(f"dot/000-faulty-{name}.dot", dot)


# -- structure ---------------------------------------------------------------------------------


def test_tiers_are_ranks_headed_by_their_band():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json")
    expected = {
        "band_0": ["city"],
        "band_1": ["minato"],
        "band_2": ["hokuto"],
        "band_3": ["sakura"],
        "band_4": ["komachi"],
        "band_off": ["minato-bpo"],
    }
    for band, parties in expected.items():
        rank = next(r for r in dot.ranks if r[0] == band)
        assert rank[1:] == [node_of(rep, p) for p in parties]
    headings = [text_of(dot.nodes[r[0]]["label"]) for r in dot.ranks]
    assert headings == [
        "発注者",
        "1次 受託者（委託）",
        "2次 再委託先",
        "3次 再々委託先",
        "4次 委託先",
        "チェーン外",
    ]
    # The band headings are chained in order, so the municipality is on top.
    chain = [(t, h) for t, h, a in dot.edges if t.startswith("band_") and h.startswith("band_")]
    assert chain == [
        ("band_0", "band_1"),
        ("band_1", "band_2"),
        ("band_2", "band_3"),
        ("band_3", "band_4"),
        ("band_4", "band_off"),
    ]
    assert dot.graph["rankdir"] == "TB"


def test_delegations_are_labelled_with_their_kind():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json")
    kinds = {
        ("city", "minato"): "委託",
        ("minato", "hokuto"): "再委託",
        ("hokuto", "sakura"): "再々委託",
        ("sakura", "komachi"): "4次委託",
    }
    for (a, b), kind in kinds.items():
        assert text_of(edge_attrs(dot, rep, a, b)["label"]).splitlines()[0] == kind


def test_english_labels_and_left_to_right():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json", direction="LR", lang="en")
    assert dot.graph["rankdir"] == "LR"
    assert text_of(edge_attrs(dot, rep, "minato", "hokuto")["label"]).startswith(
        "subcontract (tier 2)"
    )
    assert "Legend" in text_of(dot.nodes["legend"]["label"])


def test_corporate_groups_are_clusters():
    rep = report("002/compliant.json")
    dot = draw("002/compliant.json")
    (name,) = [c for c in dot.clusters if c.startswith("cluster_group_")]
    assert dot.clusters[name] == [node_of(rep, "shinonome"), node_of(rep, "shinoit")]
    assert "株式会社シノノメ情報システムズ" in text_of(dot.cluster_attrs[name]["label"])
    # The subsidiary still sits at its tier.
    assert node_of(rep, "shinoit") in dot.rank_of("band_2")


def test_dispatch_agencies_and_staff_are_not_delegations():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json")
    agency = node_of(rep, "himawari")
    assert "派遣元" in text_of(dot.nodes[agency]["label"])
    assert dot.rank_of(agency) is None  # placed beside what it supplies, not in a tier
    dispatch = [(h, a) for t, h, a in dot.edges if t == agency]
    assert [h for h, _ in dispatch] == [node_of(rep, "minato"), node_of(rep, "hokuto")]
    for _h, attrs in dispatch:
        assert attrs["color"] == EDGE_STYLES["dispatch"].color
        assert attrs["style"] == "dashed"
        assert attrs["headport"] == "e_dispatched"
        assert text_of(attrs["label"]) == "派遣 1名"
    # Staff sit inside their party's box, counted by employment type.
    minato = text_of(dot.nodes[node_of(rep, "minato")]["label"])
    assert "従事者  計 7名" in minato and "正社員 5名" in minato and "派遣労働者 1名" in minato


@pytest.mark.parametrize(
    ("path", "delegator", "delegate", "status"),
    [
        ("000/compliant.json", "city", "minato", "contract"),
        ("000/compliant.json", "minato", "hokuto", "approved"),
        ("000/faulty.json", "minato", "hokuto", "missing"),  # DAT003: no My Number permission
        ("000/faulty.json", "hokuto", "sakura", "incomplete"),
        ("000/faulty.json", "sakura", "komachi", "missing"),
        ("profiles/example_chain.json", "satoyama", "nobara", "forbidden"),
    ],
)
def test_edges_are_styled_by_status(path, delegator, delegate, status):
    rep = report(path)
    attrs = edge_attrs(draw(path), rep, delegator, delegate)
    style = EDGE_STYLES[status]
    assert (attrs["color"], attrs["style"]) == (style.color, style.style)


def test_not_contemplated_tier_has_its_own_style():
    doc = sample_doc("000/compliant.json")
    # A fourth tier with everything a tier-3 delegation has: only TIR002 is found on it.
    tier3 = next(d for d in doc["delegations"] if d["delegate"] == "sakura")
    deep = dict(copy.deepcopy(tier3), id="d-deep", delegator="sakura", delegate="deep")
    for d in deep["documents"]:  # its own approval: one approval approves one delegate
        if d["kind"] == "approval":
            d["reference"] = "青葉市税第9001号"
    doc["delegations"].append(deep)
    party = dict(next(p for p in doc["parties"] if p["id"] == "sakura"))
    party.update(id="deep", name="株式会社ふかみ", corporate_number=None)
    doc["parties"].append(party)
    rep = report_of(doc)
    assert [f.code for f in rep.findings if f.delegation == "d-deep"] == ["TIR002"]
    attrs = edge_attrs(
        parse_dot(build_dot(rep.graph, findings=rep.findings)), rep, "sakura", "deep"
    )
    style = EDGE_STYLES["not_contemplated"]
    assert (attrs["color"], attrs["style"]) == (style.color, style.style)
    assert text_of(attrs["label"]).splitlines()[1] == "想定外の段階"


def test_findings_are_marked_where_they_point():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json")
    label = text_of(edge_attrs(dot, rep, "sakura", "komachi")["label"])
    for code in ("DLG001", "TIR002", "DLG003", "PST001", "DAT003", "ITM001×2"):
        assert code in label
    assert "DLG006" in text_of(dot.nodes[node_of(rep, "minato-bpo")]["label"])
    # A worker's finding sits on the row of its employment type.
    minato = text_of(dot.nodes[node_of(rep, "minato")]["label"]).splitlines()
    assert any(line.startswith("契約社員 1名") and "STF010" in line for line in minato)
    # STF011 names a delegation but points at a worker: it goes on the worker, not the edge.
    assert "STF011" not in text_of(edge_attrs(dot, rep, "minato", "hokuto")["label"])
    assert "STF011" in text_of(dot.nodes[node_of(rep, "hokuto")]["label"])


def test_findings_can_be_left_out():
    dot = draw("000/faulty.json", show_findings=False)
    everything = " ".join(text_of(a.get("label", "")) for a in dot.nodes.values())
    everything += " ".join(text_of(a.get("label", "")) for _t, _h, a in dot.edges)
    assert "DLG" not in everything and "STF" not in everything


def test_legend_lists_what_is_drawn():
    dot = draw("000/faulty.json")
    legend = text_of(dot.nodes["legend"]["label"])
    for key in (
        "municipality",
        "company",
        "agency",
        "group",
        "workers",
        "contract",
        "incomplete",
        "missing",
        "dispatch",
        "error",
        "warning",
        "info",
    ):
        assert LEGEND[key].ja in legend, key
    for key in ("approved", "forbidden", "not_contemplated", "hidden", "incident", "joint"):
        assert LEGEND[key].ja not in legend, key
    assert "legend" not in draw("000/faulty.json", show_legend=False).nodes


def test_each_worker_on_its_own_row():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json", collapse_workers=False)
    minato = dot.nodes[node_of(rep, "minato")]["label"]
    workers = [i for i, w in enumerate(rep.chain.workers) if w.party == "minato"]
    for i in workers:
        assert f'PORT="w{i}"' in minato
    assert "入力検証班 ×4" in text_of(minato)
    # Dispatch arrows reach the dispatched worker's own row.
    morita = next(i for i, w in enumerate(rep.chain.workers) if w.id == "w-morita")
    ports = [a["headport"] for t, h, a in dot.edges if t == node_of(rep, "himawari")]
    assert f"w{morita}" in ports


def test_without_workers_their_findings_go_to_the_party():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json", show_workers=False)
    minato = text_of(dot.nodes[node_of(rep, "minato")]["label"])
    assert "従事者" not in minato and "STF010" in minato
    dispatch = [a for t, h, a in dot.edges if t == node_of(rep, "himawari")]
    assert dispatch and all("headport" not in a for a in dispatch)


def test_branch_shows_the_path_and_everything_below():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json", branch="sakura")
    shown = {p for p in rep.graph.party_index if node_of(rep, p) in dot.nodes}
    assert shown == {"city", "minato", "hokuto", "sakura", "komachi", "himawari"}
    assert "表示していない事業者: 1社" in text_of(dot.graph["label"])


def test_max_tier_counts_what_is_left_out():
    rep = report("000/faulty.json")
    dot = draw("000/faulty.json", max_tier=2)
    assert node_of(rep, "sakura") not in dot.nodes and node_of(rep, "komachi") not in dot.nodes
    hidden = f"h{rep.graph.party_index['hokuto']}"
    assert "ほか 2社（再々委託以下）" in text_of(dot.nodes[hidden]["label"])
    assert dot.rank_of(hidden)[0] == "band_hidden"
    assert (node_of(rep, "hokuto"), hidden) in [(t, h) for t, h, _a in dot.edges]


def test_unknown_branch_is_an_error():
    rep = report("000/faulty.json")
    with pytest.raises(UnknownParty) as exc:
        build_dot(rep.graph, options=DiagramOptions(branch="nobody"))
    assert exc.value.party == "nobody"


def test_options_are_checked():
    with pytest.raises(ValueError):
        DiagramOptions(direction="BT")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        DiagramOptions(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        DiagramOptions(max_tier=-1)


def test_same_input_same_bytes():
    first = report("000/faulty.json")
    again = check_chain(parse_chain((SAMPLES / "000/faulty.json").read_bytes()), first.profile)
    a = build_dot(first.graph, findings=first.findings)
    b = build_dot(again.graph, findings=list(reversed(again.findings)))
    assert a == b


def test_structural_faults_never_break_the_diagram():
    doc = sample_doc("000/faulty.json")
    doc["delegations"].append(
        dict(doc["delegations"][0], id="d-cycle", delegator="sakura", delegate="minato")
    )
    doc["delegations"].append(
        dict(doc["delegations"][0], id="d-self", delegator="hokuto", delegate="hokuto")
    )
    doc["delegations"].append(dict(doc["delegations"][0], id="d-hokuto"))  # duplicate id
    doc["delegations"].append(dict(doc["delegations"][0], id="d-ghost", delegate="nobody"))
    doc["workers"].append(dict(doc["workers"][0], id="w-ghost", party="nobody"))
    rep = report_of(doc)
    codes = {f.code for f in rep.findings}
    assert {"CHN001", "CHN002", "CHN003", "CHN004"} <= codes
    dot = parse_dot(build_dot(rep.graph, findings=rep.findings))
    cycle = [
        a for t, h, a in dot.edges if (t, h) == (node_of(rep, "sakura"), node_of(rep, "minato"))
    ]
    assert cycle and "CHN001" in text_of(cycle[0]["label"])
    assert dot.edges_between(node_of(rep, "hokuto"), node_of(rep, "hokuto"))
    # Findings on what is not drawn (a dangling reference) go to the whole chain.
    assert "CHN004" in text_of(dot.graph["label"])


# -- approval status ---------------------------------------------------------------------------


def _finding(code: str, severity: str = "error") -> Finding:
    return Finding(
        code=code,
        slug=code.lower(),
        severity=severity,
        pointer="/delegations/0",
        citations=(),
        delegation="d",
    )


EDGE = Edge("d", "a", "b", 0, "/delegations/0", 2)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ([], ("approved",)),
        ([("TIR001", "info"), ("DLG009", "info"), ("DLG004", "warning")], ("approved",)),
        ([("CHN001", "error"), ("CHN003", "error")], ("approved",)),
        ([("ITM001", "error")], ("incomplete",)),
        ([("DLG002", "error"), ("DLG003", "error"), ("PST001", "error")], ("incomplete",)),
        ([("DLG001", "error")], ("missing",)),
        ([("DAT003", "error")], ("missing",)),
        ([("DLG007", "error")], ("missing",)),
        ([("TIR002", "warning")], ("not_contemplated",)),
        (
            [("TIR002", "warning"), ("DLG001", "error"), ("ITM001", "error")],
            ("missing", "incomplete", "not_contemplated"),
        ),
        ([("TIR003", "error"), ("DLG001", "error")], ("forbidden", "missing")),
    ],
)
def test_approval_status_from_findings(codes, expected):
    findings = [_finding(c, s) for c, s in codes]
    assert edge_statuses(EDGE, findings) == expected
    assert edge_status(EDGE, findings) == expected[0]


def test_contract_edge_is_the_contract_itself():
    contract = Edge("contract", "city", "c", None, "/contract", 1)
    assert edge_status(contract, [_finding("DLG001")]) == "contract"


def test_statuses_of_every_edge():
    rep = report("000/faulty.json")
    assert statuses_by_edge(rep.graph, rep.findings) == {
        "contract": "contract",
        "d-hokuto": "missing",
        "d-sakura": "incomplete",
        "d-komachi": "missing",
    }
    rep = report("000/compliant.json")
    assert set(statuses_by_edge(rep.graph, rep.findings).values()) == {"contract", "approved"}
