"""chain.text: the one class of characters no output for people shows raw, and its visible form."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.injection import HIDDEN_CHARS

from chain.text import (
    CATEGORY_RANGES,
    HIDDEN_CATEGORIES,
    HIDDEN_RANGES,
    UNICODE_VERSION,
    category_ranges,
    code_points,
    excerpt,
    has_invisible,
    invisible_pattern,
    shown_as,
    visible,
)


def _members() -> set[int]:
    out: set[int] = set()
    for start, end in HIDDEN_RANGES:
        out.update(range(start, end + 1))
    return out


MEMBERS = _members()

#: Every character issue 11 names, and the default-ignorable ones its brief adds.
NAMED = [
    0x07,
    0x1B,
    0x00AD,
    0x034F,
    0x061C,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0x180E,
    0x3164,
    0xFE0F,
    *range(0xE0000, 0xE0080),
    0x115F,
    0x1160,
    0xFFA0,
    *range(0x180B, 0x1810),
    *range(0xFE00, 0xFE10),
    *range(0xE0100, 0xE01F0),
    0x200D,
    0x200B,
    0xFEFF,
    0x2028,
    0x2029,
    0xFFFE,
    0xFFFF,
    0xD800,
]

#: Characters that show as themselves, some of them unusual: none is in the class.
SHOWN = " ~aZ09\u3000ｶﾅ株式会社㈱Ａ＼［］\u3099\u0301\U0002000b\U0001f3e2\u00a0\u0600\u05d0\u0627"


@pytest.mark.skipif(
    unicodedata.unidata_version != UNICODE_VERSION,
    reason=f"CATEGORY_RANGES are those of Unicode {UNICODE_VERSION}",
)
def test_category_ranges_are_those_of_unicodedata() -> None:
    # If this fails after a Python upgrade, paste category_ranges() into CATEGORY_RANGES
    # and set UNICODE_VERSION.
    assert category_ranges() == CATEGORY_RANGES


def test_every_character_of_the_categories_is_in_the_class() -> None:
    for cp in range(0x110000):
        if unicodedata.category(chr(cp)) in HIDDEN_CATEGORIES:
            assert cp in MEMBERS, hex(cp)


def test_the_class_is_the_one_the_tests_work_out_on_their_own() -> None:
    independent = {ord(c) for c in HIDDEN_CHARS} | set(range(0xD800, 0xE000))
    assert independent == MEMBERS


@pytest.mark.parametrize("cp", NAMED, ids=lambda cp: f"U+{cp:04X}")
def test_each_named_character_is_in_the_class(cp: int) -> None:
    assert cp in MEMBERS
    assert visible(f"a{chr(cp)}b") == f"a<U+{cp:04X}>b"


def test_what_shows_is_not_in_the_class() -> None:
    # U+0600 is a format character (Cf) although it has a glyph: it is in the class.
    for c in SHOWN.replace("\u0600", ""):
        assert ord(c) not in MEMBERS, f"U+{ord(c):04X}"
    assert visible(SHOWN.replace("\u0600", "")) == SHOWN.replace("\u0600", "")


def test_visible_form() -> None:
    assert shown_as("\u202e") == "<U+202E>" and shown_as("\U000e0041") == "<U+E0041>"
    assert visible("北斗\u202e入力\x1b[31m\n") == "北斗<U+202E>入力<U+001B>[31m<U+000A>"
    text = "株式会社みなとデータサービス"
    assert visible(text) is text  # the fast path gives the text back as it is
    assert visible("𠀋\U0001f3e2") == "𠀋\U0001f3e2"  # beyond the BMP, nothing to show
    assert visible("𠀋\U000e0001") == "𠀋<U+E0001>"


def test_code_points_are_distinct_and_in_order() -> None:
    assert code_points("a\u200bb\u202ec\u200b\U000e0041") == ["U+200B", "U+202E", "U+E0041"]
    assert code_points("株式会社") == []
    assert has_invisible("x\u00ad") and not has_invisible("x\u3000y")


def test_excerpt_is_short_and_visible() -> None:
    assert excerpt("\u202e" * 100) == "<U+202E>" * 80 + "…"
    assert excerpt(None) == "None" and excerpt(["a\x07"]) == "['a\\x07']"


_SHOWN_FORM = re.compile(r"<U\+([0-9A-F]{4,6})>")


@given(
    st.text(
        alphabet=st.one_of(st.characters(blacklist_characters="<"), st.sampled_from(HIDDEN_CHARS)),
        max_size=60,
    )
)
def test_shown_text_holds_no_hidden_character_and_is_shown_once(text: str) -> None:
    shown = visible(text)
    assert not invisible_pattern().search(shown)
    assert visible(shown) == shown  # every output may show its lines again
    assert has_invisible(text) == (shown != text)
    # Each hidden character became its code point, and nothing else changed.
    assert _SHOWN_FORM.sub(lambda m: chr(int(m.group(1), 16)), shown) == text
