"""Read-side helpers for the web app, built only on the Store's public methods.

Each helper takes an open `Store` and returns plain records or dicts. Filtering, sorting and paging
stories happen in SQL (the store keeps one summary row per story); a story page reads its members,
quotes and entity counts by query and its brief from the store, so no page loads every article.
The one write is `StoryCache`, which stores a brief the first time a story's page is asked for.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from khabar.model import Article, Brief, Fact, Quote
from khabar.store import Store
from khabar.store.sqlite import ArticleSummary, StorySort, StorySummary, members_digest
from khabar.web.export import brief_version, make_brief_now

__all__ = ["StorySort"]


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
    brief: Brief | None  # None while it is being made
    facts: list[Fact]
    quote_groups: list[QuoteGroupView]
    entities: list[EntityCount]
    families: dict[str, list[str]]

    @property
    def outlet_of(self) -> dict[str, str]:
        return {m.article.id: m.article.outlet or "?" for m in self.members}


@dataclass(frozen=True, slots=True)
class StoryFilters:
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    entity: str | None = None  # an entity id, or a name resolved to the entities it may mean
    min_articles: int = 1
    sort: StorySort = "newest"


# -- stories -------------------------------------------------------------------------------------------


def entity_ids(store: Store, entity: str) -> list[str]:
    """The entity ids a story filter `entity` stands for: itself when it is a stored id, else the
    entities whose name matches it (see `find_entities`)."""
    if store.entity_summary(entity).mentions:
        return [entity]
    return [e.id for e in find_entities(store, entity, limit=5)]


def filter_stories(
    store: Store, filters: StoryFilters, *, limit: int = 50, offset: int = 0
) -> tuple[list[StorySummary], int]:
    """One page of the stories that pass `filters`, and how many pass in all."""
    ids = entity_ids(store, filters.entity) if filters.entity else None
    where = {
        "since": filters.since,
        "until": filters.until,
        "outlet": filters.outlet,
        "entities": ids,
        "min_articles": filters.min_articles,
    }
    rows = store.list_stories(limit=limit, offset=offset, sort=filters.sort, **where)
    total = store.count_stories(**where) if rows or offset else 0
    return rows, total


def resolve_story(store: Store, story_id: str) -> str | None:
    ids = store.resolve_story(story_id)
    return ids[0] if len(ids) == 1 else None


def resolve_article(store: Store, article_id: str) -> str | None:
    ids = store.resolve_id(article_id)
    return ids[0] if len(ids) == 1 else None


def story_members(store: Store, story_id: str) -> list[StoryMember]:
    return [StoryMember(a, fam, rep) for a, fam, rep in store.story_articles(story_id)]


class StoryCache:
    """Story pages without the wait: the brief comes from memory, else from the store, else it is made in
    the background (one story at a time) and stored.

    A page waits up to `wait_s` seconds for a brief being made; past that it is shown without the brief
    (`StoryDetail.brief` is None) and a later view finds it. Keys carry a digest of the story's members,
    so a story that grew is briefed again; concurrent views of one story share one making.
    """

    def __init__(self, db_path: Path, *, wait_s: float = 2.0, size: int = 64) -> None:
        self._db_path = db_path
        self._wait_s = wait_s
        self._size = size
        self._details: OrderedDict[tuple[str, str, int], StoryDetail] = OrderedDict()
        self._making: dict[tuple[str, str, int], Future[tuple[Brief, list[Fact]]]] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khabar-brief")

    def _make(self, story_id: str, words: int, member_ids: Sequence[str]) -> tuple[Brief, list[Fact]]:
        version = brief_version()
        with Store(self._db_path) as store:
            found = store.load_brief(story_id, words, version)
            if found is None:
                found = make_brief_now(store, story_id, words, member_ids)
                store.save_brief(story_id, words, version, member_ids, *found)
        return found

    def brief(
        self, store: Store, story_id: str, member_ids: Sequence[str], words: int, *, wait: bool = False
    ) -> tuple[Brief, list[Fact]] | None:
        """The brief of `story_id` (a full id) whose articles are `member_ids` (in publication order), or
        None while it is still being made (`wait`: as long as that takes)."""
        stored = store.load_brief(story_id, words, brief_version())
        if stored is not None:
            return stored
        key = (story_id, members_digest(member_ids), words)
        with self._lock:
            future = self._making.get(key)
            if future is None:
                future = self._pool.submit(self._make, story_id, words, list(member_ids))
                self._making[key] = future
                future.add_done_callback(lambda _: self._forget(key))
        try:
            return future.result(timeout=None if wait else self._wait_s)
        except FutureTimeout:
            return None

    def _forget(self, key: tuple[str, str, int]) -> None:
        with self._lock:
            self._making.pop(key, None)

    def detail(
        self, store: Store, story_id: str, *, words: int = 120, wait: bool = False
    ) -> StoryDetail | None:
        """Everything a story page shows, or None for an unknown story."""
        resolved = resolve_story(store, story_id)
        if resolved is None:
            return None
        members = story_members(store, resolved)
        member_ids = [m.article.id for m in members]
        key = (resolved, members_digest(member_ids), words)
        with self._lock:
            if key in self._details:
                self._details.move_to_end(key)
                return self._details[key]
        made = self.brief(store, resolved, member_ids, words, wait=wait)
        [summary] = store.list_stories(story_ids=[resolved])
        families: dict[str, list[str]] = {}
        for member in members:
            if member.family:
                families.setdefault(member.family, []).append(member.article.id)
        entities = [
            EntityCount(e, name, kind, n, list(outs))
            for e, name, kind, n, outs in store.story_entities(resolved)
        ]
        detail = StoryDetail(
            summary=summary,
            members=members,
            brief=made[0] if made else None,
            facts=made[1] if made else [],
            quote_groups=group_quotes(store.quotes(article_ids=member_ids)),
            entities=entities,
            families=families,
        )
        if made is not None:  # articles never change, so a story with the same members shows the same
            with self._lock:
                self._details[key] = detail
                while len(self._details) > self._size:
                    self._details.popitem(last=False)
        return detail


class ArticleCounts:
    """The outlets with their article counts, and the number of articles, read again only when articles
    were added (the list page shows both on every view; counting 28k articles costs more than the page)."""

    def __init__(self) -> None:
        self._mark = -1
        self._value: tuple[list[tuple[str, int]], int] = ([], 0)
        self._lock = threading.Lock()

    def get(self, store: Store) -> tuple[list[tuple[str, int]], int]:
        mark = store.articles_mark()
        with self._lock:
            if mark == self._mark:
                return self._value
        value = (store.outlets(), store.count_articles())
        with self._lock:
            self._mark, self._value = mark, value
        return value


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


# -- articles and entities --------------------------------------------------------------------------


def find_entities(store: Store, query: str, *, limit: int = 20) -> list[Any]:
    """Entities matching a typed name: its spelling variants, or a surname for a person."""
    from khabar.analyse.entities import name_key

    slugs = dict.fromkeys("-".join(name_key(query, kind).split()) for kind in (None, "PERS"))
    found = {e.id: e for slug in slugs if slug for e in store.find_entities(slug, limit=limit)}
    return sorted(found.values(), key=lambda e: -e.mentions)[:limit]


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
    brief: dict[str, Any] = detail.brief.to_dict() if detail.brief else {"divergences": []}
    return asdict(detail.summary) | {
        "brief_pending": detail.brief is None,
        "members": [
            asdict(m.article) | {"family": m.family, "representative": m.representative}
            for m in detail.members
        ],
        "brief": brief if detail.brief else None,
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
