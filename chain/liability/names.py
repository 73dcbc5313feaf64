"""Party names as the assessments of one chain ask for them."""

from __future__ import annotations

from chain.graph import ChainGraph

__all__ = ["PartyNames"]


class PartyNames(dict):
    """``graph.party_name`` of each party asked for, looked up once.

    Assessing every party asks for the same names again and again (the
    contractor's in every assessment, each delegator's for each of its
    delegates): a plain dict lookup replaces the method call and the two
    lookups behind it. Names are read on first use, so one assessment of a
    large chain does not pay for every name.
    """

    def __init__(self, graph: ChainGraph) -> None:
        super().__init__()
        self.graph = graph

    def fill(self) -> None:
        """Read every party's name at once (for assessing every party): one pass
        costs less than a missed look-up per party."""
        self.update(self.graph.party_names)

    def __missing__(self, party: str | None) -> str:
        name = self[party] = self.graph.party_name(party)
        return name
