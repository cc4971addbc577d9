from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.engines import local
from khabar.store import Store

BODY = [
    "وصل وزير الخارجية الأميركي إلى العاصمة الروسية مساء الخميس في زيارة تستمر يومين، بحسب ما أعلنت وزارته.",
    "وقال المتحدث باسم الوزارة إن المحادثات ستتناول الأزمة السورية وملف مكافحة الإرهاب بشكل مفصل.",
    "وأضاف أن الجانبين سيبحثان أيضاً سبل تعزيز التعاون الاقتصادي بين البلدين خلال الأشهر المقبلة.",
]


def write_corpus(folder: Path, pages: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    records = [
        {
            "id": f"rec-{i}",
            "source": "alrased",
            "url": f"https://alrased.example/{i}",
            "date": "2016-07-15 10:00:00",
            "title": f"خبر رقم {i} عن زيارة الوزير",
            "author": "",
            "content": "\n".join([f"الفقرة الأولى من الخبر {i} تتحدث عن الزيارة وأهدافها المعلنة.", *BODY]),
        }
        for i in range(pages)
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")


def test_a_second_run_adds_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 30)
    with Store(tmp_path / "k.db") as store:
        first = local.analyze([tmp_path / "in"], store, batch_size=7)
        second = local.analyze([tmp_path / "in"], store, batch_size=7)
        assert first.articles_added == 30 and first.documents_new == 30
        assert second.articles_added == 0 and second.documents_known == 30
        assert store.count_articles() == 30


def test_articles_carry_metadata_sentences_and_resolved_dates(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 1)
    with Store(tmp_path / "k.db") as store:
        local.analyze([tmp_path / "in"], store)
        [summary] = store.list_articles()
        article = store.get_article(summary.id)
    assert article is not None
    assert article.outlet == "alrased"
    assert article.published is not None and article.published.date().isoformat() == "2016-07-15"
    assert article.language == "ar"
    assert len(article.sentences) >= 4
    thursday = [t for t in article.time_expressions if "الخميس" in t.text]
    assert thursday and thursday[0].value is not None and thursday[0].value.isoformat() == "2016-07-14"


def test_an_interrupted_run_keeps_whole_batches_and_the_next_run_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "in", 25)
    original = Store.add_document
    calls = {"n": 0}

    def flaky_add_document(self: Store, *args: object, **kwargs: object) -> tuple[int, int]:
        calls["n"] += 1
        if calls["n"] == 13:  # in the middle of the second batch of 10
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    with Store(tmp_path / "k.db") as store:
        monkeypatch.setattr(Store, "add_document", flaky_add_document)
        interrupted = local.analyze([tmp_path / "in"], store, batch_size=10)
        assert interrupted.interrupted
        assert store.count_articles() == 10  # the first batch only: the second was rolled back whole
        monkeypatch.setattr(Store, "add_document", original)
        resumed = local.analyze([tmp_path / "in"], store, batch_size=10)
        assert not resumed.interrupted
        assert resumed.documents_known == 10 and resumed.articles_added == 15
        assert store.count_articles() == 25


def test_worker_processes_give_the_same_store_as_one_process(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 40)
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        local.analyze([tmp_path / "in"], one, batch_size=8)
        local.analyze([tmp_path / "in"], two, batch_size=8, workers=2)
        ids_one = [a.id for a in one.list_articles(limit=100)]
        ids_two = [a.id for a in two.list_articles(limit=100)]
    assert sorted(ids_one) == sorted(ids_two) and len(ids_one) == 40


def test_problems_are_collected_and_do_not_stop_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_corpus(folder, 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with (folder / "feed.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("\n{broken json\n")
    seen: list[str] = []
    with Store(tmp_path / "k.db") as store:
        summary = local.analyze([folder], store, on_problem=lambda p: seen.append(str(p)))
        assert store.count_articles() == 3
    assert len(summary.problems) == 3 == len(seen)
    assert any("empty.txt" in s for s in seen)
    assert any("image.txt" in s for s in seen)
    assert any("feed.jsonl" in s and "line 4" in s for s in seen)


def test_a_later_batch_extends_the_stories_of_an_earlier_run(tmp_path: Path) -> None:
    day_one, day_two = tmp_path / "one", tmp_path / "two"
    story = [
        "اجتاحت سيول جارفة مدينة المرجان الساحلية وأودت بحياة اثني عشر شخصاً وأصابت العشرات.",
        "وقال المتحدث باسم الدفاع المدني ناصر الهاجري إن فرق الإنقاذ تواصل البحث عن مفقودين في الأنفاق.",
        "وأعلنت السلطات تعليق الدراسة في مدارس المرجان وفتح مراكز إيواء للأسر التي غمرت المياه منازلها.",
    ]
    for folder, day, outlet in ((day_one, 14, "الرصد"), (day_two, 15, "الأفق")):
        folder.mkdir()
        record = {
            "id": f"{outlet}-{day}",
            "source": outlet,
            "date": f"2024-03-{day} 10:00:00",
            "title": "سيول المرجان: الدفاع المدني يواصل البحث عن المفقودين",
            "content": "\n".join(story),
        }
        (folder / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    with Store(tmp_path / "k.db") as store:
        local.analyze([day_one], store)
        first = local.group_stories(store)
        local.analyze([day_two], store)
        second = local.group_stories(store)
        assert first.stories_opened == 1 and second.stories_opened == 0
        assert second.stories_extended == 1
        assert store.count_stories() == 1
        [story_row] = store.list_stories()
        assert story_row.articles == 2 and set(story_row.outlets) == {"الرصد", "الأفق"}


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("12 قتيلاً في سيول المرجان | صوت الخليج", "صوت الخليج", "12 قتيلاً في سيول المرجان"),
        ("افتتاح محطة الحاويات - بوابة الساحل", "بوابة الساحل", "افتتاح محطة الحاويات"),
        ("الأفق العربي | ميناء رأس الصخر", "الأفق العربي", "ميناء رأس الصخر"),
        ("«كيري» في موسكو - بوابة الشروق", "الشروق", "«كيري» في موسكو - بوابة الشروق"),
        ("سيول المرجان: 12 وفاة", "المرجان", "سيول المرجان: 12 وفاة"),
        ("وزير الخارجية - الأمريكي يصل", None, "وزير الخارجية - الأمريكي يصل"),
    ],
)
def test_titles_lose_the_outlet_name_the_page_adds(title: str, outlet: str | None, expected: str) -> None:
    from khabar.analyse.metadata import without_site_name

    assert without_site_name(title, outlet) == expected
