"""Reading a TOML file that may be anything: bounded, never blocking, always located.

A profile given by path is the user's own file, but it can still be a folder, a
named pipe, ``/dev/zero``, a huge file, bytes that are not UTF-8, or TOML nested
thousands of levels deep (which makes :mod:`tomllib` recurse until Python gives
up). :func:`read_toml` turns each of these into a :class:`TomlFileError` whose
problems carry a line and column where the file has one, and a message in
Japanese and English; it raises nothing else for what a file contains.

=====================  ===========  ==============================================
limit                  value        when exceeded
=====================  ===========  ==============================================
size                   1 MiB        refused before parsing (``too_large``)
nesting                32 levels    refused at the bracket (line, column) or at the
                                    key (pointer), before anything recurses
                                    (``too_deep``)
=====================  ===========  ==============================================

The shipped profiles are under 16 KB and nest six levels (the outermost table
counting as one).
"""

from __future__ import annotations

import os
import re
import stat
from functools import cache
from pathlib import Path
from typing import Any

from chain.format.pointer import join
from chain.format.problems import InputProblem
from chain.vocab import L

__all__ = [
    "MAX_TOML_BYTES",
    "MAX_TOML_DEPTH",
    "TomlFileError",
    "parse_toml",
    "read_bytes",
    "read_toml",
]

MAX_TOML_BYTES = 1024 * 1024
MAX_TOML_DEPTH = 32


class TomlFileError(Exception):
    """A TOML file cannot be read or parsed; ``problems`` say where and why."""

    def __init__(self, problems: list[InputProblem]):
        self.problems = problems
        super().__init__("; ".join(p.message.en for p in problems))


def _problem(
    kind: str,
    ja: str,
    en: str,
    line: int | None = None,
    column: int | None = None,
    pointer: str = "",
) -> TomlFileError:
    return TomlFileError([InputProblem(pointer, kind, L(ja, en), line, column)])


def read_toml(path: str | Path) -> dict[str, Any]:
    """What ``tomllib`` parses the file at ``path`` to, within the limits above."""
    return parse_toml(read_bytes(path))


# Opening never waits (a named pipe with no writer) and never takes a terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_TOML_BYTES`."""
    try:
        # Looked at before opening, so that a device is never opened at all; looked at
        # again once open, in case the name was pointed elsewhere in between.
        _check_kind(os.stat(path))
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise _problem("not_found", "ファイルが見つかりません。", "No such file.") from None
    except PermissionError:
        raise _problem(
            "unreadable",
            "ファイルを読めません（権限がありません）。",
            "Cannot read the file: permission denied.",
        ) from None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL byte...
        raise _unreadable(exc) from None
    try:
        _check_kind(os.fstat(fd))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_TOML_BYTES:  # a file that grows while read stops at the limit
            chunk = os.read(fd, MAX_TOML_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _unreadable(exc) from None
    finally:
        os.close(fd)
    if size > MAX_TOML_BYTES:
        raise _too_large(size)
    return b"".join(chunks)


_KINDS = (
    (stat.S_ISFIFO, "名前付きパイプ（FIFO）", "a named pipe (FIFO)"),
    (stat.S_ISCHR, "文字デバイス", "a character device"),
    (stat.S_ISBLK, "ブロックデバイス", "a block device"),
    (stat.S_ISSOCK, "ソケット", "a socket"),
)


def _check_kind(st: os.stat_result) -> None:
    if stat.S_ISREG(st.st_mode):
        if st.st_size > MAX_TOML_BYTES:
            raise _too_large(st.st_size)
        return
    if stat.S_ISDIR(st.st_mode):
        raise _problem("not_a_file", "ファイルではなくフォルダです。", "Is a folder, not a file.")
    ja, en = next(
        ((j, e) for test, j, e in _KINDS if test(st.st_mode)), ("特殊なファイル", "a special file")
    )
    raise _problem(
        "not_a_file", f"通常のファイルではなく、{ja}です。", f"Not a regular file: {en}."
    )


def _unreadable(exc: Exception) -> TomlFileError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return _problem(
        "unreadable", f"ファイルを読めません: {reason}", f"Cannot read the file: {reason}"
    )


def _too_large(size: int) -> TomlFileError:
    return _problem(
        "too_large",
        f"ファイルが大きすぎます（{size:,} バイト、上限 {MAX_TOML_BYTES:,} バイト）。",
        f"File too large ({size:,} bytes, limit {MAX_TOML_BYTES:,}).",
    )


def parse_toml(raw: bytes) -> dict[str, Any]:
    """What ``tomllib`` parses ``raw`` (UTF-8) to, or a located :class:`TomlFileError`."""
    if len(raw) > MAX_TOML_BYTES:
        raise _too_large(len(raw))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(raw, exc.start) from None
    _check_brackets(text)
    import tomllib  # only here: the shipped files are read without it (chain.profiles.shipped)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax(str(exc)) from None
    except RecursionError:  # bounded above; kept so that no nesting ever escapes as one
        raise _too_deep() from None
    except ValueError:  # an integer of more digits than Python converts to an int
        raise _too_many_digits(text) from None
    _check_depth(data)
    return data


def _not_utf8(raw: bytes, offset: int) -> TomlFileError:
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[start:offset].decode("utf-8", "replace")) + 1
    try:
        # cp932 gives a private-use character for bytes Shift_JIS has no letter for.
        sjis = not re.search("[\ue000-\uf8ff]", raw.decode("cp932"))
    except UnicodeDecodeError:
        sjis = False
    hint_ja, hint_en = (
        ("Shift_JIS で保存されているようです。", " It looks like Shift_JIS.") if sjis else ("", "")
    )
    return _problem(
        "encoding",
        f"UTF-8 ではありません。{hint_ja}UTF-8 で保存してください。",
        f"Not UTF-8.{hint_en} Save the file as UTF-8.",
        line,
        column,
    )


def _syntax(message: str) -> TomlFileError:
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    what = message[: m.start()] if m else message
    line, column = (int(m[1]), int(m[2])) if m else (None, None)
    return _problem(
        "toml_syntax", f"TOML として読めません: {what}", f"Not valid TOML: {what}", line, column
    )


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _too_many_digits(text: str) -> TomlFileError:
    m = re.search(r"[0-9_]{4300,}", text)
    line, column = _line_col(text, m.start()) if m else (None, None)
    return _problem(
        "toml_syntax",
        "TOML として読めません: 数の桁が多すぎます。",
        "Not valid TOML: a number with too many digits.",
        line,
        column,
    )


def _too_deep(
    line: int | None = None, column: int | None = None, pointer: str = ""
) -> TomlFileError:
    return _problem(
        "too_deep",
        f"入れ子が深すぎます（上限 {MAX_TOML_DEPTH} 段）。プロファイルの入れ子は 6 段ほどです。",
        f"Nested too deeply (limit {MAX_TOML_DEPTH} levels; a profile nests about 6).",
        line,
        column,
        pointer,
    )


# Where a bracket can stand that is not one: in strings of the four kinds and in
# comments. Each string is matched from its opening quotes to its closing ones, as
# TOML reads them (a multi-line string may end in up to two more quotes of its own).
# Compiled on first use: every start imports this module, few parse a file.
@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    rest = {
        '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""(?:""|")?', re.DOTALL),
        "'''": re.compile(r"(?:[^']|'(?!''))*'''(?:''|')?"),
        '"': re.compile(r'(?:[^"\\\n]|\\.)*"'),
        "'": re.compile(r"[^'\n]*'"),
    }
    return re.compile(r"[\[\]{}\"'#]"), rest


def _check_brackets(text: str) -> None:
    """Arrays and inline tables nested deeper than the limit, found before parsing.

    One pass, each character read once: a string left open ends the pass, since the
    parser stops there too (with a syntax error). Table headers (``[a]``, ``[[a]]``)
    count while their line is read, which costs nothing: they close on the same line.
    The outermost table counts as one level.
    """
    following, rest_of = _patterns()
    depth = 1
    pos = 0
    while (m := following.search(text, pos)) is not None:
        ch, start, pos = m.group(), m.start(), m.end()
        if ch in "[{":
            depth += 1
            if depth > MAX_TOML_DEPTH:
                raise _too_deep(*_line_col(text, start))
        elif ch in "]}":
            depth = max(depth - 1, 1)
        elif ch == "#":
            pos = text.find("\n", pos)
            if pos < 0:
                return
        else:
            quotes = text[start : start + 3]
            opener = quotes if quotes in ('"""', "'''") else ch
            rest = rest_of[opener].match(text, start + len(opener))
            if rest is None:
                return
            pos = rest.end()


def _check_depth(data: dict[str, Any]) -> None:
    """Tables nested by dotted keys or headers (``a.b.c...``), which have no brackets."""
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(data, 1, ())]
    while stack:
        value, depth, loc = stack.pop()
        if not isinstance(value, dict | list):
            continue
        if depth > MAX_TOML_DEPTH:
            raise _too_deep(pointer=join(*loc))
        if isinstance(value, dict):
            stack.extend((v, depth + 1, (*loc, k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, depth + 1, (*loc, i)) for i, v in enumerate(value))
