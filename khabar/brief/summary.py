"""Extractive, cited multi-document brief of one story.

The brief is the set of sentences that covers most of what several outlets print, within a word budget:
each word pair (of normalised, clitic-stripped keys; not two function words) is a concept worth the number of
outlets whose sentences carry it, counted only when at least `min_outlets` do. Sentences are picked greedily
by the worth of the concepts they add that the brief does not cover yet, per word, with a bonus for sentences
early in their article (news puts the event first). Coverage is the redundancy control (a sentence that
repeats a picked one adds nothing) and the outlet count is the corroboration signal; it is the concept
coverage objective of Gillick & Favre (2009) solved greedily. Each sentence is cited to its own outlet and to
every outlet whose sentences state the facts it holds (`khabar.compare.align_facts`). A sentence loses its
leading dateline or agency credit («الرياض - واس:», «موسكو (رويترز) -»).

Outlets rather than independent sources weigh the concepts: an outlet that reprints a wire dispatch still
chose to print it, and on the brief benchmark's tune half counting families once scored ROUGE-2 0.256
against 0.365 (benchmarks/brief_quality.py; `sources` on each sentence still counts independent sources).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from khabar.arabic import match_keys
from khabar.compare.divergence import find_divergences
from khabar.compare.text import STOP, content_keys, idf_vectors, outlet_of
from khabar.model import Article, Brief, BriefSentence, Fact, FactMention, Span

__all__ = ["BriefConfig", "concepts", "fit_budget", "make_brief", "strip_dateline"]

_LEAD_PUNCT = " \t\n:：-–—،,.|"


def strip_dateline(text: str) -> int:
    """How many leading characters of `text` are a dateline or agency credit and the punctuation after it
    (0 when it opens with neither); `text[n:]` is the sentence without it."""
    from khabar.ingest.metadata import find_dateline

    dateline = find_dateline(text)
    if dateline is None or text[: dateline.span.start].strip(_LEAD_PUNCT):
        return 0
    end = dateline.span.end
    while end < len(text) and text[end] in _LEAD_PUNCT:
        end += 1
    return end if text[end:].strip() else 0


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """Chosen by a grid on the tune half of the brief benchmark (ROUGE-2): min_outlets 2/3, length_exponent
    0.5/0.75/1/1.25, earliness 0/0.5/1/2/3."""

    min_outlets: int = 2  # a concept counts when this many outlets carry it (all of them in smaller stories)
    length_exponent: float = 1.0  # a sentence's gain is divided by its words to this power
    earliness: float = 1.0  # gain x (1 + earliness x (1 - position of the sentence in its article))
    min_words: int = 6  # shorter sentences (datelines, credits) are not brief material
    single_source_listed: int = 5


def fit_budget(texts: Sequence[str], budget_words: int) -> list[int]:
    """Indices of `texts` kept in order while the total stays within the budget (a first text longer than
    the budget is kept alone, cut by the caller). The rule every system of `eval brief` shares."""
    kept, total = [], 0
    for i, text in enumerate(texts):
        n = len(text.split())
        if total + n <= budget_words:
            kept.append(i)
            total += n
        elif not kept:
            return [i]
    return kept


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _sentence_of(article: Article, m: FactMention) -> tuple[str, Span]:
    for s in article.sentences:
        if s.span.start <= m.span.start < s.span.end or s.index == m.sentence:
            return s.text, s.span
    return m.text, m.span


def concepts(text: str) -> set[tuple[str, str]]:
    """The word pairs of `text` a brief can cover: adjacent normalised keys, not both function words."""
    keys = match_keys(text)
    return {(a, b) for a, b in pairwise(keys) if a not in STOP or b not in STOP}


@dataclass(slots=True)
class _Candidate:
    sentence: BriefSentence
    position: float  # of the sentence in its article, 0 (first) to 1 (last)
    words: int
    concepts: set[tuple[str, str]]


def _sentence_candidates(
    articles: Sequence[Article], facts: Sequence[Fact], min_words: int
) -> list[_Candidate]:
    """Every body sentence that states some aligned fact, without its dateline, with its citations."""
    facts_at: dict[tuple[str, int], list[Fact]] = {}
    for fact in facts:
        for m in fact.mentions:
            here = facts_at.setdefault((m.article_id, m.sentence), [])
            if fact not in here:
                here.append(fact)
    out: list[_Candidate] = []
    for article in articles:
        n = max(len(article.sentences) - 1, 1)
        for k, s in enumerate(article.sentences):
            stated = sorted(facts_at.get((article.id, s.index), ()), key=lambda f: (-len(f.sources), f.id))
            cut = strip_dateline(s.text)
            text = " ".join(s.text[cut:].split())
            words = len(text.split())
            if not stated or words < min_words or (words < _CAPTION_WORDS and not _ends_a_sentence(text)):
                continue  # too short, or a short line without a full stop: a photo caption, a credit
            sentence = BriefSentence(
                text=text,
                fact_id=stated[0].id,
                article_id=article.id,
                span=Span(s.span.start + cut, s.span.end),
                citations=tuple(dict.fromkeys([outlet_of(article), *(o for f in stated for o in f.outlets)])),
                supports=tuple(dict.fromkeys(m for f in stated for m in f.mentions)),
                sources=max(len(f.sources) for f in stated),
            )
            out.append(_Candidate(sentence, k / n, words, concepts(text)))
    return out


_CAPTION_WORDS = 12


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip("»”\"') ").endswith((".", "!", "?", "؟", ":", "…"))


def _cover(candidates: Sequence[_Candidate], budget_words: int, config: BriefConfig) -> list[BriefSentence]:
    """Greedy budgeted concept coverage (see the module docstring)."""
    carriers: dict[tuple[str, str], set[str]] = {}
    for c in candidates:
        outlet = c.sentence.citations[0]
        for concept in c.concepts:
            carriers.setdefault(concept, set()).add(outlet)
    outlets = len({c.sentence.citations[0] for c in candidates})
    floor = min(config.min_outlets, outlets)
    worth = {concept: len(o) for concept, o in carriers.items() if len(o) >= floor}
    covered: set[tuple[str, str]] = set()
    picked: list[int] = []
    used = 0
    while True:
        best, best_value = -1, 0.0
        for i, c in enumerate(candidates):
            if i in picked or used + c.words > budget_words:
                continue
            gain = sum(worth.get(concept, 0) for concept in c.concepts - covered)
            value = gain / c.words**config.length_exponent * (1 + config.earliness * (1 - c.position))
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        picked.append(best)
        used += candidates[best].words
        covered |= candidates[best].concepts
    if not picked and candidates:  # every sentence is over the budget: the earliest, cut to it
        first = min(candidates, key=lambda c: c.position)
        return [replace(first.sentence, text=" ".join(first.sentence.text.split()[:budget_words]))]
    return [candidates[i].sentence for i in picked]


def make_brief(
    articles: Sequence[Article],
    facts: Sequence[Fact],
    *,
    budget_words: int = 120,
    story_id: str = "",
    config: BriefConfig = BriefConfig(),
) -> Brief:
    """The brief of one story from its articles and their aligned facts (`khabar.compare.align_facts`)."""
    by_id = {a.id: a for a in articles}
    outlets = tuple(dict.fromkeys(outlet_of(a) for a in articles))
    max_central = max((f.centrality for f in facts), default=1.0) or 1.0
    language = next((a.language for a in articles if a.language), "ar")

    # one sentence stands for each fact (its label in the timeline and coverage table): its earliest
    # mention, preferring long articles
    labelled: list[tuple[float, Fact, BriefSentence]] = []
    for fact in facts:
        best: tuple[float, FactMention, str, Span] | None = None
        for m in fact.mentions:
            article = by_id.get(m.article_id)
            if article is None:
                continue
            text, span = _sentence_of(article, m)
            n = max(len(article.sentences) - 1, 1)
            position = next((k for k, s in enumerate(article.sentences) if s.span == span), n) / n
            rank = position - 0.1 * min(len(article.text) / 3000, 1.0)
            if best is None or rank < best[0]:
                best = (rank, m, text, span)
        if best is None:
            continue
        rank, mention, text, span = best
        cut = strip_dateline(text)
        text, span = text[cut:], Span(span.start + cut, span.end)
        if len(text.split()) < config.min_words:
            continue
        standing = fact.centrality / max_central + (1 - max(rank, 0.0))
        sentence = BriefSentence(
            text=" ".join(text.split()),
            fact_id=fact.id,
            article_id=mention.article_id,
            span=span,
            citations=tuple(dict.fromkeys([mention.outlet, *fact.outlets])),
            supports=fact.mentions,
            sources=len(fact.sources),
        )
        labelled.append((standing, fact, sentence))

    sentences = _cover(_sentence_candidates(articles, facts, config.min_words), budget_words, config)

    # headline: the title closest to the other titles
    titled = [a for a in articles if a.title.strip()]
    headline, headline_article = "", None
    if titled:
        tv = idf_vectors([content_keys(a.title) for a in titled])
        scores = [
            sum(_cosine(tv[i], tv[j]) for j in range(len(titled)) if j != i) for i in range(len(titled))
        ]
        k = max(range(len(titled)), key=lambda i: (scores[i], -i))
        headline, headline_article = " ".join(titled[k].title.split()), titled[k].id
    elif sentences:
        headline = sentences[0].text

    labels = {fact.id: sentence.text for _, fact, sentence in labelled}
    for fact in facts:
        labels.setdefault(fact.id, fact.mentions[0].text)
    timeline = sorted(
        {(d, labels[f.id], f.outlets) for f in facts for d in f.dates},
        key=lambda row: (row[0], -len(row[2]), row[1]),
    )
    shown = [f for f in facts if len(f.outlets) > 1 or f.id in {s.fact_id for s in sentences}]
    coverage = {f.id: {o: o in f.outlets for o in outlets} for f in shown}
    single = sorted(
        (c for c in labelled if c[2].sources == 1 and len(c[1].outlets) == 1),
        key=lambda c: -c[0],
    )[: config.single_source_listed]
    divergences = [d for f in facts if len(f.sources) > 1 for d in find_divergences(f)]
    return Brief(
        story_id=story_id,
        headline=headline,
        language=language,
        sentences=sentences,
        timeline=[(d, text, tuple(outs)) for d, text, outs in timeline],
        coverage=coverage,
        outlets=outlets,
        single_source=[c[2] for c in single],
        divergences=divergences,
        budget_words=budget_words,
        headline_article=headline_article,
        fact_labels={f.id: labels[f.id] for f in shown},
    )
