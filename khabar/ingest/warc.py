"""Web archives (WARC, and ARC through warcio's conversion): one document per HTML or text capture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from khabar.ingest.encoding import UndecodableError, declared_charset, decode_bytes
from khabar.ingest.html import extract_html
from khabar.ingest.metadata import detect_language
from khabar.ingest.streams import MAX_DOCUMENT_BYTES, one_line, read_bounded, too_large
from khabar.model import IngestProblem, RawDocument

__all__ = ["read_warc"]

Item = RawDocument | IngestProblem

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def read_warc(source: str, stream: BinaryIO) -> Iterator[Item]:
    """Documents from the response and resource records of a (decompressed) WARC or ARC stream."""
    number = 0
    found = False
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            number += 1
            found = True
            item = _record(source, f"record {number}", record)
            if item is not None:
                yield item
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        yield IngestProblem(
            source,
            f"record {number + 1}",
            one_line(f"broken or truncated WARC after {number} records: {type(exc).__name__}: {exc}"),
        )
        return
    if not found:
        yield IngestProblem(source, "", "WARC file has no records")


def _record(source: str, locator: str, record: Any) -> Item | None:
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.rec_headers
    http = record.http_headers if record.rec_type == "response" else None
    if http is not None:
        status = http.get_statuscode() or ""
        if status and not status.startswith("2"):
            return None
    content_type = (http or headers).get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    is_html = mime in _HTML_TYPES
    if not is_html and mime not in _TEXT_TYPES:
        return None

    data, size = read_bounded(record.content_stream(), MAX_DOCUMENT_BYTES)
    if data is None:
        return IngestProblem(source, locator, too_large("record", size))
    declared = _charset(params) or (declared_charset(data) if is_html else None)
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except UndecodableError as exc:
        return IngestProblem(source, locator, str(exc))
    if not text.strip():
        return IngestProblem(source, locator, "empty record")

    url = headers.get_header("WARC-Target-URI")
    captured = headers.get_header("WARC-Date") or (http.get_header("Date") if http else None)
    if is_html:
        body, meta = extract_html(text, url=url)
        if not body:
            return IngestProblem(source, locator, "no article text found in HTML page")
        markup: str | None = text
    else:
        body, markup = text, None
        meta = {}
        lang = detect_language(text)
        if lang != "und":
            meta["lang"] = lang
    if url:
        meta.setdefault("url", url)
    if captured:
        meta["captured"] = captured
        # A capture time is a poor publication date, but better than none for grouping by day.
        meta.setdefault("date", captured)
    record_id = headers.get_header("WARC-Record-ID")
    if record_id:
        meta["warc_record_id"] = record_id
    return RawDocument(
        source=source, locator=locator, format="warc", text=body, html=markup, meta=meta, encoding=encoding
    )


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
