"""The rule registry: each code's check function and parameter model.

A check is a small generator, in the manner of python-jsonschema's
validators: it takes the analysed chain and its parameters and yields
:class:`~chain.check.findings.Hit` objects (where, and the facts). It never
words a message or picks a clause: the engine does that from the catalog
and the profile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chain._perf.factories import new_list

if TYPE_CHECKING:
    from chain.check.findings import Hit
    from chain.graph import ChainGraph
    from chain.profiles.model import Profile

__all__ = ["REGISTRY", "NoParams", "RuleContext", "RuleSpec", "TierScope", "rule", "typed_params"]


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TierScope(NoParams):
    """Which delegation tiers a rule looks at: listed ``tiers`` and/or ``min_tier`` and deeper."""

    tiers: list[int] = Field(default_factory=new_list, description="Tiers, e.g. [2] for 再委託.")
    min_tier: int | None = Field(None, ge=2, description="This tier and every deeper one.")

    def applies(self, tier: int | None) -> bool:
        if tier is None:
            return False
        return tier in self.tiers or (self.min_tier is not None and tier >= self.min_tier)


# Named tuples rather than frozen dataclasses: defining one costs a tenth as much, and
# this module is imported by every `chain validate` (see chain.cli.validate_opts).
class RuleContext(NamedTuple):
    """What a check may consult besides the chain: the profile it runs under."""

    profile: Profile


Check = Callable[["ChainGraph", Any, RuleContext], Iterable["Hit"]]


class RuleSpec(NamedTuple):
    """A rule's implementation: its check and the model of its parameters."""

    code: str
    check: Check
    params: type[BaseModel]


REGISTRY: dict[str, RuleSpec] = {}


def rule(code: str, params: type[BaseModel] = NoParams) -> Callable[[Check], Check]:
    """Register ``check`` as the implementation of ``code``."""

    def register(check: Check) -> Check:
        if code in REGISTRY:
            raise RuntimeError(f"rule {code} registered twice")
        REGISTRY[code] = RuleSpec(code, check, params)
        return check

    return register


def _load_checks() -> None:
    # Importing the modules registers their checks.
    from chain.check.rules import (  # noqa: F401
        chn_characters,
        chn_structure,
        dat_data,
        dlg_consent,
        itm_items,
        per_periods,
        plc_places,
        pst_duties,
        stf_staff,
        tir_tiers,
    )


def typed_params(code: str, params: dict[str, Any]) -> BaseModel:
    """Validate a profile rule's parameters; raises ``ValueError`` with their place."""
    _load_checks()
    spec = REGISTRY.get(code)
    if spec is None:
        raise ValueError(f"unknown rule code {code}")
    try:
        return spec.params.model_validate(params)
    except ValidationError as exc:
        detail = "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or code}: {e['msg']}"
            for e in exc.errors(include_url=False)
        )
        raise ValueError(f"parameters of {code}: {detail}") from None
