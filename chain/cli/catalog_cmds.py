"""``chain profiles``, ``chain rules``, ``chain rules explain``, ``chain schema``.

The text listings print a profile's and the catalogue's words visibly
(:func:`chain.text.visible`): ``chain rules --profile city.toml`` reads a file
from outside like any chain.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chain.cli.common import Lang, fail, profile_option

__all__ = ["register"]


class ListFormat(StrEnum):
    text = "text"
    json = "json"


class SchemaName(StrEnum):
    chain = "chain"
    profile = "profile"


def register(app: typer.Typer) -> None:
    @app.command()
    def profiles(
        output_format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    ) -> None:
        """List the built-in template profiles. 組込みのテンプレート（プロファイル）を一覧します。"""
        from chain.profiles.load import builtin_profile_ids, load_profile
        from chain.text import visible

        rows = [load_profile(i) for i in builtin_profile_ids()]
        if output_format is ListFormat.json:
            data = [
                {
                    "id": p.id,
                    "title": p.title,
                    "issuer": p.issuer,
                    "revision": p.revision,
                    "source": p.source,
                    "rules": len(p.rules),
                    "summary": p.summary.to_dict(),
                }
                for p in rows
            ]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        for p in rows:
            print(visible(f"{p.id}  {p.title}"))
            print(visible(f"     {p.issuer} / {p.source} / {len(p.rules)} rules"))

    rules_app = typer.Typer(
        help="List the rules, or explain one. ルールの一覧と説明。",
        invoke_without_command=True,
        no_args_is_help=False,
    )

    @rules_app.callback()
    def rules(
        ctx: typer.Context,
        profile: Annotated[
            str | None, typer.Option("--profile", "-p", help="Only rules this profile applies.")
        ] = None,
        output_format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
        lang: Annotated[Lang, typer.Option(envvar="CHAIN_LANG")] = Lang.ja,
    ) -> None:
        """List rule codes with slug, severity and title (optionally for one profile)."""
        if ctx.invoked_subcommand is not None:
            return
        from chain.check.catalog import catalog
        from chain.profiles import builtin_rules
        from chain.text import visible

        docs = catalog()
        entries: dict[str, list[str]] = {}
        prof = profile_option(profile, lang.value)
        if prof is not None:
            for source in (builtin_rules(), prof):
                for r in source.rules:
                    entries.setdefault(r.code, []).extend(
                        source.cite(c).label(lang.value) for c in r.clause
                    )
        codes = sorted(entries) if profile is not None else list(docs)
        if output_format is ListFormat.json:
            data = [
                {
                    "code": c,
                    "slug": docs[c].slug,
                    "severity": docs[c].severity,
                    "scope": docs[c].scope,
                    "title": docs[c].title.to_dict(),
                    **({"clauses": sorted(set(entries[c]))} if profile is not None else {}),
                }
                for c in codes
            ]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        for c in codes:
            d = docs[c]
            line = f"{c}  {d.slug:<32} {d.severity:<8} {d.title(lang.value)}"
            if profile is not None:
                line += "  [" + ", ".join(dict.fromkeys(entries[c])) + "]"
            print(visible(line))

    @rules_app.command()
    def explain(
        code: Annotated[str, typer.Argument(help="Rule code (DLG001) or slug (consent-missing).")],
        lang: Annotated[Lang, typer.Option(envvar="CHAIN_LANG")] = Lang.ja,
    ) -> None:
        """Explain a rule: what it checks, why, examples, and where each profile applies it."""
        from chain.check.catalog import catalog, resolve_selector
        from chain.check.registry import implemented_by
        from chain.check.wording import generic
        from chain.profiles import builtin_rules
        from chain.profiles.load import builtin_profile_ids, load_profile
        from chain.text import visible as v

        docs = catalog()
        matches = [c for c in resolve_selector(code) if c == code.upper() or docs[c].slug == code]
        if not matches:
            raise fail(f"unknown rule: {code}")
        d = docs[matches[0]]
        lg = lang.value
        heads = {
            "ja": ("確認すること", "なぜ重要か", "違反例", "適合例", "直し方", "適用"),
            "en": ("What it does", "Why it matters", "Bad", "Compliant", "Fix", "Applied by"),
        }[lg]
        print(f"{d.code} ({d.slug}) [{d.severity}] {v(d.title(lg))}")
        where = implemented_by(d.code)
        if where is not None:
            print(("実装: " if lg == "ja" else "implemented by ") + f"`{where}`")
        print()
        print(f"## {heads[0]}\n{v(d.what(lg))}\n")
        print(f"## {heads[1]}\n{v(d.why(lg))}\n")
        print(f"## {heads[2]}\n    {v(d.bad)}\n")
        print(f"## {heads[3]}\n    {v(d.good)}\n")
        print(f"## {heads[4]}\n{v(generic(d.fix, lg))}\n")
        print(f"## {heads[5]}")
        sources = [builtin_rules()] + [load_profile(i) for i in builtin_profile_ids()]
        for src in sources:
            cites = [src.cite(c).label(lg) for r in src.rules if r.code == d.code for c in r.clause]
            if cites:
                name = src.id if not src.id.startswith("_") else "built-in"
                print(v(f"- {name}: " + ", ".join(dict.fromkeys(cites))))

    app.add_typer(rules_app, name="rules")

    @app.command()
    def schema(
        name: Annotated[SchemaName, typer.Argument(help="Which schema.")] = SchemaName.chain,
        write: Annotated[
            Path | None,
            typer.Option(help="Write every schema into this folder instead of printing one."),
        ] = None,
    ) -> None:
        """Print the JSON Schema of the chain format (or of profiles)."""
        from chain.format.schema import dump
        from chain.profiles.schema import SCHEMAS

        if write is not None:
            write.mkdir(parents=True, exist_ok=True)
            for key, build in SCHEMAS.items():
                (write / f"{key}.schema.json").write_text(dump(build()), encoding="utf-8")
                print(write / f"{key}.schema.json")
            return
        sys.stdout.write(dump(SCHEMAS[name.value]()))
