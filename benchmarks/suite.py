"""The benchmarks: each returns rows of (ours, baseline, ratio, target) measured in one run."""

from __future__ import annotations

import compileall
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from benchmarks.timing import alternating_processes, interleaved, interleaved_processes
from chain.testing.synthetic import Spec, generate

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
    faster: bool = False
    """The target is a speed-up (baseline / ours) rather than a ratio (ours / baseline)."""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None:
            return None
        return self.baseline / self.ours if self.faster else self.ours / self.baseline


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
    return result, assess_all(report)


def bench_full(quick: bool) -> list[Row]:
    """Ours and ``orjson.loads`` each timed in processes of their own, taking turns
    (benchmarks.solo): the headline. The same two interleaved in this process are kept
    as a detail, to show how much one candidate's heap moves the other's time."""
    spec = _big_spec(quick)
    data = generate(spec).to_bytes()
    processes, rounds = (2, 2) if quick else (4, 4)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chain.json"
        path.write_bytes(data)
        solo = alternating_processes(
            {
                name: [sys.executable, "-m", "benchmarks.solo", name, str(path), str(rounds)]
                for name in ("orjson", "full")
            },
            processes,
            cwd=str(ROOT),
        )
    ours, base = solo["full"].median, solo["orjson"].median
    shared_rounds = 3 if quick else 7
    shared = interleaved(
        {"orjson": lambda: orjson.loads(data), "ours": lambda: full_validation(data)},
        shared_rounds,
    )
    result, _liability = full_validation(data)
    counts = result.report.counts() if result.report else {}
    return [
        Row(
            "full",
            f"full validation, {spec.parties:,} parties / {spec.delegations:,} delegations "
            f"/ {spec.workers:,} workers ({len(data) / 1e6:.1f} MB)",
            ours,
            base,
            "orjson.loads",
            "≤ 3×",
            ours / base <= 3,
            {
                "bytes": len(data),
                "processes": processes,
                "rounds_per_process": rounds,
                "ours_best": round(solo["full"].best, 4),
                "baseline_best": round(solo["orjson"].best, 4),
                "one_process": {
                    "rounds": shared_rounds,
                    "ours": round(shared["ours"].median, 4),
                    "orjson": round(shared["orjson"].median, 4),
                    "ratio": round(shared["ours"].median / shared["orjson"].median, 3),
                },
                "findings": counts,
                **_phases(data),
            },
        )
    ]


def _phases(data: bytes) -> dict[str, float]:
    """Median seconds of each step of the full validation, measured separately."""
    from chain.check.engine import check_chain
    from chain.format.read import parse_chain
    from chain.graph import analyse
    from chain.liability import assess_all
    from chain.validate import resolve_profile

    chain = parse_chain(data)
    profile = resolve_profile(chain)
    report = check_chain(chain, profile)
    steps: dict[str, Callable[[], object]] = {
        "parse": lambda: parse_chain(data),
        "graph": lambda: analyse(chain),
        "rules": lambda: check_chain(chain, profile),
        "liability": lambda: assess_all(report),
    }
    s = interleaved(steps, 3)
    return {f"{k}_s": round(v.median, 4) for k, v in s.items()}


def bench_jsonschema(quick: bool) -> list[Row]:
    import jsonschema

    spec = (
        Spec(parties=1_000, delegations=1_000, workers=5_000, fault_rate=0.02)
        if quick
        else _big_spec(quick)
    )
    data = generate(spec).to_bytes()
    schema = json.loads((ROOT / "schemas/chain.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)

    def structure_only() -> int:
        return sum(1 for _ in validator.iter_errors(orjson.loads(data)))

    assert structure_only() == 0, "the synthetic chain must satisfy the published schema"
    rounds = 1 if quick else 3
    s = interleaved(
        {"jsonschema": structure_only, "ours": lambda: full_validation(data)}, rounds, warmup=0
    )
    ours, base = s["ours"].median, s["jsonschema"].median
    return [
        Row(
            "jsonschema",
            f"full validation vs jsonschema (structure only), {spec.parties:,} parties",
            ours,
            base,
            "python-jsonschema",
            "≥ 10× faster",
            base / ours >= 10,
            {"rounds": rounds},
            faster=True,
        )
    ]


def _bytecode_ready() -> dict[str, bool]:
    """Compile the package's bytecode (this is what an installed wheel has) and report."""
    compiled = compileall.compile_dir(str(ROOT / "chain"), quiet=1)
    import pydantic

    site = Path(pydantic.__file__).parent / "__pycache__"
    return {"chain_compiled": bool(compiled), "site_packages_compiled": site.is_dir()}


def _shipped_data_current() -> bool:
    """Whether the shipped profiles and catalogue are read from their generated data
    (chain.profiles.shipped), not parsed because a TOML file changed since it was generated."""
    from chain.profiles.shipped import stale_names

    return not stale_names()


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
    ready["shipped_data"] = _shipped_data_current()
    ours, base = s["ours"].median, s["baseline"].median
    return [
        Row(
            "cold",
            "`chain validate` of a 20-party file in a fresh process",
            ours,
            base,
            "python -c 'import pydantic, networkx'",
            "≤ 1.3×",
            ours / base <= 1.3,
            {
                "rounds": rounds,
                **ready,
                "ours_best": round(s["ours"].best, 4),
                "baseline_best": round(s["baseline"].best, 4),
            },
        )
    ]


def bench_edit(quick: bool) -> list[Row]:
    """What the app does after an officer edits one cell: the document checked again as
    a file (chain.editor.document.check_document: serialise, parse, every rule) and the
    diagram source rebuilt (chain.diagram.build_dot)."""
    from chain.diagram import build_dot, fragments
    from chain.editor.document import check_document
    from chain.editor.incremental import RowCache

    rows = RowCache()  # as the app keeps one per session

    def recheck(doc):
        result = check_document(doc, rows=rows)
        report = result.report
        assert report is not None
        return result, build_dot(report.graph, findings=report.findings)

    doc = generate(Spec(parties=500, fault_rate=0.02, seed=5)).doc
    name = doc["parties"][3]["name"]
    times: list[float] = []
    dot_times: list[float] = []
    recheck(doc)
    for i in range(10 if quick else 40):
        # A name never seen before: the edited row is validated and drawn afresh.
        doc["parties"][3]["name"] = f"{name}（商号変更 {i}）"
        gc.collect()
        start = time.perf_counter()
        result, dot = recheck(doc)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_dot(result.report.graph, findings=result.report.findings)
        dot_times.append(time.perf_counter() - start)
    ours = statistics.median(times)
    # The diagram source with no statement kept from an earlier drawing: the first drawing
    # of a chain, or one after the diagram's options change.
    cold_times: list[float] = []
    for _ in range(3 if quick else 9):
        fragments.forget()
        gc.collect()
        start = time.perf_counter()
        build_dot(result.report.graph, findings=result.report.findings)
        cold_times.append(time.perf_counter() - start)
    return [
        Row(
            "edit",
            "re-check and diagram source after one edit, 500 parties (app path)",
            ours,
            target="≤ 50 ms",
            met=ours <= 0.050,
            detail={
                "rounds": len(times),
                "max_s": round(max(times), 4),
                "diagram_source_s": round(statistics.median(dot_times), 4),
                "diagram_source_cold_s": round(statistics.median(cold_times), 4),
                "findings": len(result.report.findings),
                "dot_bytes": len(dot),
                **_edit_phases(doc, quick),
            },
        )
    ]


def _edit_phases(doc: dict, quick: bool) -> dict[str, float]:
    """Median seconds of each step of the re-check, measured separately."""
    from chain.check.engine import check_chain
    from chain.editor.document import document_bytes
    from chain.editor.incremental import RowCache
    from chain.format.read import parse_chain
    from chain.validate import resolve_profile

    data = document_bytes(doc)
    chain = parse_chain(data)
    profile = resolve_profile(chain)
    rows = RowCache()
    rows.parse(doc, data)
    party, names = doc["parties"][3], [doc["parties"][3]["name"], "（商号変更）"]

    def edit_and_parse() -> object:  # one row changed since the last parse, as in the app
        party["name"] = names[0] if party["name"] != names[0] else names[1]
        return rows.parse(doc, document_bytes(doc))

    serialised = interleaved({"serialise": lambda: document_bytes(doc)}, 5 if quick else 15)
    steps: dict[str, Callable[[], object]] = {
        "parse_full": lambda: parse_chain(data),
        "serialise_and_parse_rows": edit_and_parse,
        "rules": lambda: check_chain(chain, profile),
    }
    s = {**serialised, **interleaved(steps, 5 if quick else 15)}
    party["name"] = names[0]
    return {f"{k}_s": round(v.median, 4) for k, v in s.items()}


def bench_dot(quick: bool) -> list[Row]:
    """Graphviz layout (dot -Tsvg, as chain.diagram.export renders it) of 200 and 1,000 parties,
    against a 10-party chain laid out in the same run; the DOT build time alongside."""
    from chain.diagram import build_dot
    from chain.diagram.export import missing_for, render
    from chain.validate import validate_bytes

    if missing_for("svg") is not None:
        return [Row("dot", "dot layout: Graphviz or a Japanese font is missing", 0.0, met=False)]
    sizes = (200,) if quick else (200, 1_000)
    rounds = 1 if quick else 3
    dots: dict[int, tuple[str, float]] = {}
    for n in (10, *sizes):
        result = validate_bytes(generate(Spec(parties=n, fault_rate=0.02, seed=n)).to_bytes())
        report = result.report
        start = time.perf_counter()
        dot = build_dot(report.graph, findings=report.findings)
        dots[n] = (dot, time.perf_counter() - start)
    s = interleaved(
        {n: (lambda d=d: render(d, "svg", timeout=600)) for n, (d, _t) in dots.items()},
        rounds,
        warmup=0,
    )
    base = s[10].median
    return [
        Row(
            "dot",
            f"dot layout (SVG), {n:,} parties",
            s[n].median,
            base,
            "dot layout of 10 parties",
            detail={
                "build_dot_s": round(dots[n][1], 4),
                "dot_bytes": len(dots[n][0]),
                "rounds": rounds,
            },
        )
        for n in sizes
    ]


def _batch_folder(folder: Path, files: int) -> int:
    """A folder of submissions as an officer receives them: mostly small chains of 10 to 60
    parties, some faulty, one in ten damaged (cut short). Returns the bytes written."""
    import random

    rng = random.Random(7)
    total = 0
    for i in range(files):
        spec = Spec(
            parties=rng.randrange(10, 61),
            fault_rate=rng.choice((0.0, 0.02, 0.1)),
            template=rng.choice(("000", "001", "002", "003", "004")),
            seed=i,
        )
        data = generate(spec).to_bytes()
        if i % 10 == 9:
            data = data[: len(data) // 2]
        (folder / f"chain-{i:04d}.json").write_bytes(data)
        total += len(data)
    return total


def bench_batch(quick: bool) -> list[Row]:
    from chain.batch import run_batch

    files = 60 if quick else 300
    with tempfile.TemporaryDirectory() as tmp:
        size = _batch_folder(Path(tmp), files)
        start = time.perf_counter()
        batch = run_batch([tmp])
        library = time.perf_counter() - start
        s = batch.summary
        assert s.files == files and s.invalid == files // 10
        _bytecode_ready()
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "chain", "validate", tmp, "-f", "json"],
            cwd=str(ROOT),
            stdout=subprocess.DEVNULL,
            check=False,
        )
        cli = time.perf_counter() - start
        assert done.returncode == 2  # the damaged files
    return [
        Row(
            "batch",
            f"batch validation, {files} files ({size / 1e6:.1f} MB), library",
            library,
            detail={
                "files_per_second": round(files / library, 1),
                "megabytes_per_second": round(size / 1e6 / library, 2),
                "checked": s.checked,
                "invalid": s.invalid,
                "findings": {"error": s.error, "warning": s.warning, "info": s.info},
            },
        ),
        Row(
            "batch_cli",
            f"`chain validate DIR -f json`, {files} files, fresh process",
            cli,
            detail={"files_per_second": round(files / cli, 1)},
        ),
    ]


def bench_store(quick: bool) -> list[Row]:
    """The case store on its one-machine engine (a SQLite file): saving a version of a
    1,000-party chain with its findings (parse, check, canonical JSON and its hash, the
    version, its validation run and audit event in one transaction), against checking
    the same bytes alone (``validate_bytes``); and listing 10,000 cases through the
    service, against fetching the same rows with the ``sqlite3`` module."""
    import sqlite3

    from sqlalchemy import insert

    from chain.cases.service import CaseService
    from chain.cases.tables import Case
    from chain.validate import validate_bytes

    parties, cases = (200, 2_000) if quick else (1_000, 10_000)
    rounds = 3 if quick else 7
    data = generate(Spec(parties=parties, fault_rate=0.02, seed=11)).to_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "cases.db"
        service = CaseService.open(f"sqlite:///{db}")
        try:
            case = service.new_case("bench", "大規模な体制", "情報政策課")["id"]
            parent: list[int | None] = [None]

            def save() -> object:
                saved = service.save_version("bench", case, data, parent=parent[0])
                parent[0] = saved["version"]
                return saved

            timed = interleaved({"check": lambda: validate_bytes(data), "save": save}, rounds)
            # The other cases as rows (their filing is not what is measured here).
            with service.engine.begin() as connection:
                connection.execute(
                    insert(Case),
                    [
                        {
                            "title": f"案件 {i}",
                            "department": "情報政策課",
                            "profile_id": "000",
                            "contractor": f"受託者 {i}",
                            "state": "draft",
                            "revision": 0,
                            "created_by": "bench",
                            "created_at": "2026-12-07T00:00:00+00:00",
                        }
                        for i in range(cases - 1)
                    ],
                )

            def raw() -> object:
                with sqlite3.connect(db) as connection:
                    return connection.execute("SELECT * FROM cases ORDER BY id").fetchall()

            listed = interleaved(
                {"sqlite3": raw, "list": lambda: service.list_cases("bench")}, rounds
            )
            assert len(service.list_cases("bench")) == cases
        finally:
            service.engine.dispose()
    save_s, check_s = timed["save"].median, timed["check"].median
    list_s, raw_s = listed["list"].median, listed["sqlite3"].median
    return [
        Row(
            "store_save",
            f"case store: save a version of a {parties:,}-party chain with its findings (SQLite)",
            save_s,
            check_s,
            "validate_bytes",
            "≤ 2×",
            save_s / check_s <= 2,
            {"rounds": rounds, "bytes": len(data)},
        ),
        Row(
            "store_list",
            f"case store: list {cases:,} cases (SQLite)",
            list_s,
            raw_s,
            "sqlite3 SELECT",
            "≤ 10×",
            list_s / raw_s <= 10,
            {"rounds": rounds},
        ),
    ]


def bench_fuzz(quick: bool) -> list[Row]:
    """The fuzz campaign: randomised examples through every path; any failure is a bug."""
    examples = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "fuzz.jsonl"
        env = {**os.environ, "CHAIN_FUZZ_EXAMPLES": str(examples), "CHAIN_FUZZ_REPORT": str(report)}
        start = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-n",
                "2",
                "tests/test_fuzz.py",
            ],
            cwd=str(ROOT),
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        stats: dict[str, int] = {}
        slowest: dict[str, float] = {}
        for line in report.read_text(encoding="utf-8").splitlines() if report.exists() else ():
            part = json.loads(line)
            for k, v in part["stats"].items():
                stats[k] = stats.get(k, 0) + v
            slowest.update(part["slowest"])
    ran = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("examples:")}
    tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    if done.returncode != 0:  # the falsifying example, for the record
        print(done.stdout[-6000:], done.stderr[-2000:], file=sys.stderr)
    return [
        Row(
            "fuzz",
            f"fuzzing: {sum(ran.values()):,} examples ({examples:,} broken chains)",
            seconds,
            target="no failure, no hang",
            met=done.returncode == 0,
            detail={
                "pytest": tail,
                "examples": ran,
                "slowest_example_s": slowest,
                "problem_types": sorted(
                    k.split(":", 1)[1] for k in stats if k.startswith("problem:")
                ),
                "finding_codes": len([k for k in stats if k.startswith("finding:")]),
            },
        )
    ]


def bench_app(quick: bool) -> list[Row]:
    """The officers' app in Chromium on chains of 300 (and 1,000) parties
    (:mod:`benchmarks.app`): upload, a filter, returning to the findings, an edit."""
    from benchmarks.app import CHROMIUM, TARGETS, measure

    if not CHROMIUM.exists():
        return [Row("app", "app in a browser: Chromium is missing", 0.0, met=False)]
    words = {
        "upload": "upload to findings shown",
        "filter": "a filter change",
        "return": "back to the findings page",
        "edit": "an edit to its counts re-checked",
    }
    return [
        Row(
            "app",
            f"app in Chromium, {n:,} parties: {words[step]}",
            seconds,
            target=f"≤ {TARGETS[step]:g} s",
            met=seconds <= TARGETS[step],
        )
        for n, steps in measure(quick).items()
        for step, seconds in steps.items()
    ]


BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "full": bench_full,
    "jsonschema": bench_jsonschema,
    "cold": bench_cold,
    "edit": bench_edit,
    "dot": bench_dot,
    "batch": bench_batch,
    "store": bench_store,
    "fuzz": bench_fuzz,
    "app": bench_app,
}
