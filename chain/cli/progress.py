"""A one-line progress bar for batch validation, drawn on a terminal (standard error)."""

from __future__ import annotations

import time
from typing import TextIO

from chain.batch import BatchItem, BatchSummary
from chain.text import visible

__all__ = ["Progress"]

_WIDTH = 24
_REDRAW = 0.1  # seconds between redraws: drawing must not slow a batch of small files


class Progress:
    """Files done out of the total, the rate so far and the file just checked."""

    def __init__(self, stream: TextIO, total: int, *, lang: str = "ja"):
        self.stream, self.total, self.lang = stream, total, lang
        self.started = time.perf_counter()
        self._last = 0.0

    def update(self, done: int, item: BatchItem) -> None:
        now = time.perf_counter()
        if done < self.total and now - self._last < _REDRAW:
            return
        self._last = now
        filled = _WIDTH * done // max(self.total, 1)
        rate = done / max(now - self.started, 1e-9)
        unit = "件/秒" if self.lang == "ja" else "files/s"
        name = visible(item.result.path)
        if len(name) > 40:
            name = "…" + name[-39:]
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (_WIDTH - filled)}] {done}/{self.total} "
            f"{rate:.1f} {unit} {name}\x1b[K"
        )
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar, so that other output starts on a clean line."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()

    def finish(self, summary: BatchSummary) -> None:
        """Replace the bar by the batch's throughput."""
        self.clear()
        seconds = time.perf_counter() - self.started
        mb = summary.bytes / 1e6
        if self.lang == "ja":
            self.stream.write(
                f"{summary.files} ファイル（{mb:.1f} MB）を {seconds:.2f} 秒で確認しました"
                f"（{summary.files / max(seconds, 1e-9):.1f} 件/秒）。\n"
            )
        else:
            self.stream.write(
                f"Checked {summary.files} files ({mb:.1f} MB) in {seconds:.2f} s "
                f"({summary.files / max(seconds, 1e-9):.1f} files/s).\n"
            )
        self.stream.flush()
