"""Ingest: read news from text, HTML, JSON Lines, WARC and feed files into `RawDocument` records.

`read_sources` is the entry point; the other names are the pieces it is built from, exposed because the
cleaner and the command line reuse them.
"""

from khabar.ingest.encoding import UndecodableError, decode_bytes
from khabar.ingest.html import extract_html
from khabar.ingest.metadata import (
    Dateline,
    canonical_agency,
    detect_language,
    find_byline,
    find_dateline,
    find_outlet,
    find_url,
)
from khabar.ingest.readers import read_sources
from khabar.ingest.streams import MAX_DOCUMENT_BYTES

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Dateline",
    "UndecodableError",
    "canonical_agency",
    "decode_bytes",
    "detect_language",
    "extract_html",
    "find_byline",
    "find_dateline",
    "find_outlet",
    "find_url",
    "read_sources",
]
