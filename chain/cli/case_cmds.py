"""``chain case …``: keep cases, their versions, decisions and audit trail.

Every command calls :class:`chain.cases.service.CaseService` and prints; none writes to
the database itself. Exit codes: 0 done; 1 refused (the state, a role, a stale parent,
self-approval) or, for ``audit``, a broken hash chain; 2 the request cannot be used (an
unknown case, an unreadable file, a bad option); 3 the store cannot be used now (locked
by another writer, unreachable). ``--json`` prints the answer, or the refusal, as JSON.
SQLAlchemy loads only when a case command runs.
"""

from __future__ import annotations

import getpass
import inspect
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from chain.cli.common import Lang, say_error
from chain.cli.shared_options import LangOpt

__all__ = ["register"]

UserOpt = Annotated[
    str | None,
    typer.Option("--user", "-u", envvar="CHAIN_USER", help="Who acts (default: the login name)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--database",
        envvar="CHAIN_DATABASE_URL",
        help="The store's URL (default: a SQLite file in the user's data folder).",
        show_envvar=True,
    ),
]

CaseArg = Annotated[int, typer.Argument(help="The case number.")]

#: The options every case command takes after its own, in this order: who acts, JSON or
#: text, the language, the store.
_SHARED = tuple(
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
    for name, kind, default in (
        ("user", UserOpt, None),
        ("as_json", JsonOpt, False),
        ("lang", LangOpt, Lang.ja),
        ("database", DbOpt, None),
    )
)

#: Outcomes by id or by their Japanese words.
_OUTCOME_WORDS = {
    "承認": "approved",
    "条件付承認": "conditional",
    "不承認": "rejected",
    "差戻し": "returned",
}


def _user(value: str | None) -> str:
    if value:
        return value
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _run(
    database: str | None,
    as_json: bool,
    lang: Lang,
    action: Callable[[Any], Any],
    show: Callable[[Any], None],
) -> Any:
    """Open the store, run ``action(service)``, print its answer; refusals and an
    unusable store end the command with their exit code, never a traceback."""
    from chain.cases.service import CaseService
    from chain.cases.words import CaseError, StoreUnavailable

    try:
        service = CaseService.open(database or None)
        try:
            answer = action(service)
        finally:
            service.engine.dispose()
    except CaseError as exc:
        if as_json:
            _print_json({"ok": False, "error": exc.to_dict()})
        say_error(exc.message(lang.value) + _option_hint(exc, lang))
        raise typer.Exit(1 if exc.kind == "refused" else 2) from None
    except StoreUnavailable as exc:
        if as_json:
            _print_json({"ok": False, "error": exc.to_dict()})
        say_error(exc.message(lang.value))
        raise typer.Exit(3) from None
    if as_json:
        _print_json(answer)
    else:
        show(answer)
    return answer


@dataclass(frozen=True, slots=True)
class Call:
    """What the shared options of a case command say: who acts, whether to answer in
    JSON, in which language, and which store."""

    user: str
    as_json: bool
    lang: Lang
    database: str | None

    def run(self, action: Callable[[Any], Any], show: Callable[[Any], None]) -> Any:
        """:func:`_run` with these options: ``action(service)``, its answer printed."""
        return _run(self.database, self.as_json, self.lang, action, show)


def command(
    app: typer.Typer, name: str, *, json_option: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``body(call, ...)`` as the command ``name`` of ``app``: its own arguments
    and options (the parameters after ``call``), then the shared ones (``--user``,
    ``--json`` unless ``json_option`` is false, ``--lang``, ``--database``), which reach
    the body as ``call`` (:class:`Call`); its docstring is the command's help."""

    def register(body: Callable[..., Any]) -> Callable[..., Any]:
        own = list(inspect.signature(body, eval_str=True).parameters.values())[1:]
        shared = [p for p in _SHARED if json_option or p.name != "as_json"]

        def run(**given: Any) -> None:
            call = Call(
                user=_user(given.pop("user")),
                as_json=given.pop("as_json", False),
                lang=given.pop("lang"),
                database=given.pop("database"),
            )
            body(call, **given)

        params = [*own, *shared]
        run.__name__, run.__qualname__, run.__doc__ = body.__name__, body.__qualname__, body.__doc__
        run.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in params}
        app.command(name)(run)
        return body

    return register


def _option_hint(exc: Any, lang: Lang) -> str:
    """How to name the version to save from on this command line, after a refusal for
    a stale or missing parent (the service words it for any caller)."""
    current = (exc.details or {}).get("current")
    if exc.code not in ("stale_parent", "parent_missing") or current is None:
        return ""
    return f"（--parent {current}）" if lang.value == "ja" else f" (--parent {current})"


def _state(case: dict, lang: Lang) -> str:
    return case["state_label"][lang.value]


def _case_line(case: dict, lang: Lang) -> str:
    return f"{case['id']}  {_state(case, lang)}  {case['department']}  {case['title']}"


def register(app: typer.Typer) -> None:
    from chain.text import visible

    case_app = typer.Typer(
        help="Keep cases: versions of a chain, decisions and the audit trail. "
        "ケース（チェーンの版、決定、監査記録）を保存します。",
        no_args_is_help=True,
    )

    def out(text: str) -> None:
        sys.stdout.write("\n".join(map(visible, text.split("\n"))) + "\n")

    @command(case_app, "new")
    def new(
        call: Call,
        title: Annotated[str, typer.Argument(help="件名 / the contract's title.")],
        department: Annotated[str, typer.Option("--department", "-d", help="担当課.")],
        profile: Annotated[
            str | None,
            typer.Option(
                "--profile", "-p", help="Profile id or path (default: the chain's template)."
            ),
        ] = None,
        contractor: Annotated[str | None, typer.Option(help="受託者 / the contractor.")] = None,
    ) -> None:
        """File a new case (下書き) for one contract. 新しいケースを作ります。"""
        call.run(
            lambda s: s.new_case(
                call.user, title, department, profile_id=profile, contractor=contractor
            ),
            lambda c: out(_case_line(c, call.lang)),
        )

    @command(case_app, "list")
    def list_(
        call: Call,
        state: Annotated[
            str | None, typer.Option(help="Only cases in this state (draft, submitted, ...).")
        ] = None,
    ) -> None:
        """List the cases. ケースの一覧。"""
        call.run(
            lambda s: s.list_cases(call.user, state=state),
            lambda cases: (
                out("\n".join(_case_line(c, call.lang) for c in cases)) if cases else None
            ),
        )

    @command(case_app, "show")
    def show(call: Call, case: CaseArg) -> None:
        """Show a case: versions, decisions, and each delegation's status (期限切れ, 要再承認).
        ケースの版・決定・委託ごとの状態を示します。"""
        lang = call.lang

        def text(c: dict) -> None:
            from chain.cases.words import OUTCOMES

            lines = [_case_line(c, lang)]
            for v in c["versions"]:
                f = v["findings"] or {}
                mark = " (conflict)" if v["conflict"] else ""
                lines.append(
                    f"  v{v['version']}{mark} {v['sha256'][:12]} {v['created_by']} {v['created_at']}"
                    f" E{f.get('error', 0)} W{f.get('warning', 0)} I{f.get('info', 0)}"
                )
            for d in c["decisions"]:
                scope = ",".join(d["delegations"] or []) or "*"
                lines.append(
                    f"  #{d['id']} v{d['version']} {d['outcome_label'][lang.value]} [{scope}] {d['decided_by']}"
                )
            for row in c["delegations"]:
                flags = []
                if row.get("expired"):
                    flags.append("期限切れ" if lang is Lang.ja else "expired")
                if row.get("needs_reapproval"):
                    word = "要再承認" if lang is Lang.ja else "needs re-approval"
                    flags.append(f"{word}: {', '.join(row['changed_fields'])}")
                outcome = OUTCOMES[row["outcome"]](lang.value) if row["outcome"] else "-"
                lines.append(f"  {row['delegation']}: {outcome} {' '.join(flags)}".rstrip())
            out("\n".join(lines))

        call.run(lambda s: s.show_case(call.user, case), text)

    @command(case_app, "save")
    def save(
        call: Call,
        case: CaseArg,
        file: Annotated[Path, typer.Argument(help="The chain's JSON ('-' for standard input).")],
        parent: Annotated[
            int | None,
            typer.Option(help="The version this was made from (required after the first)."),
        ] = None,
        source: Annotated[str, typer.Option(help="file, app, excel or api.")] = "file",
    ) -> None:
        """Save a chain as the case's next version and check it. チェーンを新しい版として保存します。"""
        from chain.format.limits import DEFAULT_LIMITS

        try:
            if str(file) == "-":
                data = sys.stdin.buffer.read(DEFAULT_LIMITS.max_bytes + 1)
            else:
                with file.open("rb") as fh:
                    data = fh.read(DEFAULT_LIMITS.max_bytes + 1)
        except OSError as exc:
            what = "読めません" if call.lang is Lang.ja else "cannot read"
            say_error(f"{file}: {what}: {exc.strerror}")
            raise typer.Exit(2) from None

        def text(v: dict) -> None:
            f = v["findings"]
            out(
                f"{v['case']} v{v['version']} {v['sha256'][:12]}  "
                f"E{f['error']} W{f['warning']} I{f['info']} ({f['profile_id']})"
            )

        call.run(
            lambda s: s.save_version(
                call.user, case, data, parent=parent, source=source, source_name=file.name
            ),
            text,
        )

    @command(case_app, "diff")
    def diff(
        call: Call,
        case: CaseArg,
        a: Annotated[int, typer.Argument(help="A version.")],
        b: Annotated[int, typer.Argument(help="A later version.")],
    ) -> None:
        """What changed between two versions: the chain field by field, and the findings
        (new, resolved). 二つの版の違い。"""

        def text(d: dict) -> None:
            ja = call.lang is Lang.ja
            lines = [f"v{d['from']['version']} → v{d['to']['version']}"]
            for f in d["chain"]["contract"]:
                lines.append(f"~ contract/{f['field']}: {f['before']!r} → {f['after']!r}")
            for section, body in d["chain"].items():
                if section == "contract":
                    continue
                lines += [f"+ {section}/{i}" for i in body["added"]]
                lines += [f"- {section}/{i}" for i in body["removed"]]
                for item in body["changed"]:
                    for f in item["fields"]:
                        lines.append(
                            f"~ {section}/{item['id']}/{f['field']}: {f['before']!r} → {f['after']!r}"
                        )
                    docs = item.get("documents") or {}
                    lines += [
                        f"+ {section}/{item['id']}/documents/{k}" for k in docs.get("added", [])
                    ]
                    lines += [
                        f"- {section}/{item['id']}/documents/{k}" for k in docs.get("removed", [])
                    ]
                    for c in docs.get("changed", []):
                        for f in c["fields"]:
                            lines.append(
                                f"~ {section}/{item['id']}/documents/{c['id']}/{f['field']}: {f['before']!r} → {f['after']!r}"
                            )
            for f in d["findings"]["new"]:
                lines.append(f"{'新規' if ja else 'new'} {f['code']} {f.get('pointer', '')}")
            for f in d["findings"]["resolved"]:
                lines.append(f"{'解消' if ja else 'resolved'} {f['code']} {f.get('pointer', '')}")
            out("\n".join(lines))

        call.run(lambda s: s.diff(call.user, case, a, b), text)

    def transition(action: str, doc: str) -> None:
        def move(call: Call, case: CaseArg) -> None:
            call.run(
                lambda s: s.transition(call.user, case, action),
                lambda c: out(_case_line(c, call.lang)),
            )

        move.__doc__ = doc
        command(case_app, action)(move)

    transition("submit", "Submit the current version (提出). 提出します。")
    transition("review", "Start the review (審査中). 審査を始めます。")
    transition("withdraw", "Withdraw the case (取下げ). 取り下げます。")
    transition("revoke", "Revoke an approval (取消). 承認を取り消します。")

    @command(case_app, "decide")
    def decide(
        call: Call,
        case: CaseArg,
        outcome: Annotated[
            str,
            typer.Argument(
                help="approved|conditional|rejected|returned (承認|条件付承認|不承認|差戻し)."
            ),
        ],
        delegation: Annotated[
            list[str] | None,
            typer.Option(
                "--delegation", help="A delegation id (repeat); default: the whole submission."
            ),
        ] = None,
        condition: Annotated[
            list[str] | None,
            typer.Option(
                help="A condition: 'TEXT|CLAUSE|YYYY-MM-DD' (clause and due optional; repeat)."
            ),
        ] = None,
        reason: Annotated[str, typer.Option(help="Reasons in words.")] = "",
        code: Annotated[
            list[str] | None, typer.Option(help="A finding code relied on (repeat).")
        ] = None,
        clause: Annotated[
            list[str] | None, typer.Option(help="A clause relied on (repeat).")
        ] = None,
        valid_from: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
        valid_until: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
        version_hash: Annotated[
            str | None, typer.Option(help="Refuse unless the current version has this sha256.")
        ] = None,
    ) -> None:
        """Decide the current version, per delegation or as a whole, with reasons.
        決定（承認・条件付承認・不承認・差戻し）を記録します。"""
        conditions = []
        for c in condition or []:
            parts = [*c.split("|"), "", ""][:3]
            conditions.append(
                {"text": parts[0], "clause": parts[1] or None, "due": parts[2] or None}
            )
        chosen = _OUTCOME_WORDS.get(outcome, outcome)
        call.run(
            lambda s: s.decide(
                call.user,
                case,
                chosen,
                edges=delegation or None,
                conditions=conditions,
                reason=reason,
                codes=code or [],
                clauses=clause or [],
                valid_from=valid_from,
                valid_until=valid_until,
                version_sha256=version_hash,
            ),
            lambda d: out(
                f"#{d['id']} v{d['version']} {d['outcome_label'][call.lang.value]} → {d['state']}"
            ),
        )

    @command(case_app, "audit")
    def audit(
        call: Call,
        case: Annotated[int | None, typer.Argument(help="Only this case's events.")] = None,
    ) -> None:
        """Verify the audit trail's hash chain and list its events; exit 1 where it breaks.
        監査記録のハッシュの連鎖を確かめます。"""
        ja = call.lang is Lang.ja

        def text(a: dict) -> None:
            lines = [
                f"{e['seq']}  {e['at']}  {e['actor']}  {e['action']}  {e['object']}"
                for e in a["events"]
            ]
            if a["intact"]:
                lines.append(
                    f"監査記録は連鎖しています（{a['count']} 件）。"
                    if ja
                    else f"The audit trail is intact ({a['count']} events)."
                )
            out("\n".join(lines))

        answer = call.run(lambda s: s.audit(call.user, case), text)
        if not answer["intact"]:
            b = answer["broken"]
            say_error(
                f"監査記録は第 {b['seq']} 番の記録で途切れています（{b['why']}）。"
                if ja
                else f"The audit trail breaks at event {b['seq']} ({b['why']})."
            )
            raise typer.Exit(1)

    @command(case_app, "export", json_option=False)
    def export(
        call: Call,
        case: CaseArg,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write here, not to stdout.")
        ] = None,
        chain_only: Annotated[
            bool, typer.Option("--chain", help="Only the chain of one version.")
        ] = False,
        version: Annotated[
            int | None, typer.Option(help="With --chain: the version (default: current).")
        ] = None,
    ) -> None:
        """Export a case as JSON: its record, every version with its findings, the decisions
        and its audit events (or, with --chain, one version's chain). ケースを JSON で書き出します。"""

        def write(doc: Any) -> None:
            text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
            if output is None:
                sys.stdout.write(text)
                return
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                what = "書き込めません" if call.lang is Lang.ja else "cannot write"
                say_error(f"{output}: {what}: {exc.strerror}")
                raise typer.Exit(2) from None

        call.run(
            lambda s: (
                s.version_chain(call.user, case, version)
                if chain_only
                else s.export(call.user, case)
            ),
            write,
        )

    @command(case_app, "documents")
    def documents(
        call: Call,
        case: Annotated[int, typer.Argument(help="The case number.")],
        document: Annotated[
            int | None, typer.Option("--document", help="One document, written to --output.")
        ] = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Where to write the document.")
        ] = None,
    ) -> None:
        """The documents filed in a case (drafted notices), with their SHA-256; one of them
        written out with --document and --output (checked against its hash).
        ケースに保存された書類の一覧と取り出し。"""
        lang = call.lang
        if document is None:

            def show(rows: Any) -> None:
                for d in rows:
                    name = visible(d["name"])
                    sys.stdout.write(
                        f"{d['id']}  {d['kind']}  {name}  sha256:{d['sha256']}  {d['filed_at']}\n"
                    )

            call.run(lambda s: s.documents(call.user, case), show)
            return
        if output is None:
            say_error(
                "--document には --output が要ります。"
                if lang is Lang.ja
                else "--document needs --output."
            )
            raise typer.Exit(2)

        def save(found: Any) -> None:
            record, data = found
            try:
                output.write_bytes(data)
            except OSError as exc:
                what = "書き込めません" if lang is Lang.ja else "cannot write"
                say_error(f"{output}: {what}: {exc.strerror}")
                raise typer.Exit(2) from None
            if not record["intact"]:
                say_error(
                    "保存された内容がハッシュと一致しません。"
                    if lang is Lang.ja
                    else "The stored content does not match its hash."
                )
                raise typer.Exit(1)
            if call.as_json:
                _print_json(record)

        _run(call.database, False, lang, lambda s: s.document(call.user, case, document), save)

    @command(case_app, "user")
    def user_add(
        call: Call,
        name: Annotated[str, typer.Argument(help="The user's name.")],
        role: Annotated[
            str, typer.Argument(help="officer (起案), approver (決裁), viewer (閲覧) or admin.")
        ],
    ) -> None:
        """Register a user with a role (admins only). 職員を役割つきで登録します。"""
        call.run(
            lambda s: s.add_user(call.user, name, role),
            lambda u: out(f"{u['name']}  {u['role']}"),
        )

    @command(case_app, "self-approval")
    def self_approval(call: Call, allow: Annotated[str, typer.Argument(help="on or off.")]) -> None:
        """Allow or refuse deciding one's own submission (admins only; off by default).
        自己承認を許可するか（既定は不可）。"""
        if allow not in ("on", "off"):
            say_error("on / off")
            raise typer.Exit(2)
        call.run(lambda s: s.set_self_approval(call.user, allow == "on"), lambda _a: None)

    token_app = typer.Typer(
        help="API tokens for the HTTP API (admins only). HTTP API のトークン（管理者のみ）。",
        no_args_is_help=True,
    )

    @command(token_app, "new")
    def token_new(
        call: Call,
        name: Annotated[str, typer.Argument(help="The registered user the token acts as.")],
        label: Annotated[
            str, typer.Option(help="What the token is for (default: the user's name).")
        ] = "",
    ) -> None:
        """Issue an API token acting as NAME and print it once; only its hash is kept.
        API トークンを発行し、一度だけ表示します（保存するのはハッシュだけです）。"""

        def text(t: dict) -> None:
            note = (
                "このトークンは二度と表示されません。安全な場所に保管してください。"
                if call.lang is Lang.ja
                else "The token is not shown again: keep it somewhere safe."
            )
            sys.stdout.write(t["token"] + "\n")
            say_error(f"#{t['id']} {t['label']} → {t['user']} ({t['role']}). {note}")

        call.run(lambda s: s.new_token(call.user, name, label), text)

    @command(token_app, "list")
    def token_list(call: Call) -> None:
        """List the API tokens issued (never the tokens themselves). API トークンの一覧。"""

        def text(tokens: list[dict]) -> None:
            revoked = "失効" if call.lang is Lang.ja else "revoked"
            lines = [
                f"#{t['id']}  {t['label']}  {t['user']}  {t['created_at']}"
                + (f"  {revoked} {t['revoked_at']}" if t["revoked_at"] else "")
                for t in tokens
            ]
            if lines:
                out("\n".join(lines))

        call.run(lambda s: s.list_tokens(call.user), text)

    @command(token_app, "revoke")
    def token_revoke(
        call: Call, token_id: Annotated[int, typer.Argument(help="The token's number.")]
    ) -> None:
        """Revoke an API token. API トークンを失効させます。"""
        call.run(
            lambda s: s.revoke_token(call.user, token_id),
            lambda t: out(
                f"#{t['id']} {t['label']} " + ("失効" if call.lang.value == "ja" else "revoked")
            ),
        )

    case_app.add_typer(token_app, name="token")
    app.add_typer(case_app, name="case")
