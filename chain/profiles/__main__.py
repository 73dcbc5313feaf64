"""``python -m chain.profiles [--check | --write]``: the data the shipped TOML files are
read from (:mod:`chain.profiles.shipped`), checked or generated again."""

from chain.profiles.shipped import main

raise SystemExit(main())
