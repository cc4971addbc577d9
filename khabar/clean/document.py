"""From a `RawDocument` to its `Article`s: route by source kind, classify, cut segments, keep offsets."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from urllib.parse import urlsplit

from khabar.clean.classify import Mode, classify
from khabar.clean.repetition import RepetitionIndex
from khabar.ingest.metadata import find_outlet
from khabar.model import Article, Line, RawDocument

BATCH_SIZE = 500


def article_id(doc: RawDocument, segment: int) -> str:
    """Stable id of the `segment`-th article of `doc` (same page, same id, on every run)."""
    digest = hashlib.sha256(
        "\x1f".join((doc.meta.get("id", ""), doc.meta.get("url", ""), doc.text)).encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()[:16]
    return f"{digest}-{segment}" if segment > 1 else digest


def outlet_key(doc: RawDocument) -> str:
    """Which pages share furniture: the outlet named in metadata, else the one the page names, else the folder.

    A page of full text names its outlet in its copyright line or address (`find_outlet`); pages of one
    folder can come from several outlets, and pooling them would take one outlet's words for another's
    furniture. A record that carries its body only (JSON Lines, feeds) is keyed by its address's host.
    """
    outlet = doc.meta.get("outlet")
    if outlet:
        return outlet
    url = doc.meta.get("url") or None
    found = find_outlet(doc.text, url) if _mode(doc) == "page" else (_url_host(url) if url else None)
    if found:
        return found
    return str(PurePath(doc.source).parent)


def _url_host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _mode(doc: RawDocument) -> Mode:
    # Feed and JSON Lines records carry the article body already, and a trafilatura extraction has
    # removed the page furniture: only plain furniture lines are dropped there.
    if doc.format in ("jsonl", "feed"):
        return "body"
    if doc.format in ("html", "warc") and doc.meta.get("extractor") == "trafilatura":
        return "body"
    return "page"


def document_lines(doc: RawDocument, *, repetition: RepetitionIndex | None = None) -> list[Line]:
    """Every non-empty line of `doc.text`, labelled as `clean_document` labels it."""
    return classify(
        doc.text,
        mode=_mode(doc),
        outlet_key=outlet_key(doc) if repetition is not None else None,
        repetition=repetition,
        known_title=doc.meta.get("title"),
    )


def clean_document(doc: RawDocument, *, repetition: RepetitionIndex | None = None) -> list[Article]:
    """The news articles of one document, one per segment; [] when no body line is found."""
    lines = document_lines(doc, repetition=repetition)
    return articles_from_lines(doc, lines)


def articles_from_lines(doc: RawDocument, lines: list[Line]) -> list[Article]:
    by_segment: dict[int, list[Line]] = {}
    for line in lines:
        if line.label != "boilerplate":
            by_segment.setdefault(line.segment, []).append(line)
    meta = doc.meta
    articles: list[Article] = []
    for segment in sorted(by_segment):
        members = by_segment[segment]
        body = [line for line in members if line.label == "body"]
        if not body:
            continue
        title_line = next((line for line in members if line.label == "title"), None)
        title = title_line.text if title_line is not None else meta.get("title", "")
        parts: list[str] = []
        offset_map: list[tuple[int, int, int]] = []
        pos = 0
        for line in body:
            offset_map.append((pos, line.span.start, len(line.text)))
            parts.append(line.text)
            pos += len(line.text) + 1
        articles.append(
            Article(
                id=article_id(doc, segment),
                source=doc.source,
                locator=doc.locator,
                format=doc.format,
                title=title,
                text="\n".join(parts),
                raw_text=doc.text,
                offset_map=offset_map,
                url=meta.get("url") or None,
                outlet=meta.get("outlet") or None,
                author=meta.get("author") or None,
                language=meta.get("language") or "ar",
                category=meta.get("category") or None,
                segment=segment,
                lines=lines,
                meta=dict(meta),
            )
        )
    return articles


def _index(batch: list[RawDocument]) -> RepetitionIndex:
    index = RepetitionIndex()
    for doc in batch:
        index.add_page(outlet_key(doc), doc.text)
    return index


def clean_batch(batch: list[RawDocument]) -> Iterator[list[Line]]:
    """The labelled lines of each document of one batch, with a repetition index over the batch."""
    index = _index(batch)
    for doc in batch:
        yield document_lines(doc, repetition=index)


def clean_documents(docs: Iterable[RawDocument], *, batch_size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    """Clean a stream of documents: one list of articles per document, in order (possibly empty).

    Documents are taken `batch_size` at a time: a first pass indexes the lines each outlet repeats, the
    second cleans, so memory stays bounded by the batch whatever the stream's length.
    """
    batch: list[RawDocument] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _clean(batch)
            batch = []
    if batch:
        yield from _clean(batch)


def _clean(batch: list[RawDocument]) -> Iterator[list[Article]]:
    for doc, lines in zip(batch, clean_batch(batch), strict=False):
        yield articles_from_lines(doc, lines)
