"""``python -m chain`` runs the command-line interface."""

from chain.cli import entry

entry()
