"""A story's brief, made once and kept in the store, and its export documents (Markdown, HTML, JSON).

`story_brief` is what `khabar brief`, `khabar export`, the story page and the API use: it returns the
stored brief when one was made from the story's current members by the current code, and otherwise makes
it (fact alignment and the extractive brief are the costly part) and stores it. `export_document` renders
what `khabar export` writes and the story page's download button serves.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from khabar import __version__
from khabar.model import Brief, Fact
from khabar.store import ArticleSummary, Store

ExportFormat = Literal["md", "html", "json"]
FORMATS: dict[str, tuple[str, str]] = {  # format -> (media type, file suffix)
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "json": ("application/json", "json"),
}
RTL_LANGUAGES = {"ar", "fa", "ur", "he"}
_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def brief_version() -> str:
    """Names the code that makes briefs: the khabar version and a digest of the sources of the stages a
    brief runs (near-duplicates, fact alignment, the brief). A stored brief made by other code is remade."""
    digest = hashlib.sha256(__version__.encode())
    for folder in ("group", "compare", "brief"):
        for path in sorted((_PACKAGE / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def make_brief_now(
    store: Store, story_id: str, words: int, member_ids: Sequence[str]
) -> tuple[Brief, list[Fact]]:
    """Brief the articles `member_ids` (in publication order); no stored copy is looked at."""
    from khabar.brief import brief_story

    articles = [a for a in (store.get_article(i) for i in member_ids) if a is not None]
    return brief_story(articles, story_id, budget_words=words)


def story_brief(store: Store, story_id: str, words: int = 120) -> tuple[Brief, list[Fact]]:
    """The brief and aligned facts of a stored story (a full id), from the store when current."""
    version = brief_version()
    stored = store.load_brief(story_id, words, version)
    if stored is not None:
        return stored
    member_ids = [article.id for article, _, _ in store.story_articles(story_id)]
    brief, facts = make_brief_now(store, story_id, words, member_ids)
    store.save_brief(story_id, words, version, member_ids, brief, facts)
    return brief, facts


def brief_html(markdown: str, headline: str, language: str) -> str:
    """A self-contained page; the Markdown is shown as text, so nothing in it is markup."""
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    return (
        f'<!doctype html><html lang="{html.escape(language)}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{html.escape(headline)}</title><style>body{{font-family:sans-serif;max-width:48rem;"
        "margin:2rem auto;line-height:1.7}pre{white-space:pre-wrap;font-family:inherit}</style></head>"
        f"<body><pre>{html.escape(markdown)}</pre></body></html>"
    )


def _source_line(article: ArticleSummary) -> str:
    parts = [article.outlet or "?", (article.published or "")[:16].replace("T", " "), article.title]
    return "- " + " · ".join(p for p in parts if p) + f" ({article.id})"


def export_document(brief: Brief, articles: Sequence[ArticleSummary], fmt: ExportFormat) -> str:
    """The brief as a document: Markdown, a self-contained HTML page, or JSON (`Brief.to_dict()` with the
    story's articles under "articles"). Markdown and HTML end with the list of the story's articles."""
    if fmt == "json":
        record = brief.to_dict() | {
            "articles": [
                {
                    "id": a.id,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": a.published,
                    "agency": a.agency,
                }
                for a in articles
            ]
        }
        return json.dumps(record, ensure_ascii=False, indent=2, default=str)
    markdown = brief.to_markdown()
    if articles:
        markdown += "\n## Articles\n\n" + "\n".join(_source_line(a) for a in articles) + "\n"
    if fmt == "html":
        return brief_html(markdown, brief.headline, brief.language)
    return markdown


def export_filename(story_id: str, fmt: ExportFormat) -> str:
    """A safe file name for a story's export: `story-<id>.<suffix>`."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in story_id.removeprefix("story:"))
    return f"story-{safe[:64] or 'brief'}.{FORMATS[fmt][1]}"
