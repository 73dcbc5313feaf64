"""Identity of parties: 法人番号 (corporate number) and name comparison.

A 法人番号 has 13 digits; the first is a check digit computed from the other
twelve (国税庁「法人番号の指定等に関する省令」第2条):

    check = 9 - (Σ P_n × Q_n mod 9),  n = 1..12 counted from the last digit,
    Q_n = 1 for odd n, 2 for even n.

>>> corporate_number_problem("7000012050002") is None   # 国税庁
True
>>> corporate_number_problem("1000012050002")
'check_digit'
>>> normalize_name("ＡＢＣ　株式会社") == normalize_name("ABC株式会社")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "check_digit",
    "corporate_number_problem",
    "normalize_corporate_number",
    "normalize_name",
    "normalize_term",
]

_SEPARATORS = re.compile(r"[\s\-‐－ー−]")
_SPACES = re.compile(r"\s+")


def normalize_corporate_number(raw: str) -> str:
    """NFKC, then drop spaces and hyphens people type between digit groups."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))


def check_digit(base12: str) -> int:
    """Check digit for the twelve base digits of a 法人番号: weights 1 and 2 in turn,
    starting from the last digit."""
    digits = base12.encode("ascii") if base12.isascii() else None
    if digits is not None and len(digits) == 12 and base12.isdigit():
        # The same sum on the bytes (b"0" is 48): no int() per digit.
        total = sum(digits[1::2]) + 2 * sum(digits[0::2]) - 48 * 18
        return 9 - total % 9
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return 9 - total % 9


@lru_cache(maxsize=16_384)
def corporate_number_problem(raw: str) -> str | None:
    """``None`` when valid, else ``"format"`` (not 13 digits) or ``"check_digit"``."""
    # Thirteen ASCII digits, the usual form, are left as they are by the normalising.
    num = raw if len(raw) == 13 and raw.isascii() else normalize_corporate_number(raw)
    if len(num) != 13 or not num.isascii() or not num.isdigit():
        return "format"
    if int(num[0]) != check_digit(num[1:]):
        return "check_digit"
    return None


@lru_cache(maxsize=16_384)
def normalize_name(name: str) -> str:
    """Form used to compare names: NFKC, spaces removed, case folded.

    Officers type the same company as 全角 or 半角, with or without spaces.
    The original text is always kept; this form is only for comparison.
    Cached: checks compare the same staff names and categories many times.
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", name)).casefold()


def normalize_term(term: str) -> str:
    """Form used to compare personal-data categories and staff names."""
    return normalize_name(term)
