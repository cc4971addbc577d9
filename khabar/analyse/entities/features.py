"""Token features for the CRF: word, keys, affixes, shape, clusters, word lists and neighbours.

Features of a word on its own are cached per surface form (news vocabulary repeats), so extraction
stays fast; the neighbour features are the same cached values with a position prefix.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.analyse.entities import lexicon
from khabar.analyse.entities.model import load_clusters
from khabar.arabic import normalize, strip_clitics

__all__ = ["baseline_features", "sentence_features", "word_key"]

_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_SUFFIXES = ("ين", "ون", "يه", "ه", "ي", "ات", "ان", "يا", "وف", "سكي", "ا")


@lru_cache(maxsize=300_000)
def word_key(word: str) -> str:
    """The matching key of one token (normalize), cached."""
    return normalize(word) or word


@lru_cache(maxsize=300_000)
def _stem(key: str) -> str:
    return strip_clitics(key) if key and not key.isascii() else key


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if word.isascii():
        if word.isalpha():
            return "Lu" if word[:1].isupper() else "Ll"
        return "P" if not any(c.isalnum() for c in word) else "Lx"
    if not any(c.isalnum() for c in word):
        return "P"
    return "A"


@lru_cache(maxsize=300_000)
def _own(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of the word itself, the short subset used for its neighbours)."""
    key = word_key(word)
    stem = _stem(key)
    shape = _shape(word)
    clusters = load_clusters()
    feats = [f"w={key}", f"s={stem}", f"sh={shape}", f"len={min(len(stem), 8)}"]
    if shape == "A":
        for n in (1, 2, 3):
            if len(stem) > n:
                feats.append(f"p{n}={stem[:n]}")
                feats.append(f"x{n}={stem[-n:]}")
        for pre in _PROCLITICS:
            if key.startswith(pre) and len(key) - len(pre) >= 2:
                feats.append(f"pre={pre}")
                break
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                feats.append(f"suf={suf}")
                break
        if key != stem:
            feats.append("clitic")
    cl = clusters.get(key) or clusters.get(stem)
    if cl is not None:
        feats.extend(f"c{i}={c}" for i, c in enumerate(cl))
    else:
        feats.append("c=none")
    if stem != key and (cs := clusters.get(stem)) is not None:
        feats.append(f"cs={cs[1]}")
    for name in lexicon.classes(stem):
        feats.append(f"lex={name}")
    near = [f"w={key}", f"s={stem}", f"sh={shape}"]
    if cl is not None:
        near.extend((f"c0={cl[0]}", f"c1={cl[1]}"))
    near.extend(f"lex={name}" for name in lexicon.classes(stem))
    return tuple(feats), tuple(near)


def sentence_features(words: list[str]) -> list[list[str]]:
    """CRF features for every token of one sentence."""
    owns = [_own(w) for w in words]
    keys = [word_key(w) for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *owns[i][0]]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats.extend(f"{d}{f}" for f in owns[j][1])
            else:
                feats.append(f"{d}pad")
        if i > 0:
            feats.append(f"b-={keys[i - 1]}|{keys[i]}")
        if i + 1 < n:
            feats.append(f"b+={keys[i]}|{keys[i + 1]}")
        out.append(feats)
    return out


def baseline_features(words: list[str]) -> list[list[str]]:
    """The plain baseline: the word and its affixes only (current token, no neighbours or clusters)."""
    out: list[list[str]] = []
    for w in words:
        feats = ["bias", f"w={w}"]
        for n in (1, 2, 3):
            if len(w) > n:
                feats.append(f"p{n}={w[:n]}")
                feats.append(f"x{n}={w[-n:]}")
        out.append(feats)
    return out


def clear_caches() -> None:
    """Forget cached word features (after the clusters file changes; before timing cold speed)."""
    for fn in (word_key, _stem, _own):
        fn.cache_clear()
    load_clusters.cache_clear()
