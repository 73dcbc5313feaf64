"""What every model of a profile file is built on: unknown keys refused, values frozen."""

from pydantic import BaseModel, ConfigDict

__all__ = ["ProfileModel", "in_tiers"]


class ProfileModel(BaseModel):
    """A table of a profile file: a key it does not define is an error, and once read
    nothing in it changes (profiles are shared by every check)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def in_tiers(tier: int | None, tiers: list[int], min_tier: int | None) -> bool:
    """Whether ``tier`` is one of ``tiers``, or ``min_tier`` or deeper."""
    if tier is None:
        return False
    return tier in tiers or (min_tier is not None and tier >= min_tier)
