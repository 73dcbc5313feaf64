"""The app's words in Japanese and English.

Every text the app shows comes from :data:`MESSAGES` (or, for domain
words, from :mod:`chain.vocab` and the library's own bilingual labels), so
switching the language switches the whole page. Japanese is the default.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from chain.check.wording import fill_terms, profile_terms
from chain.vocab import L
from chain_app.case_words import CASE_MESSAGES

__all__ = ["LANG_KEY", "MESSAGES", "lang", "t"]

LANG_KEY = "lang"

MESSAGES: dict[str, L] = {
    # navigation and frame
    "app.title": L("再委託チェーン検査", "Subcontract chain check"),
    "nav.load": L("読み込み", "Open"),
    "nav.edit": L("編集", "Edit"),
    "nav.check": L("検査結果", "Findings"),
    "nav.compare": L("テンプレート比較", "Compare templates"),
    "nav.incident": L("事故と責任", "Incident and liability"),
    "lang.label": L("言語 / Language", "言語 / Language"),
    "sidebar.open": L("開いているチェーン", "Open chain"),
    "sidebar.none": L("チェーンは開かれていません。", "No chain is open."),
    "sidebar.template": L("特記事項のテンプレート", "Special-provisions template"),
    "sidebar.template_help": L(
        "既定は契約（contract.template）が指定するテンプレートです。",
        "Defaults to the template the contract names (contract.template).",
    ),
    "sidebar.template_placeholder": L("テンプレートを選んでください", "Choose a template"),
    "sidebar.named": L("契約の指定", "named in the contract"),
    "sidebar.counts": L(
        "エラー {error} 件・警告 {warning} 件・情報 {info} 件",
        "errors {error}, warnings {warning}, notes {info}",
    ),
    "sidebar.problems": L("入力の問題 {n} 件", "input problems: {n}"),
    "sidebar.profile_upload": L("プロファイル（TOML）を読み込む", "Load a profile (TOML)"),
    "sidebar.profile_upload_help": L(
        "自治体独自のテンプレートのプロファイルファイルです。コマンドと同じく厳密に確かめ、"
        "問題があれば行と直し方を示します。読み込んだものは上の一覧から選べます。",
        "A municipality's own template as a profile file. It is checked as strictly as on the "
        "command line, each problem with its line and a fix; once loaded it can be chosen above.",
    ),
    "sidebar.profile_problems": L(
        "プロファイル {name} は使えません（問題 {n} 件）",
        "Profile {name} cannot be used ({n} problems)",
    ),
    "sidebar.profile_line": L("行", "Line"),
    "sidebar.profile_fix": L("直し方", "Fix"),
    # load page
    "load.intro": L(
        "委託先・再委託先のつながり（チェーン）を読み込むと、契約の特記事項に照らして、"
        "足りない承諾・申請事項・書類を条項と対応方法つきで示します。まずはサンプルでお試しください。",
        "Open a chain of contractors and subcontractors to see, clause by clause, which "
        "approvals, application items and documents the contract's special provisions still "
        "require, and how to fix each. Try the sample first.",
    ),
    "load.sample": L("サンプル", "Sample"),
    "load.sample_button": L("サンプルのチェーンを開く", "Open the sample chain"),
    "load.sample_choice": L("サンプルを選ぶ", "Choose a sample"),
    "load.upload": L("チェーンの JSON ファイルを読み込む", "Open a chain JSON file"),
    "load.upload_help": L(
        "公開形式（subcontract-chain 1.0）の JSON ファイル。読めない場合は問題の場所を示し、"
        "開いているチェーンはそのまま残ります。",
        "A JSON file in the published format (subcontract-chain 1.0). If it cannot be read, "
        "the app names the place and keeps the chain already open.",
    ),
    "load.new": L("新しいチェーンを作る", "Start a new chain"),
    "load.new_title": L("契約件名", "Contract title"),
    "load.new_municipality": L("発注者（自治体）の名称", "Municipality"),
    "load.new_contractor": L("受託者の名称", "Contractor"),
    "load.new_template": L("特記事項のテンプレート", "Special-provisions template"),
    "load.new_start": L("契約期間（開始）例: 2025-04-01 / 令和7年4月1日", "Contract start"),
    "load.new_end": L("契約期間（終了）", "Contract end"),
    "load.new_submit": L("作成して編集する", "Create and edit"),
    "load.bad_file": L(
        "「{name}」は読み込めませんでした（{n} 件の問題）。",
        "Could not open “{name}” (problems: {n}).",
    ),
    "load.kept": L(
        "開いていたチェーン「{title}」はそのまま残っています。",
        "The chain already open, “{title}”, is kept.",
    ),
    "load.opened": L("「{title}」を開いています（{source}）。", "“{title}” is open ({source})."),
    "load.to_check": L("検査結果を見る", "See the findings"),
    "load.to_edit": L("編集する", "Edit it"),
    # problems
    "problems.count": L("入力の問題（{n}）", "Input problems ({n})"),
    "problems.intro": L(
        "次の箇所を直すと検査できます。入力した値はそのまま残っています。",
        "Fix these places to check the chain. What was typed is kept.",
    ),
    "problems.where": L("場所", "Place"),
    "problems.message": L("問題", "Problem"),
    "problems.input": L("入力値", "Value"),
    "problems.pointer": L("JSON ポインタ", "JSON pointer"),
    "problems.line": L("{line}行{column}列", "line {line}, column {column}"),
    "problems.whole": L("ファイル全体", "whole file"),
    # edit page
    "edit.intro": L(
        "表のセルを直接編集できます。編集するたびに検査し直します。行の追加は表の下端、"
        "削除は行を選んでごみ箱アイコンから。"
        "日付は 2025-04-01 または 令和7年4月1日 の形で書けます。",
        "Edit the cells directly; the chain is re-checked after every edit. Add rows at the "
        "bottom of a table; delete by selecting rows and using the bin icon. Dates may be "
        "written 2025-04-01 or 令和7年4月1日.",
    ),
    "edit.none": L(
        "まだチェーンが開かれていません。「読み込み」から開いてください。",
        "No chain is open yet. Open one from “Open”.",
    ),
    "edit.valid": L("形式の問題はありません。", "No format problems."),
    "edit.contract": L("契約", "Contract"),
    "edit.findings_link": L(
        "検査結果: エラー {error} 件・警告 {warning} 件・情報 {info} 件",
        "Findings: errors {error}, warnings {warning}, notes {info}",
    ),
    "edit.documents_for": L("書類を編集する委託", "Delegation whose documents to edit"),
    "edit.no_delegations": L(
        "委託がまだありません。上の表で委託を追加すると書類を登録できます。",
        "No delegations yet. Add one in the table above to record its documents.",
    ),
    "edit.download_invalid": L(
        "入力の問題が残っています。保存はできますが、形式に合わないため他のツールでは読めません。",
        "Input problems remain. You can save, but the file does not match the format yet.",
    ),
    # check page
    "check.none": L(
        "まだチェーンが開かれていません。「読み込み」でサンプルを開くか、ファイルを読み込んでください。",
        "No chain is open yet. Open the sample or a file from “Open”.",
    ),
    "check.cannot": L(
        "入力に問題があるため検査できません。",
        "The chain cannot be checked until its input problems are fixed.",
    ),
    "check.under": L(
        "テンプレート {id}「{title}」で検査", "Checked against template {id}, “{title}”"
    ),
    "check.errors": L("エラー", "Errors"),
    "check.warnings": L("警告", "Warnings"),
    "check.infos": L("情報", "Notes"),
    "check.verdict_pass": L(
        "エラーはありません。このテンプレートの要件を満たしています。",
        "No errors: the chain meets this template's requirements.",
    ),
    "check.verdict_fail": L(
        "エラーが {n} 件あります。各行の条項と対応を確認してください。",
        "Errors: {n}. See each row's clause and fix.",
    ),
    "findings.title": L("指摘事項", "Findings"),
    "findings.severity": L("重大度", "Severity"),
    "findings.clause": L("条項", "Clause"),
    "findings.party": L("事業者", "Party"),
    "findings.code": L("コード", "Code"),
    "findings.shown": L("{total} 件中 {shown} 件を表示", "Showing {shown} of {total}"),
    "findings.none": L("指摘事項はありません。", "No findings."),
    "findings.omitted": L(
        "指摘事項が上限の {limit} 件を超えたため、最初の {limit} 件だけを一覧にしています"
        "（件数と判定はすべての指摘事項によります）。図の印とチェックリストは一覧にある指摘事項だけを"
        "示します。上限は CHAIN_MAX_FINDINGS で変更できます。",
        "There are more findings than the limit of {limit}: only the first {limit} are listed "
        "(the counts and the verdict are of every finding). The diagram's marks and the "
        "checklist show the listed findings only. Change the limit with CHAIN_MAX_FINDINGS.",
    ),
    "findings.all": L("すべて", "All"),
    "findings.select": L(
        "行を選ぶと、その指摘の条項・対応・場所を全文で表示します。",
        "Select a row to see its clauses, fix and place in full.",
    ),
    "findings.clauses": L("根拠の条項", "Clauses"),
    "findings.fix": L("対応:", "Fix:"),
    "findings.interpretation": L("テンプレートに定めがない点の解釈:", "Interpretation:"),
    "findings.where": L("場所:", "Place:"),
    "findings.whole": L("チェーン全体", "the chain as a whole"),
    "findings.technical": L("技術的な詳細", "Technical details"),
    "findings.slug": L("スラッグ:", "Slug:"),
    "findings.pointer": L("JSON ポインタ:", "JSON pointer:"),
    "checklist.title": L("委託ごとのチェックリスト", "Checklist per delegation"),
    "checklist.intro": L(
        "テンプレートが求める申請事項と書類が揃っているかを委託ごとに示します。",
        "For each delegation: the application items and documents the template requires.",
    ),
    "checklist.header": L(
        "{kind}　{delegator} → {delegate}（{id}）：{state}",
        "{kind}: {delegator} → {delegate} ({id}): {state}",
    ),
    "checklist.complete": L("すべて揃っています", "complete"),
    "checklist.missing": L("{n} 件不足", "{n} missing"),
    "checklist.errors": L(
        "書類と申請事項は揃っていますが、エラーの指摘が {n} 種類あります（{codes}）",
        "documents and items complete, but {n} kinds of error found ({codes})",
    ),
    "checklist.show": L("表示する委託", "Delegations shown"),
    "checklist.show_open": L("不足・エラーのあるもの（{n} 件）", "Missing or at fault ({n})"),
    "checklist.show_all": L("すべて（{n} 件）", "All ({n})"),
    "checklist.page_label": L("ページ", "Page"),
    "checklist.page": L("{first}〜{last} 件目（全 {total} 件）", "{first}–{last} of {total}"),
    "checklist.all_clear": L(
        "{n} 件の委託すべてで、書類と申請事項が揃い、エラーの指摘もありません。",
        "All {n} delegations have their documents and items, and no error.",
    ),
    "checklist.off_chain": L(
        "この委託は{term.municipality}からたどれないため段階が決まらず、チェックリストはありません（構造の指摘を参照）。",
        "This delegation cannot be reached from the municipality, so it has no tier and no "
        "checklist (see the structure findings).",
    ),
    "checklist.nothing": L(
        "この段階の委託に、このテンプレートが求める申請事項・書類はありません。",
        "The template requires no items or documents for a delegation at this tier.",
    ),
    "checklist.status": L("状態", "Status"),
    "checklist.kind": L("区分", "Type"),
    "checklist.item": L("項目", "Item"),
    "checklist.clause": L("条項", "Clause"),
    "checklist.record": L("記録", "Record"),
    "checklist.note": L("備考", "Note"),
    "checklist.ok": L("✔ あり", "✔ present"),
    "checklist.ng": L("✘ 不足", "✘ missing"),
    "checklist.kind_item": L("申請事項", "application item"),
    "checklist.kind_document": L("書類", "document"),
    "checklist.fields": L("未記入: {fields}", "empty: {fields}"),
    "checklist.problems": L("指摘あり: {codes}", "see findings: {codes}"),
    "checklist.interpretation": L("解釈による", "by interpretation"),
    "diagram.title": L("体制図", "Chain diagram"),
    "diagram.intro": L(
        "{term.municipality}から各段階の委託先までのつながりです。線の色と形は{term.consent}の状態、"
        "●▲○ は指摘事項のコード、枠は企業グループを表します（凡例は図の下）。",
        "How the work passes from the municipality down the tiers. Line colour and style show "
        "the consent status, ●▲○ the finding codes, boxes the corporate groups (legend below).",
    ),
    "diagram.direction": L("向き", "Direction"),
    "diagram.tb": L("上から下", "Top to bottom"),
    "diagram.lr": L("左から右", "Left to right"),
    "diagram.collapse": L("従事者を集計", "Staff as counts"),
    "diagram.branch": L("表示する範囲", "Show"),
    "diagram.whole": L("チェーン全体", "The whole chain"),
    "diagram.branch_of": L("{name} とその下", "{name} and below"),
    "diagram.max_tier": L("表示する段階", "Tiers shown"),
    "diagram.all_tiers": L("すべて", "All"),
    "diagram.down_to": L("{n}次まで", "Down to tier {n}"),
    "diagram.large": L(
        "事業者が {n} 社あるため、最初は {tier} 次までを表示しています。「表示する段階」で変えられます。",
        "The chain has {n} parties, so tiers down to {tier} are shown first; change “Tiers shown”.",
    ),
    "diagram.size": L("大きさ", "Size"),
    "overview.title": L("体制一覧（表）: 委託 {n} 件", "The chain as a table: {n} delegations"),
    "overview.party": L("委託先（段階ごとに字下げ）", "Delegate (indented by tier)"),
    "overview.tier": L("段階", "Tier"),
    "overview.delegator": L("委託元", "Delegator"),
    "overview.work": L("業務", "Work"),
    "overview.codes": L("指摘", "Findings"),
    "overview.again": L("（再掲）", " (again)"),
    "overview.off": L("チェーン外", "off the chain"),
    "diagram.fit": L("画面の幅に合わせる", "Fit to the page"),
    "diagram.natural": L("原寸", "Actual size"),
    "diagram.lr_too_large": L(
        "{limit} 社を超える図は、このコンピューターでは左から右に描けません（Graphviz の dot がサーバーにないため、ブラウザーが描くと止まります）。「上から下」にするか、「表示する範囲」「表示する段階」で絞ってください。",
        "A diagram of more than {limit} parties cannot be drawn left to right here (Graphviz's dot is not on the server, and the browser stalls drawing it): choose top to bottom, or narrow “Show” or “Tiers shown”.",
    ),
    "drafts.title": L("申請書の下書き", "Draft application"),
    "drafts.intro": L(
        "承諾を要する委託ごとに、プロファイルの申請事項をチェーンから埋めた申請書を作ります。"
        "チェーンにない項目は空欄です。",
        "For each delegation that needs consent, the application with the profile's items "
        "filled from the chain; what the chain does not say is left blank.",
    ),
    "drafts.none": L(
        "このテンプレートで承諾を要する委託はありません。",
        "No delegation needs consent under this template.",
    ),
    "drafts.delegation": L("委託", "Delegation"),
    "drafts.format": L("形式", "Format"),
    "drafts.download": L("申請書をダウンロード", "Download the application"),
    "drafts.missing": L("空欄の項目（{n} 件）: {items}", "Left blank ({n}): {items}"),
    "drafts.failed": L(
        "申請書を作成できません: {reason}", "The application cannot be drafted: {reason}"
    ),
    "downloads.title": L("ダウンロード", "Downloads"),
    "downloads.csv": L("指摘事項 CSV", "Findings CSV"),
    "downloads.xlsx": L("指摘事項 Excel", "Findings Excel"),
    "downloads.json": L("チェーン JSON", "Chain JSON"),
    "downloads.diagram": L("体制図（上の表示の設定のまま）", "Chain diagram (as shown above)"),
    "downloads.svg": L("体制図 SVG", "Diagram SVG"),
    "downloads.png": L("体制図 PNG", "Diagram PNG"),
    "downloads.pdf": L("体制図 PDF", "Diagram PDF"),
    "downloads.dot": L("体制図 DOT", "Diagram DOT"),
    "downloads.failed": L(
        "体制図を描画できませんでした: {reason}", "Could not draw the diagram: {reason}"
    ),
    "downloads.scope": L(
        "指摘事項のファイルには、上の絞り込みで表示中の {n} 件が入ります。",
        "The findings files hold the {n} findings shown with the filters above.",
    ),
    # compare page
    "compare.intro": L(
        "同じチェーンを 5 つのテンプレートで検査した結果です。"
        "エラーが 0 件のテンプレートなら要件を満たします。",
        "The same chain checked against all five templates. A template with no errors is met.",
    ),
    "compare.pass": L("適合", "passes"),
    "compare.fail": L("不適合", "fails"),
    "compare.template": L("テンプレート", "Template"),
    "compare.title": L("名称", "Title"),
    "compare.issuer": L("発行者", "Issuer"),
    "compare.verdict": L("判定", "Verdict"),
    "compare.errors": L("エラー", "Errors"),
    "compare.warnings": L("警告", "Warnings"),
    "compare.infos": L("情報", "Notes"),
    "compare.error_codes": L("エラーのコード", "Error codes"),
    "compare.warning_codes": L("警告のコード", "Warning codes"),
    "compare.named": L("契約の指定", "Named in contract"),
    "compare.use": L("{id} で検査結果を見る", "See findings under {id}"),
    "compare.metric": L(
        "エラー {errors} / 警告 {warnings}", "errors {errors} / warnings {warnings}"
    ),
    # incident page
    "incident.intro": L(
        "事故が起きた事業者または従事者を選ぶと、誰がどの立場・どの条項で{term.municipality}に責任を負うかを示します。",
        "Choose the party or worker where an incident happens to see who answers to the "
        "municipality, in what capacity, under which clause.",
    ),
    "incident.at": L("事故が起きた事業者・従事者", "Where the incident happens"),
    "incident.placeholder": L("選んでください", "Choose a party or worker"),
    "incident.search": L(
        "事業者・従事者を探す（名前または ID の一部）",
        "Find a party or worker (part of a name or id)",
    ),
    "incident.shown": L(
        "{matched:,} 件のうち初めの {shown:,} 件を一覧にしています。名前か ID の一部を入れて絞り込んでください。",
        "The first {shown:,} of {matched:,} are listed: type part of a name or id to narrow them.",
    ),
    "incident.none_found": L("該当する事業者・従事者はありません。", "No party or worker matches."),
    "incident.capacities": L("責任を負う当事者", "Who answers"),
    "incident.reasoning": L("判断の過程（立場ごと）", "Reasoning, capacity by capacity"),
    "incident.joint": L(
        "連帯して責任を負う当事者: {names}（{term.municipality}はいずれにも全部を請求できます）",
        "Jointly and severally liable: {names} (the municipality may claim the whole from any)",
    ),
    "incident.reporting": L("事故の後の報告", "Reporting after the incident"),
    "incident.reporting_note": L(
        "事故が起きたいま、誰が誰に、いつ、何を報告するか（テンプレートの事故・違反の報告の条項と法令）。",
        "Who now reports what to whom, and how soon (the template's accident and breach report clauses, and the statutes).",
    ),
    "diagram.audit": L(
        "{term.municipality}が監査できる相手を示す", "Mark whom the municipality may audit"
    ),
    "incident.audit": L("{term.municipality}が監査できる相手", "Whom the municipality may audit"),
    "incident.audit_note": L(
        "テンプレートの監査の条項による、各社への監査の及び方（直接、{term.contractor}を通じてだけ、定めなし）。{summary}",
        "How the template's audit clause reaches each company (directly, only through the "
        "contractor, or not at all). {summary}",
    ),
    "incident.exposures": L(
        "事実によっては（特記事項の外）", "Depending on the facts (outside the provisions)"
    ),
    "incident.exposures_note": L(
        "次は特記事項の外にある、事実によって生じ得る責任です。指摘事項ではありません。",
        "Exposure outside the provisions that depends on facts the chain does not record; not findings.",
    ),
}

MESSAGES.update(CASE_MESSAGES)


def lang() -> str:
    """The language the officer chose (``ja`` unless switched)."""
    value = st.session_state.get(LANG_KEY, "ja")
    return value if value in ("ja", "en") else "ja"


#: Where the app keeps the words of the profile the open chain is checked under.
TERMS_KEY = "i18n.terms"


def use_terms(terms: Mapping[str, L] | None) -> None:
    """Say the app's labels in ``terms`` (a profile's words) from now on; ``None``: the
    built-in words."""
    st.session_state[TERMS_KEY] = terms


#: The English of a message counting ``n`` when ``n`` is 1 ("1 finding", not "1 findings").
ONE: dict[str, str] = {
    "sidebar.profile_problems": "Profile {name} cannot be used (1 problem)",
    "checklist.errors": "documents and items complete, but 1 kind of error found ({codes})",
    "checklist.all_clear": "The delegation has its documents and items, and no error.",
    "downloads.scope": "The findings files hold the 1 finding shown with the filters above.",
}


def t(key: str, **values: object) -> str:
    """The message ``key`` in the current language, filled with ``values``; a label naming
    a term (``{term.municipality}``...) is said in the words of the profile in use, and a
    count ``n`` of 1 in English in the singular (:data:`ONE`)."""
    template = MESSAGES[key]
    if values.get("n") == 1 and key in ONE:
        template = L(template.ja, ONE[key])
    if _TERM in template.ja:
        terms = st.session_state.get(TERMS_KEY) or profile_terms(None)
        # The words come in as a template's literals (their braces doubled), so format it.
        return fill_terms(template, terms)(lang()).format(**values)
    text = template(lang())
    return text.format(**values) if values else text


_TERM = "{term."
