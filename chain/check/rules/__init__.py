"""Rules: the catalog of codes, the registry of checks, and the checks by family.

Families: ``CHN`` chain structure, ``DLG`` consent to delegation, ``ITM``
application items, ``TIR`` tiers, ``PST`` duties after approval, ``STF``
staff, ``PLC`` places, ``DAT`` personal-data scope, ``PER`` periods.
"""

from chain.check.catalog import FAMILIES, RuleDoc, catalog
from chain.check.registry import REGISTRY

__all__ = ["FAMILIES", "REGISTRY", "RuleDoc", "catalog"]
