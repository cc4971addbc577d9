"""The command line as a user meets it: real subprocesses, real files, bad input included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.arabic import normalize
from tests.conftest import EXAMPLES, run_khabar, shared_data

PAGE = """الرئيسية | سياسة | اقتصاد | رياضة
وزير الخارجية يبحث في موسكو التعاون لمكافحة الإرهاب
نُشر في: الخميس 14 يوليو 2016 - 10:32
وصل وزير الخارجية الأمريكي جون كيري إلى موسكو الخميس في زيارة تستمر يومين يلتقي خلالها الرئيس الروسي.
وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو لم تتسلم بعد أي عرض أميركي مكتوب حتى الآن.
وأضاف أن الجانب الروسي يرحب بأي تنسيق جدي في مكافحة الجماعات المتطرفة في سوريا خلال المرحلة المقبلة.
اقرأ أيضا
© 2016 الرصد. جميع الحقوق محفوظة
"""


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "k.db"
    result = run_khabar("analyze", str(EXAMPLES / "pages"), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    return db


def test_help_teaches_the_commands() -> None:
    result = run_khabar("--help")
    assert result.returncode == 0
    for command in ("analyze", "articles", "show", "search", "eval"):
        assert command in result.stdout


def test_analyze_the_example_corpus_then_again_adds_nothing(example_db: Path) -> None:
    listing = run_khabar("articles", "--db", str(example_db), "--json", "--limit", "1000")
    rows = [json.loads(line) for line in listing.stdout.splitlines() if line.strip()]
    assert len(rows) >= 9
    assert len({row["outlet"] for row in rows}) >= 3
    again = run_khabar("analyze", str(EXAMPLES / "pages"), "--db", str(example_db), "--quiet")
    assert again.returncode == 0
    assert "Nothing new" in again.stdout
    relisting = run_khabar("articles", "--db", str(example_db), "--json", "--limit", "1000")
    assert len(relisting.stdout.splitlines()) == len(rows)


def test_show_by_prefix_and_unknown_id(example_db: Path) -> None:
    listing = run_khabar("articles", "--db", str(example_db), "--json", "--limit", "1000")
    first = next(
        row for row in map(json.loads, listing.stdout.splitlines()) if row["source"].endswith(".txt")
    )
    shown = run_khabar("show", first["id"][:8], "--db", str(example_db))
    assert shown.returncode == 0 and first["title"] in shown.stdout
    raw = run_khabar("show", first["id"], "--db", str(example_db), "--raw")
    assert raw.returncode == 0 and "boilerplate" in raw.stdout
    missing = run_khabar("show", "zzzz-no-such-id", "--db", str(example_db))
    assert missing.returncode == 2 and "no article" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_search_matches_spelling_variants(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PAGE, "utf-8")
    db = str(tmp_path / "k.db")
    assert run_khabar("analyze", str(tmp_path / "in"), "--db", db, "-q").returncode == 0
    for query in ("الكرملين", "والكرملين", "كرملين", "الأمريكي", "الامريكى", "سوريا"):
        result = run_khabar("search", query, "--db", db, "--json")
        assert result.returncode == 0
        assert len(result.stdout.splitlines()) == 1, query
    none = run_khabar("search", "باريس", "--db", db)
    assert none.returncode == 0 and "No article" in none.stdout


def test_bad_inputs_are_named_counted_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(PAGE, "utf-8")
    (folder / "legacy.txt").write_bytes(PAGE.replace("موسكو", "الرياض").encode("cp1256"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 5000)
    (folder / "broken.jsonl").write_text(
        '{"title": "عنوان", "content": "نص الخبر كاملا هنا."}\n{oops\n', "utf-8"
    )
    (folder / "noarticle.html").write_text("<html><body><nav>الرئيسية</nav></body></html>", "utf-8")
    (folder / "huge.txt").write_bytes(b"a" * (50 * 1024 * 1024))
    db = str(tmp_path / "k.db")
    result = run_khabar("analyze", str(folder), "--db", db, "-q")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "binary.txt", "noarticle.html", "huge.txt"):
        assert name in result.stderr, name
    assert "broken.jsonl (line 2)" in result.stderr
    listing = run_khabar("articles", "--db", db, "--json")
    titles = [json.loads(line)["title"] for line in listing.stdout.splitlines()]
    assert len(titles) == 3  # good.txt, legacy.txt (windows-1256) and the good JSON line


def test_stdin_and_field_mapping(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    record = {
        "hed": "عنوان من مصدر آخر",
        "story_body": "هذا نص خبر كامل وصل عبر مدخل قياسي مع حقول غير مألوفة.",
    }
    line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    result = run_khabar(
        "analyze", "-", "--db", db, "-q", "--field", "title=hed", "--field", "text=story_body", stdin=line
    )
    assert result.returncode == 0, result.stderr
    listing = run_khabar("articles", "--db", db, "--json")
    assert json.loads(listing.stdout.splitlines()[0])["title"] == record["hed"]
    bad = run_khabar("analyze", "-", "--db", db, "--field", "nonsense", stdin=line)
    assert bad.returncode == 2 and "OURS=THEIRS" in bad.stderr


def test_clear_errors_for_missing_inputs(tmp_path: Path) -> None:
    missing = run_khabar("analyze", str(tmp_path / "nowhere"), "--db", str(tmp_path / "k.db"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    no_db = run_khabar("articles", "--db", str(tmp_path / "absent.db"))
    assert no_db.returncode == 2 and "no such database" in no_db.stderr
    not_db = tmp_path / "notes.db"
    not_db.write_text("hello " * 500)
    bad_db = run_khabar("articles", "--db", str(not_db))
    assert bad_db.returncode == 2 and "not a usable" in bad_db.stderr
    for result in (missing, no_db, bad_db):
        assert "Traceback" not in result.stderr


def test_eval_clean_prints_one_json_object_and_rejects_malformed_gold(tmp_path: Path) -> None:
    gold = shared_data("seeds-gold", "lines.jsonl")
    docs = shared_data("seeds")
    result = run_khabar("eval", "clean", "--gold", str(gold), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "lines"} <= scores.keys()
    assert scores["lines"] == 99
    malformed = tmp_path / "gold.jsonl"
    malformed.write_text(
        '{"doc": "000_70058f0de96a2261", "line": 1, "label": "body", "text": "x"}\n{not json\n'
    )
    bad = run_khabar("eval", "clean", "--gold", str(malformed), "--docs", str(docs))
    assert bad.returncode == 2 and "line 2" in bad.stderr and "Traceback" not in bad.stderr


def test_entity_finds_spelling_variants_and_surnames(example_db: Path) -> None:
    by_variant = run_khabar("entity", "الهاجرى", "--db", str(example_db), "--json")
    assert by_variant.returncode == 0, by_variant.stderr
    [record] = [json.loads(line) for line in by_variant.stdout.splitlines()]
    assert {"ناصر الهاجري", "الهاجري"} <= set(record["variants"])
    assert len(record["outlets"]) >= 2 and record["articles"] >= 2
    unknown = run_khabar("entity", "شخص لا وجود له", "--db", str(example_db))
    assert unknown.returncode == 2 and "no entity" in unknown.stderr


def test_quotes_by_speaker_are_attributed(example_db: Path) -> None:
    result = run_khabar("quotes", "--speaker", "الهاجري", "--db", str(example_db), "--json")
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found) >= 2
    assert all(normalize("الهاجري") in normalize(quote["speaker_name"]) for quote in found)
    assert any(quote["direct"] for quote in found) and any(not quote["direct"] for quote in found)


def test_eval_quotes_and_ner_print_their_scores(tmp_path: Path) -> None:
    quotes = run_khabar(
        "eval",
        "quotes",
        "--gold",
        str(shared_data("seeds-gold", "quotes.jsonl")),
        "--docs",
        str(shared_data("seeds")),
    )
    assert quotes.returncode == 0, quotes.stderr
    scores = json.loads(quotes.stdout)
    assert scores["detection"]["f1"] > 0.8 and scores["attribution"]["f1"] > 0.75
    conll = tmp_path / "gold.conll"
    conll.write_text("وصل O\nجون B-PERS\nكيري I-PERS\nإلى O\nموسكو B-LOC\n. O\n", "utf-8")
    ner = run_khabar("eval", "ner", "--gold", str(conll))
    assert ner.returncode == 0, ner.stderr
    assert {"precision", "recall", "f1", "per_type"} <= json.loads(ner.stdout).keys()
    conll.write_text("وصل O\nجون B-PERS EXTRA\n", "utf-8")
    bad = run_khabar("eval", "ner", "--gold", str(conll))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_stories_group_outlets_and_story_shows_members(example_db: Path) -> None:
    listing = run_khabar("stories", "--db", str(example_db), "--json")
    assert listing.returncode == 0, listing.stderr
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert sum(row["articles"] for row in rows) >= 9
    biggest = max(rows, key=lambda row: row["articles"])
    assert biggest["articles"] >= 3 and len(biggest["outlets"]) >= 3
    shown = run_khabar("story", biggest["id"].removeprefix("story:")[:8], "--db", str(example_db), "--json")
    assert shown.returncode == 0, shown.stderr
    members = json.loads(shown.stdout)["members"]
    assert len(members) == biggest["articles"]
    missing = run_khabar("story", "no-such-story", "--db", str(example_db))
    assert missing.returncode == 2 and "no story" in missing.stderr
    quotes = run_khabar("quotes", "--story", biggest["id"], "--db", str(example_db), "--json")
    assert quotes.returncode == 0, quotes.stderr
    member_ids = {member["id"] for member in members}
    assert all(json.loads(line)["article_id"] in member_ids for line in quotes.stdout.splitlines())


def test_brief_cites_every_sentence_within_its_budget(example_db: Path) -> None:
    listing = run_khabar("stories", "--db", str(example_db), "--json")
    biggest = max((json.loads(line) for line in listing.stdout.splitlines()), key=lambda row: row["articles"])
    result = run_khabar("brief", biggest["id"], "--db", str(example_db), "--format", "json", "--words", "80")
    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["sentences"]
    assert all(sentence["citations"] for sentence in brief["sentences"])
    assert sum(len(sentence["text"].split()) for sentence in brief["sentences"]) <= 80
    page = run_khabar("brief", biggest["id"], "--db", str(example_db), "--format", "html")
    assert page.returncode == 0 and 'dir="rtl"' in page.stdout and "<script" not in page.stdout
    markdown = run_khabar("brief", biggest["id"], "--db", str(example_db))
    assert markdown.returncode == 0 and markdown.stdout.startswith("# ")


def test_eval_stance_rejects_a_malformed_csv(tmp_path: Path) -> None:
    bad = tmp_path / "stance.csv"
    bad.write_text("s1,s2,stance\nعنوان أول,عنوان ثان,maybe\n", "utf-8")
    result = run_khabar("eval", "stance", "--gold", str(bad))
    assert result.returncode == 2 and "line 2" in result.stderr and "Traceback" not in result.stderr
