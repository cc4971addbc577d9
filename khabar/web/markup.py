"""Article text as safe HTML: entity mentions, quotes and one highlighted span marked up.

Every piece of article text goes through `markupsafe.escape`, so whatever the page said (markup, scripts)
is shown as text; only the tags written here are markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from khabar.model import Mention, Quote, Sentence, Span


def entity_url(entity_id: str) -> str:
    return "/entities/" + url_quote(entity_id, safe="")


def _covering(spans: Sequence[tuple[int, int, object]], start: int) -> object | None:
    for lo, hi, value in spans:
        if lo <= start < hi:
            return value
    return None


def render_text(
    text: str,
    *,
    mentions: Sequence[Mention] = (),
    quotes: Sequence[Quote] = (),
    sentences: Sequence[Sentence] = (),
    highlight: Span | None = None,
) -> Markup:
    """`text` with mentions linked to their entity pages, quote contents marked, an anchor `s-N` at the
    start of every sentence and `highlight` (clipped to the text) in a `<mark id="hl">`."""
    size = len(text)
    mention_spans = [(m.span.start, m.span.end, m) for m in mentions if m.span.end <= size and len(m.span)]
    quote_spans = [
        (q.content_span.start, q.content_span.end, q)
        for q in quotes
        if q.part == "text" and q.content_span.end <= size and len(q.content_span)
    ]
    hl: tuple[int, int] | None = None
    if highlight is not None:
        lo, hi = min(highlight.start, size), min(highlight.end, size)
        hl = (lo, hi) if hi > lo else None
    anchors = {s.span.start: s.index for s in sentences if s.span.start <= size}
    cuts = {0, size, *anchors}
    for lo, hi, _ in [*mention_spans, *quote_spans]:
        cuts.update((lo, hi))
    if hl:
        cuts.update(hl)
    points = sorted(cuts)
    out: list[str] = []
    hl_open = False
    for start, end in pairwise(points):
        if start in anchors:
            out.append(f'<span class="anchor" id="s-{anchors[start]}"></span>')
        piece = str(escape(text[start:end]))
        mention = _covering(mention_spans, start)
        if isinstance(mention, Mention):
            href = escape(entity_url(mention.entity)) if mention.entity else None
            label = escape(mention.type)
            piece = (
                f'<a class="ent ent-{label}" href="{href}" title="{label}">{piece}</a>'
                if href
                else f'<span class="ent ent-{label}" title="{label}">{piece}</span>'
            )
        quote = _covering(quote_spans, start)
        if isinstance(quote, Quote):
            who = escape(quote.speaker_name or quote.speaker or "?")
            piece = f'<span class="quote" title="{who}">{piece}</span>'
        if hl and hl[0] <= start < hl[1]:
            ident = "" if hl_open else ' id="hl"'
            hl_open = True
            piece = f"<mark{ident}>{piece}</mark>"
        out.append(piece)
    return Markup("".join(out))


def parse_span(value: str | None) -> Span | None:
    """`"12-40"` -> Span(12, 40); None for None. Raises ValueError for anything else."""
    if value is None:
        return None
    start, sep, end = value.partition("-")
    if not sep or not start.isdigit() or not end.isdigit():
        raise ValueError("expected START-END, two character offsets, e.g. 12-40")
    return Span(int(start), int(end))
