"""Train the boilerplate cleaner's line model and write khabar/resources/clean_model.json.

    .venv/bin/python scripts/train_clean.py            # data from ../shared/data, examples/ gold if present

Needs the `train` extra (numpy, scikit-learn); the artefact it writes is read in pure Python. Prints the
document-grouped cross-validated F1 (each page scored by a model that never saw it), end to end: the same
features, smoothing, title and repetition steps as `khabar eval clean`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.clean.classify import classify  # noqa: E402
from khabar.clean.evaluate import read_gold  # noqa: E402
from khabar.clean.features import FEATURE_NAMES, page_features  # noqa: E402
from khabar.clean.repetition import RepetitionIndex  # noqa: E402
from khabar.clean.scorer import MODEL_PATH, LineModel  # noqa: E402
from khabar.clean.text import line_key, split_lines  # noqa: E402

SWITCHES = (0.1, 0.2, 0.3, 0.4, 0.5)


def load(gold: Path, docs: Path) -> list[tuple[str, str, dict[int, bool]]]:
    pages = []
    for doc, records in read_gold(gold).items():
        text = (docs / f"{doc}.txt").read_text(encoding="utf-8")
        pages.append((doc, text, {line: label != "boilerplate" for line, (label, _) in records.items()}))
    return pages


def training_rows(
    pages: list[tuple[str, str, dict[int, bool]]],
) -> tuple[list[list[float]], list[int], list[int]]:
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[int] = []
    for g, (_, text, gold) in enumerate(pages):
        spans = split_lines(text)
        texts = [s.slice(text) for _, s in spans]
        rows = page_features(texts, [line_key(t) for t in texts])
        for (number, _), row in zip(spans, rows, strict=False):
            if number in gold:
                xs.append(row)
                ys.append(int(gold[number]))
                groups.append(g)
    return xs, ys, groups


def fit(xs: list[list[float]], ys: list[int], switch: float, seed: int = 0) -> LineModel:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    lr = 0.1
    est = GradientBoostingClassifier(
        n_estimators=120, max_depth=3, learning_rate=lr, subsample=0.8, min_samples_leaf=20, random_state=seed
    )
    est.fit(np.asarray(xs), np.asarray(ys))
    trees = []
    for reg in est.estimators_[:, 0]:
        t = reg.tree_
        nodes = []
        for k in range(t.node_count):
            if t.children_left[k] == -1:
                nodes.append((-1.0, round(float(t.value[k][0][0]) * lr, 5)))
            else:
                nodes.append(
                    (
                        float(t.feature[k]),
                        round(float(t.threshold[k]), 5),
                        float(t.children_left[k]),
                        float(t.children_right[k]),
                    )
                )
        trees.append(tuple(nodes))
    prior = sum(ys) / len(ys)
    model = LineModel(FEATURE_NAMES, math.log(prior / (1 - prior)), tuple(trees), switch)
    # The exported trees must score exactly as scikit-learn does.
    probe = np.asarray(xs[:200])
    for row, ref in zip(xs[:200], est.decision_function(probe), strict=False):
        assert abs(model.logit(row) - float(ref)) < 1e-3, (model.logit(row), ref)
    return model


def score(pages: list[tuple[str, str, dict[int, bool]]], model: LineModel) -> tuple[int, int, int]:
    index = RepetitionIndex()
    for _, text, _ in pages:
        index.add_page("batch", text)
    tp = fp = fn = 0
    for _, text, gold in pages:
        for line in classify(text, outlet_key="batch", repetition=index, model=model):
            if line.number not in gold:
                continue
            pred, truth = line.label != "boilerplate", gold[line.number]
            tp += pred and truth
            fp += pred and not truth
            fn += truth and not pred
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()

    pages = load(args.data / "clean-dev" / "lines.jsonl", args.data / "clean-dev" / "docs")
    examples_gold = ROOT / "examples" / "clean-gold" / "lines.jsonl"
    if examples_gold.exists():
        pages += load(examples_gold, examples_gold.parent / "docs")
    print(f"{len(pages)} pages", file=sys.stderr)

    # Grouped k-fold by page: every page is scored by a model trained on the other folds.
    folds = [pages[k :: args.folds] for k in range(args.folds)]
    totals = {s: [0, 0, 0] for s in SWITCHES}
    for k, test in enumerate(folds):
        train = [p for j, fold in enumerate(folds) if j != k for p in fold]
        xs, ys, _ = training_rows(train)
        base = fit(xs, ys, SWITCHES[0])
        for s in SWITCHES:
            counts = score(test, LineModel(base.features, base.bias, base.trees, s))
            totals[s] = [a + b for a, b in zip(totals[s], counts, strict=False)]
    report = {}
    for s, (tp, fp, fn) in totals.items():
        report[str(s)] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
            "f1": round(f1(tp, fp, fn), 4),
        }
    best = max(SWITCHES, key=lambda s: report[str(s)]["f1"])
    print(json.dumps({"cv_folds": args.folds, "by_switch": report, "chosen_switch": best}, indent=2))

    xs, ys, _ = training_rows(pages)
    model = fit(xs, ys, best)
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
