"""The one entry point of the ingest layer: paths (files, directories, stdin) in, records out.

Bad input never raises: every file, line or record that cannot be read becomes an `IngestProblem` with a
one-line message, and reading goes on with the next one.
"""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from khabar.ingest.encoding import UndecodableError, declared_charset, decode_bytes
from khabar.ingest.feeds import read_feed
from khabar.ingest.html import extract_html
from khabar.ingest.jsonl import read_jsonl
from khabar.ingest.metadata import detect_language, find_byline, find_dateline, find_outlet, find_url
from khabar.ingest.sniff import GZIP_MAGIC, format_from_head, format_from_name, is_json_name
from khabar.ingest.streams import HEAD_BYTES, MAX_DOCUMENT_BYTES, one_line, peek, read_bounded, too_large
from khabar.ingest.warc import read_warc
from khabar.model import IngestProblem, RawDocument, SourceFormat

__all__ = ["STDIN_SOURCE", "read_sources"]

Item = RawDocument | IngestProblem
STDIN_SOURCE = "<stdin>"


def read_sources(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    field_map: Mapping[str, str] | None = None,
) -> Iterator[RawDocument | IngestProblem]:
    """Yield a RawDocument for every document found in `paths`, an IngestProblem for everything else.

    "-" reads `stdin` (default: the process's standard input). Directories are walked recursively in
    sorted order, hidden entries skipped. `field_map` maps our metadata keys to a JSON layout's own
    ("text" -> "story_body") for dumps the built-in aliases do not cover.
    """
    for path in paths:
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(STDIN_SOURCE, stream, None, field_map)
            continue
        path = Path(path)
        if path.is_dir():
            for item in walk_files(path):
                if isinstance(item, IngestProblem):
                    yield item
                else:
                    yield from _read_file(item, field_map)
        else:
            yield from _read_file(path, field_map)


def walk_files(root: Path) -> Iterator[Path | IngestProblem]:
    """Every file under `root` in sorted order (hidden entries skipped), or a problem for an unreadable entry."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield IngestProblem(str(folder), "", _os_message(exc))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                # Symlinked folders are not followed, so a link cycle cannot trap the walk.
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(Path(entry.path))
                    continue
            except OSError as exc:
                yield IngestProblem(entry.path, "", _os_message(exc))
                continue
            yield Path(entry.path)
        # Files of a folder come before its subfolders; the stack is LIFO, hence the reversal.
        stack.extend(reversed(subfolders))


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return one_line(f"cannot read: {exc.strerror or exc}")


def _read_file(path: Path, field_map: Mapping[str, str] | None) -> Iterator[Item]:
    source = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 — closed by the with-block below, after the generator ends
    except OSError as exc:
        yield IngestProblem(source, "", _os_message(exc))
        return
    with handle:
        yield from _read_stream(source, handle, path.name, field_map)


def _read_stream(
    source: str, stream: BinaryIO, name: str | None, field_map: Mapping[str, str] | None
) -> Iterator[Item]:
    try:
        yield from _dispatch(source, stream, name, field_map)
    except (OSError, EOFError) as exc:
        yield IngestProblem(source, "", one_line(f"read error (corrupt or truncated data?): {exc}"))
    except Exception as exc:  # last line of defence: one bad file must not stop a batch
        yield IngestProblem(source, "", one_line(f"unexpected error: {type(exc).__name__}: {exc}"))


def _dispatch(
    source: str, stream: BinaryIO, name: str | None, field_map: Mapping[str, str] | None
) -> Iterator[Item]:
    head, stream = peek(stream)
    if head.startswith(GZIP_MAGIC):
        stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
        head, stream = peek(stream)
    if len(head) < HEAD_BYTES and not head.strip():
        # The whole input is in `head`; wider encodings of whitespace are caught after decoding.
        yield IngestProblem(source, "", "empty file")
        return
    fmt: SourceFormat = (format_from_name(name) if name else None) or format_from_head(head)
    if fmt == "jsonl":
        whole = name is None or is_json_name(name) or "." not in name
        yield from read_jsonl(source, stream, head, field_map=field_map, whole_json=whole)
    elif fmt == "warc":
        yield from read_warc(source, stream)
    elif fmt == "feed":
        yield from read_feed(source, stream)
    else:
        yield _read_page(source, stream, fmt)


def _read_page(source: str, stream: BinaryIO, fmt: SourceFormat) -> Item:
    data, size = read_bounded(stream, MAX_DOCUMENT_BYTES)
    if data is None:
        return IngestProblem(source, "", too_large("document", size))
    if not data.strip():
        return IngestProblem(source, "", "empty file")
    try:
        text, encoding = decode_bytes(data, declared=declared_charset(data) if fmt == "html" else None)
    except UndecodableError as exc:
        return IngestProblem(source, "", str(exc))
    if not text.strip():
        return IngestProblem(source, "", "empty file")
    if fmt == "html":
        body, meta = extract_html(text)
        if not body.strip():
            return IngestProblem(source, "", "no article text found in HTML page")
        return RawDocument(source, "", "html", body, html=text, meta=meta, encoding=encoding)
    return RawDocument(source, "", "text", text, meta=page_meta(text), encoding=encoding)


def page_meta(text: str) -> dict[str, str]:
    """What the text of a plain page says about itself cheaply: URL, outlet, author, dateline, language."""
    meta: dict[str, str] = {}
    url = find_url(text)
    if url:
        meta["url"] = url
    outlet = find_outlet(text, url)
    if outlet:
        meta["outlet"] = outlet
    author = find_byline(text)
    if author:
        meta["author"] = author
    dateline = find_dateline(text)
    if dateline is not None:
        if dateline.place:
            meta["dateline"] = dateline.place
        if dateline.agency:
            meta["agency"] = dateline.agency
    lang = detect_language(text)
    if lang != "und":
        meta["lang"] = lang
    return meta
