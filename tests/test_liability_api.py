"""The liability API takes the report of a check: assess(report, at), assess_all(report).

The form of earlier versions, assess(graph, profile, at, findings=...), keeps working
and gives the same assessments.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain.check import Report, check_chain
from chain.format.read import parse_chain
from chain.liability import LiabilityError, assess, assess_all
from chain.profiles import load_profile

ROOT = Path(__file__).resolve().parent.parent


def _report(name: str, profile: str | None = None) -> Report:
    chain = parse_chain((ROOT / "sample_data" / name).read_bytes())
    return check_chain(chain, load_profile(profile or chain.contract.template))


@pytest.mark.parametrize("name", ["000/compliant.json", "000/faulty.json", "001/faulty.json"])
def test_a_report_gives_what_its_graph_profile_and_findings_give(name: str) -> None:
    report = _report(name)
    graph, profile, findings = report.graph, report.profile, report.findings
    every = assess_all(report)
    assert every, name
    apart = assess_all(graph, profile, findings=findings)
    checked = assess_all(graph, profile)  # the chain checked again
    assert [a.to_dict() for a in every.values()] == [a.to_dict() for a in apart.values()]
    assert [a.to_dict() for a in every.values()] == [a.to_dict() for a in checked.values()]
    for at in [*every, *(f"worker:{w.id}" for w in graph.chain.workers)]:
        one = assess(report, at)
        assert one.to_dict() == assess(graph, profile, at, findings=findings).to_dict()
        assert one.to_dict() == assess(graph, profile, at=at).to_dict()


def test_the_findings_of_the_report_are_the_ones_weighed() -> None:
    report = _report("000/faulty.json")
    breaches = [
        c for a in assess_all(report).values() for c in a.capacities if c.capacity == "own_breach"
    ]
    assert breaches  # the faulty sample puts the contractor in breach
    quiet = Report(graph=report.graph, profile=report.profile, findings=[])
    assert not [
        c for a in assess_all(quiet).values() for c in a.capacities if c.capacity == "own_breach"
    ]


def test_forms_mixed_up_are_refused() -> None:
    report = _report("000/compliant.json")
    at = next(iter(assess_all(report)))
    with pytest.raises(TypeError):
        assess(report, report.profile, at)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        assess(report, at, findings=report.findings)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        assess(report.graph, at)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        assess_all(report, report.profile)
    with pytest.raises(TypeError):
        assess_all(report.graph)


def test_no_contractor_is_said_whichever_form() -> None:
    doc = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))
    doc["contract"]["contractor"] = "nobody"
    report = check_chain(parse_chain(json.dumps(doc).encode()), load_profile("000"))
    at = doc["parties"][-1]["id"]
    for call in (
        lambda: assess(report, at),
        lambda: assess_all(report),
        lambda: assess(report.graph, report.profile, at),
        lambda: assess_all(report.graph, report.profile),
    ):
        with pytest.raises(LiabilityError) as info:
            call()
        assert info.value.kind == "no_contractor"
