"""The dates a document requirement compares: months added as a calendar does."""

from datetime import date

import pytest

from chain.check.rules.doc_subjects import add_months


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        (date(2025, 4, 1), 6, date(2025, 10, 1)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # no 31 February: the month's last day
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2025, 11, 15), 2, date(2026, 1, 15)),
        (date(2025, 1, 31), 12, date(2026, 1, 31)),
    ],
)
def test_add_months(start: date, months: int, due: date) -> None:
    assert add_months(start, months) == due
