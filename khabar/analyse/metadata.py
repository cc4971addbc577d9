"""Article metadata: publication date, outlet, url, byline, dateline place, wire agency, language.

What the source states (JSON fields, feed entries, HTML metadata) wins; the page text fills the gaps.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from khabar.arabic import normalize, parse_date
from khabar.ingest import detect_language, find_byline, find_dateline, find_outlet, find_url
from khabar.model import Article, Line

# Lines that announce when the page was published, in the order we trust them.
_PUBLISHED_CUES = tuple(
    normalize(cue)
    for cue in ("تاريخ النشر", "نشر في", "نُشر", "نشر بتاريخ", "آخر تحديث", "تم النشر", "published", "updated")
)
# A widget line with the weather or a clock is the day the page was scraped, not published.
_WIDGET = re.compile(r"°|درجة|℃")


def add_metadata(article: Article) -> Article:
    """Fill the metadata fields of `article` that its source left empty."""
    meta = article.meta
    url = article.url or meta.get("url") or find_url(article.raw_text)
    published = article.published or _parse_meta_date(meta.get("date")) or _published_from_page(article.lines)
    dateline = find_dateline(article.text)
    outlet = article.outlet or meta.get("outlet") or find_outlet(article.raw_text, url)
    return replace(
        article,
        title=without_site_name(article.title, outlet),
        url=url,
        outlet=outlet,
        published=published,
        author=article.author or meta.get("author") or find_byline(article.text),
        dateline=article.dateline or (dateline.place if dateline else None),
        agency=article.agency or (dateline.agency if dateline else None),
        language=meta.get("lang") or detect_language(f"{article.title}\n{article.text[:4000]}"),
    )


_SITE_SEPARATOR = re.compile(r"\s+[|\-–—]\s*|\s*[|–—]\s+")


def without_site_name(title: str, outlet: str | None) -> str:
    """The headline without the outlet name that pages append or prepend («… | صوت الخليج»)."""
    if not outlet:
        return title
    key = normalize(outlet)
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if normalize(parts[-1]) == key:
        cut = list(_SITE_SEPARATOR.finditer(title))[-1].start()
        return title[:cut].strip() or title
    if normalize(parts[0]) == key:
        cut = next(_SITE_SEPARATOR.finditer(title)).end()
        return title[cut:].strip() or title
    return title


def _parse_meta_date(value: str | None) -> datetime | None:
    return parse_date(value) if value else None


def _published_from_page(lines: list[Line]) -> datetime | None:
    """A publication date written in the page: a line with a publishing cue first, then any short
    furniture line that is a date (but not a weather/clock widget)."""
    short = [line for line in lines if len(line.text) < 160]
    # a cued line may sit inside the body («مرجان - رنا العلي - نشر بتاريخ: ...»); an uncued one may not
    cued = [line for line in short if any(cue in normalize(line.text) for cue in _PUBLISHED_CUES)]
    furniture = [line for line in short if line.label != "body" and not _WIDGET.search(line.text)]
    for line in cued + furniture:
        found = parse_date(line.text)
        if found:
            return found
    return None
