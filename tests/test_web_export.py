"""`khabar export STORY --format md|html|json [--out FILE]`: the same document as the story page's download
button and as `khabar brief`, made once and then read back from the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.engines.local import analyze, group_stories
from khabar.store import Store
from khabar.web.export import brief_version, export_document, export_filename, story_brief
from tests.conftest import EXAMPLES, run_khabar


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("export") / "k.db"
    with Store(db) as store:
        analyze([EXAMPLES / "pages"], store)
        group_stories(store)
    return db


@pytest.fixture(scope="module")
def story_id(example_db: Path) -> str:
    with Store(example_db) as store:
        return store.list_stories(sort="largest", limit=1)[0].id


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_export_writes_the_file_the_brief_command_prints(
    example_db: Path, story_id: str, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / f"brief.{fmt}"
    short = story_id.removeprefix("story:")[:8]
    result = run_khabar("export", short, "--db", str(example_db), "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and str(out) in result.stderr
    written = out.read_text(encoding="utf-8")
    printed = run_khabar("brief", short, "--db", str(example_db), "--format", fmt)
    assert printed.returncode == 0 and printed.stdout == written
    with Store(example_db) as store:
        members = [a.id for a, _, _ in store.story_articles(story_id)]
    if fmt == "json":
        record = json.loads(written)
        assert record["story"] == story_id and record["sentences"]
        assert [a["id"] for a in record["articles"]] == members
    elif fmt == "html":
        assert written.startswith("<!doctype html>") and 'dir="rtl"' in written and "<script" not in written
    else:
        assert written.startswith("# ") and all(m in written for m in members)


def test_export_of_an_unknown_story_or_to_a_bad_path_fails_cleanly(
    example_db: Path, story_id: str, tmp_path: Path
) -> None:
    result = run_khabar("export", "ffffffffffff", "--db", str(example_db))
    assert result.returncode != 0 and "names 0 stories" in result.stderr and "Traceback" not in result.stderr
    result = run_khabar("export", story_id, "--db", str(example_db), "--format", "pdf")
    assert result.returncode == 2 and "pdf" in result.stderr
    result = run_khabar("export", story_id, "--db", str(example_db), "--out", str(tmp_path / "no" / "x.md"))
    assert result.returncode != 0 and "cannot write" in result.stderr


def test_the_brief_is_kept_and_reused(
    example_db: Path, story_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(example_db) as store:
        made = story_brief(store, story_id)
        assert store.load_brief(story_id, 120, brief_version()) == made

        def no_briefing(*args: object, **kwargs: object) -> None:
            raise AssertionError("the stored brief should have been used")

        import khabar.web.export as export

        monkeypatch.setattr(export, "make_brief_now", no_briefing)
        assert story_brief(store, story_id) == made


def test_export_documents_escape_markup_and_name_files_safely(example_db: Path, story_id: str) -> None:
    with Store(example_db) as store:
        brief, _ = story_brief(store, story_id)
        members = [a for a, _, _ in store.story_articles(story_id)]
    brief.headline = "<script>alert(1)</script>"
    page = export_document(brief, members, "html")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert export_filename('story:ab/../"x', "md") == "story-ab-----x.md"
    assert export_filename(story_id, "json").startswith("story-") and export_filename(
        story_id, "json"
    ).endswith(".json")
