from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

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
