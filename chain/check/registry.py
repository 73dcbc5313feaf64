"""The rule registry: each code's check function and the model of its parameters.

A check is a small generator, in the manner of python-jsonschema's
validators: it takes the analysed chain and its parameters and yields
:class:`~chain.check.findings.Hit` objects (where, and the facts). It never
words a message or picks a clause: the engine does that from the catalog
and the profile.

A check registers under its code with :func:`rule`; the code's parameter model is the
one profiles validate it with (:data:`chain.profiles.params.PARAMS`). Importing
:mod:`chain.check.rules` registers every check: :data:`REGISTRY` is complete once the
package is imported (and so whenever :mod:`chain.check` is).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from pydantic import BaseModel

from chain.check.findings import Hit
from chain.graph import ChainGraph
from chain.profiles.model import Profile
from chain.profiles.params import PARAMS

__all__ = ["REGISTRY", "Check", "RuleContext", "RuleSpec", "implemented_by", "rule"]


# Named tuples rather than frozen dataclasses: see chain/_perf/README.md.
class RuleContext(NamedTuple):
    """What a check may consult besides the chain: the profile it runs under."""

    profile: Profile


Check = Callable[[ChainGraph, Any, RuleContext], Iterable[Hit]]


class RuleSpec(NamedTuple):
    """A rule's implementation: its check and the model of its parameters."""

    code: str
    check: Check
    params: type[BaseModel]


REGISTRY: dict[str, RuleSpec] = {}


def rule(code: str) -> Callable[[Check], Check]:
    """Register ``check`` as the implementation of ``code``, a code of
    :data:`~chain.profiles.params.PARAMS` (whose model its parameters are)."""
    params = PARAMS.get(code)
    if params is None:
        raise RuntimeError(f"rule {code} has no parameters in chain.profiles.params.PARAMS")

    def register(check: Check) -> Check:
        if code in REGISTRY:
            raise RuntimeError(f"rule {code} registered twice")
        REGISTRY[code] = RuleSpec(code, check, params)
        return check

    return register


def implemented_by(code: str) -> str | None:
    """Where the check of ``code`` is written, as ``path/to/module.py:function`` (relative
    to the repository); ``None`` for a code with no check (a retired one).

    >>> implemented_by("DLG001")
    'chain/check/rules/dlg_consent.py:consent_missing'
    """
    spec = REGISTRY.get(code)
    if spec is None:
        return None
    check = spec.check
    # A check made by a factory (one per role, say) is named by the factory.
    function = check.__qualname__.split(".<locals>", 1)[0]
    return f"{check.__module__.replace('.', '/')}.py:{function}"
