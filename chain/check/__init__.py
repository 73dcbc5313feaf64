"""Checking: a chain graph against the built-in rules and a profile, into a report.

:func:`check_chain` (:mod:`~chain.check.engine`) runs each rule a profile applies
(:mod:`~chain.check.rules`, one module per family, each check registered by its code in
:mod:`~chain.check.registry`) and stamps what the checks found with the code, severity,
citations and wording (:mod:`~chain.check.findings`, worded by
:mod:`~chain.check.wording` from the :mod:`~chain.check.catalog`).
"""

from chain.check.engine import Report, check_chain, enabled_codes

__all__ = ["Report", "check_chain", "enabled_codes"]
