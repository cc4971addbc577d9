"""Fact alignment and divergence on the seed gold: `python benchmarks/facts_quality.py [--embeddings]`.

Prints the `khabar eval facts` JSON. The alignment weights and cut were chosen on this same gold (it is the
only fact gold there is), so the figure is a development figure, not a held-out one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.compare import AlignConfig, evaluate_facts

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def main() -> None:
    config = AlignConfig(lexical=0.55, semantic=0.45, threshold=0.2) if "--embeddings" in sys.argv else None
    print(json.dumps(evaluate_facts(DATA / "seeds-gold" / "facts.jsonl", DATA / "seeds", config=config)))


if __name__ == "__main__":
    main()
