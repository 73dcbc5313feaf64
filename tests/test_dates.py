"""Dates as officers write them: ISO and Japanese era notation (chain.format.dates)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from chain.format.dates import ERAS, format_era, parse_date
from chain.format.problems import ChainInputError
from chain.format.read import parse_chain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-01", date(2025, 4, 1)),
        ("2025/4/1", date(2025, 4, 1)),
        ("2025.4.1", date(2025, 4, 1)),
        ("2025年4月1日", date(2025, 4, 1)),
        ("2025年04月01日", date(2025, 4, 1)),
        ("令和7年4月1日", date(2025, 4, 1)),
        ("令和 7 年 4 月 1 日", date(2025, 4, 1)),
        ("R7.4.1", date(2025, 4, 1)),
        ("r7.4.1", date(2025, 4, 1)),
        ("R07/04/01", date(2025, 4, 1)),
        ("R7-4-1", date(2025, 4, 1)),
        ("令7.4.1", date(2025, 4, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("S64.1.7", date(1989, 1, 7)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("明治6年1月1日", date(1873, 1, 1)),
        ("令和6年2月29日", date(2024, 2, 29)),
    ],
)
def test_accepted_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("令和元年12月31日", date(2019, 12, 31)),
    ],
)
def test_first_year_of_an_era(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和７年４月１日", date(2025, 4, 1)),  # full-width digits
        ("２０２５－０４－０１", date(2025, 4, 1)),  # full-width ISO
        ("Ｒ７．４．１", date(2025, 4, 1)),  # full-width initial and dots
        ("㋿7年4月1日", date(2025, 4, 1)),  # the one-character era sign
        ("令和元年５月１日", date(2019, 5, 1)),
    ],
)
def test_full_width_and_era_signs(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("平成31年5月1日", "outside"),  # that day is 令和元年5月1日
        ("平成32年1月1日", "outside"),
        ("昭和64年1月8日", "outside"),  # that day is 平成元年1月8日
        ("令和元年4月30日", "outside"),  # 令和 began on 1 May 2019
        ("大正元年7月29日", "outside"),
        ("令和0年5月1日", "year 0"),
        ("令和7年2月29日", "no such day"),
        ("R7.13.1", "no such day"),
        ("2025-02-30", "no such day"),
        ("令和7年4月", "unrecognised"),
        ("明日", "unrecognised"),
        ("2025", "unrecognised"),
        ("X7.4.1", "unrecognised"),
        ("=DATE(2025,4,1)", "unrecognised"),
        ("2" * 50, "too long"),
    ],
)
def test_rejected_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(PydanticCustomError) as exc:
        parse_date(text)
    assert exc.value.type == "date_format"
    ctx = exc.value.context or {}
    assert reason in ctx["reason_en"]
    assert ctx["reason_ja"]
    assert len(ctx["input"]) <= 40  # what is echoed back is bounded


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(2025, 4, 1), "令和7年4月1日"),
    ],
)
def test_format_era(value: date, text: str) -> None:
    assert format_era(value) == text


# Up to 令和99年: era years are read with at most two digits.
@given(st.dates(min_value=ERAS[0][2], max_value=date(2117, 12, 31)))
def test_era_round_trip(value: date) -> None:
    assert parse_date(format_era(value)) == value


def _chain_with(start: object) -> bytes:
    chain = {
        "format": "subcontract-chain",
        "version": "1.0",
        "contract": {
            "title": "令和7年度 データ入力業務委託",
            "municipality": "city",
            "contractor": "co",
            "period": {"start": start, "end": "令和8年3月31日"},
        },
        "parties": [
            {"id": "city", "kind": "municipality", "name": "緑川市"},
            {"id": "co", "kind": "company", "name": "株式会社あおば情報システム"},
        ],
    }
    return json.dumps(chain, ensure_ascii=False).encode("utf-8")


def test_chain_dates_are_read_in_either_notation() -> None:
    chain = parse_chain(_chain_with("R7.4.1"))
    assert chain.contract.period.start == date(2025, 4, 1)
    assert chain.contract.period.end == date(2026, 3, 31)
    # Written back in the canonical ISO form.
    assert chain.model_dump(mode="json")["contract"]["period"]["start"] == "2025-04-01"


@pytest.mark.parametrize(
    ("value", "kind"),
    [("平成31年5月1日", "date_format"), ("2025/02/30", "date_format"), (20250401, "date_type")],
)
def test_bad_chain_date_points_at_its_place(value: object, kind: str) -> None:
    with pytest.raises(ChainInputError) as exc:
        parse_chain(_chain_with(value))
    [problem] = exc.value.problems
    assert problem.pointer == "/contract/period/start"
    assert problem.type == kind
    assert problem.input == str(value)
