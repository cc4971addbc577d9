"""Rendered GET responses kept in memory until the database changes.

A page is a pure function of its URL and the database; under load the same few pages (the story list, a
story everyone opens, a popular search) are asked for over and over. The store's files change on every
commit (SQLite in WAL mode appends to the `-wal` file, a checkpoint rewrites the main file), so their sizes
and modification times name the version of the data, whichever process wrote it.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

Version = tuple[int, ...]
CachedResponse = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, raw headers, body


def data_version(db_path: Path) -> Version:
    """Changes whenever a commit reaches the database at `db_path`."""
    parts: list[int] = []
    for suffix in ("", "-wal"):
        try:
            stat = os.stat(f"{db_path}{suffix}")
        except FileNotFoundError:
            parts += [0, 0]
        else:
            parts += [stat.st_mtime_ns, stat.st_size]
    return tuple(parts)


class ResponseCache:
    """Least recently used responses up to `max_bytes` of bodies; all are dropped when the version moves."""

    def __init__(self, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must be >= 0")
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, CachedResponse] = OrderedDict()
        self._bytes = 0
        self._version: Version | None = None
        self._lock = threading.Lock()

    def get(self, key: str, version: Version) -> CachedResponse | None:
        with self._lock:
            if version != self._version:
                self._reset(version)
                return None
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: str, version: Version, response: CachedResponse) -> None:
        size = len(response[2])
        if size > self.max_bytes // 4:
            return  # one huge page would push out everything else
        with self._lock:
            if version != self._version:
                self._reset(version)
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._items[key] = response
            self._bytes += size
            while self._bytes > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped[2])

    def __len__(self) -> int:
        return len(self._items)

    def _reset(self, version: Version) -> None:
        self._items.clear()
        self._bytes = 0
        self._version = version
