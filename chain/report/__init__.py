"""Reports: what people and scripts read of a check.

Each output is a module of its own, imported only by what needs it (``chain validate``
imports the one its format asks for): :mod:`~chain.report.text` for people,
:mod:`~chain.report.json` and :mod:`~chain.report.sarif` for scripts and dashboards,
:mod:`~chain.report.rows` and :mod:`~chain.report.spreadsheet` for the findings table,
:mod:`~chain.report.checklist` for each delegation's required items and documents, and
:mod:`~chain.report.compare` for one chain under two templates.
"""

__all__: list[str] = []
