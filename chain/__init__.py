"""subcontract-chain: check municipal outsourcing chains against their special provisions.

The library comes first; the CLI (``chain``) and the Streamlit app call it.

>>> from chain import load_chain, load_profile, check_chain
>>> report = check_chain(load_chain("sample_data/000/compliant.json"), load_profile("000"))
>>> report.counts()
{'error': 0, 'warning': 0, 'info': 1}

Attributes are imported lazily so that ``import chain`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Chain": "chain.format.model",
    "ChainInputError": "chain.format.problems",
    "Finding": "chain.check.findings",
    "Limits": "chain.format.limits",
    "Profile": "chain.profiles",
    "ProfileError": "chain.profiles",
    "Report": "chain.check",
    "analyse": "chain.graph",
    "check_chain": "chain.check",
    "load_chain": "chain.format.read",
    "load_profile": "chain.profiles",
    "parse_chain": "chain.format.read",
    "validate_bytes": "chain.validate",
    "validate_chain": "chain.validate",
    "validate_path": "chain.validate",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'chain' has no attribute {name!r}")
    return getattr(import_module(module), name)
