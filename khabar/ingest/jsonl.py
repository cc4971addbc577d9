"""JSON Lines (and JSON array) news dumps: one record per object, mapped onto our metadata keys."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from khabar.ingest.encoding import UndecodableError, decode_bytes
from khabar.ingest.metadata import detect_language
from khabar.ingest.streams import (
    MAX_CONTAINER_BYTES,
    MAX_DOCUMENT_BYTES,
    iter_lines,
    one_line,
    read_bounded,
    too_large,
)
from khabar.model import IngestProblem, RawDocument

__all__ = ["TEXT_KEYS", "read_jsonl", "record_to_document"]

Item = RawDocument | IngestProblem

TEXT_KEYS: tuple[str, ...] = (
    "content",
    "text",
    "body",
    "article",
    "article_body",
    "articlebody",
    "story",
    "full_text",
    "maintext",
)
# Our key -> the names other dumps use for it, in order of preference (matched case-insensitively).
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id", "article_id", "uid", "guid"),
    "title": ("title", "headline", "heading"),
    "date": (
        "date",
        "published",
        "pubdate",
        "pub_date",
        "datetime",
        "date_published",
        "published_at",
        "publish_date",
        "publishedat",
        "timestamp",
    ),
    "url": ("url", "link", "href", "uri", "source_url"),
    "outlet": ("source", "outlet", "site", "publisher", "domain", "sitename", "source_name", "newspaper"),
    "author": ("author", "authors", "byline", "writer"),
    "category": ("category", "categories", "section", "topic"),
    "abstract": ("abstract", "summary", "description", "lead", "excerpt"),
    "lang": ("lang", "language", "locale"),
}
_LANGUAGE_SAMPLE = 1500


def read_jsonl(
    source: str, stream: BinaryIO, head: bytes, *, field_map: Mapping[str, str] | None, whole_json: bool
) -> Iterator[Item]:
    """Records of a JSON Lines stream; `whole_json` lets a JSON array (or one object) file through too.

    `head` is the first bytes of `stream` (already part of it), used to choose how to read.
    """
    start = head.lstrip(b" \t\r\n")
    if start.startswith(codecs.BOM_UTF8):
        start = start[len(codecs.BOM_UTF8) :].lstrip(b" \t\r\n")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:64]:
        # Wide encodings cannot be split on b"\n", so these files are decoded in one piece.
        yield from _read_whole(source, stream, field_map, whole_json=whole_json)
        return
    if whole_json and (start.startswith(b"[") or (start.startswith(b"{") and not _first_line_is_json(start))):
        yield from _read_whole(source, stream, field_map, whole_json=True)
        return

    seen = False
    for number, line, size in iter_lines(stream, MAX_DOCUMENT_BYTES):
        locator = f"line {number}"
        if line is None:
            seen = True
            yield IngestProblem(source, locator, too_large("line", size))
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            continue
        seen = True
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text, _ = decode_bytes(line)
            except UndecodableError as exc:
                yield IngestProblem(source, locator, str(exc))
                continue
        yield _parse_line(source, locator, text, field_map)
    if not seen:
        yield IngestProblem(source, "", "empty file")


def _first_line_is_json(start: bytes) -> bool:
    line = start.split(b"\n", 1)[0]
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _read_whole(
    source: str, stream: BinaryIO, field_map: Mapping[str, str] | None, *, whole_json: bool
) -> Iterator[Item]:
    data, size = read_bounded(stream, MAX_CONTAINER_BYTES)
    if data is None:
        yield IngestProblem(source, "", too_large("JSON file", size, MAX_CONTAINER_BYTES))
        return
    try:
        text, _ = decode_bytes(data)
    except UndecodableError as exc:
        yield IngestProblem(source, "", str(exc))
        return
    del data
    if not text.strip():
        yield IngestProblem(source, "", "empty file")
        return
    if whole_json:
        try:
            value = json.loads(text)
        except ValueError:
            value = None  # not one JSON value: fall through and read it as JSON Lines
        if isinstance(value, list):
            if not value:
                yield IngestProblem(source, "", "JSON array is empty")
            for number, item in enumerate(value, 1):
                locator = f"item {number}"
                if isinstance(item, dict):
                    yield record_to_document(item, source, locator, "jsonl", field_map)
                else:
                    yield IngestProblem(source, locator, f"array item is a JSON {_kind(item)}, not an object")
            return
        if isinstance(value, dict):
            yield record_to_document(value, source, "", "jsonl", field_map)
            return
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield _parse_line(source, f"line {number}", line, field_map)


def _parse_line(source: str, locator: str, line: str, field_map: Mapping[str, str] | None) -> Item:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestProblem(source, locator, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except ValueError as exc:  # e.g. numbers too long for int()
        return IngestProblem(source, locator, one_line(f"invalid JSON: {exc}"))
    if not isinstance(value, dict):
        return IngestProblem(source, locator, f"line is a JSON {_kind(value)}, not an object")
    return record_to_document(value, source, locator, "jsonl", field_map)


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number" if isinstance(value, int | float) else type(value).__name__


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [part for part in (_as_text(v) for v in value) if part]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        # NewsAPI-style {"source": {"id": ..., "name": ...}}
        for key in ("name", "title", "id"):
            if key in value:
                return _as_text(value[key])
    return None


def record_to_document(
    record: Mapping[str, Any],
    source: str,
    locator: str,
    fmt: str,
    field_map: Mapping[str, str] | None = None,
) -> Item:
    """Map one JSON object onto a RawDocument (or say why it has no text)."""
    lowered = {str(key).lower(): key for key in record}
    used: set[Any] = set()

    def pick(ours: str, candidates: tuple[str, ...]) -> str | None:
        if field_map and field_map.get(ours) in record:
            key = field_map[ours]
            used.add(key)
            return _as_text(record[key])
        for name in candidates:
            key = lowered.get(name)
            if key is not None and key not in used:
                value = _as_text(record[key])
                if value is not None:
                    used.add(key)
                    return value
        return None

    text = pick("text", TEXT_KEYS)
    if text is None:
        wanted = field_map["text"] if field_map and "text" in field_map else "content/text/body/article"
        return IngestProblem(source, locator, f"record has no text (no non-empty {wanted} field)")
    meta: dict[str, str] = {}
    for ours, candidates in _ALIASES.items():
        value = pick(ours, candidates)
        if value is not None:
            meta[ours] = value
    for key, value in record.items():
        # Fields we do not know are kept under their own names, so nothing the source said is lost.
        name = str(key)
        if key in used or name in meta or name.lower() in TEXT_KEYS:
            continue
        extra = _as_text(value)
        if extra is not None and len(extra) <= 2000:
            meta[name] = extra
    if "lang" not in meta:
        lang = detect_language(text[:_LANGUAGE_SAMPLE])
        if lang != "und":
            meta["lang"] = lang
    return RawDocument(
        source=source,
        locator=locator,
        format=fmt,  # type: ignore[arg-type]
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        meta=meta,
        encoding="utf-8",
    )
