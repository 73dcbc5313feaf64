"""The officers' app: load, edit, check and compare subcontract chains in the browser.

Pages only parse what the officer gives, call the :mod:`chain` library and
render its results. ``streamlit_app.py`` at the repository root is the
entry point (``streamlit run streamlit_app.py``).
"""

__all__: list[str] = []
