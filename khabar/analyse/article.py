"""Sentences and time expressions of one article."""

from __future__ import annotations

from dataclasses import replace

from khabar.arabic import find_time_expressions, split_sentences
from khabar.model import Article


def analyse_article(article: Article) -> Article:
    """Split `article.text` into sentences and resolve its dates against the publication date."""
    return replace(
        article,
        sentences=split_sentences(article.text),
        time_expressions=find_time_expressions(article.text, article.published_date),
    )
