"""The library modules the app uses stay light to import: no pandas, Streamlit or Excel writer.

The CLI's validate path must not pay for the app's dependencies, and these
modules sit beside it in the library.
"""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "chain.editor.document",
    "chain.editor.tables",
    "chain.format.table_specs",
    "chain.editor.locate",
    "chain.report.checklist",
    "chain.report.rows",
    "chain.report.spreadsheet",
    "chain.report.compare",
]
HEAVY = ["pandas", "streamlit", "xlsxwriter", "openpyxl", "graphviz"]


def test_importing_the_app_library_loads_no_heavy_dependency():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
