"""Arabic text layer: matching keys, tokens, sentences and time expressions."""

from khabar.arabic.clitics import strip_clitics
from khabar.arabic.dates import find_time_expressions
from khabar.arabic.normalize import normalize, to_ascii_digits
from khabar.arabic.parse import parse_date
from khabar.arabic.sentences import split_sentences
from khabar.arabic.tokens import match_keys, tokenize

__all__ = [
    "find_time_expressions",
    "match_keys",
    "normalize",
    "parse_date",
    "split_sentences",
    "strip_clitics",
    "to_ascii_digits",
    "tokenize",
]
