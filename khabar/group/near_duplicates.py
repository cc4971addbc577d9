"""Near-duplicate families: wire copies reprinted by several outlets with small edits.

MinHash over word shingles of the normalised body, banded LSH to find candidates without comparing all
pairs, and an exact Jaccard / containment check on the candidates so a chance band collision never joins
two articles. Hash functions are seeded, so the same input always gives the same families.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from khabar.group.text import terms
from khabar.model import Article, Family
from khabar.unionfind import DisjointSets

__all__ = ["NearDuplicateIndex", "find_families", "shingles"]

_MASK32 = np.uint64(0xFFFFFFFF)


def shingles(text: str, size: int = 4) -> set[int]:
    """32-bit hashes of the word `size`-grams of the normalised, clitic-stripped text."""
    words = terms(text)
    if not words:
        return set()
    if len(words) < size:
        return {zlib.crc32(" ".join(words).encode("utf-8"))}
    # the UTF-8 of " ".join(words[i : i + size]), from words encoded once
    encoded = [w.encode("utf-8") for w in words]
    crc32 = zlib.crc32
    return {crc32(b" ".join(encoded[i : i + size])) for i in range(len(encoded) - size + 1)}


@dataclass(slots=True)
class _Entry:
    article: Article
    shingles: frozenset[int]


class NearDuplicateIndex:
    """Banded MinHash LSH over article bodies; add articles, then read the families.

    `threshold` is the Jaccard of shingle sets above which two articles are copies; `containment` catches a
    copy that an outlet cut short (most of the shorter one's shingles are in the longer one).
    """

    def __init__(
        self,
        *,
        num_perm: int = 64,
        bands: int = 16,
        shingle_size: int = 4,
        threshold: float = 0.5,
        containment: float = 0.8,
        min_shingles: int = 8,
        seed: int = 1,
    ) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.default_rng(seed)
        # Multiply-shift hashing: odd 64-bit multipliers, wrap-around arithmetic, keep the high 32 bits.
        self._a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self._rows = num_perm // bands
        self._bands = bands
        self._shingle_size = shingle_size
        self._threshold = threshold
        self._containment = containment
        self._min_shingles = min_shingles
        self._buckets: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(bands)]
        self._entries: list[_Entry] = []
        self._sets = DisjointSets()

    def signature(self, items: Iterable[int]) -> np.ndarray:
        x = np.fromiter(items, dtype=np.uint64)
        with np.errstate(over="ignore"):
            hashed = (np.outer(self._a, x) + self._b[:, None]) >> np.uint64(32)
        return (hashed & _MASK32).min(axis=1)

    def add(self, article: Article) -> list[str]:
        """Index `article`; return the ids of the indexed articles it is a near-duplicate of."""
        found = shingles(article.text, self._shingle_size)
        index = len(self._entries)
        self._entries.append(_Entry(article, frozenset(found)))
        self._sets.add()
        if len(found) < self._min_shingles:
            return []  # too short to call a copy: a one-line brief matches too many things by chance
        signature = self.signature(found)
        candidates: set[int] = set()
        for band in range(self._bands):
            key = signature[band * self._rows : (band + 1) * self._rows].tobytes()
            bucket = self._buckets[band][key]
            candidates.update(bucket)
            bucket.append(index)
        matches: list[str] = []
        for other in sorted(candidates):
            if self._is_copy(self._entries[index].shingles, self._entries[other].shingles):
                self._sets.union(index, other)
                matches.append(self._entries[other].article.id)
        return matches

    def _is_copy(self, a: frozenset[int], b: frozenset[int]) -> bool:
        shared = len(a & b)
        if not shared:
            return False
        jaccard = shared / (len(a) + len(b) - shared)
        return jaccard >= self._threshold or shared / min(len(a), len(b)) >= self._containment

    def families(self) -> list[Family]:
        """Families of two or more articles, each with its representative, ordered by representative time."""
        groups: dict[int, list[Article]] = defaultdict(list)
        for i, entry in enumerate(self._entries):
            groups[self._sets.find(i)].append(entry.article)
        result = [_family(members) for members in groups.values() if len(members) > 1]
        result.sort(key=lambda family: (_time_key(family.published), family.representative))
        return result


def _time_key(value: datetime | None) -> tuple[int, datetime]:
    # Undated articles sort after dated ones: a copy with no date cannot claim to be the original.
    return (1, datetime.min) if value is None else (0, value)


def _family(members: list[Article]) -> Family:
    members = sorted(members, key=lambda a: (_time_key(a.published), -len(a.text), a.id))
    representative = members[0]
    agencies = [a.agency for a in members if a.agency]
    agency = representative.agency or (max(set(agencies), key=agencies.count) if agencies else None)
    return Family(
        id=f"family:{representative.id}",
        representative=representative.id,
        members=tuple(a.id for a in members),
        agency=agency,
        published=representative.published,
    )


def find_families(articles: Sequence[Article], **options: float | int) -> list[Family]:
    """Near-duplicate families among `articles` (see `NearDuplicateIndex` for the options)."""
    index = NearDuplicateIndex(**options)  # type: ignore[arg-type]
    for article in sorted(articles, key=lambda a: (_time_key(a.published), a.id)):
        index.add(article)
    return index.families()
