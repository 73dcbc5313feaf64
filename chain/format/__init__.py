"""The published chain format: bytes in, a :class:`~chain.format.model.Chain` or located problems out.

The first stage of the way a chain file travels. :mod:`~chain.format.read` reads and
parses a file within the :mod:`~chain.format.limits`; what is wrong with it comes back
as :mod:`~chain.format.problems`, each located by a JSON pointer
(:mod:`~chain.format.pointer`, and line and column through
:mod:`~chain.format.positions`) and worded in Japanese and English. The models
(:mod:`~chain.format.model`, with :mod:`~chain.format.dates` and
:mod:`~chain.format.identity`) are what :mod:`~chain.format.schema` publishes.
Large files are bounded before and while they are read (:mod:`~chain.format.density`,
:mod:`~chain.format.failfast`, :mod:`~chain.format.keyscan`).
"""

from chain.format.problems import ChainInputError, InputProblem
from chain.format.read import load_chain, parse_chain, read_source

__all__ = ["ChainInputError", "InputProblem", "load_chain", "parse_chain", "read_source"]
