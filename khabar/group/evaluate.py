"""`khabar eval stories`: cluster a gold file with its labels hidden, then score against them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from khabar.arabic import parse_date
from khabar.errors import GoldFormatError
from khabar.gold import gold_records
from khabar.group.embedding import Embedder
from khabar.group.metrics import cluster_scores
from khabar.group.stories import MergeModel, StoryClusterer, StoryConfig
from khabar.ingest import detect_language
from khabar.model import Article

__all__ = ["GoldArticle", "cluster_articles", "evaluate_stories", "read_story_gold"]

_REQUIRED = ("id", "title", "content", "story")

GoldArticle = tuple[Article, str]


def read_story_gold(gold: Path) -> list[GoldArticle]:
    """(article, gold story id) for every line; a malformed line raises GoldFormatError naming it."""
    out: list[GoldArticle] = []
    seen: set[str] = set()
    for number, row in gold_records(gold):
        for key in _REQUIRED:
            value = row.get(key)
            if not isinstance(value, str) or (key in ("id", "story") and not value.strip()):
                raise GoldFormatError(f"{gold}, line {number}: field {key!r} missing or not a string")
        if row["id"] in seen:
            raise GoldFormatError(f"{gold}, line {number}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        out.append((_article(row), row["story"]))
    if not out:
        raise GoldFormatError(f"{gold}: no articles")
    return out


def _article(row: dict[str, object]) -> Article:
    title, content = str(row["title"]), str(row["content"])
    date = row.get("date")
    source = row.get("source")
    return Article(
        id=str(row["id"]),
        source=str(row.get("url") or row["id"]),
        locator="",
        format="jsonl",
        title=title,
        text=content,
        raw_text=content,
        url=str(row["url"]) if row.get("url") else None,
        outlet=str(source) if source else None,
        published=parse_date(date) if isinstance(date, str) else None,
        # Detected, not read from an optional `lang` field: the system must work on what a stream gives it.
        language=detect_language(f"{title}\n{content}"),
    )


def cluster_articles(
    articles: Iterable[Article],
    config: StoryConfig | None = None,
    *,
    embedder: Embedder | None = None,
    model: MergeModel | None = None,
) -> dict[str, str]:
    """Article id -> predicted story id, clustering all `articles` as one stream."""
    clusterer = StoryClusterer(config, embedder=embedder, model=model)
    return {a.article_id: a.story_id for a in clusterer.add(articles)}


def evaluate_stories(
    gold: Path,
    config: StoryConfig | None = None,
    *,
    embedder: Embedder | None = None,
    model: MergeModel | None = None,
) -> dict[str, float | int]:
    """B-cubed P/R/F1, pairwise F1 and ARI of our stories on a gold file (labels read only after predicting)."""
    rows = read_story_gold(gold)
    # The clusterer sees the articles only; the labels stay in this list until scoring.
    predicted = cluster_articles([article for article, _ in rows], config, embedder=embedder, model=model)
    labels = {article.id: story for article, story in rows}
    return cluster_scores(predicted, labels)
