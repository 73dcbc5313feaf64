"""Profiles: a contract template's rules, held as data with their clauses.

Each template is a TOML file beside this module (``chain/profiles/*.toml``, and
``_builtin.toml`` for the rules every chain is checked against); a new municipality is
a new file, loaded by id (if it sits here) or by path. A profile is modelled in
:mod:`~chain.profiles.model`, cites its clauses through
:mod:`~chain.profiles.citations`, gives each rule the parameters of
:mod:`~chain.profiles.params`, and is read by :mod:`~chain.profiles.load` (the shipped
files from the data :mod:`~chain.profiles.shipped` keeps of them). Its published schema
is :mod:`~chain.profiles.schema`'s.
"""

from chain.profiles.citations import Citation, Clause, Interpretation
from chain.profiles.load import (
    ProfileError,
    builtin_profile_ids,
    builtin_rules,
    load_profile,
    parse_profile,
)
from chain.profiles.model import (
    BUILTIN_DIR,
    FIELD_REFS,
    ApplicationItem,
    DelegateLiability,
    Liability,
    Profile,
    RuleEntry,
    Silence,
    TierInterpretation,
)

__all__ = [
    "BUILTIN_DIR",
    "FIELD_REFS",
    "ApplicationItem",
    "Citation",
    "Clause",
    "DelegateLiability",
    "Interpretation",
    "Liability",
    "Profile",
    "ProfileError",
    "RuleEntry",
    "Silence",
    "TierInterpretation",
    "builtin_profile_ids",
    "builtin_rules",
    "load_profile",
    "parse_profile",
]
