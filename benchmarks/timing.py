"""Timing helpers: interleaved rounds and medians, so machine noise hits both sides alike."""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Samples", "alternating_processes", "interleaved", "interleaved_processes"]


@dataclass
class Samples:
    """Wall-clock seconds of one candidate over several rounds."""

    name: str
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)


def interleaved(
    candidates: dict[str, Callable[[], object]], rounds: int, *, warmup: int = 1
) -> dict[str, Samples]:
    """Run each candidate once per round, in turn, after ``warmup`` untimed rounds.

    Each run starts from a collected heap and its result is dropped before the
    next, so one candidate's garbage never lands on another's clock.
    """
    out = {name: Samples(name, []) for name in candidates}
    for r in range(warmup + rounds):
        for name, fn in candidates.items():
            gc.collect()
            start = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - start
            del result
            if r >= warmup:
                out[name].times.append(elapsed)
    return out


def interleaved_processes(
    commands: dict[str, Sequence[str]], rounds: int, *, cwd: str, warmup: int = 2
) -> dict[str, Samples]:
    """Wall-clock seconds of fresh processes, interleaved round by round."""
    out = {name: Samples(name, []) for name in commands}
    for r in range(warmup + rounds):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(
                cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
            )
            elapsed = time.perf_counter() - start
            if r >= warmup:
                out[name].times.append(elapsed)
    return out


def alternating_processes(
    commands: dict[str, Sequence[str]], processes: int, *, cwd: str
) -> dict[str, Samples]:
    """Each candidate timed in processes of its own, the candidates' processes taking
    turns; each process prints the seconds of its timed rounds as a JSON list (see
    ``benchmarks.solo``)."""
    out = {name: Samples(name, []) for name in commands}
    for _ in range(processes):
        for name, cmd in commands.items():
            done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(
                    f"{name} failed (status {done.returncode}): {done.stderr.strip()[-2000:]}"
                )
            out[name].times.extend(json.loads(done.stdout.strip().splitlines()[-1]))
    return out
