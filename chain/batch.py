"""Validating many files: folders expanded, each file timed, a summary with throughput.

The CLI (``chain validate DIR`` or several paths) and scripts call this;
each file goes through :func:`chain.validate.validate_path` exactly as it
would alone, so a file's findings never depend on the batch it came in.

>>> batch = run_batch(["sample_data/000"])
>>> batch.summary.files, batch.summary.worst_exit
(2, 1)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.profiles.model import Profile
from chain.validate import FileResult, validate_path

__all__ = ["Batch", "BatchItem", "BatchSummary", "expand_paths", "iter_batch", "run_batch"]


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files as given; folders expand to the ``*.json`` files under them, sorted.

    Expected-findings sidecars (``*.expected.json``) beside sample chains are skipped.
    """
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(
                str(f)
                for f in sorted(path.rglob("*.json"))
                if f.is_file() and not f.name.endswith(".expected.json")
            )
        else:
            out.append(p)
    return out


@dataclass
class BatchItem:
    """One file of a batch: its result, its size and how long it took."""

    result: FileResult
    size: int
    """Bytes read (0 when the file could not be read)."""
    seconds: float

    @property
    def status(self) -> str:
        return "invalid" if self.result.report is None else "checked"

    def counts(self) -> dict[str, int]:
        if self.result.report is None:
            return {"error": 0, "warning": 0, "info": 0}
        return self.result.report.counts()


@dataclass
class BatchSummary:
    """Totals over a batch, and its throughput."""

    files: int = 0
    checked: int = 0
    invalid: int = 0
    error: int = 0
    warning: int = 0
    info: int = 0
    bytes: int = 0
    seconds: float = 0.0
    worst_exit: int = 0
    """The exit code of the batch: the worst of its files (0, 1 or 2)."""

    def add(self, item: BatchItem) -> None:
        self.files += 1
        self.bytes += item.size
        self.seconds += item.seconds
        if item.result.report is None:
            self.invalid += 1
        else:
            self.checked += 1
            for severity, n in item.counts().items():
                setattr(self, severity, getattr(self, severity) + n)
        self.worst_exit = max(self.worst_exit, item.result.exit_code)

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def megabytes_per_second(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "checked": self.checked,
            "invalid": self.invalid,
            "error": self.error,
            "warning": self.warning,
            "info": self.info,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 6),
            "files_per_second": round(self.files_per_second, 2),
            "megabytes_per_second": round(self.megabytes_per_second, 3),
        }


@dataclass
class Batch:
    """Every file's outcome, in the order given, and the totals."""

    items: list[BatchItem] = field(default_factory=list)
    summary: BatchSummary = field(default_factory=BatchSummary)

    @property
    def results(self) -> list[FileResult]:
        return [item.result for item in self.items]


def iter_batch(
    files: Sequence[str],
    *,
    profile: Profile | str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[BatchItem]:
    """Validate ``files`` one after the other, yielding each as it is done."""
    select, ignore = list(select or ()), list(ignore or ())
    for path in files:
        start = time.perf_counter()
        result = validate_path(
            path, profile=profile, select=select or None, ignore=ignore or None, limits=limits
        )
        seconds = time.perf_counter() - start
        yield BatchItem(result, len(result.data) if result.data is not None else 0, seconds)


def run_batch(
    paths: Iterable[str],
    *,
    profile: Profile | str | Path | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_file: Callable[[int, int, BatchItem], None] | None = None,
) -> Batch:
    """Expand ``paths`` and validate every file; ``on_file(done, total, item)`` after each."""
    files = expand_paths(paths)
    batch = Batch()
    for item in iter_batch(files, profile=profile, select=select, ignore=ignore, limits=limits):
        batch.items.append(item)
        batch.summary.add(item)
        if on_file is not None:
            on_file(len(batch.items), len(files), item)
    return batch
