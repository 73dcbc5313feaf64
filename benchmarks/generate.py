"""``python -m benchmarks.generate``: write a synthetic chain file (see chain.testing.synthetic).

    python -m benchmarks.generate --parties 10000 --delegations 10000 --workers 50000 \\
        --fault-rate 0.02 -o big.json
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields

from chain.testing.synthetic import Spec, generate

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description="Write a synthetic chain as JSON."
    )
    for f in fields(Spec):
        flag = "--" + f.name.replace("_", "-")
        if f.type in ("bool", bool):
            parser.add_argument(flag, action="store_true", help=f"default: {f.default}")
        else:
            kind = {"float": float, "str": str}.get(str(f.type), int)
            parser.add_argument(flag, type=kind, default=f.default, help=f"default: {f.default}")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = vars(parser.parse_args(argv))
    output = args.pop("output")
    synthetic = generate(Spec(**args))
    data = synthetic.to_bytes()
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
        print(f"{output}: {len(data):,} bytes, {len(synthetic.faults)} faults", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
