"""The checks made before a file is parsed: its size, its encoding and, where the limits
ask for it, the depth of its nesting and the length of its strings.

Each refusal is a :class:`~chain.format.problems.ChainInputError` with one located,
bilingual problem: the line and column (and, for the shape, the JSON pointer) where
the file goes wrong.
"""

from __future__ import annotations

import re

from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.problems import ChainInputError, InputProblem
from chain.text import excerpt
from chain.vocab import L

__all__ = ["UTF8_BOM", "check_encoding", "line_col", "prepare_bytes", "too_large"]


def _problem(kind: str, ja: str, en: str, pointer: str = "") -> ChainInputError:
    return ChainInputError([InputProblem(pointer, kind, L(ja, en))])


def too_large(size: int, limits: Limits) -> ChainInputError:
    return _problem(
        "too_large",
        f"ファイルが大きすぎます（{size:,} バイト、上限 {limits.max_bytes:,} バイト）。"
        "上限は --max-bytes または CHAIN_MAX_BYTES で変更できます。",
        f"File too large ({size:,} bytes, limit {limits.max_bytes:,}). "
        "Raise the limit with --max-bytes or CHAIN_MAX_BYTES.",
    )


UTF8_BOM = b"\xef\xbb\xbf"


def prepare_bytes(data: bytes, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The checks made before parsing (size, then encoding and shape where the limits
    ask for them); returns ``data`` without a UTF-8 byte order mark."""
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits)
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    if limits.needs_scan:
        check_encoding(data)
        _check_shape(data, limits)
    return data


def check_encoding(data: bytes) -> None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise _problem(
            "encoding",
            "UTF-16 のファイルです。UTF-8 で保存し直してください。",
            "The file is UTF-16; save it as UTF-8.",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_col(data, exc.start)
        try:
            data.decode("cp932")
            hint_ja, hint_en = "Shift_JIS で保存されているようです。", " It looks like Shift_JIS."
        except UnicodeDecodeError:
            hint_ja, hint_en = "", ""
        raise ChainInputError(
            [
                InputProblem(
                    "",
                    "encoding",
                    L(
                        f"UTF-8 ではありません（{line}行{column}列）。{hint_ja}UTF-8 で保存してください。",
                        f"Not UTF-8 (line {line}, column {column}).{hint_en} Save the file as UTF-8.",
                    ),
                    line,
                    column,
                )
            ]
        ) from None


def line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


# A JSON string (unrolled, so that long strings scan in linear time) or a bracket.
_SHAPE = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


def _check_shape(data: bytes, limits: Limits) -> None:
    """Nesting depth and string length, when set below the defaults (one pass)."""
    depth = 0
    max_depth, max_string = limits.max_depth, limits.max_string
    for m in _SHAPE.finditer(data):
        tok = m.group()
        first = tok[0]
        if first == 0x22:  # a string: bytes bound characters from above, so test bytes first
            if max_string is not None and len(tok) - 2 > max_string:
                text = _unescape(tok)
                if len(text) > max_string:
                    raise _shape_problem(
                        data,
                        m.start(),
                        "string_over_limit",
                        f"文字列が長すぎます（{len(text):,} 文字、上限 {max_string:,} 文字）。"
                        "上限は --max-string または CHAIN_MAX_STRING で変更できます。",
                        f"String too long ({len(text):,} characters, limit {max_string:,}). "
                        "Change the limit with --max-string or CHAIN_MAX_STRING.",
                        excerpt(text),
                    )
        elif first in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > max_depth:
                raise _shape_problem(
                    data,
                    m.start(),
                    "too_deep",
                    f"入れ子が深すぎます（上限 {max_depth} 段）。この形式の入れ子は 6 段までです。"
                    "上限は --max-depth または CHAIN_MAX_DEPTH で変更できます。",
                    f"Nested too deeply (limit {max_depth} levels; the format nests at most 6). "
                    "Change the limit with --max-depth or CHAIN_MAX_DEPTH.",
                )
        else:
            depth -= 1


def _unescape(tok: bytes) -> str:
    import json

    text = tok.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except ValueError:
        return text[1:-1]


def _shape_problem(
    data: bytes, offset: int, kind: str, ja: str, en: str, shown: str | None = None
) -> ChainInputError:
    line, column = line_col(data, offset)
    return ChainInputError(
        [InputProblem(_pointer_at(data, offset), kind, L(ja, en), line, column, shown)]
    )


def _pointer_at(data: bytes, offset: int) -> str:
    """The JSON pointer of the value starting at byte ``offset`` ("" if none is found)."""
    from chain.format.positions import MAX_SCAN, positions

    if len(data) > MAX_SCAN:
        return ""
    # Only the text up to the value is scanned: what follows may nest without bound, and
    # the scan spells out the pointer of every value (a million levels: a million pointers
    # a million long), while up to the value the nesting is within the limit.
    head = data[:offset].decode("utf-8", "replace")
    text = data[: offset + 1].decode("utf-8", "replace")
    at = len(head)
    for pointer, start in positions(text).offsets.items():
        if start == at:
            return pointer
    return ""
