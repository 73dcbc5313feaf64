"""The chain as an Excel workbook: export, import, the template, CSV, hostile workbooks."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from chain.cases.canonical import canonical
from chain.editor.workbook import (
    decode_cell,
    encode_cell,
    export_workbook,
    import_csv,
    import_workbook,
    normalise_header,
    template_workbook,
)
from chain.format.limits import Limits
from chain.profiles import load_profile
from chain.testing.synthetic import Spec, generate
from tests.support.injection import INVISIBLE, hidden_chain, load_corpus, payload_chain

ROOT = Path(__file__).resolve().parents[1]
COMPLIANT = ROOT / "sample_data/000/compliant.json"
SAMPLES = sorted(
    p
    for p in (ROOT / "sample_data").rglob("*.json")
    if "expected" not in p.name and "profiles" not in p.parts
)
SIGNS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _round_trip(doc: dict[str, Any]) -> dict[str, Any]:
    back, problems = import_workbook(export_workbook(doc))
    assert problems == []
    assert back is not None
    return back


def _book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _xlsx(sheets: dict[str, list[list[Any]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


# --- round trip ------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_sample_comes_back_the_same(path: Path) -> None:
    doc = _load(path)
    if not isinstance(doc, dict) or "parties" not in doc:
        pytest.skip("not a chain")
    assert canonical(_round_trip(doc)) == canonical(doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parties=st.integers(2, 25),
    seed=st.integers(0, 10_000),
    fault_rate=st.sampled_from([0.0, 0.3]),
    pathological=st.booleans(),
    depth=st.integers(1, 5),
)
def test_generated_chains_come_back_the_same(
    parties: int, seed: int, fault_rate: float, pathological: bool, depth: int
) -> None:
    spec = Spec(
        parties=parties, seed=seed, fault_rate=fault_rate, pathological=pathological, depth=depth
    )
    doc = generate(spec).doc
    assert canonical(_round_trip(doc))[1] == canonical(doc)[1]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_survives_a_cell(text: str) -> None:
    assert decode_cell(encode_cell(text), False) == text
    assert decode_cell(encode_cell([text, text]), True) == [text, text]
    assert not encode_cell(text).startswith(SIGNS)


def test_odd_values_ride_in_the_hidden_column() -> None:
    doc = _load(COMPLIANT)
    doc["workers"][0]["count"] = "3人"  # text where a number belongs: kept as typed
    doc["parties"][1]["parent"] = {"party": "city", "voting_share_percent": 50.0}
    doc["delegations"][0]["personal_data"] = []
    doc["delegations"][0]["protection"]["contract_copy"] = "yes"
    doc["places"].append({})
    doc["places"].append(None)
    doc["extra_top"] = {"kept": [1, 2], "hidden": "\x1b=\u202e<U+0041>"}
    doc["workers"][1]["count"] = ["\x1b=x"]  # in _extra, with a control character
    doc["places"].append(-5)
    doc["parties"][0]["unknown"] = '=HYPERLINK("x")\u2066'
    del doc["$schema"]
    assert canonical(_round_trip(doc)) == canonical(doc)


def test_documents_of_delegations_sharing_an_id_stay_with_theirs() -> None:
    doc = _load(COMPLIANT)
    doc["delegations"][1]["id"] = doc["delegations"][0]["id"]
    doc["delegations"].append({"delegator": "minato", "delegate": "hokuto", "documents": []})
    assert canonical(_round_trip(doc)) == canonical(doc)


# --- the exported workbook -------------------------------------------------------------


def test_sheets_headers_and_drop_downs() -> None:
    book = _book(export_workbook(_load(COMPLIANT)))
    assert book.sheetnames == [
        "案件",
        "事業者",
        "委託関係",
        "書類",
        "従事者",
        "場所",
        "体制一覧",
        "コード",
    ]
    assert book["コード"].sheet_state == "hidden"
    ws = book["委託関係"]
    headers = [c.value for c in ws[1]]
    # 000 requires the eight application items: marked 「※」 and filled
    assert "※期間（終了）" in headers and "委託元（ID）" in headers
    assert ws.cell(1, headers.index("※期間（終了）") + 1).fill.fgColor.rgb.endswith("FFE699")
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["P"].hidden  # _extra
    formulas = {
        str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation
    }
    assert formulas["B2"].startswith("'事業者'!$A$2")  # delegator: the parties' ids
    kinds = {str(dv.sqref): dv.formula1 for dv in book["事業者"].data_validations.dataValidation}
    assert any(f.startswith("'コード'!") for f in kinds.values())
    docs = [c.value for c in book["書類"][1]]
    assert docs[0] == "委託関係ID"
    assert book["書類"].cell(2, 1).value == "d-hokuto"
    assert book["事業者"].cell(3, 2).value == "事業者"  # kinds shown by their label


def test_overview_is_indented_by_tier() -> None:
    ws = _book(export_workbook(_load(COMPLIANT)))["体制一覧"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["発注者", "1次", "2次", "3次"]
    assert rows[3][1] == "有限会社さくらパンチ" and rows[3][4] == "d-sakura"
    assert [ws.cell(i, 2).alignment.indent for i in range(3, 6)] == [1, 2, 3]


def test_overview_is_never_read_back_nor_a_typed_tier() -> None:
    data = export_workbook(_load(COMPLIANT))
    book = _book(data)
    book["体制一覧"]["B3"] = "書き換えた名前"
    ws = book["事業者"]
    ws.cell(1, ws.max_column + 1, "階層")
    ws.cell(2, ws.max_column, "5次")
    buf = io.BytesIO()
    book.save(buf)
    back, problems = import_workbook(buf.getvalue())
    assert [(p.type, p.where) for p in problems] == [("tier_ignored", "事業者!R1 階層")]
    assert all(p.is_note for p in problems)
    assert canonical(back) == canonical(_load(COMPLIANT))


@pytest.mark.parametrize("payload", load_corpus())
def test_injection_corpus_stays_text(payload: str) -> None:
    doc = payload_chain(payload)
    data = export_workbook(doc)
    book = openpyxl.load_workbook(io.BytesIO(data))
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                assert cell.data_type == "s", (ws.title, cell.coordinate)
                assert not str(cell.value).startswith(SIGNS), (ws.title, cell.coordinate)
                assert not INVISIBLE.search(str(cell.value)), (ws.title, cell.coordinate)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not any("<f>" in z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert canonical(_round_trip(doc)) == canonical(doc)


def test_every_hidden_character_comes_back() -> None:
    doc = hidden_chain()
    assert canonical(_round_trip(doc)) == canonical(doc)


# --- import: headers, CSV ---------------------------------------------------------------


PARTIES = [
    ["事業者ID", "種別", "名称"],
    ["city", "発注者（自治体）", "青葉市"],
    ["minato", "company", "株式会社みなと"],
]


def test_headers_compared_loosely_english_and_field_names() -> None:
    data = _xlsx(
        {
            "契約": [["Title", "municipality (id)", "contractor"], ["件名", "city", "minato"]],
            "事業者": PARTIES,
            "delegations": [
                ["id", "委託元(ID)", "委託先 （ ＩＤ ）", "期間(終了)", "period_start"],
                ["d1", "minato", "city", "2026-03-31", "2025-04-01"],
            ],
        }
    )
    doc, problems = import_workbook(data)
    assert problems == []
    assert doc is not None
    assert doc["contract"] == {"title": "件名", "municipality": "city", "contractor": "minato"}
    assert doc["parties"][0] == {"id": "city", "kind": "municipality", "name": "青葉市"}
    assert doc["delegations"] == [
        {
            "id": "d1",
            "delegator": "minato",
            "delegate": "city",
            "period": {"start": "2025-04-01", "end": "2026-03-31"},
        }
    ]
    assert normalise_header("※ 期間［終了］") == "期間終了"


def test_numbers_and_dates_typed_in_excel_come_as_text() -> None:
    import datetime

    data = _xlsx(
        {
            "案件": [["契約件名", "契約締結日"], ["x", datetime.datetime(2025, 3, 10)]],
            "従事者": [["ID", "人数", "所属（ID）"], ["w1", 3, 12]],
        }
    )
    doc, problems = import_workbook(data)
    assert problems == []
    assert doc is not None
    assert doc["contract"]["signed_on"] == "2025-03-10"
    assert doc["workers"] == [{"id": "w1", "count": 3, "party": "12"}]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "shift_jis"])
def test_csv_in_every_encoding(encoding: str) -> None:
    text = "\r\n".join(",".join(r) for r in PARTIES) + "\r\n"
    doc, problems = import_csv({"事業者.csv": text.encode(encoding)})
    assert problems == []
    assert doc is not None
    assert doc["parties"][1] == {"id": "minato", "kind": "company", "name": "株式会社みなと"}


def test_csv_undecodable_is_located() -> None:
    _doc, problems = import_csv({"事業者.csv": b"\xff\xfe\x00\x81\xff"})
    assert [(p.type, p.sheet) for p in problems] == [("csv_encoding", "事業者")]


# --- import: problems -------------------------------------------------------------------


def test_formula_refused_and_located() -> None:
    data = _xlsx(
        {
            "事業者": PARTIES,
            "委託関係": [["ID", "委託元（ID）", "期間（終了）"], ["d1", "minato", "=TODAY()"]],
        }
    )
    doc, problems = import_workbook(data)
    (p,) = problems
    assert (p.type, p.where, p.line, p.column) == (
        "formula_refused",
        "委託関係!R2 期間（終了）",
        2,
        3,
    )
    assert p.message.ja.startswith("委託関係!R2 期間（終了）: 数式は読みません")
    assert p.input == "=TODAY()"
    assert doc is not None and "period" not in doc["delegations"][0]


def test_formula_in_a_header_refused() -> None:
    _, problems = import_workbook(_xlsx({"事業者": [["ID", '=CONCAT("名","称")'], ["a", "b"]]}))
    assert [(p.type, p.where, p.column) for p in problems] == [("formula_refused", "事業者!R1", 2)]


def test_the_same_chain_gives_the_same_file() -> None:
    doc = _load(COMPLIANT)
    assert export_workbook(doc) == export_workbook(json.loads(json.dumps(doc)))


def test_unknown_sheet_noted_unknown_column_reported() -> None:
    data = _xlsx({"事業者": [[*PARTIES[0], "好きな列"], [*PARTIES[1], "x"]], "メモ": [["a"]]})
    _doc, problems = import_workbook(data)
    assert [(p.type, p.where, p.is_note) for p in problems] == [
        ("unknown_column", "事業者!R1 好きな列", False),
        ("sheet_ignored", "メモ", True),
    ]


def test_document_linked_to_an_unknown_delegation() -> None:
    data = _xlsx(
        {
            "委託関係": [["ID"], ["d1"]],
            "書類": [["委託関係ID", "種類"], ["d1", "承諾書"], ["d9", "application"]],
        }
    )
    doc, problems = import_workbook(data)
    assert [(p.type, p.where, p.input) for p in problems] == [
        ("link_unknown", "書類!R3 委託関係ID", "d9")
    ]
    assert doc is not None and len(doc["delegations"][0]["documents"]) == 1


def test_more_than_one_contract_row() -> None:
    data = _xlsx({"案件": [["契約件名"], ["a"], ["b"]]})
    _doc, problems = import_workbook(data)
    assert [(p.type, p.where) for p in problems] == [("contract_rows", "案件!R3")]


def test_not_a_workbook_and_too_large() -> None:
    _, problems = import_workbook(b"not a zip")
    assert [p.type for p in problems] == ["workbook_unreadable"]
    big = export_workbook(_load(COMPLIANT))
    _, problems = import_workbook(big, limits=Limits(max_bytes=1000))
    assert [p.type for p in problems] == ["too_large"]


def test_absurd_row_counts_are_refused() -> None:
    rows = [["ID", "名称"], *([f"p{i}", "x"] for i in range(30))]
    doc, problems = import_workbook(_xlsx({"事業者": rows}), limits=Limits(max_parties=10))
    assert doc is None
    assert [(p.type, p.where) for p in problems] == [("too_many_rows", "事業者!R12")]


def test_a_flood_of_formulas_is_counted_not_listed() -> None:
    rows = [["ID", "名称"], *(["=1", "=2"] for _ in range(600))]
    _, problems = import_workbook(_xlsx({"事業者": rows}))
    assert len(problems) == 1001
    assert problems[-1].type == "more_problems" and "200" in problems[-1].message.en


def test_zip_bomb_refused_before_reading() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    _, problems = import_workbook(buf.getvalue(), limits=Limits(max_bytes=100_000))
    assert [p.type for p in problems] == ["too_large"]


# --- the template ------------------------------------------------------------------------


def test_template_marks_the_profiles_items_and_fills_the_contract() -> None:
    book = _book(template_workbook(load_profile("001"), _load(COMPLIANT)))
    assert book.sheetnames == ["案件", "事業者", "委託関係", "書類", "従事者", "場所", "コード"]
    heads = [c.value for c in book["委託関係"][1]]
    assert "※業務の内容" in heads and "※必要とする理由" in heads
    assert "期間（終了）" in heads  # 001 does not ask for the period
    assert book["委託関係"].max_row == 1
    contract = {c.value: book["案件"].cell(2, i + 1).value for i, c in enumerate(book["案件"][1])}
    assert contract["契約件名"] == "令和7年度 市民税・県民税課税資料データ入力業務委託"
    empty = _book(template_workbook(load_profile("000")))
    assert empty["案件"]["C2"].value == "000"


# --- the command line ---------------------------------------------------------------------


def _run(*args: str):
    from chain.cli import build_app

    return CliRunner().invoke(build_app(), list(args))


def test_cli_export_import_template(tmp_path: Path) -> None:
    xlsx, out = tmp_path / "c.xlsx", tmp_path / "c.json"
    assert _run("workbook", "export", str(COMPLIANT), "-o", str(xlsx)).exit_code == 0
    result = _run("workbook", "import", str(xlsx), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert canonical(json.loads(out.read_text(encoding="utf-8"))) == canonical(_load(COMPLIANT))
    tpl = tmp_path / "t.xlsx"
    assert _run("workbook", "template", "--profile", "000", "-o", str(tpl)).exit_code == 0
    result = _run("workbook", "import", str(tpl), "--format", "json")
    assert result.exit_code == 2
    answer = json.loads(result.stdout)
    where = {p.get("where") for p in answer["problems"]}
    assert "案件!R2 受託者（ID）" in where


def test_cli_import_errors_found_and_refused(tmp_path: Path) -> None:
    doc = _load(ROOT / "sample_data/000/compliant.json")
    doc["delegations"][0]["documents"] = []
    xlsx = tmp_path / "c.xlsx"
    xlsx.write_bytes(export_workbook(doc))
    result = _run("workbook", "import", str(xlsx), "-f", "json")
    assert result.exit_code == 1
    codes = {f["code"] for f in json.loads(result.stdout)["report"]["files"][0]["findings"]}
    assert "DLG001" in codes
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(_xlsx({"事業者": [["ID"], ["=A1"]]}))
    out = tmp_path / "never.json"
    result = _run("workbook", "import", str(bad), "-o", str(out), "-f", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["problems"][0]["type"] == "formula_refused"
    assert not out.exists()


def test_cli_reads_a_folder_of_csv(tmp_path: Path) -> None:
    (tmp_path / "事業者.csv").write_bytes(
        ("\r\n".join(",".join(r) for r in PARTIES)).encode("cp932")
    )
    (tmp_path / "案件.csv").write_text(
        "契約件名,発注者（ID）,受託者（ID）,特記事項のテンプレート\nx,city,minato,000\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "c.json"
    result = _run("workbook", "import", str(tmp_path), "-o", str(out), "-f", "json")
    assert result.exit_code == 2  # the contract has no period: located at its first column
    (problem,) = json.loads(result.stdout)["problems"]
    assert (problem["pointer"], problem["where"]) == (
        "/contract/period",
        "案件!R2 契約期間（開始）",
    )
    assert not out.exists()
    (tmp_path / "案件.csv").write_text(
        "契約件名,発注者（ID）,受託者（ID）,特記事項のテンプレート,契約期間（開始）,契約期間（終了）\n"
        "x,city,minato,000,2025-04-01,2026-03-31\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "c.json"
    result = _run("workbook", "import", str(tmp_path), "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    assert json.loads(out.read_text(encoding="utf-8"))["contract"]["contractor"] == "minato"


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["ID", "名称", "種別", "委託関係ID", "_extra", "_document", "_position"]),
    st.sampled_from(["{", "[1]", "null", "'=x", "<U+0000>", "<U+FFFFFF>", "1e999", "-0"]),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.booleans(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["案件", "事業者", "委託関係", "書類", "従事者", "場所", "体制一覧", "x"]),
        st.lists(st.lists(_CELLS, max_size=6), max_size=6),
        max_size=4,
    )
)
def test_any_workbook_gives_a_chain_or_problems_never_a_traceback(
    sheets: dict[str, list[list[Any]]],
) -> None:
    from openpyxl.utils.exceptions import IllegalCharacterError

    clean = {
        name: [[c if not isinstance(c, str) else c.replace("\x00", "") for c in r] for r in rows]
        for name, rows in sheets.items()
    }
    try:
        data = _xlsx(clean) if clean else _xlsx({"x": []})
    except IllegalCharacterError:
        return
    doc, problems = import_workbook(data)
    assert doc is not None or problems
    if doc is not None:
        json.dumps(doc)
        from chain.validate import validate_bytes

        validate_bytes(json.dumps(doc).encode("utf-8"))
