"""Named-entity recognition over raw text or an Article: CRF tags over words and punctuation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import pycrfsuite

from khabar.analyse.entities import lexicon
from khabar.analyse.entities.conll import entity_spans
from khabar.analyse.entities.features import FeatureConfig, document_context
from khabar.analyse.entities.features import Featurizer as WordFeaturizer
from khabar.analyse.entities.gazetteer import load_gazetteer
from khabar.analyse.entities.model import MODEL_PATH, gazetteer_path, model_attributes
from khabar.arabic import split_sentences
from khabar.model import Article, EntityType, Mention, Span

__all__ = ["NerModel", "Tagger", "load_model", "recognise", "recognise_article", "words_of"]

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
# A word (letters with their marks), a number, or one punctuation mark, as ANERcorp tokenises.
_TOKEN = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*|\d+(?:[.,٫]\d+)*|[^\w\s{_MARKS}]")
_MAX_TITLE_WORDS = 5

Featurizer = Callable[[list[str]], list[list[str]]]


def words_of(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for the words, numbers and punctuation marks of `text`."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class Tagger(Protocol):
    """Anything that tags one sentence of tokens with BIO tags."""

    def tag(self, words: list[str]) -> list[str]: ...


class NerModel:
    """A trained crfsuite model with the featurizer it was trained with.

    Without `featurize`, the model's own features are used, with the gazetteer written beside it and
    `config` (the one it was trained with); `tag_sentences` then gives each sentence its document context.
    """

    def __init__(
        self,
        path: Path = MODEL_PATH,
        featurize: Featurizer | None = None,
        config: FeatureConfig | None = None,
    ) -> None:
        if not Path(path).exists():
            raise FileNotFoundError(f"NER model missing: {path} (rebuild: python scripts/train_ner.py)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._encode: Callable[..., Sequence[Sequence[str | bytes]]]
        self._document = 0
        if featurize is None:
            # Our features, restricted to the attributes this model knows (same tags, much less work).
            gazetteer = load_gazetteer(gazetteer_path(Path(path)))
            config = config or FeatureConfig()
            own = WordFeaturizer(gazetteer, config, vocabulary=model_attributes(Path(path)))
            featurize, self._encode, self._document = own, own.encode, config.document
        else:
            self._encode = featurize
        self.featurize: Featurizer = featurize

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (B-PERS, I-LOC, ..., O) for one sentence of tokens."""
        if not words:
            return []
        return list(self._tagger.tag(self._encode(words)))

    def tag_sentences(self, sentences: Sequence[list[str]]) -> list[list[str]]:
        """Tags for the sentences of one document, in order (each sees its neighbours' uses of a word)."""
        if not self._document:
            return [self.tag(words) for words in sentences]
        contexts = document_context(sentences, self._document)
        return [
            list(self._tagger.tag(self._encode(words, context))) if words else []
            for words, context in zip(sentences, contexts, strict=True)
        ]


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> NerModel:
    """The committed model (loaded once per process)."""
    return NerModel(path)


def _title_before(words: list[tuple[str, int, int]], first: int, text: str) -> str | None:
    """The title/role words just before token `first` (وزير الخارجية الأميركي), or None."""
    start = None
    for j in range(first - 1, max(first - 1 - _MAX_TITLE_WORDS, -1), -1):
        word = words[j][0]
        if not any(c.isalpha() for c in word):
            break
        if "title" in lexicon.classes(lexicon.key(word)):
            start = j
    if start is None:
        return None
    return text[words[start][1] : words[first - 1][2]]


def _mentions(
    text: str,
    words: list[tuple[str, int, int]],
    tags: list[str],
    offset: int,
    sentence: int,
    article_id: str | None,
) -> list[Mention]:
    out: list[Mention] = []
    for first, end, kind in sorted(entity_spans(tags)):
        start_char, end_char = words[first][1], words[end - 1][2]
        surface = text[start_char:end_char]
        etype: EntityType = kind  # type: ignore[assignment]
        out.append(
            Mention(
                span=Span(offset + start_char, offset + end_char),
                text=surface,
                type=etype,
                sentence=sentence,
                article_id=article_id,
                # the tokens of `surface` are words[first:end]: it starts and ends on their boundaries
                key=" ".join(lexicon.key(w) for w, _, _ in words[first:end] if w[0].isalnum()),
                title=_title_before(words, first, text) if kind == "PERS" else None,
            )
        )
    return out


def _document_mentions(
    pieces: Sequence[tuple[str, int, int]], model: Tagger, article_id: str | None
) -> list[Mention]:
    """Mentions of the sentences (text, offset, index) of one document, tagged together when the model
    reads document context."""
    tokens = [words_of(text) for text, _, _ in pieces]
    words = [[w for w, _, _ in found] for found in tokens]
    tag_sentences = getattr(model, "tag_sentences", None)
    tags = tag_sentences(words) if tag_sentences is not None else [model.tag(w) for w in words]
    out: list[Mention] = []
    for (text, offset, index), found, sentence_tags in zip(pieces, tokens, tags, strict=True):
        out.extend(_mentions(text, found, sentence_tags, offset, index, article_id))
    return out


def recognise(text: str, *, model: Tagger | None = None, article_id: str | None = None) -> list[Mention]:
    """Named-entity mentions of `text`, in order; spans index `text`, `sentence` counts from 0."""
    model = model or load_model()
    pieces = [(sent.text, sent.span.start, sent.index) for sent in split_sentences(text)]
    return _document_mentions(pieces, model, article_id)


def recognise_article(article: Article, *, model: Tagger | None = None) -> list[Mention]:
    """Mentions of `article.text` (its `sentences` when already split), with `article_id` set."""
    model = model or load_model()
    if not article.sentences:
        return recognise(article.text, model=model, article_id=article.id)
    pieces = [
        (article.text[sent.span.start : sent.span.end], sent.span.start, sent.index)
        for sent in article.sentences
    ]
    return _document_mentions(pieces, model, article.id)
