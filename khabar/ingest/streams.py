"""Bounded, streaming reads: every reader goes through these so that no input can exhaust memory."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

__all__ = [
    "MAX_CONTAINER_BYTES",
    "MAX_DOCUMENT_BYTES",
    "iter_lines",
    "one_line",
    "peek",
    "read_bounded",
    "too_large",
]

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
"""Largest single document (a file, a JSON line, a WARC record) read; bigger ones are refused."""

MAX_CONTAINER_BYTES = 64 * 1024 * 1024
"""Largest input that has to be parsed in one piece (a JSON array, a feed, a UTF-16 JSON Lines file)."""

_CHUNK = 1024 * 1024
HEAD_BYTES = 8192


class _Prefixed(io.RawIOBase):
    """`head` followed by the rest of `stream`: lets a non-seekable stream be sniffed and then read."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        n = len(data)
        buffer[:n] = data
        return n


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0:
        data = stream.read(left)
        if not data:
            break
        parts.append(data)
        left -= len(data)
    return b"".join(parts)


def peek(stream: BinaryIO, size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes of `stream`, and a stream that still yields them."""
    head = _read_exactly(stream, size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)  # type: ignore[return-value]


def read_bounded(stream: BinaryIO, limit: int) -> tuple[bytes | None, int]:
    """Read to the end: ``(data, size)``, or ``(None, size)`` when the data is over `limit` bytes.

    Oversized input is drained in chunks only to report its size, so memory stays at one chunk.
    """
    data = _read_exactly(stream, limit + 1)
    if len(data) <= limit:
        return data, len(data)
    size = len(data)
    del data
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
    return None, size


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(number, line, size)`` for each line (1-based); `line` is None when it is over `limit` bytes."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        size = len(line)
        del line
        while True:
            rest = stream.readline(_CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield number, None, size


def too_large(what: str, size: int, limit: int = MAX_DOCUMENT_BYTES) -> str:
    return f"{what} is {_mb(size)} ({size:,} bytes), over the {_mb(limit)} limit; skipped"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def one_line(message: str, width: int = 300) -> str:
    """Problem messages are one line; exception texts sometimes are not."""
    text = " ".join(message.split())
    return text if len(text) <= width else text[: width - 1] + "…"
