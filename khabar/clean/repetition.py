"""Lines that recur across the pages of one outlet: menus, footers, newsletter boxes, widget captions."""

from __future__ import annotations

from khabar.clean.text import line_key

MAX_LINE_CHARS = 300


class RepetitionIndex:
    """Counts, per outlet, on how many pages each line (by its `line_key`) appears.

    Built in a first pass over a batch of pages, then consulted while cleaning them. Memory is bounded by
    `max_keys`: when the index grows past it, keys seen on a single page are dropped first (they are the
    bulk, and a line seen once is no evidence of furniture), then the index stops taking new keys.
    """

    __slots__ = ("_counts", "_frozen", "_pages", "_size", "max_keys")

    def __init__(self, max_keys: int = 400_000) -> None:
        self.max_keys = max_keys
        self._counts: dict[str, dict[int, int]] = {}
        self._pages: dict[str, int] = {}
        self._size = 0
        self._frozen = False

    def add_page(self, outlet_key: str, text: str) -> None:
        # Furniture lines are short; keying every paragraph would cost more than the cleaning itself.
        seen = {hash(k) for k in (line_key(x) for x in text.split("\n") if len(x) <= MAX_LINE_CHARS) if k}
        self._pages[outlet_key] = self._pages.get(outlet_key, 0) + 1
        counts = self._counts.setdefault(outlet_key, {})
        for h in seen:
            c = counts.get(h)
            if c is not None:
                counts[h] = c + 1
            elif not self._frozen:
                counts[h] = 1
                self._size += 1
        if self._size > self.max_keys:
            self._prune()

    def _prune(self) -> None:
        for outlet, counts in self._counts.items():
            self._counts[outlet] = {h: c for h, c in counts.items() if c > 1}
        self._size = sum(len(c) for c in self._counts.values())
        # Still full of repeated keys: keep counting those, accept no new ones.
        self._frozen = self._size > self.max_keys // 2

    def count(self, outlet_key: str, line: str) -> int:
        """On how many indexed pages of `outlet_key` the line appears (0 when unknown or too long to index)."""
        return self.count_key(outlet_key, line_key(line.strip()))

    def count_key(self, outlet_key: str, key: str) -> int:
        counts = self._counts.get(outlet_key)
        if not counts or not key:
            return 0
        return counts.get(hash(key), 0)

    def pages(self, outlet_key: str) -> int:
        return self._pages.get(outlet_key, 0)

    def __len__(self) -> int:
        return self._size
