"""Default factories for the fields of pydantic models.

Python functions rather than ``list`` or ``dict``: pydantic inspects the signature
of every default factory when a model is defined, and a builtin's signature is
parsed from its text with the tokenizer, which costs more than building the field
(this runs for every such field when the models are defined, at every start).
"""

from __future__ import annotations

__all__ = ["new_dict", "new_list"]


def new_list() -> list:
    """A fresh empty list."""
    return []


def new_dict() -> dict:
    """A fresh empty dict."""
    return {}
