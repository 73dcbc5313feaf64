"""Tier bands and the title: one rank per tier, headed by who sits there.

Mixed into the diagram builder (:mod:`chain.diagram.build`), whose state it reads.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from chain.diagram.dot import Html
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.labels import code_marks, text_width
from chain.diagram.style import BAND_FILL, BAND_INK
from chain.diagram.words import WORDS, band_label
from chain.vocab import L

if TYPE_CHECKING:
    from chain.diagram.build import Band, _Builder

    _Base = _Builder
else:
    _Base = object

__all__ = ["BandsMixin"]


class BandsMixin(_Base):
    """Band headings, their ranks and the diagram's title."""

    def _band(self, party: str) -> Band:
        tier = self.g.tiers.get(party)
        if tier is not None:
            return tier
        # An agency supplying staff is left to the layout: its dispatch arrows place it just
        # above the parties it supplies. (Pinning it to a tier's rank while the arrows ignore
        # ranks makes Graphviz 2.43 fail on charts with corporate-group boxes.)
        return "free" if party in self._supplying else "off"

    @cached_property
    def _supplying(self) -> frozenset[str]:
        """Whoever supplies staff to another party drawn."""
        return frozenset(agency for host, _i, _w, agency in self.dispatched if agency != host)

    def _band_order(self) -> list[Band]:
        tiers = sorted({b for b in self.bands.values() if isinstance(b, int)})
        order: list[Band] = list(tiers)
        if self.scope.hidden_below:
            order.append("hidden")
        if "off" in self.bands.values():
            order.append("off")
        return order

    def _title(self) -> Html:
        c = self.g.chain.contract
        title = "<BR/>".join(html(t) for t in wrap(clean(c.title), 80, 2))
        lines = [f'<FONT POINT-SIZE="14"><B>{title}</B></FONT>']
        if c.reference:
            lines.append(f'<FONT POINT-SIZE="9">{html(wrap(clean(c.reference), 80, 1)[0])}</FONT>')
        if self.scope.hidden:
            note = WORDS["hidden_note"](self.lang).format(n=self.scope.hidden)
            lines.append(f'<FONT POINT-SIZE="9" COLOR="#607d8b">{html(note)}</FONT>')
        if self.marks.chain:
            head = html(WORDS["whole_chain"](self.lang))
            lines.append(
                f'<FONT POINT-SIZE="9">{head}: </FONT>{code_marks(self.marks.chain, self.lang)}'
            )
        rows = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{line}</TD></TR>' for line in lines)
        return Html(f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">{rows}</TABLE>')

    # -- bands ---------------------------------------------------------------------------
    def _bands(self, order: list[Band]) -> None:
        for band in order:
            if band == "hidden":
                cut = (self.o.max_tier or 0) + 1
                text = L(f"{cut}次以下（省略）", f"tier {cut} and below (not shown)")
            else:
                text = band_label(band if isinstance(band, int) else None)
            label = Html(
                f'<TABLE BORDER="0" CELLPADDING="6" BGCOLOR="{BAND_FILL}" STYLE="rounded">'
                f'<TR><TD WIDTH="{text_width(text(self.lang), 10, bold=True)}">'
                f'<FONT POINT-SIZE="10" COLOR="{BAND_INK}"><B>{html(text(self.lang))}'
                "</B></FONT></TD></TR></TABLE>"
            )
            self.w.node(f"band_{band}", {"label": label, "tooltip": quoted(text(self.lang))})
        if len(order) > 1:
            chain = " -> ".join(f"band_{b}" for b in order)
            self.w.line(f'{chain} [style="invis"];')

    def _ranks(self, order: list[Band]) -> None:
        for band in order:
            members = [self.name(p) for p in self.scope.parties if self.bands[p] == band]
            if band == "hidden":
                members = [f"h{self.g.party_index[p]}" for p in self.scope.hidden_below]
            self.w.line("{" + "; ".join(["rank=same", f"band_{band}", *members]) + "}")
