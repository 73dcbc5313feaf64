"""JSON Schemas published in ``schemas/``: the chain format and the profile format.

Both are generated from the models; ``tests/test_schema.py`` fails when the
committed files drift from them. Regenerate with ``chain schema --write schemas``.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from chain.format.model import FORMAT_VERSION, Chain
from chain.profiles.model import Clause, Profile, Text2

__all__ = ["SCHEMAS", "chain_schema", "dump", "profile_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def chain_schema() -> dict[str, Any]:
    schema = Chain.model_json_schema(by_alias=True)
    return {
        "$schema": _DIALECT,
        "$id": f"subcontract-chain/chain-{FORMAT_VERSION}.schema.json",
        "title": "subcontract-chain: outsourcing chain (チェーン形式)",
        "description": "A chain submitted for checking: the contract, parties, delegations, "
        "workers and places. Format version " + FORMAT_VERSION + ".",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def _rule_models() -> list[type[BaseModel]]:
    from chain.check.registry import REGISTRY, _load_checks

    _load_checks()
    models = []
    for code in sorted(REGISTRY):
        spec = REGISTRY[code]
        models.append(
            create_model(
                f"Rule{code}",
                __base__=spec.params,
                __config__=None,
                code=(Literal[code], Field(description="Rule code, see `chain rules explain`.")),
                clause=(Clause | list[Clause], Field(description="Clause(s) the rule rests on.")),
                severity=(Literal["error", "warning", "info"] | None, None),
                interpretation=(str | None, Field(None, description="Id of a silence.")),
                note=(Text2 | None, None),
            )
        )
    return models


def profile_schema() -> dict[str, Any]:
    """Schema of a profile file as written (TOML): rule tables are flat."""
    models = _rule_models()
    rule = Annotated[Union[tuple(models)], Field(discriminator="code")]  # noqa: UP007
    fields = {
        name: (info.annotation, info)
        for name, info in Profile.model_fields.items()
        if name != "rules"
    }
    file_model = create_model(
        "ProfileFile",
        __config__=ConfigDict(extra="forbid", title="ProfileFile"),
        rules=(list[rule], Field(default_factory=list)),  # type: ignore[valid-type]
        **fields,
    )
    schema = file_model.model_json_schema()
    return {
        "$schema": _DIALECT,
        "$id": "subcontract-chain/profile.schema.json",
        "title": "subcontract-chain: template profile (プロファイル)",
        "description": "A contract template's rules as data, each citing its clause. Written "
        "as TOML; see chain/profiles/ for the built-in ones.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


SCHEMAS = {"chain": chain_schema, "profile": profile_schema}


def dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
