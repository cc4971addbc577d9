"""The Spark engine: its pure pieces (record serialisation, input splits, time blocks, stitching, the LSH
band join) on literal input, then one Spark run on `local[2]` compared with the local engine."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.engines import local
from khabar.engines.local import process_documents
from khabar.engines.records import article_from_json, article_to_json
from khabar.engines.spark import band_keys, block_memberships, bucket_edges, stitch
from khabar.engines.splits import list_splits, read_split
from khabar.group import bcubed, find_families
from khabar.ingest import read_sources
from khabar.model import Article, RawDocument, Sentence, Span
from khabar.store import Store
from khabar.unionfind import DisjointSets
from tests.conftest import EXAMPLES, run_khabar, shared_data

# ---------- records ----------


def _fields(article: Article) -> dict[str, object]:
    return {name: getattr(article, name) for name in Article.__slots__}


def test_processed_articles_round_trip_through_json() -> None:
    docs = [d for d in read_sources([EXAMPLES / "pages"]) if isinstance(d, RawDocument)][:4]
    articles = [a for found in process_documents(docs) for a in found]
    assert articles and any(a.mentions for a in articles) and any(a.quotes for a in articles)
    for article in articles:
        assert _fields(article_from_json(article_to_json(article))) == _fields(article)


@given(title=st.text(max_size=40), text=st.text(min_size=1, max_size=200), published=st.booleans())
@settings(max_examples=60, deadline=None)
def test_any_text_round_trips(title: str, text: str, published: bool) -> None:
    article = Article(
        id="x",
        source="s",
        locator="line 3",
        format="jsonl",
        title=title,
        text=text,
        raw_text=text,
        published=datetime(2015, 7, 26, 10, 30) if published else None,
        sentences=[Sentence(0, Span(0, len(text)), text)],
        meta={"k": title},
    )
    assert _fields(article_from_json(article_to_json(article))) == _fields(article)


# ---------- input splits ----------


def _items(found: object) -> list[tuple[str, str, str]]:
    return [
        (type(x).__name__, x.locator, x.text if isinstance(x, RawDocument) else x.message)  # type: ignore[attr-defined]
        for x in found  # type: ignore[attr-defined]
    ]


line_kind = st.sampled_from(["record", "record", "record", "blank", "broken"])


@given(kinds=st.lists(line_kind, min_size=1, max_size=40), size=st.integers(1, 9), packed=st.booleans())
@settings(max_examples=40, deadline=None)
def test_splits_read_exactly_what_the_reader_reads(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[str], size: int, packed: bool
) -> None:
    folder = tmp_path_factory.mktemp("splits")
    lines = []
    for i, kind in enumerate(kinds):
        if kind == "record":
            lines.append(json.dumps({"id": f"r{i}", "title": f"عنوان {i}", "content": f"نص الخبر رقم {i}"}))
        elif kind == "blank":
            lines.append("")
        else:
            lines.append('{"id": "broken", ')
    data = "\n".join(lines).encode("utf-8")
    path = folder / ("feed.jsonl.gz" if packed else "feed.jsonl")
    path.write_bytes(gzip.compress(data) if packed else data)
    (folder / "page.txt").write_text("خبر قصير\nنص الصفحة", "utf-8")
    splits, problems = list_splits([folder], size)
    assert not problems
    got = [item for split in splits for item in read_split(split)]
    assert _items(got) == _items(read_sources([folder]))
    assert all(s.lines <= size for s in splits if s.path)


# ---------- time blocks and stitching ----------


def _dated(aid: str, when: datetime | None) -> Article:
    return Article(
        id=aid, source="s", locator="", format="text", title="", text="", raw_text="", published=when
    )


def test_block_membership_adds_the_next_blocks_warm_up_within_one_window() -> None:
    first, window = date(2015, 7, 20), timedelta(days=3)
    late = _dated("a", datetime(2015, 7, 25, 12))  # day 5 of block 0; block 1 starts on the 27th
    early = _dated("b", datetime(2015, 7, 21, 12))
    undated = _dated("c", None)
    assert block_memberships(late, first, 7, 3, window) == [(0, True), (1, False)]
    assert block_memberships(early, first, 7, 3, window) == [(0, True)]
    assert block_memberships(undated, first, 7, 3, window) == [(3, True)]
    last = _dated("d", datetime(2015, 8, 12))  # in the last block: no next one
    assert block_memberships(last, first, 7, 3, window) == [(3, True)]


def test_stitch_joins_chains_under_the_earliest_blocks_story() -> None:
    names = stitch(
        [((1, "story:x"), (0, "story:a")), ((2, "story:y"), (1, "story:x")), ((1, "story:z"), (0, "story:b"))]
    )
    assert names[(2, "story:y")] == names[(1, "story:x")] == names[(0, "story:a")] == "story:a"
    assert names[(1, "story:z")] == "story:b"
    assert (0, "story:c") not in names


# ---------- the LSH band join ----------

WIRE = (
    "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات مع الجانب الآخر كانت بناءة ومثمرة "
    "وإن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة من أجل التوصل إلى حل شامل للأزمة القائمة "
    "بين البلدين منذ سنوات طويلة وأضاف أن الاتفاق يشمل التعاون في مجالات الطاقة والنقل والتجارة"
)


def test_band_join_finds_the_same_families_as_the_index() -> None:
    base = datetime(2015, 7, 26, 8)
    articles = [
        _dated("w1", base),
        _dated("w2", base + timedelta(hours=1)),
        _dated("w3", base + timedelta(hours=2)),
        _dated("other", base),
        _dated("short", base),
    ]
    articles[0].text = WIRE
    articles[1].text = WIRE + " وتابع الوزير حديثه عن الاقتصاد"
    articles[2].text = "أعلنت الوزارة اليوم " + WIRE[: len(WIRE) * 3 // 4]
    articles[
        3
    ].text = "شهدت المدينة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية وتعطيل حركة السير لساعات"
    articles[4].text = "خبر قصير"
    buckets: dict[tuple[int, bytes], list[Article]] = {}
    for article in articles:
        for key in band_keys(article):
            buckets.setdefault(key, []).append(article)
    assert band_keys(articles[4]) == []
    sets, index = DisjointSets(len(articles)), {a.id: i for i, a in enumerate(articles)}
    for members in buckets.values():
        for a, b in bucket_edges(members):
            sets.union(index[a], index[b])
    components = sorted(
        sorted(articles[i].id for i in group) for group in sets.groups().values() if len(group) > 1
    )
    expected = sorted(sorted(f.members) for f in find_families(articles))
    assert components == expected == [["w1", "w2", "w3"]]


# ---------- one Spark run against the local engine ----------


def test_spark_engine_needs_an_output_folder() -> None:
    result = run_khabar("analyze", "--engine", "spark", str(EXAMPLES / "pages"))
    assert result.returncode == 2
    assert "--out" in result.stderr


def test_load_refuses_a_folder_that_is_not_spark_output(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    result = run_khabar("load", str(tmp_path), "--db", str(tmp_path / "k.db"))
    assert result.returncode == 2
    assert "not a khabar Spark output" in result.stderr
    assert not (tmp_path / "k.db").exists()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    lines = shared_data("stories", "saudinewsnet-dev.jsonl").read_text("utf-8").splitlines()[:150]
    (folder / "day.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "content": \n', "utf-8")
    return [folder, EXAMPLES / "pages"]


@pytest.fixture(scope="module")
def runs(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None:
        pytest.skip("the Spark engine needs Java (17+), which is not on PATH")
    from khabar.engines.spark import analyze_spark, spark_session

    folder = tmp_path_factory.mktemp("runs")
    session = spark_session("local[2]", shuffle_partitions=2, app="khabar-tests")
    session.sparkContext.setLogLevel("ERROR")
    try:
        summary = analyze_spark(corpus, folder / "out", spark=session)
    finally:
        session.stop()
    assert summary.articles_added > 150 and summary.blocks > 1
    assert any("broken.jsonl" in p.source for p in summary.problems)
    with Store(folder / "local.db") as store:
        local.analyze(corpus, store, workers=1)
        local.group_stories(store)
    return folder / "out", folder / "local.db"


def _table(folder: Path, name: str) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    return pq.read_table(folder / name).to_pylist()


def test_stories_and_families_agree_with_the_local_engine(runs: tuple[Path, Path]) -> None:
    out, db = runs
    ours = {str(r["article_id"]): str(r["story_id"]) for r in _table(out, "stories")}
    with closing(sqlite3.connect(db)) as conn:
        theirs = dict(conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        families = sorted(conn.execute("SELECT article_id, family_id FROM family_members").fetchall())
    assert ours.keys() == theirs.keys()
    _, _, f1 = bcubed(ours, theirs)
    assert f1 >= 0.99
    assert sorted((r["article_id"], r["family_id"]) for r in _table(out, "families")) == families


def test_articles_are_the_local_engines(runs: tuple[Path, Path]) -> None:
    out, db = runs
    with Store(db) as store:
        for row in _table(out, "articles"):
            stored = store.get_article(str(row["id"]))
            assert stored is not None and stored.text == row["text"] and stored.title == row["title"]
            assert _fields(article_from_json(str(row["record"]))) == _fields(stored)
        assert store.count_articles() == len(_table(out, "articles"))


def test_every_story_of_two_or_more_articles_has_a_brief_and_facts(runs: tuple[Path, Path]) -> None:
    out, _ = runs
    sizes: dict[str, int] = {}
    for row in _table(out, "stories"):
        sizes[str(row["story_id"])] = sizes.get(str(row["story_id"]), 0) + 1
    briefs = {str(r["story_id"]): r for r in _table(out, "briefs")}
    assert set(briefs) == {s for s, n in sizes.items() if n >= 2}
    assert all(json.loads(str(b["brief"]))["story"] == s and b["markdown"] for s, b in briefs.items())
    assert {r["story_id"] for r in _table(out, "facts")} <= set(briefs)


def test_load_then_the_cli_serves_the_spark_corpus(runs: tuple[Path, Path], tmp_path: Path) -> None:
    out, db = runs
    loaded = tmp_path / "loaded.db"
    result = run_khabar("load", str(out), "--db", str(loaded))
    assert result.returncode == 0, result.stderr
    again = run_khabar("load", str(out), "--db", str(loaded))
    assert again.returncode == 0 and "loaded 0 documents" in again.stdout, again.stdout
    listed = run_khabar("stories", "--db", str(loaded), "--json", "--limit", "10000")
    assert listed.returncode == 0, listed.stderr
    stories = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    with Store(db) as store, Store(loaded) as ours:
        assert len(stories) == store.count_stories() == ours.count_stories()
        assert ours.count_articles() == store.count_articles()
        assert all(s["headline"] is not None for s in stories)
    biggest = max(stories, key=lambda s: s["articles"])
    brief = run_khabar("brief", biggest["id"], "--db", str(loaded))
    assert brief.returncode == 0 and brief.stdout.startswith("# ")
