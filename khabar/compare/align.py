"""Fact alignment: the sentences of a story's articles grouped by the fact they state.

Two sentences of different articles are scored by a blend of tf-idf cosine over normalised, clitic-stripped
keys (IDF over the story's sentences), shared digits and USE multilingual cosine; sentences are then grouped
by average-linkage agglomerative clustering cut at `threshold` (average linkage does not chain the way
connected components do). Each fact counts its independent sources: the members of one near-duplicate
family (a wire copy reprinted by several outlets) count once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from khabar.compare.text import Unit, dates_in, idf_vectors, numbers_in, sentence_units
from khabar.group.embedding import Embedder
from khabar.model import Article, Fact, Family

__all__ = ["AlignConfig", "align_facts", "cluster_units", "similarity_matrix"]


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Weights of the pair score and the cut of the clustering (chosen end to end on the seed gold, the only
    fact gold: a development figure). USE cosine helps when the units are the gold mentions themselves
    (`semantic=0.5, threshold=0.2`, picked by leave-one-document-out) but not on the clause units the
    cleaner and splitter give end to end; see benchmarks/facts_quality.py."""

    lexical: float = 1.0
    semantic: float = 0.0  # USE multilingual cosine, rescaled above `semantic_floor`
    semantic_floor: float = 0.35  # USE cosine below this counts as 0 (unrelated sentences sit near 0.2-0.3)
    number_bonus: float = 0.1  # both sentences carry the same non-trivial number
    same_article: float = 0.6  # multiplier for two sentences of one article (rarely restate one fact)
    threshold: float = 0.16


def similarity_matrix(
    units: Sequence[Unit], embedder: Embedder | None = None, config: AlignConfig = AlignConfig()
) -> np.ndarray:
    """Pair scores in [0, ~1.1] between the units (diagonal 1)."""
    n = len(units)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float64)
    vectors = idf_vectors([u.keys for u in units])
    vocab: dict[str, int] = {}
    for vec in vectors:
        for t in vec:
            vocab.setdefault(t, len(vocab))
    dense = np.zeros((n, len(vocab)), dtype=np.float64)
    for i, vec in enumerate(vectors):
        for t, v in vec.items():
            dense[i, vocab[t]] = v
    lexical = dense @ dense.T
    if embedder is not None and config.semantic > 0:
        emb = np.asarray(embedder.encode([u.text for u in units]), dtype=np.float64)
        cos = emb @ emb.T
        semantic = np.clip((cos - config.semantic_floor) / (1 - config.semantic_floor), 0, 1)
        score = config.lexical * lexical + config.semantic * semantic
    else:
        score = lexical.copy()
    nums = [{x for x in numbers_in(u.text) if x not in {"1", "2", "0"}} for u in units]
    for i in range(n):
        for j in range(i + 1, n):
            bonus = config.number_bonus if nums[i] & nums[j] else 0.0
            factor = config.same_article if units[i].article.id == units[j].article.id else 1.0
            score[i, j] = score[j, i] = (score[i, j] + bonus) * factor
    np.fill_diagonal(score, 1.0)
    return score


def _average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    clusters: list[list[int]] = [[i] for i in range(sim.shape[0])]
    if len(clusters) < 2:
        return clusters
    link = sim.astype(np.float64).copy()
    np.fill_diagonal(link, -np.inf)
    sizes = np.ones(len(clusters))
    alive = np.ones(len(clusters), dtype=bool)
    while True:
        masked = np.where(alive[:, None] & alive[None, :], link, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, link.shape[0])
        if masked[i, j] < threshold:
            break
        # merge j into i: average linkage by size-weighted mean of the link rows
        row = (link[i] * sizes[i] + link[j] * sizes[j]) / (sizes[i] + sizes[j])
        link[i, :] = row
        link[:, i] = row
        link[i, i] = -np.inf
        sizes[i] += sizes[j]
        alive[j] = False
        link[j, :] = -np.inf
        link[:, j] = -np.inf
        clusters[i].extend(clusters[j])
        clusters[j] = []
    return [sorted(c) for c in clusters if c]


def cluster_units(sim: np.ndarray, config: AlignConfig = AlignConfig()) -> list[list[int]]:
    """Groups of unit indices that state one fact: average linkage over `sim` cut at `config.threshold`."""
    return _average_linkage(sim, config.threshold)


def _centrality(sim: np.ndarray, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """LexRank-style stationary scores over the pair-score graph (no self loops)."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0)
    graph = np.clip(sim.copy(), 0, None)
    np.fill_diagonal(graph, 0.0)
    rows = graph.sum(axis=1, keepdims=True)
    trans = np.where(rows > 0, graph / np.maximum(rows, 1e-12), 1.0 / n)
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        p = (1 - damping) / n + damping * (p @ trans)
    return p * n  # 1.0 on average


def align_facts(
    articles: Sequence[Article],
    families: Sequence[Family] = (),
    *,
    embedder: Embedder | None = None,
    config: AlignConfig = AlignConfig(),
    use_embeddings: bool = True,
    split_clauses: bool = True,
) -> list[Fact]:
    """The facts stated by `articles` (one story), most corroborated and central first.

    `embedder` defaults to the shared USE multilingual model (`use_embeddings=False` compares words only).
    """
    units = sentence_units(articles, families, split_clauses=split_clauses)
    if not units:
        return []
    use_embeddings = use_embeddings and config.semantic > 0
    if embedder is None and use_embeddings:
        from khabar.group.embedding import default_embedder

        embedder = default_embedder()
    sim = similarity_matrix(units, embedder if use_embeddings else None, config)
    clusters = cluster_units(sim, config)
    central = _centrality(sim)
    facts: list[Fact] = []
    for members in clusters:
        ordered = sorted(members, key=lambda i: (-central[i], units[i].position))
        mentions = tuple(units[i].mention() for i in ordered)
        outlets = tuple(dict.fromkeys(m.outlet for m in mentions))
        sources = tuple(dict.fromkeys(units[i].source for i in ordered))
        dates = tuple(sorted({d for i in ordered for d in dates_in(units[i].article, units[i].span)}))
        key = "\x1f".join(f"{m.article_id}:{m.span.start}" for m in sorted(mentions, key=_mention_key))
        fact_id = "f" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        facts.append(
            Fact(
                id=fact_id,
                mentions=mentions,
                outlets=outlets,
                sources=sources,
                centrality=float(max(central[i] for i in members)),
                dates=dates,
            )
        )
    facts.sort(key=lambda f: (-len(f.sources), -f.centrality, f.id))
    return facts


def _mention_key(m: object) -> tuple[str, int]:
    return (m.article_id, m.span.start)  # type: ignore[attr-defined]
