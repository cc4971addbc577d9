"""Clustering metrics on literal examples worked out by hand."""

from __future__ import annotations

import pytest

from khabar.group.metrics import adjusted_rand_index, bcubed, cluster_scores, pairwise_f1

GOLD = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}
PRED = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}


def test_bcubed_by_hand() -> None:
    # precision: a,b see {a,b} all right (1,1); c,d,e see {c,d,e}: c 1/3, d 2/3, e 2/3 -> (2 + 5/3) / 5
    # recall: a,b see 2 of X's 3 (2/3 each), c 1/3; d,e see both Y (1 each) -> (4/3 + 1/3 + 2) / 5
    p, r, f = bcubed(PRED, GOLD)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)
    assert f == pytest.approx(11 / 15)


def test_pairwise_by_hand() -> None:
    # predicted pairs: ab, cd, ce, de (4); gold pairs: ab, ac, bc, de (4); shared: ab, de
    p, r, f = pairwise_f1(PRED, GOLD)
    assert (p, r, f) == (pytest.approx(0.5), pytest.approx(0.5), pytest.approx(0.5))


def test_ari_by_hand_and_extremes() -> None:
    # index 2, a = b = 4, expected 4*4/10 = 1.6, max 4 -> (2 - 1.6) / (4 - 1.6) = 1/6
    assert adjusted_rand_index(PRED, GOLD) == pytest.approx(1 / 6)
    assert adjusted_rand_index(GOLD, GOLD) == pytest.approx(1.0)
    singletons = {k: k for k in GOLD}
    assert bcubed(singletons, GOLD)[0] == pytest.approx(1.0)
    assert pairwise_f1(singletons, GOLD)[1] == 0.0


def test_scores_keys_and_mismatch() -> None:
    scores = cluster_scores(PRED, GOLD)
    assert set(scores) == {
        "bcubed_precision",
        "bcubed_recall",
        "bcubed_f1",
        "pairwise_f1",
        "ari",
        "articles",
        "stories_gold",
        "stories_predicted",
    }
    assert scores["articles"] == 5 and scores["stories_gold"] == 2
    with pytest.raises(ValueError):
        bcubed({"a": "1"}, GOLD)
