"""The script that says Streamlit's own words in Japanese holds the fixed tables and the
language only: nothing from the chain or the officer goes into it."""

from __future__ import annotations

import json
import re

from chain_app.streamlit_words import PATTERNS, WORDS, script


def test_the_script_is_the_fixed_tables_and_the_language() -> None:
    ja, en = script("ja"), script("en")
    assert 'const lang = "ja";' in ja and 'const lang = "en";' in en
    assert script("<img src=x>") == en  # anything else is English, never written in
    assert json.dumps(WORDS, ensure_ascii=False) in ja
    assert ja.replace('"ja";', '"en";', 1) == en


def test_the_words_are_streamlits_own_and_japanese() -> None:
    for english, japanese in WORDS.items():
        assert english.isascii() and not japanese.isascii(), english
    assert WORDS["Select all"] == "すべて選択" and WORDS["Add row"] == "行を追加"
    per_file, to = PATTERNS[0]
    assert re.sub(per_file.replace("$1", ""), to.replace("$1", r"\1"), "64MB per file") == (
        "1ファイル 64MB まで"
    )
