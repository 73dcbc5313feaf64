"""``python -m benchmarks``: run the benchmarks and print a table of ratios.

Options: ``--quick`` (smaller inputs, fewer rounds), ``--only full,cold``,
``--json FILE`` (write every figure and the machine description), ``--in-process``
(every benchmark in this process, one after the other).

Each benchmark runs in a Python process of its own (as pyperf does), so that none is
timed on the heap another left: the edit row, run after the full row in one process,
took 50–52 ms on a heap the 10,000-party chain had grown and freed, against 31–42 ms
alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import time

from benchmarks.machine import describe
from benchmarks.suite import BENCHMARKS, ROOT, Row

__all__ = ["main"]


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _table(rows: list[Row]) -> str:
    head = ("benchmark", "ours", "baseline", "ratio", "target", "met")
    lines = []
    for r in rows:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}×" + (" faster" if r.faster else "")
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        lines.append(
            (
                r.what,
                _fmt_time(r.ours),
                f"{_fmt_time(r.baseline)} {r.baseline_name}".strip(),
                ratio,
                r.target,
                met,
            )
        )
    widths = [max(len(str(x[i])) for x in [head, *lines]) for i in range(len(head))]
    out = [
        " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
        for row in [head, *lines]
    ]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


def _run_alone(name: str, quick: bool) -> list[Row]:
    """The rows of benchmark ``name``, measured in a fresh interpreter (``--rows-of``)."""
    command = [sys.executable, "-m", "benchmarks", "--rows-of", name]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, cwd=str(ROOT), capture_output=True, text=True, check=False)
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        raise SystemExit(f"benchmark {name} failed (exit {done.returncode})")
    return [Row(**row) for row in json.loads(done.stdout)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer rounds")
    parser.add_argument("--only", help="comma-separated: " + ", ".join(BENCHMARKS))
    parser.add_argument("--json", dest="json_path", help="write the figures to this file")
    parser.add_argument(
        "--in-process", action="store_true", help="run every benchmark in this process"
    )
    parser.add_argument("--rows-of", help=argparse.SUPPRESS)  # one benchmark, rows as JSON
    args = parser.parse_args(argv)
    if args.rows_of:
        rows_of = BENCHMARKS[args.rows_of](args.quick)
        print(json.dumps([dataclasses.asdict(r) for r in rows_of], ensure_ascii=False))
        return 0
    chosen = list(BENCHMARKS) if not args.only else [x.strip() for x in args.only.split(",")]
    unknown = [c for c in chosen if c not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    machine = describe()
    print(
        f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, "
        f"{machine['python']}",
        file=sys.stderr,
    )
    rows: list[Row] = []
    for name in chosen:
        start = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        new = BENCHMARKS[name](args.quick) if args.in_process else _run_alone(name, args.quick)
        rows += new
        for r in new:
            print(f"  {r.what}: {_fmt_time(r.ours)} {r.detail}", file=sys.stderr)
        print(f"  ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    print(_table(rows))
    if args.json_path:
        doc = {
            "machine": machine,
            "quick": args.quick,
            "rows": [
                {
                    "id": r.id,
                    "what": r.what,
                    "ours_s": r.ours,
                    "baseline_s": r.baseline,
                    "baseline": r.baseline_name,
                    "ratio": r.ratio,
                    "target": r.target,
                    "met": r.met,
                    "detail": r.detail,
                }
                for r in rows
            ],
        }
        with open(args.json_path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
