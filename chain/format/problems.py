"""Problems of a submitted file: located, bilingual, and bounded in number.

pydantic's errors are put in the user's words (:func:`translate_errors`): a
stable ``type``, the JSON pointer of the place, a message in Japanese and
English built from the error's context, and the value given when it is short
to quote. At most :data:`MAX_PROBLEMS` are listed (:func:`cap_problems`), and
the first of every other kind; a summary per kind left out says how many more
of it there are ("ほか N 件" / "and N more of the same kind").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from chain.format.limits import PARSER_MAX_DEPTH
from chain.format.pointer import escape, pointer_from_loc
from chain.format.pointer import sort_key as pointer_sort_key
from chain.text import excerpt
from chain.vocab import L

__all__ = [
    "MAX_PROBLEMS",
    "ChainInputError",
    "InputProblem",
    "cap_problems",
    "in_order",
    "translate_errors",
    "unknown_key",
]

#: At most this many problems are listed for one file (and the first of every other kind).
MAX_PROBLEMS = 1000


# A named tuple rather than a frozen dataclass: see chain/_perf/README.md.
class InputProblem(NamedTuple):
    """One reason the input cannot be read as a chain: where, a stable type, and what is
    wrong in Japanese and English (``problem.message("en")`` is the English text)."""

    pointer: str
    type: str
    message: L
    line: int | None = None
    column: int | None = None
    input: str | None = None
    more: tuple[str, int] | None = None
    """For a ``more_problems`` summary: the type of the problems left out, and how many."""
    fix: L | None = None
    """What would fix it, where a message alone does not say (a profile's problems)."""

    @property
    def message_ja(self) -> str:
        """The Japanese message (``message.ja``)."""
        return self.message.ja

    @property
    def message_en(self) -> str:
        """The English message (``message.en``)."""
        return self.message.en

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "pointer": self.pointer,
            "type": self.type,
            "message": self.message.to_dict(),
        }
        if self.line is not None:
            out["line"], out["column"] = self.line, self.column
        if self.input is not None:
            out["input"] = self.input
        if self.more is not None:
            out["more"] = {"type": self.more[0], "count": self.more[1]}
        if self.fix is not None:
            out["fix"] = self.fix.to_dict()
        return out


@dataclass
class ChainInputError(Exception):
    """The input is unreadable or does not match the chain format."""

    problems: list[InputProblem] = field(default_factory=list)
    source: str = "<input>"

    def __str__(self) -> str:
        return "; ".join(f"{p.pointer or '/'}: {p.message.en}" for p in self.problems)


_JSON_POS = re.compile(r"at line (\d+) column (\d+)")

# type -> (Japanese, English); formatted with the error's ctx
_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("必須の項目がありません。", "Required field is missing."),
    "extra_forbidden": (
        "この形式にない項目です（綴りを確認してください）。",
        "Not a field of the format (check the spelling).",
    ),
    "string_type": ("文字列で書いてください。", "Must be a string."),
    "string_too_short": ("空にできません。", "Must not be empty."),
    "string_too_long": (
        "長すぎます（上限 {max_length:,} 文字）。",
        "Too long (at most {max_length:,} characters).",
    ),
    "string_pattern_mismatch": (
        "使えない文字を含んでいます（制御文字、先頭の空白など）。",
        "Contains characters not allowed here (control characters, leading space).",
    ),
    "literal_error": ("次のいずれかにしてください: {expected}", "Must be one of: {expected}"),
    "list_type": ("配列（[...]）で書いてください。", "Must be an array ([...])."),
    "too_short": ("少なくとも {min_length} 件必要です。", "Needs at least {min_length} item(s)."),
    "too_long": (
        "多すぎます（上限 {max_length:,} 件）。",
        "Too many items (at most {max_length:,}).",
    ),
    "model_type": ("オブジェクト（{{...}}）で書いてください。", "Must be an object ({{...}})."),
    "model_attributes_type": (
        "オブジェクト（{{...}}）で書いてください。",
        "Must be an object ({{...}}).",
    ),
    "dict_type": ("オブジェクト（{{...}}）で書いてください。", "Must be an object ({{...}})."),
    "bool_type": ("true か false で書いてください。", "Must be true or false."),
    "bool_parsing": ("true か false で書いてください。", "Must be true or false."),
    "int_type": ("整数で書いてください。", "Must be an integer."),
    "int_parsing": ("整数で書いてください。", "Must be an integer."),
    "int_from_float": ("整数で書いてください。", "Must be an integer."),
    "float_type": ("数値で書いてください。", "Must be a number."),
    "float_parsing": ("数値で書いてください。", "Must be a number."),
    "greater_than_equal": ("{ge} 以上にしてください。", "Must be at least {ge}."),
    "less_than_equal": ("{le} 以下にしてください。", "Must be at most {le}."),
    "date_format": (
        "日付として読めません（{reason_ja}）。2025-04-01 または 令和7年4月1日 の形で書いてください。",
        "Not a date ({reason_en}). Write 2025-04-01 or 令和7年4月1日.",
    ),
    "date_type": (
        "日付を文字列で書いてください（2025-04-01 または 令和7年4月1日）。",
        "Write the date as a string (2025-04-01 or 令和7年4月1日).",
    ),
}


#: pydantic's error types for the items of a chain, which are dataclasses (see
#: chain.format.model), reported as those of the same problem in a model, as they always were:
#: the types are part of the output.
_SAME_AS = {"unexpected_keyword_argument": "extra_forbidden", "dataclass_type": "model_type"}


def translate_errors(
    errors: Sequence[Mapping[str, Any]], data: bytes = b"", *, cap: bool = True
) -> list[InputProblem]:
    """Turn pydantic error dicts into located, bilingual :class:`InputProblem` objects, in
    document order; with ``cap``, at most :data:`MAX_PROBLEMS` and a summary of the rest."""
    problems: dict[tuple[str, str], InputProblem] = {}
    date_branches: dict[str, list[Mapping[str, Any]]] = {}
    # Wording every one of a flood of errors would cost more than reading the file: the
    # first ones (pydantic reports in document order) are worded, the rest counted.
    for err in errors[: 4 * MAX_PROBLEMS]:
        loc = err.get("loc", ())
        if err.get("type") in _SAME_AS:  # a dataclass item's words for a model's problem
            err = {**err, "type": _SAME_AS[err["type"]]}
        if err.get("type") == "extra_forbidden" and loc:
            # The last element is the submitted key itself: kept whatever it looks like,
            # even "@..." (which elsewhere marks a union branch of the schema).
            pointer = pointer_from_loc(loc[:-1]) + "/" + escape(str(loc[-1]))
            prob = _translate_one(err, pointer)
            problems.setdefault((prob.pointer, prob.type), prob)
            continue
        if any(isinstance(p, str) and p.startswith("@") for p in loc):
            date_branches.setdefault(pointer_from_loc(loc), []).append(err)
            continue
        prob = _translate_one(err, pointer_from_loc(loc))
        problems.setdefault((prob.pointer, prob.type), prob)
    for pointer, errs in date_branches.items():
        specific = next((e for e in errs if e["type"] == "date_format"), None)
        chosen = specific or {**errs[0], "type": "date_type", "ctx": {}}
        prob = _translate_one(chosen, pointer)
        problems.setdefault((prob.pointer, prob.type), prob)
    ordered = sorted(problems.values(), key=_order)
    if not cap:
        return ordered
    unworded: dict[str, tuple[int, InputProblem | None]] = {}
    for err in errors[4 * MAX_PROBLEMS :]:
        kind = _SAME_AS.get(err.get("type", ""), err.get("type", ""))
        n, example = unworded.get(kind, (0, None))
        if example is None:  # the words of a kind met only here
            example = _translate_one({**err, "type": kind}, pointer_from_loc(err.get("loc", ())))
        unworded[kind] = (n + 1, example)
    return cap_problems(ordered, unworded)


def in_order(problems: Iterable[InputProblem]) -> list[InputProblem]:
    """``problems`` in document order: by pointer (``/x/2`` before ``/x/10``), then type."""
    return sorted(problems, key=_order)


def _order(problem: InputProblem) -> tuple:
    return pointer_sort_key(problem.pointer), problem.type


def unknown_key(pointer: str, value: Any) -> InputProblem:
    """The problem of a key the format does not have, holding ``value`` (``None`` for an
    object or an array, which are not quoted)."""
    ja, en = _MESSAGES["extra_forbidden"]
    return InputProblem(
        pointer, "extra_forbidden", L(ja, en), input=None if value is None else excerpt(value)
    )


def cap_problems(
    problems: list[InputProblem],
    uncounted: dict[str, tuple[int, InputProblem | None]] | None = None,
) -> list[InputProblem]:
    """The first :data:`MAX_PROBLEMS` of ``problems`` (in order) and the first of every other
    kind; then, for each kind of those left out, a summary: "ほか N 件" / "and N more of
    the same kind", located at the first left out. ``uncounted`` adds, by type, problems
    found but not in ``problems``: how many, and one of them (or ``None``)."""
    shown, rest = problems[:MAX_PROBLEMS], problems[MAX_PROBLEMS:]
    kinds = {p.type for p in shown}
    first: dict[str, InputProblem] = {}
    count: dict[str, int] = {}
    for p in rest:
        if p.type not in kinds:  # every kind of problem is shown once, however late it comes
            kinds.add(p.type)
            shown.append(p)
            continue
        first.setdefault(p.type, p)
        count[p.type] = count.get(p.type, 0) + 1
    examples = dict(first)
    for kind, (n, example) in (uncounted or {}).items():
        if n > 0:
            count[kind] = count.get(kind, 0) + n
            if example is not None:
                examples.setdefault(kind, example)
    for p in shown:
        examples.setdefault(p.type, p)
    summaries = [_more(kind, n, first.get(kind), examples.get(kind)) for kind, n in count.items()]
    return [*shown, *summaries]


def _more(
    kind: str, n: int, first: InputProblem | None, example: InputProblem | None
) -> InputProblem:
    """The summary of ``n`` problems of ``kind`` left out: the first of them is ``first``
    (``None`` if not known), and ``example`` says what they are."""
    if example is not None:
        what_ja, what_en = example.message.ja, example.message.en
    else:
        what_ja, what_en = kind, kind
    what_ja, what_en = what_ja.rstrip("。"), what_en.rstrip(".")
    return InputProblem(
        first.pointer if first is not None else "",
        "more_problems",
        L(
            f"ほか {n:,} 件（同じ種類: {what_ja}）。示すのは最初の {MAX_PROBLEMS:,} 件と、"
            "種類ごとに最初の 1 件です。",
            f"And {n:,} more of the same kind ({what_en}). The first {MAX_PROBLEMS:,} problems "
            "are shown, and the first of every kind.",
        ),
        more=(kind, n),
    )


def _translate_one(err: Mapping[str, Any], pointer: str) -> InputProblem:
    etype = err["type"]
    ctx = dict(err.get("ctx") or {})
    if etype == "json_invalid":
        detail = str(ctx.get("error", ""))
        m = _JSON_POS.search(detail)
        line, column = (int(m[1]), int(m[2])) if m else (None, None)
        what = _JSON_POS.sub("", detail).strip()
        where_ja = f"{line}行{column}列" if m else "位置不明"
        where_en = f"line {line}, column {column}" if m else "unknown position"
        if "recursion limit" in what:
            ja = f"入れ子が深すぎます（{where_ja}、上限 {PARSER_MAX_DEPTH} 段）。この形式の入れ子は 6 段までです。"
            en = (
                f"Nested too deeply ({where_en}, limit {PARSER_MAX_DEPTH} levels); "
                "the format nests at most 6 levels."
            )
        else:
            ja = f"JSON として読めません（{where_ja}）: {what}"
            en = f"Not valid JSON ({where_en}): {what}"
        return InputProblem("", etype, L(ja, en), line, column)
    template = _MESSAGES.get(etype)
    if "expected" in ctx:
        ctx["expected"] = str(ctx["expected"])
    if template is None:
        ja, en = f"入力が不正です: {err.get('msg', etype)}", str(err.get("msg", etype))
    else:
        try:
            ja, en = template[0].format(**ctx), template[1].format(**ctx)
        except (KeyError, ValueError, IndexError):
            ja, en = template[0], template[1]
    raw = err.get("input")
    shown = None if etype in ("missing",) or isinstance(raw, dict | list) else excerpt(raw)
    return InputProblem(pointer, etype, L(ja, en), input=shown)
