"""The registered users, as the app reads them to offer the moves a role allows."""

from __future__ import annotations

from chain.cases.service import CaseService


def test_users_are_listed_by_name_with_their_roles(service: CaseService) -> None:
    assert service.users("nobody") == []  # an empty store: read, nothing to list
    service.new_case("tanaka", "件名", "課")  # the first writer runs the store
    service.add_user("tanaka", "suzuki", "approver")
    service.add_user("tanaka", "abe", "viewer")
    assert service.users("abe") == [
        {"name": "abe", "role": "viewer"},
        {"name": "suzuki", "role": "approver"},
        {"name": "tanaka", "role": "admin"},
    ]
