"""Clustering scores: B-cubed, pairwise F1 and the adjusted Rand index, over item -> cluster labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from math import comb

__all__ = ["adjusted_rand_index", "bcubed", "cluster_scores", "pairwise_f1"]


def _check(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> None:
    if predicted.keys() != gold.keys():
        raise ValueError("predicted and gold clusterings must cover the same items")


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin), averaged over items."""
    _check(predicted, gold)
    if not gold:
        return 1.0, 1.0, 1.0
    joint = Counter((predicted[i], gold[i]) for i in gold)
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    # Every item of a (pred, gold) cell sees the same cell, so sum per cell instead of per item.
    precision = sum(n * n / pred_size[p] for (p, _), n in joint.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (_, g), n in joint.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairwise_f1(
    predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]
) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of items put in one cluster."""
    _check(predicted, gold)
    joint = sum(comb(n, 2) for n in Counter((predicted[i], gold[i]) for i in gold).values())
    pred_pairs = sum(comb(n, 2) for n in Counter(predicted.values()).values())
    gold_pairs = sum(comb(n, 2) for n in Counter(gold.values()).values())
    precision = joint / pred_pairs if pred_pairs else 1.0
    recall = joint / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand_index(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> float:
    """Hubert & Arabie's ARI: 1 for identical partitions, about 0 for chance agreement."""
    _check(predicted, gold)
    n = len(gold)
    if n < 2:
        return 1.0
    index = sum(comb(c, 2) for c in Counter((predicted[i], gold[i]) for i in gold).values())
    a = sum(comb(c, 2) for c in Counter(predicted.values()).values())
    b = sum(comb(c, 2) for c in Counter(gold.values()).values())
    expected = a * b / comb(n, 2)
    top = (a + b) / 2
    if top == expected:
        return 1.0  # both partitions all singletons or both one cluster: identical structure
    return (index - expected) / (top - expected)


def cluster_scores(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> dict[str, float | int]:
    """The `khabar eval stories` figures for one clustering against the gold one."""
    p, r, f = bcubed(predicted, gold)
    return {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(f, 4),
        "pairwise_f1": round(pairwise_f1(predicted, gold)[2], 4),
        "ari": round(adjusted_rand_index(predicted, gold), 4),
        "articles": len(gold),
        "stories_gold": len(set(gold.values())),
        "stories_predicted": len(set(predicted.values())),
    }
