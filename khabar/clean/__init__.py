"""Boilerplate cleaning: from page text to the news articles it carries.

Every non-empty line is labelled title / body / boilerplate by a small boosted-tree model over line and
context features, smoothed over the page, with furniture repeated across an outlet's pages removed; pages
carrying several news items are cut into segments.
"""

from khabar.clean.classify import classify_lines
from khabar.clean.document import article_id, clean_document, clean_documents
from khabar.clean.evaluate import evaluate_clean
from khabar.clean.repetition import RepetitionIndex

__all__ = [
    "RepetitionIndex",
    "article_id",
    "classify_lines",
    "clean_document",
    "clean_documents",
    "evaluate_clean",
]
