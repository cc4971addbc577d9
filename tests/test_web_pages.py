"""The web app's pages and read API over the example corpus (FastAPI TestClient, no server)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from html import escape as html_escape

from fastapi.testclient import TestClient

from khabar.engines.local import analyze, group_stories
from khabar.store import Store
from khabar.web import create_app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("web") / "k.db"
    with Store(db) as store:
        analyze([EXAMPLES], store)
        group_stories(store)
    with TestClient(create_app(db, brief_wait_s=600)) as test_client:  # briefs as made, however slow
        yield test_client


@pytest.fixture(scope="module")
def story_id(client: TestClient) -> str:
    items = client.get("/api/stories", params={"sort": "largest"}).json()["items"]
    return items[0]["id"]


@pytest.fixture(scope="module")
def article_id(client: TestClient) -> str:
    return client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]


@pytest.fixture(scope="module")
def entity_id(client: TestClient, story_id: str) -> str:
    return client.get(f"/api/stories/{story_id}").json()["entities"][0]["id"]


def assert_rtl_page(response: object) -> str:
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert 'name="viewport"' in html
    # every asset is local: no stylesheet or script from another host
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main>")[0])
    return html


def test_every_page_renders_right_to_left(
    client: TestClient, story_id: str, article_id: str, entity_id: str
) -> None:
    pages = [
        "/",
        "/?sort=largest",
        "/?since=2024-03-20&until=2024-03-31",
        "/articles",
        f"/stories/{story_id}",
        f"/stories/{story_id.removeprefix('story:')}",
        f"/articles/{article_id}",
        f"/articles/{article_id}?hl=0-20",
        "/entities",
        "/entities?q=الزهراني",
        f"/entities/{quote(entity_id, safe='')}",
        "/search",
        "/search?q=ميناء",
        "/docs/endpoints",
        "/?entity=الزهراني&min_articles=2&sort=largest",
    ]
    for url in pages:
        assert_rtl_page(client.get(url))


def test_static_css_is_served_locally(client: TestClient) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "text/css" in response.headers["content-type"]


def test_stories_list_is_filtered_by_outlet_and_date(client: TestClient) -> None:
    everything = client.get("/api/stories").json()
    assert everything["total"] == len(everything["items"]) >= 2
    outlet = everything["items"][0]["outlets"][0]
    only = client.get("/api/stories", params={"outlet": outlet}).json()
    assert only["items"] and all(outlet in s["outlets"] for s in only["items"])
    late = client.get("/api/stories", params={"since": "2024-03-25"}).json()["items"]
    assert late and all(s["last_published"][:10] >= "2024-03-25" for s in late)
    assert client.get("/api/stories", params={"until": "1990-01-01"}).json()["items"] == []
    largest = client.get("/api/stories", params={"sort": "largest"}).json()["items"]
    assert [s["articles"] for s in largest] == sorted((s["articles"] for s in largest), reverse=True)
    page = client.get("/", params={"outlet": outlet}).text
    assert f'<option value="{outlet}" selected>' in page


def test_pagination(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == 10
    assert len(first["items"]) == len(second["items"]) == 3
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    stories = client.get("/api/stories", params={"limit": 2, "offset": 1}).json()
    assert stories["limit"] == 2 and stories["offset"] == 1 and len(stories["items"]) == 2
    assert 'rel="next"' in client.get("/articles", params={"limit": 3}).text
    hits = client.get("/api/search", params={"q": "ميناء", "limit": 1, "offset": 1}).json()
    assert len(hits["items"]) == 1


def test_story_api_shape(client: TestClient, story_id: str) -> None:
    story = client.get(f"/api/stories/{story_id}").json()
    for key in (
        "id",
        "headline",
        "articles",
        "outlets",
        "members",
        "brief",
        "facts",
        "divergences",
        "quotes",
        "entities",
    ):
        assert key in story
    assert story["articles"] == len(story["members"]) >= 2
    assert story["brief"]["sentences"] and story["brief"]["story"] == story_id
    assert all({"id", "outlets", "mentions"} <= set(f) for f in story["facts"])
    assert all({"speaker_name", "quotes"} <= set(g) for g in story["quotes"])


def test_story_page_has_citation_chips_to_highlighted_sentences(client: TestClient, story_id: str) -> None:
    html = client.get(f"/stories/{story_id}").text
    chips = re.findall(r'class="chip" href="(/articles/[0-9a-f]+\?hl=\d+-\d+#hl)"', html)
    assert chips
    article = client.get(chips[0])
    assert '<mark id="hl">' in article.text
    assert "التغطية" in html  # the coverage table


def test_article_api_and_page(client: TestClient, article_id: str) -> None:
    record = client.get(f"/api/articles/{article_id}").json()
    assert record["id"] == article_id and record["text"] and record["sentences"]
    assert record["story"] and record["story"].startswith("story:")
    assert client.get(f"/api/articles/{article_id[:8]}").json()["id"] == article_id
    html = client.get(f"/articles/{article_id}").text
    assert "<details" in html and 'class="line boilerplate"' in html  # the removed-lines toggle


def test_entity_api(client: TestClient, entity_id: str) -> None:
    entity = client.get(f"/api/entities/{quote(entity_id, safe='')}").json()
    assert entity["id"] == entity_id and entity["variants"] and entity["articles"] and entity["stories"]
    found = client.get("/api/entities", params={"q": entity["name"]}).json()
    assert entity_id in {e["id"] for e in found["items"]}


def test_search_is_arabic_normalised(client: TestClient) -> None:
    plain = client.get("/api/search", params={"q": "راس الصخر"}).json()["items"]
    hamza = client.get("/api/search", params={"q": "رأس الصخر"}).json()["items"]
    assert plain and {h["id"] for h in plain} == {h["id"] for h in hamza}
    assert "ميناء" in client.get("/search", params={"q": "ميناء"}).text


def test_unknown_ids_are_404(client: TestClient) -> None:
    for url in ("/api/stories/ffffffffffff", "/api/articles/zzzz", "/api/entities/pers:nobody"):
        response = client.get(url)
        assert response.status_code == 404 and "detail" in response.json()
    for url in ("/stories/ffffffffffff", "/articles/zzzz", "/entities/pers:nobody"):
        response = client.get(url)
        assert response.status_code == 404 and 'dir="rtl"' in response.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/stories?limit=0",
        "/api/stories?limit=abc",
        "/api/stories?offset=-1",
        "/api/stories?since=2024-13-40",
        "/api/stories?sort=sideways",
        "/api/articles?limit=100000",
        "/api/search",
        "/api/search?q=",
        "/api/entities",
        "/api/stories/x?words=5",
        "/api/stories?min_articles=0",
        "/api/stories?entity=" + "x" * 201,
        "/stories/x/export?format=pdf",
        "/?since=yesterday",
        "/?limit=abc",
        "/articles/whatever?hl=abc",
    ],
)
def test_malformed_parameters_are_4xx_with_a_message(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500
    if url.startswith("/api/"):
        assert isinstance(response.json()["detail"], str) and response.json()["detail"]
    else:
        assert 'dir="rtl"' in response.text


def test_openapi_is_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
    ):
        assert path in schema["paths"]
    assert "post" in schema["paths"]["/api/articles"]
    assert "/api/articles" in client.get("/docs/endpoints").text
    assert "/stories/{story_id}/export" in schema["paths"]


def test_stories_are_filtered_by_entity_and_size_and_paged_in_sql(client: TestClient, story_id: str) -> None:
    everything = client.get("/api/stories", params={"limit": 500}).json()
    story = client.get(f"/api/stories/{story_id}").json()
    entity = story["entities"][0]
    by_id = client.get("/api/stories", params={"entity": entity["id"]}).json()
    assert story_id in {s["id"] for s in by_id["items"]}
    assert by_id["total"] == len(by_id["items"]) <= everything["total"]
    # every story listed mentions the entity; a name finds the same stories as the id
    for item in by_id["items"]:
        assert entity["id"] in {e["id"] for e in client.get(f"/api/stories/{item['id']}").json()["entities"]}
    by_name = client.get("/api/stories", params={"entity": entity["name"]}).json()
    assert {s["id"] for s in by_id["items"]} <= {s["id"] for s in by_name["items"]}
    assert client.get("/api/stories", params={"entity": "لا-أحد-بهذا-الاسم"}).json() == {
        "total": 0,
        "limit": 50,
        "offset": 0,
        "items": [],
    }
    big = client.get("/api/stories", params={"min_articles": 2}).json()
    assert big["items"] and all(s["articles"] >= 2 for s in big["items"])
    assert big["total"] == sum(1 for s in everything["items"] if s["articles"] >= 2)
    pages = [
        client.get("/api/stories", params={"limit": 2, "offset": offset}).json()["items"]
        for offset in range(0, everything["total"], 2)
    ]
    assert [s["id"] for page in pages for s in page] == [s["id"] for s in everything["items"]]


def test_every_story_row_has_a_sparkline(client: TestClient) -> None:
    html = client.get("/").text
    rows = html.count('class="card"')
    assert rows >= 2 and html.count('<svg class="spark"') == rows
    assert re.search(r'<svg class="spark"[^>]*role="img"[^>]*aria-label="[^"]+"', html)


def test_story_page_plots_its_timeline_and_offers_downloads(client: TestClient, story_id: str) -> None:
    html = client.get(f"/stories/{story_id}").text
    plot = re.search(r'<svg class="plot timeline-plot".*?</svg>', html, re.S)
    assert plot is not None and "<title>" in plot.group(0)
    targets = re.findall(r'<a href="#(tl-\d+)">', plot.group(0))
    assert targets and all(f'id="{t}"' in html for t in targets)  # each point links to its line
    for fmt in ("md", "html", "json"):
        assert f"/export?format={fmt}" in html


def test_entity_page_plots_mentions_over_time(client: TestClient, entity_id: str) -> None:
    html = client.get(f"/entities/{quote(entity_id, safe='')}").text
    assert re.search(r'<svg class="plot bars"[^>]*aria-label="[^"]+"', html)
    days = client.get(f"/api/entities/{quote(entity_id, safe='')}").json()["mentions_per_day"]
    summary = client.get(f"/api/entities/{quote(entity_id, safe='')}").json()
    assert days and sum(d["mentions"] for d in days) <= summary["mentions"]


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_story_export_downloads_a_file(client: TestClient, story_id: str, fmt: str) -> None:
    response = client.get(f"/stories/{story_id.removeprefix('story:')}/export", params={"format": fmt})
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith(f'.{fmt}"')
    story = client.get(f"/api/stories/{story_id}").json()
    first_sentence = story["brief"]["sentences"][0]["text"]
    if fmt == "json":
        record = response.json()
        assert record["story"] == story_id and record["sentences"] == story["brief"]["sentences"]
        assert [a["id"] for a in record["articles"]] == [m["id"] for m in story["members"]]
    elif fmt == "html":
        assert response.text.startswith("<!doctype html>") and 'dir="rtl"' in response.text
        assert html_escape(first_sentence) in response.text
    else:
        assert response.text.startswith("# ") and first_sentence in response.text
        assert "## Articles" in response.text
    assert client.get("/stories/ffffffffffff/export").status_code == 404


def test_a_brief_is_made_once_and_kept_in_the_store(
    client: TestClient, story_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = client.get(f"/api/stories/{story_id}").json()["brief"]
    db = Path(client.app.state.db_path)  # type: ignore[attr-defined]
    with Store(db) as store:
        rows = store._db.execute("SELECT words FROM story_briefs WHERE story_id = ?", (story_id,)).fetchall()
    assert [r[0] for r in rows] == [120]

    def no_briefing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the stored brief should have been used")

    from khabar.web import queries

    monkeypatch.setattr(queries, "make_brief_now", no_briefing)
    with TestClient(create_app(db)) as fresh:  # a new server process: nothing in memory
        assert fresh.get(f"/api/stories/{story_id}").json()["brief"] == first
        assert fresh.get(f"/stories/{story_id}").status_code == 200


def test_docs_are_interactive_and_local_or_a_plain_list(client: TestClient) -> None:
    html = client.get("/docs").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    if "swagger-ui" in html:
        assert "/openapi.json" in html and "validatorUrl" in html
        for asset in assets:
            assert client.get(asset).status_code == 200, asset
    else:
        assert "/api/articles" in html


def test_a_story_page_does_not_wait_for_a_slow_brief(
    tmp_path: Path, client: TestClient, story_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import threading

    from khabar.web import queries

    db = tmp_path / "copy.db"
    shutil.copy(Path(client.app.state.db_path), db)  # type: ignore[attr-defined]
    with Store(db) as store:
        store._db.execute("DELETE FROM story_briefs")
    release = threading.Event()
    made = queries.make_brief_now

    def slow_brief(*args: Any, **kwargs: Any) -> Any:
        release.wait(60)
        return made(*args, **kwargs)

    monkeypatch.setattr(queries, "make_brief_now", slow_brief)
    with TestClient(create_app(db, brief_wait_s=0.2)) as app:
        page = app.get(f"/stories/{story_id}")
        assert page.status_code == 200 and 'class="pending"' in page.text
        assert "المقالات" in page.text and "/export?format=" not in page.text
        record = app.get(f"/api/stories/{story_id}").json()
        assert record["brief_pending"] is True and record["brief"] is None and record["members"]
        export = app.get(f"/stories/{story_id}/export")
        assert export.status_code == 503 and export.headers["retry-after"] == "30"
        release.set()
        for _ in range(600):  # the brief is being made in the background meanwhile
            record = app.get(f"/api/stories/{story_id}").json()
            if not record["brief_pending"]:
                break
            time.sleep(0.1)
        assert record["brief"]["sentences"]
        assert 'class="pending"' not in app.get(f"/stories/{story_id}").text


def test_a_large_story_page_shows_a_bounded_part_of_long_lists(client: TestClient, story_id: str) -> None:
    from khabar.web.app import PAGE_LIMITS

    html = client.get(f"/stories/{story_id}").text
    story = client.get(f"/api/stories/{story_id}").json()
    shown_divergences = html.count('class="divergence"')
    assert shown_divergences == min(len(story["divergences"]), PAGE_LIMITS["divergences"])
    if len(story["entities"]) > PAGE_LIMITS["entities"]:
        assert "تصدير JSON" in html
