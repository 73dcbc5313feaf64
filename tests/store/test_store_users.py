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


def test_each_officers_last_saved_case_and_the_names_to_pick_from(
    service: CaseService, compliant: bytes
) -> None:
    assert service.registered_users() == []
    first = service.new_case("tanaka", "一つ目", "市民税課")["id"]
    service.add_user("tanaka", "suzuki", "officer")
    service.add_user("tanaka", "kato", "viewer")
    assert service.registered_users() == [
        {"name": "kato", "role": "viewer"},
        {"name": "suzuki", "role": "officer"},
        {"name": "tanaka", "role": "admin"},
    ]
    service.save_version("tanaka", first, compliant, parent=None)
    second = service.new_case("suzuki", "二つ目", "情報政策課")["id"]
    service.save_version("suzuki", second, compliant, parent=None)
    service.save_version("tanaka", second, compliant, parent=1)  # tanaka's last: case 2
    service.save_version("suzuki", first, compliant, parent=1)  # suzuki's last: case 1
    assert (service.last_saved("tanaka") or {})["id"] == second
    last = service.last_saved("suzuki") or {}
    assert (last["id"], last["title"], last["version"]) == (first, "一つ目", 2)
    assert service.last_saved("kato") is None
