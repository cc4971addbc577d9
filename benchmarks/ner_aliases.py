"""Alias resolution on the seed gold: pairwise P/R/F1 over pairs of gold mentions, with the misses.

    .venv/bin/python benchmarks/ner_aliases.py        # prints one JSON object

Two runs: the gold surface mentions (with their gold titles) fed to `resolve_aliases`, and our own
recognised mentions of every line of the five seed pages (boilerplate included) fed to it, each gold
mention taking the entity of the recognised mention that overlaps it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.analyse.entities.alias_eval import evaluate_aliases  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"


def main() -> int:
    gold = DATA / "seeds-gold" / "entities.jsonl"
    result = {
        "gold_mentions": evaluate_aliases(gold),
        "recognised_mentions": evaluate_aliases(gold, DATA / "seeds"),
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
