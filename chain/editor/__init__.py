"""What the app's editor needs, without any user interface.

The chain is edited as its own JSON document (:mod:`~chain.editor.document`), shown
as tables (:mod:`~chain.editor.tables`, columns from
:mod:`chain.format.table_specs`), with each problem's pointer turned into a table
cell (:mod:`~chain.editor.locate`), and checked again after each edit without
validating the rows that did not change (:mod:`~chain.editor.incremental`).
"""

__all__: list[str] = []
