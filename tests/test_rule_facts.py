"""Facts about rules live in the catalogue, and the views read them from there.

The diagram's edge status and the checklist's documents and items follow each rule's
``edge_status``, ``edge_why``, ``requires_document`` and ``requires_items`` in
``chain/check/catalog.toml``; ``chain rules explain CODE`` names the function that
implements the rule.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chain.check.catalog import catalog
from chain.check.findings import Finding
from chain.check.registry import REGISTRY, implemented_by
from chain.cli import app
from chain.diagram.labels import _status_text
from chain.diagram.status import STATUS_ORDER, edge_statuses, status_of_code
from chain.graph import Edge
from chain.report.checklist import checklists, document_rules, item_rules
from chain.validate import validate_path
from chain.vocab import DOCUMENT_KINDS

ROOT = Path(__file__).resolve().parent.parent
DOCS = catalog()
LIVE = sorted(code for code, doc in DOCS.items() if not doc.retired)

#: The view and liability modules that must name no rule code: they read rule facts
#: from the catalogue, breach codes and the flow-down clause from the profile.
VIEWS = [
    *sorted((ROOT / "chain" / "diagram").glob("*.py")),
    ROOT / "chain" / "report" / "checklist.py",
    *sorted((ROOT / "chain" / "liability").glob("*.py")),
]
CODE = re.compile(r"\b[A-Z]{3}\d{3}\b")


def _edge() -> Edge:
    return Edge("d1", "A", "B", 0, "/delegations/0", 2)


def _finding(code: str, severity: str = "error", **facts: object) -> Finding:
    return Finding(
        code=code,
        slug=DOCS[code].slug,
        severity=severity,  # type: ignore[arg-type]
        pointer="/delegations/0",
        citations=(),
        facts=dict(facts),
        delegation="d1",
        party="B",
    )


# -- the diagram --------------------------------------------------------------------------------


def test_edge_statuses_come_from_the_catalogue() -> None:
    implied = status_of_code()
    assert implied == {c: d.edge_status for c, d in DOCS.items() if d.edge_status}
    assert set(implied.values()) <= set(STATUS_ORDER)
    # the codes the diagram has always drawn so
    assert {c for c, s in implied.items() if s == "missing"} == {"DLG001", "DLG007", "DAT003"}
    assert {c for c, s in implied.items() if s == "forbidden"} == {"TIR003"}
    assert {c for c, s in implied.items() if s == "not_contemplated"} == {"TIR002"}


@pytest.mark.parametrize("code", sorted(status_of_code()))
def test_every_edge_status_fact_is_drawn(code: str) -> None:
    """A finding of the rule gives its edge the catalogue's status, whatever its severity."""
    status = DOCS[code].edge_status
    for severity in ("error", "warning"):
        assert edge_statuses(_edge(), [_finding(code, severity)]) == (status,)


def test_other_errors_make_an_edge_incomplete() -> None:
    assert edge_statuses(_edge(), [_finding("DLG002")]) == ("incomplete",)
    assert edge_statuses(_edge(), [_finding("CHN003")]) == ("approved",)


@pytest.mark.parametrize("code", sorted(c for c, d in DOCS.items() if d.edge_status == "missing"))
def test_every_missing_edge_says_why_from_the_catalogue(code: str) -> None:
    why = DOCS[code].edge_why
    assert why is not None
    for lang in ("ja", "en"):
        assert _status_text(["missing"], [_finding(code)], None, lang) == why(lang)


def test_a_missing_notification_is_named_so() -> None:
    notified = _finding("DLG001", consent=DOCUMENT_KINDS["notification"])
    assert _status_text(["missing"], [notified], None, "ja") == "届出なし"
    approval = _finding("DLG001", consent=DOCUMENT_KINDS["approval"])
    assert _status_text(["missing"], [approval], None, "ja") == "承諾なし"


# -- the checklist ------------------------------------------------------------------------------


def test_document_facts_come_from_the_catalogue() -> None:
    kinds = {d.code: d.requires_document or d.document_parameter for d in document_rules()}
    assert kinds == {
        "DLG001": "consent",
        "DLG003": "application",
        "PST001": "flow_down",
        "PST003": "terms_report",
        "PST005": "guidance",
    }
    assert all(
        d.requires_document in DOCUMENT_KINDS for d in document_rules() if d.requires_document
    )
    assert item_rules() == {"ITM001"}


def test_every_document_and_item_fact_is_used_by_the_checklist() -> None:
    """On the 000 sample, every rule with a document or item fact gives an entry."""
    result = validate_path(ROOT / "sample_data" / "000" / "compliant.json")
    assert result.report is not None
    entries = [i for c in checklists(result.report) for i in c.items]
    used = {i.code for i in entries}
    required = {d.code for d in document_rules()} | item_rules()
    applied = {r.code for r in result.report.profile.rules}
    assert required & applied and required & applied <= used
    by_code = {i.code: i.key for i in entries if i.kind == "document"}
    for d in document_rules():
        if d.code in by_code and d.requires_document:
            assert by_code[d.code] == d.requires_document


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the documentation constants: docstrings of modules, classes, functions
    and attributes (a string standing alone as a statement), and ``description=`` texts
    of fields (published in the schemas)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            out.add(id(node.value))
        elif isinstance(node, ast.keyword) and node.arg == "description":
            out.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return out


def code_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of ``path`` naming a rule code, docstrings left out (examples
    in documentation decide nothing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and CODE.search(node.value)
    ]


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_rule_code_in_views_or_liability(path: Path) -> None:
    """The diagram, checklist and liability code compare no rule code: what a rule
    implies is the catalogue's, what counts as a breach the profile's."""
    assert code_literals(path) == []


# -- rules explain --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LIVE)
def test_explain_names_the_implementing_function(code: str) -> None:
    where = implemented_by(code)
    assert where is not None
    module, function = where.split(":")
    source = (ROOT / module).read_text(encoding="utf-8")
    assert re.search(rf"^def {function}\(", source, re.M)
    assert f'rule("{code}")' in source
    assert REGISTRY[code].check.__qualname__.split(".")[0] == function
    out = CliRunner().invoke(app, ["rules", "explain", code, "--lang", "en"])
    assert out.exit_code == 0
    assert f"implemented by `{where}`" in out.stdout.splitlines()[1]
    out = CliRunner().invoke(app, ["rules", "explain", DOCS[code].slug, "--lang", "ja"])
    assert f"実装: `{where}`" in out.stdout


# -- law in data ------------------------------------------------------------------------------------

#: What names a template or a statute's article in a string literal: 第 and a number (第6,
#: 第415条), "art. 415" / "arts. 176", or a template id alone ("000"–"004").
LAW = re.compile(r"第[0-9０-９]|\barts?\. ?\d|^00[0-4]$")
#: Python files that may: the data generated from the TOML files (it is that data) and
#: the synthetic chains for tests and benchmarks (test data, made for a template).
EXEMPT = (ROOT / "chain" / "profiles" / "_shipped_data.py", ROOT / "chain" / "testing")
LIBRARY = [
    p
    for p in sorted([*(ROOT / "chain").rglob("*.py"), *(ROOT / "chain_app").rglob("*.py")])
    if not any(p == e or e in p.parents for e in EXEMPT)
]


def law_in_code(path: Path) -> list[tuple[int, str]]:
    """String literals (documentation left out) citing an article or naming a template,
    and calls passing a literal ``article=``: the law a Python file states instead of
    reading it (formatting a clause's own ``article`` is no such statement)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and LAW.search(node.value)
    ]
    found += [
        (node.lineno, "article=")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and any(k.arg == "article" and isinstance(k.value, ast.Constant) for k in node.keywords)
    ]
    return found


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_id_or_article_in_python(path: Path) -> None:
    assert law_in_code(path) == []


def test_the_law_grep_finds_what_it_must(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        '"""Module docs may cite 第6."""\n'
        'x = "民法第415条"\ny = "000"\nz = Clause(article="6")\nw = "Civil Code art. 415"\n'
        'ok = ("0003", "tier 2", Clause(article=a), Field(description="第6"))\n',
        encoding="utf-8",
    )
    assert law_in_code(source) == [
        (2, "民法第415条"),
        (3, "000"),
        (5, "Civil Code art. 415"),
        (4, "article="),
    ]
