"""A check with a limit keeps the first findings an unlimited check gives and counts the
others per code (chain.check.omitted): same findings, same counts, same verdict, every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from chain.check.engine import check_chain
from chain.format.read import parse_chain
from chain.graph import analyse
from chain.profiles.load import builtin_profile_ids, load_profile
from chain.testing.synthetic import Spec, generate

ROOT = Path(__file__).resolve().parent.parent


def _chains():
    for seed in (3, 10, 17, 24):  # pathological: cycles, duplicates, odd ids
        yield (
            f"pathological-{seed}",
            generate(
                Spec(parties=30, workers=40, seed=seed, fault_rate=0.3, pathological=True)
            ).to_bytes(),
        )
    yield "faulty", generate(Spec(parties=40, workers=60, seed=5, fault_rate=0.5)).to_bytes()
    yield "sample", (ROOT / "sample_data/000/faulty.json").read_bytes()
    # Two entries of 003 report every unapproved lead: one finding each, both clauses.
    doc = json.loads((ROOT / "sample_data/003/compliant.json").read_text(encoding="utf-8"))
    for w in doc["workers"]:
        w["approved_on"] = None
    yield "003-unapproved", json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("name", "data"), list(_chains()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_the_first_findings_are_kept_and_the_others_counted(name: str, data: bytes) -> None:
    graph = analyse(parse_chain(data))
    for pid in builtin_profile_ids():
        profile = load_profile(pid)
        full = check_chain(graph, profile)
        n = len(full.findings)
        for limit in sorted({1, 2, 5, n // 3, n // 2, n - 1, n, n + 1} - {-1, 0}):
            report = check_chain(graph, profile, max_findings=limit)
            assert report.limit == limit
            assert [f.to_dict() for f in report.findings] == [
                f.to_dict() for f in full.findings[:limit]
            ]
            rest = full.findings[limit:]
            assert {(o.code, o.severity): o.count for o in report.omitted} == dict(
                Counter((f.code, f.severity) for f in rest)
            )
            first: dict[str, str] = {}
            for f in rest:
                first.setdefault(f.code, f.pointer)
            assert {o.code: o.pointer for o in report.omitted} == first
            assert [o.code for o in report.omitted] == sorted(o.code for o in report.omitted)
            assert report.complete is (limit >= n)
            assert report.counts() == full.counts()
            assert (report.has_errors, report.worst()) == (full.has_errors, full.worst())


def test_a_code_reported_by_two_entries_is_counted_once() -> None:
    ((_name, data),) = [c for c in _chains() if c[0] == "003-unapproved"]
    graph = analyse(parse_chain(data))
    profile = load_profile("003")
    full = check_chain(graph, profile)
    merged = [f for f in full.findings if f.code == "STF001"]
    assert merged and all(len(f.citations) >= 2 for f in merged)
    report = check_chain(graph, profile, max_findings=1)
    (stf001,) = [o for o in report.omitted if o.code == "STF001"]
    assert stf001.count == len(merged) - (report.findings[0].code == "STF001")


def test_the_findings_past_the_limit_are_found_again_for_whoever_needs_them() -> None:
    data = next(d for n, d in _chains() if n == "faulty")
    graph = analyse(parse_chain(data))
    profile = load_profile("000")
    full = check_chain(graph, profile)
    report = check_chain(graph, profile, max_findings=3)
    assert not report.complete
    assert [f.to_dict() for f in report.every_finding()] == [f.to_dict() for f in full.findings]
    some = {"DLG001", "ITM001"}
    assert [f.to_dict() for f in report.every_finding(some)] == [
        f.to_dict() for f in full.findings if f.code in some
    ]
    about = [f.to_dict() for f in report.every_finding(about=lambda h: h.worker is not None)]
    assert about == [f.to_dict() for f in full.findings if f.worker is not None]


def test_places_of_one_hash_are_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every place given one hash: each is settled by the second run, as any repeated one."""
    import chain.check.engine

    data = next(d for n, d in _chains() if n == "pathological-3")
    graph = analyse(parse_chain(data))
    profile = load_profile("000")
    full = check_chain(graph, profile)
    monkeypatch.setattr(chain.check.engine, "_place_hash", lambda _key: 0)
    report = check_chain(graph, profile, max_findings=4)
    assert report.counts() == full.counts()
    assert {(o.code, o.severity): o.count for o in report.omitted} == dict(
        Counter((f.code, f.severity) for f in full.findings[4:])
    )


@pytest.mark.parametrize("name", ["faulty", "pathological-10", "sample"])
def test_liability_of_a_limited_report_is_that_of_an_unlimited_one(name: str) -> None:
    """The breaches on an incident's path are found again past the limit: every party's
    and every worker's liability is the same as with every finding."""
    from chain.liability import LiabilityError, assess, assess_all
    from chain.liability.text import to_document

    data = next(d for n, d in _chains() if n == name)
    graph = analyse(parse_chain(data))
    cut, breached = [], []
    for pid in builtin_profile_ids():
        profile = load_profile(pid)
        full = check_chain(graph, profile)
        limited = check_chain(graph, profile, max_findings=2)
        if limited.complete:
            continue  # the profile reports too little on this chain for the limit to cut
        cut.append(pid)
        try:
            every = assess_all(graph, profile, findings=full)
        except LiabilityError:
            continue
        again = assess_all(graph, profile, findings=limited)
        assert {k: to_document(a, path="-", profile_title="") for k, a in again.items()} == {
            k: to_document(a, path="-", profile_title="") for k, a in every.items()
        }
        if any(c.capacity == "own_breach" for a in every.values() for c in a.capacities):
            breached.append(pid)
        ats = [f"party:{p}" for p in every] + [f"worker:{w.id}" for w in graph.chain.workers]
        for at in ats:
            try:
                expected = to_document(
                    assess(graph, profile, at, findings=full.findings), path="-", profile_title=""
                )
            except LiabilityError as exc:
                with pytest.raises(LiabilityError) as again_exc:
                    assess(graph, profile, at, findings=limited)
                assert str(again_exc.value) == str(exc)
                continue
            assert (
                to_document(
                    assess(graph, profile, at, findings=limited), path="-", profile_title=""
                )
                == expected
            )
    # The five first templates at least are cut and show an own breach on every chain here.
    assert len(cut) >= 5 and len(breached) >= 5, (cut, breached)


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chain", "validate", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


FAULTY = "tests/data/cli/faulty.json"


def test_the_cli_lists_the_first_findings_and_counts_the_others() -> None:
    full = json.loads(_cli("-f", "json", FAULTY).stdout)["files"][0]
    assert "omitted" not in full and "max_findings" not in full
    proc = _cli("-f", "json", "--max-findings", "4", FAULTY)
    assert proc.returncode == 1  # as without a limit: the errors are there, listed or not
    got = json.loads(proc.stdout)["files"][0]
    assert got["findings"] == full["findings"][:4]
    assert got["summary"] == full["summary"] and got["max_findings"] == 4
    rest = Counter(f["code"] for f in full["findings"][4:])
    assert {o["code"]: o["count"] for o in got["omitted"]} == dict(rest)
    first = next(f for f in full["findings"][4:] if f["code"] == got["omitted"][0]["code"])
    assert (got["omitted"][0]["pointer"], got["omitted"][0]["line"]) == (
        first["pointer"],
        first["line"],
    )
    assert got["omitted"][0]["message"]["ja"].startswith("ほか ")
    assert got["omitted"][0]["message"]["en"].startswith("and ")


def test_the_limit_reaches_the_text_and_sarif_and_comes_from_the_environment() -> None:
    text = _cli("--lang", "en", FAULTY, env={"CHAIN_MAX_FINDINGS": "4"})
    assert text.returncode == 1
    lines = text.stdout.splitlines()
    more = [ln for ln in lines if "] and " in ln and " more (not listed" in ln]
    assert more and all(ln.startswith(FAULTY + ":") for ln in more)
    assert any("--max-findings or CHAIN_MAX_FINDINGS" in ln for ln in lines)
    assert lines[-1] == _cli("--lang", "en", FAULTY).stdout.splitlines()[-1]  # same tally
    ja = _cli("--brief", "--max-findings", "4", FAULTY).stdout
    assert "ほか " in ja and "--max-findings または CHAIN_MAX_FINDINGS" in ja
    sarif = json.loads(_cli("-f", "sarif", "--max-findings", "4", FAULTY).stdout)["runs"][0]
    assert len(sarif["results"]) == 4
    notes = sarif["invocations"][0]["toolExecutionNotifications"]
    assert notes and all(
        n["level"] == "note" and n["descriptor"]["id"] == "more_findings" for n in notes
    )
    rules = [r["id"] for r in sarif["tool"]["driver"]["rules"]]
    assert all(rules[n["associatedRule"]["index"]] == n["properties"]["code"] for n in notes)
    assert sarif["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_a_nonsense_limit_is_refused(value: str) -> None:
    proc = (
        _cli("--max-findings", value, FAULTY)
        if value != "many"
        else _cli(FAULTY, env={"CHAIN_MAX_FINDINGS": value})
    )
    assert proc.returncode == 2
    assert (
        "max_findings" in proc.stderr.lower()
        or "max-findings" in proc.stderr.lower()
        or "CHAIN_MAX_FINDINGS" in proc.stderr
    )
