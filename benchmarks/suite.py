"""The benchmarks: each returns rows of (ours, baseline, ratio, target) measured in one run."""

from __future__ import annotations

import compileall
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from benchmarks.timing import interleaved, interleaved_processes
from chain.synthetic import Spec, generate

__all__ = ["BENCHMARKS", "ROOT", "Row"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One figure: our time, the baseline's, their ratio and the target."""

    id: str
    what: str
    ours: float
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return None if self.baseline is None else self.ours / self.baseline


def _big_spec(quick: bool) -> Spec:
    if quick:
        return Spec(parties=2_000, delegations=2_000, workers=10_000, fault_rate=0.02)
    return Spec(parties=10_000, delegations=10_000, workers=50_000, fault_rate=0.02)


def full_validation(data: bytes):
    """Everything a submitted file goes through: parse, schema, graph, every rule, and
    the liability of every party (reusing the check's findings, as the app does)."""
    from chain.liability import assess_all
    from chain.validate import validate_bytes

    result = validate_bytes(data)
    report = result.report
    assert report is not None
    return result, assess_all(report.graph, report.profile, findings=report.findings)


def bench_full(quick: bool) -> list[Row]:
    spec = _big_spec(quick)
    data = generate(spec).to_bytes()
    rounds = 3 if quick else 7
    s = interleaved({"orjson": lambda: orjson.loads(data), "ours": lambda: full_validation(data)},
                    rounds)
    ours, base = s["ours"].median, s["orjson"].median
    result, _liability = full_validation(data)
    counts = result.report.counts() if result.report else {}
    return [Row(
        "full", f"full validation, {spec.parties:,} parties / {spec.delegations:,} delegations "
        f"/ {spec.workers:,} workers ({len(data) / 1e6:.1f} MB)",
        ours, base, "orjson.loads", "≤ 3×", ours / base <= 3,
        {"bytes": len(data), "rounds": rounds, "findings": counts, **_phases(data)},
    )]


def _phases(data: bytes) -> dict[str, float]:
    """Median seconds of each step of the full validation, measured separately."""
    from chain.engine import check_chain
    from chain.graph import analyse
    from chain.inputs import parse_chain
    from chain.liability import assess_all
    from chain.validate import resolve_profile

    chain = parse_chain(data)
    profile = resolve_profile(chain)
    report = check_chain(chain, profile)
    steps: dict[str, Callable[[], object]] = {
        "parse": lambda: parse_chain(data),
        "graph": lambda: analyse(chain),
        "rules": lambda: check_chain(chain, profile),
        "liability": lambda: assess_all(report.graph, profile, findings=report.findings),
    }
    s = interleaved(steps, 3)
    return {f"{k}_s": round(v.median, 4) for k, v in s.items()}


def bench_jsonschema(quick: bool) -> list[Row]:
    import jsonschema

    spec = Spec(parties=1_000, delegations=1_000, workers=5_000, fault_rate=0.02) if quick \
        else _big_spec(quick)
    data = generate(spec).to_bytes()
    schema = json.loads((ROOT / "schemas/chain.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)

    def structure_only() -> int:
        return sum(1 for _ in validator.iter_errors(orjson.loads(data)))

    assert structure_only() == 0, "the synthetic chain must satisfy the published schema"
    rounds = 1 if quick else 3
    s = interleaved({"jsonschema": structure_only, "ours": lambda: full_validation(data)},
                    rounds, warmup=0)
    ours, base = s["ours"].median, s["jsonschema"].median
    return [Row(
        "jsonschema", f"full validation vs jsonschema (structure only), {spec.parties:,} parties",
        ours, base, "python-jsonschema", "≥ 10× faster", base / ours >= 10,
        {"rounds": rounds, "speedup": round(base / ours, 1)},
    )]


def _bytecode_ready() -> dict[str, bool]:
    """Compile the package's bytecode (this is what an installed wheel has) and report."""
    compiled = compileall.compile_dir(str(ROOT / "chain"), quiet=1)
    import pydantic

    site = Path(pydantic.__file__).parent / "__pycache__"
    return {"chain_compiled": bool(compiled), "site_packages_compiled": site.is_dir()}


def bench_cold(quick: bool) -> list[Row]:
    ready = _bytecode_ready()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chain20.json"
        path.write_bytes(generate(Spec(parties=20, seed=20)).to_bytes())
        commands = {
            "baseline": [sys.executable, "-c", "import pydantic, networkx"],
            "ours": [sys.executable, "-m", "chain", "validate", str(path), "--brief"],
        }
        rounds = 7 if quick else 21
        s = interleaved_processes(commands, rounds, cwd=str(ROOT))
    ours, base = s["ours"].median, s["baseline"].median
    return [Row(
        "cold", "`chain validate` of a 20-party file in a fresh process",
        ours, base, "python -c 'import pydantic, networkx'", "≤ 1.3×", ours / base <= 1.3,
        {"rounds": rounds, **ready,
         "ours_best": round(s["ours"].best, 4), "baseline_best": round(s["baseline"].best, 4)},
    )]


def bench_edit(quick: bool) -> list[Row]:
    from chain.validate import validate_bytes

    doc = generate(Spec(parties=500, fault_rate=0.02, seed=5)).doc
    names = [doc["parties"][3]["name"], doc["parties"][3]["name"] + "（商号変更）"]
    times: list[float] = []
    validate_bytes(orjson.dumps(doc))
    for i in range(10 if quick else 40):
        doc["parties"][3]["name"] = names[i % 2]
        start = time.perf_counter()
        result = validate_bytes(orjson.dumps(doc))
        times.append(time.perf_counter() - start)
        assert result.report is not None
    ours = statistics.median(times)
    return [Row(
        "edit", "re-validation after one edit, 500 parties", ours,
        target="≤ 50 ms", met=ours <= 0.050, detail={"rounds": len(times),
                                                     "max_s": round(max(times), 4)},
    )]


BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "full": bench_full,
    "jsonschema": bench_jsonschema,
    "cold": bench_cold,
    "edit": bench_edit,
}
