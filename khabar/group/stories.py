"""Incremental story clustering: each article, in publication order, joins a story or opens one.

State is only what a stream needs to continue: the stories still inside the time window (a bounded sample
of their members' features), an inverted index from rare terms to those stories, a matrix of story
embedding centroids, and document frequencies over the window. Nothing else is kept, so the state can be
rebuilt from stored (article, story id) pairs of the window (`StoryClusterer.from_assignments`).

Guarantees: articles are processed strictly one at a time in (published, id) order and each decision only
reads the state built from earlier articles, so splitting a time-ordered stream into consecutive batches
never changes an assignment (up to float noise in the embeddings, which are computed per batch). Rebuilding
from the assignments of the whole window and continuing gives the same stories as never stopping, except
that document frequencies of articles already gone from the window no longer shape the stored term weights
(a small drift in scores). Stories leave the state between one window and one window plus an hour after
their last article (they are swept hourly, in stream time).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal

import numpy as np

from khabar.group.embedding import Embedder, default_embedder, embedding_text
from khabar.group.text import capitalised_names, numbers, terms
from khabar.model import Article, Story, StoryAssignment

__all__ = [
    "FEATURES",
    "MergeModel",
    "StoryClusterer",
    "StoryConfig",
    "hand_score",
    "load_merge_model",
]

FEATURES: tuple[str, ...] = (
    "tfidf_max",
    "tfidf_mean",
    "tfidf_centroid",
    "title_max",
    "title_cover",
    "tfidf_title",
    "emb_max",
    "emb_centroid",
    "names",
    "numbers",
    "hours",
    "cross_lang",
    "emb_cross",
    "log_size",
    "same_outlet",
)


_EMBED_CHUNK = 64  # articles per request to the embedding worker: small, so the first one is soon back
_EMBED_AHEAD = 4  # requests kept in flight while a chunk is decided


@dataclass(slots=True)
class StoryConfig:
    window: timedelta = timedelta(days=3)
    # "auto": whichever rule won on the held-out split when the model was trained (recorded in the model).
    decision: Literal["auto", "learned", "threshold"] = "auto"
    threshold: float | None = None  # None: the merge model's own (learned) or the tuned hand threshold
    hand_threshold: float = 0.5
    body_chars: int = 3000  # terms past this rarely decide the event and cost time
    lead_chars: int = 400
    max_terms: int = 120  # the heaviest terms kept per article vector
    index_terms: int = 10  # rarest-weighted terms per article put in the inverted index
    posting_limit: int = 300  # a term in more stories than this is too common to retrieve by
    max_candidates: int = 16  # stories scored in full per article, by shared index-term weight
    embedding_neighbours: int = 8
    embedding_floor: float = 0.35  # translations of one report often sit at cosine 0.4-0.6
    max_members: int = 8  # members whose features a story keeps for comparison
    max_stories: int = 100_000
    max_window_docs: int = 300_000  # df memory bound for undated streams


@dataclass(frozen=True, slots=True)
class MergeModel:
    """Logistic regression over the pair features (trained by scripts/train_stories.py)."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    hand_threshold: float = 0.5
    preferred: Literal["learned", "threshold"] = "learned"

    def score(self, features: Sequence[float]) -> float:
        z = self.bias
        for w, x, m, s in zip(self.weights, features, self.mean, self.scale, strict=True):
            z += w * (x - m) / s
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@lru_cache(maxsize=1)
def load_merge_model() -> MergeModel | None:
    """The committed model (khabar/resources/stories_model.json), or None before it was trained."""
    try:
        raw = resources.files("khabar.resources").joinpath("stories_model.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = json.loads(raw)
    if tuple(data["features"]) != FEATURES:
        return None  # trained for another feature set: refuse rather than mis-score
    return MergeModel(
        weights=tuple(data["weights"]),
        bias=float(data["bias"]),
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        threshold=float(data["threshold"]),
        hand_threshold=float(data.get("hand_threshold", 0.5)),
        preferred="threshold" if data.get("preferred") == "threshold" else "learned",
    )


def hand_score(f: Sequence[float]) -> float:
    """The hand-written merge score: term evidence within a language, the embedding across languages."""
    x = dict(zip(FEATURES, f, strict=True))
    if x["cross_lang"]:
        return x["emb_max"] - 0.25 + 0.1 * x["names"] + 0.05 * x["numbers"]
    return 0.5 * x["tfidf_max"] + 0.2 * x["title_max"] + 0.3 * x["emb_max"] - 0.05 * x["hours"]


@dataclass(slots=True)
class _Doc:
    id: str
    seq: int
    time: datetime | None
    language: str
    outlet: str | None
    counts: dict[str, float]
    title_terms: list[str]
    numbers: frozenset[str]
    names: frozenset[str]
    embedding: np.ndarray
    vec: dict[str, float] = field(default_factory=dict)
    title_vec: dict[str, float] = field(default_factory=dict)
    index_terms: tuple[str, ...] = ()


@dataclass(slots=True)
class _Story:
    id: str
    slot: int
    title: str
    members: list[_Doc]
    article_ids: list[str]
    first: datetime | None
    last: datetime | None
    last_seq: int
    emb_sum: np.ndarray
    names: Counter[str]
    numbers: Counter[str]
    title_terms: set[str]
    centroid: dict[str, float]  # sum of the members' term vectors: the story's core, not its fringe
    centroid_norm: float
    languages: set[str]
    outlets: set[str]
    index_terms: set[str]


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    # The per-article matrix-vector products are tiny: multi-threaded BLAS only spins and, on a busy
    # machine, made clustering twice as slow.
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _key(article: Article) -> tuple[int, datetime, str]:
    return (1, datetime.min, article.id) if article.published is None else (0, article.published, article.id)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    # Only the shared terms, found by a set intersection in C: most candidate pairs share a handful of their
    # 120 terms. fsum is exactly rounded, so the result does not depend on the set's (hash-seeded) order.
    return math.fsum(a[t] * b[t] for t in a.keys() & b.keys())


class StoryClusterer:
    """Groups a stream of articles into stories, one batch after another (see the module notes)."""

    def __init__(
        self,
        config: StoryConfig | None = None,
        *,
        embedder: Embedder | None = None,
        model: MergeModel | None = None,
    ) -> None:
        self.config = config or StoryConfig()
        self._embedder = embedder
        self._model = model if model is not None else load_merge_model()
        self._decision: Literal["learned", "threshold"] = (
            ("threshold" if self._model is None else self._model.preferred)
            if self.config.decision == "auto"
            else self.config.decision
        )
        if self._model is None:
            self._decision = "threshold"  # no trained model shipped: only the hand rule can decide
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._df: Counter[str] = Counter()
        self._window_docs: deque[tuple[datetime | None, tuple[str, ...]]] = deque()
        self._emb = np.zeros((256, 512), dtype=np.float32)
        self._slot_story: list[str | None] = [None] * 256
        self._free: list[int] = list(range(255, -1, -1))
        self._now: datetime | None = None
        self._swept: datetime | None = None
        self._seq = 0

    # ---------- public API ----------

    def add(self, articles: Iterable[Article]) -> list[StoryAssignment]:
        """Assign each article (processed in publication order) to a story; returns one assignment each."""
        ordered = sorted(articles, key=_key)
        out: list[StoryAssignment] = []
        with _one_blas_thread():
            for article, doc in zip(ordered, self._prepared(ordered), strict=True):
                self._admit(doc)
                story, score = self._decide(doc)
                opened = story is None
                story_id = self._attach(doc, article, story)
                out.append(
                    StoryAssignment(doc.id, story_id, opened, 1.0 if opened else score, article.published)
                )
        return out

    @classmethod
    def from_assignments(
        cls,
        pairs: Iterable[tuple[Article, str]],
        config: StoryConfig | None = None,
        *,
        embedder: Embedder | None = None,
        model: MergeModel | None = None,
    ) -> StoryClusterer:
        """Rebuild the state from stored (article, story id) pairs, e.g. those of the last window."""
        clusterer = cls(config, embedder=embedder, model=model)
        clusterer.replay(pairs)
        return clusterer

    def replay(self, pairs: Iterable[tuple[Article, str]]) -> None:
        """Apply known assignments in publication order without deciding anything."""
        items = sorted(pairs, key=lambda pair: _key(pair[0]))
        docs = self._prepared([article for article, _ in items])
        with _one_blas_thread():
            for (article, story_id), doc in zip(items, docs, strict=True):
                self._admit(doc)
                self._attach(doc, article, self._stories.get(story_id), story_id)

    def stories(self) -> list[Story]:
        """The stories still inside the window, oldest first."""
        return [
            Story(
                id=s.id,
                article_ids=tuple(s.article_ids),
                first_published=s.first,
                last_published=s.last,
                title=s.title,
                outlets=tuple(sorted(s.outlets)),
                languages=tuple(sorted(s.languages)),
            )
            for s in sorted(self._stories.values(), key=lambda s: (s.first or datetime.max, s.id))
        ]

    def teach(self, articles: Sequence[tuple[Article, str]]) -> list[tuple[str, str, tuple[float, ...]]]:
        """Training pairs: each article's features against the stories retrieved for it, then its known story.

        Returns (article id, candidate story id, features); the caller compares the story ids with the
        article's own to label the pair. The state advances exactly as `replay` does.
        """
        items = sorted(articles, key=lambda pair: _key(pair[0]))
        docs = self._prepare([article for article, _ in items])
        out: list[tuple[str, str, tuple[float, ...]]] = []
        for (article, story_id), doc in zip(items, docs, strict=True):
            self._admit(doc)
            out.extend((doc.id, s.id, self._features(doc, s)) for s in self._candidates(doc))
            self._attach(doc, article, self._stories.get(story_id), story_id)
        return out

    # ---------- internals ----------

    def _embedder_in_use(self) -> Embedder:
        return self._embedder or default_embedder()

    def _embed(self, articles: Sequence[Article]) -> np.ndarray:
        return self._embedder_in_use().encode([embedding_text(a) for a in articles])

    def _prepared(self, ordered: Sequence[Article]) -> Iterator[_Doc]:
        """The features of `ordered`, made a chunk at a time. An embedder that can `submit` work to another process
        embeds the next chunks there while this one is decided: its forward pass is numpy and deciding is
        Python, so on two cores they overlap instead of adding up (a thread would not do: each numpy call
        waits for the GIL behind the deciding loop). While the worker is still starting, the first chunks
        are embedded here."""
        chunks = [ordered[i : i + _EMBED_CHUNK] for i in range(0, len(ordered), _EMBED_CHUNK)]
        embedder = self._embedder_in_use()
        submit = getattr(embedder, "submit", None)
        if submit is None or len(chunks) < 2:
            for chunk in chunks:
                yield from self._prepare(chunk, self._embed(chunk))
            return
        here = 0 if getattr(embedder, "warm", True) else min(_EMBED_AHEAD, len(chunks) - 1)
        pending: deque[object] = deque()
        following = here
        while following < len(chunks) and len(pending) < _EMBED_AHEAD:
            pending.append(submit([embedding_text(a) for a in chunks[following]]))
            following += 1
        for chunk in chunks[:here]:
            yield from self._prepare(chunk, self._embed(chunk))
        for chunk in chunks[here:]:
            vectors = pending.popleft().result()  # type: ignore[attr-defined]
            if following < len(chunks):
                pending.append(submit([embedding_text(a) for a in chunks[following]]))
                following += 1
            yield from self._prepare(chunk, vectors)

    def _prepare(self, articles: Sequence[Article], vectors: np.ndarray | None = None) -> list[_Doc]:
        if not articles:
            return []
        if vectors is None:
            vectors = self._embed(articles)
        docs: list[_Doc] = []
        for article, vector in zip(articles, vectors, strict=True):
            cfg = self.config
            title_terms = terms(article.title)
            body = article.text[: cfg.body_chars]
            counts: Counter[str] = Counter(terms(body))
            for term in terms(body[: cfg.lead_chars]):
                counts[term] += 1.0
            for term in title_terms:
                counts[term] += 3.0
            head = f"{article.title}\n{body[: cfg.lead_chars * 2]}"
            docs.append(
                _Doc(
                    id=article.id,
                    seq=0,
                    time=article.published,
                    language=article.language,
                    outlet=article.outlet,
                    counts={t: 1.0 + math.log(c) for t, c in counts.items()},
                    title_terms=title_terms,
                    numbers=frozenset(numbers(head)),
                    names=frozenset(capitalised_names(head)),
                    embedding=np.asarray(vector, dtype=np.float32),
                )
            )
        return docs

    def _idf(self, term: str) -> float:
        n = len(self._window_docs)
        return math.log((n + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _admit(self, doc: _Doc) -> None:
        """Move the clock, evict what left the window, count the document and weigh its terms."""
        self._seq += 1
        doc.seq = self._seq
        if doc.time is not None and (self._now is None or doc.time > self._now):
            self._now = doc.time
        self._evict()
        keys = tuple(doc.counts)
        self._window_docs.append((doc.time, keys))
        self._df.update(keys)
        self._weigh(doc)

    def _weigh(self, doc: _Doc) -> None:
        cfg = self.config
        # c * self._idf(t), inlined (the hottest loop of admitting an article)
        df, n1, log = self._df, len(self._window_docs) + 1, math.log
        weighted = sorted(
            ((c * (log(n1 / (df.get(t, 0) + 1)) + 1.0), t) for t, c in doc.counts.items()), reverse=True
        )
        weighted = weighted[: cfg.max_terms]
        norm = math.sqrt(sum(w * w for w, _ in weighted)) or 1.0
        doc.vec = {t: w / norm for w, t in weighted}
        title = {t: self._idf(t) for t in doc.title_terms}
        tnorm = math.sqrt(sum(w * w for w in title.values())) or 1.0
        doc.title_vec = {t: w / tnorm for t, w in title.items()}
        # Retrieval keys: the heaviest terms that are not everywhere (tf-idf already favours title and rare).
        doc.index_terms = tuple(t for _, t in weighted[: cfg.index_terms])

    def _evict(self) -> None:
        cfg = self.config
        horizon = self._now - cfg.window if self._now is not None else None
        docs = self._window_docs
        while docs and (
            len(docs) > cfg.max_window_docs
            or (horizon is not None and docs[0][0] is not None and docs[0][0] < horizon)
        ):
            _, keys = docs.popleft()
            self._df.subtract(keys)
            for key in keys:
                if self._df[key] <= 0:
                    del self._df[key]
        # Stories are swept at most once per hour of stream time: scanning them all for every article was
        # the slowest step on a busy window. A story may so outlive the window by up to an hour.
        if horizon is not None and (self._swept is None or self._now - self._swept >= timedelta(hours=1)):
            self._swept = self._now
            stale = [s for s in self._stories.values() if s.last is not None and s.last < horizon]
            for story in stale:
                self._drop(story)
        if len(self._stories) > cfg.max_stories:
            by_age = sorted(self._stories.values(), key=lambda s: s.last_seq)
            for story in by_age[: len(self._stories) - cfg.max_stories]:
                self._drop(story)

    def _drop(self, story: _Story) -> None:
        for term in story.index_terms:
            posting = self._postings.get(term)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del self._postings[term]
        self._emb[story.slot] = 0.0
        self._slot_story[story.slot] = None
        self._free.append(story.slot)
        del self._stories[story.id]

    def _candidates(self, doc: _Doc) -> list[_Story]:
        cfg = self.config
        # Retrieval score: the tf-idf weight of the article's index terms a story shares. Only the best few
        # stories get the full (costly) pair features; a busy news day puts hundreds behind common terms.
        shared: dict[str, float] = defaultdict(float)
        for term in doc.index_terms:
            posting = self._postings.get(term)
            if posting and len(posting) <= cfg.posting_limit:
                weight = doc.vec.get(term, 0.0)
                for story_id in posting:
                    shared[story_id] += weight
        found = set(sorted(shared, key=lambda s: (-shared[s], s))[: cfg.max_candidates])
        if self._stories:
            sims = self._emb @ doc.embedding
            k = min(cfg.embedding_neighbours, len(sims))
            top = np.argpartition(-sims, k - 1)[:k]
            for slot in top:
                story_id = self._slot_story[slot]
                if story_id is not None and sims[slot] >= cfg.embedding_floor:
                    found.add(story_id)
        return [self._stories[s] for s in sorted(found)]

    def _features(self, doc: _Doc, story: _Story) -> tuple[float, ...]:
        tfidf = [_cosine(doc.vec, m.vec) for m in story.members]
        title = max(_cosine(doc.title_vec, m.title_vec) for m in story.members)
        # How much of this title's weight the story's titles already carry: two different meetings of one
        # official share the template words but not the other party.
        cover = sum(w for t, w in doc.title_vec.items() if t in story.title_terms) / (
            sum(doc.title_vec.values()) or 1.0
        )
        emb = max(float(doc.embedding @ m.embedding) for m in story.members)
        centroid = self._emb[story.slot]  # emb_sum / its norm, as `_attach` stored it
        names = len(doc.names & story.names.keys()) / max(1, min(len(doc.names), len(story.names)))
        shared_numbers = len(doc.numbers & story.numbers.keys())
        hours = 0.0
        if doc.time is not None:
            gaps = [abs((doc.time - m.time).total_seconds()) for m in story.members if m.time is not None]
            if gaps:
                hours = math.log1p(min(gaps) / 3600.0) / math.log1p(
                    self.config.window.total_seconds() / 3600.0
                )
        cross = 0.0 if doc.language in story.languages else 1.0
        return (
            max(tfidf),
            sum(tfidf) / len(tfidf),
            _cosine(doc.vec, story.centroid) / (story.centroid_norm or 1.0),
            title,
            cover,
            max(tfidf) * title,
            emb,
            float(doc.embedding @ centroid),
            names,
            min(shared_numbers, 3) / 3.0,
            hours,
            cross,
            emb * cross,
            math.log1p(len(story.article_ids)),
            1.0 if doc.outlet and doc.outlet in story.outlets else 0.0,
        )

    def _decide(self, doc: _Doc) -> tuple[_Story | None, float]:
        cfg = self.config
        best: _Story | None = None
        best_score = -math.inf
        for story in self._candidates(doc):
            features = self._features(doc, story)
            if self._decision == "learned" and self._model is not None:
                score = self._model.score(features)
            else:
                score = hand_score(features)
            if score > best_score:
                best, best_score = story, score
        if best is None:
            return None, 0.0
        if cfg.threshold is not None:
            threshold = cfg.threshold
        elif self._decision == "learned" and self._model is not None:
            threshold = self._model.threshold
        else:
            threshold = self._model.hand_threshold if self._model is not None else cfg.hand_threshold
        return (best, best_score) if best_score >= threshold else (None, best_score)

    def _attach(self, doc: _Doc, article: Article, story: _Story | None, story_id: str | None = None) -> str:
        if story is None:
            story = self._open(story_id or f"story:{doc.id}", article)
        story.article_ids.append(doc.id)
        story.members.append(doc)
        if len(story.members) > self.config.max_members:
            # Keep the opener (it states the event) and the most recent ones (the story as it goes on).
            del story.members[1]
        if doc.time is not None:
            story.first = doc.time if story.first is None else min(story.first, doc.time)
            story.last = doc.time if story.last is None else max(story.last, doc.time)
        story.last_seq = doc.seq
        story.emb_sum += doc.embedding
        self._emb[story.slot] = story.emb_sum / (float(np.linalg.norm(story.emb_sum)) or 1.0)
        story.names.update(doc.names)
        story.numbers.update(doc.numbers)
        story.title_terms.update(doc.title_terms)
        for term, weight in doc.vec.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > 4 * self.config.max_terms:
            # Bounded: keep the terms most members share; the tail is each member's own noise.
            kept = sorted(story.centroid.items(), key=lambda item: -item[1])[: 2 * self.config.max_terms]
            story.centroid = dict(kept)
        story.centroid_norm = math.sqrt(sum(w * w for w in story.centroid.values()))
        story.languages.add(doc.language)
        if doc.outlet:
            story.outlets.add(doc.outlet)
        for term in doc.index_terms:
            if term not in story.index_terms:
                story.index_terms.add(term)
                self._postings[term].add(story.id)
        return story.id

    def _open(self, story_id: str, article: Article) -> _Story:
        if not self._free:
            size = len(self._emb)
            self._emb = np.vstack([self._emb, np.zeros((size, self._emb.shape[1]), dtype=np.float32)])
            self._slot_story.extend([None] * size)
            self._free = list(range(2 * size - 1, size - 1, -1))
        slot = self._free.pop()
        story = _Story(
            id=story_id,
            slot=slot,
            title=article.title,
            members=[],
            article_ids=[],
            first=None,
            last=None,
            last_seq=0,
            emb_sum=np.zeros(self._emb.shape[1], dtype=np.float32),
            names=Counter(),
            numbers=Counter(),
            title_terms=set(),
            centroid={},
            centroid_norm=0.0,
            languages=set(),
            outlets=set(),
            index_terms=set(),
        )
        self._stories[story_id] = story
        self._slot_story[slot] = story_id
        return story
