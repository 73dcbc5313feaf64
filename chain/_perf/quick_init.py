"""Quicker construction of frozen dataclasses that are built by the hundred thousand.

A frozen dataclass refuses attribute assignment, so its generated ``__init__``
stores each field through ``object.__setattr__``: a method call per field,
about three times the cost of a plain dataclass. Liability for every party of
a 10,000-party chain builds some 170,000 texts, capacities and exposures, and
the checks one finding per hit, so that cost shows.

:func:`quick_init` gives such a class an ``__init__`` with the same signature
that writes the fields straight into the instance's ``__dict__``. Everything
else stays as the dataclass made it: assignment still raises
``FrozenInstanceError``, and equality, hashing, ``repr`` and ``replace`` are
unchanged. Declare the class with ``init=False``: the dataclass then does not
write an ``__init__`` of its own only for it to be replaced.

>>> from dataclasses import dataclass
>>> @quick_init
... @dataclass(frozen=True, init=False)
... class Pair:
...     a: str
...     b: tuple = ()
>>> Pair("x"), Pair("x") == Pair(a="x", b=())
(Pair(a='x', b=()), True)
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["quick_init"]

T = TypeVar("T", bound=type)


def quick_init(cls: T) -> T:
    """Replace the ``__init__`` of the frozen dataclass ``cls`` by a direct one."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not params.frozen or "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with a __dict__")
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: keyword-only fields are not supported")
    names = {f.name for f in fields}
    namespace: dict[str, object] = {}
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
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
