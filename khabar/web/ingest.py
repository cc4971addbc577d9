"""Ingest from the API: a JSON body or an uploaded file goes through the same engine as `khabar analyze`.

The payload is written to a private temporary folder and handed to `khabar.engines.local.analyze`, which
saves each batch in one transaction and never raises for bad input; then new articles are grouped into
stories. A file that yields nothing new and only problems is reported as unprocessable; nothing already
stored is touched by a bad file.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.store import Store

_WRITE_LOCK = threading.Lock()
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class PayloadError(ValueError):
    """The request body is not an article (or list of articles) we can read."""


@dataclass
class IngestResult:
    documents_read: int = 0
    documents_new: int = 0
    documents_known: int = 0
    articles_added: int = 0
    articles_known: int = 0
    article_ids: list[str] = field(default_factory=list)
    stories: dict[str, str] = field(default_factory=dict)  # new article id -> story id
    problems: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        """Nothing could be read at all: the input was bad (not merely already stored)."""
        return self.documents_read == 0 and bool(self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_read": self.documents_read,
            "documents_new": self.documents_new,
            "documents_known": self.documents_known,
            "articles_added": self.articles_added,
            "articles_known": self.articles_known,
            "articles": [
                {"id": aid, "story": self.stories.get(aid), "url": f"/articles/{aid}"}
                for aid in self.article_ids
            ],
            "problems": self.problems,
        }


def records_from_json(payload: Any) -> list[dict[str, Any]]:
    """A JSON body (one object, or a list of them, or {"articles": [...]}) as article records."""
    if isinstance(payload, dict) and isinstance(payload.get("articles"), list):
        payload = payload["articles"]
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise PayloadError("no articles in the body")
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise PayloadError(f"item {index}: expected a JSON object with at least a text field")
        text = record.get("text", record.get("content", record.get("body")))
        if not isinstance(text, str) or not text.strip():
            raise PayloadError(f"item {index}: needs a non-empty text (or content/body) string")
    return records


def safe_filename(name: str | None) -> str:
    """The uploaded file's name reduced to harmless characters (its extension guides format sniffing)."""
    base = Path(name or "upload").name
    cleaned = _SAFE_NAME.sub("_", base).strip("._") or "upload"
    return cleaned[:100]


def ingest_records(db_path: Path, records: list[dict[str, Any]]) -> IngestResult:
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    return ingest_bytes(db_path, data, "api.jsonl")


def ingest_bytes(db_path: Path, data: bytes, filename: str) -> IngestResult:
    from khabar.engines.local import analyze, group_stories

    result = IngestResult()
    with tempfile.TemporaryDirectory(prefix="khabar-upload-") as folder:
        path = Path(folder) / safe_filename(filename)
        path.write_bytes(data)
        with _WRITE_LOCK, Store(db_path) as store:
            before = set(store.unassigned_articles())
            summary = analyze([path], store)
            new_ids = [aid for aid in store.unassigned_articles() if aid not in before]
            store.rename_source(str(path), f"upload:{path.name}")
            if not summary.interrupted and summary.articles_added:
                group_stories(store)
            result.stories.update(store.story_of(new_ids))
    result.documents_read = summary.documents_read
    result.documents_new = summary.documents_new
    result.documents_known = summary.documents_known
    result.articles_added = summary.articles_added
    result.articles_known = summary.articles_known
    result.article_ids = new_ids
    prefix = str(path)
    result.problems = [str(p).replace(prefix, path.name) for p in summary.problems]
    return result
