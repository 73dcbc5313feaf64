"""``chain draft …``: the application for consent and the decision notice, as .docx or PDF.

``application`` drafts, for each delegation that needs consent under the profile (or the
one ``--delegation`` names), the application with the items the profile requires, filled
from the chain; ``fields`` lists what a form may name; ``decision`` drafts the notice of a decision recorded in the case store
(``--store``, ``--case``), which is then filed in the case with its SHA-256, or of a
decision written in a small JSON or TOML file (``--decision``). The output's suffix
chooses the format (``.docx`` or ``.pdf``); with several documents each file is named
after its delegation (``OUT-<delegation>.docx``). What the chain does not answer is left
blank in the document and listed on standard error (and in ``--format json``) before any
file is written.

Exit codes: 0 written, nothing missing; 1 written, with items left blank; 2 nothing written
(the chain or the decision cannot be read, no such delegation or case, a bad option, an
unusable form); 3 the case store cannot be used now. python-docx and reportlab load only
when a draft command runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from chain.cli.common import Lang, OptionError, TextOrJson, fail, load_profile_option, say_error
from chain.cli.shared_options import LangOpt

__all__ = ["register"]


ProfileOpt = Annotated[
    str | None,
    typer.Option(
        "--profile",
        "-p",
        help="Profile id (000-004) or path to a profile .toml file. Default: the template "
        "named in the chain (or the case's profile).",
    ),
]
OutputOpt = Annotated[
    str, typer.Option("--output", "-o", help="The file to write: .docx (editable) or .pdf (A4).")
]
NumberOpt = Annotated[
    str | None, typer.Option("--number", help="Document number (文書番号); blank when omitted.")
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Date of the document, YYYY-MM-DD; blank when omitted."),
]
FormOpt = Annotated[
    str | None,
    typer.Option(
        "--form",
        help="A .docx form (様式) to fill instead of the profile's (placeholders {{NAME}}).",
    ),
]
FormatOpt = Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")]

_SUFFIXES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


def _suffix(output: str) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in _SUFFIXES:
        raise fail(f"{output}: the output is a .docx or a .pdf file")
    return suffix


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--date must be a YYYY-MM-DD date: {value!r}") from None


def _profile(value: str | None, lang: Lang) -> Any:
    try:
        return load_profile_option(value, lang.value)
    except OptionError as exc:
        raise fail(str(exc)) from None


def _report(data: bytes, name: str, profile: Any, lang: Lang) -> Any:
    from chain.validate import validate_bytes

    result = validate_bytes(data, path=name, profile=profile)
    if result.report is None:
        for p in result.problems:
            where = p.pointer or "/"
            say_error(f"{name}: {where}: " + p.message(lang.value))
        raise typer.Exit(2)
    return result.report


def _read(path: str) -> bytes:
    from chain.format.read import read_source

    try:
        return read_source(path)
    except Exception as exc:  # a missing file, too large, unreadable
        raise fail(f"{path}: {exc}") from None


def _form_for(draft: Any, form_option: str | None, profile_option: str | None) -> bytes:
    """The form's bytes: ``--form``, else the profile's (relative to the profile file's
    folder, when the profile is a file), else the built-in one."""
    from chain.drafts.docx import default_form

    chosen = form_option or draft.form.form
    if chosen is None:
        return default_form(draft.kind).read_bytes()
    path = Path(chosen)
    if form_option is None and not path.is_absolute():
        path = _profile_dir(profile_option, draft.profile) / path

    try:
        return path.read_bytes()
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror or exc}") from None


def _profile_dir(option: str | None, profile_id: str) -> Path:
    """The folder of the profile's file, which its form's path is relative to: the file
    ``--profile`` names, else the file of its id (shipped, or in ``CHAIN_PROFILE_PATH``)."""
    from chain.profiles.model import BUILTIN_DIR
    from chain.profiles.search import find_in_path

    if option and option.endswith(".toml"):
        return Path(option).parent
    if (BUILTIN_DIR / f"{profile_id}.toml").is_file():
        return BUILTIN_DIR
    found = find_in_path(option or profile_id)
    return found.parent if found is not None else Path()


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:80] or "_"


def _outputs(output: str, drafts: list[Any]) -> list[str]:
    if len(drafts) == 1:
        return [output]
    path = Path(output)
    names: list[str] = []
    for d in drafts:
        name = str(path.with_name(f"{path.stem}-{_safe(d.delegation)}{path.suffix}"))
        while name in names:  # two ids alike once made safe
            name = str(path.with_name(f"{Path(name).stem}_{path.suffix}"))
        names.append(name)
    return names


def _render(
    drafts: list[Any], output: str, form: str | None, profile_option: str | None
) -> list[tuple[Any, str, bytes, list[str]]]:
    """Each draft filled into its form, in the output's format (nothing written yet)."""
    from chain.drafts.content import DraftError
    from chain.drafts.docx import fill_form

    suffix = _suffix(output)
    out = []
    for draft, name in zip(drafts, _outputs(output, drafts), strict=True):
        try:
            filled = fill_form(_form_for(draft, form, profile_option), draft, draft.form.fields)
            if suffix == ".pdf":
                from chain.drafts.pdf import pdf_from_docx

                data = pdf_from_docx(filled.document, title=draft.values.get("title", ""))
            else:
                data = filled.data
        except DraftError as exc:
            raise fail(exc.text("ja") + "\n" + exc.text("en")) from None
        out.append((draft, name, data, filled.unknown))
    return out


def _say_missing(drafts: list[Any], lang: Lang) -> None:
    for d in drafts:
        for m in d.missing:
            head = "未記入" if lang == Lang.ja else "missing"
            say_error(f"{head}: {d.delegation}: {m.label(lang.value)} ({m.field}) {m.pointer}")


def _write_all(rendered: list[tuple[Any, str, bytes, list[str]]]) -> None:
    for _draft, name, data, _unknown in rendered:
        try:
            Path(name).write_bytes(data)
        except OSError as exc:
            raise fail(f"{name}: {exc.strerror or exc}") from None


def _answer(rendered: list[tuple[Any, str, bytes, list[str]]], extra: dict | None = None) -> dict:
    return {
        "documents": [
            {
                "kind": draft.kind,
                "delegation": draft.delegation,
                "output": name,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
                "missing": [m.to_dict() for m in draft.missing],
                "unknown_placeholders": unknown,
            }
            for draft, name, data, unknown in rendered
        ],
        **(extra or {}),
    }


def _finish(
    rendered: list[tuple[Any, str, bytes, list[str]]],
    output_format: TextOrJson,
    lang: Lang,
    extra: dict | None = None,
) -> None:
    for _draft, name, _data, unknown in rendered:
        for u in unknown:
            say_error(
                f"{name}: {{{{{u}}}}}: "
                + ("該当する欄がありません" if lang == Lang.ja else "no such field")
            )
    if output_format == TextOrJson.json:
        sys.stdout.write(json.dumps(_answer(rendered, extra), ensure_ascii=False, indent=2) + "\n")
    else:
        from chain.text import visible

        for draft, name, data, _unknown in rendered:
            shown = f"{visible(name)}  {visible(draft.delegation)}"
            sys.stdout.write(f"{shown}  sha256:{hashlib.sha256(data).hexdigest()}\n")
    raise typer.Exit(1 if any(d.missing for d, *_ in rendered) else 0)


def _decision_file(path: str) -> dict:
    raw = _read(path)
    try:
        if path.lower().endswith(".toml"):
            import tomllib

            return tomllib.loads(raw.decode("utf-8"))
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(f"{path}: {exc}") from None
    if not isinstance(doc, dict):
        raise fail(f"{path}: a decision is a JSON object or a TOML table")
    return doc


def register(app: typer.Typer) -> None:
    draft_app = typer.Typer(
        help="Draft the application for consent (申請書) and the decision notice (通知書), "
        "as .docx or PDF. 申請書・通知書を作成します。",
        no_args_is_help=True,
    )

    @draft_app.command("application", no_args_is_help=True)
    def application(
        path: Annotated[str, typer.Argument(help="Chain JSON file; '-' reads standard input.")],
        output: OutputOpt,
        delegation: Annotated[
            str | None,
            typer.Option("--delegation", help="Only this delegation's application (its id)."),
        ] = None,
        profile: ProfileOpt = None,
        number: NumberOpt = None,
        date: DateOpt = None,
        form: FormOpt = None,
        output_format: FormatOpt = TextOrJson.text,
        lang: LangOpt = Lang.ja,
    ) -> None:
        """The application of each delegation that needs consent, with the profile's items."""
        from chain.drafts.content import DraftError, application_drafts

        _suffix(output)
        on = _day(date)
        report = _report(_read(path), path, _profile(profile, lang), lang)
        try:
            drafts = application_drafts(report, delegation=delegation, number=number, on=on)
        except DraftError as exc:
            raise fail(exc.text(lang.value)) from None
        if not drafts:
            raise fail(
                "承諾を要する委託がありません（申請書は作成しません）。"
                if lang == Lang.ja
                else "No delegation needs consent under this profile (no application to draft)."
            )
        _say_missing(drafts, lang)
        rendered = _render(drafts, output, form, profile)
        _write_all(rendered)
        _finish(rendered, output_format, lang)

    @draft_app.command("decision", no_args_is_help=True)
    def decision(
        output: OutputOpt,
        path: Annotated[
            str | None,
            typer.Argument(help="Chain JSON file (with --decision; not with --case)."),
        ] = None,
        decision_file: Annotated[
            str | None,
            typer.Option("--decision", help="A decision as a JSON or TOML file (for scripts)."),
        ] = None,
        store: Annotated[
            str | None,
            typer.Option(
                "--store",
                "--database",
                envvar="CHAIN_DATABASE_URL",
                help="The case store's URL (default: the user's SQLite file).",
            ),
        ] = None,
        case: Annotated[
            int | None, typer.Option("--case", help="The case whose decision is notified.")
        ] = None,
        decision_id: Annotated[
            int | None,
            typer.Option("--decision-id", help="Which decision of the case (default: the latest)."),
        ] = None,
        user: Annotated[
            str | None,
            typer.Option("--user", "-u", envvar="CHAIN_USER", help="Who files the notice."),
        ] = None,
        profile: ProfileOpt = None,
        number: NumberOpt = None,
        date: DateOpt = None,
        form: FormOpt = None,
        output_format: FormatOpt = TextOrJson.text,
        lang: LangOpt = Lang.ja,
    ) -> None:
        """The notice of a decision (承諾・条件付承諾・不承諾), from the case store or a file."""
        from chain.drafts.content import DecisionInput, DraftError, decision_drafts

        _suffix(output)
        on = _day(date)
        if (case is None) == (decision_file is None):
            raise fail("give either --case (a decision in the case store) or --decision FILE")
        if decision_file is not None:
            if path is None:
                raise fail("--decision needs the chain file it decides")
            raw = _decision_file(decision_file)
            try:
                decided = DecisionInput.from_dict(raw)
            except DraftError as exc:
                raise fail(f"{decision_file}: {exc.text(lang.value)}") from None
            decided = _override(decided, number, on)
            report = _report(_read(path), path, _profile(profile, lang), lang)
            try:
                drafts = decision_drafts(report, decided)
            except DraftError as exc:
                raise fail(exc.text(lang.value)) from None
            rendered = _render(drafts, output, form, profile)
            _write_all(rendered)
            _finish(rendered, output_format, lang)
        assert case is not None
        _from_case(
            store, case, decision_id, user, profile, number, on, form, output, output_format, lang
        )

    @draft_app.command("fields")
    def fields(
        kind: Annotated[str, typer.Argument(help="application or decision.")] = "application",
        lang: LangOpt = Lang.ja,
    ) -> None:
        """The fields a form may name as {{NAME}} (or a profile's field map may give)."""
        from chain.drafts.content import FIELDS

        if kind not in FIELDS:
            raise fail(f"{kind}: one of {', '.join(FIELDS)}")
        for name, label in FIELDS[kind].items():
            sys.stdout.write(f"{{{{{name}}}}}\t{label(lang.value)}\n")

    app.add_typer(draft_app, name="draft")


def _override(decided: Any, number: str | None, on: dt.date | None) -> Any:
    import dataclasses

    changes: dict[str, Any] = {}
    if number:
        changes["number"] = number
    if on:
        changes["date"] = on
    return dataclasses.replace(decided, **changes) if changes else decided


def _from_case(
    store: str | None,
    case: int,
    decision_id: int | None,
    user: str | None,
    profile: str | None,
    number: str | None,
    on: dt.date | None,
    form: str | None,
    output: str,
    output_format: TextOrJson,
    lang: Lang,
) -> None:
    from chain.cases.service import CaseService
    from chain.cases.words import CaseError, StoreUnavailable
    from chain.cli.case_cmds import _user
    from chain.drafts.content import DecisionInput, DraftError, decision_drafts

    actor = _user(user)
    try:
        service = CaseService.open(store or None)
    except StoreUnavailable as exc:
        say_error(exc.message(lang.value))
        raise typer.Exit(3) from None
    try:
        try:
            shown = service.show_case(actor, case)
            decisions = shown["decisions"]
            chosen = (
                next((d for d in decisions if d["id"] == decision_id), None)
                if decision_id is not None
                else (decisions[-1] if decisions else None)
            )
            if chosen is None:
                raise fail(
                    f"ケース {case} に決定{'' if decision_id is None else f' {decision_id}'}はありません。"
                    if lang == Lang.ja
                    else f"Case {case} has no decision{'' if decision_id is None else f' {decision_id}'}."
                )
            if chosen["outcome"] == "returned":
                raise fail(
                    "差戻しには通知書を作成しません（承諾・条件付承諾・不承諾の決定に作成します）。"
                    if lang == Lang.ja
                    else "A return gets no notice (only an approval, a conditional approval or a rejection)."
                )
            version = service.version_chain(actor, case, chosen["version"])
            chain_bytes = json.dumps(version, ensure_ascii=False).encode("utf-8")
            chosen_profile = _profile(profile or shown.get("profile_id"), lang)
            report = _report(
                chain_bytes, f"case:{case}/version:{chosen['version']}", chosen_profile, lang
            )
            decided = DecisionInput.from_dict(
                {
                    "outcome": chosen["outcome"],
                    "delegations": chosen["delegations"],
                    "date": chosen.get("decided_at") or None,
                    "conditions": chosen["conditions"],
                    "reasons": chosen["reasons"],
                    "valid_from": chosen.get("valid_from"),
                    "valid_until": chosen.get("valid_until"),
                }
            )
            decided = _override(decided, number, on)
            drafts = decision_drafts(report, decided)
            rendered = _render(drafts, output, form, profile)
            media = _SUFFIXES[_suffix(output)]
            filed = [
                service.file_document(
                    actor,
                    case,
                    kind="decision_notice",
                    name=Path(name).name,
                    data=data,
                    media_type=media,
                    decision_id=chosen["id"],
                )
                for _draft, name, data, _unknown in rendered
            ]
        except DraftError as exc:
            raise fail(exc.text(lang.value)) from None
        except CaseError as exc:
            say_error(exc.message(lang.value))
            raise typer.Exit(1 if exc.kind == "refused" else 2) from None
        except StoreUnavailable as exc:
            say_error(exc.message(lang.value))
            raise typer.Exit(3) from None
    finally:
        service.engine.dispose()
    _write_all(rendered)
    _finish(rendered, output_format, lang, {"filed": filed})
