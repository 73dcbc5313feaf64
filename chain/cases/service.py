"""The service layer: the only code that writes to the case store.

Every action opens one transaction, checks who may do it and whether the case's state
allows it, writes, and appends its audit event in the same transaction, so an action
is either recorded whole or not at all. Refusals raise :class:`CaseError` with the
reason in Japanese and English; a store that cannot be used raises
:class:`StoreUnavailable`.

Writers are serialised: SQLite starts every transaction ``IMMEDIATE``; PostgreSQL takes
a transaction-scoped advisory lock first. Versions are optimistic: a save names the
version it was made from, and a save made from one that is no longer current is kept
beside it (``conflict``) and refused, so neither officer's work is lost.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.orm import Session

from chain.cases import audit as audit_chain
from chain.cases import states
from chain.cases.canonical import canonical, canonical_bytes, digest, dumps, dumps_list
from chain.cases.diff import chain_diff, findings_diff
from chain.cases.engine import busy_timeout, default_url, open_engine, translated
from chain.cases.tables import (
    ApiToken,
    AuditEvent,
    Case,
    ChainVersion,
    Decision,
    FiledDocument,
    Setting,
    User,
    ValidationRun,
)
from chain.cases.words import OUTCOMES, ROLES, SOURCES, STATES, CaseError
from chain.vocab import L

__all__ = ["CaseService", "Checked"]

#: What each role may do (admins may do everything).
MAY = {
    "officer": frozenset({"new", "save", "submit", "withdraw", "read"}),
    "approver": frozenset({"review", "decide", "revoke", "read"}),
    "viewer": frozenset({"read"}),
}
SELF_APPROVAL = "allow_self_approval"
#: The advisory lock every PostgreSQL write transaction takes first.
_PG_LOCK = 0x5C4A1E


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Checked:
    """A chain its caller has already read and checked (the app, after each edit), handed
    to :meth:`CaseService.save_version` so that a save neither reads nor checks it again.

    ``data`` is the document's canonical JSON in UTF-8
    (:func:`chain.cases.canonical.canonical_bytes`), ``sha256`` its hash as the caller
    worked it out, ``report`` the caller's check of the same document
    (:class:`chain.check.engine.Report`), ``contract_template`` the template its contract
    names. Make one with :meth:`of`. The service hashes ``data`` itself (what it stores is
    what it hashes) and uses ``report`` only where its profile is the one the case is
    checked against; else it reads and checks ``data`` as it would a file.
    """

    data: bytes
    sha256: str
    report: Any
    contract_template: str | None = None

    @classmethod
    def of(cls, doc: dict[str, Any], report: Any) -> Checked:
        """The canonical JSON of ``doc`` with ``report``, the check of ``doc``."""
        data, sha = canonical_bytes(doc)
        contract = doc.get("contract")
        named = contract.get("template") if isinstance(contract, dict) else None
        return cls(data, sha, report, named if isinstance(named, str) else None)


def _date(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise CaseError(
            "invalid",
            L(
                f"{what} は YYYY-MM-DD の日付にしてください: {value!r}",
                f"{what} must be a YYYY-MM-DD date: {value!r}",
            ),
            kind="input",
        ) from None


class CaseService:
    """The case store's use cases over one engine."""

    def __init__(
        self,
        engine: Engine,
        *,
        url: str = "",
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=True)
        self.clock = clock

    @classmethod
    def open(cls, url: str | None = None, **kwargs: Any) -> CaseService:
        """The service over the store at ``url`` (``CHAIN_DATABASE_URL`` or the user's
        SQLite file), migrated to the newest schema."""
        url = url or default_url()
        return cls(open_engine(url), url=url, **kwargs)

    # -- transactions, actors, audit ------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with translated(self.url), Session(self.engine, expire_on_commit=False) as s, s.begin():
            if self.engine.dialect.name == "postgresql":
                # Wait for another writer as long as SQLite would, then say the store is busy.
                s.execute(text(f"SET LOCAL lock_timeout = {busy_timeout()}"))
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            yield s

    def _stamp(self) -> str:
        return self.clock().astimezone(dt.UTC).isoformat(timespec="microseconds")

    def _admin(self, s: Session, name: str, refusal: L) -> User:
        """The acting user, who must be an admin; else refused with ``refusal``, which says
        what only an admin may do (instead of :meth:`_actor`'s general refusal)."""
        try:
            return self._actor(s, name, "admin")
        except CaseError as exc:
            if exc.code != "role":
                raise
            raise CaseError("role", refusal, details=exc.details) from None

    def _actor(self, s: Session, name: str, action: str) -> User:
        name = (name or "").strip()
        if not name:
            raise CaseError(
                "no_user",
                L(
                    "操作する職員の名前を指定してください（--user か CHAIN_USER）。",
                    "Name the user acting (--user or CHAIN_USER).",
                ),
                kind="input",
            )
        user = s.scalar(select(User).where(User.name == name))
        if user is None:
            if s.scalar(select(func.count()).select_from(User)) == 0 and action != "read":
                # The first to write to an empty store runs it (one machine: the officer).
                user = User(name=name, role="admin", created_at=self._stamp())
                s.add(user)
                s.flush()
                self._event(
                    s, name, "user.bootstrap", f"user:{name}", None, digest(f"{name}\x1fadmin")
                )
                return user
            if action == "read" and s.scalar(select(func.count()).select_from(User)) == 0:
                return User(name=name, role="viewer", created_at="")
            raise CaseError(
                "unknown_user",
                L(
                    f"「{name}」は登録された職員ではありません。",
                    f"'{name}' is not a registered user.",
                ),
            )
        if user.role != "admin" and action not in MAY.get(user.role, frozenset()):
            raise CaseError(
                "role",
                L(
                    f"{name}（{ROLES[user.role].ja}）にはこの操作の権限がありません。",
                    f"{name} ({ROLES[user.role].en}) may not do this.",
                ),
                details={"role": user.role, "action": action},
            )
        return user

    def _event(
        self,
        s: Session,
        actor: str,
        action: str,
        obj: str,
        before: str | None,
        after: str | None,
    ) -> AuditEvent:
        last = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        sealed = audit_chain.seal(
            {
                "seq": (last.seq if last else 0) + 1,
                "at": self._stamp(),
                "actor": actor,
                "action": action,
                "object": obj,
                "before_hash": before,
                "after_hash": after,
            },
            last.hash if last else audit_chain.GENESIS,
        )
        event = AuditEvent(**sealed)
        s.add(event)
        s.flush()
        return event

    def _case(self, s: Session, case_id: int, *, lock: bool = False) -> Case:
        query = select(Case).where(Case.id == case_id)
        case = s.scalar(query.with_for_update() if lock else query)
        if case is None:
            raise CaseError(
                "not_found",
                L(f"ケース {case_id} はありません。", f"There is no case {case_id}."),
                kind="input",
            )
        return case

    def _version(self, s: Session, case: Case, number: int | None) -> ChainVersion:
        if number is None:
            if case.head_version_id is None:
                raise CaseError(
                    "no_version",
                    L(
                        f"ケース {case.id} にはまだ版がありません。",
                        f"Case {case.id} has no version yet.",
                    ),
                    kind="input",
                )
            found = s.get(ChainVersion, case.head_version_id)
        else:
            found = s.scalar(
                select(ChainVersion).where(
                    ChainVersion.case_id == case.id, ChainVersion.number == number
                )
            )
        if found is None:
            raise CaseError(
                "not_found",
                L(
                    f"ケース {case.id} に第 {number} 版はありません。",
                    f"Case {case.id} has no version {number}.",
                ),
                kind="input",
            )
        return found

    @staticmethod
    def _case_hash(case: Case) -> str:
        return canonical(
            {
                "id": case.id,
                "title": case.title,
                "department": case.department,
                "profile_id": case.profile_id,
                "contractor": case.contractor,
                "state": case.state,
                "head_version_id": case.head_version_id,
                "revision": case.revision,
            }
        )[1]

    @contextmanager
    def _changing(self, s: Session, actor: str, case: Case, action: str | None) -> Iterator[None]:
        """Change the case row in the block: then its revision is raised (refused if another
        writer raised it first) and, for an ``action``, its audit event written with the
        row's hashes before and after."""
        before, expected = self._case_hash(case), case.revision
        yield
        s.flush()
        self._bump(s, case, expected)
        if action is not None:
            self._event(s, actor, action, f"case:{case.id}", before, self._case_hash(case))

    def _bump(self, s: Session, case: Case, expected: int) -> None:
        """Raise the case's revision, refusing when another writer got there first."""
        done = s.execute(
            update(Case)
            .where(Case.id == case.id, Case.revision == expected)
            .values(revision=expected + 1)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise CaseError(
                "conflict",
                L(
                    f"ケース {case.id} はほかの職員が先に更新しました。開き直してからもう一度操作してください。",
                    f"Case {case.id} was changed by someone else meanwhile; reopen it and try again.",
                ),
            )
        case.revision = expected + 1

    # -- users and settings ---------------------------------------------------------

    def add_user(self, actor: str, name: str, role: str) -> dict[str, Any]:
        if role not in ROLES:
            raise CaseError(
                "invalid",
                L(
                    f"役割は {', '.join(ROLES)} のどれかです。",
                    f"The role is one of {', '.join(ROLES)}.",
                ),
                kind="input",
            )
        with self._tx() as s:
            who = self._admin(
                s, actor, L("職員の登録は管理者だけができます。", "Only an admin may add users.")
            )
            if s.scalar(select(User).where(User.name == name)) is not None:
                raise CaseError(
                    "exists",
                    L(f"「{name}」はすでに登録されています。", f"'{name}' is already registered."),
                    kind="input",
                )
            s.add(User(name=name, role=role, created_at=self._stamp()))
            self._event(s, who.name, "user.add", f"user:{name}", None, digest(f"{name}\x1f{role}"))
            return {"name": name, "role": role}

    def users(self, actor: str) -> list[dict[str, Any]]:
        """The registered users and their roles, by name (read only)."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            return [
                {"name": u.name, "role": u.role}
                for u in s.scalars(select(User).order_by(User.name))
            ]

    def registered_users(self) -> list[dict[str, Any]]:
        """The registered users' names and roles, by name, for a pick-list of who is acting
        (no actor: a sign-in's list of names, nothing else). Empty before anyone wrote."""
        with translated(self.url), Session(self.engine) as s:
            return [
                {"name": name, "role": role}
                for name, role in s.execute(select(User.name, User.role).order_by(User.name))
            ]

    def set_self_approval(self, actor: str, allowed: bool) -> dict[str, Any]:
        with self._tx() as s:
            who = self._admin(
                s,
                actor,
                L("この設定は管理者だけが変えられます。", "Only an admin may change this setting."),
            )
            setting = s.get(Setting, SELF_APPROVAL) or Setting(key=SELF_APPROVAL, value="")
            before = setting.value or "false"
            setting.value = "true" if allowed else "false"
            s.add(setting)
            self._event(
                s,
                who.name,
                "setting",
                f"setting:{SELF_APPROVAL}",
                digest(before),
                digest(setting.value),
            )
            return {SELF_APPROVAL: allowed}

    # -- API tokens -----------------------------------------------------------------

    def new_token(self, actor: str, user: str, label: str = "") -> dict[str, Any]:
        """A new API token acting as ``user`` (admins only). The token is returned here
        once; the store keeps only its SHA-256."""
        import secrets

        with self._tx() as s:
            who = self._admin(
                s,
                actor,
                L(
                    "API トークンの発行は管理者だけができます。",
                    "Only an admin may issue API tokens.",
                ),
            )
            owner = s.scalar(select(User).where(User.name == user))
            if owner is None:
                raise CaseError(
                    "unknown_user",
                    L(
                        f"「{user}」は登録された職員ではありません（先に chain case user で登録してください）。",
                        f"'{user}' is not a registered user (register them with chain case user first).",
                    ),
                    kind="input",
                )
            token = "sct_" + secrets.token_urlsafe(32)
            row = ApiToken(
                label=label or user,
                user_name=owner.name,
                sha256=digest(token),
                created_by=who.name,
                created_at=self._stamp(),
            )
            s.add(row)
            s.flush()
            self._event(s, who.name, "token.new", f"token:{row.id}", None, row.sha256)
            return {
                "id": row.id,
                "label": row.label,
                "user": owner.name,
                "role": owner.role,
                "token": token,
            }

    def list_tokens(self, actor: str) -> list[dict[str, Any]]:
        """The API tokens issued (admins only): whom each acts as, never the token."""
        with self._tx() as s:
            self._admin(
                s,
                actor,
                L(
                    "API トークンの一覧は管理者だけが見られます。",
                    "Only an admin may list API tokens.",
                ),
            )
            return [
                {
                    "id": t.id,
                    "label": t.label,
                    "user": t.user_name,
                    "created_by": t.created_by,
                    "created_at": t.created_at,
                    "revoked_at": t.revoked_at,
                }
                for t in s.scalars(select(ApiToken).order_by(ApiToken.id))
            ]

    def revoke_token(self, actor: str, token_id: int) -> dict[str, Any]:
        """Stop a token from working (admins only)."""
        with self._tx() as s:
            who = self._admin(
                s,
                actor,
                L(
                    "API トークンの失効は管理者だけができます。",
                    "Only an admin may revoke API tokens.",
                ),
            )
            row = s.get(ApiToken, token_id)
            if row is None:
                raise CaseError(
                    "not_found",
                    L(f"トークン {token_id} はありません。", f"There is no token {token_id}."),
                    kind="input",
                )
            if row.revoked_at is None:
                row.revoked_at = self._stamp()
                self._event(s, who.name, "token.revoke", f"token:{row.id}", row.sha256, None)
            return {"id": row.id, "label": row.label, "user": row.user_name, "revoked": True}

    def token_user(self, token: str) -> str:
        """The name of the user a live token acts as; refused (``unauthorized``) for a
        token the store does not know or has revoked."""
        refused = CaseError(
            "unauthorized",
            L(
                "API トークンがないか、正しくありません。",
                "The API token is missing or not valid.",
            ),
        )
        if not token:
            raise refused
        with translated(self.url), Session(self.engine) as s:
            row = s.scalar(select(ApiToken).where(ApiToken.sha256 == digest(token)))
            if row is None or row.revoked_at is not None:
                raise refused
            return row.user_name

    # -- cases and versions ---------------------------------------------------------

    def new_case(
        self,
        actor: str,
        title: str,
        department: str,
        *,
        profile_id: str | None = None,
        contractor: str | None = None,
    ) -> dict[str, Any]:
        """File a new case (下書き) for one contract."""
        if not title.strip() or not department.strip():
            raise CaseError(
                "invalid",
                L("件名と担当課は必須です。", "A case needs a title and a department."),
                kind="input",
            )
        if profile_id is not None:
            from chain.profiles.load import ProfileError, load_profile

            try:
                load_profile(profile_id)
            except ProfileError as exc:
                raise CaseError(
                    "invalid", L(exc.text("ja"), exc.text("en")), kind="input"
                ) from None
        with self._tx() as s:
            who = self._actor(s, actor, "new")
            case = Case(
                title=title,
                department=department,
                profile_id=profile_id,
                contractor=contractor,
                state="draft",
                revision=0,
                created_by=who.name,
                created_at=self._stamp(),
            )
            s.add(case)
            s.flush()
            self._event(s, who.name, "case.new", f"case:{case.id}", None, self._case_hash(case))
            return self._case_dict(case)

    def save_version(
        self,
        actor: str,
        case_id: int,
        data: bytes | None,
        *,
        parent: int | None,
        source: str = "file",
        source_name: str | None = None,
        checked: Checked | None = None,
    ) -> dict[str, Any]:
        """Save ``data`` (a chain's JSON) as a new version of the case, made from version
        ``parent`` (``None`` for the first), and check it; or save the chain ``checked``
        (``data`` then ``None``), already read and checked by the caller.

        When ``parent`` is no longer the case's current version, the new version is kept
        as a conflict beside it and the save is refused (``stale_parent``)."""
        if source not in SOURCES:
            raise CaseError(
                "invalid",
                L(
                    f"出所は {', '.join(SOURCES)} のどれかです。",
                    f"The source is one of {', '.join(SOURCES)}.",
                ),
                kind="input",
            )
        chain: Any = None
        if checked is None:
            if data is None:
                raise CaseError(
                    "invalid",
                    L("保存するチェーンがありません。", "There is no chain to save."),
                    kind="input",
                )
            doc, chain = self._read_chain(data)
            text_, sha = canonical_bytes(doc)
            del doc
        else:
            text_ = checked.data
            sha = hashlib.sha256(text_).hexdigest()
            if sha != checked.sha256 or checked.report is None:
                raise CaseError(
                    "invalid",
                    L(
                        "保存しようとしたチェーンが、確認されたものと一致しません。",
                        "The chain to save is not the one that was checked.",
                    ),
                    kind="input",
                )
        with self._tx() as s:
            who = self._actor(s, actor, "save")
            case = self._case(s, case_id, lock=True)
            if case.state not in states.EDITABLE:
                raise self._state_error(case, "save")
            head = s.get(ChainVersion, case.head_version_id) if case.head_version_id else None
            parent_row = self._version(s, case, parent) if parent is not None else None
            if head is not None and parent is None:
                raise CaseError(
                    "parent_missing",
                    L(
                        f"ケース {case.id} にはすでに第 {head.number} 版があります。どの版から作ったか（第 {head.number} 版など）を指定してください。",
                        f"Case {case.id} already has version {head.number}: name the version this was made from (such as version {head.number}).",
                    ),
                    kind="input",
                    details={"head": head.number, "current": head.number},
                )
            number = (
                s.scalar(
                    select(func.max(ChainVersion.number)).where(ChainVersion.case_id == case.id)
                )
                or 0
            ) + 1
            stale = head is not None and parent_row is not None and parent_row.id != head.id
            version = ChainVersion(
                case_id=case.id,
                number=number,
                parent_id=parent_row.id if parent_row else None,
                sha256=sha,
                chain_json=text_,
                created_by=who.name,
                created_at=self._stamp(),
                source=source,
                source_name=source_name,
                source_sha256=digest(data.decode("utf-8", "surrogateescape")) if data else None,
                conflict=stale,
            )
            s.add(version)
            s.flush()
            report = self._handed(checked, case)
            if report is None and chain is None:  # checked by the caller on another profile
                chain = self._read_chain(text_)[1]
            run = self._run(s, version, chain, case, report)
            del chain, report
            self._event(
                s,
                who.name,
                "version.conflict" if stale else "version.save",
                f"case:{case.id}/version:{number}",
                parent_row.sha256 if parent_row else None,
                sha,
            )
            if not stale:
                with self._changing(s, who.name, case, None):
                    case.head_version_id = version.id
            result = {"case": case.id, **self._version_dict(version), "findings": self._counts(run)}
        if stale:
            assert head is not None and parent_row is not None
            raise CaseError(
                "stale_parent",
                L(
                    f"ほかの職員が先にケース {case_id} を更新しました（第 {parent_row.number} 版の後に第 {head.number} 版）。"
                    f"この内容は第 {number} 版として残しましたが、現在の版は第 {head.number} 版のままです。"
                    f"第 {head.number} 版との違いを確かめ、第 {head.number} 版を元に保存し直してください。",
                    f"Someone else saved case {case_id} first (version {head.number} after version {parent_row.number}). "
                    f"Your chain is kept as version {number}, but the current version is still {head.number}: "
                    f"compare them and save again from version {head.number}.",
                ),
                details={"kept": number, "current": head.number, "parent": parent_row.number},
            )
        return result

    def _read_chain(self, data: bytes) -> tuple[dict, Any]:
        from chain.format.prechecks import prepare_bytes
        from chain.format.problems import ChainInputError
        from chain.format.read import parse_chain

        try:
            chain = parse_chain(data)
            doc = _json_object(prepare_bytes(data, _limits()))
        except ChainInputError as exc:
            shown = exc.problems[:20]
            raise CaseError(
                "invalid_chain",
                L(
                    "チェーンとして読めません: "
                    + "; ".join(f"{p.pointer or '/'} {p.message.ja}" for p in shown),
                    "Not a readable chain: "
                    + "; ".join(f"{p.pointer or '/'} {p.message.en}" for p in shown),
                ),
                kind="input",
                details={"problems": [p.to_dict() for p in shown]},
            ) from None
        return doc, chain

    @staticmethod
    def _handed(checked: Checked | None, case: Case) -> Any:
        """The caller's report, if it was made on the profile the case is checked against:
        the case's own, else the one its contract names (a case with neither takes the
        caller's), and where that is a shipped profile, that profile as shipped (not an
        uploaded one of the same id)."""
        if checked is None or checked.report is None:
            return None
        profile = checked.report.profile
        expected = case.profile_id or checked.contract_template
        if expected is None:
            return checked.report
        if profile.id != expected:
            return None
        from chain.profiles.load import ProfileError, builtin_profile_ids, load_profile

        if expected in builtin_profile_ids():
            try:
                shipped = load_profile(expected)
            except ProfileError:
                return None
            if shipped is not profile and _profile_hash(shipped) != _profile_hash(profile):
                return None
        return checked.report

    def _run(
        self, s: Session, version: ChainVersion, chain: Any, case: Case, report: Any = None
    ) -> ValidationRun:
        import chain as package
        from chain.validate import validate_chain

        if report is None:
            result = validate_chain(chain, profile=case.profile_id)
            if result.report is None:
                problems = result.problems[:20]
                raise CaseError(
                    "invalid_chain",
                    L(
                        "確認できません: " + "; ".join(p.message.ja for p in problems),
                        "Cannot be checked: " + "; ".join(p.message.en for p in problems),
                    ),
                    kind="input",
                    details={"problems": [p.to_dict() for p in problems]},
                )
            report = result.report
        counts = report.counts()
        run = ValidationRun(
            version_id=version.id,
            profile_id=report.profile.id,
            profile_sha256=_profile_hash(report.profile),
            engine_version=package.__version__,
            findings_json=dumps_list(f.to_dict() for f in report.findings),
            errors=counts["error"],
            warnings=counts["warning"],
            infos=counts["info"],
            ran_at=self._stamp(),
        )
        s.add(run)
        s.flush()
        return run

    # -- reading ----------------------------------------------------------------------

    def list_cases(self, actor: str, *, state: str | None = None) -> list[dict[str, Any]]:
        with self._tx() as s:
            self._actor(s, actor, "read")
            # The columns alone, not an object per case: the list of an office's cases.
            columns = [getattr(Case, name) for name in _CASE_COLUMNS]
            query = select(*columns).order_by(Case.id)
            if state is not None:
                query = query.where(Case.state == state)
            labels = {key: label.to_dict() for key, label in STATES.items()}
            out = []
            for row in s.execute(query):
                case = dict(zip(_CASE_COLUMNS, row, strict=True))
                # The order of _case_dict: the state's label after the state.
                out.append(
                    {
                        **{k: case[k] for k in _CASE_COLUMNS[:6]},
                        "state_label": labels[case["state"]],
                        **{k: case[k] for k in _CASE_COLUMNS[6:]},
                    }
                )
            return out

    def last_saved(self, actor: str) -> dict[str, Any] | None:
        """The case ``actor`` last saved a version of (its record and current version
        number, ``version``), or ``None`` if they saved none (read only)."""
        with self._tx() as s:
            who = self._actor(s, actor, "read")
            case_id = s.scalar(
                select(ChainVersion.case_id)
                .where(ChainVersion.created_by == who.name)
                .order_by(ChainVersion.id.desc())
                .limit(1)
            )
            if case_id is None:
                return None
            case = self._case(s, case_id)
            if case.head_version_id is None:
                return None
            number = s.scalar(
                select(ChainVersion.number).where(ChainVersion.id == case.head_version_id)
            )
            return {**self._case_dict(case), "version": number}

    def show_case(self, actor: str, case_id: int) -> dict[str, Any]:
        """The case, its versions, decisions and the derived status of its delegations."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            case = self._case(s, case_id)
            versions = list(
                s.scalars(
                    select(ChainVersion)
                    .where(ChainVersion.case_id == case.id)
                    .order_by(ChainVersion.number)
                )
            )
            runs = {
                r.version_id: r
                for r in s.scalars(
                    select(ValidationRun).where(
                        ValidationRun.version_id.in_([v.id for v in versions])
                    )
                )
            }
            decisions = list(
                s.scalars(select(Decision).where(Decision.case_id == case.id).order_by(Decision.id))
            )
            by_id = {v.id: v for v in versions}
            out = self._case_dict(case)
            out["versions"] = [
                {**self._version_dict(v), "findings": self._counts(runs.get(v.id))}
                for v in versions
            ]
            out["decisions"] = [self._decision_dict(d, by_id) for d in decisions]
            out["delegations"] = self._status(case, by_id, decisions)
            derived = sorted(
                {
                    k
                    for row in out["delegations"]
                    for k in ("expired", "needs_reapproval")
                    if row.get(k)
                }
            )
            out["derived"] = derived
            return out

    def _status(
        self, case: Case, by_id: dict[int, ChainVersion], decisions: list[Decision]
    ) -> list[dict[str, Any]]:
        if case.head_version_id is None:
            return []
        chains = {vid: json.loads(v.chain_json) for vid, v in by_id.items()}
        plain = [
            {
                "id": d.id,
                "version_id": d.version_id,
                "edge_ids": json.loads(d.edge_ids_json) if d.edge_ids_json else None,
                "outcome": d.outcome,
                "valid_until": d.valid_until,
            }
            for d in decisions
        ]
        today = self.clock().astimezone(dt.UTC).date()
        return states.approval_status(plain, chains, chains[case.head_version_id], today)

    def version_chain(self, actor: str, case_id: int, number: int | None = None) -> dict[str, Any]:
        """The chain of one version (by default the current one), as saved."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            case = self._case(s, case_id)
            version = self._version(s, case, number)
            return json.loads(version.chain_json)

    def diff(self, actor: str, case_id: int, a: int, b: int) -> dict[str, Any]:
        """What changed from version ``a`` to version ``b``: the chain, field by field,
        and the findings (new, resolved)."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            case = self._case(s, case_id)
            va, vb = self._version(s, case, a), self._version(s, case, b)
            ra = s.scalar(
                select(ValidationRun)
                .where(ValidationRun.version_id == va.id)
                .order_by(ValidationRun.id.desc())
            )
            rb = s.scalar(
                select(ValidationRun)
                .where(ValidationRun.version_id == vb.id)
                .order_by(ValidationRun.id.desc())
            )
            return {
                "case": case.id,
                "from": {"version": va.number, "sha256": va.sha256},
                "to": {"version": vb.number, "sha256": vb.sha256},
                "chain": chain_diff(json.loads(va.chain_json), json.loads(vb.chain_json)),
                "findings": findings_diff(
                    json.loads(ra.findings_json) if ra else [],
                    json.loads(rb.findings_json) if rb else [],
                ),
            }

    # -- the state machine and decisions ------------------------------------------------

    def _state_error(self, case: Case, action: str) -> CaseError:
        state = STATES[case.state]
        return CaseError(
            "state",
            L(
                f"ケース {case.id} は「{state.ja}」のため、この操作（{action}）はできません。",
                f"Case {case.id} is {state.en}: '{action}' is not possible now.",
            ),
            details={"state": case.state, "action": action},
        )

    def transition(self, actor: str, case_id: int, action: str) -> dict[str, Any]:
        """``submit`` (提出), ``review`` (審査中), ``withdraw`` (取下げ) or ``revoke`` (取消)."""
        if action not in states.ACTIONS or action == "decide":
            raise CaseError(
                "invalid",
                L(f"操作「{action}」はありません。", f"No action '{action}'."),
                kind="input",
            )
        with self._tx() as s:
            who = self._actor(s, actor, action)
            case = self._case(s, case_id, lock=True)
            if not states.allowed(case.state, action):
                raise self._state_error(case, action)
            if action == "submit" and case.head_version_id is None:
                raise CaseError(
                    "no_version",
                    L(
                        f"ケース {case.id} には提出する版がありません。",
                        f"Case {case.id} has no version to submit.",
                    ),
                )
            with self._changing(s, who.name, case, f"case.{action}"):
                case.state = states.ACTIONS[action][1] or case.state
                if action == "submit":
                    case.submitted_by = who.name
            return self._case_dict(case)

    def decide(
        self,
        actor: str,
        case_id: int,
        outcome: str,
        *,
        edges: Sequence[str] | None = None,
        conditions: Sequence[dict[str, Any]] = (),
        reason: str = "",
        codes: Sequence[str] = (),
        clauses: Sequence[str] = (),
        valid_from: str | None = None,
        valid_until: str | None = None,
        version_sha256: str | None = None,
    ) -> dict[str, Any]:
        """Record a decision on the case's current version, for the delegations
        ``edges`` or (``None``) the whole submission, and move the case's state.

        ``conditions`` (for 条件付承認) are ``{"text", "clause", "due"}``; ``version_sha256``,
        when given, must be the current version's (the decision binds the hash)."""
        if outcome not in OUTCOMES:
            raise CaseError(
                "invalid",
                L(
                    f"決定は {', '.join(OUTCOMES)} のどれかです。",
                    f"The outcome is one of {', '.join(OUTCOMES)}.",
                ),
                kind="input",
            )
        conds = [self._condition(c) for c in conditions]
        if outcome == "conditional" and not conds:
            raise CaseError(
                "invalid",
                L("条件付承認には条件が要ります。", "A conditional approval needs its conditions."),
                kind="input",
            )
        if outcome != "conditional" and conds:
            raise CaseError(
                "invalid",
                L(
                    "条件は条件付承認にだけ付けられます。",
                    "Only a conditional approval has conditions.",
                ),
                kind="input",
            )
        if outcome in ("rejected", "returned") and not (reason.strip() or codes):
            raise CaseError(
                "invalid",
                L(
                    "不承認・差戻しには理由（文か発見事項のコード）が要ります。",
                    "A rejection or a return needs its reasons (text or finding codes).",
                ),
                kind="input",
            )
        start, until = _date(valid_from, "valid_from"), _date(valid_until, "valid_until")
        if start and until and until < start:
            raise CaseError(
                "invalid",
                L("有効期限が有効開始日より前です。", "valid_until is before valid_from."),
                kind="input",
            )
        with self._tx() as s:
            who = self._actor(s, actor, "decide")
            case = self._case(s, case_id, lock=True)
            if not states.allowed(case.state, "decide"):
                raise self._state_error(case, "decide")
            version = self._version(s, case, None)
            if version_sha256 is not None and version_sha256 != version.sha256:
                raise CaseError(
                    "stale_version",
                    L(
                        f"ケース {case.id} の現在の版（第 {version.number} 版）は、決定しようとした版ではありません。",
                        f"The current version of case {case.id} (version {version.number}) is not the one you meant to decide.",
                    ),
                    details={"current": version.number, "sha256": version.sha256},
                )
            if who.name in {version.created_by, case.submitted_by} and not self._self_approval(s):
                raise CaseError(
                    "self_approval",
                    L(
                        f"{who.name} はこの版を作成または提出したため、自分で決定できません（自己承認は設定で許可されていません）。",
                        f"{who.name} made or submitted this version and may not decide it (self-approval is not allowed).",
                    ),
                )
            chain = json.loads(version.chain_json)
            known = [d.get("id") for d in chain.get("delegations") or [] if isinstance(d, dict)]
            if edges is not None:
                edges = list(dict.fromkeys(edges))
                unknown = [e for e in edges if e not in known]
                if unknown or not edges:
                    raise CaseError(
                        "invalid",
                        L(
                            f"この版にない委託です: {', '.join(unknown) or '（なし）'}",
                            f"No such delegation in this version: {', '.join(unknown) or '(none)'}",
                        ),
                        kind="input",
                    )
            earlier = list(
                s.scalars(select(Decision).where(Decision.case_id == case.id).order_by(Decision.id))
            )
            supersedes = next(
                (
                    d
                    for d in reversed(earlier)
                    if edges is None
                    or d.edge_ids_json is None
                    or set(json.loads(d.edge_ids_json)) & set(edges)
                ),
                None,
            )
            decision = Decision(
                case_id=case.id,
                version_id=version.id,
                version_sha256=version.sha256,
                edge_ids_json=dumps(edges) if edges is not None else None,
                outcome=outcome,
                conditions_json=dumps(conds),
                reason_text=reason,
                reason_codes_json=dumps(list(codes)),
                reason_clauses_json=dumps(list(clauses)),
                valid_from=start,
                valid_until=until,
                decided_by=who.name,
                decided_at=self._stamp(),
                supersedes_id=supersedes.id if supersedes else None,
            )
            s.add(decision)
            s.flush()
            with self._changing(s, who.name, case, "case.state"):
                case.state = self._state_after(case, chain, [*earlier, decision], version.id, known)
                record = self._decision_dict(decision, {version.id: version})
                self._event(
                    s,
                    who.name,
                    f"decision.{outcome}",
                    f"case:{case.id}/decision:{decision.id}",
                    version.sha256,
                    canonical(record)[1],
                )
            return {**record, "state": case.state}

    @staticmethod
    def _state_after(
        case: Case, chain: dict, decisions: list[Decision], version_id: int, known: list
    ) -> str:
        """A decision on the whole submission sets the state; decisions per delegation
        do once every delegation of the version is decided (the worst outcome wins)."""
        latest: dict[str, str] = {}
        for d in decisions:
            if d.version_id != version_id:
                continue
            if d.edge_ids_json is None:
                latest = {e: d.outcome for e in known}
                latest[""] = d.outcome
            else:
                for e in json.loads(d.edge_ids_json):
                    latest[e] = d.outcome
        if decisions[-1].edge_ids_json is None:
            return decisions[-1].outcome
        if known and all(e in latest for e in known):
            return states.combined_outcome([latest[e] for e in known])
        return "in_review"

    def _self_approval(self, s: Session) -> bool:
        setting = s.get(Setting, SELF_APPROVAL)
        return setting is not None and setting.value == "true"

    @staticmethod
    def _condition(c: Any) -> dict[str, Any]:
        if not isinstance(c, dict):
            c = {}
        if not str(c.get("text") or "").strip():
            raise CaseError(
                "invalid",
                L("条件には文（text）が要ります。", "A condition needs its text."),
                kind="input",
            )
        return {
            "text": str(c["text"]),
            "clause": str(c["clause"]) if c.get("clause") else None,
            "due": _date(c.get("due"), "due"),
        }

    # -- documents filed in a case ------------------------------------------------------

    #: The kinds of document a case keeps, and the action filing one takes.
    DOCUMENT_KINDS: ClassVar[dict[str, str]] = {"decision_notice": "decide", "application": "save"}

    def file_document(
        self,
        actor: str,
        case_id: int,
        *,
        kind: str,
        name: str,
        data: bytes,
        media_type: str,
        decision_id: int | None = None,
    ) -> dict[str, Any]:
        """Keep a document in the case (a drafted notice of one of its decisions...), as
        given, with its SHA-256; the audit trail records the filing with the hash."""
        action = self.DOCUMENT_KINDS.get(kind)
        if action is None:
            raise CaseError(
                "invalid",
                L(
                    f"書類の種類は {', '.join(self.DOCUMENT_KINDS)} のどれかです。",
                    f"The kind of document is one of {', '.join(self.DOCUMENT_KINDS)}.",
                ),
                kind="input",
            )
        with self._tx() as s:
            who = self._actor(s, actor, action)
            case = self._case(s, case_id, lock=True)
            if decision_id is not None:
                found = s.get(Decision, decision_id)
                if found is None or found.case_id != case.id:
                    raise CaseError(
                        "not_found",
                        L(
                            f"ケース {case.id} に決定 {decision_id} はありません。",
                            f"Case {case.id} has no decision {decision_id}.",
                        ),
                        kind="input",
                    )
            digest_hex = hashlib.sha256(data).hexdigest()
            doc = FiledDocument(
                case_id=case.id,
                decision_id=decision_id,
                kind=kind,
                name=name[:300],
                media_type=media_type[:100],
                sha256=digest_hex,
                size=len(data),
                content=data,
                created_by=who.name,
                created_at=self._stamp(),
            )
            s.add(doc)
            s.flush()
            self._event(
                s, who.name, "document.filed", f"case:{case.id}/document:{doc.id}", None, digest_hex
            )
            return self._document_dict(doc)

    def documents(self, actor: str, case_id: int) -> list[dict[str, Any]]:
        """The documents filed in a case, oldest first (without their content)."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            case = self._case(s, case_id)
            rows = s.scalars(
                select(FiledDocument)
                .where(FiledDocument.case_id == case.id)
                .order_by(FiledDocument.id)
            )
            return [self._document_dict(d) for d in rows]

    def document(self, actor: str, case_id: int, document_id: int) -> tuple[dict[str, Any], bytes]:
        """One filed document and its content, which is checked against its hash."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            case = self._case(s, case_id)
            doc = s.get(FiledDocument, document_id)
            if doc is None or doc.case_id != case.id:
                raise CaseError(
                    "not_found",
                    L(
                        f"ケース {case.id} に書類 {document_id} はありません。",
                        f"Case {case.id} has no document {document_id}.",
                    ),
                    kind="input",
                )
            record = self._document_dict(doc)
            record["intact"] = hashlib.sha256(doc.content).hexdigest() == doc.sha256
            return record, bytes(doc.content)

    @staticmethod
    def _document_dict(d: FiledDocument) -> dict[str, Any]:
        return {
            "id": d.id,
            "case": d.case_id,
            "decision": d.decision_id,
            "kind": d.kind,
            "name": d.name,
            "media_type": d.media_type,
            "sha256": d.sha256,
            "size": d.size,
            "filed_by": d.created_by,
            "filed_at": d.created_at,
        }

    # -- the audit trail and export ---------------------------------------------------

    def audit(self, actor: str, case_id: int | None = None) -> dict[str, Any]:
        """Verify the whole hash chain; the events (of one case, or all)."""
        with self._tx() as s:
            self._actor(s, actor, "read")
            rows = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
            events = [self._event_dict(e) for e in rows]
            broken = audit_chain.verify(events)
            if case_id is not None:
                prefix = f"case:{case_id}"
                events = [
                    e
                    for e in events
                    if e["object"] == prefix or e["object"].startswith(prefix + "/")
                ]
            return {
                "intact": broken is None,
                "broken": broken,
                "count": len(rows),
                "events": events,
            }

    def export(self, actor: str, case_id: int) -> dict[str, Any]:
        """Everything kept for a case: its record, every version's chain and findings,
        the decisions, the documents filed (their content in base64) and its audit events,
        as one JSON document."""
        shown = self.show_case(actor, case_id)
        with self._tx() as s:
            versions = list(
                s.scalars(
                    select(ChainVersion)
                    .where(ChainVersion.case_id == case_id)
                    .order_by(ChainVersion.number)
                )
            )
            runs = list(
                s.scalars(
                    select(ValidationRun)
                    .where(ValidationRun.version_id.in_([v.id for v in versions]))
                    .order_by(ValidationRun.id)
                )
            )
            number = {v.id: v.number for v in versions}
            shown["versions"] = [
                {**self._version_dict(v), "chain": json.loads(v.chain_json)} for v in versions
            ]
            shown["validation_runs"] = [
                {
                    "version": number[r.version_id],
                    "profile_id": r.profile_id,
                    "profile_sha256": r.profile_sha256,
                    "engine_version": r.engine_version,
                    "ran_at": r.ran_at,
                    "findings": json.loads(r.findings_json),
                }
                for r in runs
            ]
            filed = s.scalars(
                select(FiledDocument)
                .where(FiledDocument.case_id == case_id)
                .order_by(FiledDocument.id)
            )
            shown["documents"] = [
                {**self._document_dict(d), "content_base64": base64.b64encode(d.content).decode()}
                for d in filed
            ]
        shown["audit"] = self.audit(actor, case_id)
        return {"format": "subcontract-chain-case", "version": 1, **shown}

    # -- records as dictionaries --------------------------------------------------------

    @staticmethod
    def _case_dict(case: Case) -> dict[str, Any]:
        return {
            "id": case.id,
            "title": case.title,
            "department": case.department,
            "profile_id": case.profile_id,
            "contractor": case.contractor,
            "state": case.state,
            "state_label": STATES[case.state].to_dict(),
            "head_version_id": case.head_version_id,
            "revision": case.revision,
            "created_by": case.created_by,
            "created_at": case.created_at,
        }

    @staticmethod
    def _version_dict(v: ChainVersion) -> dict[str, Any]:
        return {
            "version": v.number,
            "sha256": v.sha256,
            "parent_id": v.parent_id,
            "created_by": v.created_by,
            "created_at": v.created_at,
            "source": v.source,
            "source_name": v.source_name,
            "conflict": v.conflict,
        }

    @staticmethod
    def _counts(run: ValidationRun | None) -> dict[str, Any] | None:
        if run is None:
            return None
        return {
            "profile_id": run.profile_id,
            "error": run.errors,
            "warning": run.warnings,
            "info": run.infos,
        }

    @staticmethod
    def _decision_dict(d: Decision, versions: dict[int, ChainVersion]) -> dict[str, Any]:
        v = versions.get(d.version_id)
        return {
            "id": d.id,
            "version": v.number if v else None,
            "version_sha256": d.version_sha256,
            "delegations": json.loads(d.edge_ids_json) if d.edge_ids_json else None,
            "outcome": d.outcome,
            "outcome_label": OUTCOMES[d.outcome].to_dict(),
            "conditions": json.loads(d.conditions_json),
            "reasons": {
                "text": d.reason_text,
                "codes": json.loads(d.reason_codes_json),
                "clauses": json.loads(d.reason_clauses_json),
            },
            "valid_from": d.valid_from,
            "valid_until": d.valid_until,
            "decided_by": d.decided_by,
            "decided_at": d.decided_at,
            "supersedes": d.supersedes_id,
        }

    @staticmethod
    def _event_dict(e: AuditEvent) -> dict[str, Any]:
        return {k: getattr(e, k) for k in (*audit_chain.FIELDS, "hash")}


#: The fields of a case as the service answers them (``_case_dict``), in its order.
_CASE_COLUMNS = (
    "id",
    "title",
    "department",
    "profile_id",
    "contractor",
    "state",
    "head_version_id",
    "revision",
    "created_by",
    "created_at",
)


def _limits() -> Any:
    from chain.format.limits import DEFAULT_LIMITS

    return DEFAULT_LIMITS


def _json_object(data: bytes) -> Any:
    """The JSON text a chain was read from, as Python values: orjson's reading (a fifth
    of the standard library's time), or the standard library's where orjson refuses what
    the chain reader accepted (an integer beyond 64 bits)."""
    import orjson

    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


#: Each profile checked against, with the hash of its model: worked out once, not at
#: every save (the profile objects are the loader's own, kept for the process).
_PROFILE_HASHES: dict[int, tuple[Any, str]] = {}


def _profile_hash(profile: Any) -> str:
    """The sha256 of the profile as loaded (its model, as canonical JSON)."""
    kept = _PROFILE_HASHES.get(id(profile))
    if kept is not None and kept[0] is profile:
        return kept[1]
    if len(_PROFILE_HASHES) > 64:
        _PROFILE_HASHES.clear()
    sha = canonical(profile.model_dump(mode="json"))[1]
    _PROFILE_HASHES[id(profile)] = (profile, sha)
    return sha
