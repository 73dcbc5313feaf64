"""The shipped TOML files (profiles, rule catalogue) are read as data generated from
them, which a test keeps in step with the files; nothing is cached or written at run
time, and a cache folder left by an earlier version is never read."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from chain.profiles import shipped
from chain.profiles._shipped_data import FILES
from chain.profiles.model import BUILTIN_DIR

ROOT = Path(__file__).resolve().parent.parent
COMPLIANT = str(ROOT / "sample_data/000/compliant.json")


def test_generated_data_is_in_step_with_the_files() -> None:
    # After a merge that touched a TOML file, this fails until the data is regenerated.
    stale = shipped.stale_names()
    assert not stale, (
        f"chain/profiles/_shipped_data.py is out of date for {', '.join(stale)}; "
        f"run `{shipped.WRITE_COMMAND}` and commit the result"
    )
    assert shipped.DATA_PATH.read_text(encoding="utf-8") == shipped.generate(), (
        f"chain/profiles/_shipped_data.py was edited by hand; run `{shipped.WRITE_COMMAND}`"
    )


@pytest.mark.parametrize("name", shipped.shipped_names())
def test_generated_data_is_what_tomllib_parses(name: str) -> None:
    expected = tomllib.loads((shipped.PACKAGE / name).read_text(encoding="utf-8"))
    assert FILES[name][1]() == expected
    assert shipped.shipped_toml(name) == expected


def test_every_shipped_file_is_generated() -> None:
    names = shipped.shipped_names()
    assert "check/catalog.toml" in names and "profiles/_builtin.toml" in names
    assert {f"profiles/{p.name}" for p in BUILTIN_DIR.glob("*.toml")} <= set(names)
    assert sorted(FILES) == names


def test_each_read_is_a_fresh_copy() -> None:
    first = shipped.shipped_toml("profiles/000.toml")
    first["rules"].clear()
    first["id"] = "changed"
    again = shipped.shipped_toml("profiles/000.toml")
    assert again["id"] == "000" and again["rules"]


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's TOML files, read in place of the package's own."""
    copy = tmp_path / "chain"
    for name in shipped.shipped_names():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped.PACKAGE / name, copy / name)
    monkeypatch.setattr(shipped, "PACKAGE", copy)
    return copy


def test_an_edited_file_is_parsed_not_read_stale(package: Path) -> None:
    path = package / "profiles/002.toml"
    path.write_text(path.read_text("utf-8").replace('id = "002"', 'id = "002-edited"', 1), "utf-8")
    assert shipped.shipped_toml("profiles/002.toml")["id"] == "002-edited"
    assert shipped.shipped_toml("profiles/001.toml")["id"] == "001"
    assert shipped.stale_names() == ["profiles/002.toml"]


def test_an_added_or_removed_file_makes_the_data_stale(package: Path) -> None:
    shutil.copyfile(package / "profiles/002.toml", package / "profiles/005.toml")
    (package / "profiles/004.toml").unlink()
    assert shipped.shipped_toml("profiles/005.toml")["id"] == "002"
    assert shipped.stale_names() == ["profiles/004.toml", "profiles/005.toml"]


def test_check_names_the_command_and_write_regenerates(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    assert shipped.main(["--check"]) == 0
    catalog = package / "check/catalog.toml"
    catalog.write_text(catalog.read_text("utf-8") + '\n[XXX999]\nslug = "new"\n', "utf-8")
    assert shipped.main([]) == 1
    err = capsys.readouterr().err
    assert "check/catalog.toml" in err and shipped.WRITE_COMMAND in err
    target = tmp_path / "_shipped_data.py"
    monkeypatch.setattr(shipped, "DATA_PATH", target)
    assert shipped.main(["--write"]) == 0
    namespace: dict = {}
    exec(compile(target.read_text("utf-8"), str(target), "exec"), namespace)
    generated = namespace["FILES"]["check/catalog.toml"]
    assert generated[1]()["XXX999"] == {"slug": "new"}
    assert generated[0] == hashlib.blake2b(catalog.read_bytes(), digest_size=16).hexdigest()


@pytest.mark.parametrize("value", ["2025-04-01", "inf", "nan", "07:30:00"])
def test_values_a_literal_cannot_give_back_are_refused(package: Path, value: str) -> None:
    path = package / "profiles/002.toml"
    path.write_text(path.read_text("utf-8").replace('id = "002"', f"id = {value}", 1), "utf-8")
    with pytest.raises(ValueError, match=r"profiles/002\.toml: /id: "):
        shipped.generate(package)


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chain", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def _homes(tmp_path: Path) -> dict[str, str]:
    """Every place an earlier version kept its cache, and the switch that turned it off."""
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    (tmp_path / "xdg").mkdir()
    (tmp_path / "explicit").mkdir()
    return {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "CHAIN_CACHE_DIR": str(tmp_path / "explicit"),
    }


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_run_writes_nothing(tmp_path: Path) -> None:
    env = _homes(tmp_path)
    before = _tree(tmp_path)
    for args in (
        ["validate", COMPLIANT, "-f", "json"],  # the fast path
        ["liability", COMPLIANT, "--at", "hokuto", "--profile", "002"],  # Typer
        ["rules", "--profile", "004"],
    ):
        done = _run(env, *args)
        assert done.returncode in (0, 1), done.stderr
    assert _tree(tmp_path) == before


def _old_entry(source: bytes, payload: object) -> tuple[str, bytes]:
    """An entry as the removed cache (chain.tomlcache) named and wrote it."""
    salt = f"{sys.implementation.cache_tag} marshal {marshal.version}\n".encode()
    key = hashlib.blake2b(salt + source, digest_size=16).hexdigest()
    body = marshal.dumps(payload)
    head = b"subcontract-chain toml 1\n" + hashlib.blake2b(body, digest_size=16).digest()
    return f"toml-{key}.bin", head + body


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_cache_folder_left_by_an_earlier_version_is_ignored(tmp_path: Path) -> None:
    clean = _run(_homes(tmp_path / "clean"), "validate", COMPLIANT, "-f", "json")
    env = _homes(tmp_path / "planted")
    profile_000 = (BUILTIN_DIR / "000.toml").read_bytes()
    data_004 = tomllib.loads((BUILTIN_DIR / "004.toml").read_text("utf-8"))
    for folder in (Path(env["HOME"]) / ".cache", Path(env["XDG_CACHE_HOME"])):
        (folder / "subcontract-chain").mkdir(mode=0o777)
    for folder in (
        Path(env["HOME"]) / ".cache/subcontract-chain",
        Path(env["XDG_CACHE_HOME"]) / "subcontract-chain",
        Path(env["CHAIN_CACHE_DIR"]),
    ):
        os.chmod(folder, 0o777)  # world-writable, as a hostile neighbour would leave it
        # Profile 004's data under 000's name: an earlier version gave 004's findings.
        name, blob = _old_entry(profile_000, data_004)
        (folder / name).write_bytes(blob)
        name, _ = _old_entry((ROOT / "chain/check/catalog.toml").read_bytes(), {})
        os.mkfifo(folder / name)  # an earlier version waited on it for ever
        name, _ = _old_entry((BUILTIN_DIR / "_builtin.toml").read_bytes(), {})
        (folder / name).symlink_to("/dev/zero")  # and read it until memory ran out
        (folder / "toml-0.bin.123.tmp").write_bytes(b"left by a killed run")
    before = _tree(tmp_path / "planted")
    planted = _run(env, "validate", COMPLIANT, "-f", "json")
    assert planted.returncode == clean.returncode == 0, planted.stderr
    assert json.loads(planted.stdout) == json.loads(clean.stdout)
    assert _tree(tmp_path / "planted") == before


def test_the_shipped_profiles_load_from_the_generated_data(monkeypatch: pytest.MonkeyPatch) -> None:
    import chain.profiles.tomlfile
    from chain.check.catalog import catalog
    from chain.profiles.load import _load_shipped

    def refuse(raw: bytes) -> dict:
        raise AssertionError("a shipped file was parsed")

    monkeypatch.setattr(shipped, "parse_toml", refuse)
    monkeypatch.setattr(chain.profiles.tomlfile, "parse_toml", refuse)
    for name in sorted(p.name for p in BUILTIN_DIR.glob("*.toml")):
        assert _load_shipped.__wrapped__(name).id == name.removesuffix(".toml")
    assert "DLG001" in catalog.__wrapped__()
