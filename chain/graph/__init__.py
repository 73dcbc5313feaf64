"""The chain as a graph: tiers, paths, groups and indexes derived from a chain."""

from chain.graph.model import CONTRACT_EDGE, ChainGraph, Edge, analyse

__all__ = ["CONTRACT_EDGE", "ChainGraph", "Edge", "analyse"]
