"""Benchmarks of subcontract-chain: speed as ratios against baselines measured in the same run.

Run ``uv run python -m benchmarks`` (``--quick`` for a short run). See
``benchmarks/README.md`` for what is measured, the targets and the figures.
"""
