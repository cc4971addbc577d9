"""Fact alignment and divergence on the seed gold: `python benchmarks/facts_quality.py [--grid]`.

Prints one JSON object:
- `end_to_end`: the `khabar eval facts` result (cleaning, sentence/clause units, alignment, divergences) for
  the shipped (lexical) `AlignConfig` and, beside it, the lexical + USE blend; `reference` inside
  gives the gold-grouping oracle and the trivial clusterings through the same placement (the ceiling the
  cleaning and the unit segmentation allow);
- `gold_spans`: alignment alone, its units being the gold mentions themselves (segmentation oracle);
  with `--grid`, the weights and cut chosen by leave-one-document-out over a small grid (for each held-out
  page the configuration with the best F1 on the pairs not touching it is scored on the pairs touching it);
- `divergences_on_gold_facts`: the divergence finder alone, run on the gold facts themselves (alignment
  oracle): gold divergent facts flagged, and agreeing facts flagged (false alarms).

It is the only fact gold there is, so every figure here is a development figure, not a held-out one.
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from khabar.compare import AlignConfig, evaluate_facts
from khabar.compare.align import cluster_units, similarity_matrix
from khabar.compare.evaluate import (
    evaluate_gold_fact_divergences,
    evaluate_gold_span_alignment,
    gold_span_units,
    read_fact_gold,
)
from khabar.gold import gold_pages
from khabar.group.embedding import CachedEmbedder

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
GOLD = DATA / "seeds-gold" / "facts.jsonl"
DOCS = DATA / "seeds"
BLEND = AlignConfig(lexical=0.5, semantic=0.5, threshold=0.2)  # what the gold-span LODO picks


def _counts(pairs: list[tuple[bool, bool]]) -> tuple[int, int, int]:
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if g and not p)
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def leave_one_document_out(embedder: CachedEmbedder) -> dict[str, object]:
    gold_facts = read_fact_gold(GOLD)
    pages = gold_pages(GOLD, DOCS, sorted({d for f in gold_facts for d, _, _ in f.mentions}))
    labelled = gold_span_units(gold_facts, pages)
    units = [u for _, u in labelled]
    grid = [
        AlignConfig(lexical=1 - s, semantic=s, threshold=t)
        for s in (0.0, 0.3, 0.5, 0.7)
        for t in (0.12, 0.16, 0.2, 0.25, 0.3)
    ]
    # (doc_a, doc_b, predicted together, gold together) for every pair, per configuration
    table = []
    for config in grid:
        clusters = cluster_units(similarity_matrix(units, embedder, config), config)
        of = {i: k for k, members in enumerate(clusters) for i in members}
        table.append(
            [
                (units[i].source, units[j].source, of[i] == of[j], labelled[i][0] == labelled[j][0])
                for i, j in combinations(range(len(units)), 2)
            ]
        )
    total = [0, 0, 0]
    chosen = {}
    for doc in sorted(pages):
        best = max(
            range(len(grid)),
            key=lambda c: _f1(*_counts([(p, g) for a, b, p, g in table[c] if doc not in (a, b)])),
        )
        chosen[doc] = {"semantic": grid[best].semantic, "threshold": grid[best].threshold}
        # each pair scored once: under the first (sorted) of its two pages, by the configuration chosen
        # without that page's pairs
        tp, fp, fn = _counts([(p, g) for a, b, p, g in table[best] if min(a, b) == doc])
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    tp, fp, fn = total
    return {
        "lodo_pairwise_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "lodo_pairwise_recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "lodo_pairwise_f1": round(_f1(tp, fp, fn), 4),
        "chosen": chosen,
    }


def main() -> None:
    embedder = CachedEmbedder()
    out: dict[str, object] = {
        "end_to_end": {
            "shipped": evaluate_facts(GOLD, DOCS, embedder=embedder),
            "use_blend": evaluate_facts(GOLD, DOCS, config=BLEND, embedder=embedder),
        },
        "gold_spans": {
            "shipped": evaluate_gold_span_alignment(GOLD, DOCS, embedder=embedder),
            "use_blend": evaluate_gold_span_alignment(GOLD, DOCS, config=BLEND, embedder=embedder),
        },
    }
    out["divergences_on_gold_facts"] = evaluate_gold_fact_divergences(GOLD, DOCS)
    if "--grid" in sys.argv:
        out["gold_spans_lodo"] = leave_one_document_out(embedder)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
