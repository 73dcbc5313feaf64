"""How a clause of a template reads in a citation's label: one space between its pieces."""

from __future__ import annotations

import pytest

from chain.profiles.citations import Clause, template_citation


@pytest.mark.parametrize(
    ("clause", "ja", "en"),
    [
        ({"section": "再委託の承認基準"}, "city 「再委託の承認基準」", "city “再委託の承認基準”"),
        (
            {"part": "様式1", "section": "履行体系図"},
            "city 様式1「履行体系図」",
            "city 様式1 “履行体系図”",
        ),
        ({"article": "6", "paragraph": "2"}, "city 第6条第2項（再委託）", "city art. 6(2)"),
    ],
)
def test_a_label_has_single_spaces(clause: dict, ja: str, en: str) -> None:
    c = template_citation(
        Clause.model_validate(clause),
        profile="city",
        document="city.txt",
        article_suffix="条",
        headings={"6": "再委託"},
    )
    assert (c.label.ja, c.label.en) == (ja, en)
    assert "  " not in c.label.en
