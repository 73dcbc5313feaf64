"""validate_chain checks a chain already read: what the editor calls after its row cache
has parsed the document, in place of a parsing hook in validate_bytes."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from chain.editor.document import check_document, load_document
from chain.editor.incremental import RowCache
from chain.format.read import parse_chain
from chain.report.json import to_json
from chain.validate import validate_bytes, validate_chain

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "sample_data").rglob("*.json") if ".expected" not in p.name)


@pytest.mark.parametrize("sample", SAMPLES[:4], ids=lambda p: str(p.relative_to(ROOT)))
def test_a_chain_read_gives_what_its_bytes_give(sample: Path) -> None:
    data = sample.read_bytes()
    whole = validate_bytes(data, path="x.json")
    read = validate_chain(parse_chain(data), path="x.json", data=data)
    assert to_json([read]) == to_json([whole])
    assert read.data is data and read.exit_code == whole.exit_code


def test_a_chain_without_a_template_is_a_problem_of_the_result() -> None:
    doc = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))
    del doc["contract"]["template"]
    result = validate_chain(parse_chain(json.dumps(doc).encode()))
    assert result.report is None and [p.type for p in result.problems] == ["template_missing"]
    assert validate_chain(parse_chain(json.dumps(doc).encode()), profile="000").report


def test_the_editor_checks_through_its_row_cache_and_validate_chain() -> None:
    doc, _chain = load_document((ROOT / "sample_data/000/faulty.json").read_bytes())
    rows = RowCache()
    first = check_document(doc, rows=rows)
    doc["parties"][1]["name"] = doc["parties"][1]["name"] + "（改）"
    again = check_document(doc, rows=rows)
    assert rows.reused > 0  # the rows that did not change were not validated again
    assert to_json([again]) == to_json([check_document(doc)])
    assert to_json([first]) != to_json([again])


def test_validate_bytes_takes_no_parsing_hook() -> None:
    assert "parse" not in inspect.signature(validate_bytes).parameters
