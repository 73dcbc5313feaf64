"""How two profiles differ: what one template requires that the other does not.

:func:`diff_profiles` reads the two profiles generically: every rule entry by its code
and its parameters (the tiers it covers, and every other parameter as its scope), the
application items each rule's item list asks for, tier by tier, the liability tables
field by field, the silences and the roles. A rule family or a parameter added to the
profile language shows up here without a change. Each difference is a
:class:`Difference` with the facts it is worded from and the clauses of either side;
:class:`ProfileDiff` groups them by topic (consent, items, tiers, duties after consent,
staff, places, data, periods, liability, silences, roles).

>>> from chain.profiles.load import load_profile
>>> d = diff_profiles(load_profile("000"), load_profile("002"))
>>> sorted({x.subject for x in d.entries if x.topic == "tiers"})
['TIR001', 'TIR002']
"""

from __future__ import annotations

from chain.profiles.diff.model import TOPICS, Difference, ProfileDiff, depth_of, tiers_label
from chain.profiles.diff.others import (
    liability_differences,
    other_differences,
    silence_differences,
)
from chain.profiles.diff.rules import item_differences, rule_differences
from chain.profiles.model import Profile

__all__ = ["TOPICS", "Difference", "ProfileDiff", "diff_profiles", "tiers_label"]


def diff_profiles(a: Profile, b: Profile) -> ProfileDiff:
    """What ``a`` requires that ``b`` does not, and the reverse, topic by topic."""
    depth = depth_of((a, b))
    entries = [
        *rule_differences(a, b, depth),
        *item_differences(a, b, depth),
        *liability_differences(a, b, depth),
        *silence_differences(a, b),
        *other_differences(a, b),
    ]
    order = {key: n for n, (key, _label, _fams) in enumerate(TOPICS)}
    entries.sort(key=lambda e: order[e.topic])  # stable: within a topic, code order
    return ProfileDiff(a.id, b.id, a.title, b.title, tuple(entries))
