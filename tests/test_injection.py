"""Every payload of the injection corpus stays inert in every output, and nothing is lost.

For each payload (``tests/data/injection.txt``), a chain names a subcontractor
and a worker with it and gives it as a reason; the findings quoting it go
through the text, JSON and SARIF reports, the CSV and Excel downloads, the
liability report and the batch table. Outputs for people show it visibly
(invisible and direction-changing characters as their code points, no extra
lines), and CHN012 says where a name holds such characters; machine outputs
keep it exactly; spreadsheets never take it for a formula; SARIF messages
hold no link. The app is checked in ``tests/app/test_app_injection.py``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from support.injection import (
    CORPUS,
    HIDDEN,
    HIDDEN_CHARS,
    HIDDEN_NAMES,
    INVISIBLE,
    PAYLOADS,
    ROOT,
    SAMPLE,
    decode,
    hidden_chain,
    payload_chain,
)

from chain.batch import Batch, BatchItem
from chain.format.pointer import split
from chain.liability import assess
from chain.liability.text import to_document
from chain.liability.text import to_text as liability_text
from chain.report.json import to_json
from chain.report.sarif import to_sarif
from chain.report.spreadsheet import FORMULA_PREFIXES, findings_csv, findings_xlsx
from chain.report.text import summary_table, to_text
from chain.text import has_invisible, visible
from chain.validate import validate_bytes

BENIGN = "北斗入力センター株式会社"
#: A benign name that CHN012 reports as it reports a payload with an invisible character.
BENIGN_HIDDEN = "北斗入力\u200bセンター株式会社"

# A link, an image or an autolink in a SARIF plain text message (§3.11.6 and Markdown).
SARIF_LINK = re.compile(r"\]\(|\]\[|<[A-Za-z][A-Za-z0-9+.-]*:|https?://|www\.|@|\{\d+\}")


def _check(payload: str):
    data = json.dumps(payload_chain(payload), ensure_ascii=False).encode("utf-8")
    result = validate_bytes(data, path="payload.json")
    assert result.report is not None, [p.to_dict() for p in result.problems]
    return result


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _fact_values(findings: list[dict]) -> set[str]:
    out: set[str] = set()
    for f in findings:
        for v in f["facts"].values():
            if isinstance(v, str):
                out.add(v)
    return out


def test_corpus_is_read_as_documented() -> None:
    assert decode(r"a\x1bb\u202ec\U0001F3E2d\n\\N") == "a\x1bb\u202ec\U0001f3e2d\n\\N"
    assert len(PAYLOADS) == len(set(PAYLOADS)) >= 50
    text = "".join(PAYLOADS)
    # The categories the corpus is for: each is present.
    for needle in (
        '"',
        "{",
        "}",
        "<script>",
        "=HYPERLINK(",
        "＝",
        "+",
        "-",
        "@",
        "../",
        "\\\\",
        "\x1b",
        "\x00",
        "\u202e",
        "\u2066",
        "\n",
        "\r",
        "\t",
        "](",
        "\\N",
        "\u00ad",
        "\u034f",
        "\u061c",
        "\u180e",
        "\u3164",
        "\ufe0f",
        "\U000e0041",
        "\U000e0100",
        "<http",
        "][",
    ):
        assert needle in text, needle
    assert CORPUS.read_text(encoding="utf-8").startswith("# Injection corpus")


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_stays_data_in_every_output(payload: str) -> None:
    result = _check(payload)
    report = result.report
    codes = {(f.code, f.pointer) for f in report.findings}
    assert {
        ("DLG001", "/delegations/0"),
        ("STF006", "/workers/0/trained_on"),
        ("TIR001", "/delegations/1"),
    } <= codes
    # CHN012 at the name and the worker's name exactly when the payload holds a character
    # that does not show (the reason is no name: it is not reported).
    hidden = {(c, p) for c, p in codes if c == "CHN012"}
    assert hidden == (
        {("CHN012", "/parties/2/name"), ("CHN012", "/workers/0/name")}
        if has_invisible(payload)
        else set()
    )
    shown = visible(payload)

    # Text, both languages, full and brief: the payload visible, never raw; no extra lines.
    benign = _check(BENIGN_HIDDEN if hidden else BENIGN)
    for lang in ("ja", "en"):
        for verbose in (True, False):
            text = to_text([result], lang=lang, verbose=verbose)
            assert not INVISIBLE.search(text)
            assert shown in text
            assert text.count("\n") == to_text([benign], lang=lang, verbose=verbose).count("\n")

    # JSON keeps the exact text as data, and the wording shows it visibly.
    doc = json.loads(to_json([result]))
    findings = doc["files"][0]["findings"]
    assert payload in _fact_values(findings)
    dlg = next(f for f in findings if f["code"] == "DLG001")
    assert dlg["facts"]["delegate"] == payload and shown in dlg["message"]["ja"]

    # SARIF: valid JSON, one result per finding, wording visible, no link or placeholder.
    sarif = json.loads(to_sarif([result]))
    results = sarif["runs"][0]["results"]
    assert len(results) == len(report.findings)
    assert all(not HIDDEN.search(r["message"]["text"]) for r in results)
    # (A doubled brace is a literal one, §3.11.5.)
    assert all(
        not SARIF_LINK.search(r["message"]["text"].replace("{{", "").replace("}}", ""))
        for r in results
    )
    assert all("markdown" not in r["message"] for r in results)
    assert any(shown in r["properties"]["messageJa"] for r in results)

    # CSV: every cell text, none a formula, nothing invisible (a cell is one line); one row
    # per finding.
    rows = list(
        csv.reader(
            io.StringIO(
                findings_csv(report.findings, "ja", report.graph).decode("utf-8-sig"), newline=""
            )
        )
    )
    assert len(rows) == len(report.findings) + 1
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(FORMULA_PREFIXES) for c in cells)
    assert not any(HIDDEN.search(c) for c in cells)

    # Excel: text cells only, no formulas, same neutralised values.
    book = openpyxl.load_workbook(io.BytesIO(findings_xlsx(report.findings, "ja", report.graph)))
    sheet = book.active
    values = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n") and cell.data_type != "f"
            if cell.value not in (None, ""):
                values.append(cell.value)
                assert not str(cell.value).startswith(FORMULA_PREFIXES)
    assert Counter(values) == Counter(c for c in cells if c != "")

    # The liability report of an incident at the payload-named subcontractor.
    a = assess(report.graph, report.profile, "hokuto", findings=report.findings)
    for lang in ("ja", "en"):
        text = liability_text(a, report.graph, lang=lang, title=report.profile.title)
        assert not INVISIBLE.search(text) and shown in text
    document = json.loads(json.dumps(to_document(a, path=payload, profile_title="t")))
    assert document["file"] == payload
    assert any(payload in s for s in _strings(document["assessment"]))


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_in_refused_input_is_located_and_inert(payload: str) -> None:
    """As a misspelt field name and as a wrong value: located, quoted visibly, kept exactly."""
    doc = json.loads(json.dumps(SAMPLE))
    doc["parties"][1][payload] = "x"
    doc["workers"][1]["count"] = payload
    result = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), path=payload)
    assert result.exit_code == 2
    kinds = {(p.type, tuple(split(p.pointer))) for p in result.problems}
    assert ("extra_forbidden", ("parties", "1", payload)) in kinds
    count = next(p for p in result.problems if p.pointer == "/workers/1/count")
    assert count.input is not None and not INVISIBLE.search(count.input)
    for lang in ("ja", "en"):
        text = to_text([result], lang=lang)
        assert not INVISIBLE.search(text)
    out = json.loads(to_json([result]))["files"][0]
    assert out["path"] == payload
    assert {tuple(split(e["pointer"])) for e in out["errors"]} >= {("parties", "1", payload)}
    json.loads(to_sarif([result]))
    batch = Batch([BatchItem(result, 0, 0.0)])
    batch.summary.add(batch.items[0])
    table = summary_table(batch)
    assert not INVISIBLE.search(table) and visible(payload) in table


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"p{i:02d}" for i in range(len(PAYLOADS))])
def test_payload_as_template_name_is_quoted_visibly(payload: str) -> None:
    doc = json.loads(json.dumps(SAMPLE))
    doc["contract"]["template"] = payload[:100]
    result = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    ((pointer, kind),) = {(p.pointer, p.type) for p in result.problems}
    assert (pointer, kind) == ("/contract/template", "template_unknown")
    for lang in ("ja", "en"):
        assert not INVISIBLE.search(to_text([result], lang=lang))
    json.loads(to_sarif([result]))


# --- the whole class of hidden characters, and a profile's own words --------------------------


def test_every_hidden_character_is_shown_in_every_output() -> None:
    result = validate_bytes(json.dumps(hidden_chain(), ensure_ascii=False).encode("utf-8"))
    report = result.report
    assert report is not None
    named = {f.pointer: f for f in report.findings if f.code == "CHN012"}
    first = len(SAMPLE["parties"])
    assert set(named) == {f"/parties/{first + i}/name" for i in range(len(HIDDEN_NAMES))}
    # JSON keeps every character exactly; the code points are facts.
    doc = json.loads(to_json([result]))["files"][0]
    kept = [f["facts"] for f in doc["findings"] if f["code"] == "CHN012"]
    assert "".join(f["value"] for f in kept) == HIDDEN_CHARS
    assert [cp for f in kept for cp in f["code_points"]] == [
        f"U+{ord(c):04X}" for c in HIDDEN_CHARS
    ]
    every = [visible(name) for name in HIDDEN_NAMES]
    for lang in ("ja", "en"):
        text = to_text([result], lang=lang)
        assert not INVISIBLE.search(text)
        assert all(shown in text for shown in every)
    sarif = json.loads(to_sarif([result]))
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert not any(HIDDEN.search(m) for m in messages)
    assert all(any(shown in m for m in messages) for shown in every)
    table = findings_csv(report.findings, "ja", report.graph).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(table, newline="")) for c in row]
    assert not any(HIDDEN.search(c) for c in cells)
    assert all(any(shown in c for c in cells) for shown in every)
    book = openpyxl.load_workbook(io.BytesIO(findings_xlsx(report.findings, "ja", report.graph)))
    values = [str(c.value) for row in book.active.iter_rows() for c in row if c.value]
    assert not any(HIDDEN.search(v) for v in values)
    assert all(any(shown in v for v in values) for shown in every)
    a = assess(
        report.graph, report.profile, f"hid{len(HIDDEN_NAMES) - 1}", findings=report.findings
    )
    assert not INVISIBLE.search(liability_text(a, report.graph, lang="ja"))


#: What a profile's words carry in the profile test: controls, bidi, zero-width, a tag.
PROFILE_HIDDEN = "\x07\x1b[31m\u202e\u2066\u200b\U000e0041\ufe0f"


def hostile_profile(tmp_path) -> tuple[Path, str]:
    """Profile 000 with the whole class in its title and hidden characters in every article
    heading, item-list label and interpretation."""
    text = (ROOT / "chain/profiles/000.toml").read_text(encoding="utf-8")
    escaped = "".join(f"\\U{ord(c):08X}" for c in HIDDEN_CHARS)
    hidden = "".join(f"\\U{ord(c):08X}" for c in PROFILE_HIDDEN)
    title = "個人情報取扱特記事項（市・受託者）"
    text = text.replace(f'title = "{title}"', f'title = "{title}{escaped}"')
    add = lambda m: m.group(1) + hidden  # noqa: E731
    text = re.sub(r'^("\d+" = ".*)(?="$)', add, text, flags=re.M)  # [articles]
    text = re.sub(r'(label = \{ ja = ")', add, text)
    text = re.sub(r'((?:topic|interpretation) = \{ ja = ")', add, text)
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    return path, title + HIDDEN_CHARS


def test_a_profiles_words_are_shown_visibly(tmp_path) -> None:
    from typer.testing import CliRunner

    from chain.cli import app
    from chain.profiles.load import load_profile

    path, title = hostile_profile(tmp_path)
    profile = load_profile(str(path))
    assert profile.title == title
    chain = payload_chain(BENIGN)
    chain["delegations"][1]["documents"] = []  # a third tier without approval: more clauses
    data = json.dumps(chain, ensure_ascii=False).encode("utf-8")
    result = validate_bytes(data, path="chain.json", profile=profile)
    report = result.report
    assert report is not None and report.findings
    # (The Japanese clause labels carry the article headings; the English ones do not.)
    for lang in ("ja", "en"):
        text = to_text([result], lang=lang)
        assert not INVISIBLE.search(text)
        assert visible(title) in text and (lang == "en" or visible(PROFILE_HIDDEN) in text)
        a = assess(report.graph, report.profile, "sakura", findings=report.findings)
        shown = liability_text(a, report.graph, lang=lang, title=profile.title)
        assert not INVISIBLE.search(shown) and visible(title) in shown
        assert lang == "en" or visible(PROFILE_HIDDEN) in shown
    # The JSON keeps the title exactly.
    assert json.loads(to_json([result]))["files"][0]["profile"]["title"] == title
    sarif = json.loads(to_sarif([result]))
    assert not any(HIDDEN.search(r["message"]["text"]) for r in sarif["runs"][0]["results"])
    rows = findings_csv(report.findings, "ja", report.graph).decode("utf-8-sig")
    assert not HIDDEN.search(rows.replace("\r\n", "")) and visible(PROFILE_HIDDEN) in rows
    # The commands that print a profile's words: rules, validate, liability.
    runner = CliRunner()
    chain_file = tmp_path / "chain.json"
    chain_file.write_bytes(data)
    for args, shown in (
        (["rules", "--profile", str(path)], PROFILE_HIDDEN),
        (["validate", str(chain_file), "--profile", str(path)], PROFILE_HIDDEN),
        (["validate", str(chain_file), "--profile", str(path), "--lang", "en", "--brief"], title),
        (["liability", str(chain_file), "--at", "sakura", "--profile", str(path)], title),
    ):
        done = runner.invoke(app, args)
        assert done.exit_code in (0, 1), (args, done.output)
        assert not INVISIBLE.search(done.output), args
        assert visible(shown) in done.output, args


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "sample_data/000/compliant.json", "--profile"],
        ["rules", "--profile"],
    ],
)
def test_a_refused_profile_path_is_quoted_visibly(args: list[str]) -> None:
    from typer.testing import CliRunner

    from chain.cli import app

    done = CliRunner().invoke(app, [*args, "missing/evil\x1b[31m\u202e.toml"])
    assert done.exit_code == 2
    assert "evil<U+001B>[31m<U+202E>.toml" in done.output
    assert not INVISIBLE.search(done.output)


def test_sarif_plain_text_leaves_the_tools_own_wording_as_it_is() -> None:
    """Only quoted text changes: the catalogue's wording, and every message about a chain
    with ordinary names, read the same in SARIF as in the text output."""
    from chain.check.catalog import catalog
    from chain.check.wording import generic
    from chain.report.sarif import plain_text

    for doc in catalog().values():
        for words in (doc.title, doc.what, doc.why, doc.message, doc.fix):
            for lang in ("ja", "en"):
                assert plain_text(generic(words, lang)) == generic(words, lang), doc.code
    # Nor do the shipped catalogue and profiles hold a hidden character of their own.
    for path in [
        ROOT / "chain/check/catalog.toml",
        *sorted((ROOT / "chain/profiles").glob("*.toml")),
    ]:
        assert not HIDDEN.search(path.read_text(encoding="utf-8").replace("\n", "")), path.name
    faulty = (ROOT / "sample_data/000/faulty.json").read_bytes()
    result = validate_bytes(faulty, path="faulty.json")
    sarif = json.loads(to_sarif([result], lang="en"))
    assert [r["message"]["text"] for r in sarif["runs"][0]["results"]] == [
        f.message.en for f in result.report.findings
    ]


@pytest.mark.parametrize(
    ("quoted", "shown"),
    [
        ("[click](http://evil.invalid)", "［click］(http：//evil.invalid)"),
        ("![x](y.png)", "!［x］(y.png)"),
        ("[参照][1]", "［参照］［1］"),
        ("<http://evil.invalid>", "＜http：//evil.invalid＞"),
        ("www.evil.invalid と a@b.invalid", "www．evil.invalid と a＠b.invalid"),
        ("{0}{name}", "{{0}}{{name}}"),
        ("<script>", "＜script＞"),
        ("\u202e[x](1)", "<U+202E>［x］(1)"),
    ],
)
def test_sarif_messages_quote_input_inertly(quoted: str, shown: str) -> None:
    result = _check(quoted)
    sarif = json.loads(to_sarif([result]))
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any(shown in t for t in texts)
    assert not any(quoted in t for t in texts)
    # The exact text stays in the findings' JSON.
    assert quoted in _fact_values(json.loads(to_json([result]))["files"][0]["findings"])


def test_chn012_reads_every_name_and_id_an_officer_compares() -> None:
    """Each field CHN012 reads, holding a hidden character, is reported at its place with
    its table's label; the fields it does not read (a reason, an address, the application's
    staff list) are not."""
    doc = json.loads(json.dumps(SAMPLE))
    mark = "\u200b"
    party, delegation, worker, place = (
        doc["parties"][3],
        doc["delegations"][0],
        doc["workers"][1],
        doc["places"][0],
    )
    party["id"] += mark  # an id no delegation names any more: CHN004/CHN005 say so too
    for item, fields in (
        (party, ("name", "representative")),
        (delegation, ("id",)),
        (worker, ("id", "name")),
        (place, ("id", "name")),
    ):
        for field in fields:
            item[field] += mark
    place["provider"] = "クラウド" + mark
    delegation["responsibility"]["manager"] += mark
    delegation["responsibility"]["staff"][2] += mark  # not read: each is a worker too
    delegation["reason"] = "理由" + mark
    party["address"] += mark
    result = validate_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    found = {f.pointer: f for f in result.report.findings if f.code == "CHN012"}
    assert set(found) == {
        "/parties/3/id",
        "/parties/3/name",
        "/parties/3/representative",
        "/delegations/0/id",
        "/delegations/0/responsibility/manager",
        "/workers/1/id",
        "/workers/1/name",
        "/places/0/id",
        "/places/0/name",
        "/places/0/provider",
    }
    assert found["/places/0/provider"].place == place["id"]
    assert found["/parties/3/id"].party == party["id"]
    assert found["/workers/1/name"].worker == worker["id"]
    assert found["/delegations/0/responsibility/manager"].delegation == delegation["id"]
    labels = {p: f.facts["field"].ja for p, f in found.items()}
    assert labels["/places/0/provider"] == "作業場所・保管場所「クラウド事業者・サービス」"
    assert labels["/delegations/0/responsibility/manager"] == "委託（再委託・再々委託）「責任者」"
    assert all(f.facts["code_points"] == ["U+200B"] for f in found.values())
