"""Rendered pages are kept until the database changes, and never served stale after a write."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from khabar.store import Store
from khabar.web import create_app
from khabar.web.cache import ResponseCache, data_version

from .test_web_ingest import ARTICLE, EXAMPLES


def test_cache_keeps_recent_responses_within_its_budget() -> None:
    cache = ResponseCache(max_bytes=400)
    version = (1,)
    for i in range(8):
        cache.put(f"/p{i}", version, (200, [], b"x" * 90))
    assert len(cache) == 4  # 4 x 90 bytes fit in 400
    assert cache.get("/p0", version) is None
    assert cache.get("/p7", version) == (200, [], b"x" * 90)
    cache.put("/huge", version, (200, [], b"x" * 200))  # over a quarter of the budget: not kept
    assert cache.get("/huge", version) is None


def test_a_new_version_drops_everything() -> None:
    cache = ResponseCache(max_bytes=1000)
    cache.put("/", (1,), (200, [], b"old"))
    assert cache.get("/", (1,)) is not None
    assert cache.get("/", (2,)) is None
    assert len(cache) == 0
    with pytest.raises(ValueError):
        ResponseCache(-1)


def test_data_version_moves_on_commit(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with Store(path) as store:
        before = data_version(path)
        with store.transaction():
            store.add_document("h1", "s", "", "text", [])
        assert data_version(path) != before


def test_pages_are_cached_until_an_ingest_changes_the_store(tmp_path: Path) -> None:
    from khabar.engines.local import analyze, group_stories

    path = tmp_path / "k.db"
    with Store(path) as store:
        analyze([EXAMPLES], store)
        group_stories(store)
    with TestClient(create_app(path)) as client:
        first = client.get("/api/articles", params={"limit": 1}).json()["total"]
        assert client.get("/api/articles", params={"limit": 1}).json()["total"] == first
        assert client.get("/").text == client.get("/").text
        assert client.post("/api/articles", json=ARTICLE).status_code in (200, 201)
        assert client.get("/api/articles", params={"limit": 1}).json()["total"] == first + 1
        assert ARTICLE["outlet"] in client.get("/api/outlets").text


def test_worker_processes_build_the_app_from_the_settings_serve_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from khabar.web.app import _SERVE_SETTINGS, app_from_environment

    monkeypatch.delenv(_SERVE_SETTINGS, raising=False)
    with pytest.raises(RuntimeError, match="--workers"):
        app_from_environment()
    path = tmp_path / "k.db"
    Store(path).close()
    settings = {"db_path": str(path), "token": "s3cret", "host": "0.0.0.0", "cache_bytes": 0}
    monkeypatch.setenv(_SERVE_SETTINGS, json.dumps(settings))
    with TestClient(app_from_environment()) as client:
        assert client.get("/api/articles").json()["total"] == 0
        assert client.post("/api/articles", json=ARTICLE).status_code in (401, 403)  # the token is required
        headers = {"Authorization": "Bearer s3cret"}
        assert client.post("/api/articles", json=ARTICLE, headers=headers).status_code == 201
