"""Main text and metadata of an HTML page: trafilatura first, a block renderer when it finds nothing."""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml import html as lxml_html

from khabar.ingest.metadata import detect_language

__all__ = ["extract_html", "render_html_text"]

_DROP = frozenset(
    {"script", "style", "nav", "footer", "aside", "noscript", "template", "iframe", "svg", "head", "form"}
)
_BLOCK = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "td", "th", "tr", "blockquote", "pre",
        "article", "section", "header", "main", "dt", "dd", "figcaption", "br", "hr", "table", "ul", "ol",
        "dl", "figure", "address", "body", "caption", "center",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\u00a0\u200b\u3000]+")

# trafilatura reports every page it cannot handle at WARNING level; for a batch reader that is noise.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, str]]:
    """Return ``(text, meta)`` for an HTML page; `text` is "" when the page has no readable text.

    `meta` may hold title, date, author, outlet, url, lang and always names the ``extractor`` used
    ("trafilatura" or "fallback"). The title is never repeated at the top of `text`.
    """
    text, meta = _with_trafilatura(html, url)
    if not text:
        text, title = render_html_text(html)
        meta = {"extractor": "fallback"}
        if title:
            meta["title"] = title
        if url:
            meta["url"] = url
    text = _drop_title(text, meta.get("title"))
    if text and "lang" not in meta:
        lang = detect_language(text)
        if lang != "und":
            meta["lang"] = lang
    return text, meta


def _with_trafilatura(html: str, url: str | None) -> tuple[str, dict[str, str]]:
    # Imported here: trafilatura pulls in a lot at import time, and plain-text runs never need it.
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # trafilatura can fail on odd markup; the fallback renderer still has a go
        return "", {}
    if doc is None or isinstance(doc, dict):
        return "", {}
    text = (doc.text or "").strip()
    if not text:
        return "", {}
    meta: dict[str, str] = {"extractor": "trafilatura"}
    for key, value in (
        ("title", doc.title),
        ("date", doc.date),
        ("author", doc.author),
        ("outlet", doc.sitename),
        ("url", doc.url or url),
        ("lang", doc.language),
    ):
        if value and str(value).strip():
            meta[key] = str(value).strip()
    return text, meta


def _drop_title(text: str, title: str | None) -> str:
    if not title or not text:
        return text
    first, _, rest = text.partition("\n")
    if _squash(first) == _squash(title):
        return rest.lstrip("\n")
    return text


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def render_html_text(html: str) -> tuple[str, str | None]:
    """Render markup as text, one block per line, without scripts, navigation, footers or asides.

    Returns ``(text, title)``: the title from ``<title>`` or the first ``<h1>``. Nothing is judged as
    boilerplate here, so the downstream classifier can decide line by line.
    """
    root = _parse(html)
    if root is None:
        return "", None
    title = _title(root)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _squash("".join(current))
        current.clear()
        if line:
            lines.append(line)

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if event == "start":
            if not tag or tag in _DROP:
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                flush()
            if element.text:
                current.append(element.text)
        else:
            if tag in _BLOCK:
                flush()
            if element.tail:
                current.append(element.tail)
    flush()
    return "\n".join(lines), title


def _parse(html: str) -> etree._Element | None:
    if not html.strip():
        return None
    # Encoded bytes because lxml refuses str input that carries an XML encoding declaration.
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


def _title(root: etree._Element) -> str | None:
    for path in ("//title", "//h1"):
        for element in root.xpath(path):
            text = _squash(element.text_content())
            if text:
                return text
    return None
