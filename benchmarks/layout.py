"""Layout time of chain diagrams: 200 and 1,000 parties, as ratios to a 10-party chain.

Run: ``python benchmarks/layout.py [--repeat N] [--sizes 200,1000]``

Builds chains of each size (a contractor, subcontractors branching down
four tiers, staff and dispatch agencies, a corporate group, one delegation
in twenty without consent), checks them against template 000, builds the
DOT and times ``dot -Tsvg`` on it. Times are printed in seconds and as
ratios to the 10-party baseline laid out in the same run, so results
compare across machines. Building the DOT text is timed separately.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chain.diagram import DiagramOptions, build_dot
from chain.engine import check_chain
from chain.model import Chain
from chain.profile import load_profile

BASELINE = 10
_WORDS = ("みなと", "北斗", "さくら", "ひかり", "青葉", "若葉", "東雲", "並木", "水島", "吉備")
_KINDS = ("データ", "システム", "印刷", "入力", "サービス", "情報", "オフィス")


def make_chain(parties: int, seed: int = 7) -> dict[str, Any]:
    """A chain document with ``parties`` parties, in the published format."""
    rnd = random.Random(seed)
    period = {"start": "2025-04-01", "end": "2026-03-31"}
    docs = [
        {"kind": "application", "date": "2025-03-01", "submitted_by": "c1"},
        {"kind": "approval", "date": "2025-03-15"},
        {"kind": "flow_down", "date": "2025-03-20",
         "provisions": ["obligations", "supervision", "safety_management"]},
    ]
    out: dict[str, Any] = {
        "format": "subcontract-chain", "version": "1.0",
        "contract": {"title": f"令和7年度 データ処理業務委託（{parties}社）", "template": "000",
                     "municipality": "city", "contractor": "c1", "period": period,
                     "personal_data": ["氏名", "住所"]},
        "parties": [{"id": "city", "kind": "municipality", "name": "青葉市"},
                    {"id": "c1", "kind": "company", "name": "株式会社みなとデータサービス"}],
        "delegations": [], "workers": [],
    }
    agencies = max(1, parties // 50)
    for a in range(agencies):
        out["parties"].append({"id": f"a{a}", "kind": "dispatch_agency",
                               "name": f"株式会社{rnd.choice(_WORDS)}スタッフ{a}"})
    tiers: list[list[str]] = [["c1"]]
    n = 2 + agencies
    while n < parties:
        parent_tier = min(len(tiers) - 1, rnd.choice((0, 0, 1, 1, 1, 2, 2, 3)))
        delegator = rnd.choice(tiers[parent_tier])
        pid = f"c{n}"
        party: dict[str, Any] = {"id": pid, "kind": "company",
                                 "name": f"株式会社{rnd.choice(_WORDS)}{rnd.choice(_KINDS)}{n}"}
        if delegator == "c1" and n % 7 == 0:
            party["parent"] = {"party": "c1", "basis": "voting_rights"}
        out["parties"].append(party)
        while len(tiers) <= parent_tier + 1:
            tiers.append([])
        tiers[parent_tier + 1].append(pid)
        out["delegations"].append({
            "id": f"d{n}", "delegator": delegator, "delegate": pid, "work": "入力",
            "personal_data": ["氏名"], "period": period, "reason": "繁忙期のため",
            "documents": [] if n % 20 == 0 else docs,
        })
        n += 1
    for i, p in enumerate(out["parties"][1:]):
        if p["kind"] != "company":
            continue
        out["workers"].append({"id": f"w{i}a", "name": f"作業班{i}", "count": 3, "party": p["id"],
                               "employment": "regular", "roles": ["operator"]})
        if i % 5 == 0:
            out["workers"].append({"id": f"w{i}b", "name": f"派遣 {i}", "party": p["id"],
                                   "employment": "dispatched", "roles": ["operator"],
                                   "dispatched_from": f"a{i % agencies}"})
    return out


def dot_for(parties: int) -> str:
    chain = Chain.model_validate(make_chain(parties))
    report = check_chain(chain, load_profile("000"))
    return build_dot(report.graph, findings=report.findings,
                     options=DiagramOptions(direction="LR"))


def time_dot(dot: str, program: str) -> float:
    start = time.perf_counter()
    subprocess.run([program, "-q", "-Tsvg"], input=dot.encode(), capture_output=True, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="Runs per size (median is kept).")
    ap.add_argument("--sizes", default="200,1000", help="Party counts, comma-separated.")
    args = ap.parse_args(argv)
    program = shutil.which("dot")
    if program is None:
        print("Graphviz's dot is not installed", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    base = None
    for size in [BASELINE, *sizes]:
        start = time.perf_counter()
        dot = dot_for(size)
        build = time.perf_counter() - start
        layout = statistics.median(time_dot(dot, program) for _ in range(args.repeat))
        base = base or layout
        rows.append((size, build, layout, layout / base))
    print(f"{'parties':>8} {'build DOT s':>12} {'dot -Tsvg s':>12} {'x baseline':>11}")
    for size, build, layout, ratio in rows:
        print(f"{size:>8} {build:>12.3f} {layout:>12.3f} {ratio:>11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
