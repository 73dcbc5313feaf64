"""Reading a submitted chain: bytes in, a :class:`~chain.format.model.Chain` or located problems out.

Every way a file can be unusable (unreadable, too large, not UTF-8, not
JSON, not the format) ends in :class:`~chain.format.problems.ChainInputError`, whose
problems each carry a JSON pointer (and, for syntax errors, a line and column) and a
message in Japanese and English. Nothing here raises anything else for bad input. The
checks made before parsing (size, encoding, shape) are :mod:`chain.format.prechecks`'s.

Memory is bounded by the file, not by its problems. At most
:data:`~chain.format.problems.MAX_PROBLEMS` problems are listed, and the first of every other kind;
a summary for each kind left out says how many more of it there are
("ほか N 件" / "and N more of the same kind"). Large files are read with the
variant of :mod:`chain.format.failfast`, which stops at a budget of unknown keys
(:mod:`chain.format.keyscan` then counts the rest), once :mod:`chain.format.density`
has bounded what parsing them takes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from chain._perf.gcpause import gc_paused
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.model import Chain
from chain.format.prechecks import check_encoding, line_col, prepare_bytes, too_large
from chain.format.problems import (
    MAX_PROBLEMS,
    ChainInputError,
    InputProblem,
    cap_problems,
    in_order,
    translate_errors,
    unknown_key,
)
from chain.vocab import L

if TYPE_CHECKING:
    from chain.format.density import Estimate

__all__ = ["COMPLETE_CHECK_MAX_BYTES", "check_counts", "load_chain", "parse_chain", "read_source"]


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
                raise too_large(size, limits)
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
        raise too_large(len(data), limits)
    return data


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
        check_encoding(data)
    raise ChainInputError(translate_errors(errors, data))


def _read_large(data: bytes) -> Chain:
    """A large file: its tree bounded first, then read by the variant whose lists stop at
    their first invalid item and whose unknown keys stop at the budget (chain.format.failfast)."""
    from chain.format.density import estimate
    from chain.format.failfast import TooManyUnknownKeys, fail_fast_model, unknown_key_budget

    size = estimate(data)
    if size.exceeds():
        raise ChainInputError([_too_dense(data, size)])
    from chain._perf.heap import release_free_memory

    try:
        with unknown_key_budget(MAX_PROBLEMS):
            return _read(fail_fast_model(Chain), data)
    except TooManyUnknownKeys:
        pass  # nothing of the reading is kept: it is done again, ignoring unknown keys
    finally:
        release_free_memory()  # the parser's tree, freed (chain._perf.heap)
    try:
        raise ChainInputError(_with_unknown_keys(data))
    finally:
        release_free_memory()


def _too_dense(data: bytes, size: Estimate) -> InputProblem:
    from chain.format.density import TREE_LIMIT, densest

    offset = densest(data)
    line, column = line_col(data, offset)
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


def load_chain(source: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Chain:
    """Read and parse a chain file (``"-"`` for standard input)."""
    try:
        return parse_chain(read_source(source, limits=limits), limits=limits)
    except ChainInputError as exc:
        exc.source = str(source)
        raise


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
