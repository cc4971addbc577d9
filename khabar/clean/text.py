"""Splitting page text into lines with exact spans, and the matching key of a line."""

from __future__ import annotations

import re

from khabar.model import Span

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"))
_ARABIC = re.compile("[\u0600-\u06ff]")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def line_key(text: str, *, digits: bool = True) -> str:
    """A matching key: case, Arabic letter variants, diacritics, punctuation and spacing folded away.

    With `digits`, numbers become "0" so that date and counter widgets ("الجمعة 27 سبتمبر") give the
    same key on every page of an outlet.
    """
    key = text.casefold()
    if _ARABIC.search(key):
        # str.replace is far cheaper than a dict-driven str.translate on long lines.
        key = _DIACRITICS.sub("", key)
        for src, dst in _FOLD_PAIRS:
            if src in key:
                key = key.replace(src, dst)
    key = _NON_WORD.sub(" ", key)
    if digits:
        key = _DIGITS.sub("0", key)
    return key.strip()


def split_lines(text: str) -> list[tuple[int, Span]]:
    """Every non-empty line as (1-based number as ``cat -n`` counts, span of its stripped content)."""
    out: list[tuple[int, Span]] = []
    start = 0
    number = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        number += 1
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            lead = len(segment) - len(segment.lstrip())
            out.append((number, Span(start + lead, start + lead + len(stripped))))
        if end == length:
            break
        start = end + 1
    return out
