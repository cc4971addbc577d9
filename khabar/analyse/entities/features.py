"""Token features for the CRF: word, stem, affixes, shape, clusters, word lists, gazetteer and neighbours.

Everything a word contributes on its own, including the copies of its features that its neighbours see
(with a position prefix), is computed once per surface form and cached, so tagging a sentence is mostly
list concatenation. Only the pair features (word and stem bigrams), the multi-word gazetteer matches and
the trigger-word window depend on the sentence.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.analyse.entities import lexicon
from khabar.analyse.entities.gazetteer import Gazetteer, load_gazetteer
from khabar.analyse.entities.model import load_clusters
from khabar.arabic import normalize, strip_clitics

__all__ = [
    "FeatureConfig",
    "Featurizer",
    "baseline_features",
    "default_featurizer",
    "sentence_features",
    "word_key",
]

_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_SUFFIXES = ("ين", "ون", "يه", "ه", "ي", "ات", "ان", "يا", "وف", "سكي", "ا")
_TRIGGERS = frozenset(("title", "org", "loc", "speech"))
_CACHE_LIMIT = 400_000
_INSTANCES: weakref.WeakSet[Featurizer] = weakref.WeakSet()


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


@dataclass(frozen=True)
class FeatureConfig:
    """Which feature groups the featurizer emits (the shipped model uses the defaults)."""

    window: int = 2  # neighbours each side that contribute their short feature set
    near_clusters: int = 2  # cluster granularities (coarse first) that neighbours contribute
    stem_bigrams: bool = True
    gazetteer: bool = True
    phrases: bool = True  # multi-word gazetteer matches
    triggers: int = 3  # look this many tokens back and ahead for title/org/place/speech words
    far_short: bool = False  # neighbours beyond ±1 contribute only their word and one cluster id
    affix1: bool = True  # one-letter prefix and suffix, and the stem length
    dedup: bool = False  # no stem features where the stem is the word itself, no shape for plain Arabic


class _Word:
    __slots__ = ("key", "near", "own", "stem", "trigger")

    def __init__(
        self, key: str, stem: str, own: list[str], near: dict[int, list[str]], trigger: tuple[str, ...]
    ) -> None:
        self.key = key
        self.stem = stem
        self.own = own
        self.near = near
        self.trigger = trigger


class Featurizer:
    """Sentence -> CRF features, with a gazetteer (None: no gazetteer features) and its own word cache."""

    def __init__(self, gazetteer: Gazetteer | None = None, config: FeatureConfig | None = None) -> None:
        self.gazetteer = gazetteer
        self.config = config or FeatureConfig()
        self._cache: dict[str, _Word] = {}
        self._offsets = [d for d in range(-self.config.window, self.config.window + 1) if d]
        _INSTANCES.add(self)

    def _word(self, word: str) -> _Word:
        cfg = self.config
        key = word_key(word)
        stem = _stem(key)
        shape = _shape(word)
        clusters = load_clusters()
        same = cfg.dedup and stem == key
        feats = (
            ["bias", f"w={key}", f"sh={shape}"] if same else ["bias", f"w={key}", f"s={stem}", f"sh={shape}"]
        )
        if cfg.affix1:
            feats.append(f"len={min(len(stem), 8)}")
        if shape == "A":
            for n in (1, 2, 3) if cfg.affix1 else (2, 3):
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
        lex = lexicon.classes(stem)
        feats.extend(f"lex={name}" for name in lex)
        near = [f"w={key}"]
        if not same:
            near.append(f"s={stem}")
        if not (cfg.dedup and shape == "A"):
            near.append(f"sh={shape}")
        if cl is not None:
            near.extend(f"c{i}={c}" for i, c in enumerate(cl[: cfg.near_clusters]))
        near.extend(f"lex={name}" for name in lex)
        if self.gazetteer is not None and cfg.gazetteer:
            words = self.gazetteer.words
            tags = words.get(key)
            if tags is not None:
                feats.extend(f"g={t}" for t in tags)
                near.extend(f"g={t}" for t in tags)
            elif stem != key and (tags := words.get(stem)) is not None:
                feats.extend(f"gs={t}" for t in tags)
                near.extend(f"gs={t}" for t in tags)
        far = [f"w={key}", f"c1={cl[1]}" if cl is not None else "c=none"] if cfg.far_short else near
        by_offset = {d: [f"{d}{f}" for f in (near if -1 <= d <= 1 else far)] for d in self._offsets}
        return _Word(key, stem, feats, by_offset, tuple(t for t in lex if t in _TRIGGERS))

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        cache = self._cache
        infos: list[_Word] = []
        for w in words:
            info = cache.get(w)
            if info is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                info = cache[w] = self._word(w)
            infos.append(info)
        cfg = self.config
        n = len(infos)
        keys = [x.key for x in infos]
        matches = self.gazetteer.match(keys) if self.gazetteer is not None and cfg.phrases else None
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = list(info.own)
            for d in self._offsets:
                j = i + d
                if 0 <= j < n:
                    feats.extend(infos[j].near[d])
                else:
                    feats.append(f"{d}pad")
            if i > 0:
                feats.append(f"b-={keys[i - 1]}|{info.key}")
                if cfg.stem_bigrams and (
                    not cfg.dedup or info.stem != info.key or infos[i - 1].stem != keys[i - 1]
                ):
                    feats.append(f"sb-={infos[i - 1].stem}|{info.stem}")
            if i + 1 < n:
                feats.append(f"b+={info.key}|{keys[i + 1]}")
                if cfg.stem_bigrams and (
                    not cfg.dedup or info.stem != info.key or infos[i + 1].stem != keys[i + 1]
                ):
                    feats.append(f"sb+={info.stem}|{infos[i + 1].stem}")
            if matches is not None:
                if (m := matches[i]) is not None:
                    feats.append(f"gp={m}")
                if i > 0 and (m := matches[i - 1]) is not None:
                    feats.append(f"-1gp={m}")
                if i + 1 < n and (m := matches[i + 1]) is not None:
                    feats.append(f"1gp={m}")
            if cfg.triggers:
                for j in range(max(0, i - cfg.triggers), i - 1):
                    feats.extend(f"tb={t}" for t in infos[j].trigger)
                for j in range(i + 2, min(n, i + 1 + cfg.triggers)):
                    feats.extend(f"ta={t}" for t in infos[j].trigger)
            out.append(feats)
        return out


_DEFAULT: list[Featurizer] = []


def default_featurizer() -> Featurizer:
    """The featurizer of the shipped model (shipped gazetteer, default config), created once."""
    if not _DEFAULT:
        _DEFAULT.append(Featurizer(load_gazetteer()))
    return _DEFAULT[0]


def sentence_features(words: list[str]) -> list[list[str]]:
    """CRF features for every token of one sentence (the shipped model's featurizer)."""
    return default_featurizer()(words)


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
    for fn in (word_key, _stem):
        fn.cache_clear()
    load_clusters.cache_clear()
    load_gazetteer.cache_clear()
    _DEFAULT.clear()
    for featurizer in list(_INSTANCES):
        featurizer._cache.clear()
