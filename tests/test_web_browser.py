"""The web app in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run) renders the
pages served by a real Uvicorn server on loopback. Following a citation chip opens the article with the cited
sentence highlighted; a search finds spelling variants; the story page renders to a screenshot."""

from __future__ import annotations

import html
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urljoin
from urllib.request import urlopen

import pytest

from khabar.engines.local import analyze, group_stories
from khabar.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from khabar.web import create_app

    db = tmp_path_factory.mktemp("browser") / "k.db"
    with Store(db) as store:
        analyze([EXAMPLES], store)
        group_stories(store)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, brief_wait_s=600), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urlopen(url + "/api/stories", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def render(url: str, profile: Path, *extra: str) -> str:
    """The DOM after Chromium has loaded and rendered `url`."""
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, "--dump-dom", url],  # type: ignore[list-item]
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_a_citation_chip_opens_the_cited_sentence_highlighted(base_url: str, tmp_path: Path) -> None:
    stories = render(base_url + "/", tmp_path / "p1")
    story_links = re.findall(r'href="(/stories/[^"#?]+)"', stories)
    assert story_links, "the stories page lists no story"
    story = render(urljoin(base_url, story_links[0]), tmp_path / "p2")
    chips = re.findall(r'href="(/articles/[^"]+\?hl=[^"]+)"', story)
    assert chips, "the brief has no citation chip"
    article = render(urljoin(base_url, html.unescape(chips[0])), tmp_path / "p3")
    marked = re.search(r'<mark id="hl"[^>]*>(.*?)</mark>', article, re.S)
    assert marked is not None, "the cited sentence is not highlighted"
    assert len(re.sub(r"<[^>]+>", "", marked.group(1)).split()) >= 3


def test_search_in_the_browser_matches_spelling_variants(base_url: str, tmp_path: Path) -> None:
    with_hamza = render(f"{base_url}/search?q={quote('رأس الصخر')}", tmp_path / "p1")
    without = render(f"{base_url}/search?q={quote('راس الصخر')}", tmp_path / "p2")
    hits = re.findall(r'href="(/articles/[0-9a-f-]+)"', with_hamza)
    assert hits
    assert sorted(set(hits)) == sorted(set(re.findall(r'href="(/articles/[0-9a-f-]+)"', without)))


def test_the_story_page_renders_to_a_screenshot(base_url: str, tmp_path: Path) -> None:
    stories = render(base_url + "/", tmp_path / "p1")
    story = re.findall(r'href="(/stories/[^"#?]+)"', stories)[0]
    shot = tmp_path / "story.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'p2'}",
            "--window-size=1200,1600",  # type: ignore[list-item]
            f"--screenshot={shot}",
            urljoin(base_url, story),
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_charts_are_drawn_in_the_browser(base_url: str, tmp_path: Path) -> None:
    stories = render(base_url + "/", tmp_path / "p1")
    sparks = re.findall(r'<svg class="spark"[^>]*>.*?</svg>', stories, re.S)
    assert sparks and all("<rect" in s and "<title>" in s for s in sparks)
    story_url = re.findall(r'href="(/stories/[^"#?]+)"', stories)[0]
    story = render(urljoin(base_url, story_url), tmp_path / "p2")
    plot = re.search(r'<svg class="plot timeline-plot".*?</svg>', story, re.S)
    assert plot is not None and plot.group(0).count("<circle") >= 1
    downloads = re.findall(r'href="([^"]+/export\?format=(?:md|html|json))"', story)
    assert len(downloads) == 3
    entity_url = re.findall(r'href="(/entities/[^"#?]+)"', story)[0]
    entity = render(urljoin(base_url, entity_url), tmp_path / "p3")
    assert re.search(r'<svg class="plot bars"[^>]*aria-label="[^"]+"', entity)
    with urlopen(urljoin(base_url, html.unescape(downloads[0])), timeout=30) as response:
        assert response.headers["content-disposition"].startswith("attachment;")
