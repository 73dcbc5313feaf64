"""Finding a profile by its id: the shipped ones, then the folders of ``CHAIN_PROFILE_PATH``.

A municipality keeps its own profiles in a folder of its own and names it in
``CHAIN_PROFILE_PATH`` (folders separated by :data:`os.pathsep`, as ``PATH`` is); a
profile there is then chosen by its ``id`` with ``--profile ID`` or by a chain's
``contract.template``, as a shipped one is. A file is matched by the ``id`` its top
level declares, found without parsing the whole file (its name does not matter); the
shipped profiles come first, so that a folder never changes what
a shipped id means.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from chain.profiles.tomlfile import TomlFileError, read_bytes

__all__ = ["PROFILE_ID", "PROFILE_PATH_ENV", "declared_id", "find_in_path", "search_dirs"]

PROFILE_PATH_ENV = "CHAIN_PROFILE_PATH"

#: What a profile id may be (the model's pattern): never a path, so a submitted
#: ``contract.template`` can only name a profile, never a file.
PROFILE_ID = re.compile(r"[A-Za-z0-9_.-]{1,40}")

# The top-level ``id = "..."`` before the first table header.
_ID_LINE = re.compile(rb"""^[ \t]*id[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')""", re.M)
_TABLE = re.compile(rb"^[ \t]*\[", re.M)


def search_dirs() -> list[Path]:
    """The folders ``CHAIN_PROFILE_PATH`` names, in order (empty entries skipped)."""
    value = os.environ.get(PROFILE_PATH_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def declared_id(path: Path) -> str | None:
    """The ``id`` a profile file declares at its top level, if it can be read."""
    try:
        data = read_bytes(path)
    except TomlFileError:
        return None
    table = _TABLE.search(data)
    head = data[: table.start()] if table else data
    match = _ID_LINE.search(head)
    if match is None:
        return None
    raw = match.group(1) if match.group(1) is not None else match.group(2)
    return raw.decode("utf-8", "replace")


def _candidates(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("_"))
    except OSError:  # a folder that cannot be listed holds nothing for us
        return []


def find_in_path(profile_id: str) -> Path | None:
    """The first file of ``CHAIN_PROFILE_PATH`` (folders in order, files by name) that
    declares ``profile_id`` as its id; ``None`` if none does (or it is not an id)."""
    if not PROFILE_ID.fullmatch(profile_id):
        return None
    for folder in search_dirs():
        for p in _candidates(folder):
            if declared_id(p) == profile_id:
                return p
    return None
