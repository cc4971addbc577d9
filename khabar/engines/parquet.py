"""`khabar load`: bring the Spark engine's Parquet tables into the SQLite store, through the store's own
methods (`add_document`, `add_assignments`, `set_families`), so the CLI and the web app serve the corpus.

Reading needs pyarrow only (no Spark, no Java). Tables are read one row batch at a time, and documents are
saved a batch per transaction, so memory stays bounded by a batch; an interrupted load resumes (documents
already stored are skipped by content hash, assignments and families are replaced).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from khabar.engines.records import article_from_json
from khabar.errors import InputError
from khabar.model import Article, Family, StoryAssignment
from khabar.store import Store

__all__ = ["LoadSummary", "check_output", "load_output"]

REQUIRED = ("documents", "articles", "stories", "families")


@dataclass
class LoadSummary:
    documents: int = 0
    documents_known: int = 0
    articles_added: int = 0
    articles_known: int = 0
    assignments: int = 0
    families: int = 0


def _rows(folder: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted(p for p in folder.glob("*.parquet"))  # part files in the order Spark sorted them
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256, columns=columns):
            yield from batch.to_pylist()


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def check_output(out_dir: str | Path) -> Path:
    """`out_dir` if it holds the Spark engine's tables and pyarrow can read them; InputError otherwise."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise InputError("reading Parquet needs pyarrow: pip install 'khabar[spark]'") from exc
    root = Path(out_dir)
    missing = [name for name in REQUIRED if not (root / name).is_dir()]
    if missing:
        raise InputError(f"{root}: not a khabar Spark output (missing tables: {', '.join(missing)})")
    return root


def load_output(
    out_dir: str | Path,
    store: Store,
    *,
    batch_size: int = 200,
    on_progress: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Load `out_dir` (written by `analyze_spark`) into `store`; raises InputError for a folder that is not
    one."""
    root = check_output(out_dir)
    summary = LoadSummary()
    waiting: dict[str, list[Article]] = {}
    articles = _rows(root / "articles", ["document", "record"])

    def articles_of(document: str, count: int) -> list[Article]:
        found = waiting.pop(document, [])
        while len(found) < count:
            row = next(articles, None)
            if row is None:
                break
            if row["document"] == document:
                found.append(article_from_json(row["record"]))
            else:  # not in document order after all: keep it for its own document
                waiting.setdefault(row["document"], []).append(article_from_json(row["record"]))
        return found

    batch: list[dict[str, Any]] = []

    def save() -> None:
        with store.transaction():
            for doc in batch:
                found = articles_of(doc["hash"], doc["articles"])
                if store.has_document(doc["hash"]):
                    summary.documents_known += 1
                    continue
                added, known = store.add_document(
                    doc["hash"], doc["source"], doc["locator"], doc["format"], found
                )
                summary.documents += 1
                summary.articles_added += added
                summary.articles_known += known
        batch.clear()
        if on_progress:
            on_progress(summary)

    for doc in _rows(root / "documents"):
        batch.append(doc)
        if len(batch) >= batch_size:
            save()
    if batch:
        save()

    assignments = [
        StoryAssignment(
            r["article_id"], r["story_id"], bool(r["opened"]), float(r["score"]), _when(r["published"])
        )
        for r in _rows(root / "stories")
    ]
    members: dict[str, list[dict[str, Any]]] = {}
    for r in _rows(root / "families"):
        members.setdefault(r["family_id"], []).append(r)
    families = [
        Family(
            id=family_id,
            representative=rows[0]["representative"],
            members=tuple(r["article_id"] for r in sorted(rows, key=lambda r: r["position"])),
            agency=rows[0]["agency"],
            published=_when(rows[0]["published"]),
        )
        for family_id, rows in members.items()
    ]
    with store.transaction():
        store.add_assignments(assignments)
        store.set_families(families)
    summary.assignments, summary.families = len(assignments), len(families)
    return summary
