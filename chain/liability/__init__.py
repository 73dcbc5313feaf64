"""Liability: who answers to the municipality for an incident, in what capacity, and why.

>>> from chain.liability import assess                               # doctest: +SKIP
>>> a = assess(check_chain(chain, load_profile("000")), "hokuto")     # doctest: +SKIP
>>> [(c.party, c.capacity) for c in a.capacities]                      # doctest: +SKIP
[('minato', 'direct'), ('minato', 'regardless_of_terms'), ('hokuto', 'recourse_only')]

Capacities rest on the profile's ``[liability]`` clauses and on the findings
of the path; where the template is silent the capacity says "general law"
and names the interpretation, never an invented clause. Fact-dependent
exposure (tort, statutory duties, penal provisions) is listed separately.
"""

from chain.liability.assess import assess, assess_all
from chain.liability.model import (
    CAPACITIES,
    EXPOSURES,
    Assessment,
    Capacity,
    Exposure,
    LiabilityError,
)

__all__ = [
    "CAPACITIES",
    "EXPOSURES",
    "Assessment",
    "Capacity",
    "Exposure",
    "LiabilityError",
    "assess",
    "assess_all",
]
