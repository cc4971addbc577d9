"""Train the stance classifier (agree / disagree / other) on stance-train only; writes
khabar/resources/stance_model.npz.

Tuning: stratified 5-fold cross-validation within stance-train (fixed seed) picks, by out-of-fold macro-F1,
the inverse regularisation C and `alpha`, a down-weighting of the 1024 embedding columns after
standardisation (a stronger L2 penalty on them than on the ~20 lexical and cue features; folded into the
stored scale, so inference is unchanged). Classes are weighted inversely to their frequency ("other" is 2%
of train). The chosen setting is refitted on the whole of stance-train. stance-dev is never read here.

    .venv/bin/python scripts/train_stance.py [--cache /tmp/stance_emb.npz] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.compare.stance import (  # noqa: E402
    LABELS,
    LEXICAL_FEATURES,
    MODEL_PATH,
    StanceModel,
    pairs_features,
    read_stance_gold,
)
from khabar.group.embedding import CachedEmbedder, UseEmbedder  # noqa: E402

TRAIN = ROOT / ".." / "shared" / "data" / "ans" / "stance-train.csv"
GRID_C = (0.3, 1.0, 3.0, 10.0)
GRID_ALPHA = (0.01, 0.03, 0.1)
EMBEDDING_START = len(LEXICAL_FEATURES) + 1  # after the lexical features and the cosine


def fit(
    x: np.ndarray, y: np.ndarray, c: float, alpha: float
) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    scale[EMBEDDING_START:] /= alpha
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit((x - mean) / scale, y)
    return clf, mean, scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=None, help="embedding cache (.npz) to reuse across runs"
    )
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()

    rows = read_stance_gold(TRAIN)
    embedder = CachedEmbedder(UseEmbedder(threads=4), args.cache)
    x = pairs_features([(a, b) for a, b, _ in rows], embedder)
    embedder.save()
    y = np.asarray([LABELS.index(s) for _, _, s in rows])
    print(f"{len(rows)} training pairs, {x.shape[1]} features", file=sys.stderr)

    folds = list(StratifiedKFold(5, shuffle=True, random_state=13).split(x, y))
    best: tuple[float, float, float] | None = None
    for c in GRID_C:
        for alpha in GRID_ALPHA:
            pred = np.zeros_like(y)
            for fit_idx, val_idx in folds:
                clf, mean, scale = fit(x[fit_idx], y[fit_idx], c, alpha)
                pred[val_idx] = clf.predict((x[val_idx] - mean) / scale)
            macro = f1_score(y, pred, average="macro")
            acc = accuracy_score(y, pred)
            print(
                f"C={c:<5} alpha={alpha:<5} out-of-fold acc={acc:.4f} macro-F1={macro:.4f}", file=sys.stderr
            )
            if best is None or macro > best[0]:
                best = (macro, c, alpha)
    assert best is not None
    macro, c, alpha = best
    print(
        f"chosen: C={c} alpha={alpha} (out-of-fold macro-F1 {macro:.4f}); refitting on all", file=sys.stderr
    )

    clf, mean, scale = fit(x, y, c, alpha)
    order = [list(clf.classes_).index(i) for i in range(len(LABELS))]
    model = StanceModel(
        labels=LABELS,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=clf.coef_[order].astype(np.float32),
        bias=clf.intercept_[order].astype(np.float32),
    )
    model.save(args.out)
    check = model.probabilities(x).argmax(axis=1)
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes); train acc {np.mean(check == y):.4f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
