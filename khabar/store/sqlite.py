"""The SQLite store: one file, WAL journal, versioned schema, Arabic-normalised full-text search.

The store is thin: it saves and loads records and answers queries. It never cleans or analyses.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Literal

from khabar.arabic import match_keys, tokenize
from khabar.errors import InputError
from khabar.model import (
    Article,
    Brief,
    Fact,
    Family,
    Line,
    Mention,
    Quote,
    Sentence,
    Span,
    StoryAssignment,
    TimeExpression,
)
from khabar.store.briefs import dump_brief, load_brief
from khabar.store.migrations import LATEST_VERSION, MIGRATIONS

StorySort = Literal["newest", "largest"]


class StoreError(InputError):
    """The database file cannot be used (not SQLite, newer schema, locked)."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str
    outlet: str | None
    published: str | None
    agency: str | None
    language: str
    source: str
    chars: int


@dataclass(frozen=True, slots=True)
class EntitySummary:
    id: str
    type: str
    name: str  # the most frequent surface form
    variants: tuple[str, ...]  # every surface form, most frequent first
    mentions: int
    articles: int
    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    headline: str  # the title of the article that opened the story
    articles: int
    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str
    outlet: str | None
    published: str | None
    snippet: str
    score: float


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def search_keys(text: str) -> str:
    """The text the full-text index holds for `text`: its normalised, clitic-stripped tokens."""
    return " ".join(match_keys(text))


class Store:
    """A khabar database in one SQLite file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # so that INSERT OR REPLACE on story_articles fires the delete trigger of the story it leaves
            self._db.execute("PRAGMA recursive_triggers=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable khabar database ({exc})") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- schema -------------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this khabar knows ({LATEST_VERSION});"
                " upgrade khabar"
            )
        for version, description, script in MIGRATIONS:
            if version <= current:
                continue
            # executescript commits on its own, so the script and its record go in one explicit transaction
            record = (
                f"INSERT INTO schema_migrations VALUES ({version}, {_quote(description)}, {_quote(_now())});"
            )
            statements = f"BEGIN;\n{script}\n{record}\nCOMMIT;"
            try:
                self._db.executescript(statements)
            except sqlite3.Error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all (Ctrl-C included)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM documents WHERE hash = ?", (content_hash,)).fetchone() is not None
        )

    def add_document(
        self, content_hash: str, source: str, locator: str, fmt: str, articles: Sequence[Article]
    ) -> tuple[int, int]:
        """Record a document and its articles; returns (articles added, articles already stored).

        Call inside `transaction()`. An article already stored (same id, e.g. the same page under another
        file name) is left as it is.
        """
        self._db.execute(
            "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
            (content_hash, source, locator, fmt, len(articles), _now()),
        )
        added = 0
        for article in articles:
            if self._insert_article(article, content_hash):
                added += 1
        return added, len(articles) - added

    def _insert_article(self, article: Article, document: str) -> bool:
        cursor = self._db.execute(
            """INSERT OR IGNORE INTO articles (id, document, source, locator, format, segment, title, text,
                   raw_text, offset_map, lines, url, outlet, published, author, dateline, agency, language,
                   category, meta, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id,
                document,
                article.source,
                article.locator,
                article.format,
                article.segment,
                article.title,
                article.text,
                article.raw_text,
                json.dumps(article.offset_map),
                json.dumps([line_to_json(line) for line in article.lines], ensure_ascii=False),
                article.url,
                article.outlet,
                article.published.isoformat() if article.published else None,
                article.author,
                article.dateline,
                article.agency,
                article.language,
                article.category,
                json.dumps(article.meta, ensure_ascii=False),
                _now(),
            ),
        )
        if cursor.rowcount == 0:
            return False
        rowid = cursor.lastrowid
        self._db.executemany(
            'INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(article.id, s.index, s.span.start, s.span.end) for s in article.sentences],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO time_expressions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    t.span.start,
                    t.span.end,
                    t.text,
                    t.kind,
                    t.calendar,
                    t.value.isoformat() if t.value else None,
                    t.end.isoformat() if t.end else None,
                )
                for t in article.time_expressions
            ],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    m.span.start,
                    m.span.end,
                    m.text,
                    m.type,
                    m.sentence,
                    m.key,
                    m.title,
                    m.entity,
                    m.score,
                )
                for m in article.mentions
            ],
        )
        self._db.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, index, *_quote_to_row(q)) for index, q in enumerate(article.quotes)],
        )
        self._db.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (rowid, search_keys(article.title), search_keys(article.text)),
        )
        return True

    # -- reading ------------------------------------------------------------------------------------------

    def count_articles(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles_mark(self) -> int:
        """A number that grows whenever an article is added (the last article row): cheap to read, so a
        reader can tell whether counts it keeps are still current."""
        return int(self._db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0])

    def count_documents(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def outlets(self) -> list[tuple[str, int]]:
        rows = self._db.execute(
            "SELECT coalesce(outlet, '?') AS o, count(*) FROM articles GROUP BY o ORDER BY count(*) DESC, o"
        )
        return [(row[0], int(row[1])) for row in rows]

    def list_articles(
        self, *, limit: int = 50, offset: int = 0, outlet: str | None = None
    ) -> list[ArticleSummary]:
        where, params = ("WHERE outlet = ?", [outlet]) if outlet else ("", [])
        rows = self._db.execute(
            f"""SELECT id, title, outlet, published, agency, language, source, length(text) AS chars
                FROM articles {where}
                ORDER BY published IS NULL, published DESC, rowid DESC LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
        return [ArticleSummary(**dict(row)) for row in rows]

    def resolve_id(self, id_or_prefix: str) -> list[str]:
        """Article ids equal to, or starting with, `id_or_prefix` (at most 10)."""
        exact = self._db.execute("SELECT id FROM articles WHERE id = ?", (id_or_prefix,)).fetchone()
        if exact:
            return [exact[0]]
        rows = self._db.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10",
            (_like(id_or_prefix) + "%",),
        )
        return [row[0] for row in rows]

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = Article(
            id=row["id"],
            source=row["source"],
            locator=row["locator"],
            format=row["format"],
            title=row["title"],
            text=row["text"],
            raw_text=row["raw_text"],
            offset_map=[tuple(item) for item in json.loads(row["offset_map"])],
            url=row["url"],
            outlet=row["outlet"],
            published=datetime.fromisoformat(row["published"]) if row["published"] else None,
            author=row["author"],
            dateline=row["dateline"],
            agency=row["agency"],
            language=row["language"],
            category=row["category"],
            segment=row["segment"],
            lines=[line_from_json(item, row["raw_text"]) for item in json.loads(row["lines"])],
            meta=json.loads(row["meta"]),
        )
        article.sentences = [
            Sentence(r["idx"], Span(r["start"], r["end"]), article.text[r["start"] : r["end"]])
            for r in self._db.execute(
                'SELECT idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
            )
        ]
        article.time_expressions = [
            TimeExpression(
                span=Span(r["start"], r["end"]),
                text=r["text"],
                kind=r["kind"],
                value=date.fromisoformat(r["value"]) if r["value"] else None,
                end=date.fromisoformat(r["value_end"]) if r["value_end"] else None,
                calendar=r["calendar"],
            )
            for r in self._db.execute(
                "SELECT * FROM time_expressions WHERE article_id = ? ORDER BY start", (article_id,)
            )
        ]
        article.mentions = [
            Mention(
                span=Span(r["start"], r["end"]),
                text=r["text"],
                type=r["type"],
                sentence=r["sentence"],
                article_id=article_id,
                key=r["key"],
                title=r["title"],
                score=r["score"],
                entity=r["entity"],
            )
            for r in self._db.execute(
                "SELECT * FROM mentions WHERE article_id = ? ORDER BY start", (article_id,)
            )
        ]
        article.quotes = self.quotes(article_ids=[article_id])
        return article

    # -- stories and families ------------------------------------------------------------------------

    def unassigned_articles(self) -> list[str]:
        """Ids of articles not yet in a story, in publication order (undated last)."""
        rows = self._db.execute(
            """SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
               WHERE s.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.id"""
        )
        return [row[0] for row in rows]

    def assignments_since(self, published: str | None) -> list[tuple[str, str]]:
        """(article id, story id) of stored assignments published at or after `published` (all if None),
        in publication order: what rebuilds the story grouper's window."""
        where, params = ("WHERE published >= ?", [published]) if published else ("", [])
        rows = self._db.execute(
            f"SELECT article_id, story_id FROM story_articles {where} ORDER BY published IS NULL, published, article_id",
            params,
        )
        return [(row[0], row[1]) for row in rows]

    def add_assignments(self, assignments: Sequence[StoryAssignment]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?, ?, ?)",
            [
                (
                    a.article_id,
                    a.story_id,
                    int(a.opened),
                    a.score,
                    a.published.isoformat() if a.published else None,
                )
                for a in assignments
            ],
        )

    def set_families(self, families: Sequence[Family]) -> None:
        """Record (or update) each family's members; an article belongs to at most one family."""
        self._db.executemany(
            "INSERT OR REPLACE INTO family_members VALUES (?, ?, ?, ?)",
            [(member, f.id, f.representative, f.agency) for f in families for member in f.members],
        )

    def count_stories(
        self,
        *,
        min_articles: int = 1,
        since: date | str | None = None,
        until: date | str | None = None,
        outlet: str | None = None,
        entities: Sequence[str] | None = None,
    ) -> int:
        """How many stories `list_stories` with the same filters would list without a limit."""
        where, params = _story_filter(min_articles, since, until, outlet, entities, None)
        return int(self._db.execute(f"SELECT count(*) FROM stories s {where}", params).fetchone()[0])

    def list_stories(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        min_articles: int = 1,
        story_ids: Sequence[str] | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        outlet: str | None = None,
        entities: Sequence[str] | None = None,
        sort: StorySort = "newest",
    ) -> list[StorySummary]:
        """Stories, the most recently updated first, then the largest (`sort="largest"`: the largest first,
        then the most recently updated).

        Filters: stories overlapping the days [since, until] (the outlets' local publication days), that
        `outlet` covered, whose articles mention one of `entities` (entity ids), with at least
        `min_articles` articles, among `story_ids`.
        """
        where, params = _story_filter(min_articles, since, until, outlet, entities, story_ids)
        order = STORY_ORDER[sort]
        rows = self._db.execute(
            f"""SELECT s.id, s.headline, s.articles, s.first_published, s.last_published
                FROM stories s {where} ORDER BY {order} LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        ).fetchall()
        outlets = self.story_outlets([row["id"] for row in rows])
        return [
            StorySummary(
                id=row["id"],
                headline=row["headline"],
                articles=row["articles"],
                outlets=tuple(sorted(outlets.get(row["id"], {}))),
                first_published=row["first_published"],
                last_published=row["last_published"],
            )
            for row in rows
        ]

    def story_outlets(self, story_ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """Story id -> outlet -> number of its articles, for the given stories."""
        result: dict[str, dict[str, int]] = {}
        for chunk in _chunks(story_ids):
            rows = self._db.execute(
                f"SELECT story_id, outlet, articles FROM story_outlets WHERE story_id IN ({_marks(chunk)})",
                chunk,
            )
            for row in rows:
                result.setdefault(row[0], {})[row[1]] = int(row[2])
        return result

    def story_days(self, story_ids: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
        """Story id -> (local publication day, articles) in day order; undated articles are left out."""
        result: dict[str, list[tuple[str, int]]] = {}
        for chunk in _chunks(story_ids):
            rows = self._db.execute(
                f"""SELECT story_id, substr(published, 1, 10) AS day, count(*) FROM story_articles
                    WHERE story_id IN ({_marks(chunk)}) AND published IS NOT NULL
                    GROUP BY story_id, day ORDER BY story_id, day""",
                chunk,
            )
            for row in rows:
                result.setdefault(row[0], []).append((row[1], int(row[2])))
        return result

    def story_entities(self, story_id: str) -> list[tuple[str, str, str, int, tuple[str, ...]]]:
        """(entity id, most frequent surface form, type, mentions, outlets) of the entities mentioned in a
        story's articles, the most mentioned first."""
        rows = self._db.execute(
            """SELECT m.entity, m.text, m.type, coalesce(a.outlet, '?') AS outlet, count(*) AS n
               FROM story_articles s JOIN mentions m ON m.article_id = s.article_id
               JOIN articles a ON a.id = s.article_id
               WHERE s.story_id = ? AND m.entity != ''
               GROUP BY m.entity, m.text, m.type, outlet""",
            (story_id,),
        )
        counts: dict[str, int] = {}
        forms: dict[str, dict[tuple[str, str], int]] = {}
        outlets: dict[str, dict[str, int]] = {}
        for entity, text, kind, outlet, n in rows:
            counts[entity] = counts.get(entity, 0) + n
            by_form = forms.setdefault(entity, {})
            by_form[(text, kind)] = by_form.get((text, kind), 0) + n
            by_outlet = outlets.setdefault(entity, {})
            by_outlet[outlet] = by_outlet.get(outlet, 0) + n
        result = []
        for entity, n in counts.items():
            text, kind = min(forms[entity].items(), key=lambda item: (-item[1], item[0]))[0]
            ranked = sorted(outlets[entity].items(), key=lambda item: (-item[1], item[0]))
            result.append((entity, text, kind, n, tuple(o for o, _ in ranked)))
        result.sort(key=lambda item: (-item[3], item[0]))
        return result

    def rename_source(self, old: str, new: str) -> int:
        """Record `new` as the source of what was read from `old` (an upload's temporary file gets the name
        it was uploaded under). Returns the number of articles renamed."""
        with self.transaction():
            self._db.execute("UPDATE documents SET source = ? WHERE source = ?", (new, old))
            return self._db.execute("UPDATE articles SET source = ? WHERE source = ?", (new, old)).rowcount

    def story_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Article id -> the id of its story, for those of `article_ids` that are in one."""
        result: dict[str, str] = {}
        for chunk in _chunks(article_ids):
            rows = self._db.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({_marks(chunk)})",
                chunk,
            )
            result.update((row[0], row[1]) for row in rows)
        return result

    def story_member_ids(self, story_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id", (story_id,)
        )
        return [row[0] for row in rows]

    def load_brief(self, story_id: str, words: int, version: str) -> tuple[Brief, list[Fact]] | None:
        """The stored brief of a story at a length budget, if it was made by `version` from the story's
        current members; None otherwise (never made, stale, or of another format)."""
        row = self._db.execute(
            "SELECT members, version, brief FROM story_briefs WHERE story_id = ? AND words = ?",
            (story_id, words),
        ).fetchone()
        if row is None or row["version"] != version:
            return None
        if row["members"] != members_digest(self.story_member_ids(story_id)):
            return None
        return load_brief(row["brief"])

    def save_brief(
        self,
        story_id: str,
        words: int,
        version: str,
        members: Sequence[str],
        brief: Brief,
        facts: Sequence[Fact],
    ) -> None:
        """Keep a brief made from the articles `members` (their ids); a later change of the story's members
        removes it (see the triggers of migration 4)."""
        self._db.execute(
            "INSERT OR REPLACE INTO story_briefs VALUES (?, ?, ?, ?, ?, ?)",
            (story_id, words, members_digest(members), version, dump_brief(brief, facts), _now()),
        )

    def resolve_story(self, id_or_prefix: str) -> list[str]:
        """Story ids equal to `id_or_prefix`, or starting with it (with or without the "story:" prefix)."""
        candidates = (
            [id_or_prefix] if id_or_prefix.startswith("story:") else [id_or_prefix, "story:" + id_or_prefix]
        )
        for candidate in candidates:
            if self._db.execute("SELECT 1 FROM story_articles WHERE story_id = ?", (candidate,)).fetchone():
                return [candidate]
        rows = self._db.execute(
            "SELECT DISTINCT story_id FROM story_articles WHERE story_id LIKE ? ESCAPE '\\' OR story_id LIKE ? ESCAPE '\\'"
            " ORDER BY story_id LIMIT 10",
            (_like(candidates[0]) + "%", _like(candidates[-1]) + "%"),
        )
        return [row[0] for row in rows]

    def story_articles(self, story_id: str) -> list[tuple[ArticleSummary, str | None, bool]]:
        """The story's articles in publication order, each with its near-duplicate family id and whether it
        is that family's representative."""
        rows = self._db.execute(
            """SELECT a.id, a.title, a.outlet, a.published, a.agency, a.language, a.source,
                      length(a.text) AS chars, f.family_id, f.representative
               FROM story_articles s JOIN articles a ON a.id = s.article_id
               LEFT JOIN family_members f ON f.article_id = a.id
               WHERE s.story_id = ? ORDER BY a.published IS NULL, a.published, a.id""",
            (story_id,),
        )
        result = []
        for row in rows:
            values = dict(row)
            family, representative = values.pop("family_id"), values.pop("representative")
            result.append((ArticleSummary(**values), family, representative == row["id"]))
        return result

    # -- entities and quotes ---------------------------------------------------------------------------

    def find_entities(self, slug: str, *, limit: int = 20) -> list[EntitySummary]:
        """Entities whose id is `slug` (a dash-joined name key) or ends with it as a last name."""
        rows = self._db.execute(
            """SELECT entity FROM mentions WHERE entity = ? OR entity LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\'
               GROUP BY entity ORDER BY count(*) DESC LIMIT ?""",
            (slug, "%:" + _like(slug), "%-" + _like(slug), limit),
        )
        return [self.entity_summary(row[0]) for row in rows.fetchall()]

    def entity_summary(self, entity_id: str) -> EntitySummary:
        variants = self._db.execute(
            "SELECT text, type, count(*) FROM mentions WHERE entity = ? GROUP BY text, type ORDER BY count(*) DESC",
            (entity_id,),
        ).fetchall()
        stats = self._db.execute(
            """SELECT count(*), count(DISTINCT m.article_id), min(a.published), max(a.published)
               FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity = ?""",
            (entity_id,),
        ).fetchone()
        outlets = self._db.execute(
            """SELECT coalesce(a.outlet, '?') AS o FROM mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.entity = ? GROUP BY o ORDER BY count(*) DESC""",
            (entity_id,),
        ).fetchall()
        return EntitySummary(
            id=entity_id,
            type=variants[0][1] if variants else "",
            name=variants[0][0] if variants else entity_id,
            variants=tuple(dict.fromkeys(v[0] for v in variants)),
            mentions=int(stats[0]),
            articles=int(stats[1]),
            outlets=tuple(row[0] for row in outlets),
            first_published=stats[2],
            last_published=stats[3],
        )

    def entity_days(self, entity_id: str) -> list[tuple[str, str, int]]:
        """(local publication day, outlet, mentions) of an entity, in day order; undated articles left out."""
        rows = self._db.execute(
            """SELECT substr(a.published, 1, 10) AS day, coalesce(a.outlet, '?') AS outlet, count(*)
               FROM mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.entity = ? AND a.published IS NOT NULL
               GROUP BY day, outlet ORDER BY day, outlet""",
            (entity_id,),
        )
        return [(row[0], row[1], int(row[2])) for row in rows]

    def entity_articles(self, entity_id: str, *, limit: int = 50) -> list[ArticleSummary]:
        rows = self._db.execute(
            """SELECT a.id, a.title, a.outlet, a.published, a.agency, a.language, a.source, length(a.text) AS chars
               FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity = ?)
               ORDER BY a.published IS NULL, a.published DESC LIMIT ?""",
            (entity_id, limit),
        )
        return [ArticleSummary(**dict(row)) for row in rows]

    def quotes(
        self, *, article_ids: Sequence[str] | None = None, speaker: str | None = None, limit: int = 10_000
    ) -> list[Quote]:
        """Quotes of the given articles and/or whose speaker key contains `speaker`, in article order."""
        where, params = [], []
        if article_ids is not None:
            where.append(f"article_id IN ({','.join('?' * len(article_ids))})")
            params.extend(article_ids)
        if speaker:
            where.append("(speaker_key = ? OR ' ' || speaker_key || ' ' LIKE ? ESCAPE '\\')")
            params.extend([speaker, "% " + _like(speaker) + " %"])
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.execute(
            f"SELECT * FROM quotes {clause} ORDER BY article_id, idx LIMIT ?", [*params, limit]
        )
        return [_quote_from_row(row) for row in rows]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Articles matching every word of `query`, best first; spelling variants of alef, hamza,
        ta marbuta, diacritics and the و/ف/ب/ل/ال clitics all match."""
        keys = match_keys(query)
        if not keys:
            return []
        # each key quoted, so FTS5 operators typed by the user are taken as words
        fts_query = " ".join('"' + key.replace('"', '""') + '"' for key in keys)
        # rank inside the index first, then read only the page's articles (joining first reads the text
        # of every match: ten times slower for a common word in 28k articles)
        rows = self._db.execute(
            """WITH top AS (
                   SELECT rowid, bm25(articles_fts, 3.0, 1.0) AS score FROM articles_fts
                   WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?)
               SELECT a.id, a.title, a.outlet, a.published, a.text, top.score
               FROM top JOIN articles a ON a.rowid = top.rowid ORDER BY top.score""",
            (fts_query, limit, offset),
        )
        return [
            SearchHit(
                id=row["id"],
                title=row["title"],
                outlet=row["outlet"],
                published=row["published"],
                snippet=snippet(row["text"], set(keys)),
                score=-float(row["score"]),
            )
            for row in rows
        ]


def snippet(text: str, keys: set[str], width: int = 160, scan: int = 3000) -> str:
    """A window of `text` around the first token whose matching key is in `keys`, looked for in the first
    `scan` characters (tokenising costs about a millisecond per thousand); else the start of the text."""
    for token in tokenize(text[:scan]):
        if token.stem in keys or token.norm in keys:
            start = max(token.span.start - width // 3, 0)
            end = min(start + width, len(text))
            prefix = "…" if start > 0 else ""
            suffix = "…" if end < len(text) else ""
            return prefix + " ".join(text[start:end].split()) + suffix
    return " ".join(text[:width].split()) + ("…" if len(text) > width else "")


STORY_ORDER: dict[str, str] = {
    # each matches an index of migration 4, so the first page is read in order without sorting everything
    "newest": "s.last_date IS NULL, s.last_date DESC, s.articles DESC, s.id",
    "largest": "s.articles DESC, s.last_published DESC, s.id",
}


def _story_filter(
    min_articles: int,
    since: date | str | None,
    until: date | str | None,
    outlet: str | None,
    entities: Sequence[str] | None,
    story_ids: Sequence[str] | None,
) -> tuple[str, list[object]]:
    """The WHERE clause (over `stories s`) and its parameters for the story filters."""
    where: list[str] = []
    params: list[object] = []
    if min_articles > 1:
        where.append("s.articles >= ?")
        params.append(min_articles)
    if since is not None:
        where.append("s.last_day >= ?")
        params.append(str(since)[:10])
    if until is not None:
        where.append("s.first_day <= ?")
        params.append(str(until)[:10])
    if outlet:
        where.append("EXISTS (SELECT 1 FROM story_outlets o WHERE o.story_id = s.id AND o.outlet = ?)")
        params.append(outlet)
    if entities is not None:
        where.append(
            "s.id IN (SELECT sa.story_id FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id"
            f" WHERE m.entity IN ({_marks(entities)}))"
        )
        params.extend(entities)
    if story_ids is not None:
        where.append(f"s.id IN ({_marks(story_ids)})")
        params.extend(story_ids)
    return ("WHERE " + " AND ".join(where) if where else ""), params


def members_digest(article_ids: Sequence[str]) -> str:
    """A short digest of a set of article ids (order does not matter)."""
    return hashlib.sha256("\n".join(sorted(set(article_ids))).encode()).hexdigest()[:32]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _span_or_none(start: int | None, end: int | None) -> Span | None:
    return Span(start, end) if start is not None and end is not None else None


def _quote_to_row(q: Quote) -> tuple[object, ...]:
    return (
        q.part,
        q.speaker,
        q.speaker_span.start if q.speaker_span else None,
        q.speaker_span.end if q.speaker_span else None,
        q.speaker_name,
        q.speaker_key,
        q.resolution,
        q.cue,
        q.cue_span.start,
        q.cue_span.end,
        q.content,
        q.content_span.start,
        q.content_span.end,
        int(q.direct),
        q.via,
        q.via_span.start if q.via_span else None,
        q.via_span.end if q.via_span else None,
        q.outlet,
    )


def _quote_from_row(r: sqlite3.Row) -> Quote:
    return Quote(
        article_id=r["article_id"],
        speaker=r["speaker"],
        speaker_span=_span_or_none(r["speaker_start"], r["speaker_end"]),
        speaker_name=r["speaker_name"],
        speaker_key=r["speaker_key"],
        resolution=r["resolution"],
        cue=r["cue"],
        cue_span=Span(r["cue_start"], r["cue_end"]),
        content=r["content"],
        content_span=Span(r["content_start"], r["content_end"]),
        direct=bool(r["direct"]),
        via=r["via"],
        via_span=_span_or_none(r["via_start"], r["via_end"]),
        outlet=r["outlet"],
        part=r["part"],
    )


def line_to_json(line: Line) -> list[object]:
    """A labelled line in the compact form stored beside its article (the text is read back from the page)."""
    return [line.number, line.span.start, line.span.end, line.label, line.segment, round(line.score, 4)]


def line_from_json(item: list, raw_text: str) -> Line:
    """The inverse of `line_to_json`, given the page the line's span points into."""
    number, start, end, label, segment, score = item
    return Line(number, Span(start, end), raw_text[start:end], label, segment, score)
