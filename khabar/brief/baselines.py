"""Baselines scored beside the brief: Lead, LexRank and TextRank (sumy, fed our sentences and tokens)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from khabar.brief.summary import fit_budget
from khabar.model import Article

__all__ = ["lead", "lexrank", "textrank"]


def _budget(texts: list[str], budget_words: int) -> str:
    kept = fit_budget(texts, budget_words)
    return " ".join(" ".join(texts[i].split()[:budget_words]) for i in kept)


def lead(articles: Sequence[Article], budget_words: int = 120) -> str:
    """First sentences of the longest article, up to the budget."""
    if not articles:
        return ""
    longest = max(articles, key=lambda a: (len(a.text), a.id))
    return _budget([s.text for s in longest.sentences], budget_words)


class _Tokenizer:
    language = "arabic"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        from khabar.brief.rouge import rouge_tokens

        return rouge_tokens(sentence)


def _ranked(summarizer_cls: Any, articles: Sequence[Article], budget_words: int) -> str:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _Tokenizer()
    texts = [" ".join(s.text.split()) for a in articles for s in a.sentences]
    texts = list(dict.fromkeys(t for t in texts if t))
    if not texts:
        return ""
    document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in texts])])
    ratings: dict[Any, float] = {}

    class Capture(summarizer_cls):  # type: ignore[misc, valid-type]
        @staticmethod
        def _get_best_sentences(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
            for s in sentences:
                ratings[s] = rating[s] if isinstance(rating, dict) else rating(s, *args, **kwargs)
            return ()

    Capture()(document, len(texts))
    order = sorted(range(len(texts)), key=lambda i: -ratings.get(document.sentences[i], 0.0))
    picked, used = [], 0
    for i in order:
        n = len(texts[i].split())
        if used + n <= budget_words:
            picked.append(i)
            used += n
        elif not picked:
            picked.append(i)
            break
    # in document order, as sumy returns them
    return _budget([texts[i] for i in sorted(picked)], budget_words)


def lexrank(articles: Sequence[Article], budget_words: int = 120) -> str:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _ranked(LexRankSummarizer, articles, budget_words)


def textrank(articles: Sequence[Article], budget_words: int = 120) -> str:
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _ranked(TextRankSummarizer, articles, budget_words)
