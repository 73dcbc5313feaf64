"""The officers' app: ``streamlit run streamlit_app.py [-- --chain FILE.json]``.

Page configuration and navigation only; the pages live in ``chain_app/pages``.
"""

from pathlib import Path

import streamlit as st

from chain_app import cases_view, sidebar, state, streamlit_words
from chain_app.i18n import lang, t

# A local icon: Streamlit would fetch a material-icon favicon from an outside font server.
st.set_page_config(
    page_title=t("app.title"),
    page_icon=Path(__file__).parent / "chain_app" / "icon.svg",
    layout="wide",
)
state.init()
state.keep_choices()

# name -> (file, icon); the first page is the landing page.
PAGE_FILES = {
    "load": ("chain_app/pages/load.py", ":material/folder_open:"),
    "edit": ("chain_app/pages/edit.py", ":material/edit:"),
    "check": ("chain_app/pages/check.py", ":material/fact_check:"),
    "compare": ("chain_app/pages/compare.py", ":material/compare:"),
    "incident": ("chain_app/pages/incident.py", ":material/gavel:"),
    "cases": ("chain_app/pages/cases.py", ":material/inventory_2:"),
}
PAGES = {
    name: st.Page(path, title=t(f"nav.{name}"), icon=icon, url_path=name, default=i == 0)
    for i, (name, (path, icon)) in enumerate(PAGE_FILES.items())
}

page = st.navigation(list(PAGES.values()))
target = state.pop_goto()
if target in PAGES:
    st.switch_page(PAGES[target])
sidebar.render()
streamlit_words.insert(lang())  # Streamlit's own English words, in Japanese
try:
    page.run()
except state.PageDone:
    pass  # the page ended early; the sidebar and the save below still run
finally:
    # Every edit of this run, stored by a callback or by the page, is saved once drawn.
    cases_view.autosave()
    cases_view.render_sidebar()
