"""One candidate timed alone in a process of its own.

``python -m benchmarks.solo NAME FILE ROUNDS`` reads FILE, runs the candidate NAME
(``orjson``: ``orjson.loads`` of the bytes; ``full``: the full validation of
:func:`benchmarks.suite.full_validation`) once untimed, then ROUNDS times, each from
a collected heap, and prints the seconds of the timed rounds as a JSON list.

The full-validation row runs the candidates so, their processes taking turns: in one
process, each candidate ran on the heap the other had just left (allocated,
fragmented, or handed back to the system), and that moved the other's time by a
tenth either way.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["CANDIDATES", "main"]

CANDIDATES = ("orjson", "full")


def _candidate(name: str, data: bytes) -> Callable[[], object]:
    if name == "orjson":
        import orjson

        return lambda: orjson.loads(data)
    if name == "full":
        from benchmarks.suite import full_validation

        return lambda: full_validation(data)
    raise SystemExit(f"unknown candidate {name!r} (one of {', '.join(CANDIDATES)})")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        raise SystemExit("usage: python -m benchmarks.solo NAME FILE ROUNDS")
    name, file, rounds = args[0], args[1], int(args[2])
    run = _candidate(name, Path(file).read_bytes())
    times: list[float] = []
    for r in range(rounds + 1):  # the first round is a warm-up
        gc.collect()
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        del result
        if r:
            times.append(elapsed)
    print(json.dumps(times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
