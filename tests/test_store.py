from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.model import Article, Line, Sentence, Span, TimeExpression
from khabar.store import Store, StoreError
from khabar.store.migrations import LATEST_VERSION

RAW = "القائمة الرئيسية\nكيري يصل إلى موسكو\nوصل وزير الخارجية الأميركي إلى موسكو أمس.\nشارك"


def make_article(article_id: str = "a1", title: str = "كيري يصل إلى موسكو") -> Article:
    body_start = RAW.index("وصل")
    body = RAW[body_start : RAW.index("\nشارك")]
    lines = []
    offset = 0
    for number, text in enumerate(RAW.split("\n"), 1):
        label = "title" if number == 2 else "body" if number == 3 else "boilerplate"
        lines.append(
            Line(number, Span(offset, offset + len(text)), text, label, 1 if label != "boilerplate" else 0)
        )
        offset += len(text) + 1
    return Article(
        id=article_id,
        source="page.txt",
        locator="",
        format="text",
        title=title,
        text=body,
        raw_text=RAW,
        offset_map=[(0, body_start, len(body))],
        outlet="الرصد",
        published=datetime(2016, 7, 15, 9, 30),
        language="ar",
        lines=lines,
        sentences=[Sentence(0, Span(0, len(body)), body)],
        time_expressions=[
            TimeExpression(
                Span(body.index("أمس"), body.index("أمس") + 3), "أمس", "relative", date(2016, 7, 14)
            )
        ],
        meta={"id": "x"},
    )


def test_migrations_are_recorded_and_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with Store(path) as store:
        assert store.schema_version() == LATEST_VERSION
    with Store(path) as store:
        assert store.schema_version() == LATEST_VERSION
    rows = sqlite3.connect(path).execute("SELECT version FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == list(range(1, LATEST_VERSION + 1))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'now')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(path)


def test_article_round_trip_keeps_offsets_lines_sentences_and_dates(tmp_path: Path) -> None:
    article = make_article()
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            assert store.add_document("h1", "page.txt", "", "text", [article]) == (1, 0)
        loaded = store.get_article("a1")
    assert loaded is not None
    assert loaded.text == article.text and loaded.raw_text == RAW
    assert loaded.offset_map == article.offset_map
    assert loaded.published == article.published
    assert [(line.number, line.label, line.text) for line in loaded.lines] == [
        (line.number, line.label, line.text) for line in article.lines
    ]
    assert loaded.sentences == article.sentences
    assert loaded.time_expressions == article.time_expressions
    span = loaded.raw_span(loaded.sentences[0].span)
    assert span.slice(RAW) == article.text


def test_the_same_article_twice_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.add_document("h1", "a.txt", "", "text", [make_article()])
        assert store.has_document("h1")
        with store.transaction():
            assert store.add_document("h2", "copy.txt", "", "text", [make_article()]) == (0, 1)
        assert store.count_articles() == 1


def test_an_interrupted_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        with pytest.raises(KeyboardInterrupt), store.transaction():
            store.add_document("h1", "a.txt", "", "text", [make_article()])
            raise KeyboardInterrupt
        assert store.count_articles() == 0
        assert not store.has_document("h1")
        assert store.search("موسكو") == []


@pytest.mark.parametrize(
    "query",
    ["موسكو", "بموسكو", "كيري", "الخارجيه", "الْخَارِجِيَّة", "الاميركي موسكو", "أميركي", "وصل"],
)
def test_search_ignores_diacritics_alef_forms_ta_marbuta_and_clitics(tmp_path: Path, query: str) -> None:
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.add_document("h1", "a.txt", "", "text", [make_article()])
        hits = store.search(query)
    assert [hit.id for hit in hits] == ["a1"], query


def test_search_requires_every_word_and_takes_operators_literally(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.add_document("h1", "a.txt", "", "text", [make_article()])
        assert store.search("موسكو باريس") == []
        assert store.search('OR "NEAR" * ^') == []
        assert store.search("   ") == []


def test_resolve_id_by_prefix_and_ambiguity(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.add_document("h1", "a.txt", "", "text", [make_article("abc1"), make_article("abc2")])
        assert store.resolve_id("abc1") == ["abc1"]
        assert store.resolve_id("abc") == ["abc1", "abc2"]
        assert store.resolve_id("a%") == []
        assert store.get_article("nope") is None


# -- stories: the summary table kept by triggers, filters in SQL, stored briefs -----------------------------

STORY_ARTICLES = [  # (id, outlet, published, title)
    ("s1", "سبق", "2015-07-20T08:00:00", "عنوان ١"),
    ("s2", "الرياض", "2015-07-20T22:30:00", "عنوان ٢"),
    ("s3", "سبق", "2015-07-21T09:00:00", "عنوان ٣"),
    ("s4", None, "2015-07-23T10:00:00", "عنوان ٤"),
    ("s5", "عكاظ", None, "عنوان ٥"),
    ("s6", "الرياض", "2015-07-25T07:00:00", "عنوان ٦"),
    ("s7", "عكاظ", "2015-07-19T12:00:00", "عنوان ٧"),
]


def story_store(path: str | Path = ":memory:") -> Store:
    store = Store(path)
    articles = []
    for article_id, outlet, published, title in STORY_ARTICLES:
        article = make_article(article_id, title)
        article.outlet = outlet
        article.published = datetime.fromisoformat(published) if published else None
        articles.append(article)
    with store.transaction():
        store.add_document("h-stories", "s.jsonl", "", "jsonl", articles)
    return store


def assign(store: Store, article_id: str, story_id: str, opened: bool = False) -> None:
    from khabar.model import StoryAssignment

    with store.transaction():
        store.add_assignments([StoryAssignment(article_id, story_id, opened, 1.0, None)])


def reference_stories(store: Store) -> dict[str, tuple[str, int, tuple[str, ...], str | None, str | None]]:
    """What a story's summary must be, recomputed from the rows the triggers summarise."""
    meta = {a: (o, p, t) for a, o, p, t in STORY_ARTICLES}
    members: dict[str, list[tuple[str, bool]]] = {}
    for article_id, story_id, opened in store._db.execute(
        "SELECT article_id, story_id, opened FROM story_articles"
    ):
        members.setdefault(story_id, []).append((article_id, bool(opened)))
    result = {}
    for story_id, rows in members.items():
        published = [meta[a][1] for a, _ in rows if meta[a][1]]
        titles = [meta[a][2] for a, opened in rows if opened]
        result[story_id] = (
            max(titles) if titles else "",
            len(rows),
            tuple(sorted({meta[a][0] or "?" for a, _ in rows})),
            min(published) if published else None,
            max(published) if published else None,
        )
    return result


operations = st.lists(
    st.tuples(
        st.sampled_from(["assign", "assign", "assign", "delete"]),
        st.sampled_from([a for a, *_ in STORY_ARTICLES]),
        st.sampled_from(["story:a", "story:b", "story:c"]),
        st.booleans(),
    ),
    max_size=25,
)


@settings(max_examples=50, deadline=None)
@given(ops=operations)
def test_story_summaries_follow_every_change_of_membership(
    ops: list[tuple[str, str, str, bool]],
) -> None:
    with story_store() as store:
        deleted: set[str] = set()
        for op, article_id, story_id, opened in ops:
            if op == "assign" and article_id not in deleted:
                assign(store, article_id, story_id, opened)  # a second assignment moves the article
            elif op == "delete":
                store._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # cascades
                deleted.add(article_id)
        expected = reference_stories(store)
        listed = store.list_stories(limit=100)
        got = {s.id: (s.headline, s.articles, s.outlets, s.first_published, s.last_published) for s in listed}
        assert got == expected
        assert store.count_stories() == len(expected)
        outlets = store.story_outlets(list(expected))
        assert {sid: tuple(sorted(o)) for sid, o in outlets.items()} == {
            sid: row[2] for sid, row in expected.items()
        }
        assert all(sum(o.values()) == expected[sid][1] for sid, o in outlets.items())


@settings(max_examples=50, deadline=None)
@given(
    members=st.lists(st.sampled_from(["story:a", "story:b", "story:c", "story:d"]), min_size=7, max_size=7),
    since=st.none() | st.sampled_from(["2015-07-20", "2015-07-21", "2015-07-24"]),
    until=st.none() | st.sampled_from(["2015-07-19", "2015-07-21", "2015-07-25"]),
    outlet=st.none() | st.sampled_from(["سبق", "الرياض", "عكاظ", "?", "غيرها"]),
    min_articles=st.integers(1, 3),
    sort=st.sampled_from(["newest", "largest"]),
)
def test_story_filters_and_order_in_sql_match_their_definition(
    members: list[str], since: str | None, until: str | None, outlet: str | None, min_articles: int, sort: str
) -> None:
    with story_store() as store:
        for (article_id, *_), story_id in zip(STORY_ARTICLES, members, strict=True):
            assign(store, article_id, story_id, opened=article_id == "s1")
        every = store.list_stories(limit=100)
        keep = [
            s
            for s in every
            if s.articles >= min_articles
            and (since is None or (s.last_published is not None and s.last_published[:10] >= since))
            and (until is None or (s.first_published is not None and s.first_published[:10] <= until))
            and (outlet is None or outlet in s.outlets)
        ]
        # stable sorts, the last key first: newest = latest day, then largest, then id; largest = most
        # articles, then the latest timestamp, then id; stories without a date come last
        keep.sort(key=lambda s: s.id)
        if sort == "newest":
            keep.sort(key=lambda s: s.articles, reverse=True)
            keep.sort(key=lambda s: (s.last_published or "")[:10], reverse=True)
        else:
            keep.sort(key=lambda s: s.last_published or "", reverse=True)
            keep.sort(key=lambda s: s.articles, reverse=True)
        filters = {"since": since, "until": until, "outlet": outlet, "min_articles": min_articles}
        got = store.list_stories(limit=100, sort=sort, **filters)  # type: ignore[arg-type]
        assert [s.id for s in got] == [s.id for s in keep]
        assert store.count_stories(**filters) == len(keep)  # type: ignore[arg-type]
        page = store.list_stories(limit=1, offset=1, sort=sort, **filters)  # type: ignore[arg-type]
        assert [s.id for s in page] == [s.id for s in got[1:2]]


def sample_brief(text: str = "نص", story_id: str = "story:a") -> tuple[Any, list[Any]]:
    from khabar.model import Brief, BriefSentence, Divergence, Fact, FactMention

    left = FactMention("s1", 0, Span(0, 5), text, "سبق", date(2015, 7, 20))
    right = FactMention("s2", -1, Span(1, 3), text + "٢", "الرياض", datetime(2015, 7, 20, 22, 30), "title")
    fact = Fact("f1", (left, right), ("سبق", "الرياض"), ("fam:1", "s2"), 0.75, (date(2015, 7, 19),))
    sentence = BriefSentence(text, "f1", "s1", Span(0, 5), ("سبق", "الرياض"), (left, right), 2)
    brief = Brief(
        story_id=story_id,
        headline=text,
        language="ar",
        sentences=[sentence],
        timeline=[(date(2015, 7, 19), text, ("سبق",))],
        coverage={"f1": {"سبق": True, "الرياض": False}},
        outlets=("سبق", "الرياض"),
        single_source=[sentence],
        divergences=[Divergence("f1", "number", left, right, ("12", "15"), "note")],
        budget_words=80,
        headline_article="s1",
        fact_labels={"f1": text},
    )
    return brief, [fact]


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=30))
def test_a_stored_brief_comes_back_equal(text: str) -> None:
    from khabar.store.briefs import dump_brief, load_brief

    brief, facts = sample_brief(text)
    assert load_brief(dump_brief(brief, facts)) == (brief, facts)


def test_a_stored_brief_is_dropped_when_the_story_changes_or_the_code_does() -> None:
    with story_store() as store:
        assign(store, "s1", "story:a", opened=True)
        assign(store, "s2", "story:a")
        brief, facts = sample_brief()
        assert store.load_brief("story:a", 80, "v1") is None
        store.save_brief("story:a", 80, "v1", ["s2", "s1"], brief, facts)
        assert store.load_brief("story:a", 80, "v1") == (brief, facts)
        assert store.load_brief("story:a", 120, "v1") is None  # another length budget
        assert store.load_brief("story:a", 80, "v2") is None  # made by other code
        store.save_brief("story:a", 80, "v1", ["s1"], brief, facts)  # made from fewer articles
        assert store.load_brief("story:a", 80, "v1") is None
        store.save_brief("story:a", 80, "v1", ["s1", "s2"], brief, facts)
        assign(store, "s3", "story:a")  # the story grows: its stored brief goes
        assert store.load_brief("story:a", 80, "v1") is None
        assert store._db.execute("SELECT count(*) FROM story_briefs").fetchone()[0] == 0


def test_migration_4_summarises_the_stories_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with story_store(path) as store:
        for article_id, story_id in [
            ("s1", "story:a"),
            ("s2", "story:a"),
            ("s3", "story:b"),
            ("s5", "story:b"),
        ]:
            assign(store, article_id, story_id, opened=article_id in {"s1", "s3"})
        expected = store.list_stories(limit=10)
    db = sqlite3.connect(path)  # take the file back to schema version 3
    triggers = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for trigger in triggers:
        db.execute(f"DROP TRIGGER {trigger}")
    for table in ("stories", "story_outlets", "story_briefs"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP INDEX story_articles_story_day")
    db.execute("DELETE FROM schema_migrations WHERE version >= 4")
    db.commit()
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'stories'").fetchone()[0] == 0
    db.close()
    with Store(path) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.list_stories(limit=10) == expected
        assert [s.articles for s in expected] == [2, 2]
