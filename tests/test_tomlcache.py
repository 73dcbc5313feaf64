"""Profiles and the catalogue are read through a cache of their parsed TOML: the cache
gives what tomllib gives, follows every edit, and a damaged or foreign entry costs a
parse, never a wrong answer or an error."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest

from chain import tomlcache
from chain.profile import BUILTIN_DIR, ProfileError, _load_file, load_profile
from chain.rules.catalog import CATALOG_PATH

SHIPPED = [*sorted(BUILTIN_DIR.glob("*.toml")), CATALOG_PATH]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHAIN_CACHE_DIR", str(folder))
    monkeypatch.delenv("CHAIN_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every TOML text actually parsed (a cache miss), in order."""
    seen: list[bytes] = []
    real = tomlcache._parse

    def parse(source: bytes):
        seen.append(source)
        return real(source)

    monkeypatch.setattr(tomlcache, "_parse", parse)
    return seen


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("toml-*.bin"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_cached_parse_is_tomllibs(cache: Path, parses: list[bytes], path: Path) -> None:
    expected = tomllib.loads(path.read_text("utf-8"))
    assert tomlcache.load_toml(path) == expected  # parsed, then written
    assert len(parses) == 1 and len(_entries(cache)) == 1
    assert tomlcache.load_toml(path) == expected  # read back
    assert len(parses) == 1


def test_an_edited_file_is_parsed_again(cache: Path, parses: list[bytes], tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('title = "一"\n', "utf-8")
    assert tomlcache.load_toml(path) == {"title": "一"}
    path.write_text('title = "二"\n', "utf-8")
    assert tomlcache.load_toml(path) == {"title": "二"}
    path.write_text('title = "一"\n', "utf-8")
    assert tomlcache.load_toml(path) == {"title": "一"}
    assert len(parses) == 2  # the first text's entry served its return
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[:-1],  # cut short
        lambda blob: blob[:-3] + bytes([blob[-3] ^ 1]) + blob[-2:],  # a flipped bit
        lambda blob: b"something else entirely",
        lambda blob: b"",
    ],
    ids=["truncated", "bit-flip", "foreign", "empty"],
)
def test_a_damaged_entry_is_parsed_again_and_rewritten(
    cache: Path, parses: list[bytes], tmp_path: Path, damage
) -> None:
    path = tmp_path / "p.toml"
    path.write_text('a = [1, 2]\n[b]\nc = "ハ"\n', "utf-8")
    expected = {"a": [1, 2], "b": {"c": "ハ"}}
    assert tomlcache.load_toml(path) == expected
    (entry,) = _entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    assert tomlcache.load_toml(path) == expected
    assert len(parses) == 2
    assert entry.read_bytes() == good


def test_an_entry_that_is_not_a_table_is_ignored(cache: Path, tmp_path: Path) -> None:
    import hashlib
    import marshal

    path = tmp_path / "p.toml"
    path.write_text("a = 1\n", "utf-8")
    tomlcache.load_toml(path)
    (entry,) = _entries(cache)
    payload = marshal.dumps(["not", "a", "table"])
    head = tomlcache._MAGIC + hashlib.blake2b(payload, digest_size=tomlcache._DIGEST).digest()
    entry.write_bytes(head + payload)  # well formed, checksum right, wrong shape
    assert tomlcache.load_toml(path) == {"a": 1}


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_an_entry_owned_by_someone_else_is_ignored(
    cache: Path, parses: list[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    path.write_text("a = 1\n", "utf-8")
    tomlcache.load_toml(path)
    (entry,) = _entries(cache)
    os.chown(entry, 12345, 12345)
    assert tomlcache.load_toml(path) == {"a": 1}
    assert len(parses) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_cache_is_private(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("a = 1\n", "utf-8")
    tomlcache.load_toml(path)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    (entry,) = _entries(cache)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert not list(cache.glob("*.tmp"))


def test_dates_are_parsed_but_not_cached(cache: Path, parses: list[bytes], tmp_path: Path) -> None:
    import datetime

    path = tmp_path / "p.toml"
    path.write_text("revised = 2025-04-01\n", "utf-8")
    for _ in range(2):
        assert tomlcache.load_toml(path) == {"revised": datetime.date(2025, 4, 1)}
    assert len(parses) == 2
    assert _entries(cache) == []


def test_caching_can_be_turned_off(
    cache: Path, parses: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHAIN_NO_CACHE", "1")
    assert tomlcache.cache_dir() is None
    for _ in range(2):
        assert tomlcache.load_toml(CATALOG_PATH) == tomllib.loads(CATALOG_PATH.read_text("utf-8"))
    assert len(parses) == 2
    assert not cache.exists()


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CHAIN_NO_CACHE", raising=False)
    monkeypatch.delenv("CHAIN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tomlcache.cache_dir() == tmp_path / "subcontract-chain"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tomlcache.cache_dir() == tmp_path / ".cache" / "subcontract-chain"


def test_an_unwritable_cache_costs_only_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[bytes]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("CHAIN_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("CHAIN_NO_CACHE", raising=False)
    for _ in range(2):
        assert tomlcache.load_toml(BUILTIN_DIR / "000.toml")["id"] == "000"
    assert len(parses) == 2


@pytest.mark.parametrize(
    ("text", "problem"),
    [(b'title = "unterminated\n', "not valid TOML"), (b"title = '\xff\xfe'\n", "not valid TOML")],
    ids=["syntax", "not-utf8"],
)
def test_a_broken_profile_is_a_profile_error(
    cache: Path, tmp_path: Path, text: bytes, problem: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_bytes(text)
    with pytest.raises(ProfileError, match=problem):
        load_profile(path)
    assert _entries(cache) == []


def test_profiles_load_alike_from_the_cache(cache: Path, parses: list[bytes]) -> None:
    first = _load_file.__wrapped__(str(BUILTIN_DIR / "001.toml"))
    again = _load_file.__wrapped__(str(BUILTIN_DIR / "001.toml"))
    assert len(parses) == 1
    assert again == first
    assert [r.typed for r in again.rules] == [r.typed for r in first.rules]
