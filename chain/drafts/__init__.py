"""Drafted documents: the application for consent to a delegation (再委託・再々委託の承諾申請書)
and the decision notice (承諾・条件付承諾・不承諾の通知書), as .docx and PDF.

What a document says is worked out from the chain, the profile and a decision
(:mod:`chain.drafts.content`); it is filled into a .docx form by its placeholders
(:mod:`chain.drafts.docx`; the built-in forms are in ``chain/drafts/forms/``, a profile may
name its own 様式 and a field map), and the filled form is laid out as an A4 PDF with its
Japanese font embedded (:mod:`chain.drafts.pdf`). python-docx and reportlab load only when
a document is drafted.
"""
