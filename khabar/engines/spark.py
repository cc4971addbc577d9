"""The Spark engine: the local engine's stages, run as Spark tasks, results written as Parquet tables.

Nothing here implements a stage a second time; it only decides which records meet in which task:

- **ingest + per-article stages**: the inputs are cut into splits (`khabar.engines.splits`: ranges of
  `batch_size` JSON lines, or groups of files), one Spark partition each; a task reads its split with the
  ordinary readers and runs `process_documents` (the local engine's batch function) over it. A split is
  exactly one local-engine batch when the input has no blank or broken lines and no duplicates, so the
  cleaner's cross-page repetition index sees the same pages; where those occur, batch edges shift a little.
  Duplicate documents (same content hash) and articles (same id) are dropped after processing, the first
  in reading order kept, as the local engine and the store keep them.
- **near-duplicate families**: each article's MinHash band keys (`NearDuplicateIndex.signature` over
  `shingles`, the same seeded hash functions), a group-by on (band, key), a `NearDuplicateIndex` over each
  bucket to find the true copies (its exact Jaccard/containment check), connected components of those
  edges, then `find_families` over each component for its representative. The families are the local ones:
  the local index's result is the same components (its union is order-free).
- **stories**: `StoryClusterer` is sequential by design (each decision reads the state of all earlier
  articles within its window), so it runs unchanged inside time blocks of `block_days` days, each block
  preceded by one clustering window (`StoryConfig.window`) of warm-up articles from the block before. A
  warm-up article is decided twice, as a core article of its own block and as context of the next; the two
  stories it lands in are joined (connected components over shared articles). When the corpus fits in one
  block (one day, say), the result is exactly the local engine's; across block edges a story may be
  joined that the local engine split, or kept split when the earlier part had already left a window.
- **per-story stages**: articles grouped by story; `khabar.brief.brief_story` (fact alignment and the
  brief) over each story's articles, as `khabar brief` runs it.

Output (Parquet, one folder each under `out_dir`): documents, articles (flat columns plus `record`, the
whole article as JSON, see `khabar.engines.records`), sentences, time_expressions, mentions, quotes,
stories (article → story, as the store's story_articles), families, facts, briefs, problems.
`khabar load DIR --db FILE` brings them into the SQLite store (`khabar.engines.parquet`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as day_start
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.engines.local import BATCH_SIZE, process_documents
from khabar.engines.records import article_from_json, article_to_json
from khabar.engines.splits import Split, list_splits, read_split
from khabar.group import NearDuplicateIndex, StoryClusterer, StoryConfig, find_families
from khabar.group.near_duplicates import shingles
from khabar.model import Article, Family, IngestProblem, RawDocument, StoryAssignment
from khabar.unionfind import DisjointSets

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

__all__ = [
    "SparkSummary",
    "analyze_spark",
    "band_keys",
    "block_of",
    "bucket_edges",
    "cluster_block",
    "spark_session",
    "stitch",
]

GROUP_BATCH = 500  # the local engine's grouping batch: embeddings are computed per batch of this size
NEAR_DUPLICATE_OPTIONS: dict[str, int] = {"num_perm": 64, "bands": 16, "shingle_size": 4, "min_shingles": 8}

TABLES = (
    "documents",
    "articles",
    "sentences",
    "time_expressions",
    "mentions",
    "quotes",
    "stories",
    "families",
    "facts",
    "briefs",
    "problems",
)


@dataclass
class SparkSummary:
    documents_read: int = 0
    documents_new: int = 0
    documents_known: int = 0  # the same document twice in the input: kept once
    documents_empty: int = 0
    articles_added: int = 0
    articles_known: int = 0  # the same article id from two documents: kept once
    stories: int = 0
    families: int = 0
    blocks: int = 0
    splits: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    outlets: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step, in order
    out_dir: str = ""

    @property
    def articles_per_second(self) -> float:
        return self.documents_new / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class _Document:
    """One document read and processed by a task: `seq` orders documents as the local engine reads them."""

    seq: tuple[int, int]
    hash: str
    source: str
    locator: str
    format: str
    articles: list[tuple[Article, str]]  # (the article without its bulky parts, its full JSON record)


# ---------- pure pieces (no Spark needed) ----------


def light(article: Article) -> Article:
    """The article without its page text, lines, sentences, mentions and quotes: what grouping reads
    (`StoryClusterer`, `NearDuplicateIndex`), cheap to move between tasks. The full record travels as JSON
    (`khabar.engines.records`), which is far cheaper to (de)serialise than pickled records."""
    return replace(
        article,
        raw_text="",
        offset_map=[],
        lines=[],
        sentences=[],
        time_expressions=[],
        mentions=[],
        quotes=[],
        meta={},
    )


def detail_rows(record: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for the sentences, time expressions, mentions and quotes of one article's JSON record."""
    data = json.loads(record)
    aid, text = data["id"], data["text"]
    for index, start, end in data["sentences"]:
        yield "sentences", (aid, index, start, end, text[start:end])
    for t in data["time_expressions"]:
        yield "time_expressions", (aid, *t["span"], t["text"], t["kind"], t["calendar"], t["value"], t["end"])
    for m in data["mentions"]:
        yield (
            "mentions",
            (
                aid,
                *m["span"],
                m["text"],
                m["type"],
                m["sentence"],
                m["key"],
                m["title"],
                m["entity"],
                float(m["score"]),
            ),
        )
    for i, q in enumerate(data["quotes"]):
        yield (
            "quotes",
            (
                aid,
                i,
                q["speaker"],
                q["speaker_name"],
                q["speaker_key"],
                q["resolution"],
                q["cue"],
                q["content"],
                q["direct"],
                q["via"],
                q["outlet"],
                q["part"],
                json.dumps(q, ensure_ascii=False),
            ),
        )


def _sort_key(article: Article) -> tuple[int, datetime, str]:
    # StoryClusterer's own order: dated articles by time, undated last, ties by id
    return (1, datetime.min, article.id) if article.published is None else (0, article.published, article.id)


def band_keys(
    article: Article, options: Mapping[str, int] = NEAR_DUPLICATE_OPTIONS
) -> list[tuple[int, bytes]]:
    """(band, key) of each LSH band of the article's MinHash signature; [] for a text too short to be a
    copy (the index never matches those either)."""
    found = shingles(article.text, options["shingle_size"])
    if len(found) < options["min_shingles"]:
        return []
    signature = NearDuplicateIndex(**options).signature(found)
    rows = options["num_perm"] // options["bands"]
    return [(band, signature[band * rows : (band + 1) * rows].tobytes()) for band in range(options["bands"])]


def bucket_edges(
    members: Iterable[Article], options: Mapping[str, int] = NEAR_DUPLICATE_OPTIONS
) -> list[tuple[str, str]]:
    """Pairs of true copies among articles that share one LSH bucket (the index's own check decides)."""
    index = NearDuplicateIndex(**options)
    edges: list[tuple[str, str]] = []
    for article in sorted(members, key=_sort_key):
        edges.extend((other, article.id) for other in index.add(article))
    return edges


def block_of(published: datetime | None, first_day: date, block_days: int, last_block: int) -> int:
    """The time block an article is decided in (undated articles: the last block, as they come last)."""
    if published is None:
        return last_block
    return max((published.date() - first_day).days // block_days, 0)


def _block_start(block: int, first_day: date, block_days: int, like: datetime) -> datetime:
    return datetime.combine(first_day + timedelta(days=block * block_days), day_start.min, tzinfo=like.tzinfo)


def block_memberships(
    article: Article, first_day: date, block_days: int, last_block: int, window: timedelta
) -> list[tuple[int, bool]]:
    """(block, is core) for every block that sees `article`: its own, and the next one's warm-up when it is
    within one window of that block's start."""
    block = block_of(article.published, first_day, block_days, last_block)
    out = [(block, True)]
    if article.published is not None and block < last_block:
        start = _block_start(block + 1, first_day, block_days, article.published)
        if article.published >= start - window:
            out.append((block + 1, False))
    return out


BlockRow = tuple[str, str, bool, float, bool, tuple[int, datetime, str], datetime | None]


def cluster_block(items: Iterable[tuple[Article, bool]], config: StoryConfig | None = None) -> list[BlockRow]:
    """Run the story clusterer over one block: (article id, story id, opened, score, is core, order key,
    published) per article.

    Articles go in in the clusterer's order and in batches of `GROUP_BATCH`, as the local engine feeds it.
    """
    ordered = sorted(items, key=lambda item: _sort_key(item[0]))
    core = {article.id: is_core for article, is_core in ordered}
    keys = {article.id: _sort_key(article) for article, _ in ordered}
    clusterer = StoryClusterer(config)
    out: list[BlockRow] = []
    for start in range(0, len(ordered), GROUP_BATCH):
        batch = [article for article, _ in ordered[start : start + GROUP_BATCH]]
        out.extend(
            (a.article_id, a.story_id, a.opened, a.score, core[a.article_id], keys[a.article_id], a.published)
            for a in clusterer.add(batch)
        )
    return out


def stitch(edges: Iterable[tuple[tuple[int, str], tuple[int, str]]]) -> dict[tuple[int, str], str]:
    """Story name for every (block, block-local story) joined to another: connected components over the
    edges, each named after its earliest block's story (the smallest id among equals)."""
    index: dict[tuple[int, str], int] = {}
    sets = DisjointSets()
    pairs = []
    for left, right in edges:
        for node in (left, right):
            if node not in index:
                index[node] = sets.add()
        pairs.append((index[left], index[right]))
    for a, b in pairs:
        sets.union(a, b)
    nodes = list(index)
    names: dict[int, tuple[int, str]] = {}
    for node, i in index.items():
        root = sets.find(i)
        names[root] = min(names.get(root, node), node)
    return {node: names[sets.find(index[node])][1] for node in nodes}


# ---------- tasks (run inside Spark workers) ----------


def _process_splits(
    splits: Iterable[Split], field_map: Mapping[str, str] | None, outlet: str | None, batch_size: int
) -> Iterator[_Document | IngestProblem]:
    for split in splits:
        docs: list[RawDocument] = []
        for item in read_split(split, field_map):
            if isinstance(item, IngestProblem):
                yield item
                continue
            if outlet:
                item.meta["outlet"] = outlet
            docs.append(item)
        for start in range(0, len(docs), batch_size):
            batch = docs[start : start + batch_size]
            for i, (doc, articles) in enumerate(zip(batch, process_documents(batch), strict=True)):
                yield _Document(
                    (split.index, start + i),
                    doc.content_hash(),
                    doc.source,
                    doc.locator,
                    doc.format,
                    [(light(article), article_to_json(article)) for article in articles],
                )


def _earlier(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    return a if a[0] <= b[0] else b


def _families_of(members: Iterable[Article]) -> list[Family]:
    return find_families(list(members), **NEAR_DUPLICATE_OPTIONS)


def _story_outputs(story_id: str, members: Iterable[str], budget_words: int) -> list[tuple[str, Any]]:
    from khabar.brief import brief_story

    articles = sorted((article_from_json(record) for record in members), key=_sort_key)
    brief, facts = brief_story(articles, story_id, budget_words=budget_words)
    out: list[tuple[str, Any]] = [
        (
            "fact",
            (
                story_id,
                fact.id,
                rank,
                list(fact.outlets),
                list(fact.sources),
                fact.corroboration,
                float(fact.centrality),
                [d.isoformat() for d in fact.dates],
                json.dumps([m.to_dict() for m in fact.mentions], ensure_ascii=False),
            ),
        )
        for rank, fact in enumerate(facts)
    ]
    out.append(
        (
            "brief",
            (
                story_id,
                brief.headline,
                brief.language,
                brief.words,
                json.dumps(brief.to_dict(), ensure_ascii=False, default=str),
                brief.to_markdown(),
            ),
        )
    )
    return out


def _first_opens(
    story_id: str, rows: Iterable[tuple[tuple[int, datetime, str], str, float, datetime | None]]
) -> list[StoryAssignment]:
    ordered = sorted(rows, key=lambda row: row[0])
    return [
        StoryAssignment(article_id, story_id, i == 0, 1.0 if i == 0 else score, published)
        for i, (_, article_id, score, published) in enumerate(ordered)
    ]


# ---------- the driver ----------


def spark_session(
    master: str = "local[*]", *, shuffle_partitions: int | None = None, app: str = "khabar"
) -> SparkSession:
    """A SparkSession for khabar: workers run this interpreter (local mode), no UI, small shuffles."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
    )
    if shuffle_partitions is not None:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions)).config(
            "spark.default.parallelism", str(shuffle_partitions)
        )
    return builder.getOrCreate()


def analyze_spark(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    master: str = "local[*]",
    *,
    spark: SparkSession | None = None,
    field_map: Mapping[str, str] | None = None,
    outlet: str | None = None,
    batch_size: int = BATCH_SIZE,
    config: StoryConfig | None = None,
    block_days: int = 7,
    brief_min_articles: int = 2,
    budget_words: int = 120,
) -> SparkSummary:
    """Run every stage over `paths` on Spark and write the Parquet tables under `out_dir` (replaced).

    `spark`: an existing session to use (otherwise one is started on `master` and stopped at the end).
    Bad input never raises: problems are collected in the summary and the `problems` table.
    """
    from pyspark import StorageLevel

    config = config or StoryConfig()
    started = time.perf_counter()
    summary = SparkSummary(out_dir=str(out_dir))
    own = spark is None
    session = spark or spark_session(master)
    sc = session.sparkContext
    out = str(out_dir)
    try:
        splits, listing_problems = list_splits(paths, batch_size)
        summary.splits = len(splits)
        summary.problems.extend(listing_problems)
        processed = sc.parallelize(splits, max(len(splits), 1)).mapPartitions(
            partial(_process_splits, field_map=field_map, outlet=outlet, batch_size=batch_size)
        )
        processed.persist(StorageLevel.MEMORY_AND_DISK)
        summary.problems.extend(processed.filter(lambda x: isinstance(x, IngestProblem)).collect())
        read = processed.filter(lambda x: isinstance(x, _Document))
        summary.documents_read = read.count()
        documents = (
            read.map(lambda d: (d.hash, (d.seq, d))).reduceByKey(_earlier).values().map(lambda p: p[1])
        )
        documents.persist(StorageLevel.MEMORY_AND_DISK)
        summary.documents_new = documents.count()
        summary.documents_known = summary.documents_read - summary.documents_new
        empty = documents.filter(lambda d: not d.articles).map(lambda d: (d.source, d.locator)).collect()
        summary.documents_empty = len(empty)
        summary.problems.extend(IngestProblem(s, loc, "no article text found") for s, loc in empty)
        articles_all = documents.flatMap(
            lambda d: [(a.id, ((*d.seq, i), d.hash, a, record)) for i, (a, record) in enumerate(d.articles)]
        )
        keyed = articles_all.reduceByKey(_earlier)
        keyed.persist(StorageLevel.MEMORY_AND_DISK)
        summary.articles_added = keyed.count()
        summary.articles_known = articles_all.count() - summary.articles_added
        articles = keyed.mapValues(lambda v: v[2])  # id -> Article (light)
        summary.phases["read + per-article stages"] = time.perf_counter() - started
        summary.outlets = Counter(
            dict(articles.map(lambda p: (p[1].outlet or "?", 1)).reduceByKey(int.__add__).collect())
        )

        mark = time.perf_counter()

        def phase(name: str) -> None:
            nonlocal mark
            now = time.perf_counter()
            summary.phases[name] = now - mark
            mark = now

        families = _families(articles)
        summary.families = len(families)
        phase("families")
        assignments, summary.blocks = _stories(articles, config, block_days)
        assignments.persist(StorageLevel.MEMORY_AND_DISK)
        summary.stories = assignments.map(lambda a: a.story_id).distinct().count()
        phase("stories")
        records = keyed.mapValues(lambda v: v[3])  # id -> full JSON record
        story_rows = _per_story(records, assignments, brief_min_articles, budget_words)
        story_rows.persist(StorageLevel.MEMORY_AND_DISK)
        story_rows.count()
        phase("facts and briefs")
        _write(session, out, documents, keyed, assignments, families, story_rows, summary.problems)
        phase("writing Parquet")
        for rdd in (processed, documents, keyed, assignments, story_rows):
            rdd.unpersist()
    finally:
        if own:
            session.stop()
    summary.seconds = time.perf_counter() - started
    return summary


def _families(articles: RDD[tuple[str, Article]]) -> list[Family]:
    buckets = (
        articles.flatMap(lambda p: [(key, p[1]) for key in band_keys(p[1])])
        .groupByKey()
        .filter(lambda kv: len(kv[1]) > 1)
    )
    edges = buckets.flatMap(lambda kv: bucket_edges(kv[1])).distinct().collect()
    if not edges:
        return []
    sets = DisjointSets()
    index: dict[str, int] = {}
    for a, b in edges:
        for node in (a, b):
            if node not in index:
                index[node] = sets.add()
        sets.union(index[a], index[b])
    component = {node: sets.find(i) for node, i in index.items()}
    broadcast = articles.context.broadcast(component)
    grouped = (
        articles.filter(lambda p: p[0] in broadcast.value)
        .map(lambda p: (broadcast.value[p[0]], p[1]))
        .groupByKey()
        .flatMap(lambda kv: _families_of(kv[1]))
    )
    return sorted(
        grouped.collect(), key=lambda f: (f.published is None, f.published or datetime.min, f.representative)
    )


def _stories(
    articles: RDD[tuple[str, Article]], config: StoryConfig, block_days: int
) -> tuple[RDD[StoryAssignment], int]:
    dates = articles.map(lambda p: p[1].published_date).filter(lambda d: d is not None)
    if dates.isEmpty():
        first_day, last_block = date.min, 0
    else:
        first_day = dates.min()
        last_block = (dates.max() - first_day).days // block_days
    window = config.window
    members = articles.flatMap(
        lambda p: [
            (block, (p[1], core))
            for block, core in block_memberships(p[1], first_day, block_days, last_block, window)
        ]
    )
    decided = members.groupByKey(
        numPartitions=min(last_block + 1, 4 * articles.context.defaultParallelism)
    ).flatMap(lambda kv: [(kv[0], row) for row in cluster_block(kv[1], config)])
    decided.persist()
    if last_block == 0:  # one block: the clusterer's own decisions are the local engine's
        final = decided.map(lambda r: StoryAssignment(r[1][0], r[1][1], r[1][2], r[1][3], r[1][6]))
        return final, 1
    # a warm-up article joins its story in the next block to its story in its own block
    core = decided.filter(lambda r: r[1][4]).map(lambda r: (r[1][0], (r[0], r[1][1])))
    warm = decided.filter(lambda r: not r[1][4]).map(lambda r: (r[1][0], (r[0], r[1][1])))
    renamed = articles.context.broadcast(stitch(warm.join(core).values().collect()))
    final = (
        decided.filter(lambda r: r[1][4])
        .map(lambda r: (renamed.value.get((r[0], r[1][1]), r[1][1]), (r[1][5], r[1][0], r[1][3], r[1][6])))
        .groupByKey()
        .flatMap(lambda kv: _first_opens(kv[0], kv[1]))
    )
    return final, last_block + 1


def _per_story(
    articles: RDD[tuple[str, str]],
    assignments: RDD[StoryAssignment],
    min_articles: int,
    budget_words: int,
) -> RDD[tuple[str, Any]]:
    sizes = (
        assignments.map(lambda a: (a.story_id, 1))
        .reduceByKey(int.__add__)
        .filter(lambda kv: kv[1] >= min_articles)
    )
    wanted = (
        assignments.map(lambda a: (a.story_id, a.article_id)).join(sizes).map(lambda kv: (kv[1][0], kv[0]))
    )
    return (
        wanted.join(articles)
        .map(lambda kv: kv[1])
        .groupByKey()
        .flatMap(lambda kv: _story_outputs(kv[0], kv[1], budget_words))
    )


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value else None


def _write(
    session: SparkSession,
    out: str,
    documents: RDD[_Document],
    keyed: RDD[tuple[str, tuple[tuple[int, int, int], str, Article, str]]],
    assignments: RDD[StoryAssignment],
    families: list[Family],
    story_rows: RDD[tuple[str, Any]],
    problems: list[IngestProblem],
) -> None:
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    def schema(*columns: tuple[str, Any]) -> StructType:
        return StructType([StructField(name, kind, True) for name, kind in columns])

    text, integer, long_, real, flag = StringType(), IntegerType(), LongType(), DoubleType(), BooleanType()
    strings = ArrayType(StringType())

    def write(name: str, rows: Any, columns: StructType, order: Sequence[str] = ()) -> None:
        frame = session.createDataFrame(rows, columns)
        if order:
            frame = frame.orderBy(*order)
        frame.write.mode("overwrite").parquet(f"{out}/{name}")

    write(
        "documents",
        documents.map(lambda d: (d.hash, d.seq[0], d.seq[1], d.source, d.locator, d.format, len(d.articles))),
        schema(
            ("hash", text),
            ("split", long_),
            ("position", long_),
            ("source", text),
            ("locator", text),
            ("format", text),
            ("articles", integer),
        ),
        ("split", "position"),
    )
    articles = keyed.map(lambda kv: kv[1])  # (order, document, light article, record)
    write(
        "articles",
        articles.map(
            lambda r: (
                r[2].id,
                r[1],
                r[0][0],
                r[0][1],
                r[0][2],
                r[2].source,
                r[2].locator,
                r[2].format,
                r[2].segment,
                r[2].title,
                r[2].text,
                r[2].url,
                r[2].outlet,
                _iso(r[2].published),
                r[2].author,
                r[2].dateline,
                r[2].agency,
                r[2].language,
                r[2].category,
                r[3],
            )
        ),
        schema(
            ("id", text),
            ("document", text),
            ("split", long_),
            ("position", long_),
            ("segment_index", long_),
            ("source", text),
            ("locator", text),
            ("format", text),
            ("segment", integer),
            ("title", text),
            ("text", text),
            ("url", text),
            ("outlet", text),
            ("published", text),
            ("author", text),
            ("dateline", text),
            ("agency", text),
            ("language", text),
            ("category", text),
            ("record", text),
        ),
        ("split", "position", "segment_index"),
    )
    details = articles.flatMap(lambda r: detail_rows(r[3]))
    details.persist()
    columns = {
        "sentences": (("idx", integer), ("start", integer), ("end", integer), ("text", text)),
        "time_expressions": (
            ("start", integer),
            ("end", integer),
            ("text", text),
            ("kind", text),
            ("calendar", text),
            ("value", text),
            ("value_end", text),
        ),
        "mentions": (
            ("start", integer),
            ("end", integer),
            ("text", text),
            ("type", text),
            ("sentence", integer),
            ("key", text),
            ("title", text),
            ("entity", text),
            ("score", real),
        ),
        "quotes": (
            ("idx", integer),
            ("speaker", text),
            ("speaker_name", text),
            ("speaker_key", text),
            ("resolution", text),
            ("cue", text),
            ("content", text),
            ("direct", flag),
            ("via", text),
            ("outlet", text),
            ("part", text),
            ("record", text),
        ),
    }
    for table, fields in columns.items():
        rows = details.filter(lambda r, table=table: r[0] == table).values()
        write(table, rows, schema(("article_id", text), *fields))
    details.unpersist()
    write(
        "stories",
        assignments.map(lambda a: (a.article_id, a.story_id, a.opened, float(a.score), _iso(a.published))),
        schema(
            ("article_id", text), ("story_id", text), ("opened", flag), ("score", real), ("published", text)
        ),
        ("story_id", "article_id"),
    )
    family_rows = [
        (f.id, f.representative, member, position, f.agency, _iso(f.published))
        for f in families
        for position, member in enumerate(f.members)
    ]
    write(
        "families",
        session.sparkContext.parallelize(family_rows, 1),
        schema(
            ("family_id", text),
            ("representative", text),
            ("article_id", text),
            ("position", integer),
            ("agency", text),
            ("published", text),
        ),
    )
    write(
        "facts",
        story_rows.filter(lambda r: r[0] == "fact").map(lambda r: r[1]),
        schema(
            ("story_id", text),
            ("fact_id", text),
            ("rank", integer),
            ("outlets", strings),
            ("sources", strings),
            ("corroboration", integer),
            ("centrality", real),
            ("dates", strings),
            ("mentions", text),
        ),
    )
    write(
        "briefs",
        story_rows.filter(lambda r: r[0] == "brief").map(lambda r: r[1]),
        schema(
            ("story_id", text),
            ("headline", text),
            ("language", text),
            ("words", integer),
            ("brief", text),
            ("markdown", text),
        ),
    )
    write(
        "problems",
        session.sparkContext.parallelize([(p.source, p.locator, p.message) for p in problems], 1),
        schema(("source", text), ("locator", text), ("message", text)),
    )
