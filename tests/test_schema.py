"""The published JSON Schemas match the models, and mean what the models mean."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from chain.format.schema import dump
from chain.profiles.schema import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_published_schema_matches_models(name: str) -> None:
    published = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert published == dump(SCHEMAS[name]()), (
        f"schemas/{name}.schema.json drifted from the models; "
        "run `chain schema --write schemas` and review the diff"
    )


def test_chain_schema_accepts_samples_and_rejects_bad_shapes() -> None:
    schema = json.loads((ROOT / "schemas/chain.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))
    assert not list(validator.iter_errors(good))
    bad = json.loads(json.dumps(good))
    bad["parties"][0]["name"] = 1
    bad["delegations"][0]["unknown"] = True
    paths = sorted("/".join(map(str, e.absolute_path)) for e in validator.iter_errors(bad))
    assert paths == ["delegations/0", "parties/0/name"]


def test_profile_schema_accepts_every_builtin_profile() -> None:
    import tomllib

    schema = json.loads((ROOT / "schemas/profile.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((ROOT / "chain/profiles").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, f"{path.name}: {errors[:3]}"
