"""The web app's pages and read API over the example corpus (FastAPI TestClient, no server)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

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
    with TestClient(create_app(db)) as test_client:
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
        "/docs",
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
    assert "/api/articles" in client.get("/docs").text
