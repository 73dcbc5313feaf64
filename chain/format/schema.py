"""The JSON Schema of the chain format, published in ``schemas/chain.schema.json``.

Generated from the models (the profile format's is :mod:`chain.profiles.schema`);
``tests/test_schema.py`` fails when the committed files drift from them. Regenerate
with ``chain schema --write schemas``.
"""

from __future__ import annotations

import json
from typing import Any

from chain.format.model import FORMAT_VERSION, Chain

__all__ = ["DIALECT", "chain_schema", "dump"]

#: The JSON Schema dialect of every published schema.
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def chain_schema() -> dict[str, Any]:
    schema = Chain.model_json_schema(by_alias=True)
    return {
        "$schema": DIALECT,
        "$id": f"subcontract-chain/chain-{FORMAT_VERSION}.schema.json",
        "title": "subcontract-chain: outsourcing chain (チェーン形式)",
        "description": "A chain submitted for checking: the contract, parties, delegations, "
        "workers and places. Format version " + FORMAT_VERSION + ".",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
