"""Dates as officers write them: ISO 8601 or Japanese era notation.

Accepted forms (after NFKC normalisation, so full-width digits and the
single-character era signs such as ㋿ work too):

- ``2025-04-01`` (ISO 8601, the canonical form the tool writes back)
- ``2025/4/1``, ``2025.4.1``, ``2025年4月1日``
- ``令和7年4月1日``, ``令和元年5月1日``, ``R7.4.1``, ``R07/04/01``, ``令7.4.1``

An era date must fall inside its era: ``平成31年5月1日`` is rejected because
that day is ``令和元年5月1日``.

>>> parse_date("令和７年４月１日")
datetime.date(2025, 4, 1)
>>> parse_date("R1.5.1")
datetime.date(2019, 5, 1)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

__all__ = ["ERAS", "JpDate", "format_era", "parse_date"]

# (name, latin initial, first day of the era)
ERAS: tuple[tuple[str, str, date], ...] = (
    ("明治", "M", date(1868, 1, 25)),
    ("大正", "T", date(1912, 7, 30)),
    ("昭和", "S", date(1926, 12, 25)),
    ("平成", "H", date(1989, 1, 8)),
    ("令和", "R", date(2019, 5, 1)),
)
_ERA_BY_KEY = {key: era for era in ERAS for key in (era[0], era[0][0], era[1])}

_SEP = r"\s*[年./\-]\s*"
_ERA_RE = re.compile(
    r"^(?P<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHR])\s*(?P<year>元|\d{1,3})"
    + _SEP
    + r"(?P<month>\d{1,2})\s*[月./\-]\s*(?P<day>\d{1,2})\s*日?$",
    re.IGNORECASE,
)
_WESTERN_RE = re.compile(
    r"^(?P<year>\d{4})" + _SEP + r"(?P<month>\d{1,2})\s*[月./\-]\s*(?P<day>\d{1,2})\s*日?$"
)
_MAX_INPUT = 40  # longer text cannot be a date; do not run regexes over it

ERA_PATTERN = (
    r"^\s*(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?"
    r"|(明治|大正|昭和|平成|令和|[明大昭平令MTSHRmtshr])\s*(元|\d{1,3})\s*[年./-]\s*\d{1,2}"
    r"\s*[月./-]\s*\d{1,2}\s*日?)\s*$"
)


def _date_error(text: str, reason_ja: str, reason_en: str) -> PydanticCustomError:
    return PydanticCustomError(
        "date_format",
        "Not a date: {input!r} ({reason_en}). Write 2025-04-01 or 令和7年4月1日.",
        {"input": text[:_MAX_INPUT], "reason_ja": reason_ja, "reason_en": reason_en},
    )


def parse_date(text: str) -> date:
    """Parse an ISO or Japanese-era date, raising ``PydanticCustomError`` on failure."""
    if len(text) > _MAX_INPUT:
        raise _date_error(text, "長すぎます", "too long")
    norm = unicodedata.normalize("NFKC", text).strip()
    try:
        return date.fromisoformat(norm)
    except ValueError:
        pass
    m = _WESTERN_RE.match(norm)
    if m:
        return _make(text, int(m["year"]), int(m["month"]), int(m["day"]))
    m = _ERA_RE.match(norm)
    if not m:
        raise _date_error(text, "形式が読み取れません", "unrecognised form")
    name, _initial, first = _ERA_BY_KEY[m["era"].upper() if m["era"].isascii() else m["era"]]
    year_in_era = 1 if m["year"] == "元" else int(m["year"])
    if year_in_era < 1:
        raise _date_error(text, f"{name}0年はありません", f"there is no year 0 of {name}")
    result = _make(text, first.year + year_in_era - 1, int(m["month"]), int(m["day"]))
    nxt = next((e[2] for e in ERAS if e[2] > first), None)
    if result < first or (nxt is not None and result >= nxt):
        last = "" if nxt is None else (nxt - timedelta(days=1)).isoformat()
        span = f"{first.isoformat()}〜{last}"
        raise _date_error(
            text,
            f"{name}の期間（{span}）外の日付です",
            f"outside the {name} era ({first.isoformat()} to {last or 'today'})",
        )
    return result


def _make(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _date_error(text, "存在しない日付です", "no such day") from None


def format_era(value: date) -> str:
    """Render a date in Japanese era notation, e.g. ``令和7年4月1日``.

    >>> format_era(date(2019, 5, 1))
    '令和元年5月1日'
    """
    for name, _initial, first in reversed(ERAS):
        if value >= first:
            y = value.year - first.year + 1
            return f"{name}{'元' if y == 1 else y}年{value.month}月{value.day}日"
    return value.isoformat()


class _JpDateAnnotation:
    """Pydantic type: ISO dates validate in Rust; anything else falls back to era parsing."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: Any, _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        fallback = core_schema.chain_schema(
            [
                core_schema.str_schema(max_length=_MAX_INPUT * 4),
                core_schema.no_info_plain_validator_function(parse_date),
            ]
        )
        # Labels starting with "@" mark union branches; error locations drop them.
        return core_schema.union_schema(
            [(core_schema.date_schema(strict=True), "@iso"), (fallback, "@era")],
            mode="left_to_right",
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda v: v.isoformat(), when_used="json"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, _schema: core_schema.CoreSchema, _handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {
            "type": "string",
            "anyOf": [{"format": "date"}, {"pattern": ERA_PATTERN}],
            "description": "ISO 8601 date (2025-04-01) or Japanese era date (令和7年4月1日, R7.4.1).",
            "examples": ["2025-04-01", "令和7年4月1日"],
        }


#: Annotated date type for models: accepts ISO and era notation, serialises as ISO.
JpDate = Annotated[date, _JpDateAnnotation]
