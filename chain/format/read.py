"""Reading a submitted chain: bytes in, a :class:`~chain.format.model.Chain` or located problems out.

Every way a file can be unusable (unreadable, too large, not UTF-8, not
JSON, not the format) ends in :class:`ChainInputError`, whose problems each
carry a JSON pointer (and, for syntax errors, a line and column) and a
message in Japanese and English. Nothing here raises anything else for
bad input.

Memory is bounded by the file, not by its problems. At most
:data:`MAX_PROBLEMS` problems are listed, and the first of every other kind;
a summary for each kind left out says how many more of it there are
("ほか N 件" / "and N more of the same kind"). Large files are read with the
variant of :mod:`chain.format.failfast`, which stops at a budget of unknown keys
(:mod:`chain.format.keyscan` then counts the rest), once :mod:`chain.format.density`
has bounded what parsing them takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from chain._perf.gcpause import gc_paused
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.model import Chain
from chain.format.problems import (
    MAX_PROBLEMS,
    InputProblem,
    cap_problems,
    in_order,
    translate_errors,
    unknown_key,
)
from chain.text import excerpt
from chain.vocab import L

if TYPE_CHECKING:
    from chain.format.density import Estimate

__all__ = [
    "COMPLETE_CHECK_MAX_BYTES",
    "MAX_PROBLEMS",
    "ChainInputError",
    "InputProblem",
    "cap_problems",
    "check_counts",
    "load_chain",
    "parse_chain",
    "prepare_bytes",
    "read_source",
]


@dataclass
class ChainInputError(Exception):
    """The input is unreadable or does not match the chain format."""

    problems: list[InputProblem] = field(default_factory=list)
    source: str = "<input>"

    def __str__(self) -> str:
        return "; ".join(f"{p.pointer or '/'}: {p.message.en}" for p in self.problems)


def _problem(kind: str, ja: str, en: str, pointer: str = "") -> ChainInputError:
    return ChainInputError([InputProblem(pointer, kind, L(ja, en))])


def read_source(source: str | Path, *, limits: Limits = DEFAULT_LIMITS, stdin=None) -> bytes:
    """Read a file path, or standard input for ``"-"``, within ``limits.max_bytes``."""
    if str(source) == "-":
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(limits.max_bytes + 1)
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise _problem(
                    "not_a_file", f"ファイルではなくフォルダです: {path}", f"Is a folder: {path}"
                )
            size = path.stat().st_size
            if size > limits.max_bytes:
                raise _too_large(size, limits)
            with path.open("rb") as fh:
                data = fh.read(limits.max_bytes + 1)
        except FileNotFoundError:
            raise _problem(
                "not_found", f"ファイルが見つかりません: {path}", f"No such file: {path}"
            ) from None
        except PermissionError:
            raise _problem(
                "unreadable", f"ファイルを読めません（権限）: {path}", f"Permission denied: {path}"
            ) from None
        except OSError as exc:
            raise _problem(
                "unreadable", f"ファイルを読めません: {exc}", f"Cannot read file: {exc}"
            ) from None
    if len(data) > limits.max_bytes:
        raise _too_large(len(data), limits)
    return data


def _too_large(size: int, limits: Limits) -> ChainInputError:
    return _problem(
        "too_large",
        f"ファイルが大きすぎます（{size:,} バイト、上限 {limits.max_bytes:,} バイト）。"
        "上限は --max-bytes または CHAIN_MAX_BYTES で変更できます。",
        f"File too large ({size:,} bytes, limit {limits.max_bytes:,}). "
        "Raise the limit with --max-bytes or CHAIN_MAX_BYTES.",
    )


_UTF8_BOM = b"\xef\xbb\xbf"

#: Files up to this size are checked for every problem. In larger ones each list is
#: checked up to its first invalid item (the rest of the file fully), so that a large
#: file of junk cannot produce millions of problems (chain.format.failfast).
COMPLETE_CHECK_MAX_BYTES = 128 * 1024


def parse_chain(data: bytes | str, *, limits: Limits = DEFAULT_LIMITS) -> Chain:
    """Validate JSON text against the chain format and the count limits."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    data = prepare_bytes(data, limits)
    chain = _read_large(data) if len(data) > COMPLETE_CHECK_MAX_BYTES else _read(Chain, data)
    check_counts(chain, limits)
    return chain


def _read(model: type[Chain], data: bytes) -> Chain:
    try:
        with gc_paused():
            return model.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    # The JSON parser refuses bytes that are not UTF-8, so a file it read needs no separate
    # pass; one it could not read is checked first, for a better message.
    if any(err.get("type") == "json_invalid" for err in errors):
        _check_encoding(data)
    raise ChainInputError(translate_errors(errors, data))


def _read_large(data: bytes) -> Chain:
    """A large file: its tree bounded first, then read by the variant whose lists stop at
    their first invalid item and whose unknown keys stop at the budget (chain.format.failfast)."""
    from chain.format.density import estimate
    from chain.format.failfast import TooManyUnknownKeys, fail_fast_model, unknown_key_budget

    size = estimate(data)
    if size.exceeds():
        raise ChainInputError([_too_dense(data, size)])
    try:
        with unknown_key_budget(MAX_PROBLEMS):
            return _read(fail_fast_model(Chain), data)
    except TooManyUnknownKeys:
        pass  # nothing of the reading is kept: it is done again, ignoring unknown keys
    raise ChainInputError(_with_unknown_keys(data))


def _too_dense(data: bytes, size: Estimate) -> InputProblem:
    from chain.format.density import TREE_LIMIT, densest

    offset = densest(data)
    line, column = _line_col(data, offset)
    mb = -(-size.tree_bytes // (1024 * 1024))
    return InputProblem(
        "",
        "too_dense",
        L(
            f"小さな値が多すぎて、安全に読めません（{size.size:,} バイトに値がおよそ {size.values:,} 個。"
            f"読むにはおよそ {mb:,} MB、ファイルの {TREE_LIMIT} 倍を超えるメモリが要ります）。"
            f"最も密なのは {line}行{column}列からの部分です。チェーンの項目はいくつもの項目をもつ"
            "オブジェクトで、このような形にはなりません。ファイルの作り方を確かめてください。",
            f"Too many small values to read safely (about {size.values:,} values in "
            f"{size.size:,} bytes; reading them would take about {mb:,} MB, more than "
            f"{TREE_LIMIT} times the file's size). The densest part starts at line {line}, "
            f"column {column}. The items of a chain are objects of several fields; "
            "check how the file was made.",
        ),
        line,
        column,
    )


def _with_unknown_keys(data: bytes) -> list[InputProblem]:
    """The problems of a large file with more unknown keys than are reported: the other
    problems (read again, unknown keys ignored), the first unknown keys (chain.format.keyscan),
    and how many more of them there are."""
    from chain.format.failfast import fail_fast_model
    from chain.format.keyscan import unknown_keys

    try:
        with gc_paused():
            fail_fast_model(Chain, "ignored").model_validate_json(data)
        others: list[InputProblem] = []
    except ValidationError as exc:
        others = translate_errors(exc.errors(include_url=False), data, cap=False)
    found = unknown_keys(data, MAX_PROBLEMS + 1)
    unknown: dict[str, InputProblem] = {}  # a key given twice is one problem, as in pydantic's
    for key in found.first:
        unknown.setdefault(key.pointer, unknown_key(key.pointer, key.value))
    problems = in_order([*others, *unknown.values()])
    # The unknown keys not listed: those beyond the first found, and the repeated ones.
    return cap_problems(problems, {"extra_forbidden": (found.total - len(unknown), None)})


def prepare_bytes(data: bytes, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The checks made before parsing (size, then encoding and shape where the limits
    ask for them); returns ``data`` without a UTF-8 byte order mark."""
    if len(data) > limits.max_bytes:
        raise _too_large(len(data), limits)
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if limits.needs_scan:
        _check_encoding(data)
        _check_shape(data, limits)
    return data


def load_chain(source: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Chain:
    """Read and parse a chain file (``"-"`` for standard input)."""
    try:
        return parse_chain(read_source(source, limits=limits), limits=limits)
    except ChainInputError as exc:
        exc.source = str(source)
        raise


def _check_encoding(data: bytes) -> None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise _problem(
            "encoding",
            "UTF-16 のファイルです。UTF-8 で保存し直してください。",
            "The file is UTF-16; save it as UTF-8.",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
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


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
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
    line, column = _line_col(data, offset)
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


def check_counts(chain: Chain, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a parsed chain with more parties, delegations, workers or places than allowed."""
    for name, limit in (
        ("parties", limits.max_parties),
        ("delegations", limits.max_delegations),
        ("workers", limits.max_workers),
        ("places", limits.max_places),
    ):
        count = len(getattr(chain, name))
        if count > limit:
            raise _problem(
                "too_many",
                f"{name} の件数が上限を超えています（{count:,} 件、上限 {limit:,} 件）。"
                f"上限は CHAIN_MAX_{name.upper()} で変更できます。",
                f"Too many {name} ({count:,}, limit {limit:,}). "
                f"Raise the limit with CHAIN_MAX_{name.upper()}.",
                f"/{name}",
            )
