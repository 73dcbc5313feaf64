"""Variants of the chain format for large files: the number of problems is bounded.

pydantic reports every problem it finds, which is what an officer wants for
a file with a few mistakes. For a large file of junk it is a denial of
service: ``"delegations": [1, 1, 1, ...]`` of 2 MB gave a million problems,
2.3 GB of memory and half a minute, and 3,000,000 unknown keys in 38 MB took
2.9 GB (pydantic keeps about 400 bytes per problem, a key takes 13). Large
files are therefore read with :func:`fail_fast_model` of
:class:`~chain.format.model.Chain`: the same fields, constraints and messages, but

- every list (at every depth) stops at its first invalid item, so that the
  problems of the items are bounded by the shape of the format;
- every unknown key is counted against the budget set by
  :func:`unknown_key_budget`: each is reported as before (``extra_forbidden``)
  until the budget is spent, and the next one stops the reading at once with
  :class:`TooManyUnknownKeys`. Nothing is kept of a key beyond the budget;
  the caller then counts them with :mod:`chain.format.keyscan`.

``unknown="ignored"`` gives the same variant with unknown keys ignored, for
the other problems of a file that ran out of budget.

pydantic has no setting for the second point: it is made by giving every
object of the variant (models and dataclasses alike) ``extra="allow"`` with a
validator for the extra values that always fails, and rebuilding the
variant's validator from its schema so changed. The variant classes
subclass the published ones (``isinstance`` holds, and every attribute is
the same); they are built on first use, so reading small files never pays
for them.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, FailFast, create_model
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError, PydanticOmit, SchemaValidator, core_schema

__all__ = [
    "TooManyUnknownKeys",
    "UnknownKeys",
    "fail_fast_dataclass",
    "fail_fast_model",
    "unknown_key_budget",
]

UnknownKeys = Literal["counted", "ignored"]


class TooManyUnknownKeys(Exception):
    """More unknown keys than the budget of :func:`unknown_key_budget` allows."""


class _Budget:
    __slots__ = ("limit", "seen")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.seen = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("unknown_key_budget", default=None)


@contextmanager
def unknown_key_budget(limit: int) -> Iterator[_Budget]:
    """Within the block, reading with a ``"counted"`` variant reports at most ``limit``
    unknown keys and raises :class:`TooManyUnknownKeys` at the next one.

    Without a budget every unknown key is reported, as by the published models.
    A context variable, so that threads (the app's sessions) each have their own.
    """
    budget = _Budget(limit)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def _unknown_key(value: Any) -> Any:
    budget = _BUDGET.get()
    if budget is not None:
        budget.seen += 1
        if budget.seen > budget.limit:
            raise TooManyUnknownKeys(budget.limit)
    raise PydanticCustomError("extra_forbidden", "Extra inputs are not permitted")


# The value of an unknown key, as the problem quotes it: a scalar as it is; an object or
# an array as an empty object (quoted as nothing, like any object), never converted to
# Python: that would cost as much as reading it, and the key may hold most of the file.
#
# Nor may any validator fail on an object or an array: pydantic copies the whole value
# into every error it makes of it, even an error dropped at once, and a union of the
# scalar types failing five times on an unknown key holding a 30 MB array took 2.4 GB.
# An arguments schema is the one validator that accepts both an object (keyword
# arguments) and an array (positional ones) as they are; each argument is read by the
# same schema again and then omitted (a scalar fails there, costing a copy of itself), so
# that nothing is built of what the value holds.
_OMITTED = core_schema.with_default_schema(
    core_schema.no_info_after_validator_function(
        lambda _value: _omit(), core_schema.definition_reference_schema("unknown-value")
    ),
    on_error="omit",
)
_CONTAINER = core_schema.definitions_schema(
    core_schema.definition_reference_schema("unknown-value"),
    [
        core_schema.arguments_schema(
            [], var_args_schema=_OMITTED, var_kwargs_schema=_OMITTED, ref="unknown-value"
        )
    ],
)
_SCALAR = [
    core_schema.str_schema(strict=True),
    core_schema.int_schema(strict=True),
    core_schema.float_schema(strict=True),
    core_schema.bool_schema(strict=True),
    core_schema.none_schema(),
]
_QUOTED = core_schema.with_default_schema(
    core_schema.union_schema(
        # A custom error: the union keeps none of the errors of its choices.
        [core_schema.no_info_after_validator_function(lambda _args: {}, _CONTAINER), *_SCALAR],
        mode="left_to_right",
        custom_error_type="unknown_value",
        custom_error_message="not a JSON value",
    ),
    default={},
    on_error="default",
)
_UNKNOWN_KEY = core_schema.chain_schema(
    [_QUOTED, core_schema.no_info_plain_validator_function(_unknown_key)]
)


# The annotations of a variant are built at run time: as values, not as type expressions.
_ANNOTATED: Any = Annotated
_LIST: Any = list


def _omit() -> None:
    raise PydanticOmit


class _FailFast(FailFast):
    """pydantic's marker, made hashable so that it can sit inside ``Optional[...]``."""

    def __hash__(self) -> int:
        return hash(FailFast)


def _fields(annotation: Any) -> dict[str, FieldInfo] | None:
    """The fields of a model or a pydantic dataclass (``None`` for any other type)."""
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return annotation.model_fields
        if is_pydantic_dataclass(annotation):
            return annotation.__pydantic_fields__
    return None


def _rewrite(annotation: Any, unknown: UnknownKeys) -> Any:
    """``annotation`` with every list failing fast and every model replaced by its variant."""
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation)
        return _ANNOTATED[_LIST[_rewrite(item, unknown)], _FailFast()]
    if origin is Annotated:
        inner, *meta = get_args(annotation)
        return _ANNOTATED[(_rewrite(inner, unknown), *meta)]
    if origin in (Union, types.UnionType):
        return typing.Union[tuple(_rewrite(a, unknown) for a in get_args(annotation))]  # noqa: UP007
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return fail_fast_model(annotation, unknown)
    if _fields(annotation) is not None:
        return fail_fast_dataclass(annotation, unknown)
    return annotation


def _changed(fields: dict[str, FieldInfo], unknown: UnknownKeys) -> dict[str, Any]:
    """The fields whose annotation the variant changes, with their new annotation."""
    out = {}
    for name, info in fields.items():
        rewritten = _rewrite(info.annotation, unknown)
        if rewritten != info.annotation:
            out[name] = rewritten
    return out


_Model = TypeVar("_Model", bound=BaseModel)


@cache
def fail_fast_model(model: type[_Model], unknown: UnknownKeys = "counted") -> type[_Model]:
    """A subclass of ``model`` whose lists, at every depth, stop at their first invalid item,
    and whose unknown keys are ``"counted"`` against the budget or ``"ignored"``."""
    fields = {
        name: (annotation, model.model_fields[name])
        for name, annotation in _changed(model.model_fields, unknown).items()
    }
    # The fields are passed as **kwargs, which mypy also matches against __config__ & co.
    variant = create_model(  # type: ignore[call-overload]
        model.__name__,
        __base__=model,
        __module__=model.__module__,
        __doc__=model.__doc__,
        **fields,
    )
    _route_unknown_keys(variant, unknown)
    return variant


@cache
def fail_fast_dataclass(cls: type, unknown: UnknownKeys = "counted") -> type:
    """:func:`fail_fast_model` of a pydantic dataclass: a subclass with the same fields,
    whose lists stop at their first invalid item."""
    fields: dict[str, FieldInfo] = cls.__pydantic_fields__  # type: ignore[attr-defined]
    changed = [
        (name, annotation, dataclasses.field(default=fields[name]))
        for name, annotation in _changed(fields, unknown).items()
    ]
    variant = dataclasses.make_dataclass(
        cls.__name__, changed, bases=(cls,), kw_only=True, namespace={"__doc__": cls.__doc__}
    )
    variant.__module__ = cls.__module__
    slots = "__slots__" in cls.__dict__
    built = pydantic_dataclass(
        variant,
        config=cls.__pydantic_config__,  # type: ignore[attr-defined]
        kw_only=True,
        slots=slots,
    )
    _route_unknown_keys(built, unknown)
    return built


def _route_unknown_keys(cls: type, unknown: UnknownKeys) -> None:
    """Rebuild the validator of ``cls`` with unknown keys counted or ignored at every depth.

    Nested variants keep the validators they were given (pydantic reuses a complete
    class's validator); ``cls`` itself is marked incomplete while its own is built, so
    that the new one is built from the changed schema rather than reused.
    """
    schema = copy.deepcopy(cls.__pydantic_core_schema__)  # type: ignore[attr-defined]
    _set_unknown_keys(schema, unknown)
    type.__setattr__(cls, "__pydantic_complete__", False)
    try:
        validator = SchemaValidator(schema, schema.get("config"))
    finally:
        type.__setattr__(cls, "__pydantic_complete__", True)
    type.__setattr__(cls, "__pydantic_validator__", validator)


def _set_unknown_keys(node: Any, unknown: UnknownKeys) -> None:
    if isinstance(node, list):
        for item in node:
            _set_unknown_keys(item, unknown)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    behaviour = "allow" if unknown == "counted" else "ignore"
    if kind in ("model-fields", "dataclass-args"):
        node["extra_behavior"] = behaviour
        if unknown == "counted":
            node["extras_schema"] = _UNKNOWN_KEY
    elif kind in ("model", "dataclass") and isinstance(node.get("config"), dict):
        node["config"] = {**node["config"], "extra_fields_behavior": behaviour}
    for key, value in node.items():
        if key != "extras_schema":
            _set_unknown_keys(value, unknown)
