"""Line numbers from the bytes of a file: a file too large to scan is not decoded."""

from __future__ import annotations

import json
from pathlib import Path

from chain.format.positions import MAX_SCAN, positions, positions_of

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def test_line_numbers_of_a_file_too_large_to_scan_are_not_looked_for() -> None:
    """A file of more characters than chain.format.positions scans is not decoded to learn it."""
    small = "\ufeff" + json.dumps(BASE, ensure_ascii=False, indent=2)
    assert positions_of(small.encode()).offsets == positions(small[1:]).offsets
    assert positions_of(small.encode()).locate("/parties/1") is not None
    for text in ("x" * (MAX_SCAN + 1), "株" * (MAX_SCAN + 1)):  # 1 and 3 bytes a character
        assert positions_of(b'"' + text.encode() + b'"').offsets == {}
    assert positions_of(b'"' + "株".encode() * (MAX_SCAN // 3) + b'"').offsets == {"": 0}
