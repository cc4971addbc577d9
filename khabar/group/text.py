"""Matching terms for grouping: fast, language-aware keys of titles and bodies.

Grouping reads every article of a stream, so this avoids building `Token` records: it normalises the text
once, cuts words with one regular expression and strips clitics through a cache. Han and kana runs carry no
spaces, so they are cut into character bigrams, which is what a word-free index of Chinese needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic import normalize, strip_clitics

__all__ = ["capitalised_names", "numbers", "terms"]

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]+|[^\W\d_]+|\d+(?:[.,]\d+)*")
_CJK_RUN = re.compile(rf"[{_CJK}]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+|[A-Z]{2,})\b")

# Function words of the languages the story data covers; a term this common says nothing about an event
# and only makes unrelated articles look alike before the online document frequencies have settled.
_STOP_WORDS = """
    في من على الى عن مع ان او ما لا لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين هو هي هم كما
    بعد قبل بين حتي عند كل غير اي ايضا ثم حيث منذ خلال وقد فقد وان وفي ومن وعلى اليوم امس يوم
    the a an of to in on at for and or but is are was were be been has have had it its this that these
    those with by from as not no he she they we you his her their our will would can could said says
    also after before about over into than then there which who whom what when where while
    yang dan di ke dari untuk dengan pada ini itu dalam tidak akan oleh telah juga ada bagi
    """
_STOP = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=400_000)
def _stem(word: str) -> str:
    return strip_clitics(word) if _ARABIC.match(word) else word


@lru_cache(maxsize=400_000)
def _term(word: str) -> str:
    """The term of one non-CJK word, or "" when it is left out (function word, one letter)."""
    if len(word) < 2 or word in _STOP:
        return ""
    stem = _stem(word)
    return stem if len(stem) >= 2 and stem not in _STOP else ""


def terms(text: str) -> list[str]:
    """Normalised, clitic-stripped terms of `text` in order, function words and 1-letter words left out."""
    norm = normalize(text)
    words = _WORD.findall(norm)
    if _CJK_RUN.search(norm) is None:
        return [t for t in map(_term, words) if t]  # no Han or kana: one cached lookup per word
    out: list[str] = []
    for word in words:
        if _CJK_RUN.match(word):
            if len(word) == 1:
                out.append(word)
            else:
                out.extend(word[i : i + 2] for i in range(len(word) - 1))
            continue
        if term := _term(word):
            out.append(term)
    return out


def numbers(text: str) -> set[str]:
    """Numbers of two or more digits, in ASCII digits: a figure two reports share is strong evidence."""
    return {n for n in _NUMBER.findall(normalize(text)) if len(n.replace(",", "").replace(".", "")) >= 2}


def capitalised_names(text: str) -> set[str]:
    """Lower-cased capitalised words not at a sentence start: a stand-in for named entities in Latin script."""
    return {m.lower() for m in _CAPITALISED.findall(text)}
