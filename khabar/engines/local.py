"""The default engine: one machine, stages in-process (or in a small process pool), results in SQLite.

The engine only wires stages together: read → clean → metadata → analyse → store, then the one global
step, grouping new articles into stories (and wire copies into near-duplicate families). Each batch of documents
is written in one transaction, so an interrupted run leaves the store consistent and the next run resumes
where it stopped (documents already stored are recognised by their content hash and skipped).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from khabar.analyse import add_metadata, analyse_article
from khabar.clean import clean_documents
from khabar.group import NearDuplicateIndex, StoryClusterer, StoryConfig
from khabar.ingest import read_sources
from khabar.model import Article, IngestProblem, RawDocument
from khabar.store import Store

BATCH_SIZE = 200


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_new: int = 0
    documents_known: int = 0  # already in the store (or twice in this run): skipped
    documents_empty: int = 0  # read, but no article text found in them
    articles_added: int = 0
    articles_known: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    outlets: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.documents_new / self.seconds if self.seconds else 0.0


def process_documents(docs: Sequence[RawDocument]) -> list[list[Article]]:
    """The per-document stages over one batch: clean (with cross-page repetition), metadata, analysis.

    Pure: records in, records out, aligned with `docs`; safe to run in a worker process.
    """
    return [
        [analyse_article(add_metadata(article)) for article in articles] for articles in clean_documents(docs)
    ]


def analyze(
    paths: Sequence[str | Path],
    store: Store,
    *,
    stdin: BinaryIO | None = None,
    field_map: Mapping[str, str] | None = None,
    outlet: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[RunSummary], None] | None = None,
    on_problem: Callable[[IngestProblem], None] | None = None,
) -> RunSummary:
    """Read `paths`, run the per-article stages and store what is new. Never raises for bad input:
    problems are collected in the summary (and passed to `on_problem` as they happen)."""
    summary = RunSummary()
    started = time.perf_counter()

    def problem(item: IngestProblem) -> None:
        summary.problems.append(item)
        if on_problem:
            on_problem(item)

    def new_documents() -> Iterator[tuple[str, RawDocument]]:
        seen: set[str] = set()
        for item in read_sources(paths, stdin=stdin, field_map=field_map):
            if isinstance(item, IngestProblem):
                problem(item)
                continue
            summary.documents_read += 1
            if outlet:
                item.meta["outlet"] = outlet
            content_hash = item.content_hash()
            if content_hash in seen or store.has_document(content_hash):
                summary.documents_known += 1
                if on_progress:
                    on_progress(summary)
                continue
            seen.add(content_hash)
            yield content_hash, item

    def save(batch: list[tuple[str, RawDocument]], results: list[list[Article]]) -> None:
        with store.transaction():
            for (content_hash, doc), articles in zip(batch, results, strict=True):
                added, known = store.add_document(content_hash, doc.source, doc.locator, doc.format, articles)
                summary.documents_new += 1
                summary.articles_added += added
                summary.articles_known += known
                if not articles:
                    summary.documents_empty += 1
                    problem(IngestProblem(doc.source, doc.locator, "no article text found"))
                summary.outlets.update(article.outlet or "?" for article in articles)
        if on_progress:
            on_progress(summary)

    try:
        if workers <= 1:
            for batch in _batches(new_documents(), batch_size):
                save(batch, process_documents([doc for _, doc in batch]))
        else:
            _analyze_in_pool(new_documents(), save, workers, batch_size)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class GroupingSummary:
    articles: int = 0  # newly assigned to a story
    stories_opened: int = 0
    stories_extended: int = 0  # existing stories (from earlier runs) that new articles joined
    families: int = 0
    interrupted: bool = False
    seconds: float = 0.0


def group_stories(
    store: Store,
    *,
    config: StoryConfig | None = None,
    batch_size: int = 500,
    on_progress: Callable[[GroupingSummary], None] | None = None,
) -> GroupingSummary:
    """Put every stored article that has no story yet into one, in publication order.

    The grouper's state is rebuilt from the stored assignments within its time window before the earliest
    new article, so a new day's batch extends yesterday's stories. Each batch of assignments is saved in one
    transaction: an interrupted run keeps what it decided and the next run goes on from there.
    """
    config = config or StoryConfig()
    summary = GroupingSummary()
    started = time.perf_counter()
    new_ids = store.unassigned_articles()
    if not new_ids:
        return summary
    first = store.get_article(new_ids[0])
    since = (first.published - config.window).isoformat() if first and first.published else None
    context = [(store.get_article(aid), sid) for aid, sid in store.assignments_since(since)]
    window = [(article, sid) for article, sid in context if article is not None]
    clusterer = StoryClusterer.from_assignments(window, config)
    known_stories = {sid for _, sid in window}
    near_duplicates = NearDuplicateIndex()
    for article, _ in window:
        near_duplicates.add(article)
    try:
        for start in range(0, len(new_ids), batch_size):
            batch = [a for a in (store.get_article(i) for i in new_ids[start : start + batch_size]) if a]
            assignments = clusterer.add(batch)
            for article in batch:
                near_duplicates.add(article)
            with store.transaction():
                store.add_assignments(assignments)
            summary.articles += len(assignments)
            summary.stories_opened += sum(a.opened for a in assignments)
            summary.stories_extended += len({a.story_id for a in assignments if a.story_id in known_stories})
            if on_progress:
                on_progress(summary)
        families = near_duplicates.families()
        with store.transaction():
            store.set_families(families)
        summary.families = len(families)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    return summary


def _analyze_in_pool(
    documents: Iterable[tuple[str, RawDocument]],
    save: Callable[[list[tuple[str, RawDocument]], list[list[Article]]], None],
    workers: int,
    batch_size: int,
) -> None:
    """Batches go to worker processes; results are saved in input order. At most 2 batches per worker
    are in flight, so memory stays bounded whatever the corpus size."""
    pending: list[tuple[list[tuple[str, RawDocument]], Future[list[list[Article]]]]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            for batch in _batches(documents, batch_size):
                pending.append((batch, pool.submit(process_documents, [doc for _, doc in batch])))
                if len(pending) >= 2 * workers:
                    done_batch, future = pending.pop(0)
                    save(done_batch, future.result())
            for done_batch, future in pending:
                save(done_batch, future.result())
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _batches(items: Iterable[tuple[str, RawDocument]], size: int) -> Iterator[list[tuple[str, RawDocument]]]:
    batch: list[tuple[str, RawDocument]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
