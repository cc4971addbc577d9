"""Input splits: cut a set of input paths into units that separate workers can read on their own.

A JSON Lines file (`.jsonl`, `.ndjson`, gzip too) is cut into ranges of `size` lines; every other file is a
unit of its own, consecutive ones grouped `size` files to a split. Reading a split goes through the same
readers as `khabar.ingest.read_sources` (a line range through `read_jsonl`, whole files through
`read_sources` itself), so a worker produces the very records the local engine would, with the same
locators ("line 1201"). Splits are listed in the order `read_sources` visits the inputs, so the
concatenation of every split's documents is the local engine's stream.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from khabar.ingest import read_sources
from khabar.ingest.jsonl import read_jsonl
from khabar.ingest.readers import walk_files
from khabar.ingest.sniff import GZIP_MAGIC, format_from_name, is_json_name
from khabar.ingest.streams import HEAD_BYTES
from khabar.model import IngestProblem, RawDocument

__all__ = ["Split", "list_splits", "read_split"]

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Split:
    """Lines [first_line, first_line + lines) of one JSON Lines file (`offset`: the byte where they start in
    the decompressed data), or whole files (`files`)."""

    index: int
    files: tuple[str, ...] = ()
    path: str = ""
    first_line: int = 1
    lines: int = 0
    offset: int = 0
    compressed: bool = False


def _open(path: str) -> tuple[BinaryIO, bool]:
    handle = open(path, "rb")  # noqa: SIM115 — the caller closes it
    magic = handle.read(2)
    handle.seek(0)
    if magic == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=handle, mode="rb"), True  # type: ignore[return-value]
    return handle, False


def _line_ranges(path: str, size: int) -> list[tuple[int, int, int]] | None:
    """(first line, line count, byte offset) of each range of `size` lines; None when the file should be
    read whole (unreadable, empty, or in a wide encoding that cannot be cut at b"\\n")."""
    try:
        stream, _ = _open(path)
    except OSError:
        return None
    starts = [0]  # byte offset of lines 1, 1 + size, 1 + 2 * size, ...
    newlines, position, last = 0, 0, b""
    with stream:
        try:
            head = stream.read(HEAD_BYTES)
            if not head.strip() or head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:64]:
                return None
            stream.seek(0)
            while chunk := stream.read(_CHUNK):
                cursor = chunk.find(b"\n")
                while cursor >= 0:
                    newlines += 1
                    if newlines % size == 0:
                        starts.append(position + cursor + 1)
                    cursor = chunk.find(b"\n", cursor + 1)
                position += len(chunk)
                last = chunk[-1:]
        except (OSError, EOFError):
            return None
    lines = newlines + (0 if last == b"\n" else 1)
    starts = [offset for offset in starts if offset < position]
    return [(i * size + 1, min(size, lines - i * size), offset) for i, offset in enumerate(starts)]


def list_splits(paths: Sequence[str | Path], size: int = 200) -> tuple[list[Split], list[IngestProblem]]:
    """The splits of `paths` in reading order, and the problems found while listing (missing folders)."""
    splits: list[Split] = []
    problems: list[IngestProblem] = []
    pending: list[str] = []

    def flush() -> None:
        while pending:
            splits.append(Split(len(splits), files=tuple(pending[:size])))
            del pending[:size]

    def add_file(path: Path) -> None:
        name = str(path)
        if format_from_name(path.name) == "jsonl" and not is_json_name(path.name):
            ranges = _line_ranges(name, size)
            if ranges:
                flush()
                compressed = name.lower().endswith(".gz")
                for first, count, offset in ranges:
                    splits.append(
                        Split(
                            len(splits),
                            path=name,
                            first_line=first,
                            lines=count,
                            offset=offset,
                            compressed=compressed,
                        )
                    )
                return
        pending.append(name)

    for raw in paths:
        if str(raw) == "-":
            problems.append(IngestProblem("<stdin>", "", "standard input cannot be split; give files"))
            continue
        path = Path(raw)
        if path.is_dir():
            for item in walk_files(path):
                if isinstance(item, IngestProblem):
                    problems.append(item)
                else:
                    add_file(item)
        else:
            add_file(path)
    flush()
    return splits, problems


def read_split(
    split: Split, field_map: Mapping[str, str] | None = None
) -> Iterator[RawDocument | IngestProblem]:
    """The records of one split, as `read_sources` gives them for those files or lines."""
    if split.files:
        yield from read_sources(list(split.files), field_map=field_map)
        return
    try:
        stream, _ = _open(split.path)
    except OSError as exc:
        yield IngestProblem(split.path, "", f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        try:
            if split.compressed:
                left = split.offset
                while left > 0:  # gzip cannot seek: decompress and drop what comes before the range
                    dropped = stream.read(min(left, _CHUNK))
                    if not dropped:
                        break
                    left -= len(dropped)
            else:
                stream.seek(split.offset)
            data = b"".join(stream.readline() for _ in range(split.lines))
        except (OSError, EOFError) as exc:
            yield IngestProblem(split.path, "", f"read error (corrupt or truncated data?): {exc}")
            return
    shift = split.first_line - 1
    for item in read_jsonl(
        split.path, io.BytesIO(data), data[:HEAD_BYTES], field_map=field_map, whole_json=False
    ):
        if isinstance(item, IngestProblem):
            if item.locator == "" and item.message == "empty file":
                continue  # a range of blank lines inside a file that has records
            yield IngestProblem(item.source, _shift(item.locator, shift), item.message)
        else:
            item.locator = _shift(item.locator, shift)
            yield item


def _shift(locator: str, lines: int) -> str:
    if locator.startswith("line "):
        return f"line {int(locator[5:]) + lines}"
    return locator
