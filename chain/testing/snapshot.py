"""Fingerprint what the tool outputs, to show that a refactoring changed none of it.

::

    python -m chain.testing.snapshot --write before.json     # before the change
    python -m chain.testing.snapshot --compare before.json   # after: "0 differ"

For every sample chain (``sample_data/``), every case file (``tests/cases/``, a base
chain and its patch) and a few thousand synthetic chains (:mod:`chain.testing.synthetic`,
one in seven of them pathological), under every built-in profile (or the case's own): a
digest of the findings JSON, of the liability of every party and of up to twenty
workers, and of the DOT of the chain, plain and with one incident overlaid. Run from a
checkout of the repository (``--root``, by default the one this module lies in);
about two minutes for the default 2,000 synthetic chains.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from chain.diagram import build_dot
from chain.liability import LiabilityError, assess, assess_all
from chain.liability.text import to_document
from chain.profiles import builtin_profile_ids, load_profile
from chain.report.json import to_json
from chain.testing.synthetic import Spec, generate
from chain.validate import validate_bytes

__all__ = ["fingerprint", "inputs", "main"]

#: The repository this module lies in (its samples and case files are read from there).
REPOSITORY = Path(__file__).resolve().parents[2]


def _digest(text: str | bytes) -> str:
    data = text.encode() if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()[:20]


def inputs(root: Path, synthetic: int) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, chain bytes, profile id or path or ``None`` for every built-in one)."""
    for p in sorted((root / "sample_data").rglob("*.json")):
        if p.name.endswith(".expected.json"):
            continue
        yield f"sample:{p.relative_to(root)}", p.read_bytes(), None
    # Case files are a base chain and a patch, put together by the test suite's loader.
    sys.path.insert(0, str(root / "tests"))
    # Found on the path just made: the test suite is not a package the checker reads.
    from support.casefiles import all_cases  # type: ignore[import-not-found]

    for case in all_cases():
        prof = case.profile_ref
        if prof and prof.endswith(".toml"):
            prof = str((case.path.parent / prof).resolve())
        yield f"case:{case.path.relative_to(root)}", case.chain_bytes(), prof
    for seed in range(synthetic):
        spec = Spec(
            parties=5 + seed % 40,
            workers=seed % 60,
            seed=seed,
            fault_rate=(seed % 5) / 10,
            depth=2 + seed % 4,
            pathological=seed % 7 == 3,
        )
        doc = generate(spec).doc
        yield f"synthetic:{seed}", json.dumps(doc, ensure_ascii=False).encode(), None


def fingerprint(data: bytes, profile: str | None) -> dict[str, str]:
    """Digests of what the tool outputs for one chain, by profile and output."""
    out: dict[str, str] = {}
    for ref in [profile] if profile else builtin_profile_ids():
        prof = load_profile(ref)
        pid = Path(ref).name  # a file's name, not its place: checkouts compare alike
        res = validate_bytes(data, profile=prof)
        # Every chain is checked under every profile, so most are overrides of their
        # contract.template on purpose: the notice saying so is not a finding.
        res.notice = None
        out[f"{pid}:findings"] = _digest(to_json([res]))
        report = res.report
        if report is None:
            continue
        g = report.graph
        out[f"{pid}:dot"] = _digest(build_dot(g, findings=report.findings))
        try:
            every = assess_all(report)
        except LiabilityError as exc:
            out[f"{pid}:liability"] = _digest(str(exc))
            continue
        documents = {k: to_document(a, path="-", profile_title="") for k, a in every.items()}
        out[f"{pid}:liability"] = _digest(_dumps(documents))
        workers = [w.id for w in g.chain.workers if isinstance(getattr(w, "id", None), str)]
        wdocs: dict[str, object] = {}
        for wid in dict.fromkeys(workers[:20]):
            try:
                a = assess(report, f"worker:{wid}")
                wdocs[wid] = to_document(a, path="-", profile_title="")
            except LiabilityError as exc:
                wdocs[wid] = str(exc)
        out[f"{pid}:liability_workers"] = _digest(_dumps(wdocs))
        if every:
            last = every[sorted(every)[-1]]
            overlaid = build_dot(g, findings=report.findings, assessment=last)
            out[f"{pid}:dot_overlay"] = _digest(overlaid)
    return out


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def main(argv: list[str] | None = None) -> int:
    """``python -m chain.testing.snapshot (--write FILE | --compare FILE)``."""
    parser = argparse.ArgumentParser(prog="python -m chain.testing.snapshot", description=__doc__)
    parser.add_argument("--root", type=Path, default=REPOSITORY, help="The repository.")
    parser.add_argument("--synthetic", type=int, default=2000, help="Synthetic chains.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="Write the fingerprints to this file.")
    mode.add_argument("--compare", type=Path, help="Compare with the fingerprints in this file.")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    result = {name: fingerprint(data, prof) for name, data, prof in inputs(root, args.synthetic)}
    if args.write:
        args.write.write_text(json.dumps(result, indent=0, sort_keys=True))
        print(f"{len(result)} inputs written")
        return 0
    before = json.loads(args.compare.read_text())
    bad = 0
    for name in sorted(set(before) | set(result)):
        if before.get(name) != result.get(name):
            bad += 1
            if bad <= 30:
                a, b = before.get(name) or {}, result.get(name) or {}
                keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                print(f"DIFF {name}: {keys}", file=sys.stderr)
    print(f"{len(result)} inputs, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
