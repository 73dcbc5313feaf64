"""The app's message table: every text in both languages, each used, each filled alike."""

from __future__ import annotations

import re
import string

from appdriving import ROOT

from chain_app.i18n import MESSAGES

SOURCES = [ROOT / "streamlit_app.py", *sorted((ROOT / "chain_app").rglob("*.py"))]
# Keys built at run time: f"nav.{name}", f"checklist.kind_{item.kind}".
DYNAMIC = re.compile(r"^(nav\.\w+|checklist\.kind_\w+)$")


def _sources() -> str:
    return "\n".join(p.read_text("utf-8") for p in SOURCES)


def _used() -> set[str]:
    """Keys passed to t() directly."""
    return set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", _sources()))


def _mentioned() -> set[str]:
    """Every string literal that looks like a key (keys also travel in tables and ternaries)."""
    return set(re.findall(r"""["']([a-z]+\.[a-z_]+)["']""", _sources()))


def _fields(template: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(template) if f}


def _facts(template: str) -> set[str]:
    return {f for f in _fields(template) if not f.startswith("term.")}


def test_every_key_used_exists():
    assert _used() - set(MESSAGES) == set()


def test_every_message_is_used():
    unused = {k for k in MESSAGES if k not in _mentioned() and not DYNAMIC.match(k)}
    assert unused == set()


def test_both_languages_take_the_same_values():
    for key, text in MESSAGES.items():
        assert text.ja.strip() and text.en.strip(), key
        # A term ({term.KEY}) is the profile's word: a language may say it or not.
        assert _facts(text.ja) == _facts(text.en), key
