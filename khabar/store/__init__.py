"""Persistence: the SQLite store (the default, one file, nothing to start)."""

from khabar.store.sqlite import (
    ArticleSummary,
    EntitySummary,
    SearchHit,
    Store,
    StoreError,
    StorySummary,
    search_keys,
)

__all__ = [
    "ArticleSummary",
    "EntitySummary",
    "SearchHit",
    "Store",
    "StoreError",
    "StorySummary",
    "search_keys",
]
