"""Train the NER model: khabar/resources/ner_crf.bin and its gazetteer (and ner_clusters.tsv.gz if missing).

    .venv/bin/python scripts/train_ner.py                 # dev figures, then the shipped model
    .venv/bin/python scripts/train_ner.py --clusters      # also relearn the word clusters (~3 min)

Data: ../shared/data/anercorp/train.txt. The last 10% of its sentences (fixed) is the development split:
a model trained on the other 90% is scored on it and the figures printed are held-out figures. The model
that ships is then trained on all of train.txt (its scores on train would be in-sample; none are printed).
The gazetteer (ner_crf_gazetteer.tsv.gz: how often each word was part of each entity type, and the multi-word
names seen) is built from the same training sentences only and written beside each model.
Training needs python-crfsuite only; relearning the clusters needs numpy, scipy and scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from khabar.analyse.entities.conll import read_conll  # noqa: E402
from khabar.analyse.entities.features import clear_caches  # noqa: E402
from khabar.analyse.entities.model import CLUSTERS_PATH, MODEL_PATH, gazetteer_path  # noqa: E402
from khabar.analyse.entities.recognise import NerModel  # noqa: E402
from khabar.analyse.entities.train import score_model, split_dev, train_crf  # noqa: E402

TRAIN = ROOT / ".." / "shared" / "data" / "anercorp" / "train.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--clusters", action="store_true", help="relearn the word clusters first")
    parser.add_argument("--no-dev", action="store_true", help="skip the held-out dev run")
    args = parser.parse_args(argv)

    if args.clusters or not CLUSTERS_PATH.exists():
        import ner_clusters

        ner_clusters.main([])
    clear_caches()
    sentences = read_conll(args.train)
    if not args.no_dev:
        train, dev = split_dev(sentences)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.time()
            path = train_crf(train, Path(tmp) / "dev.crf")
            print(
                f"ner: dev model trained on {len(train)} sentences ({time.time() - started:.0f}s)", flush=True
            )
            clear_caches()
            scores = score_model(NerModel(path), dev)
        print(
            json.dumps({"split": "dev (last 10% of train.txt, held out)", **scores}, ensure_ascii=False),
            flush=True,
        )
    started = time.time()
    train_crf(sentences, args.out)
    size = args.out.stat().st_size / 1e6
    gaz = gazetteer_path(args.out)
    print(
        f"ner: model trained on all {len(sentences)} sentences -> {args.out} ({size:.1f} MB, {time.time() - started:.0f}s)"
        f" + {gaz.name} ({gaz.stat().st_size / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
