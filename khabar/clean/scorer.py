"""The learned part: a linear model and/or a small boosted tree ensemble over line features, and Viterbi
smoothing."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError

MODEL_RESOURCE = "clean_model.json"
MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / MODEL_RESOURCE


@dataclass(frozen=True, slots=True)
class LineModel:
    """Log-odds = bias + linear terms + trees.

    Trees are flat node lists: ``(feature, threshold, left, right)`` or ``(-1, leaf_value)``. `linear` holds
    one weight per feature (empty for a trees-only model); inputs are clipped to `clip` (per feature
    ``(low, high)``) first, so that an outlandish line cannot push a linear score anywhere.
    """

    features: tuple[str, ...]
    bias: float
    trees: tuple[tuple[tuple[float, ...], ...], ...]
    switch: float  # probability that the label changes from one line to the next (smoothing)
    linear: tuple[float, ...] = ()
    clip: tuple[tuple[float, float], ...] = ()

    def logit(self, row: list[float]) -> float:
        total = self.bias
        if self.linear:
            for x, w, (lo, hi) in zip(row, self.linear, self.clip, strict=False):
                if w:
                    total += w * (lo if x < lo else hi if x > hi else x)
        for nodes in self.trees:
            node = nodes[0]
            while node[0] >= 0:
                node = nodes[int(node[2] if row[int(node[0])] <= node[1] else node[3])]
            total += node[1]
        return total

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LineModel:
        trees = tuple(tuple(tuple(float(v) for v in node) for node in tree) for tree in data["trees"])
        linear = tuple(float(w) for w in data.get("linear", ()))
        clip = tuple((float(lo), float(hi)) for lo, hi in data.get("clip", ()))
        return cls(tuple(data["features"]), float(data["bias"]), trees, float(data["switch"]), linear, clip)

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "bias": self.bias,
            "switch": self.switch,
            "trees": [[list(node) for node in tree] for tree in self.trees],
            "linear": list(self.linear),
            "clip": [list(c) for c in self.clip],
        }


@lru_cache(maxsize=1)
def default_model() -> LineModel:
    from khabar.clean.features import FEATURE_NAMES

    try:
        raw = MODEL_PATH.read_text(encoding="utf-8")
    except OSError as exc:
        raise KhabarError(
            f"the cleaner's model khabar/resources/{MODEL_RESOURCE} is missing: run scripts/train_clean.py"
        ) from exc
    model = LineModel.from_dict(json.loads(raw))
    if model.features != FEATURE_NAMES:
        raise KhabarError(f"khabar/resources/{MODEL_RESOURCE} was trained on other features: retrain it")
    return model


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def viterbi_keep(logits: list[float], switch: float) -> list[bool]:
    """Most likely keep/drop sequence given per-line log-odds and a switching cost.

    Boilerplate and body come in runs, so an isolated line whose score barely crosses the threshold is
    more likely a mistake than a one-line island.
    """
    if not logits:
        return []
    stay, move = math.log1p(-switch), math.log(switch)
    # State 1 = keep. Emission scores are the log posteriors.
    drop_s = math.log(sigmoid(-logits[0]) + 1e-12)
    keep_s = math.log(sigmoid(logits[0]) + 1e-12)
    back: list[tuple[int, int]] = []
    for x in logits[1:]:
        e_keep = math.log(sigmoid(x) + 1e-12)
        e_drop = math.log(sigmoid(-x) + 1e-12)
        from_drop_to_drop, from_keep_to_drop = drop_s + stay, keep_s + move
        from_drop_to_keep, from_keep_to_keep = drop_s + move, keep_s + stay
        b_drop = 0 if from_drop_to_drop >= from_keep_to_drop else 1
        b_keep = 0 if from_drop_to_keep > from_keep_to_keep else 1
        drop_s = max(from_drop_to_drop, from_keep_to_drop) + e_drop
        keep_s = max(from_drop_to_keep, from_keep_to_keep) + e_keep
        back.append((b_drop, b_keep))
    state = 1 if keep_s >= drop_s else 0
    path = [state]
    for b_drop, b_keep in reversed(back):
        state = b_keep if state == 1 else b_drop
        path.append(state)
    path.reverse()
    return [s == 1 for s in path]
