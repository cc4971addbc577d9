"""Story grouping speed: SaudiNewsNet (28k articles, 16 days) in date order, at growing stream sizes.

For each size N (default 7000, 14000, 28406) a fresh child process reads the first N articles in date
order (khabar.ingest.read_sources), then groups them as the engine would: batches of 1,000 through
`StoryClusterer.add` (embedding included) and near-duplicate families through `NearDuplicateIndex`.
It reports articles/s end to end, the child's peak resident memory and that of the embedding worker process
`UseEmbedder.submit` starts (it embeds the next chunk while the child decides the current one).
Pin it to two cores to measure the 2-core goal, e.g. `taskset -c 0,1`; BLAS threads are set to 1.

    taskset -c 0,1 .venv/bin/python benchmarks/stories_speed.py [--sizes 7000 14000 28406]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.group.embedding import UseEmbedder

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"


def load(limit: int) -> list:
    from khabar.arabic import parse_date
    from khabar.ingest import read_sources
    from khabar.model import Article, RawDocument

    articles = []
    for doc in read_sources([CORPUS]):
        if not isinstance(doc, RawDocument):
            continue
        meta = doc.meta
        articles.append(
            Article(
                id=meta.get("id", doc.locator),
                source=doc.source,
                locator=doc.locator,
                format=doc.format,
                title=meta.get("title", ""),
                text=doc.text,
                raw_text=doc.text,
                outlet=meta.get("outlet"),
                published=parse_date(meta.get("date", "")),
                language=meta.get("lang", "ar"),
            )
        )
    articles.sort(key=lambda a: (a.published is None, a.published or 0, a.id))
    return articles[:limit]


def child(size: int) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from khabar.group.embedding import UseEmbedder, embedding_text
    from khabar.group.near_duplicates import NearDuplicateIndex
    from khabar.group.stories import StoryClusterer

    articles = load(size)
    embedder = UseEmbedder(threads=1)
    embedder.encode(["warm up"])  # load the weights outside the timed part
    clusterer = StoryClusterer(embedder=embedder)
    started = time.perf_counter()
    for start in range(0, len(articles), 1000):
        clusterer.add(articles[start : start + 1000])
    stories_s = time.perf_counter() - started
    started = time.perf_counter()
    index = NearDuplicateIndex()
    for a in articles:
        index.add(a)
    families = index.families()
    dup_s = time.perf_counter() - started
    _ = embedding_text
    return {
        "articles": len(articles),
        "stories_seconds": round(stories_s, 1),
        "stories_articles_per_s": round(len(articles) / stories_s, 1),
        "near_duplicates_articles_per_s": round(len(articles) / dup_s, 1),
        "families": len(families),
        "stories_in_window_at_end": len(clusterer.stories()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "embedding_worker_peak_rss_mb": _worker_peak_mb(embedder),
    }


def _worker_peak_mb(embedder: UseEmbedder) -> float:
    """Peak resident memory of the embedding worker process (0 when none was started)."""
    embedder.close()  # the worker has exited: its peak is now counted among this process's children
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[7000, 14000, 28406])
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child)))
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    rows = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr)
    print(json.dumps({"cpu_affinity": len(os.sched_getaffinity(0)), "runs": rows}, indent=1))


if __name__ == "__main__":
    main()
