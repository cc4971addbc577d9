"""RSS and Atom feeds: one document per entry, its HTML content rendered to block text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

import feedparser

from khabar.ingest.html import render_html_text
from khabar.ingest.metadata import detect_language
from khabar.ingest.streams import MAX_CONTAINER_BYTES, one_line, read_bounded, too_large
from khabar.model import IngestProblem, RawDocument

__all__ = ["read_feed"]

Item = RawDocument | IngestProblem


def read_feed(source: str, stream: BinaryIO) -> Iterator[Item]:
    data, size = read_bounded(stream, MAX_CONTAINER_BYTES)
    if data is None:
        yield IngestProblem(source, "", too_large("feed", size, MAX_CONTAINER_BYTES))
        return
    if not data.strip():
        yield IngestProblem(source, "", "empty file")
        return
    # A file object, never the bytes themselves: feedparser treats some strings as URLs or paths to open.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        reason = ""
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            reason = f" ({type(parsed['bozo_exception']).__name__}: {parsed['bozo_exception']})"
        yield IngestProblem(source, "", one_line(f"feed has no entries{reason}"))
        return
    outlet = _text((parsed.get("feed") or {}).get("title"))
    for number, entry in enumerate(entries, 1):
        yield _entry(source, f"item {number}", entry, outlet)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _entry(source: str, locator: str, entry: Any, outlet: str | None) -> Item:
    body, content_type = "", ""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            body, content_type = part["value"], part.get("type", "")
            break
    if not body:
        body = entry.get("summary", "") or ""
        content_type = (entry.get("summary_detail") or {}).get("type", "")
    markup: str | None = None
    if "html" in content_type or "<" in body:
        markup = body
        body, _ = render_html_text(body)
    body = body.strip()
    if not body:
        return IngestProblem(source, locator, "feed item has no text")
    meta: dict[str, str] = {}
    for key, value in (
        ("id", entry.get("id")),
        ("title", entry.get("title")),
        ("url", entry.get("link")),
        ("date", entry.get("published") or entry.get("updated")),
        ("author", entry.get("author")),
        ("category", ", ".join(t.get("term", "") for t in entry.get("tags") or [] if t.get("term"))),
        ("outlet", outlet),
    ):
        text = _text(value)
        if text:
            meta[key] = text
    lang = detect_language(body)
    if lang != "und":
        meta["lang"] = lang
    return RawDocument(
        source=source, locator=locator, format="feed", text=body, html=markup, meta=meta, encoding="utf-8"
    )
