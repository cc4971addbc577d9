"""Read-side helpers for the web app, built only on the Store's public methods.

Each helper takes an open `Store` and returns plain records or dicts; none of them writes. Where the
store has no query for what a page needs (stories filtered by date or outlet, the story of an article), the
helper composes the public ones; they are linear in the number of stories, which is fine for a desk-sized
database and is marked as such in the docs.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from khabar.model import Article, Brief, Fact, Quote
from khabar.store import Store
from khabar.store.sqlite import ArticleSummary, StorySummary

StorySort = Literal["newest", "largest"]


@dataclass(frozen=True, slots=True)
class StoryMember:
    article: ArticleSummary
    family: str | None
    representative: bool


@dataclass(slots=True)
class QuoteGroupView:
    speaker_key: str
    speaker_name: str
    quotes: list[Quote] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(q.outlet or "?" for q in self.quotes))


@dataclass(slots=True)
class EntityCount:
    id: str
    name: str
    type: str
    mentions: int
    outlets: list[str]


@dataclass(slots=True)
class StoryDetail:
    summary: StorySummary
    members: list[StoryMember]
    articles: list[Article]
    brief: Brief
    facts: list[Fact]
    quote_groups: list[QuoteGroupView]
    entities: list[EntityCount]
    families: dict[str, list[str]]

    @property
    def outlet_of(self) -> dict[str, str]:
        return {a.id: a.outlet or "?" for a in self.articles}


# -- stories -------------------------------------------------------------------------------------------


def all_stories(store: Store, *, min_articles: int = 1) -> list[StorySummary]:
    total = store.count_stories()
    return store.list_stories(limit=max(total, 1), min_articles=min_articles) if total else []


def filter_stories(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    outlet: str | None = None,
    min_articles: int = 1,
    sort: StorySort = "newest",
) -> list[StorySummary]:
    """Stories overlapping [since, until] (by first/last publication day) that `outlet` covered."""
    rows = all_stories(store, min_articles=min_articles)
    result = []
    for row in rows:
        first = (row.first_published or "")[:10]
        last = (row.last_published or "")[:10]
        if since and (not last or last < since.isoformat()):
            continue
        if until and (not first or first > until.isoformat()):
            continue
        if outlet and outlet not in row.outlets:
            continue
        result.append(row)
    if sort == "largest":
        result.sort(key=lambda r: (-r.articles, -_stamp(r.last_published), r.id))
    return result


def _stamp(value: str | None) -> float:
    """A sortable number for an ISO timestamp (0 for none)."""
    if not value:
        return 0.0
    digits = "".join(ch for ch in value[:19] if ch.isdigit())
    return float(digits or 0)


def resolve_story(store: Store, story_id: str) -> str | None:
    ids = store.resolve_story(story_id)
    return ids[0] if len(ids) == 1 else None


def resolve_article(store: Store, article_id: str) -> str | None:
    ids = store.resolve_id(article_id)
    return ids[0] if len(ids) == 1 else None


def story_members(store: Store, story_id: str) -> list[StoryMember]:
    return [StoryMember(a, fam, rep) for a, fam, rep in store.story_articles(story_id)]


class BriefCache:
    """Briefs are costly (alignment and embeddings): keep the last few, keyed by the story's members."""

    def __init__(self, size: int = 32) -> None:
        self._items: OrderedDict[tuple[str, tuple[str, ...], int], tuple[Brief, list[Fact]]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, story_id: str, articles: Sequence[Article], words: int) -> tuple[Brief, list[Fact]]:
        key = (story_id, tuple(a.id for a in articles), words)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        from khabar.brief import make_brief
        from khabar.compare import align_facts
        from khabar.group import find_families

        facts = align_facts(articles, find_families(articles))
        brief = make_brief(articles, facts, budget_words=words, story_id=story_id)
        with self._lock:
            self._items[key] = (brief, facts)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return brief, facts


def group_quotes(quotes: Sequence[Quote]) -> list[QuoteGroupView]:
    groups: dict[str, QuoteGroupView] = {}
    for quote in quotes:
        key = quote.speaker_key or quote.speaker_name or "?"
        group = groups.setdefault(key, QuoteGroupView(key, quote.speaker_name or quote.speaker or "?"))
        group.quotes.append(quote)
    return sorted(groups.values(), key=lambda g: (-len(g.quotes), g.speaker_name))


def count_entities(articles: Sequence[Article]) -> list[EntityCount]:
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    types: dict[str, str] = {}
    outlets: dict[str, dict[str, None]] = {}
    for article in articles:
        for mention in article.mentions:
            if not mention.entity:
                continue
            counts[mention.entity] += 1
            names.setdefault(mention.entity, Counter())[mention.text] += 1
            types.setdefault(mention.entity, mention.type)
            outlets.setdefault(mention.entity, {})[article.outlet or "?"] = None
    return [
        EntityCount(eid, names[eid].most_common(1)[0][0], types[eid], n, list(outlets[eid]))
        for eid, n in counts.most_common()
    ]


def story_detail(store: Store, story_id: str, cache: BriefCache, *, words: int = 120) -> StoryDetail | None:
    resolved = resolve_story(store, story_id)
    if resolved is None:
        return None
    [summary] = store.list_stories(story_ids=[resolved])
    members = story_members(store, resolved)
    articles = [a for a in (store.get_article(m.article.id) for m in members) if a is not None]
    brief, facts = cache.get(resolved, articles, words)
    families: dict[str, list[str]] = {}
    for member in members:
        if member.family:
            families.setdefault(member.family, []).append(member.article.id)
    quotes = [q for a in articles for q in a.quotes]
    return StoryDetail(
        summary=summary,
        members=members,
        articles=articles,
        brief=brief,
        facts=facts,
        quote_groups=group_quotes(quotes),
        entities=count_entities(articles),
        families=families,
    )


# -- articles and entities --------------------------------------------------------------------------


class StoryIndex:
    """Article id -> story id, rebuilt when the store's counts change (new articles or stories)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._map: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, store: Store) -> dict[str, str]:
        key = (store.count_articles(), store.count_stories())
        with self._lock:
            if key == self._key:
                return self._map
        mapping = {
            member.id: story.id
            for story in all_stories(store)
            for member, _, _ in store.story_articles(story.id)
        }
        with self._lock:
            self._key, self._map = key, mapping
        return mapping


def find_entities(store: Store, query: str, *, limit: int = 20) -> list[Any]:
    """Entities matching a typed name: its spelling variants, or a surname for a person."""
    from khabar.analyse.entities import name_key

    slugs = dict.fromkeys("-".join(name_key(query, kind).split()) for kind in (None, "PERS"))
    found = {e.id: e for slug in slugs if slug for e in store.find_entities(slug, limit=limit)}
    return sorted(found.values(), key=lambda e: -e.mentions)[:limit]


def entity_exists(store: Store, entity_id: str) -> bool:
    return store.entity_summary(entity_id).mentions > 0


# -- JSON -------------------------------------------------------------------------------------------


def page(items: Sequence[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": list(items)}


def article_json(article: Article, *, story: str | None = None) -> dict[str, Any]:
    record = asdict(article)
    record["published"] = article.published.isoformat() if article.published else None
    record["story"] = story
    for expr in record["time_expressions"]:
        for key in ("value", "end"):
            expr[key] = expr[key].isoformat() if expr[key] else None
    return record


def fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "outlets": list(fact.outlets),
        "sources": list(fact.sources),
        "corroboration": fact.corroboration,
        "centrality": fact.centrality,
        "dates": [d.isoformat() for d in fact.dates],
        "mentions": [m.to_dict() for m in fact.mentions],
    }


def story_json(detail: StoryDetail) -> dict[str, Any]:
    brief = detail.brief.to_dict()
    return asdict(detail.summary) | {
        "members": [
            asdict(m.article) | {"family": m.family, "representative": m.representative}
            for m in detail.members
        ],
        "brief": brief,
        "facts": [fact_json(f) for f in detail.facts],
        "divergences": brief["divergences"],
        "quotes": [
            {
                "speaker_key": g.speaker_key,
                "speaker_name": g.speaker_name,
                "outlets": g.outlets,
                "quotes": [asdict(q) for q in g.quotes],
            }
            for g in detail.quote_groups
        ],
        "entities": [asdict(e) for e in detail.entities],
        "families": detail.families,
    }
