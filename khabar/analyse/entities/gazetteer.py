"""A gazetteer learnt from the training sentences: how often each word was part of each entity type, and
the multi-word entity names seen, by `normalize` key.

Built from training data only (`Gazetteer.build`); the shipped one (khabar/resources/ner_gazetteer.tsv.gz)
comes from all of ANERcorp train.txt, written by scripts/train_ner.py beside the model. While training, the
features of each part of the training data come from a gazetteer of the other parts (`jackknife`), so the
CRF learns how far a gazetteer hit can be trusted for a name it has not seen, as at tagging time.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from khabar.analyse.entities.conll import TYPES, Sentence, entity_spans
from khabar.analyse.entities.model import GAZETTEER_PATH

__all__ = ["MAX_PHRASE", "Gazetteer", "jackknife", "load_gazetteer"]

MAX_PHRASE = 6  # longest multi-word name matched, in tokens
_MIN_SHARE = 0.2  # a word is listed for a type when at least this share of its occurrences had the type


class Gazetteer:
    """word key -> (type, share bucket) tags; multi-word names (tuples of keys) -> type."""

    def __init__(self, words: dict[str, tuple[str, ...]], phrases: dict[tuple[str, ...], str]) -> None:
        self.words = words
        self.phrases = phrases
        self.starts = frozenset(p[0] for p in phrases)

    @classmethod
    def build(cls, sentences: Sequence[Sentence], key: Callable[[str], str]) -> Gazetteer:
        """The gazetteer of `sentences` (gold BIO tags), matching words by `key`."""
        total: Counter[str] = Counter()
        typed: dict[str, Counter[str]] = defaultdict(Counter)
        names: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for words, tags in sentences:
            keys = [key(w) for w in words]
            total.update(keys)
            for start, end, kind in entity_spans(tags):
                for k in keys[start:end]:
                    typed[k][kind] += 1
                if 2 <= end - start <= MAX_PHRASE:
                    names[tuple(keys[start:end])][kind] += 1
        table: dict[str, tuple[str, ...]] = {}
        for k, counts in typed.items():
            tags_: list[str] = []
            for kind in TYPES:
                share = counts[kind] / total[k]
                if share >= _MIN_SHARE:
                    tags_.append(f"{kind}{'+' if share >= 0.6 else ''}")
            if tags_:
                table[k] = tuple(tags_)
        phrases = {p: c.most_common(1)[0][0] for p, c in names.items()}
        return cls(table, phrases)

    def match(self, keys: Sequence[str]) -> list[str | None]:
        """Per token: 'B-TYPE' / 'I-TYPE' where a listed multi-word name covers it (longest first), else None."""
        n = len(keys)
        out: list[str | None] = [None] * n
        i = 0
        while i < n:
            if keys[i] in self.starts:
                for size in range(min(MAX_PHRASE, n - i), 1, -1):
                    kind = self.phrases.get(tuple(keys[i : i + size]))
                    if kind is not None:
                        out[i] = f"B-{kind}"
                        for j in range(i + 1, i + size):
                            out[j] = f"I-{kind}"
                        i += size
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def write(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
            for k, tags in sorted(self.words.items()):
                handle.write(f"w\t{k}\t{' '.join(tags)}\n")
            for phrase, kind in sorted(self.phrases.items()):
                handle.write(f"p\t{' '.join(phrase)}\t{kind}\n")

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        words: dict[str, tuple[str, ...]] = {}
        phrases: dict[tuple[str, ...], str] = {}
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    kind, entry, value = line.rstrip("\n").split("\t")
                    if kind == "w":
                        words[entry] = tuple(value.split())
                    else:
                        phrases[tuple(entry.split(" "))] = value
        return cls(words, phrases)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """The shipped gazetteer (empty when the file is missing)."""
    return Gazetteer.read(path)


def jackknife(sentences: Sequence[Sentence], key: Callable[[str], str], folds: int = 5) -> list[Gazetteer]:
    """For each sentence, the gazetteer of the other `folds - 1` contiguous parts (same order as input)."""
    n = len(sentences)
    bounds = [round(n * f / folds) for f in range(folds + 1)]
    out: list[Gazetteer] = []
    for f in range(folds):
        rest = [*sentences[: bounds[f]], *sentences[bounds[f + 1] :]]
        gaz = Gazetteer.build(rest, key)
        out.extend([gaz] * (bounds[f + 1] - bounds[f]))
    return out
