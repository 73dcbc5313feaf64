"""The statutes an assessment cites, beyond the template's own clauses."""

from __future__ import annotations

from chain.profiles import Citation, Clause, Profile

__all__ = ["APPI", "CIVIL_CODE", "statute"]

CIVIL_CODE = "民法"
APPI = "個人情報保護法"

_CLAUSES: dict[tuple[str, str, str | None], Clause] = {}


def statute(
    profile: Profile, document: str, article: str, paragraph: str | None = None
) -> Citation:
    """A citation of a statute (never a template clause)."""
    key = (document, article, paragraph)
    clause = _CLAUSES.get(key)
    if clause is None:  # one object per clause, so profiles cache their citations
        clause = _CLAUSES[key] = Clause(document=document, article=article, paragraph=paragraph)
    return profile.cite(clause)
