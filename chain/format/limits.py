"""Operational limits on submitted chains.

Files come from outside the municipality. These limits keep a hostile or
broken file from exhausting memory or time; each has a clear, located
message when exceeded.

=====================  ==============  ============================================
limit                  default         when exceeded
=====================  ==============  ============================================
``max_bytes``          64 MiB          refused before reading further (``too_large``)
``max_parties``        100,000         refused after parsing (``too_many``, ``/parties``)
``max_delegations``    200,000         likewise, ``/delegations``
``max_workers``        500,000         likewise, ``/workers``
``max_places``         200,000         likewise, ``/places``
``max_depth``          201             refused at the bracket, with line and column
                                       (``too_deep``)
``max_string``         the format's    refused at the string, with line, column and
                       own bounds      pointer (``string_over_limit``)
``max_findings``       10,000          the first findings are reported, the others
                                       counted per code (``omitted``,
                                       :mod:`chain.check.omitted`); exit code unchanged
(fixed)                parse under     a large file whose parse would take more, refused
                       9x size         before parsing, at its densest part
                       + 64 MiB        (``too_dense``, :mod:`chain.format.density`)
=====================  ==============  ============================================

The format bounds every string by field (identifiers 100 characters, names
300, free text 10,000; ``string_too_long`` at the field) and the JSON parser
refuses nesting deeper than 201 levels (the outermost object counting as
one), while the format itself nests six deep (chain, delegations, a
delegation, its documents, a document, its personal data). ``max_depth`` and ``max_string`` can only tighten these: they cost one
extra pass over the file, made only when they are set below the defaults.

Each limit can be set from code (``Limits(max_parties=5_000)``), from the
environment (``CHAIN_MAX_BYTES``, ``CHAIN_MAX_PARTIES``,
``CHAIN_MAX_DELEGATIONS``, ``CHAIN_MAX_WORKERS``, ``CHAIN_MAX_PLACES``,
``CHAIN_MAX_DEPTH``, ``CHAIN_MAX_STRING``, ``CHAIN_MAX_FINDINGS``; the CLI and
the app read them) and from the CLI (``--max-bytes``, ``--max-parties``,
``--max-depth``, ``--max-string``, ``--max-findings``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

__all__ = ["DEFAULT_LIMITS", "PARSER_MAX_DEPTH", "Limits"]

#: Levels of nested arrays and objects the JSON parser accepts (the outermost counts as one).
PARSER_MAX_DEPTH = 201


@dataclass(frozen=True)
class Limits:
    """Upper bounds applied when reading a chain."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest file accepted, in bytes."""
    max_parties: int = 100_000
    max_delegations: int = 200_000
    max_workers: int = 500_000
    max_places: int = 200_000
    max_depth: int = PARSER_MAX_DEPTH
    """Deepest nesting of arrays and objects; at most :data:`PARSER_MAX_DEPTH`."""
    max_string: int | None = None
    """Longest string anywhere in the file, in characters; ``None``: the format's bounds."""
    max_findings: int = 10_000
    """Most findings a report lists; the others are counted per code."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None and f.name == "max_string":
                continue
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{f.name} must be a positive integer, not {value!r}")
        if self.max_depth > PARSER_MAX_DEPTH:
            raise ValueError(
                f"max_depth cannot exceed {PARSER_MAX_DEPTH}, the JSON parser's own limit"
            )

    @property
    def needs_scan(self) -> bool:
        """Whether reading a file takes the extra pass for depth and string length."""
        return self.max_depth < PARSER_MAX_DEPTH or self.max_string is not None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """Defaults, overridden by ``CHAIN_MAX_*`` environment variables."""
        env = os.environ if environ is None else environ
        changes: dict[str, int] = {}
        for f in fields(cls):
            name = "CHAIN_" + f.name.upper()
            raw = env.get(name)
            if raw:
                try:
                    changes[f.name] = int(raw.replace("_", "").replace(",", ""))
                except ValueError:
                    raise ValueError(f"{name} must be an integer: {raw!r}") from None
        try:
            return replace(cls(), **changes)
        except ValueError as exc:  # "max_depth cannot ..." -> "CHAIN_MAX_DEPTH cannot ..."
            field, _, rest = str(exc).partition(" ")
            raise ValueError(f"CHAIN_{field.upper()} {rest}") from None

    def with_overrides(self, **values: int | None) -> Limits:
        """A copy with the given limits changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


DEFAULT_LIMITS = Limits()
