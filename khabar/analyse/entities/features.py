"""Token features for the CRF: word, stem, affixes, shape, clusters, word lists, gazetteer and neighbours.

Everything a word contributes on its own, including the copies of its features that its neighbours see
(with a position prefix), is computed once per surface form and cached, so tagging a sentence is mostly
list concatenation. Only the pair features (word and stem bigrams), the multi-word gazetteer matches and
the trigger-word window depend on the sentence.

For tagging, a featurizer is given the model's vocabulary (`NerModel` does this): features the model does
not know are never built into the output (crfsuite would ignore them), the rest go out as UTF-8 bytes, and a
bigram is only formatted when both of its words occur on that side of some known bigram. The tags are the
same as with all features; the feature order within a token never changes.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from khabar.analyse.entities import lexicon
from khabar.analyse.entities.gazetteer import Gazetteer, load_gazetteer
from khabar.analyse.entities.model import load_clusters
from khabar.arabic import normalize, strip_clitics

__all__ = [
    "FeatureConfig",
    "Featurizer",
    "baseline_features",
    "default_featurizer",
    "document_context",
    "sentence_features",
    "word_key",
]

_DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_SUFFIXES = ("ين", "ون", "يه", "ه", "ي", "ات", "ان", "يا", "وف", "سكي", "ا")
_TRIGGERS = frozenset(("title", "org", "loc", "speech"))
_CACHE_LIMIT = 400_000
_MISSING = object()
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
    document: int = 3  # sentences each side whose other uses of a word it sees ("d=" features; 0: none)


class _Word:
    """What one surface form contributes, cached: its own features and, per neighbour offset, the features
    it gives the token at that distance. Items are str, or UTF-8 bytes in a featurizer with a vocabulary."""

    __slots__ = ("key", "near", "own", "stem", "ta", "tb")

    def __init__(
        self, key: str, stem: str, own: list[Any], near: list[list[Any]], tb: list[Any], ta: list[Any]
    ) -> None:
        self.key = key
        self.stem = stem
        self.own = own
        self.near = near  # indexed like Featurizer._offsets
        self.tb = tb  # its trigger words as seen from a later token ("tb=title")
        self.ta = ta  # ... and from an earlier one ("ta=title")


class Featurizer:
    """Sentence -> CRF features, with a gazetteer (None: no gazetteer features) and its own word cache.

    With a `vocabulary` (the attributes a trained model knows, `model_attributes`), features outside it are
    never emitted: crfsuite ignores unknown attributes, so the tags do not change, and `encode` hands the
    tagger the rest as UTF-8 bytes, which it reads without converting each string.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        config: FeatureConfig | None = None,
        vocabulary: Collection[str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.config = config or FeatureConfig()
        self.vocabulary = None if vocabulary is None else frozenset(vocabulary)
        self._cache: dict[str, _Word] = {}
        # A feature shared by many words -> its emitted form at each neighbour offset (None: not in the vocabulary).
        self._near_memo: dict[str, list[Any]] = {}
        self._stem_memo: dict[tuple[str, bool], tuple[list[Any], Any]] = {}
        self._doc_memo: dict[str, Any] = {}
        self._proclitics = {pre: self._keep_one(f"pre={pre}") for pre in _PROCLITICS}
        self._offsets = [d for d in range(-self.config.window, self.config.window + 1) if d]
        self._prefixes = [str(d) for d in self._offsets]
        self._close = [-1 <= d <= 1 for d in self._offsets]  # offsets that see `near`, not `far`
        self._pad = _Word("", "", [], [self._keep([f"{d}pad"]) for d in self._offsets], [], [])
        _INSTANCES.add(self)

    def clear(self) -> None:
        """Forget the cached words (to time cold speed, or after the clusters change)."""
        self._cache.clear()
        self._near_memo.clear()
        self._stem_memo.clear()

    def _keep(self, feats: Iterable[str]) -> list[Any]:
        """`feats` as this featurizer emits them: all as str, or those in the vocabulary as bytes."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return list(feats)
        return [f.encode() for f in feats if f in vocabulary]

    def _keep_near(self, near: list[str], far: list[str], own: int) -> list[list[Any]]:
        """Per offset, the features a word gives the token at that distance (`far` beyond +-1); the first
        `own` of `near` are the word's own (w=, s=), the rest shared by many words and memoised."""
        prefixes = self._prefixes
        if self.vocabulary is None:
            return [[p + f for f in (near if c else far)] for p, c in zip(prefixes, self._close, strict=True)]
        rows = self._near_rows(near, own)
        if far is near:
            return [[r[k] for r in rows if r[k] is not None] for k in range(len(prefixes))]
        far_rows = self._near_rows(far, 1)
        return [
            [r[k] for r in (rows if c else far_rows) if r[k] is not None] for k, c in enumerate(self._close)
        ]

    def _near_rows(self, feats: list[str], own: int) -> list[list[Any]]:
        """Per feature, its emitted form at each offset."""
        vocabulary = self.vocabulary
        assert vocabulary is not None
        prefixes = self._prefixes
        rows = [[(p + f).encode() if p + f in vocabulary else None for p in prefixes] for f in feats[:own]]
        memo = self._near_memo
        for f in feats[own:]:
            row = memo.get(f)
            if row is None:
                row = memo[f] = [(p + f).encode() if p + f in vocabulary else None for p in prefixes]
            rows.append(row)
        return rows

    def _stem_block(self, stem: str, arabic: bool) -> tuple[list[Any], Any]:
        """The features that depend on the stem alone, emitted and memoised: (len and affixes, suffix)."""
        found = self._stem_memo.get((stem, arabic))
        if found is not None:
            return found
        feats = [f"len={min(len(stem), 8)}"] if self.config.affix1 else []
        suffix = None
        if arabic:
            for n in (1, 2, 3) if self.config.affix1 else (2, 3):
                if len(stem) > n:
                    feats.append(f"p{n}={stem[:n]}")
                    feats.append(f"x{n}={stem[-n:]}")
            for suf in _SUFFIXES:
                if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                    suffix = self._keep_one(f"suf={suf}")
                    break
        found = self._stem_memo[(stem, arabic)] = (self._keep(feats), suffix)
        return found

    def _word(self, word: str) -> _Word:
        cfg = self.config
        key = word_key(word)
        stem = _stem(key)
        shape = _shape(word)
        clusters = load_clusters()
        same = cfg.dedup and stem == key
        keep = self._keep_one
        arabic = shape == "A"
        affixes, suffix = self._stem_block(stem, arabic)
        own = self._keep(
            ["bias", f"w={key}", f"sh={shape}"] if same else ["bias", f"w={key}", f"s={stem}", f"sh={shape}"]
        )
        own += affixes
        if arabic:
            for size in (4, 3, 2, 1):  # _PROCLITICS, longest first: at most one of each length can match
                if len(key) - size >= 2 and (head := key[:size]) in self._proclitics:
                    if (pre := self._proclitics[head]) is not None:
                        own.append(pre)
                    break
            if suffix is not None:
                own.append(suffix)
            if key != stem and (clitic := keep("clitic")) is not None:
                own.append(clitic)
        cl = clusters.get(key) or clusters.get(stem)
        rest = [f"c{i}={c}" for i, c in enumerate(cl)] if cl is not None else ["c=none"]
        if stem != key and (cs := clusters.get(stem)) is not None:
            rest.append(f"cs={cs[1]}")
        lex = lexicon.classes(stem)
        rest.extend(f"lex={name}" for name in lex)
        near = [f"w={key}"]
        if not same:
            near.append(f"s={stem}")
        if not (cfg.dedup and arabic):
            near.append(f"sh={shape}")
        if cl is not None:
            near.extend(f"c{i}={c}" for i, c in enumerate(cl[: cfg.near_clusters]))
        near.extend(f"lex={name}" for name in lex)
        if self.gazetteer is not None and cfg.gazetteer:
            words = self.gazetteer.words
            tags = words.get(key)
            if tags is not None:
                rest.extend(f"g={t}" for t in tags)
                near.extend(f"g={t}" for t in tags)
            elif stem != key and (tags := words.get(stem)) is not None:
                rest.extend(f"gs={t}" for t in tags)
                near.extend(f"gs={t}" for t in tags)
        own += self._keep(rest)
        far = [f"w={key}", f"c1={cl[1]}" if cl is not None else "c=none"] if cfg.far_short else near
        trigger = [t for t in lex if t in _TRIGGERS]
        return _Word(
            key,
            stem,
            own,
            self._keep_near(near, far, 1 if same else 2),
            self._keep([f"tb={t}" for t in trigger]),
            self._keep([f"ta={t}" for t in trigger]),
        )

    def _items(self, words: Sequence[str], context: Sequence[Sequence[str]] | None = None) -> list[list[Any]]:
        """Per token, its features in a fixed order: own, neighbours, bigrams, phrase matches, triggers,
        then its document context (`context`: per token, the evidence names of `document_context`)."""
        cache = self._cache
        infos: list[_Word] = []
        for w in words:
            info = cache.get(w)
            if info is None:
                if len(cache) >= _CACHE_LIMIT:
                    self.clear()
                info = cache[w] = self._word(w)
            infos.append(info)
        cfg = self.config
        n = len(infos)
        # What depends on the sentence, per token, in emission order: bigrams, phrase matches, triggers.
        tails: list[list[Any]] = [[] for _ in range(n)]
        self._bigrams(infos, tails)
        if self.gazetteer is not None and cfg.phrases:
            self._phrases(infos, tails)
        if cfg.triggers:
            self._triggers(infos, tails)
        if context is not None:
            memo = self._doc_memo
            for tail, names in zip(tails, context, strict=True):
                for name in names:
                    kept = memo.get(name, _MISSING)
                    if kept is _MISSING:
                        kept = memo[name] = self._keep_one("d=" + name)
                    if kept is not None:
                        tail.append(kept)
        width = cfg.window
        row = [self._pad] * width + infos + [self._pad] * width  # row[i + width + d]: token i's neighbour d
        neighbours = [(k, width + d) for k, d in enumerate(self._offsets)]
        out: list[list[Any]] = []
        for i, info in enumerate(infos):
            feats = info.own.copy()
            for k, shift in neighbours:
                feats += row[i + shift].near[k]
            feats += tails[i]
            out.append(feats)
        return out

    def _bigrams(self, infos: list[_Word], tails: list[list[Any]]) -> None:
        stem_bigrams, dedup = self.config.stem_bigrams, self.config.dedup
        vocabulary = self.vocabulary
        if vocabulary is None:
            word_sides = stem_sides = None
        else:
            # A pair's features can only be in the vocabulary when each side appears there on its side.
            word_sides, stem_sides = self._pair_sides
        for i in range(len(infos) - 1):
            a, b = infos[i], infos[i + 1]
            # token i+1 gets (b-, sb-) and token i (b+, sb+); token i got its b- in the previous round, so
            # each token's order is b-, sb-, b+, sb+.
            left, right = tails[i + 1], tails[i]
            if word_sides is None or (a.key in word_sides[0] and b.key in word_sides[1]):
                words = f"{a.key}|{b.key}"
                _add_pair(left, right, "b-=" + words, "b+=" + words, vocabulary)
            if not stem_bigrams or (dedup and a.stem == a.key and b.stem == b.key):
                continue
            if stem_sides is None or (a.stem in stem_sides[0] and b.stem in stem_sides[1]):
                stems = f"{a.stem}|{b.stem}"
                _add_pair(left, right, "sb-=" + stems, "sb+=" + stems, vocabulary)

    @cached_property
    def _pair_sides(
        self,
    ) -> tuple[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]]:
        """(left sides, right sides) of the word bigrams, then of the stem bigrams, in the vocabulary.

        A key may itself contain "|", so every split point of a pair counts: a superset, never a miss.
        """
        assert self.vocabulary is not None
        sides: dict[str, tuple[set[str], set[str]]] = {"b": (set(), set()), "sb": (set(), set())}
        for feature in self.vocabulary:
            name, sep, pair = feature.partition("=")
            kind = name[:-1]
            if not sep or kind not in sides or name[-1] not in "-+":
                continue
            lefts, rights = sides[kind]
            at = pair.find("|")
            while at >= 0:
                lefts.add(pair[:at])
                rights.add(pair[at + 1 :])
                at = pair.find("|", at + 1)
        (wl, wr), (sl, sr) = sides["b"], sides["sb"]
        return (frozenset(wl), frozenset(wr)), (frozenset(sl), frozenset(sr))

    def _phrases(self, infos: list[_Word], tails: list[list[Any]]) -> None:
        assert self.gazetteer is not None
        matches = self.gazetteer.match([x.key for x in infos])
        if not any(m is not None for m in matches):
            return
        keep = self._keep_one
        n = len(infos)
        for i in range(n):
            for j, prefix in ((i, "gp="), (i - 1, "-1gp="), (i + 1, "1gp=")):
                if 0 <= j < n and (m := matches[j]) is not None and (kept := keep(prefix + m)) is not None:
                    tails[i].append(kept)

    def _triggers(self, infos: list[_Word], tails: list[list[Any]]) -> None:
        """Trigger words 2..reach tokens back ("tb="), then 2..reach ahead ("ta="), nearest-first by position."""
        reach = self.config.triggers
        positions = [j for j, x in enumerate(infos) if x.tb or x.ta]
        n = len(infos)
        for j in positions:  # j is before i: i - reach <= j < i - 1
            if tb := infos[j].tb:
                for i in range(j + 2, min(n, j + reach + 1)):
                    tails[i] += tb
        for j in positions:  # j is after i: i + 1 < j <= i + reach
            if ta := infos[j].ta:
                for i in range(max(0, j - reach), j - 1):
                    tails[i] += ta

    def _keep_one(self, feature: str) -> Any:
        """One feature as emitted, or None where the vocabulary lacks it."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return feature
        return feature.encode() if feature in vocabulary else None

    def __call__(
        self, words: Sequence[str], context: Sequence[Sequence[str]] | None = None
    ) -> list[list[str]]:
        """Per token, its CRF features (only those in the vocabulary when there is one)."""
        items = self._items(words, context)
        if self.vocabulary is None:
            return items
        return [[f.decode() for f in feats] for feats in items]

    def document(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Per sentence of one document (in order), its features with the document context."""
        contexts = document_context(sentences, self.config.document)
        return [self(words, ctx) for words, ctx in zip(sentences, contexts, strict=True)]

    def encode(
        self, words: Sequence[str], context: Sequence[Sequence[str]] | None = None
    ) -> list[list[bytes]]:
        """Per token, its features as UTF-8 bytes: what crfsuite reads fastest (the tagging path)."""
        items = self._items(words, context)
        if self.vocabulary is None:
            return [[f.encode() for f in feats] for feats in items]
        return items


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
        featurizer.clear()


def _add_pair(
    left: list[Any], right: list[Any], before: str, after: str, vocabulary: Collection[str] | None
) -> None:
    """A bigram feature for each side of a pair: all of them as text, or only those the model knows, as bytes."""
    if vocabulary is None:
        left.append(before)
        right.append(after)
        return
    if before in vocabulary:
        left.append(before.encode())
    if after in vocabulary:
        right.append(after.encode())


def _evidence(words: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Per token of one sentence: (its stem, what its own position says about it), for `document_context`.

    Evidence names: after a title, organisation, place or speech word (t:title, t:org, t:loc, t:speech),
    after a known first name (first), before a title (n:title), inside «» quotes (q), with the definite
    article (al); "" for a word that
    can take none (punctuation, digits, one letter).
    """
    keys = [word_key(w) for w in words]
    stems = [_stem(k) for k in keys]
    out: list[tuple[str, tuple[str, ...]]] = []
    n = len(words)
    for i, stem in enumerate(stems):
        if len(stem) < 2 or not stem.isalpha():
            out.append(("", ()))
            continue
        ev: list[str] = []
        if keys[i].startswith(_DEFINITE) and len(keys[i]) - len(stem) >= 2:
            ev.append("al")  # names rarely take the article: a use with it argues for a common noun
        if i > 0:
            before = lexicon.classes(stems[i - 1])
            ev.extend(f"t:{c}" for c in before if c in _TRIGGERS)
            if "first" in before:
                ev.append("first")
            if words[i - 1] == "«":
                ev.append("q")
        if i + 1 < n and "title" in lexicon.classes(stems[i + 1]):
            ev.append("n:title")
        out.append((stem, tuple(ev)))
    return out


def document_context(sentences: Sequence[Sequence[str]], window: int) -> list[list[list[str]]]:
    """Per sentence, per token: what the other uses of the same stem within `window` sentences each side
    (the same sentence included) say: "rep" (it occurs again), and each evidence name of `_evidence`
    seen at another use. Empty lists everywhere when `window` is 0."""
    if window <= 0:
        return [[[] for _ in words] for words in sentences]
    evidence = [_evidence(words) for words in sentences]
    counts: dict[str, dict[str, int]] = {}

    def add(k: int, sign: int) -> None:
        for stem, ev in evidence[k]:
            if stem:
                table = counts.setdefault(stem, {})
                for name in ("", *ev):
                    table[name] = table.get(name, 0) + sign

    n = len(sentences)
    for k in range(min(window, n)):
        add(k, 1)
    out: list[list[list[str]]] = []
    for i in range(n):
        if i + window < n:
            add(i + window, 1)
        if i - window - 1 >= 0:
            add(i - window - 1, -1)
        row: list[list[str]] = []
        for stem, ev in evidence[i]:
            if not stem:
                row.append([])
                continue
            table = counts[stem]
            names = []
            if table[""] > 1:
                names.append("rep")
                names.extend(name for name, c in table.items() if name and c - (name in ev) > 0)
            row.append(sorted(names))
        out.append(row)
    return out
