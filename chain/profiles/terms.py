"""A profile's vocabulary: the words its template uses for the parties, the consent, the
documents and the delegations, which every message of the tool then uses.

A template says 承認 or 承諾, 甲 or 発注者, 再請負 or 再委託: the profile says which in
``[terms]`` (each term ``{ ja = "…", en = "…" }``), and the catalogue's messages and
fixes name a term as ``{term.consent}`` (:func:`chain.check.wording.fill_terms`). A term
the profile does not give is the built-in one (``[terms]`` of ``_builtin.toml``). Some
terms also stand for a word the checks put in their facts (the name of a document kind,
of a tier): :data:`FACT_WORDS` says which, so a profile's word replaces it there too.
A key that is not a term is refused with its place, like any unknown key.
"""

from __future__ import annotations

from pydantic import Field

from chain.profiles.base import Bilingual, ProfileModel
from chain.vocab import DOCUMENT_KINDS, L, tier_label

__all__ = ["FACT_WORDS", "TERM_KEYS", "Terms"]


class Terms(ProfileModel):
    """The words of a template (each optional: the built-in word where not given)."""

    municipality: Bilingual | None = Field(
        None, description="The municipality: 市, 甲, 発注者, 町長."
    )
    contractor: Bilingual | None = Field(None, description="The contractor: 受託者, 乙, 受注者.")
    consent: Bilingual | None = Field(
        None, description="Consent to a delegation: 承諾, 承認, 許諾, 確認."
    )
    approval: Bilingual | None = Field(
        None, description="Approval of staff and places: 承認, 承諾."
    )
    consent_document: Bilingual | None = Field(
        None, description="The document of consent (kind approval): 承諾書, 承認書, 決定書."
    )
    notification_document: Bilingual | None = Field(
        None, description="The document of a notification (kind notification): 届出, 申出."
    )
    application: Bilingual | None = Field(
        None, description="The written application (kind application): 申請書, 承認申請書."
    )
    delegation: Bilingual | None = Field(
        None, description="A delegation at tier 2: 再委託, 再請負, 下請負, 外注."
    )
    sub_delegation: Bilingual | None = Field(
        None, description="A delegation at tier 3: 再々委託, 再々請負."
    )
    provisions: Bilingual | None = Field(
        None, description="The provisions' name: 特記事項, 特約条項, 特則, 取扱規定."
    )

    def given(self) -> dict[str, L]:
        """The terms this profile gives, by key."""
        return {k: v for k in TERM_KEYS if (v := getattr(self, k)) is not None}


TERM_KEYS: tuple[str, ...] = tuple(Terms.model_fields)

#: The word each term stands for in the facts the checks yield: a profile's own word
#: replaces it there (the name of a document kind, of a tier).
FACT_WORDS: dict[str, L] = {
    "consent_document": DOCUMENT_KINDS["approval"],
    "notification_document": DOCUMENT_KINDS["notification"],
    "application": DOCUMENT_KINDS["application"],
    "delegation": tier_label(2),
    "sub_delegation": tier_label(3),
}
