"""Liability: who answers to the municipality for an incident, in what capacity, and why.

>>> from chain import check_chain, load_chain, load_profile
>>> from chain.liability import assess
>>> chain = load_chain("sample_data/000/compliant.json")
>>> a = assess(check_chain(chain, load_profile("000")), "hokuto")
>>> [(c.party, c.capacity) for c in a.capacities]
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
