"""Streamlit's own English words, said in Japanese in the Japanese app.

Streamlit has no translation setting: its file uploader says "Drag and drop files here"
and "Upload", its multiselects "Select all", its table toolbars "Add row", "Search",
"Fullscreen". :func:`insert` puts a small script in the page, once per run, that
replaces them with Japanese words from a fixed table (:data:`WORDS`, exact English
strings, and :data:`PATTERNS` for the two that carry a number) in text nodes and in
``aria-label``, ``title`` and ``placeholder`` attributes, and again, by a
MutationObserver, whenever Streamlit redraws; it also sets ``<html lang="ja">``. In
English it puts every word it changed back and stops. Nothing from the chain or the
user ever goes into the script: its only input is the language, ``ja`` or ``en``.
"""

from __future__ import annotations

import json

import streamlit as st

__all__ = ["PATTERNS", "WORDS", "insert", "script"]

#: Streamlit's English strings, exactly as its frontend writes them, and their Japanese.
WORDS: dict[str, str] = {
    # The file uploader.
    "Drag and drop files here": "ここにファイルをドラッグ＆ドロップ",
    "Drag and drop a file here": "ここにファイルをドラッグ＆ドロップ",
    "Drag and drop file here": "ここにファイルをドラッグ＆ドロップ",
    "Upload": "ファイルを選択",
    "Browse files": "ファイルを選択",
    "Add files": "ファイルを追加",
    # Multiselects and selectboxes.
    "Select all": "すべて選択",
    "Clear all": "すべて解除",
    "No results": "該当なし",
    "Choose options": "選択してください",
    "Choose an option": "選択してください",
    # Tables and their toolbar.
    "Add row": "行を追加",
    "Delete row(s)": "行を削除",
    "Show/hide columns": "列の表示・非表示",
    "Download as CSV": "CSV でダウンロード",
    "Search": "検索",
    "Close Search": "検索を閉じる",
    "Next Result": "次の結果",
    "Previous Result": "前の結果",
    "Clear selection": "選択を解除",
    "Copy column name": "列名をコピー",
    "Fullscreen": "全画面表示",
    "Close fullscreen": "全画面表示を終了",
}

#: The strings that carry a number: (a regular expression, its Japanese with ``$1``).
PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^(\d+(?:\.\d+)?\s?[KMGT]?B) per file$", "1ファイル $1 まで"),
    (r"^Select (\d+) matches$", "一致する $1 件を選択"),
)

_SCRIPT = """
<script>
(() => {
  const lang = %(lang)s;
  const WORDS = %(words)s;
  const PATTERNS = %(patterns)s.map(([re, to]) => [new RegExp(re), to]);
  const ATTRS = ["aria-label", "title", "placeholder"];
  const root = document;  // st.html is not in an iframe: this is the app's page
  const state = window.__chainStreamlitWords || (window.__chainStreamlitWords = {
    texts: new Map(), attrs: new Map(), observer: null,
  });
  // Text the app writes in Markdown is never changed; Streamlit's own (a button's label,
  // the uploader, a toolbar's tooltip) is, though it is drawn with Markdown too.
  const OWN = "[data-testid='stTooltipContent'], [data-testid='stFileUploaderDropzone'], button";
  const userText = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return true;
    if (el.closest(OWN)) return false;
    return !!el.closest("[data-testid='stMarkdownContainer'], script, style, textarea, input");
  };
  const word = (text) => {
    const key = text.trim();
    if (!key) return null;
    if (Object.prototype.hasOwnProperty.call(WORDS, key)) return text.replace(key, WORDS[key]);
    for (const [re, to] of PATTERNS) {
      if (re.test(key)) return text.replace(key, key.replace(re, to));
    }
    return null;
  };
  const attrWord = (value) => {
    const whole = word(value);
    if (whole !== null) return whole;
    const cut = value.indexOf(": ");  // "Add row: 従事者" names its table after a colon
    if (cut > 0) {
      const head = word(value.slice(0, cut));
      if (head !== null) return head + value.slice(cut);
    }
    return null;
  };
  const fixText = (node) => {
    if (userText(node)) return;
    const to = word(node.nodeValue || "");
    if (to !== null && to !== node.nodeValue) {
      if (state.texts.size > 5000) {  // forget the nodes Streamlit has removed
        for (const old of state.texts.keys()) if (!old.isConnected) state.texts.delete(old);
      }
      if (!state.texts.has(node)) state.texts.set(node, node.nodeValue);
      node.nodeValue = to;
    }
  };
  const fixElement = (el) => {
    for (const name of ATTRS) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const to = attrWord(value);
      if (to !== null && to !== value) {
        const saved = state.attrs.get(el) || {};
        if (!(name in saved)) saved[name] = value;
        state.attrs.set(el, saved);
        el.setAttribute(name, to);
      }
    }
  };
  const walk = (top) => {
    if (top.nodeType === 3) { fixText(top); return; }
    if (top.nodeType !== 1) return;
    fixElement(top);
    const texts = root.createTreeWalker(top, 4);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) fixText(n);
    for (const el of top.querySelectorAll("[aria-label], [title], [placeholder]")) fixElement(el);
  };
  if (state.observer) { state.observer.disconnect(); state.observer = null; }
  if (lang !== "ja") {
    for (const [node, text] of state.texts) { if (node.isConnected) node.nodeValue = text; }
    for (const [el, saved] of state.attrs) {
      if (el.isConnected) for (const name in saved) el.setAttribute(name, saved[name]);
    }
    state.texts.clear();
    state.attrs.clear();
    root.documentElement.lang = "en";
    return;
  }
  root.documentElement.lang = "ja";
  walk(root.body);
  state.observer = new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === "characterData") fixText(c.target);
      else if (c.type === "attributes") fixElement(c.target);
      else for (const n of c.addedNodes) walk(n);
    }
  });
  state.observer.observe(root.body, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ATTRS,
  });
})();
</script>
"""


def script(lang: str) -> str:
    """The page's script for ``lang``: the fixed tables and the language, nothing else."""
    return _SCRIPT % {
        "lang": json.dumps("ja" if lang == "ja" else "en"),
        "words": json.dumps(WORDS, ensure_ascii=False),
        "patterns": json.dumps([list(p) for p in PATTERNS], ensure_ascii=False),
    }


def insert(lang: str) -> None:
    """Put the script in the page (in the sidebar, where it takes no room of a page)."""
    with st.sidebar:
        st.html(script(lang), unsafe_allow_javascript=True)
