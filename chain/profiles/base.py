"""What every model of a profile file is built on: unknown keys refused, values frozen,
and bilingual texts read as :class:`~chain.vocab.L`."""

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, GetPydanticSchema
from pydantic_core import core_schema

from chain.vocab import L

__all__ = ["Bilingual", "ProfileModel", "Text2", "in_tiers"]


class ProfileModel(BaseModel):
    """A table of a profile file: a key it does not define is an error, and once read
    nothing in it changes (profiles are shared by every check)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text2(ProfileModel):
    """A text in Japanese and English."""

    ja: str
    en: str


def _as_l(text: Text2) -> L:
    return L(text.ja, text.en)


def _bilingual(_source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    # Read and published as the table it is written as (the schema names it Text2), held
    # as the one bilingual text of the library.
    return core_schema.no_info_after_validator_function(
        _as_l,
        handler(Text2),
        serialization=core_schema.plain_serializer_function_ser_schema(L.to_dict),
    )


#: A bilingual text of a profile (``{ ja = "…", en = "…" }``), read as an :class:`L`.
Bilingual = Annotated[L, GetPydanticSchema(_bilingual)]


def in_tiers(tier: int | None, tiers: list[int], min_tier: int | None) -> bool:
    """Whether ``tier`` is one of ``tiers``, or ``min_tier`` or deeper."""
    if tier is None:
        return False
    return tier in tiers or (min_tier is not None and tier >= min_tier)
