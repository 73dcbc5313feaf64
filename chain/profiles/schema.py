"""The JSON Schema of profile files, published in ``schemas/profile.schema.json``.

Generated from the profile models and the parameters of every rule
(:mod:`chain.profiles.params`); ``tests/test_schema.py`` fails when the committed
file drifts from them. Regenerate with ``chain schema --write schemas``.
"""

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from chain.format.schema import DIALECT, chain_schema
from chain.profiles.base import Bilingual
from chain.profiles.citations import Clause
from chain.profiles.model import Profile
from chain.profiles.params import PARAMS
from chain.profiles.when import When

__all__ = ["SCHEMAS", "profile_schema"]

# The annotations of the schema's models are built at run time: values, not type expressions.
_ANNOTATED: Any = Annotated
_LIST: Any = list
_LITERAL: Any = Literal
_UNION: Any = Union
_SEVERITY: Any = _LITERAL["error", "warning", "info"] | None


def _rule_models() -> list[type[BaseModel]]:
    models: list[type[BaseModel]] = []
    for code in sorted(PARAMS):
        models.append(
            create_model(
                f"Rule{code}",
                __base__=PARAMS[code],
                __config__=None,
                code=(_LITERAL[code], Field(description="Rule code, see `chain rules explain`.")),
                clause=(Clause | list[Clause], Field(description="Clause(s) the rule rests on.")),
                severity=(_SEVERITY, None),
                interpretation=(str | None, Field(None, description="Id of a silence.")),
                note=(Bilingual | None, None),
                when=(
                    When | None,
                    Field(None, description="In which cases the rule's findings count."),
                ),
                message=(
                    Bilingual | None,
                    Field(None, description="The profile's own message for this rule."),
                ),
                fix=(
                    Bilingual | None,
                    Field(None, description="The profile's own fix for this rule."),
                ),
            )
        )
    return models


def profile_schema() -> dict[str, Any]:
    """Schema of a profile file as written (TOML): rule tables are flat."""
    models = _rule_models()
    rule = _ANNOTATED[_UNION[tuple(models)], Field(discriminator="code")]
    fields = {
        name: (info.annotation, info)
        for name, info in Profile.model_fields.items()
        if name != "rules"
    }
    # The fields are passed as **kwargs, which mypy also matches against __config__ & co.
    file_model = create_model(  # type: ignore[call-overload]
        "ProfileFile",
        __config__=ConfigDict(extra="forbid", title="ProfileFile"),
        rules=(_LIST[rule], Field(default_factory=list)),
        **fields,
    )
    schema = file_model.model_json_schema()
    return {
        "$schema": DIALECT,
        "$id": "subcontract-chain/profile.schema.json",
        "title": "subcontract-chain: template profile (プロファイル)",
        "description": "A contract template's rules as data, each citing its clause. Written "
        "as TOML; see chain/profiles/ for the built-in ones.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


#: Every published schema by name (``schemas/<name>.schema.json``).
SCHEMAS = {"chain": chain_schema, "profile": profile_schema}
