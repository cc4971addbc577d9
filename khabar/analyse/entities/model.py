"""The trained NER artefacts under khabar/resources and their loading (offline, pure Python + crfsuite)."""

from __future__ import annotations

import gzip
import struct
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
    "model_attributes",
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


def model_attributes(path: Path) -> frozenset[str]:
    """The attribute (feature) names a crfsuite model file knows: those with a non-zero weight.

    Read from the model's attribute dictionary (a CQDB chunk: after its 24-byte header and 256 hash-table
    slots come the records `int32 id, uint32 size, key + NUL`, one per attribute), which is what the
    tagger looks attributes up in; any other attribute is ignored by the tagger.
    """
    data = Path(path).read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF model")
    num_attrs = struct.unpack_from("<I", data, 24)[0]
    chunk = struct.unpack_from("<I", data, 36)[0]
    if data[chunk : chunk + 4] != b"CQDB":
        raise ValueError(f"{path}: no attribute dictionary")
    names: list[str] = []
    position = chunk + 24 + 256 * 8
    for _ in range(num_attrs):
        size = struct.unpack_from("<I", data, position + 4)[0]
        names.append(data[position + 8 : position + 7 + size].decode("utf-8"))
        position += 8 + size
    return frozenset(names)
