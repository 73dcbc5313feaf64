"""The words of the case store in Japanese and English: states, outcomes, roles, and
the error a refused action raises.

>>> STATES["returned"].ja, OUTCOMES["conditional"].en
('差戻し', 'conditionally approved')
"""

from __future__ import annotations

from chain.vocab import L

__all__ = [
    "DERIVED",
    "OUTCOMES",
    "ROLES",
    "SOURCES",
    "STATES",
    "CaseError",
    "StoreUnavailable",
]

#: The states a case is in, stored on the case (ids are stable; the words are shown).
STATES: dict[str, L] = {
    "draft": L("下書き", "draft"),
    "submitted": L("提出", "submitted"),
    "in_review": L("審査中", "in review"),
    "returned": L("差戻し", "returned"),
    "approved": L("承認", "approved"),
    "conditional": L("条件付承認", "conditionally approved"),
    "rejected": L("不承認", "rejected"),
    "withdrawn": L("取下げ", "withdrawn"),
    "revoked": L("取消", "revoked"),
}

#: The states derived from the decisions and the calendar, never stored.
DERIVED: dict[str, L] = {
    "expired": L("期限切れ", "expired"),
    "needs_reapproval": L("要再承認", "needs re-approval"),
}

#: What a decision decides.
OUTCOMES: dict[str, L] = {
    "approved": L("承認", "approved"),
    "conditional": L("条件付承認", "conditionally approved"),
    "rejected": L("不承認", "rejected"),
    "returned": L("差戻し", "returned"),
}

#: Who may do what: 起案 officers file and save, 決裁 approvers review and decide,
#: viewers read, admins do everything and manage users.
ROLES: dict[str, L] = {
    "officer": L("起案", "officer"),
    "approver": L("決裁", "approver"),
    "viewer": L("閲覧", "viewer"),
    "admin": L("管理者", "admin"),
}

#: Where a version came from.
SOURCES: dict[str, L] = {
    "app": L("アプリ", "app"),
    "file": L("ファイル", "file"),
    "excel": L("Excel", "Excel"),
    "api": L("API", "API"),
}


class CaseError(Exception):
    """An action the store refuses, with its reason in both languages.

    ``code`` is stable (``stale_parent``, ``state``, ``role``, ``self_approval``,
    ``not_found``, ``invalid``, ...); ``kind`` says how the command ends: ``refused``
    (the rules say no, exit 1) or ``input`` (the request cannot be used, exit 2).
    ``details`` carry data for a JSON answer (the versions kept, the fields ...)."""

    def __init__(
        self, code: str, message: L, *, kind: str = "refused", details: dict | None = None
    ) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message
        self.kind = kind
        self.details = details or {}

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message.to_dict(), **self.details}


class StoreUnavailable(Exception):
    """The store cannot be used now: locked by another writer, unreachable, or not a
    store; nothing was written."""

    def __init__(self, code: str, message: L) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message.to_dict()}
