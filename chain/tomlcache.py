"""TOML files read through a cache of what they parse to.

The profiles and the rule catalogue are TOML files (about 80 KB for one check).
Parsing them with :mod:`tomllib` took longer than checking a small chain, on every
start of ``chain validate``. :func:`load_toml` returns what ``tomllib.load`` returns,
and keeps it in a cache file named by a digest of the file's bytes: an edited
profile has a new digest and is parsed afresh; nothing needs to be cleared by hand.

The cache lives in ``$CHAIN_CACHE_DIR``, else ``$XDG_CACHE_HOME/subcontract-chain``,
else ``~/.cache/subcontract-chain``; ``CHAIN_NO_CACHE=1`` turns it off. Deleting
the folder is always safe. Entries are :mod:`marshal` data of plain values
(tables, arrays, strings, numbers, booleans; a file holding TOML dates is not
cached) behind a checksum, written atomically, in a folder only the user can
enter. An entry that is unreadable, damaged, owned by someone else or not a table
is ignored and rewritten, so the worst a broken cache costs is the parse.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "load_toml", "loads_toml"]

_MAGIC = b"subcontract-chain toml 1\n"
_DIGEST = 16
#: Part of every key: another Python could parse (or marshal) differently.
_SALT = f"{sys.implementation.cache_tag} marshal {marshal.version}\n".encode()


def cache_dir() -> Path | None:
    """Where parsed TOML is kept, or ``None`` when caching is off."""
    if os.environ.get("CHAIN_NO_CACHE"):
        return None
    explicit = os.environ.get("CHAIN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "subcontract-chain"
    try:
        return Path.home() / ".cache" / "subcontract-chain"
    except RuntimeError:  # no home folder to be found: no cache
        return None


def load_toml(path: str | Path) -> dict[str, Any]:
    """Parse a TOML file, as ``tomllib.load`` does.

    Raises ``OSError`` when the file cannot be read and ``tomllib.TOMLDecodeError``
    (a ``ValueError``) when it is not valid TOML.
    """
    with open(path, "rb") as fh:
        source = fh.read()
    return loads_toml(source)


def loads_toml(source: bytes) -> dict[str, Any]:
    """Parse TOML given as bytes (UTF-8), through the cache."""
    folder = cache_dir()
    if folder is None:
        return _parse(source)
    key = hashlib.blake2b(_SALT + source, digest_size=_DIGEST).hexdigest()
    entry = folder / f"toml-{key}.bin"
    data = _read(entry)
    if data is None:
        data = _parse(source)
        _write(folder, entry, data)
    return data


def _parse(source: bytes) -> dict[str, Any]:
    import tomllib  # only when the cache has no entry: the usual start never imports it

    return tomllib.loads(source.decode("utf-8"))


def _read(entry: Path) -> dict[str, Any] | None:
    try:
        with open(entry, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None
            blob = fh.read()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(blob) < head or not blob.startswith(_MAGIC):
        return None
    payload = blob[head:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != blob[len(_MAGIC):head]:
        return None
    try:
        data = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _write(folder: Path, entry: Path, data: dict[str, Any]) -> None:
    try:
        payload = marshal.dumps(data)
    except ValueError:  # TOML dates and times are not plain values: left uncached
        return
    blob = _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, entry)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError:  # a read-only or full disk: the next start parses again
        return
