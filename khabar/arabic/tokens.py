"""Words and numbers with their spans, matching keys and clitic-free stems."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.clitics import strip_clitics
from khabar.arabic.normalize import DIACRITICS, normalize
from khabar.model import Span, Token

__all__ = ["match_keys", "strip_clitics", "tokenize"]

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_AR_LETTER = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc"
)
# Marks, tatweel and joiners stay inside the surface token so its span covers the whole written word.
_AR_INNER = re.escape(DIACRITICS) + "\u0640\u200c\u200d"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_NOT_OTHER = f"\\W\\d_{_AR_LETTER}{_CJK}\u0600-\u06ff"

_TOKEN = re.compile(
    # A separator joins digits only when a digit follows, so a sentence-final "2016." stays "2016".
    rf"(?P<num>[{_DIGIT}]+(?:[.,:/\-\u066b\u066c][{_DIGIT}]+)*)"
    rf"|(?P<ar>[{_AR_LETTER}][{_AR_LETTER}{_AR_INNER}]*)"
    rf"|(?P<cjk>[{_CJK}])"
    rf"|(?P<other>[^{_NOT_OTHER}](?:[^{_NOT_OTHER}]|[0-9\u0300-\u036f]|['’](?=[^{_NOT_OTHER}]))*)"
)


@lru_cache(maxsize=200_000)
def _keys(surface: str, is_arabic: bool) -> tuple[str, str]:
    # News vocabulary repeats heavily, so caching the pure key computation pays off across articles.
    norm = normalize(surface)
    return norm, strip_clitics(norm) if is_arabic else norm


def tokenize(text: str) -> list[Token]:
    """Words and numbers of `text` in order; punctuation and spaces are not tokens."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        surface = m.group()
        norm, stem = _keys(surface, m.lastgroup == "ar")
        if not norm:
            continue
        tokens.append(Token(surface, Span(m.start(), m.end()), norm, stem))
    return tokens


@lru_cache(maxsize=200_000)
def _stem(norm: str) -> str:
    return strip_clitics(norm)


def match_keys(text: str) -> list[str]:
    """The stems of the tokens of `text`: what later stages compare across outlets.

    The keys of `[t.stem for t in tokenize(text)]`, computed without building tokens: the text is
    normalised once, then cut into words, which is several times faster on whole articles. The two can
    differ only where normalising changes a separator (a decimal comma, an apostrophe).
    """
    keys: list[str] = []
    for m in _TOKEN.finditer(normalize(text)):
        word = m.group()
        keys.append(_stem(word) if m.lastgroup == "ar" else word)
    return keys
