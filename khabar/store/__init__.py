"""Persistence: the SQLite store (the default, one file, nothing to start)."""

from khabar.store.sqlite import ArticleSummary, SearchHit, Store, StoreError, search_keys

__all__ = ["ArticleSummary", "SearchHit", "Store", "StoreError", "search_keys"]
