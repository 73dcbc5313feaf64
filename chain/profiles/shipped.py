"""The TOML files shipped with the tool, read as data generated from them.

Parsing the profiles and the rule catalogue (80 KB of TOML for one check) takes
longer than checking a small chain, and ``chain validate`` needs them on every
start. So what :mod:`tomllib` parses each shipped file to is kept in
``chain/profiles/_shipped_data.py``, a module of plain literals generated from the files
and committed with them, which Python's own bytecode cache loads in a fraction of
a millisecond. Nothing is written anywhere when the tool runs.

Each entry names the digest of the bytes it was generated from, and
:func:`shipped_toml` uses it only while the file still has those bytes: an
edited or added file is parsed instead, never read stale. A test fails until the
data is generated again, with::

    uv run python -m chain.profiles --write

(``--check`` only says whether that is needed.)
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from hashlib import blake2b
from pathlib import Path
from typing import Any

from chain.profiles.tomlfile import parse_toml, read_bytes

__all__ = [
    "DATA_PATH",
    "WRITE_COMMAND",
    "generate",
    "main",
    "shipped_names",
    "shipped_toml",
    "stale_names",
]

#: The package whose files are shipped (names are relative to it), and the generated module.
PACKAGE = Path(__file__).parent.parent
DATA_PATH = Path(__file__).with_name("_shipped_data.py")
WRITE_COMMAND = "uv run python -m chain.profiles --write"


def shipped_names(package: Path | None = None) -> list[str]:
    """The shipped TOML files, relative to the package: ``profiles/000.toml``, ...."""
    package = package or PACKAGE
    files = [
        *package.glob("profiles/*.toml"),
        package / "check" / "catalog.toml",
        package / "liability" / "reasons.toml",
    ]
    return sorted(p.relative_to(package).as_posix() for p in files if p.is_file())


def shipped_toml(name: str) -> dict[str, Any]:
    """What ``tomllib`` parses the shipped file ``name`` to: a fresh copy each call.

    Raises :class:`~chain.profiles.tomlfile.TomlFileError` when the file cannot be read or
    parsed (it never can while it is the file the data was generated from).
    """
    return shipped_data(name)[0]


def shipped_data(name: str) -> tuple[dict[str, Any], bool]:
    """:func:`shipped_toml`'s data, and whether it came from the generated data (so from
    the very bytes the generator read, and checked then) rather than from parsing."""
    raw = read_bytes(PACKAGE / name)
    entry = _generated().get(name)
    if entry is not None and entry[0] == _digest(raw):
        return entry[1](), True
    return parse_toml(raw), False


def _generated() -> dict[str, tuple[str, Callable[[], dict[str, Any]]]]:
    from chain.profiles._shipped_data import FILES

    return FILES


def _digest(raw: bytes) -> str:
    return blake2b(raw, digest_size=16).hexdigest()


def stale_names() -> list[str]:
    """Shipped files whose generated data is missing or was made from other bytes, and
    generated entries whose file is gone."""
    generated = _generated()
    names = shipped_names()
    stale = [
        n
        for n in names
        if n not in generated or generated[n][0] != _digest((PACKAGE / n).read_bytes())
    ]
    return sorted([*stale, *(n for n in generated if n not in names)])


_HEADER = f'''"""What the TOML files shipped with the tool parse to. Generated: do not edit.

Written by ``{WRITE_COMMAND}`` from the files named below; read by
:mod:`chain.profiles.shipped`, which uses an entry only while its file has the bytes of the
digest. A test fails when this module and the files disagree.
"""

__all__ = ["FILES"]
'''


def generate(package: Path | None = None) -> str:
    """The source of ``chain/profiles/_shipped_data.py`` for the shipped files as they are now.

    Raises ``ValueError`` for a value a literal cannot give back exactly (a TOML date
    or time, an infinite or not-a-number float): the shipped files hold none.
    """
    import pprint
    import tomllib

    package = package or PACKAGE
    functions: list[str] = []
    entries: list[str] = []
    for name in shipped_names(package):
        raw = (package / name).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        _check_plain(name, data, ())
        func = "_" + "".join(c if c.isalnum() else "_" for c in name.removesuffix(".toml"))
        body = pprint.pformat(data, sort_dicts=False, width=96).replace("\n", "\n" + " " * 11)
        functions.append(f"\n\ndef {func}():\n    return {body}\n")
        entries.append(f"    {name!r}: ({_digest(raw)!r}, {func}),\n")
    table = (
        "\n\n#: Each file: the digest of its bytes, and what it parses to (a new copy each call).\n"
    )
    return _HEADER + "".join(functions) + table + "FILES = {\n" + "".join(entries) + "}\n"


def _check_plain(name: str, value: Any, loc: tuple[str | int, ...]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _check_plain(name, v, (*loc, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_plain(name, v, (*loc, i))
    elif not isinstance(value, str | int | float) or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        where = "/" + "/".join(map(str, loc))
        raise ValueError(f"{name}: {where}: {value!r} cannot be kept as generated data")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m chain.profiles [--check | --write]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m chain.profiles",
        description="Generate chain/profiles/_shipped_data.py from the shipped TOML files "
        "(profiles and rule catalogue), or check that it is up to date.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="Only check (the default).")
    mode.add_argument("--write", action="store_true", help="Write the module again.")
    args = parser.parse_args(argv)
    if args.write:
        DATA_PATH.write_text(generate(), encoding="utf-8")
        print(f"wrote {DATA_PATH}")
        return 0
    stale = stale_names()
    if stale:
        print("generated data is out of date for: " + ", ".join(stale), file=sys.stderr)
        print(f"run `{WRITE_COMMAND}` and commit the result", file=sys.stderr)
        return 1
    print("generated data is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
