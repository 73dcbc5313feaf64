"""The app's words for cases (the store, autosave, the ケース page), in Japanese and English.

Added to :data:`chain_app.i18n.MESSAGES`, so they are said like every other text.
"""

from __future__ import annotations

from chain.vocab import L

__all__ = ["CASE_MESSAGES"]

CASE_MESSAGES: dict[str, L] = {
    "nav.cases": L("ケース", "Cases"),
    "case.sidebar": L("ケース", "Case"),
    "case.user": L("操作する職員", "Acting officer"),
    "case.user_help": L(
        "記録に残る名前です。ストアに登録された職員の名前にしてください（最初に書き込んだ人が管理者になります）。",
        "The name kept on the record: a user registered in the store (the first to write becomes its admin).",
    ),
    "case.user_pick_help": L(
        "記録に残る名前です。ケースの保存先に登録された職員から選びます（登録は管理者がケースの画面で行います）。",
        "The name kept on the record, one of the users registered in the case store (an admin registers them on the Cases page).",
    ),
    "case.login": L("ログイン", "Log in"),
    "case.logout": L("ログアウト", "Log out"),
    "case.user_header": L("職員（ログイン）: {name}", "Officer (login): {name}"),
    "case.role": L("役割: {role}", "Role: {role}"),
    "case.store_off": L(
        "ケースの保存先を開けないため、保存せずに続けます（入力した内容はこの画面に残ります）: {reason}",
        "The case store cannot be opened, so the app goes on without saving (what you type stays on this page): {reason}",
    ),
    "case.open_case": L("ケース {id}: {title}", "Case {id}: {title}"),
    "case.saved": L("最終保存 {time}（第{n}版）", "Last saved {time} (version {n})"),
    "case.saved_conflict": L(
        "最終保存 {time}（第{n}版・競合として保存）",
        "Last saved {time} (version {n}, kept as a conflict)",
    ),
    "case.not_saved": L(
        "この編集は保存されていません: {reason}", "This edit is not saved: {reason}"
    ),
    "case.not_yet_saved": L(
        "この編集はまだ保存されていません: {reason}", "This edit is not saved yet: {reason}"
    ),
    "case.conflict": L("保存が競合しました: {reason}", "The save conflicted: {reason}"),
    "case.take_mine": L("自分の版を現在の版にする", "Make my version the current one"),
    "case.take_theirs": L("現在の版を開く", "Open the current version"),
    "case.reopen": L(
        "前回のケース {id}「{title}」の第{n}版を開き直す",
        "Reopen case {id} '{title}', version {n}",
    ),
    "case.target": L("登録するケース", "File in case"),
    "case.target_new": L(
        "新しいケース（契約から件名・担当課）",
        "A new case (title and department from the contract)",
    ),
    "case.target_help": L(
        "読み込んだチェーンを登録するケースです。既存のケースを選ぶと新しい版として保存します。",
        "The case the chain opened is filed in; an existing case gets it as a new version.",
    ),
    "case.untitled": L("（件名なし）", "(untitled)"),
    "case.no_department": L("（担当課未設定）", "(no department)"),
    # the ケース page
    "cases.title": L("ケース", "Cases"),
    "cases.intro": L(
        "ケースは契約ごとの記録です。編集は自動で新しい版として保存され、提出・審査・決定が記録に残ります。",
        "A case is the record of one contract: edits are saved as new versions automatically, and submissions, reviews and decisions stay on the record.",
    ),
    "cases.empty": L("ケースはまだありません。", "There are no cases yet."),
    "cases.list": L("ケース一覧", "Cases"),
    "cases.pick": L("ケースを選ぶ", "Choose a case"),
    "cases.open": L("この版を開いて編集する", "Open this version to edit"),
    "cases.open_version": L("開く版", "Version to open"),
    "cases.col_id": L("番号", "No."),
    "cases.col_title": L("件名", "Title"),
    "cases.col_department": L("担当課", "Department"),
    "cases.col_state": L("状態", "State"),
    "cases.col_by": L("作成者", "By"),
    "cases.col_at": L("日時", "When"),
    "cases.versions": L("版", "Versions"),
    "cases.col_version": L("版", "Version"),
    "cases.col_source": L("出所", "Source"),
    "cases.col_hash": L("ハッシュ", "Hash"),
    "cases.col_errors": L("エラー", "Errors"),
    "cases.col_warnings": L("警告", "Warnings"),
    "cases.col_infos": L("情報", "Info"),
    "cases.col_conflict": L("競合", "Conflict"),
    "cases.yes": L("あり", "yes"),
    "cases.diff": L("版の比較", "Compare versions"),
    "cases.diff_a": L("比較元の版", "From version"),
    "cases.diff_b": L("比較先の版", "To version"),
    "cases.diff_none": L("違いはありません。", "No differences."),
    "cases.col_table": L("表", "Table"),
    "cases.col_change": L("変化", "Change"),
    "cases.col_item": L("ID", "ID"),
    "cases.col_field": L("項目", "Field"),
    "cases.col_before": L("変更前", "Before"),
    "cases.col_after": L("変更後", "After"),
    "cases.added": L("追加", "added"),
    "cases.removed": L("削除", "removed"),
    "cases.changed": L("変更", "changed"),
    "cases.findings_diff": L("指摘事項の変化", "Findings changed"),
    "cases.new_finding": L("新たに出た", "new"),
    "cases.resolved": L("解消した", "resolved"),
    "cases.col_code": L("コード", "Code"),
    "cases.col_severity": L("重大度", "Severity"),
    "cases.col_message": L("内容", "Message"),
    "cases.state": L("状態: {state}", "State: {state}"),
    "cases.moves": L("手続", "Moves"),
    "cases.move_submit": L("提出", "Submit"),
    "cases.move_review": L("審査開始", "Start review"),
    "cases.move_withdraw": L("取下げ", "Withdraw"),
    "cases.move_revoke": L("取消", "Revoke"),
    "cases.move_return": L(
        "差戻しは下の決定欄で理由とともに記録します。",
        "A return is recorded with its reasons in the decision below.",
    ),
    "cases.no_moves": L(
        "この状態で {role} ができる手続はありません。", "No move is open to a {role} in this state."
    ),
    "cases.done": L("記録しました: {what}", "Recorded: {what}"),
    "cases.refused": L("できませんでした: {reason}", "Not done: {reason}"),
    "cases.status": L("委託ごとの決定", "Decisions per delegation"),
    "cases.col_delegation": L("委託", "Delegation"),
    "cases.col_outcome": L("決定", "Decision"),
    "cases.col_reapproval": L("要再承認", "Needs re-approval"),
    "cases.col_changed": L("変更された項目", "Changed fields"),
    "cases.col_expired": L("期限切れ", "Expired"),
    "cases.undecided": L("未決定", "undecided"),
    "cases.decisions": L("決定の記録", "Decisions on record"),
    "cases.col_scope": L("対象", "Covers"),
    "cases.col_conditions": L("条件", "Conditions"),
    "cases.col_reasons": L("理由", "Reasons"),
    "cases.col_valid": L("有効期間", "Valid"),
    "cases.whole": L("提出全体", "the whole submission"),
    "cases.decide": L("決定する（第{n}版）", "Decide (version {n})"),
    "cases.decide_edges": L("委託（空なら提出全体）", "Delegations (none: the whole submission)"),
    "cases.decide_outcome": L("決定", "Decision"),
    "cases.decide_conditions": L(
        "条件（1行に1件: 内容 | 条項 | 期限 YYYY-MM-DD）",
        "Conditions (one a line: text | clause | due YYYY-MM-DD)",
    ),
    "cases.decide_reason": L("理由", "Reasons"),
    "cases.decide_codes": L(
        "根拠とした指摘事項のコード（カンマ区切り）", "Finding codes relied on (comma-separated)"
    ),
    "cases.decide_clauses": L(
        "根拠とした条項（カンマ区切り）", "Clauses relied on (comma-separated)"
    ),
    "cases.decide_from": L("有効開始日（YYYY-MM-DD）", "Valid from (YYYY-MM-DD)"),
    "cases.decide_until": L("有効期限（YYYY-MM-DD）", "Valid until (YYYY-MM-DD)"),
    "cases.decide_button": L("決定を記録する", "Record the decision"),
    "cases.users": L("職員の登録（管理者）", "Users (admin)"),
    "cases.user_name": L("名前", "Name"),
    "cases.user_role": L("役割", "Role"),
    "cases.user_add": L("登録する", "Register"),
    "cases.derived": L("注意: {what}", "Attention: {what}"),
}
