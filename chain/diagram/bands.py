"""Tier bands and the title: one rank per tier, headed by who sits there."""

from __future__ import annotations

from chain.diagram.dot import Html
from chain.diagram.drawing import Band, Drawing
from chain.diagram.escape import clean, html, quoted, wrap
from chain.diagram.labels import code_marks, text_width
from chain.diagram.style import BAND_FILL, BAND_INK
from chain.diagram.words import WORDS, band_label
from chain.vocab import L

__all__ = ["band_order", "draw_bands", "ranks", "title"]


def band_order(ctx: Drawing) -> list[Band]:
    """The bands drawn, top (or left) first: the tiers, then what is left out or off the chain."""
    tiers = sorted({b for b in ctx.bands.values() if isinstance(b, int)})
    order: list[Band] = list(tiers)
    if ctx.scope.hidden_below:
        order.append("hidden")
    if "off" in ctx.bands.values():
        order.append("off")
    return order


def title(ctx: Drawing) -> Html:
    """The diagram's title: the contract, what is left out, findings on the whole chain."""
    c = ctx.graph.chain.contract
    heading = "<BR/>".join(html(t) for t in wrap(clean(c.title), 80, 2))
    lines = [f'<FONT POINT-SIZE="14"><B>{heading}</B></FONT>']
    if c.reference:
        lines.append(f'<FONT POINT-SIZE="9">{html(wrap(clean(c.reference), 80, 1)[0])}</FONT>')
    if ctx.scope.hidden:
        note = WORDS["hidden_note"](ctx.lang).format(n=ctx.scope.hidden)
        lines.append(f'<FONT POINT-SIZE="9" COLOR="#607d8b">{html(note)}</FONT>')
    if ctx.marks.chain:
        head = html(WORDS["whole_chain"](ctx.lang))
        lines.append(f'<FONT POINT-SIZE="9">{head}: </FONT>{code_marks(ctx.marks.chain, ctx.lang)}')
    rows = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{line}</TD></TR>' for line in lines)
    return Html(f'<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">{rows}</TABLE>')


def draw_bands(ctx: Drawing, order: list[Band]) -> None:
    """A heading node for each band, chained so that they stack in ``order``."""
    for band in order:
        if band == "hidden":
            cut = (ctx.options.max_tier or 0) + 1
            text = L(f"{cut}次以下（省略）", f"tier {cut} and below (not shown)")
        else:
            text = band_label(band if isinstance(band, int) else None)
        label = Html(
            f'<TABLE BORDER="0" CELLPADDING="6" BGCOLOR="{BAND_FILL}" STYLE="rounded">'
            f'<TR><TD WIDTH="{text_width(text(ctx.lang), 10, bold=True)}">'
            f'<FONT POINT-SIZE="10" COLOR="{BAND_INK}"><B>{html(text(ctx.lang))}'
            "</B></FONT></TD></TR></TABLE>"
        )
        ctx.writer.node(f"band_{band}", {"label": label, "tooltip": quoted(text(ctx.lang))})
    if len(order) > 1:
        chain = " -> ".join(f"band_{b}" for b in order)
        ctx.writer.line(f'{chain} [style="invis"];')


def ranks(ctx: Drawing, order: list[Band]) -> None:
    """Each band's heading and parties on one rank."""
    for band in order:
        members = [ctx.name(p) for p in ctx.scope.parties if ctx.bands[p] == band]
        if band == "hidden":
            members = [f"h{ctx.graph.party_index[p]}" for p in ctx.scope.hidden_below]
        ctx.writer.line("{" + "; ".join(["rank=same", f"band_{band}", *members]) + "}")
