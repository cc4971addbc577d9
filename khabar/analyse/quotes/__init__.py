"""Quotes and reported speech: who said what, in each article and across outlets."""

from khabar.analyse.quotes.evaluate import evaluate_quotes, read_quote_gold
from khabar.analyse.quotes.extract import default_speaker_key, extract_quotes, quotes_from_text
from khabar.analyse.quotes.match import content_diff, match_quotes

__all__ = [
    "content_diff",
    "default_speaker_key",
    "evaluate_quotes",
    "extract_quotes",
    "match_quotes",
    "quotes_from_text",
    "read_quote_gold",
]
