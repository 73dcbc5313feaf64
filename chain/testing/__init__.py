"""Test data: synthetic chains for the tests and the benchmarks, and the fingerprint of
what the tool outputs (:mod:`~chain.testing.snapshot`) that shows a refactoring changed
none of it."""

__all__: list[str] = []
