"""Stance quality on stance-dev: ours (lexical + cue + USE features, logistic regression trained on
stance-train by scripts/train_stance.py) against a TF-IDF bag-of-words logistic regression trained on
stance-train in the same run. Prints one JSON object (the `khabar eval stance` output).

    .venv/bin/python benchmarks/stance_quality.py [--gold PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.compare.stance import evaluate_stance  # noqa: E402

DEV = ROOT / ".." / "shared" / "data" / "ans" / "stance-dev.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV)
    args = parser.parse_args()
    start = time.perf_counter()
    result = evaluate_stance(args.gold)
    result["seconds"] = round(time.perf_counter() - start, 1)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
