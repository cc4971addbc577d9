"""Grouping terms and shingles: the fast paths give exactly what the word-by-word definitions give."""

from __future__ import annotations

import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.arabic import normalize, strip_clitics
from khabar.group.near_duplicates import shingles
from khabar.group.text import _CJK_RUN, _STOP, _WORD, terms

PIECES = st.sampled_from(
    [
        "في",
        "الرئيس",
        "والرئيس",
        "للبنان",
        "وزير",
        "الخارجية",
        "the",
        "Minister",
        "said",
        "dan",
        "2016",
        "3.5",
        "北京",
        "新加坡总理",
        "は",
        "،",
        ".",
        "و",
        "أ",
        "ـ",
        "«",
        "x",
    ]
)
TEXTS = st.lists(PIECES, max_size=60).map(" ".join)


def reference_terms(text: str) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(normalize(text)):
        if _CJK_RUN.match(word):
            out.extend([word] if len(word) == 1 else [word[i : i + 2] for i in range(len(word) - 1)])
            continue
        if len(word) < 2 or word in _STOP:
            continue
        stem = strip_clitics(word) if "\u0621" <= word[0] <= "\u064a" else word
        if len(stem) >= 2 and stem not in _STOP:
            out.append(stem)
    return out


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_terms_match_the_word_by_word_definition(text: str) -> None:
    assert terms(text) == reference_terms(text)


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, size=st.integers(1, 5))
def test_shingles_hash_the_joined_word_grams(text: str, size: int) -> None:
    words = terms(text)
    if not words:
        expected: set[int] = set()
    elif len(words) < size:
        expected = {zlib.crc32(" ".join(words).encode("utf-8"))}
    else:
        expected = {
            zlib.crc32(" ".join(words[i : i + size]).encode("utf-8")) for i in range(len(words) - size + 1)
        }
    assert shingles(text, size) == expected


def test_terms_of_a_literal_sentence() -> None:
    assert terms("قال وزير الخارجية في بيروت إن الرئيس والرئيس") == [
        "قال",
        "وزير",
        "خارجيه",
        "بيروت",
        "رييس",
        "رييس",
    ]
    assert terms("新加坡 said the Minister") == ["新加", "加坡", "minister"]
