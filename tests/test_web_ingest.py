"""Writing through the API: POST /api/articles (JSON body or file), its limits and its token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from khabar.engines.local import analyze, group_stories
from khabar.store import Store
from khabar.web import create_app, is_loopback

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"
BODY = "\n".join(
    [
        "وصل وزير الخارجية إلى العاصمة مساء الخميس في زيارة تستمر يومين <script>alert(1)</script> بحسب ما أعلنت وزارته.",
        "وقال المتحدث باسم الوزارة إن المحادثات ستتناول ملفات التعاون الاقتصادي بين البلدين بشكل مفصل.",
        "وأضاف أن الجانبين سيبحثان أيضاً سبل تعزيز التعاون خلال الأشهر المقبلة <b onmouseover=x>بين البلدين</b>.",
    ]
)
ARTICLE = {
    "title": "زيارة الوزير <script>alert(1)</script>",
    "outlet": "مصدر الاختبار",
    "date": "2024-03-27 10:00:00",
    "url": "javascript:alert(1)",
    "text": BODY,
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-ingest") / "k.db"
    with Store(path) as store:
        analyze([EXAMPLES], store)
        group_stories(store)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, max_upload_bytes=1024 * 1024)) as test_client:
        yield test_client


def article_count(client: TestClient) -> int:
    return client.get("/api/articles", params={"limit": 1}).json()["total"]


def test_script_in_article_text_is_shown_inert(client: TestClient) -> None:
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 201, response.text
    [added] = response.json()["articles"]
    assert added["story"]  # grouped into a story straight away
    stored = client.get(f"/api/articles/{added['id']}").json()
    assert "<script>alert(1)</script>" in stored["text"]  # the text is kept as written...
    html = client.get(f"/articles/{added['id']}").text
    assert "<script" not in html and "<b onmouseover" not in html  # ...but never becomes markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    story_html = client.get(f"/stories/{added['story'].removeprefix('story:')}").text
    assert "<script" not in story_html


def test_posting_the_same_article_again_adds_nothing(client: TestClient) -> None:
    client.post("/api/articles", json=ARTICLE)
    before = article_count(client)
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 200 and response.json()["articles_added"] == 0
    assert article_count(client) == before


def test_file_upload_is_ingested(client: TestClient) -> None:
    before = article_count(client)
    page = "افتتاح مكتبة عامة جديدة في المدينة\n\n" + BODY.replace("<script>alert(1)</script>", "بعد الظهر")
    response = client.post("/api/articles", files={"file": ("page.txt", page.encode("utf-8"), "text/plain")})
    assert response.status_code == 201, response.text
    assert article_count(client) == before + 1
    body = response.json()
    (article,) = body["articles"]
    assert article["story"]
    stored = client.get(f"/api/articles/{article['id']}").json()
    assert stored["source"] == "upload:page.txt"  # not the server's temporary file


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.bin", bytes(range(256)) * 64),
        ("broken.jsonl", b'{not json\n{"title": "no text"}\n'),
        ("empty.txt", b""),
        ("broken.warc.gz", b"\x1f\x8b\x08\x00garbage"),
    ],
)
def test_a_bad_file_is_4xx_and_loses_nothing(client: TestClient, name: str, data: bytes) -> None:
    before = article_count(client)
    stories = client.get("/api/stories").json()["total"]
    response = client.post("/api/articles", files={"file": (name, data, "application/octet-stream")})
    assert 400 <= response.status_code < 500
    assert article_count(client) == before
    assert client.get("/api/stories").json()["total"] == stories


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"{bad", "application/json"),
        (b'[{"title": "no text"}]', "application/json"),
        (b"[]", "application/json"),
        (b"x", "text/plain"),
    ],
)
def test_a_bad_body_is_4xx(client: TestClient, content: bytes, kind: str) -> None:
    before = article_count(client)
    response = client.post("/api/articles", content=content, headers={"content-type": kind})
    assert 400 <= response.status_code < 500 and response.json()["detail"]
    assert article_count(client) == before


def test_an_oversized_upload_is_413(client: TestClient) -> None:
    before = article_count(client)
    big = b"\xd9\x86" * (600 * 1024)  # 1.2 MB against a 1 MB limit
    response = client.post("/api/articles", files={"file": ("big.txt", big, "text/plain")})
    assert response.status_code == 413
    assert article_count(client) == before


def test_cross_origin_writes_are_refused(client: TestClient) -> None:
    response = client.post("/api/articles", json=ARTICLE, headers={"origin": "https://evil.example"})
    assert response.status_code == 403


def test_non_loopback_host_requires_a_token(db: Path) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    open_host = TestClient(create_app(db, host="0.0.0.0"))
    assert open_host.post("/api/articles", json=ARTICLE).status_code == 403
    guarded = TestClient(create_app(db, host="0.0.0.0", token="s3cret"))
    assert guarded.post("/api/articles", json=ARTICLE).status_code == 401
    wrong = guarded.post("/api/articles", json=ARTICLE, headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = guarded.post("/api/articles", json=ARTICLE, headers={"authorization": "Bearer s3cret"})
    assert right.status_code in (200, 201)
    header = guarded.post("/api/articles", json=ARTICLE, headers={"x-khabar-token": "s3cret"})
    assert header.status_code in (200, 201)
    assert guarded.get("/api/stories").status_code == 200  # reading stays open
