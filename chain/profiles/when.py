"""Rule preconditions: ``when = { … }`` on any rule entry, one notion for every rule kind.

A rule's own parameters say what it checks (``tiers``, ``roles``…); ``when`` says in
which cases a finding of it counts at all, in the same words whatever the rule:

=================  ========================================================================
key                a finding counts only if …
=================  ========================================================================
``tiers``          its subject is at one of these tiers (a delegation's, or its party's)
``min_tier``       … or at this tier or deeper
``personal_data``  its delegation passes personal data on (``true``) or none (``false``);
                   without a delegation, the contract's categories are looked at
``categories``     its delegation (else the contract) handles one of these categories
``subsidiary``     the delegate is (``true``) or is not (``false``) a subsidiary
``employments``    its worker has one of these employment types
``roles``          its worker has one of these roles
``place_kinds``    its place is of one of these kinds
=================  ========================================================================

A condition about a subject the finding does not have (a worker's role, for a finding
about a delegation) does not hold. Entries without ``when`` cost nothing.
"""

from __future__ import annotations

from pydantic import Field

from chain._perf.factories import new_list
from chain.format.model import Employment, PlaceKind, Role
from chain.profiles.base import ProfileModel

__all__ = ["When"]


class When(ProfileModel):
    """In which cases a rule's findings count (every condition given must hold)."""

    tiers: list[int] = Field(default_factory=new_list, description="Tiers the subject is at.")
    min_tier: int | None = Field(None, ge=1, description="This tier and every deeper one.")
    personal_data: bool | None = Field(
        None, description="The delegation passes personal data on (true) or none (false)."
    )
    categories: list[str] = Field(
        default_factory=new_list,
        description="Personal-data categories, any of which must be handled (after NFKC).",
    )
    subsidiary: bool | None = Field(
        None, description="The delegate is a subsidiary (true) or not (false)."
    )
    employments: list[Employment] = Field(default_factory=new_list)
    roles: list[Role] = Field(default_factory=new_list)
    place_kinds: list[PlaceKind] = Field(default_factory=new_list)

    def is_empty(self) -> bool:
        return not self.model_fields_set
