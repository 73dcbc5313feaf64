"""DLG: the steps a consent goes through, and who may take its decision (DLG014).

A profile may require that a consent document be issued through steps (submitted via
the responsible officer, an opinion, a review, a decision) and decided by someone it
allows (a role such as 決裁権者): an officer's e-mail is not the municipality's decision.
The chain records a document's steps (``steps``: step, date, by).
"""

from __future__ import annotations

from collections.abc import Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, doc_pointer, kind_label, scoped_delegations
from chain.format.pointer import join
from chain.graph import ChainGraph, documents_of
from chain.profiles.params import DecisionParams
from chain.vocab import L

__all__ = ["ROLE_LABELS", "STEP_LABELS"]

#: The steps a consent may go through, as a finding names them.
STEP_LABELS: dict[str, L] = {
    "submitted_via_officer": L("担当職員を経由した提出", "submission via the responsible officer"),
    "opinion": L("意見", "opinion"),
    "review": L("審査", "review"),
    "decision": L("決定（決裁）", "decision"),
}


#: Who takes a step, as a finding names the common role keys a profile does not declare
#: in its ``[decision.roles]`` (its own labels come first; other keys as written).
ROLE_LABELS: dict[str, L] = {
    "decision_maker": L("決裁権者", "the decision maker"),
    "officer": L("担当職員", "the responsible officer"),
    "supervisor": L("監督職員", "the supervising officer"),
    "head": L("首長", "the head of the municipality"),
}


def _role(key: str | None, declared: dict[str, L]) -> L:
    if key is None:
        return L("記録なし", "not recorded")
    return declared.get(key) or ROLE_LABELS.get(key) or L(key, key)


@rule("DLG014")
def consent_steps(g: ChainGraph, p: DecisionParams, ctx: RuleContext) -> Iterator[Hit]:
    """A consent document lacking a step the profile requires, or whose decision was taken
    by someone the profile does not allow to decide."""
    consents = documents_of(g, p.consent)
    allowed = set(p.decided_by)
    declared = ctx.profile.decision.roles
    for e, _d in scoped_delegations(g, p):
        for i, doc in consents[e.index] or ():
            steps = doc.steps or []
            taken = {s.step for s in steps}
            missing = [s for s in p.steps if s not in taken]
            wrong = [
                (n, s)
                for n, s in enumerate(steps)
                if s.step == "decision" and allowed and (s.by is None or s.by not in allowed)
            ]
            if missing:
                yield Hit(
                    doc_pointer(e, i, "steps"),
                    {
                        **delegation_facts(g, e),
                        "consent": kind_label(p.consent),
                        "problem": L(
                            "次の手続の記録がありません: "
                            + "、".join(STEP_LABELS[s].ja for s in missing),
                            "no record of: " + "; ".join(STEP_LABELS[s].en for s in missing),
                        ),
                        "missing": missing,
                    },
                    delegation=e.id,
                    party=e.delegate,
                )
            allowed_label = [_role(k, declared) for k in p.decided_by]
            for n, s in wrong:
                who = _role(s.by, declared)
                yield Hit(
                    join("delegations", e.index, "documents", i, "steps", n, "by"),
                    {
                        **delegation_facts(g, e),
                        "consent": kind_label(p.consent),
                        "problem": L(
                            f"決定した者（{who.ja}）は決定の権限を持つ者（"
                            + "、".join(x.ja for x in allowed_label)
                            + "）ではありません",
                            f"it was decided by {who.en}, not by one allowed to decide ("
                            + ", ".join(x.en for x in allowed_label)
                            + ")",
                        ),
                        "decided_by": s.by,
                    },
                    delegation=e.id,
                    party=e.delegate,
                )
