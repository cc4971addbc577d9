"""ROUGE-1/2/L F-measure over one Arabic-aware tokenisation shared by every system scored."""

from __future__ import annotations

from collections import Counter

from khabar.arabic import match_keys

__all__ = ["TOKENISATION", "rouge", "rouge_tokens"]

TOKENISATION = "khabar.arabic.match_keys: normalised (alef/ya/ta-marbuta/diacritics folded), clitic-stripped tokens, digits folded; no stopword removal"


def rouge_tokens(text: str) -> list[str]:
    return match_keys(text)


def _f(overlap: int, pred: int, ref: int) -> float:
    if not overlap or not pred or not ref:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(candidate: str, reference: str) -> dict[str, float]:
    c, r = rouge_tokens(candidate), rouge_tokens(reference)
    out = {}
    for n in (1, 2):
        cn, rn = _ngrams(c, n), _ngrams(r, n)
        out[f"rouge{n}"] = _f(sum((cn & rn).values()), sum(cn.values()), sum(rn.values()))
    out["rougeL"] = _f(_lcs(c, r), len(c), len(r))
    return out
