"""Sentence units and the lexical keys the comparison stages share."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from khabar.arabic import match_keys, to_ascii_digits
from khabar.model import Article, FactMention, Family, Span, day_or_period

__all__ = ["STOP", "Unit", "content_keys", "idf_vectors", "numbers_in", "outlet_of", "sentence_units"]

STOP = frozenset(
    [
        "في",
        "من",
        "على",
        "الى",
        "الي",
        "إلى",
        "عن",
        "مع",
        "ان",
        "أن",
        "او",
        "ما",
        "لا",
        "لم",
        "لن",
        "قد",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "التي",
        "الذي",
        "الذين",
        "هو",
        "هي",
        "هم",
        "كما",
        "بعد",
        "قبل",
        "بين",
        "حتى",
        "حتي",
        "عند",
        "كل",
        "غير",
        "اي",
        "ايضا",
        "ثم",
        "حيث",
        "منذ",
        "خلال",
        "وقد",
        "فقد",
        "اليوم",
        "امس",
        "يوم",
        "له",
        "لها",
        "به",
        "بها",
        "فيه",
        "فيها",
        "منه",
        "منها",
        "عليه",
        "عليها",
        "اليه",
        "اليها",
        "انه",
        "انها",
        "الا",
        "إلا",
        "اذا",
        "لكن",
        "لقد",
        "وهو",
        "وهي",
        "ذكر",
        "قال",
        "اضاف",
        "اكد",
        "اوضح",
        "مشيرا",
        "مضيفا",
        "واضاف",
        "وقال",
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
    ]
)
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def outlet_of(article: Article) -> str:
    """The outlet that published `article`: its outlet field, else the id its source gave, else its id."""
    return article.outlet or article.meta.get("outlet") or article.meta.get("source") or article.id


def content_keys(text: str) -> list[str]:
    """Normalised, clitic-stripped keys of `text`, function words left out."""
    return [k for k in match_keys(text) if k not in STOP and len(k) > 1]


def numbers_in(text: str) -> list[str]:
    """Numbers written in digits (Arabic-Indic digits folded to ASCII), in order."""
    return [n.replace(",", "") for n in _NUM.findall(to_ascii_digits(text))]


@dataclass(frozen=True, slots=True)
class Unit:
    """One body sentence of one article, ready to compare."""

    article: Article
    sentence: int
    span: Span
    text: str
    keys: tuple[str, ...]
    source: str  # independent source: the family id, or the article id
    position: float  # 0 for the first sentence of its article, 1 for the last

    @property
    def outlet(self) -> str:
        return outlet_of(self.article)

    def mention(self) -> FactMention:
        return FactMention(
            article_id=self.article.id,
            sentence=self.sentence,
            span=self.span,
            text=self.text,
            outlet=self.outlet,
            published=self.article.published_date,
        )


_CLAUSE_END = re.compile(r"[،؛;:]\s+|,\s+")


def clauses(text: str, min_keys: int = 4) -> list[tuple[int, int]]:
    """(start, end) of the clauses of one sentence: cut at Arabic commas, semicolons and colons, a piece
    with fewer than `min_keys` content words joined to the one before it (or after it, at the start)."""
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if (merged and len(content_keys(text[merged[-1][0] : merged[-1][1]])) < min_keys) or (
            merged and len(content_keys(text[start:end])) < min_keys
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and len(content_keys(text[merged[-1][0] : merged[-1][1]])) < min_keys:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return [(s, len(text[:e].rstrip(" ،؛;:,"))) for s, e in merged] or [(0, len(text))]


def sentence_units(
    articles: Sequence[Article], families: Sequence[Family] = (), *, split_clauses: bool = True
) -> list[Unit]:
    """Every body sentence (every clause of it, with `split_clauses`) with at least one content word;
    articles without sentences are split here."""
    from khabar.arabic import split_sentences

    family_of = {member: fam.id for fam in families for member in fam.members if len(fam.members) > 1}
    units: list[Unit] = []
    for article in articles:
        sentences = article.sentences or split_sentences(article.text)
        n = max(len(sentences) - 1, 1)
        for k, sentence in enumerate(sentences):
            parts = clauses(sentence.text) if split_clauses else [(0, len(sentence.text))]
            for start, end in parts:
                text = sentence.text[start:end]
                keys = tuple(content_keys(text))
                if not keys:
                    continue
                units.append(
                    Unit(
                        article=article,
                        sentence=sentence.index,
                        span=Span(sentence.span.start + start, sentence.span.start + end),
                        text=text,
                        keys=keys,
                        source=family_of.get(article.id, article.id),
                        position=k / n,
                    )
                )
    return units


def idf_vectors(docs: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """L2-normalised tf-idf vectors (smoothed idf over `docs`)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = len(docs)
    out: list[dict[str, float]] = []
    for doc in docs:
        tf = Counter(doc)
        vec = {t: c * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def dates_in(article: Article, span: Span) -> tuple[date, ...]:
    """Resolved dates of the time expressions of `article` inside `span`: a day, or a `Period` for a week, a
    month or a year named as a whole."""
    return tuple(
        day_or_period(te.value, te.end)
        for te in article.time_expressions
        if te.value is not None and te.span.start >= span.start and te.span.end <= span.end
    )
