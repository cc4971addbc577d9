"""Speed of `extract_quotes` on SaudiNewsNet articles (articles/s, median of runs).

    .venv/bin/python benchmarks/quotes_speed.py [--limit 3000] [--repeats 5] [--data PATH]

The articles are read with `khabar.ingest.read_sources` and turned into `Article`s directly from the
record's content (SaudiNewsNet content is article text already; cleaning is timed elsewhere). Only
extraction is timed. Prints one JSON object: articles, quotes found, per-run seconds, median articles/s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from khabar.analyse.quotes import extract_quotes
from khabar.ingest import read_sources
from khabar.model import Article, RawDocument

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"


def load(path: Path, limit: int) -> list[Article]:
    articles: list[Article] = []
    for item in read_sources([path]):
        if not isinstance(item, RawDocument) or not item.text.strip():
            continue
        articles.append(
            Article(
                id=item.meta.get("id", str(len(articles))),
                source=item.source,
                locator=item.locator,
                format=item.format,
                title=item.meta.get("title", ""),
                text=item.text,
                raw_text=item.text,
                outlet=item.meta.get("outlet") or item.meta.get("source"),
            )
        )
        if len(articles) >= limit:
            break
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    articles = load(args.data, args.limit)
    seconds: list[float] = []
    found = 0
    for _ in range(args.repeats):
        started = time.perf_counter()
        found = sum(len(extract_quotes(article)) for article in articles)
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    print(
        json.dumps(
            {
                "articles": len(articles),
                "characters": sum(len(a.text) for a in articles),
                "quotes": found,
                "seconds": [round(s, 3) for s in seconds],
                "articles_per_s": round(len(articles) / median, 1) if median else None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
