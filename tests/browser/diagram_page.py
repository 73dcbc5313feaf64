"""Reading the chain diagram a browser page shows (chain_app.diagram_view).

Where the server has ``dot``, the page shows the SVG it laid out as an image; its text is
the image's SVG. Where the browser lays the diagram out, the text is the drawn SVG's.
"""

from __future__ import annotations

#: The text of every diagram drawn on the page, and its size ([text, width, height]):
#: only images that have loaded, and drawn SVGs.
DRAWN = """() => {
  const out = [];
  for (const img of document.querySelectorAll('.st-key-diagram img')) {
    if (!img.complete || img.naturalWidth === 0 || !img.src.startsWith('data:image/svg+xml;base64,')) continue;
    const bytes = Uint8Array.from(atob(img.src.split(',')[1]), c => c.charCodeAt(0));
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml');
    out.push([doc.documentElement.textContent, img.naturalWidth, img.naturalHeight]);
  }
  for (const s of document.querySelectorAll('.st-key-diagram svg')) {
    out.push([s.textContent, s.viewBox.baseVal.width, s.viewBox.baseVal.height]);
  }
  return out;
}"""


def wait_for_diagram(page, text: str, *, wide: bool | None = None, timeout: float = 30_000) -> str:
    """The text of the first diagram on the page that holds ``text`` (and, with ``wide``,
    is wider than tall, or taller than wide), once the browser has drawn it."""
    shape = "true" if wide is None else ("d[1] > d[2]" if wide else "d[1] < d[2]")
    found = page.wait_for_function(
        f"() => ({DRAWN})().find(d => d[0].includes({text!r}) && {shape})",
        timeout=timeout,
    )
    return found.json_value()[0]
