"""CRF training and dev evaluation shared by scripts/train_ner.py and benchmarks/ner_quality.py."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pycrfsuite

from khabar.analyse.entities.conll import Sentence, entity_spans, score_spans
from khabar.analyse.entities.features import FeatureConfig, Featurizer, document_context, word_key
from khabar.analyse.entities.gazetteer import Gazetteer, jackknife
from khabar.analyse.entities.model import gazetteer_path
from khabar.analyse.entities.recognise import Featurizer as FeaturizeFn
from khabar.analyse.entities.recognise import Tagger

__all__ = ["DEV_FRACTION", "JACKKNIFE_FOLDS", "score_model", "split_dev", "train_crf"]

DEV_FRACTION = 0.1  # the last 10% of ANERcorp train sentences, fixed: our development split
JACKKNIFE_FOLDS = 5


def split_dev(sentences: Sequence[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the last DEV_FRACTION of the sentences, in file order."""
    cut = len(sentences) - round(len(sentences) * DEV_FRACTION)
    return list(sentences[:cut]), list(sentences[cut:])


def train_crf(
    sentences: Sequence[Sentence],
    path: Path,
    *,
    featurize: FeaturizeFn | None = None,
    c1: float = 0.02,
    c2: float = 0.05,
    max_iterations: int = 200,
    min_freq: int = 1,
    config: FeatureConfig | None = None,
) -> Path:
    """Train an L-BFGS CRF with elastic-net regularisation and write it to `path`.

    Without `featurize`: our features, with the gazetteer of `sentences` written beside the model
    (`gazetteer_path`); each training sentence is featurized with the gazetteer of the other folds.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    if featurize is None:
        for _words, tags, feats in _jackknifed(sentences, config or FeatureConfig()):
            trainer.append(feats, tags)
    else:
        for words, tags in sentences:
            trainer.append(featurize(words), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    if featurize is None:
        Gazetteer.build(sentences, word_key).write(gazetteer_path(path))
    return path


def _jackknifed(
    sentences: Sequence[Sentence], config: FeatureConfig, folds: int = JACKKNIFE_FOLDS
) -> Iterator[tuple[list[str], list[str], list[list[str]]]]:
    """(words, tags, features) with each sentence's gazetteer features from the other folds only.

    ANERcorp keeps its sentences in article order, so the document context of a sentence is read from its
    neighbours in the file, as it is read from the neighbouring sentences of an article when tagging.
    """
    featurizers: dict[int, Featurizer] = {}
    contexts = document_context([words for words, _ in sentences], config.document)
    for gazetteer, (words, tags), context in zip(
        jackknife(sentences, word_key, folds), sentences, contexts, strict=True
    ):
        featurize = featurizers.get(id(gazetteer))
        if featurize is None:
            featurizers.clear()
            featurize = featurizers[id(gazetteer)] = Featurizer(gazetteer, config)
        yield words, tags, featurize(words, context if config.document else None)


def score_model(model: Tagger, sentences: Sequence[Sentence]) -> dict[str, object]:
    """Entity-level exact-match scores of `model` on gold sentences, with tokens and tokens/second.

    Speed is tokens per CPU-second of this process (one core), so other load on the machine does not
    change it.
    """
    started = time.process_time()
    tag_sentences = getattr(model, "tag_sentences", None)
    if tag_sentences is not None:
        predicted = tag_sentences([words for words, _ in sentences])
    else:
        predicted = [model.tag(words) for words, _ in sentences]
    elapsed = time.process_time() - started
    scores = score_spans(
        [entity_spans(tags) for _, tags in sentences], [entity_spans(tags) for tags in predicted]
    )
    tokens = sum(len(words) for words, _ in sentences)
    scores["tokens"] = tokens
    scores["tokens_per_second"] = round(tokens / elapsed) if elapsed > 0 else 0
    return scores
