"""The trained NER artefacts under khabar/resources and their loading (offline, pure Python + crfsuite)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
MODEL_PATH = RESOURCES / "ner_crf.bin"
CLUSTERS_PATH = RESOURCES / "ner_clusters.tsv.gz"
GRANULARITIES = (64, 256, 1024)  # k-means cluster counts, coarse to fine


def gazetteer_path(model_path: Path) -> Path:
    """The training-data gazetteer that goes with a model file (written beside it by train_crf)."""
    return model_path.with_name(model_path.stem + "_gazetteer.tsv.gz")


GAZETTEER_PATH = gazetteer_path(MODEL_PATH)

__all__ = [
    "CLUSTERS_PATH",
    "GAZETTEER_PATH",
    "GRANULARITIES",
    "MODEL_PATH",
    "RESOURCES",
    "gazetteer_path",
    "load_clusters",
]


@lru_cache(maxsize=4)
def load_clusters(path: Path = CLUSTERS_PATH) -> dict[str, tuple[str, ...]]:
    """word key -> cluster ids (as strings, coarse to fine); empty when the file is missing."""
    if not path.exists():
        return {}
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, *ids = line.rstrip("\n").split("\t")
            table[word] = tuple(ids)
    return table
