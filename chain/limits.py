"""Operational limits on submitted chains.

Files come from outside the municipality. These limits keep a hostile or
broken file from exhausting memory or time; each has a clear message when
exceeded.

Two bounds are fixed by the format rather than configured: every string
has a maximum length in the schema (identifiers 100 characters, names
300, free text 10,000), and the JSON parser refuses nesting deeper than
about 200 levels (the format itself nests 5 deep). Both are reported with
the location of the offending value.

The limits below are configurable: from the CLI (``--max-bytes``,
``--max-parties``), from the environment (``CHAIN_MAX_BYTES``,
``CHAIN_MAX_PARTIES``, ``CHAIN_MAX_DELEGATIONS``, ``CHAIN_MAX_WORKERS``,
``CHAIN_MAX_PLACES``) or from code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

__all__ = ["DEFAULT_LIMITS", "Limits"]


@dataclass(frozen=True)
class Limits:
    """Upper bounds applied when reading a chain."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest file accepted, in bytes."""
    max_parties: int = 100_000
    max_delegations: int = 200_000
    max_workers: int = 500_000
    max_places: int = 200_000

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """Defaults, overridden by ``CHAIN_MAX_*`` environment variables."""
        env = os.environ if environ is None else environ
        changes: dict[str, int] = {}
        for f in fields(cls):
            raw = env.get("CHAIN_" + f.name.upper())
            if raw:
                try:
                    changes[f.name] = int(raw)
                except ValueError:
                    raise ValueError(f"CHAIN_{f.name.upper()} must be an integer: {raw!r}") from None
        return replace(cls(), **changes)

    def with_overrides(self, **values: int | None) -> Limits:
        """A copy with the given limits changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


DEFAULT_LIMITS = Limits()
