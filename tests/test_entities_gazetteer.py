"""The training-data gazetteer: word shares per type, multi-word names, jackknife folds, round trip."""

from __future__ import annotations

from pathlib import Path

from khabar.analyse.entities.features import Featurizer, word_key
from khabar.analyse.entities.gazetteer import Gazetteer, jackknife

SENTENCES = [
    (["زار", "جون", "كيري", "موسكو"], ["O", "B-PERS", "I-PERS", "B-LOC"]),
    (["قال", "كيري", "في", "موسكو"], ["O", "B-PERS", "O", "B-LOC"]),
    (["وكالة", "الأنباء", "الفرنسية", "في", "باريس"], ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]),
    (["في", "المدينة"], ["O", "O"]),
]


def test_word_shares_and_phrases() -> None:
    gaz = Gazetteer.build(SENTENCES, word_key)
    assert gaz.words[word_key("كيري")] == ("PERS+",)
    assert gaz.words[word_key("موسكو")] == ("LOC+",)
    assert word_key("في") not in gaz.words  # never part of a name
    keys = [word_key(w) for w in ["التقى", "جون", "كيري", "و", "وكالة", "الأنباء", "الفرنسية"]]
    assert gaz.match(keys) == [None, "B-PERS", "I-PERS", None, "B-ORG", "I-ORG", "I-ORG"]


def test_jackknife_leaves_each_fold_out() -> None:
    gazetteers = jackknife(SENTENCES, word_key, folds=2)
    assert len(gazetteers) == len(SENTENCES)
    first, second = gazetteers[0], gazetteers[-1]
    assert first is gazetteers[1] and second is gazetteers[2]
    assert word_key("باريس") in first.words and word_key("باريس") not in second.words


def test_round_trip_and_features(tmp_path: Path) -> None:
    gaz = Gazetteer.build(SENTENCES, word_key)
    path = tmp_path / "gaz.tsv.gz"
    gaz.write(path)
    back = Gazetteer.read(path)
    assert back.words == gaz.words and back.phrases == gaz.phrases
    feats = Featurizer(back)(["التقى", "جون", "كيري"])
    assert "g=PERS+" in feats[2] and "gp=I-PERS" in feats[2] and "1gp=B-PERS" in feats[0]
    assert Featurizer(None)(["كيري"])[0] == Featurizer(None)(["كيري"])[0]
    assert not any(f.startswith("g") for f in Featurizer(None)(["كيري"])[0])
