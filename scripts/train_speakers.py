"""Train the quote speaker chooser: khabar/resources/quote_speakers.json.

    .venv/bin/python scripts/train_speakers.py                  # leave-one-set-out figures, then the model
    .venv/bin/python scripts/train_speakers.py --rerun-history  # first rebuild the first runs from git

What it learns from: the hand-labelled sets of `benchmarks/quotes_handcheck.py` and, for each set, the
quotes the extractor found in it at the commit where the set was labelled, before any rule was written from
it (`benchmarks/quotes_first_runs.json`). Those runs show how the rules fail on text they have not seen;
today's rules, scored on the sets they were tuned on, would be right nearly always and teach nothing. Set 17
is left out (the held-out set when the chooser was built), and so are sets 1 and 2 (no first run kept).

For every first-run quote that matches a labelled one, each candidate of `speaker_candidates` (with the
article's entity mentions from today's recogniser) is one example: does it share a word with the labelled
speaker? Gradient-boosted trees (scikit-learn, training only) are fitted and exported for the numpy
evaluator of `khabar.analyse.quotes.speakers`. Needs ../shared/data (the articles) and scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import quotes_handcheck as handcheck  # noqa: E402

from khabar.analyse.article import with_entities  # noqa: E402
from khabar.analyse.quotes.speakers import (  # noqa: E402
    MODEL_PATH,
    ArticleEvidence,
    Candidate,
    SpeakerModel,
    Statement,
    feature_matrix,
    pick_candidate,
    speaker_candidates,
    speaker_mentions,
)
from khabar.model import Span  # noqa: E402

RUNS_PATH = ROOT / "benchmarks" / "quotes_first_runs.json"
# Set -> the commit that added its labels: the extractor there had never been tuned on it.
FIRST_RUN_COMMITS = {
    "3": "26574ba4c7c8781dc9ec85ec6def4204bc338e32",
    "4": "2950b2a0af9ea847f968ce72327feed7c588f11a",
    "5": "7ac04b2f36ad33537793d4b36af139c46a128a2a",
    "6": "cbc1f7b9e56975814f14a5884e03d3072d036bc9",
    "7": "0586706cc3f0645056459db69c564f03be84bd83",
    "8": "6dd4fec1872b07492041c94f3f5cd47e5e5ff5f9",
    "9": "439685ad9f60b2f91ce77fef2877f1abbc41f42a",
    "10": "bb56047e8d808e9bfd6fa41c606d0f17e94cfcba",
    "11": "2b54f2fdae7ac55b50f1a1dfa5e59b4094097021",
    "12": "4f86b10b3a2673a363aef4a770adb0dfc05e1785",
    "13": "e58bf2689872f485d06fed5c5c2accafb7c13853",
    "14": "a90f8fdbf74ff49df332d141aaf4497a695b4e37",
    "15": "f1b7762fecb38a0dbff5ba00773a65a1c2499be6",
    "16": "f39a83e88973126cc61066a9a4d3a4b711e2056e",
}
# The trees and the margin a candidate needs over the rule's speaker: picked by leave-one-set-out on the
# first runs and by the current extractor on the tuned sets 1-16, before set 17 was scored.
TREES = {"learning_rate": 0.1, "max_iter": 300, "max_depth": 3, "min_samples_leaf": 10, "random_state": 0}
MARGIN = 0.1

# Runs inside a checkout of an old commit: its extractor over the articles given on stdin.
_RUNNER = """
import dataclasses, json, sys
from khabar.model import Article
from khabar.analyse.quotes import extract_quotes
texts = json.load(sys.stdin)
required = {f.name for f in dataclasses.fields(Article)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
out = {}
for doc, text in texts.items():
    given = dict(id=doc, source="", locator="", format="jsonl", title="", text=text, raw_text="")
    quotes = extract_quotes(Article(**{k: v for k, v in given.items() if k in required or k == "title"}))
    out[doc] = [dict(name=getattr(q, "speaker_name", "") or q.speaker,
                     cue=[q.cue_span.start, q.cue_span.end], content=[q.content_span.start, q.content_span.end],
                     direct=q.direct, resolution=str(getattr(q, "resolution", ""))) for q in quotes]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def rerun_history(texts: dict[str, str]) -> dict[str, dict[str, list[dict[str, object]]]]:
    """Each set's first run, recomputed in a temporary worktree of its commit."""
    runs = {}
    for name, commit in FIRST_RUN_COMMITS.items():
        docs = handcheck.set_texts([name]).keys()
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True
            )
            try:
                done = subprocess.run(
                    [sys.executable, "-c", _RUNNER],
                    input=json.dumps({d: texts[d] for d in docs}, ensure_ascii=False),
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=tree,
                    env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                )
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
                )
        runs[name] = json.loads(done.stdout)
        print(f"speakers: set {name} rerun at {commit[:7]}", file=sys.stderr, flush=True)
    return runs


def _runs_json(runs: dict[str, dict[str, list[dict[str, object]]]]) -> str:
    """The runs as JSON with one quote per line (readable diffs when a run changes)."""
    lines = ["{"]
    for n, (name, run) in enumerate(runs.items()):
        lines.append(f"{json.dumps(name)}: {{")
        for d, (doc, quotes) in enumerate(run.items()):
            lines.append(f"  {json.dumps(doc)}: [")
            lines.extend(
                "    " + json.dumps(q, ensure_ascii=False) + ("," if k + 1 < len(quotes) else "")
                for k, q in enumerate(quotes)
            )
            lines.append("  ]" + ("," if d + 1 < len(run) else ""))
        lines.append("}" + ("," if n + 1 < len(runs) else ""))
    return "\n".join([*lines, "}"]) + "\n"


def _statement(quote: dict[str, object]) -> Statement:
    cue, content = quote["cue"], quote["content"]
    assert isinstance(cue, list) and isinstance(content, list)
    return Statement(
        str(quote["name"]), Span(*cue), Span(*content), bool(quote["direct"]), str(quote["resolution"])
    )


def examples(
    runs: dict[str, dict[str, list[dict[str, object]]]], texts: dict[str, str]
) -> list[dict[str, object]]:
    """Per first-run quote matched to a labelled one: its set, the rule's verdict and its candidates."""
    out: list[dict[str, object]] = []
    for name, run in runs.items():
        labels = handcheck.SETS[name]
        for doc, quotes in sorted(run.items()):
            text = texts[doc]
            article = with_entities(handcheck.labelled_article(doc, text))
            named = speaker_mentions(text, article.mentions)
            statements = [_statement(q) for q in quotes]
            evidence = ArticleEvidence.of(text, statements, named)
            gold = handcheck.gold_quotes(labels, doc, text)
            for i, j in handcheck.match_to_gold([s.content for s in statements], [s for _, s in gold]):
                speaker = gold[j][0]
                candidates = speaker_candidates(evidence, i)
                out.append(
                    {
                        "set": name,
                        "rule_right": handcheck._same_speaker(statements[i].name, speaker),
                        "features": [c.features for c in candidates],
                        "right": [handcheck._same_speaker(c.name, speaker) for c in candidates],
                    }
                )
    return out


def _matrix(items: list[dict[str, object]], vocabulary: list[str]) -> tuple[np.ndarray, np.ndarray]:
    rows = [f for item in items for f in item["features"]]  # type: ignore[attr-defined]
    labels = [int(r) for item in items for r in item["right"]]  # type: ignore[attr-defined]
    return feature_matrix(rows, {f: k for k, f in enumerate(vocabulary)}), np.array(labels)


def fit(items: list[dict[str, object]]) -> dict[str, object]:
    """The trees fitted on `items`, exported as the runtime reads them."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    vocabulary = sorted({f for item in items for features in item["features"] for f in features})  # type: ignore[attr-defined]
    x, y = _matrix(items, vocabulary)
    spec = export_trees(HistGradientBoostingClassifier(**TREES).fit(x, y), vocabulary)
    spec["trained_on"] = sorted({str(item["set"]) for item in items}, key=int)
    return spec


def export_trees(model: Any, vocabulary: list[str]) -> dict[str, object]:
    """A fitted binary `HistGradientBoostingClassifier` as the JSON that `SpeakerModel` evaluates."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not exported")
        trees.append(
            {
                "feature": nodes["feature_idx"].tolist(),
                "threshold": nodes["num_threshold"].tolist(),
                "left": nodes["left"].tolist(),
                "right": nodes["right"].tolist(),
                "value": nodes["value"].tolist(),
                "leaf": nodes["is_leaf"].astype(bool).tolist(),
                "depth": int(nodes["depth"].max()),
            }
        )
    return {
        "features": vocabulary,
        "baseline": float(np.ravel(model._baseline_prediction)[0]),
        "margin": MARGIN,
        "trees": trees,
    }


def chosen_right(spec: dict[str, object], items: list[dict[str, object]]) -> int:
    """How many of `items` the chooser with `spec` attributes right (as `choose_speakers` decides)."""
    model = SpeakerModel(spec)
    right = 0
    for item in items:
        features, labels = item["features"], item["right"]
        assert isinstance(features, list) and isinstance(labels, list)
        candidates = [Candidate("", set(), f) for f in features]
        pick = pick_candidate(candidates, model.probability(model.matrix(features)), model.margin)
        right += bool(item["rule_right"]) if pick is None else bool(labels[pick])
    return right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rerun-history", action="store_true", help="recompute the first runs from git")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    texts = handcheck.set_texts(list(FIRST_RUN_COMMITS))
    if args.rerun_history:
        RUNS_PATH.write_text(_runs_json(rerun_history(texts)), encoding="utf-8")
    runs = json.loads(RUNS_PATH.read_text(encoding="utf-8"))
    items = examples(runs, texts)
    rule = chooser = 0
    for name in FIRST_RUN_COMMITS:
        held = [item for item in items if item["set"] == name]
        spec = fit([item for item in items if item["set"] != name])
        rule += sum(bool(item["rule_right"]) for item in held)
        chooser += chosen_right(spec, held)
    print(
        json.dumps(
            {
                "leave_one_set_out": {
                    "matched_quotes": len(items),
                    "rule_right": rule,
                    "chooser_right": chooser,
                },
                "reachable": sum(any(item["right"]) for item in items),  # type: ignore[arg-type]
            }
        ),
        flush=True,
    )
    spec = fit(items)
    args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"speakers: {len(spec['trees'])} trees over {len(spec['features'])} features -> {args.out}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
