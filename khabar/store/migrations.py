"""Versioned schema migrations for the SQLite store.

Each migration is applied once, in order, inside a transaction, and recorded in `schema_migrations`.
Never edit a released migration: append a new one.
"""

from __future__ import annotations


def _summary_select(where: str) -> str:
    """The `stories` row of every story matching `where` (a condition on story_articles `s`)."""
    return f"""SELECT s.story_id,
               coalesce(max(CASE WHEN s.opened THEN a.title END), ''),
               count(*), count(DISTINCT coalesce(a.outlet, '?')),
               min(a.published), max(a.published),
               substr(min(a.published), 1, 10), substr(max(a.published), 1, 10), date(max(a.published))
        FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE {where}"""


def _outlets_select(where: str) -> str:
    return f"""SELECT s.story_id, coalesce(a.outlet, '?'), count(*)
        FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE {where}
        GROUP BY s.story_id, coalesce(a.outlet, '?')"""


def _refresh_trigger(name: str, event: str, row: str) -> str:
    """A trigger that recomputes the summary, outlets and brief of the story `row` (NEW or OLD) belongs to
    after `event` on story_articles. Recomputing (rather than adjusting) keeps min/max and counts exact."""
    story = f"{row}.story_id"
    return f"""CREATE TRIGGER {name} AFTER {event} ON story_articles BEGIN
            DELETE FROM stories WHERE id = {story};
            INSERT INTO stories {_summary_select(f"s.story_id = {story}")} GROUP BY s.story_id;
            DELETE FROM story_outlets WHERE story_id = {story};
            INSERT INTO story_outlets {_outlets_select(f"s.story_id = {story}")};
            DELETE FROM story_briefs WHERE story_id = {story};
        END;"""


MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, articles, sentences, time expressions, full-text index",
        """
        CREATE TABLE documents (
            hash        TEXT PRIMARY KEY,          -- sha256 of the document as read: re-reading it adds nothing
            source      TEXT NOT NULL,
            locator     TEXT NOT NULL,
            format      TEXT NOT NULL,
            articles    INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE articles (
            rowid       INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            document    TEXT NOT NULL REFERENCES documents(hash),
            source      TEXT NOT NULL,
            locator     TEXT NOT NULL,
            format      TEXT NOT NULL,
            segment     INTEGER NOT NULL,
            title       TEXT NOT NULL,
            text        TEXT NOT NULL,
            raw_text    TEXT NOT NULL,
            offset_map  TEXT NOT NULL,             -- JSON [[text_start, raw_start, length], ...]
            lines       TEXT NOT NULL,             -- JSON: every line of the page with its label
            url         TEXT,
            outlet      TEXT,
            published   TEXT,                      -- ISO 8601, local time of the outlet
            author      TEXT,
            dateline    TEXT,
            agency      TEXT,
            language    TEXT NOT NULL,
            category    TEXT,
            meta        TEXT NOT NULL,             -- JSON object of the source's own fields
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE sentences (
            article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE time_expressions (
            article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            text        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            calendar    TEXT NOT NULL,
            value       TEXT,
            value_end   TEXT,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID;
        CREATE INDEX time_expressions_value ON time_expressions(value);
        -- Matching keys (normalised, clitic-stripped) of title and text; rowid = articles.rowid.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, tokenize='unicode61 remove_diacritics 0'
        );
        """,
    ),
    (
        2,
        "entity mentions and quotes",
        """
        CREATE TABLE mentions (
            article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            text        TEXT NOT NULL,
            type        TEXT NOT NULL,             -- PERS, LOC, ORG, MISC
            sentence    INTEGER NOT NULL,
            key         TEXT NOT NULL,             -- clitic-free matching key of the surface
            title       TEXT,                      -- a role written before a person's name
            entity      TEXT NOT NULL,             -- canonical entity id (spelling-tolerant, stable)
            score       REAL NOT NULL,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE TABLE quotes (
            article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx           INTEGER NOT NULL,
            part          TEXT NOT NULL,           -- "text" or "title": which field the spans index
            speaker       TEXT NOT NULL,
            speaker_start INTEGER,
            speaker_end   INTEGER,
            speaker_name  TEXT NOT NULL,
            speaker_key   TEXT NOT NULL,
            resolution    TEXT NOT NULL,
            cue           TEXT NOT NULL,
            cue_start     INTEGER NOT NULL,
            cue_end       INTEGER NOT NULL,
            content       TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end   INTEGER NOT NULL,
            direct        INTEGER NOT NULL,
            via           TEXT,
            via_start     INTEGER,
            via_end       INTEGER,
            outlet        TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX quotes_speaker ON quotes(speaker_key);
        """,
    ),
    (
        3,
        "story assignments and near-duplicate families",
        """
        -- A story is the set of articles assigned to it; headline, size and outlets are derived by query.
        CREATE TABLE story_articles (
            article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id    TEXT NOT NULL,
            opened      INTEGER NOT NULL,          -- 1 for the article that opened the story
            score       REAL NOT NULL,             -- merge score of the decision
            published   TEXT
        ) WITHOUT ROWID;
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE INDEX story_articles_published ON story_articles(published);
        CREATE TABLE family_members (
            article_id     TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            family_id      TEXT NOT NULL,
            representative TEXT NOT NULL,
            agency         TEXT
        ) WITHOUT ROWID;
        CREATE INDEX family_members_family ON family_members(family_id);
        """,
    ),
    (
        4,
        "story summaries and outlets kept by triggers, persisted briefs",
        f"""
        -- One row per story, kept current by the triggers below whatever writes story_articles, so that
        -- listing, filtering and sorting stories is an indexed query instead of an aggregate over all articles.
        CREATE TABLE stories (
            id              TEXT PRIMARY KEY,
            headline        TEXT NOT NULL,         -- title of the article that opened the story
            articles        INTEGER NOT NULL,
            outlets         INTEGER NOT NULL,      -- number of distinct outlets
            first_published TEXT,
            last_published  TEXT,
            first_day       TEXT,                  -- the outlet's local day (first 10 characters)
            last_day        TEXT,
            last_date       TEXT                   -- date(last_published): the day newest-first orders by
        ) WITHOUT ROWID;
        CREATE INDEX stories_newest ON stories(last_date IS NULL, last_date DESC, articles DESC, id);
        CREATE INDEX stories_largest ON stories(articles DESC, last_published DESC, id);
        CREATE INDEX stories_last_day ON stories(last_day);
        CREATE INDEX story_articles_story_day ON story_articles(story_id, published);
        CREATE TABLE story_outlets (
            story_id    TEXT NOT NULL,
            outlet      TEXT NOT NULL,             -- '?' for articles without one
            articles    INTEGER NOT NULL,
            PRIMARY KEY (story_id, outlet)
        ) WITHOUT ROWID;
        CREATE INDEX story_outlets_outlet ON story_outlets(outlet, story_id);
        -- A story's brief as JSON, per length budget; `members` is a digest of the member ids it was made
        -- from and `version` names the code that made it: a row that does not match both is stale.
        CREATE TABLE story_briefs (
            story_id    TEXT NOT NULL,
            words       INTEGER NOT NULL,
            members     TEXT NOT NULL,
            version     TEXT NOT NULL,
            brief       TEXT NOT NULL,
            made_at     TEXT NOT NULL,
            PRIMARY KEY (story_id, words)
        ) WITHOUT ROWID;
        {_refresh_trigger("story_articles_added", "INSERT", "NEW")}
        {_refresh_trigger("story_articles_removed", "DELETE", "OLD")}
        {_refresh_trigger("story_articles_moved_from", "UPDATE", "OLD")}
        {_refresh_trigger("story_articles_moved_to", "UPDATE", "NEW")}
        INSERT INTO stories {_summary_select("1")} GROUP BY s.story_id;
        INSERT INTO story_outlets {_outlets_select("1")};
        """,
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
