"""Which reader a file needs: by file name first, by its first bytes when the name does not say."""

from __future__ import annotations

import codecs
import re

from khabar.model import SourceFormat

__all__ = ["GZIP_MAGIC", "format_from_head", "format_from_name", "is_json_name"]

GZIP_MAGIC = b"\x1f\x8b"

_BY_EXTENSION: dict[str, SourceFormat] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".feed": "feed",
}

_FEED_MARK = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html)[\s>]")


def _suffix(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    return lower[dot:] if dot > 0 else ""


def format_from_name(name: str) -> SourceFormat | None:
    """The format a file name announces (``.gz`` looked through), or None if it announces none."""
    return _BY_EXTENSION.get(_suffix(name))


def is_json_name(name: str) -> bool:
    return _suffix(name) == ".json"


def format_from_head(head: bytes) -> SourceFormat:
    """Guess the format from the first bytes of (decompressed) content; plain text when nothing fits."""
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    lower = text[:2048].lower()
    if lower.startswith(("warc/", "filedesc://")):
        return "warc"
    if lower.startswith(("{", "[")):
        return "jsonl"
    if lower.startswith("<"):
        feed = _FEED_MARK.search(lower)
        html = _HTML_MARK.search(lower)
        if feed and (not html or feed.start() < html.start()):
            return "feed"
        if html or re.match(r"<(?:head|body|div|p|article|meta|title)[\s>]", lower):
            return "html"
    return "text"


def _head_text(head: bytes) -> str:
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom) and not head.startswith(codecs.BOM_UTF32_LE):
            return head[len(bom) :].decode(name, errors="ignore")
    if b"\x00" in head[:64]:
        # UTF-16 without a BOM: dropping the NULs leaves the ASCII markup we are looking for.
        return head.replace(b"\x00", b"").decode("latin-1")
    return head.decode("utf-8", errors="ignore")
