"""The checks, one module per family of codes; importing the package registers them all.

Families: ``CHN`` chain structure (:mod:`~chain.check.rules.chn_structure`,
:mod:`~chain.check.rules.chn_references`, :mod:`~chain.check.rules.chn_identity`,
:mod:`~chain.check.rules.chn_characters`), ``DLG`` consent to delegation
(:mod:`~chain.check.rules.dlg_consent`; what an approval is bound to,
:mod:`~chain.check.rules.dlg_binding`), ``ITM`` application items
(:mod:`~chain.check.rules.itm_items`), ``TIR`` tiers (:mod:`~chain.check.rules.tir_tiers`),
``PST`` duties after approval (:mod:`~chain.check.rules.pst_duties`), ``STF`` staff
(:mod:`~chain.check.rules.stf_staff`; notified staff, :mod:`~chain.check.rules.stf_notices`), ``DSP`` dispatch and who directs a worker
(:mod:`~chain.check.rules.dsp_dispatch`), ``PLC`` places (:mod:`~chain.check.rules.plc_places`),
``DAT`` personal-data scope (:mod:`~chain.check.rules.dat_data`), ``PER`` periods
(:mod:`~chain.check.rules.per_periods`), ``DOC`` documents the profile declares
(:mod:`~chain.check.rules.doc_documents`), ``PRT`` parts of the work, ``AMT`` shares and
``ELG`` eligibility (:mod:`~chain.check.rules.elg_parties`), ``LOC`` where places are and
``REQ`` duties on request (:mod:`~chain.check.rules.loc_places`), ``END`` the end of the
contract: return and destruction of the data (:mod:`~chain.check.rules.end_lifecycle`).
"""

from chain.check.registry import REGISTRY
from chain.check.rules import (  # noqa: F401 - importing a family registers its checks
    chn_characters,
    chn_identity,
    chn_references,
    chn_structure,
    dat_data,
    dlg_binding,
    dlg_consent,
    dlg_routes,
    dlg_steps,
    doc_documents,
    dsp_dispatch,
    elg_parties,
    end_lifecycle,
    itm_items,
    loc_places,
    per_periods,
    plc_places,
    pst_duties,
    stf_notices,
    stf_staff,
    tir_tiers,
)

__all__ = ["REGISTRY"]
