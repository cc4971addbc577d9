"""The featurizer's caches and its vocabulary restriction never change what the CRF sees or tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.analyse.entities.features import FeatureConfig, Featurizer, word_key
from khabar.analyse.entities.gazetteer import Gazetteer, load_gazetteer
from khabar.analyse.entities.model import CLUSTERS_PATH, GAZETTEER_PATH, MODEL_PATH, model_attributes
from khabar.analyse.entities.recognise import NerModel

SENTENCES = [
    ["قال", "وزير", "الخارجية", "الأميركي", "جون", "كيري", "في", "موسكو", "إن", "واشنطن", "وروسيا", "تعملان"],
    [
        "والتقى",
        "كيري",
        "الرئيس",
        "الروسي",
        "فلاديمير",
        "بوتين",
        "في",
        "الكرملين",
        "،",
        "بحسب",
        "وكالة",
        "الأنباء",
    ],
    [
        "أعلنت",
        "وزارة",
        "الخارجية",
        "السعودية",
        "في",
        "الرياض",
        "أن",
        "الأمير",
        "سعود",
        "الفيصل",
        "سيزور",
        "القاهرة",
        ".",
    ],
    ["Reuters", "2016", "-", "«", "داعش", "»", "و", "تنظيم", "الدولة"],
]
GAZ = Gazetteer.build(
    [
        (["زار", "جون", "كيري", "موسكو"], ["O", "B-PERS", "I-PERS", "B-LOC"]),
        (["وكالة", "الأنباء", "الفرنسية", "في", "باريس"], ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]),
    ],
    word_key,
)
CONFIGS = [FeatureConfig(), FeatureConfig(dedup=True, far_short=True), FeatureConfig(window=1, triggers=0)]
WORDS = st.lists(
    st.sampled_from([w for s in SENTENCES for w in s] + ["ال", "و", "x", "123", "؟", "وبالرئيس", "للبنان"]),
    min_size=1,
    max_size=25,
)


def _vocabulary(config: FeatureConfig) -> set[str]:
    """Every other feature of the literal sentences: some kept, some dropped, of every kind."""
    feats = sorted({f for s in SENTENCES for item in Featurizer(GAZ, config)(s) for f in item})
    return set(feats[::2])


@pytest.mark.parametrize("config", CONFIGS)
def test_vocabulary_only_drops_features(config: FeatureConfig) -> None:
    vocabulary = _vocabulary(config)
    full, kept = Featurizer(GAZ, config), Featurizer(GAZ, config, vocabulary=vocabulary)
    for words in SENTENCES:
        expected = [[f for f in item if f in vocabulary] for item in full(words)]
        assert kept(words) == expected
        assert kept.encode(words) == [[f.encode() for f in item] for item in expected]
    assert any(kept(words) != full(words) for words in SENTENCES)  # the restriction did drop something


@settings(max_examples=60, deadline=None)
@given(words=WORDS)
def test_cached_words_give_the_features_of_a_fresh_featurizer(words: list[str]) -> None:
    config = CONFIGS[0]
    vocabulary = _vocabulary(config)
    warm = Featurizer(GAZ, config, vocabulary=vocabulary)
    for sentence in SENTENCES:
        warm.encode(sentence)  # fills the word cache and the memos
    fresh = Featurizer(GAZ, config, vocabulary=vocabulary)
    assert warm.encode(words) == fresh.encode(words)
    assert Featurizer(GAZ, config)(words) == Featurizer(GAZ, config)(list(words))
    warm.clear()
    assert warm.encode(words) == fresh.encode(words)


shipped = pytest.mark.skipif(
    not MODEL_PATH.exists() or not CLUSTERS_PATH.exists() or not GAZETTEER_PATH.exists(),
    reason="NER artefacts missing; rebuild with: python scripts/train_ner.py",
)


@shipped
def test_model_attributes_are_the_models_own() -> None:
    model = NerModel()
    attributes = model_attributes(MODEL_PATH)
    assert attributes == {name for name, _ in model._tagger.info().state_features}


@shipped
def test_restricted_bytes_features_tag_like_all_features() -> None:
    model = NerModel()
    unrestricted = Featurizer(load_gazetteer())
    for words in SENTENCES:
        assert model.tag(words) == list(model._tagger.tag(unrestricted(words)))
    assert any(tag != "O" for words in SENTENCES for tag in model.tag(words))


def test_model_attributes_rejects_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ValueError):
        model_attributes(path)
