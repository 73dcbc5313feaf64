"""法人番号 check digits and the name comparison used to spot one company twice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chain.format.identity import (
    check_digit,
    corporate_number_problem,
    normalize_corporate_number,
    normalize_name,
    normalize_term,
)


@pytest.mark.parametrize(
    ("base12", "digit"),
    [
        ("000012050002", 7),  # 国税庁 7000012050002
        ("010001234567", 4),
        ("020001234568", 2),
        ("000000000000", 9),  # a sum divisible by 9 gives 9, never 0
        ("000000000009", 9),
        ("000000000001", 8),
        ("000000000010", 7),  # second digit from the end weighs 2
    ],
)
def test_check_digit(base12: str, digit: int) -> None:
    assert check_digit(base12) == digit


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_makes_a_valid_number(base12: str) -> None:
    digit = check_digit(base12)
    assert 1 <= digit <= 9
    assert corporate_number_problem(f"{digit}{base12}") is None


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_is_the_weighted_sum_of_the_ordinance(base12: str) -> None:
    # 法人番号の指定等に関する省令 第2条: weights 1 and 2 in turn from the last digit,
    # the check digit is 9 minus the sum modulo 9. Full-width digits give the same.
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    assert check_digit(base12) == 9 - total % 9
    wide = base12.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert check_digit(wide) == 9 - total % 9


@given(
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    st.integers(min_value=0, max_value=9),
)
def test_any_other_leading_digit_is_wrong(base12: str, first: int) -> None:
    expected = "ok" if first == check_digit(base12) else "check_digit"
    assert (corporate_number_problem(f"{first}{base12}") or "ok") == expected


@pytest.mark.parametrize(
    "raw",
    [
        "7000012050002",
        "７００００１２０５０００２",  # full-width digits
        "7000-0120-50002",
        "7 0000 1205 0002",
        "７０００－０１２０－５０００２",  # full-width hyphen
        " 7000012050002 ",
    ],
)
def test_valid_numbers_in_the_forms_people_type(raw: str) -> None:
    assert corporate_number_problem(raw) is None
    assert normalize_corporate_number(raw) == "7000012050002"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("1000012050002", "check_digit"),
        ("8000012050002", "check_digit"),
        ("700001205000", "format"),  # 12 digits
        ("70000120500021", "format"),  # 14 digits
        ("700001205000A", "format"),
        ("", "format"),
        ("٧٠٠٠٠١٢٠٥٠٠٠٢", "format"),  # Arabic-Indic digits are digits, but not ours
        ("=7000012050002", "format"),  # a spreadsheet formula is not a number
    ],
)
def test_invalid_numbers(raw: str, problem: str) -> None:
    assert corporate_number_problem(raw) == problem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("株式会社ＫＩＴＡパンチ", "株式会社KITAパンチ"),  # full-width latin
        ("東和データ入力　株式会社", "東和データ入力株式会社"),  # full-width space
        ("東和 データ入力 株式会社", "東和データ入力株式会社"),
        ("ｶﾌﾞｼｷｶﾞｲｼｬﾐﾅﾄ", "カブシキガイシャミナト"),  # half-width katakana
        ("ABC Data Inc.", "abc data inc."),  # case
        ("第１データ株式会社", "第1データ株式会社"),
    ],
)
def test_names_that_compare_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("東和データ入力株式会社", "東和データサービス株式会社"),
        ("東和データ入力株式会社", "東和データ入力（株）"),  # abbreviations are not expanded
        ("渡辺 久美子", "渡部 久美子"),
    ],
)
def test_names_that_stay_different(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_original_text_is_not_changed() -> None:
    name = "株式会社ＫＩＴＡ　パンチ"
    normalize_name(name)
    assert name == "株式会社ＫＩＴＡ　パンチ"


@pytest.mark.parametrize(
    ("a", "b"),
    [("ﾒｰﾙｱﾄﾞﾚｽ", "メールアドレス"), ("氏 名", "氏名"), ("マイナンバー", "マイナンバー")],
)
def test_personal_data_categories_compare_like_names(a: str, b: str) -> None:
    assert normalize_term(a) == normalize_term(b)
