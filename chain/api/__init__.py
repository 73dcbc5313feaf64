"""The HTTP API: FastAPI over the case service (``uvicorn chain.api:app``).

Every endpoint calls :class:`chain.cases.service.CaseService`, as the ``chain case``
commands do; none touches the database itself. Each request names its user through an
API token (``Authorization: Bearer …``, issued by ``chain case token new``), and the
service enforces that user's role. Bodies are bounded by the CLI's input limits
(:mod:`chain.format.limits`). Nothing here is imported by ``chain validate``.
"""

from __future__ import annotations

from chain.api.app import app, create_app

__all__ = ["app", "create_app"]
