"""Brief ROUGE against the reference briefs, beside Lead, LexRank and TextRank:
`python benchmarks/brief_quality.py [all|tune|test] [BUDGET]` (stories split by a hash of their id).

Prints the `khabar eval brief` JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.brief import evaluate_briefs

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "all"
    budget = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    gold = DATA / "briefs" / "saudinewsnet-dev.jsonl"
    print(json.dumps(evaluate_briefs(gold, budget_words=budget, split=split), ensure_ascii=False))


if __name__ == "__main__":
    main()
