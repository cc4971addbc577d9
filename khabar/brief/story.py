"""A story's brief from its articles, and which articles of a large story it is made from.

Fact alignment compares every sentence with every other, so its cost grows with the square of a story's
size; a story of a few hundred articles would take minutes. Beyond `limit` articles the brief is made from
a sample that keeps what a reader needs: every outlet, the earliest reports, and one copy of each wire
dispatch (the other copies of a near-duplicate family add no new sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from khabar.brief.summary import make_brief
from khabar.compare import align_facts
from khabar.group import find_families
from khabar.model import Article, Brief, Fact, Family

MAX_BRIEF_ARTICLES = 40


def brief_story(
    articles: Sequence[Article], story_id: str, *, budget_words: int = 120, limit: int = MAX_BRIEF_ARTICLES
) -> tuple[Brief, list[Fact]]:
    """Align the facts of a story's articles (at most `limit` of them, see `select_for_brief`) and brief them.

    The one place where a stored story becomes a brief: `khabar brief`, the web app and the Spark engine
    all call it, so their briefs agree.
    """
    families = find_families(articles)
    chosen = select_for_brief(articles, families, limit)
    if len(chosen) < len(articles):
        families = find_families(chosen)  # the sample's own families: no member outside it
    facts = align_facts(chosen, families)
    return make_brief(chosen, facts, budget_words=budget_words, story_id=story_id), facts


def select_for_brief(
    articles: Sequence[Article], families: Sequence[Family], limit: int = MAX_BRIEF_ARTICLES
) -> list[Article]:
    """At most `limit` of `articles`, in their original order: all of them when they fit, otherwise one
    article per near-duplicate family, taken outlet by outlet in turn (each outlet's earliest first)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(articles) <= limit:
        return list(articles)
    copies = {member for family in families for member in family.members if member != family.representative}
    by_outlet: dict[str, list[Article]] = {}
    for article in sorted(articles, key=_time_key):
        if article.id not in copies:
            by_outlet.setdefault(article.outlet or "", []).append(article)
    chosen: set[str] = set()
    queues = list(by_outlet.values())
    depth = 0
    while len(chosen) < limit and any(depth < len(queue) for queue in queues):
        for queue in queues:
            if depth < len(queue) and len(chosen) < limit:
                chosen.add(queue[depth].id)
        depth += 1
    return [article for article in articles if article.id in chosen]


def _time_key(article: Article) -> tuple[float, str]:
    published = article.published
    return (published.timestamp() if isinstance(published, datetime) else float("inf"), article.id)
