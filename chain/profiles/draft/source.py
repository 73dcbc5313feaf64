"""Reading a template's text from a file that may hold anything.

A template given to ``chain profile draft`` is a text file someone extracted from a
PDF or a Word document: usually UTF-8, often Shift_JIS (CP932) from older Windows
tools, sometimes not text at all. :func:`read_template` returns the text and the notes
worth telling the reader (the encoding it was decoded from), or raises
:class:`DraftError` whose problems say where and why, in Japanese and English. The
file itself is read by the bounded reader profiles use (a regular file of at most
1 MiB; templates are a few tens of kilobytes).
"""

from __future__ import annotations

from pathlib import Path

from chain.format.problems import InputProblem
from chain.profiles.tomlfile import TomlFileError, read_bytes
from chain.vocab import L

__all__ = ["DraftError", "decode_template", "read_template"]

#: Control characters a text file does not hold (tab, line breaks and form feed aside).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


class DraftError(Exception):
    """A template cannot be read, or holds no structure to draft from."""

    def __init__(self, source: str, problems: list[InputProblem]):
        self.source = source
        self.problems = problems
        super().__init__(self.text("en"))

    def text(self, lang: str = "ja") -> str:
        """``<file>: <line>: <message>; ...`` in ``lang``."""
        parts = []
        for p in self.problems:
            where = L(f"{p.line}行: ", f"line {p.line}: ")(lang) if p.line else ""
            parts.append(where + p.message(lang))
        return f"{self.source}: " + "; ".join(parts)


def _problem(kind: str, ja: str, en: str, line: int | None = None) -> InputProblem:
    return InputProblem("", kind, L(ja, en), line)


def read_template(path: str | Path) -> tuple[str, list[L]]:
    """The text of the template at ``path`` and the notes on how it was read."""
    try:
        data = read_bytes(path)
    except TomlFileError as exc:
        raise DraftError(str(path), exc.problems) from None
    return decode_template(data, source=str(path))


def decode_template(data: bytes, *, source: str = "<template>") -> tuple[str, list[L]]:
    """``data`` as text: UTF-8 (with or without a BOM), else CP932 with a note."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DraftError(
            source,
            [
                _problem(
                    "encoding",
                    "UTF-16 のファイルです。UTF-8 で保存し直してください。",
                    "The file is UTF-16; save it again as UTF-8.",
                )
            ],
        )
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise DraftError(
            source,
            [
                _problem(
                    "binary",
                    "テキストではありません（NUL バイトがあります）。PDF や Word の文書は、文字を取り出したテキストファイルにしてください。",
                    "Not a text file (it holds a NUL byte). Extract the text of a PDF or Word document into a text file first.",
                    line,
                )
            ],
        )
    notes: list[L] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp932")
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, exc.start) + 1
            raise DraftError(
                source,
                [
                    _problem(
                        "encoding",
                        "UTF-8 としても Shift_JIS（CP932）としても読めません。UTF-8 で保存し直してください。",
                        "Neither UTF-8 nor Shift_JIS (CP932); save the file as UTF-8.",
                        line,
                    )
                ],
            ) from None
        notes.append(
            L(
                "UTF-8 ではないため Shift_JIS（CP932）として読みました。",
                "Not UTF-8: read as Shift_JIS (CP932).",
            )
        )
    for number, row in enumerate(text.splitlines(), start=1):
        if any(ord(ch) in _CONTROL for ch in row):
            raise DraftError(
                source,
                [
                    _problem(
                        "binary",
                        "テキストではありません（制御文字があります）。",
                        "Not a text file (it holds control characters).",
                        number,
                    )
                ],
            )
    return text, notes
