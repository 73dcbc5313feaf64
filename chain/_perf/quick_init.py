"""Quicker construction of frozen dataclasses that are built by the hundred thousand.

A frozen dataclass refuses attribute assignment, so its generated ``__init__``
stores each field through ``object.__setattr__``: a method call per field,
about three times the cost of a plain dataclass. Liability for every party of
a 10,000-party chain builds some 170,000 texts, capacities and exposures, and
the checks one finding per hit, so that cost shows.

:func:`quick_dataclass` declares such a class: it is ``dataclass(frozen=True)``
with an ``__init__`` of the same signature that writes the fields straight
into the instance's ``__dict__`` (:func:`quick_init`). Everything else stays as
the dataclass makes it: assignment still raises ``FrozenInstanceError``, and
equality, hashing, ``repr`` and ``replace`` are unchanged.

The dataclass is made with ``init=False``, so that it does not write an
``__init__`` only for it to be replaced (about a millisecond at every start
for ``Finding`` alone). Type checkers read the decorator as a frozen
dataclass (:pep:`681`, ``dataclass_transform``), so they see the ``__init__``
it is given and check every call against the fields.

>>> @quick_dataclass
... class Pair:
...     a: str
...     b: tuple[str, ...] = ()
>>> Pair("x"), Pair("x") == Pair(a="x", b=())
(Pair(a='x', b=()), True)
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

__all__ = ["quick_dataclass", "quick_init"]

T = TypeVar("T")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def quick_dataclass(cls: type[T]) -> type[T]:
    """``dataclass(frozen=True)`` for ``cls``, with the direct ``__init__`` of :func:`quick_init`."""
    return quick_init(dataclasses.dataclass(frozen=True, init=False)(cls))


def quick_init(cls: type[T]) -> type[T]:
    """Replace the ``__init__`` of the frozen dataclass ``cls`` by a direct one."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with a __dict__")
    if "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with a __dict__")
    # cls is a dataclass (checked just above), which its static type cannot say.
    fields = [f for f in dataclasses.fields(cls) if f.init]  # type: ignore[arg-type]
    if any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: keyword-only fields are not supported")
    names = {f.name for f in fields}
    namespace: dict[str, Any] = {}
    args, body = [], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            namespace[f"_qi_d_{f.name}"] = f.default
            args.append(f"{f.name}=_qi_d_{f.name}")
            body.append(f"    _qi_dict['{f.name}'] = {f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_qi_f_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_qi_missing")
            body.append(
                f"    _qi_dict['{f.name}'] = _qi_f_{f.name}() if {f.name} is _qi_missing else {f.name}"
            )
        else:
            args.append(f.name)
            body.append(f"    _qi_dict['{f.name}'] = {f.name}")
    namespace["_qi_missing"] = dataclasses.MISSING
    if not all(n.isidentifier() and not n.startswith("_qi_") for n in names):
        raise TypeError(f"{cls.__name__}: field names must be identifiers not starting _qi_")
    source = (
        f"def __init__(self, {', '.join(args)}):\n"
        "    _qi_dict = self.__dict__\n" + "\n".join(body) + "\n"
    )
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    # Replacing a method on the class is the point here, which the checker flags as such.
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
