"""A variant of the chain format whose lists stop at their first invalid item.

pydantic reports every problem it finds, which is what an officer wants for
a file with a few mistakes. For a large file of junk it is a denial of
service: ``"delegations": [1, 1, 1, ...]`` of 2 MB gave a million problems,
2.3 GB of memory and half a minute, and the default size limit allows 64 MB.
Large files are therefore read with :func:`fail_fast_model` of
:class:`~chain.model.Chain`: the same fields, constraints and messages, but
every list (at every depth) stops at its first invalid item, so the number
of problems is bounded by the shape of the format, not by the file.

The variant classes subclass the published ones (``isinstance`` holds, and
every attribute is the same); they are built on first use, so reading small
files never pays for them.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, FailFast, create_model
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo

__all__ = ["fail_fast_dataclass", "fail_fast_model"]


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


def _has_list(annotation: Any, seen: frozenset = frozenset()) -> bool:
    origin = get_origin(annotation)
    if origin is list:
        return True
    fields = _fields(annotation)
    if fields is not None:
        if annotation in seen:
            return False
        return any(_has_list(f.annotation, seen | {annotation}) for f in fields.values())
    return any(_has_list(a, seen) for a in get_args(annotation) if not isinstance(a, str))


def _rewrite(annotation: Any) -> Any:
    """``annotation`` with every list failing fast and every model replaced by its variant."""
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation)
        return Annotated[list[_rewrite(item)], _FailFast()]
    if origin is Annotated:
        inner, *meta = get_args(annotation)
        return Annotated[(_rewrite(inner), *meta)]  # type: ignore[return-value]
    if origin in (Union, types.UnionType):
        return typing.Union[tuple(_rewrite(a) for a in get_args(annotation))]  # noqa: UP007
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return fail_fast_model(annotation) if _has_list(annotation) else annotation
    if _fields(annotation) is not None:
        return fail_fast_dataclass(annotation) if _has_list(annotation) else annotation
    return annotation


@cache
def fail_fast_model(model: type[BaseModel]) -> type[BaseModel]:
    """A subclass of ``model`` whose lists, at every depth, stop at their first invalid item."""
    fields = {
        name: (_rewrite(info.annotation), info)
        for name, info in model.model_fields.items()
        if _has_list(info.annotation)
    }
    return create_model(  # type: ignore[call-overload, no-any-return]
        model.__name__, __base__=model, __module__=model.__module__,
        __doc__=model.__doc__, **fields,
    )


@cache
def fail_fast_dataclass(cls: type) -> type:
    """:func:`fail_fast_model` of a pydantic dataclass: a subclass with the same fields,
    whose lists stop at their first invalid item."""
    fields = cls.__pydantic_fields__  # type: ignore[attr-defined]
    changed = [
        (name, _rewrite(info.annotation), dataclasses.field(default=info))
        for name, info in fields.items()
        if _has_list(info.annotation)
    ]
    variant = dataclasses.make_dataclass(
        cls.__name__, changed, bases=(cls,), kw_only=True, namespace={"__doc__": cls.__doc__}
    )
    variant.__module__ = cls.__module__
    slots = "__slots__" in cls.__dict__
    return pydantic_dataclass(  # type: ignore[call-overload, no-any-return]
        variant, config=cls.__pydantic_config__, kw_only=True, slots=slots,  # type: ignore[attr-defined]
    )
