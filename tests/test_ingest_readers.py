"""read_sources over every format and every kind of bad input, built in tmp_path."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.ingest import MAX_DOCUMENT_BYTES, extract_html, read_sources
from khabar.ingest.html import render_html_text
from khabar.model import IngestProblem, RawDocument

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
BODY = "ذكرت صحيفة واشنطن بوست الأميركية الخميس أن واشنطن ستعرض على موسكو التعاون العسكري لمكافحة الإرهاب."
ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8"><title>خطة أمريكية روسية مشتركة</title>
<meta property="og:site_name" content="الرصد"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>خطة أمريكية روسية مشتركة</h1>
<p>{BODY}</p>
<p>ولم ينف وزير الخارجية الأميركي جون كيري الذي يقوم بزيارة إلى موسكو ما أوردته الصحيفة، إلا أنه امتنع عن
الخوض في تفاصيل الاقتراح قبل وصوله إلى الكرملين في زيارة تستمر يومين.</p>
<p>ونقلت الصحيفة عما قالت إنها مسودة اتفاق أن الاقتراح الأميركي ينص على إقامة قيادة مشتركة ومركز مراقبة
لتوجيه غارات جوية مكثفة ضد التنظيمين في سوريا خلال الأسابيع المقبلة.</p>
</article><footer>© 2024 الرصد. جميع الحقوق محفوظة</footer>
<script>var x = "لا";</script></body></html>"""


def read(*paths: Path | str, **kwargs: object) -> list[RawDocument | IngestProblem]:
    return list(read_sources([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def docs(items: list[RawDocument | IngestProblem]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def problems(items: list[RawDocument | IngestProblem]) -> list[IngestProblem]:
    return [item for item in items if isinstance(item, IngestProblem)]


def assert_one_line(items: list[RawDocument | IngestProblem]) -> None:
    for problem in problems(items):
        assert problem.message and "\n" not in problem.message


# --- text -------------------------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    page = f"موسكو - الفرنسية\n{BODY}\nhttps://alrased.example/news/1\n© 2024 الرصد. جميع الحقوق محفوظة\n"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.locator, doc.format, doc.encoding) == (str(path), "", "text", "utf-8")
    assert doc.text == page
    assert doc.meta["dateline"] == "موسكو"
    assert doc.meta["agency"] == "AFP"
    assert doc.meta["url"] == "https://alrased.example/news/1"
    assert doc.meta["outlet"] == "الرصد"
    assert doc.meta["lang"] == "ar"


def test_windows_1256_and_utf16_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes((BODY + "\r\n").encode("cp1256") * 3)
    (tmp_path / "b.txt").write_bytes((BODY + "\n").encode("utf-16"))
    (tmp_path / "c").write_bytes((BODY + "\n").encode("utf-16-le"))
    a, b, c = read(tmp_path)
    assert isinstance(a, RawDocument) and isinstance(b, RawDocument) and isinstance(c, RawDocument)
    assert a.text == (BODY + "\n") * 3 and a.encoding == "cp1256"
    assert b.text == BODY + "\n" and b.encoding.startswith("utf-16")
    assert c.text == BODY + "\n" and c.encoding == "utf-16-le"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", " \n".encode("utf-16")])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    [problem] = read(path)
    assert isinstance(problem, IngestProblem)
    assert problem.message == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 10)
    [problem] = read(path)
    assert isinstance(problem, IngestProblem)
    assert problem.message == "binary file, not text"


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    try:
        items = read(tmp_path / "missing.txt", locked)
    finally:
        locked.chmod(0o644)
    first = items[0]
    assert isinstance(first, IngestProblem)
    assert first.message == "no such file or directory"
    # root can read anything, so the second path is either a document or a permission problem
    second = items[1]
    assert isinstance(second, RawDocument) or second.message == "permission denied"


def test_directory_walk_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    names = [Path(item.source).relative_to(tmp_path).as_posix() for item in read(tmp_path)]
    assert names == ["a.txt", "c.txt", "b/2.txt"]


def test_huge_single_line_text_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    size = 50 * 1024 * 1024
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: cheap to make
    with path.open("r+b") as handle:
        handle.write(b"a" * 1024)  # not all NULs, so only the size check can refuse it
    start = time.perf_counter()
    [problem] = read(path)
    assert time.perf_counter() - start < 2
    assert isinstance(problem, IngestProblem)
    assert f"{size:,} bytes" in problem.message
    assert f"{MAX_DOCUMENT_BYTES / 1024 / 1024:.1f} MB limit" in problem.message


# --- JSON Lines -------------------------------------------------------------------------------------


def _snn(i: int, **extra: object) -> str:
    record = {
        "id": f"2015-07-21-{i:05d}",
        "source": "aawsat",
        "url": f"http://aawsat.com/{i}",
        "date": "2015-07-21 02:51:32",
        "title": "عنوان",
        "author": "لندن: رنيم حنوش",
        "content": BODY,
    }
    record.update(extra)
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_saudinewsnet_layout(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(_snn(i) for i in range(3)) + "\n", encoding="utf-8")
    items = read(path)
    assert [item.locator for item in items] == ["line 1", "line 2", "line 3"]
    doc = docs(items)[0]
    assert doc.format == "jsonl" and doc.text == BODY
    assert doc.meta == {
        "id": "2015-07-21-00000",
        "title": "عنوان",
        "date": "2015-07-21 02:51:32",
        "url": "http://aawsat.com/0",
        "outlet": "aawsat",
        "author": "لندن: رنيم حنوش",
        "lang": "ar",
    }


def test_jsonl_ant_layout_and_aliases(tmp_path: Path) -> None:
    ant = {"id": "AL-1", "source": "Alarabia", "category": "culture", "url": "u", "date": "d", "title": "t",
           "abstract": "ملخص", "content": BODY}  # fmt: skip
    other = {"headline": "h", "body": BODY, "pubDate": "p", "link": "l", "publisher": "pub", "extra": 3}
    path = tmp_path / "b.ndjson"
    path.write_text(json.dumps(ant) + "\n\n" + json.dumps(other) + "\n", encoding="utf-8")
    a, b = read(path)
    assert isinstance(a, RawDocument) and isinstance(b, RawDocument)
    assert a.meta["outlet"] == "Alarabia" and a.meta["category"] == "culture" and a.meta["abstract"] == "ملخص"
    assert b.locator == "line 3"
    assert (b.meta["title"], b.meta["date"], b.meta["url"], b.meta["outlet"]) == ("h", "p", "l", "pub")
    assert b.meta["extra"] == "3"


def test_jsonl_field_map(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"story_body": BODY, "hed": "عنوان", "content": "x"}) + "\n", encoding="utf-8")
    [doc] = read(path, field_map={"text": "story_body", "title": "hed"})
    assert isinstance(doc, RawDocument)
    assert doc.text == BODY and doc.meta["title"] == "عنوان"


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    lines = [_snn(1), '{"id": 2, "content": "broken', "[1, 2]", json.dumps({"id": 4, "title": "no text"}),
             json.dumps({"content": "   "}), _snn(6)]  # fmt: skip
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    assert_one_line(items)
    assert [type(item).__name__ for item in items] == ["RawDocument"] + ["IngestProblem"] * 4 + [
        "RawDocument"
    ]
    assert items[1].locator == "line 2" and items[1].message.startswith("invalid JSON")
    assert "array" in items[2].message
    assert items[3].message.startswith("record has no text")
    assert items[5].locator == "line 6"


def test_gzipped_jsonl_and_json_array(tmp_path: Path) -> None:
    gz = tmp_path / "e.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(_snn(i) for i in range(4)))
    array = tmp_path / "f.json"
    array.write_text(json.dumps([json.loads(_snn(1)), 5], ensure_ascii=False, indent=2), encoding="utf-8")
    pretty = tmp_path / "g.json"
    pretty.write_text(json.dumps(json.loads(_snn(2)), indent=2), encoding="utf-8")
    items = read(gz, array, pretty)
    assert [item.locator for item in items] == [
        "line 1",
        "line 2",
        "line 3",
        "line 4",
        "item 1",
        "item 2",
        "",
    ]
    assert isinstance(items[5], IngestProblem)
    assert all(isinstance(item, RawDocument) for i, item in enumerate(items) if i != 5)


def test_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "h.jsonl"
    path.write_bytes(("\n".join(_snn(i) for i in range(2)) + "\n").encode("utf-16"))
    items = read(path)
    assert [doc.text for doc in docs(items)] == [BODY, BODY]


def test_jsonl_with_50mb_line_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(_snn(1).encode() + b"\n")
        handle.write(b'{"content": "')
        block = b"x" * (1024 * 1024)
        for _ in range(50):
            handle.write(block)
        handle.write(b'"}\n')
        handle.write(_snn(3).encode() + b"\n")
    start = time.perf_counter()
    items = read(path)
    assert time.perf_counter() - start < 2
    assert [type(item).__name__ for item in items] == ["RawDocument", "IngestProblem", "RawDocument"]
    assert items[1].locator == "line 2"
    assert "52,428,816 bytes" in items[1].message and "limit" in items[1].message


def test_empty_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "i.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [problem] = read(path)
    assert isinstance(problem, IngestProblem) and problem.message == "empty file"


# --- HTML -------------------------------------------------------------------------------------------


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.format == "html" and doc.html == ARTICLE_HTML
    assert BODY in doc.text
    assert "الرئيسية" not in doc.text and "var x" not in doc.text
    assert doc.meta["extractor"] == "trafilatura"
    assert doc.meta["title"] == "خطة أمريكية روسية مشتركة"
    assert not doc.text.startswith(doc.meta["title"])


def test_html_windows_1256_declared(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1256"').replace("©", "(c)")
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("cp1256"))
    [doc] = read(path)
    assert isinstance(doc, RawDocument) and doc.encoding == "cp1256" and BODY in doc.text


def test_html_fallback_renderer() -> None:
    html = "<html><body><div><p>سطر أول قصير</p><ul><li>بند</li></ul><div>نص <b>داخلي</b></div></div>" \
        "<aside>جانبي</aside><footer>تذييل</footer><script>x()</script></body></html>"  # fmt: skip
    text, title = render_html_text(html)
    assert title is None
    assert text.split("\n") == ["سطر أول قصير", "بند", "نص داخلي"]


def test_extract_html_falls_back_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    text, meta = extract_html(ARTICLE_HTML, url="https://alrased.example/a")
    assert meta["extractor"] == "fallback"
    assert meta["title"] == "خطة أمريكية روسية مشتركة"
    assert meta["url"] == "https://alrased.example/a"
    lines = text.split("\n")
    assert lines[0] == BODY  # the <h1> repeating the title is dropped
    assert "الرئيسية" not in text and "var x" not in text and "الرصد" not in text


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<!doctype html><html><head><title>الصفحة</title><script>x()</script></head>"
        '<body><img src="a.png"><nav><a href="/"></a></nav><footer></footer></body></html>',
        encoding="utf-8",
    )
    [problem] = read(path)
    assert isinstance(problem, IngestProblem)
    assert problem.message == "no article text found in HTML page"


def test_html_sniffed_from_stdin() -> None:
    [doc] = read("-", stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert isinstance(doc, RawDocument)
    assert doc.source == "<stdin>" and doc.format == "html"


# --- WARC -------------------------------------------------------------------------------------------


def _warc(path: Path, *, gz: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        pages = [
            ("https://alrased.example/a", "text/html; charset=utf-8", ARTICLE_HTML.encode()),
            ("https://alrased.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://alrased.example/b", "text/html; charset=windows-1256", ARTICLE_HTML.encode("cp1256")),
        ]
        for url, content_type, payload in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, gz=name.endswith(".gz"))
    items = read(path)
    assert [item.locator for item in items] == ["record 1", "record 3"]
    first, second = docs(items)
    assert first.format == "warc" and BODY in first.text and first.html
    assert first.meta["url"] == "https://alrased.example/a"
    assert "date" in first.meta
    assert second.encoding == "cp1256" and BODY in second.text


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    _warc(path, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)])
    items = read(path)
    assert_one_line(items)
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], IngestProblem)


# --- feeds ------------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>الرصد</title><link>https://alrased.example</link>
<item><title>خبر أول</title><link>https://alrased.example/1</link><pubDate>Thu, 14 Jul 2016 10:00:00 GMT</pubDate>
<author>desk@alrased.example (حسن عباس)</author>
<description><![CDATA[<p>{BODY}</p><p>فقرة ثانية</p>]]></description></item>
<item><title>بلا نص</title><link>https://alrased.example/2</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الرصد</title><id>urn:x</id><updated>2016-07-14T10:00:00Z</updated>
<entry><title>خبر</title><link href="https://alrased.example/3"/><id>urn:3</id>
<updated>2016-07-14T10:00:00Z</updated><author><name>حسن عباس</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_rss(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read(path)
    assert isinstance(first, RawDocument) and isinstance(second, IngestProblem)
    assert first.format == "feed" and first.locator == "item 1"
    assert first.text == BODY + "\nفقرة ثانية"
    assert first.meta["url"] == "https://alrased.example/1" and first.meta["outlet"] == "الرصد"
    assert first.meta["title"] == "خبر أول" and first.meta["date"].startswith("Thu, 14 Jul 2016")
    assert second.locator == "item 2"


def test_atom_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == BODY and doc.meta["author"] == "حسن عباس" and doc.meta["date"].startswith("2016")


def test_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "none.xml"
    path.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    [problem] = read(path)
    assert isinstance(problem, IngestProblem) and problem.message.startswith("feed has no entries")


# --- robustness -------------------------------------------------------------------------------------


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    data = gzip.compress(("\n".join(_snn(i) for i in range(200))).encode())
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    assert_one_line(items)
    assert isinstance(items[-1], IngestProblem)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=2000),
    name=st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.json", "x.warc", "x.rss", "x.gz", "x"]),
)
def test_read_sources_never_raises(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = read(path) + read("-", stdin=io.BytesIO(data))
    assert items
    assert_one_line(items)


# --- real data --------------------------------------------------------------------------------------


@pytest.mark.parametrize("corpus", ["saudinewsnet", "ant"])
def test_real_corpora_first_200(corpus: str) -> None:
    path = DATA / corpus / "articles.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {path}")
    items = list(itertools.islice(read_sources([path]), 200))
    found = docs(items)
    assert len(found) >= 190
    for doc in found:
        assert doc.text.strip()
        assert {"id", "title", "url", "outlet", "date"} <= doc.meta.keys()
    if corpus == "ant":
        assert all("category" in doc.meta for doc in found)
