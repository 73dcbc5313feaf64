"""Profiles: a contract template's rules, held as data with their clauses.

Each template is a TOML file beside this module (``chain/profiles/*.toml``); a new
municipality is a new file, loaded by id (if it sits here) or by path.
"""

from chain.profiles.model import (
    BUILTIN_DIR,
    Profile,
    ProfileError,
    builtin_profile_ids,
    load_profile,
    parse_profile,
)

__all__ = [
    "BUILTIN_DIR",
    "Profile",
    "ProfileError",
    "builtin_profile_ids",
    "load_profile",
    "parse_profile",
]
